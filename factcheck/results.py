"""What the map step gives back: each file's articles with their claims, or why it was skipped.

These types travel from worker processes and to and from the claim cache (``codec``),
and are all the reduce step reads. They live apart from ``pipeline``, which builds
them, so that a run whose every file is cached (a warm run, or a --new run whose new
article a worker extracts) never imports the extractors: their patterns are compiled
as their modules load, a tenth of a second of such a run.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.models import Diagnostic, ExtractedClaim, PartialDate
from factcheck.suppress import CommentSuppression


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """What the map step keeps of one article: metadata, claims, a text sketch and its ignore comments."""

    path: str
    title: str
    outlet: str | None
    url: str | None
    published: PartialDate | None
    language: str | None
    claims: tuple[ExtractedClaim, ...]
    sketch: tuple[int, ...]
    suppressions: tuple[CommentSuppression, ...] = ()
    # An undated article's wire dateline without a year, as (month, day): the run may date it (``dateline_years``).
    day_without_year: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class FileResult:
    """The articles read from one file (or part of one), or why it was skipped, and any problems met on the way.

    ``timed_out`` says which user patterns ran out of time on the file: the result
    then depends on how fast this machine ran them, and is never cached.
    """

    path: str
    articles: tuple[ArticleResult, ...] = ()
    skipped: Diagnostic | None = None
    diagnostics: tuple[Diagnostic, ...] = ()
    timed_out: tuple[Diagnostic, ...] = ()

    def problems(self) -> tuple[Diagnostic, ...]:
        """Return every problem met, in the order a report lists them: why it was skipped, then the others."""
        return (*(() if self.skipped is None else (self.skipped,)), *self.diagnostics, *self.timed_out)
