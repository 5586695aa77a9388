"""Extract typed claims from one loaded article: the map step of the pipeline.

Extraction depends only on the article and the rules, so it can run in any process,
in any order, and be cached by the article's content hash and the rules' hash.
"""

from __future__ import annotations

from factcheck.extract.ages import AgeExtractor
from factcheck.extract.attribution import Attributor
from factcheck.extract.context import SentenceContext
from factcheck.extract.dates import DateExtractor
from factcheck.extract.names import NameExtractor
from factcheck.extract.quantities import QuantityExtractor
from factcheck.extract.roles import RoleExtractor
from factcheck.extract.statements import StatementExtractor
from factcheck.load import LoadedArticle
from factcheck.models import ExtractedClaim, Identity
from factcheck.resolve.dates import DateFinder, DateMatch
from factcheck.resolve.entities import EntityMatcher, EntityMention
from factcheck.resolve.gate import HAS_DIGIT, FirstLooks, passed_by_span
from factcheck.resolve.numbers import NumberFinder
from factcheck.ruleset import RuleSet
from factcheck.ruleset.safe_regex import RegexGuard, UserPattern
from factcheck.segment import Segmenter, Sentence

# The claims a sentence's attribution goes with: figures and dates are someone's;
# a name or a title is how the outlet itself writes.
ATTRIBUTED = frozenset({"date", "quantity"})


