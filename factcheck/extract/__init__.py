"""Extract typed claims from one loaded article: the map step of the pipeline.

Extraction depends only on the article and the rules, so it can run in any process,
in any order, and be cached by the article's content hash and the rules' hash.
"""

from __future__ import annotations

import dataclasses

from factcheck.extract.attribution import Attributor
from factcheck.extract.context import SentenceContext
from factcheck.extract.dates import DateExtractor
from factcheck.extract.names import NameExtractor
from factcheck.extract.quantities import QuantityExtractor
from factcheck.extract.roles import RoleExtractor
from factcheck.extract.statements import StatementExtractor
from factcheck.load import LoadedArticle
from factcheck.models import ExtractedClaim
from factcheck.resolve.dates import DateFinder, DateMatch
from factcheck.resolve.entities import EntityMatcher
from factcheck.resolve.numbers import NumberFinder
from factcheck.ruleset import RuleSet
from factcheck.ruleset.safe_regex import RegexGuard, UserPattern
from factcheck.segment import Segmenter

# The claims a sentence's attribution goes with: figures and dates are someone's;
# a name or a title is how the outlet itself writes.
ATTRIBUTED = frozenset({"date", "quantity"})


class Extractor:
    """All extractors compiled for one rule set."""

    def __init__(self, rules: RuleSet, guard: RegexGuard) -> None:
        self.segmenter = Segmenter(rules.lexicon.abbreviations)
        self.entities = EntityMatcher(rules.entities)
        self.dates = DateFinder(rules.calendar)
        self.names = NameExtractor(rules.lexicon, rules.titles.head_words)
        self.date_claims = DateExtractor(rules.events)
        self.quantities = QuantityExtractor(NumberFinder(rules.numbers, rules.units), rules.numbers, rules.units,
                                            rules.lexicon)
        self.attribution = Attributor(rules.lexicon)
        self.roles = RoleExtractor(rules.titles, rules.lexicon.org_head_words, self.attribution.not_names)
        self.statements = StatementExtractor(rules.lexicon, guard)
        self.guard = guard
        self.datelines = [UserPattern.build(f"lexicon.datelines.{index}", pattern)
                          for index, pattern in enumerate(rules.lexicon.datelines)]

    def extract(self, article: LoadedArticle) -> list[ExtractedClaim]:
        """Return the article's claims in text order, each fact once per article."""
        claims: list[ExtractedClaim] = []
        seen: set[tuple[str, str, str, str]] = set()
        people: dict[str, str] = {}  # surname -> full name, as the article named people so far
        sentences = self.segmenter.split(article.document.text, article.skipped)
        mentions = self.entities.find_each(article.document.text, [(s.start, s.end) for s in sentences])
        for sentence, entities in zip(sentences, mentions):
            context = SentenceContext(
                article=article, sentence=sentence, entities=tuple(entities),
                dates=self._dates(sentence.text, article),
            )
            roles = list(self.roles.extract(context, people))  # first: they name the people later mentions use
            found = [*self.names.extract(context),
                     *self._asserted(context, [*self.date_claims.extract(context), *self.quantities.extract(context)]),
                     *roles]
            has_number = any(claim.kind == "quantity" for claim in found)
            found.extend(self.statements.extract(context, has_number))
            speaker = self.attribution.speaker(sentence.text, people)
            if speaker is not None:
                found = [dataclasses.replace(claim, attribution=speaker.who)
                         if claim.kind in ATTRIBUTED and speaker.covers(claim.start - sentence.start) else claim
                         for claim in found]
            for claim in found:
                identity = (claim.kind, claim.key, claim.subject, claim.value)
                if identity not in seen:
                    seen.add(identity)
                    claims.append(claim)
        return claims

    def _dates(self, text: str, article: LoadedArticle) -> tuple[DateMatch, ...]:
        """Return the sentence's dates, leaving out those in a wire dateline that opens it."""
        dates = self.dates.find(text, article.published)
        if dates and text[:1].isupper():
            for pattern in self.datelines:
                dateline = self.guard.search(pattern, text)
                if dateline is not None:
                    dates = [date for date in dates if date.start >= dateline.end()]
        return tuple(dates)

    def _asserted(self, context: SentenceContext, claims: list[ExtractedClaim]) -> list[ExtractedClaim]:
        """Drop the figures and dates a speculative word makes a guess ("could scale to 31,000")."""
        return [claim for claim in claims
                if not self.attribution.guessed(context.text, claim.start - context.sentence.start)]
