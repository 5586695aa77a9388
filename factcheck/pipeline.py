"""The map step: one file in, its articles' claims out, with no shared state.

``Pipeline`` holds everything compiled from the rules. ``extract_file`` is a pure
function of a file's content and the rules, so it can run in worker processes and
its results can be cached by content hash and rule-set hash. (One exception, reported
when it happens: a user pattern that runs out of time on a slow machine.)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from factcheck.compare.sources import sketch
from factcheck.errors import ArticleError
from factcheck.extract import Extractor
from factcheck.load import LoadedArticle, Part, load_file
from factcheck.load.boilerplate import BoilerplateMarker
from factcheck.load.metadata import MetadataReader
from factcheck.models import Diagnostic, PartialDate
from factcheck.results import ArticleResult, FileResult
from factcheck.ruleset import RuleSet
from factcheck.ruleset.safe_regex import RegexGuard
from factcheck.suppress import read_comments


class Pipeline:
    """Loaders and extractors compiled once for a rule set."""

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self.guard = RegexGuard(rules.limits.regex_timeout)
        self.extractor = Extractor(rules, self.guard)
        self.marker = BoilerplateMarker(rules.boilerplate, self.guard)
        self.reader = MetadataReader(rules.metadata, self.extractor.dates, rules.calendar, self.guard)

    def extract_file(self, path: str, part: Part = None, dateline_date: PartialDate | None = None) -> FileResult:
        """Load and extract one file (or some of its records, see ``load.Part``); a bad file becomes a diagnostic,
        not an exception.

        ``dateline_date`` dates an article that its text leaves undated but for a wire
        dateline without a year, when that dateline names the same month and day: the
        year the run's other articles tell (``dateline_years``). Extraction stays a pure
        function of the file, the rules and this date.

        Ignore comments are read here and their text kept out of extraction, like
        boilerplate: a comment is an instruction to factcheck, not a claim. An error
        in extraction itself (a bug that some text brings out) skips that article with
        a warning: the rest of the run, and its report, still stand. Problems are listed
        in the order of the records they concern, so that the parts of a file extracted
        apart, joined, list them as the whole file does.
        """
        self.guard.begin()
        try:
            records = load_file(path, self.marker, self.reader, self.rules.limits.max_article_bytes, part)
            return self._extracted(path, records, dateline_date)
        except ArticleError as error:
            return FileResult(path, skipped=Diagnostic(path=path, message=error.message, line=error.line))

    def _extracted(self, path: str, records: Iterable[LoadedArticle | ArticleError],
                   dateline_date: PartialDate | None = None) -> FileResult:
        """Extract the file's records as they are read; the errors among them become its problems."""
        results = []
        problems: list[Diagnostic] = []
        for record in records:
            if isinstance(record, ArticleError):
                problems.append(Diagnostic(path=record.path or path, message=record.message, line=record.line))
                continue
            article = record
            if (dateline_date is not None and article.published is None
                    and article.day_without_year == (dateline_date.month, dateline_date.day)):
                article = dataclasses.replace(article, published=dateline_date, day_without_year=None)
            comments = read_comments(article.path, article.document, self.rules)
            problems.extend(Diagnostic(path=article.path, message=problem) for problem in article.problems)
            problems.extend(comments.problems)
            if comments.ranges:
                article = dataclasses.replace(article, skipped=tuple(sorted(article.skipped + comments.ranges)))
            try:
                claims = tuple(self.extractor.extract(article))
            except Exception as error:  # noqa: BLE001 - one article's bug must not cost the whole report
                problems.append(Diagnostic(path=article.path, message=f"skipped: factcheck failed on this article "
                                           f"({type(error).__name__}: {error}); please report it"))
                continue
            results.append(ArticleResult(
                path=article.path, title=article.title, outlet=article.outlet, url=article.url,
                published=article.published, language=article.language, claims=claims,
                sketch=sketch(article.document.text), suppressions=comments.suppressions,
                day_without_year=article.day_without_year,
            ))
        return FileResult(path, tuple(results), diagnostics=tuple(problems), timed_out=self.guard.diagnostics(path))

