"""What a reader sees of a report: which findings (--limit, --only, --article) and on what screen.

A large report is focused here, before any reporter runs, so reporters keep rendering
only. Focusing never recounts: the summary a reporter shows is the full run's.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TextIO

from factcheck.errors import UsageError
from factcheck.models import Article, Finding, FindingKind, FrozenModel, Report, split_record

ONLY_CHOICES: dict[str, FindingKind] = {"conflicts": "conflict", "agreements": "agreement",
                                        "single-source": "single_source"}
ALL_KINDS: tuple[FindingKind, ...] = ("conflict", "agreement", "single_source")


class View(FrozenModel):
    """The reader's choices: which findings to show, where links start from, how wide and coloured."""

    limit: int | None = None
    only: tuple[FindingKind, ...] = ALL_KINDS
    articles: tuple[str, ...] = ()
    links_from: str = "."
    width: int = 80
    color: bool = False

    @property
    def focused(self) -> bool:
        """Return True when some findings may be left out."""
        return self.limit is not None or self.only != ALL_KINDS or bool(self.articles)


def parse_only(text: str | None) -> tuple[FindingKind, ...]:
    """Turn 'conflicts,single-source' into finding kinds, in report order."""
    if not text:
        return ALL_KINDS
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in ONLY_CHOICES]
    if unknown or not names:
        raise UsageError(f"--only takes a comma-separated list of {', '.join(ONLY_CHOICES)}; "
                         f"got '{text}'")
    chosen = {ONLY_CHOICES[name] for name in names}
    return tuple(kind for kind in ALL_KINDS if kind in chosen)


def view_for(stream: TextIO, output: Path | None, limit: int | None = None, only: str | None = None,
             articles: list[str] | None = None) -> View:
    """Build the view for a command-line run: the one place the screen and environment are read.

    Colour only on a terminal and never under NO_COLOR; the width of the terminal, or
    80 columns when writing to a file or a pipe; links relative to the output's folder.
    """
    on_terminal = output is None and stream.isatty()
    width = shutil.get_terminal_size((80, 24)).columns if on_terminal else 80
    return View(limit=limit, only=parse_only(only), articles=tuple(articles or ()),
                links_from=str(output.parent) if output is not None else ".", width=max(width, 40),
                color=on_terminal and not os.environ.get("NO_COLOR"))


def focus(report: Report, view: View, chosen: set[str] | None) -> tuple[Finding, ...]:
    """Return the findings the view shows, in report order (conflicts first).

    ``chosen`` is ``focused_articles(report, view)``, which the caller needs as well.
    """
    kept = [finding for finding in report.findings if finding.kind in view.only
            and (chosen is None or chosen.intersection(finding.articles))]
    return tuple(kept if view.limit is None else kept[: view.limit])


def focused_articles(report: Report, view: View) -> set[str] | None:
    """Return the ids of the articles --article names, or None when it names none.

    An --article that matches no article is a usage error: a silent empty report would
    read as "no findings".
    """
    if not view.articles:
        return None
    chosen: set[str] = set()
    for given in view.articles:
        matched = {article.id for article in report.articles if _matches(article, given)}
        if not matched:
            raise UsageError("--article matches no article of this run", path=given)
        chosen |= matched
    return chosen


def article_file(article: Article) -> str:
    """Return the file an article was read from: its path without a '#N' record number."""
    return split_record(article.path)[0]


def _matches(article: Article, given: str) -> bool:
    """Return True when ``given`` is the article (``file#N`` for a record), its file or a folder holding it."""
    if given == article.path:
        return True
    target = Path(given).resolve()
    path = Path(article_file(article)).resolve()
    return path == target or target in path.parents