class Extractor:
    """All extractors compiled for one rule set."""

    def __init__(self, rules: RuleSet, guard: RegexGuard) -> None:
        self.guard = guard
        self.datelines = [UserPattern.build(f"lexicon.datelines.{index}", pattern)
                          for index, pattern in enumerate(rules.lexicon.datelines)]
        self.segmenter = Segmenter(rules.lexicon.abbreviations, self._opens_with_dateline)
        self.entities = EntityMatcher(rules.entities, rules.lexicon.ampersand_words, rules.lexicon.stopwords)
        self.dates = DateFinder(rules.calendar, rules.lexicon.relative_pronouns)
        self.names = NameExtractor(rules.lexicon, rules.titles.head_words, rules.calendar_names)
        self.date_claims = DateExtractor(rules.events, rules.lexicon, rules.describing_first)
        self.quantities = QuantityExtractor(NumberFinder(rules.numbers, rules.units), rules.numbers, rules.units,
                                            rules.lexicon, rules.calendar, rules.running_units)
        self.attribution = Attributor(rules.lexicon)
        self.roles = RoleExtractor(rules.titles, rules.lexicon, self.attribution.not_names, rules.calendar_names)
        year_words = next((unit.synonyms for unit in rules.units if unit.id == rules.numbers.ages.unit), ())
        self.ages = AgeExtractor(rules.numbers.ages, year_words, self.roles)
        self.statements = StatementExtractor(rules.lexicon, guard)
        numbers = self.quantities.numbers
        self.first_looks = FirstLooks(
            gates=(self.attribution.gate, self.roles.title_gate, numbers.words_gate, self.dates.names,
                   self.dates.relative.gate),
            patterns=(HAS_DIGIT, *((self.names.has_head,) if self.names.has_head is not None else ())),
            riders=self.entities.folded_names())

    def extract(self, article: LoadedArticle) -> list[ExtractedClaim]:
        """Return the article's claims in text order, each fact once per article."""
        claims: list[ExtractedClaim] = []
        seen: set[Identity] = set()
        people: dict[str, str] = {}  # surname -> full name, as the article named people so far
        text = article.document.text
        sentences = self.segmenter.split(text, article.skipped)
        spans = [(sentence.start, sentence.end) for sentence in sentences]
        # One reading of the text lowered serves the first looks and the entity names.
        looks, folded_names = self.first_looks.taken(text, spans)
        mentions = self.entities.find_each(text, spans, folded_names)
        live = self._live(looks, text, spans, mentions, article)
        # A speaker is looked for even where no claim is: naming someone in full tells
        # who a later "Kyle said" or "Mr Kyle" is. After the last sentence that may find
        # a claim, no sentence is left to ask, so the loop stops there.
        heard = looks[self.attribution.gate]
        passed = passed_by_span(looks)
        last = max(live, default=-1)
        for index, (sentence, entities) in enumerate(zip(sentences[:last + 1], mentions)):
            found = self._found(article, sentence, entities, passed[index], people, seen) if index in live else []
            speaker = self.attribution.speaker(sentence.text, people, passed[index]) if index in heard else None
            if speaker is not None:
                found = [claim._replace(attribution=speaker.who)
                         if claim.kind in ATTRIBUTED and speaker.covers(claim.start - sentence.start) else claim
                         for claim in found]
            for claim in found:
                identity = claim.identity
                if identity not in seen:
                    seen.add(identity)
                    claims.append(claim)
        return claims

    def _live(self, looks: dict[object, set[int]], text: str, spans: list[tuple[int, int]],
              mentions: list[list[EntityMention]], article: LoadedArticle) -> set[int]:
        """Return the indices of the sentences some extractor may find a claim in.

        Every extractor finds nothing in a sentence its first look turns away, and most
        sentences are turned away by all: taken once over the document, the first looks
        spare those sentences the extractors' calls. (Statements need an entity, which
        names count already.)
        """
        return (self.names.may_find(looks, mentions) | self.roles.may_find(looks, text, spans)
                | self.dates.may_find(looks, article.published) | self.quantities.numbers.may_find(looks))

    def _found(self, article: LoadedArticle, sentence: Sentence, entities: list[EntityMention],
               looks: set[object], people: dict[str, str],
               seen: set[Identity]) -> list[ExtractedClaim]:
        """Return the claims of one sentence, before attribution and in the order the extractors find them.

        Names the article has claimed already (in ``seen``) are left out: they would be dropped.
        """
        context = SentenceContext(article=article, sentence=sentence, entities=tuple(entities),
                                  dates=self._dates(sentence.text, article, looks), looks=looks)
        roles = list(self.roles.extract(context, people))  # first: they name the people later mentions use
        dated = list(self.date_claims.extract(context))
        figures = self.quantities.extract(context, [claim.date for claim in dated if claim.date is not None])
        found = [*self.names.extract(context, seen), *self._asserted(context, [*dated, *figures]),
                 *roles, *self.ages.extract(context, people)]
        has_number = any(claim.kind == "quantity" for claim in found)
        found.extend(self.statements.extract(context, has_number))
        return found

    def _dates(self, text: str, article: LoadedArticle, looks: set[object]) -> tuple[DateMatch, ...]:
        """Return the sentence's dates, leaving out those in a wire dateline that opens it."""
        dates = self.dates.find(text, article.published, looks)
        if dates and (dateline_end := self._dateline_end(text)) is not None:
            dates = [date for date in dates if date.start >= dateline_end]
        return tuple(dates)

    def _opens_with_dateline(self, line: str) -> bool:
        """Return True when the line opens with a wire dateline ("PORTLAND, Ore., Jan. 7 (Cascade Wire) - ")."""
        return self._dateline_end(line) is not None

    def _dateline_end(self, text: str) -> int | None:
        """Return where the wire dateline opening the text ends, as far as any of the rules' patterns reads
        it (``lexicon.datelines``), or None when none opens it."""
        if not text[:1].isupper():
            return None
        return max((match.end() for pattern in self.datelines
                    if (match := self.guard.search(pattern, text)) is not None), default=None)

    def _asserted(self, context: SentenceContext, claims: list[ExtractedClaim]) -> list[ExtractedClaim]:
        """Drop the figures and dates a speculative word makes a guess ("could scale to 31,000")."""
        return [claim for claim in claims
                if not self.attribution.guessed(context.text, claim.start - context.sentence.start)]
