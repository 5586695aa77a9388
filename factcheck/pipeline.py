"""The map step: one file in, its articles' claims out, with no shared state.

``Pipeline`` holds everything compiled from the rules. ``extract_file`` is a pure
function of a file's content and the rules, so it can run in worker processes and
its results can be cached by content hash and rule-set hash.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.compare.sources import sketch
from factcheck.errors import ArticleError
from factcheck.extract import Extractor
from factcheck.load import load_file
from factcheck.load.boilerplate import BoilerplateMarker
from factcheck.load.metadata import MetadataReader
from factcheck.models import Diagnostic, ExtractedClaim, PartialDate
from factcheck.ruleset import RuleSet


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """What the map step keeps of one article: metadata, claims and a text sketch."""

    path: str
    title: str
    outlet: str | None
    url: str | None
    published: PartialDate | None
    language: str | None
    claims: tuple[ExtractedClaim, ...]
    sketch: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class FileResult:
    """The articles read from one file, or why it was skipped."""

    path: str
    articles: tuple[ArticleResult, ...] = ()
    skipped: Diagnostic | None = None


class Pipeline:
    """Loaders and extractors compiled once for a rule set."""

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self.extractor = Extractor(rules)
        self.marker = BoilerplateMarker(rules.boilerplate)
        self.reader = MetadataReader(rules.metadata, self.extractor.dates, rules.calendar)

    def extract_file(self, path: str) -> FileResult:
        """Load and extract one file; a bad file becomes a diagnostic, not an exception."""
        try:
            loaded = load_file(path, self.marker, self.reader)
        except ArticleError as error:
            return FileResult(path, skipped=Diagnostic(path=path, message=error.message, line=error.line))
        results = []
        for article in loaded:
            claims = tuple(self.extractor.extract(article))
            results.append(ArticleResult(
                path=article.path, title=article.title, outlet=article.outlet, url=article.url,
                published=article.published, language=article.language, claims=claims,
                sketch=sketch(article.document.text),
            ))
        return FileResult(path, tuple(results))
