"""Extract typed claims from one loaded article: the map step of the pipeline.

Extraction depends only on the article and the rules, so it can run in any process,
in any order, and be cached by the article's content hash and the rules' hash.
"""

from __future__ import annotations

from factcheck.extract.context import SentenceContext
from factcheck.extract.dates import DateExtractor
from factcheck.extract.names import NameExtractor
from factcheck.extract.quantities import QuantityExtractor
from factcheck.extract.roles import RoleExtractor
from factcheck.extract.statements import StatementExtractor
from factcheck.load import LoadedArticle
from factcheck.models import ExtractedClaim
from factcheck.resolve.dates import DateFinder
from factcheck.resolve.entities import EntityMatcher
from factcheck.resolve.numbers import NumberFinder
from factcheck.ruleset import RuleSet
from factcheck.ruleset.safe_regex import RegexGuard
from factcheck.segment import Segmenter


class Extractor:
    """All extractors compiled for one rule set."""

    def __init__(self, rules: RuleSet, guard: RegexGuard) -> None:
        self.segmenter = Segmenter(rules.lexicon.abbreviations)
        self.entities = EntityMatcher(rules.entities)
        self.dates = DateFinder(rules.calendar)
        self.names = NameExtractor(rules.lexicon, rules.titles.head_words)
        self.date_claims = DateExtractor(rules.events)
        self.quantities = QuantityExtractor(NumberFinder(rules.numbers, rules.units), rules.units, rules.lexicon)
        self.roles = RoleExtractor(rules.titles, rules.lexicon.org_head_words)
        self.statements = StatementExtractor(rules.lexicon, guard)

    def extract(self, article: LoadedArticle) -> list[ExtractedClaim]:
        """Return the article's claims in text order, each fact once per article."""
        claims: list[ExtractedClaim] = []
        seen: set[tuple[str, str, str, str]] = set()
        for sentence in self.segmenter.split(article.document.text, article.skipped):
            context = SentenceContext(
                article=article, sentence=sentence,
                entities=tuple(self.entities.find(sentence.text)),
                dates=tuple(self.dates.find(sentence.text, article.published)),
            )
            found = [*self.names.extract(context), *self.date_claims.extract(context),
                     *self.quantities.extract(context), *self.roles.extract(context)]
            has_number = any(claim.kind == "quantity" for claim in found)
            found.extend(self.statements.extract(context, has_number))
            for claim in found:
                identity = (claim.kind, claim.key, claim.subject, claim.value)
                if identity not in seen:
                    seen.add(identity)
                    claims.append(claim)
        return claims
