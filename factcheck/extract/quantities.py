"""Quantity claims: a number with its qualifier and the unit it counts."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from factcheck.extract.context import SentenceContext
from factcheck.models import ExtractedClaim
from factcheck.resolve.entities import EntityMention
from factcheck.resolve.numbers import NumberFinder, NumberMatch
from factcheck.ruleset.schema import Lexicon, Unit

UNIT_MAX_WORDS = 3
UNIT_FREE_WORDS = 2
WORD = re.compile(r"\s*([^\W\d_][\w'’-]*)")


class QuantityExtractor:
    """Find numbers and read the unit from the words that follow them."""

    def __init__(self, numbers: NumberFinder, units: tuple[Unit, ...], lexicon: Lexicon) -> None:
        self.numbers = numbers
        self.unit_of = {synonym.lower(): unit.id for unit in units for synonym in (unit.id, *unit.synonyms)}
        self.stopwords = frozenset(word.lower() for word in lexicon.stopwords)

    def extract(self, context: SentenceContext) -> Iterator[ExtractedClaim]:
        """Yield a claim for every number with a unit that is not part of a date."""
        date_starts = [date.start for date in context.dates]
        mentions = {mention.start: mention for mention in context.entities}
        for number in self.numbers.find(context.text, context.article.language):
            if _inside_date(context, date_starts, number.start, number.end):
                continue
            if number.plain_year or (number.interval.low == number.interval.high == 1):
                continue
            unit, unit_end = self._unit(context, number, mentions)
            if not unit:
                continue
            yield ExtractedClaim(
                kind="quantity", subject=context.primary_entity(), attribute=unit, value=str(number.interval),
                text=context.text[number.start:unit_end], quote=context.text,
                line=context.line_of(number.start), rule="X301", start=context.sentence.start + number.start,
                end=context.sentence.start + unit_end, key=f"quantity:{unit}", entities=context.topic_entities(),
                interval=number.interval,
            )

    def _unit(self, context: SentenceContext, number: NumberMatch,
              mentions: dict[int, EntityMention]) -> tuple[str, int]:
        """Return the canonical unit of a number and where its unit words end.

        A known unit among the first words wins ("2,500 employees access" counts
        employees); otherwise the unit is at most two words ("probation officers").
        """
        if number.currency:
            return number.currency, number.end
        if number.is_percent:
            return "percent", number.end
        words: list[tuple[str, int]] = []
        position = number.end
        while len(words) < UNIT_MAX_WORDS:
            mention = mentions.get(position) or mentions.get(position + 1)
            if mention is not None and not words:
                position = mention.end
                continue
            match = WORD.match(context.text, position)
            if match is None or match.group(1).lower() in self.stopwords:
                break
            words.append((match.group(1).lower(), match.end()))
            position = match.end()
        if not words:
            return "", number.end
        for count in (2, 1):
            known = self.unit_of.get(" ".join(word for word, _ in words[:count]))
            if known is not None:
                return known, words[count - 1][1] if count <= len(words) else position
        free = words[:UNIT_FREE_WORDS]
        return " ".join([*(word for word, _ in free[:-1]), singular(free[-1][0])]), free[-1][1]


def _inside_date(context: SentenceContext, date_starts: list[int], start: int, end: int) -> bool:
    """Return True when the number overlaps a date (dates are sorted and do not overlap)."""
    index = bisect.bisect_right(date_starts, end) - 1
    return index >= 0 and context.dates[index].end > start


def singular(word: str) -> str:
    """Fold a plural English noun to its singular, well enough for matching units."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
