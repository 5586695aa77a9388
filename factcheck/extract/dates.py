"""Date claims: a date in a sentence, tied to the event word nearest to it in its clause.

"Harris, who arrived on Thursday, said Washington had announced its institute" dates
the arrival, not the announcement: a date and a trigger separated by clause
punctuation do not go together, unless the date opens the sentence ("On Wednesday,
29 countries signed"). A date just after a verb of saying ("Nintendo said on Wednesday
that it sold 3.5 million consoles after the launch") dates the saying, not the event.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.context import SentenceContext
from factcheck.models import ExtractedClaim
from factcheck.resolve.alternation import alternation, lookup
from factcheck.ruleset.schema import Event

# A colon between digits is a time ("12:50"), not a clause break.
CLAUSE_BREAK = re.compile(r"[,;()\[\]—–]|(?<!\d):|:(?!\d)|\s-\s")
OPENING = " \t\"'“‘«"
# What may follow a date (or an age, ``extract.quantities``) set off by commas: the next comma,
# or the sentence's end.
SET_OFF_END = re.compile(r"\s*(?:[,;)—–]|[.!?]?\s*$)")
LEAD_IN_WORDS = 2  # "Late on Tuesday," and "Earlier this month," still open the sentence
SAYING_GAP_WORDS = 3  # "said in a statement on Monday": words that may stand between a verb of saying and its date
SAYING_REACH = 60  # characters before a date looked through for a verb of saying


class DateExtractor:
    """Find event words and pair each date with the nearest one in its clause, verbs before nouns."""

    def __init__(self, events: tuple[Event, ...], speech_verbs: tuple[str, ...] = ()) -> None:
        self.trigger_event = {noun.lower(): (event.id, True) for event in events for noun in event.nouns}
        self.trigger_event.update({trigger.lower(): (event.id, False) for event in events for trigger in event.triggers})
        words = alternation(self.trigger_event) if self.trigger_event else ""
        self.triggers = re.compile(rf"(?<!\w)(?:{words})(?![\w-])", re.IGNORECASE) if words else None
        saying = alternation(speech_verbs) if speech_verbs else ""
        self.saying = re.compile(rf"(?<!\w)(?:{saying})(?:\s+[^\s,;:()—–]+){{0,{SAYING_GAP_WORDS}}}\s+$",
                                 re.IGNORECASE) if saying else None

    def extract(self, context: SentenceContext) -> Iterator[ExtractedClaim]:
        """Yield one claim per dated event in the sentence."""
        if self.triggers is None or not context.dates:
            return
        triggers = [(match.start(), match.end(), *event) for match in self.triggers.finditer(context.text)
                    if (event := lookup(self.trigger_event, match.group(0))) is not None]
        if not triggers:
            return
        for date in context.dates:
            if self._dates_a_saying(context.text, date.start):
                continue
            near = [trigger for trigger in triggers if _same_clause(context.text, date.start, date.end, *trigger[:2])]
            near = [trigger for trigger in near if not trigger[3]] or near
            if not near:
                continue
            start, end, event, _ = min(near, key=lambda t: min(abs(t[0] - date.end), abs(date.start - t[1])))
            yield ExtractedClaim(
                kind="date", subject=event, attribute="date", value=str(date.date),
                text=context.text[date.start:date.end], quote=context.text, line=context.line_of(date.start),
                rule="X201", start=context.sentence.start + date.start, end=context.sentence.start + date.end,
                key=f"date:{event}", entities=context.topic_entities(), date=date.date,
            )

    def _dates_a_saying(self, text: str, date_start: int) -> bool:
        """Return True when a verb of saying stands just before the date, with no event word between."""
        if self.saying is None:
            return False
        saying = self.saying.search(text, max(0, date_start - SAYING_REACH), date_start)
        return saying is not None and (self.triggers is None or not self.triggers.search(saying.group(0)))


def _same_clause(text: str, date_start: int, date_end: int, trigger_start: int, trigger_end: int) -> bool:
    """Return True when no clause punctuation separates the date from the trigger.

    A date opening the sentence ("On Wednesday, 29 countries signed", "Late on
    Tuesday, ...") goes with the clause that follows its comma, and only that one; a
    date set off by commas of its own ("a été nommé par le roi, samedi 6 juillet, à
    l'issue ...") goes with the clause just before it.
    """
    between = text[date_end:trigger_start] if date_end <= trigger_start else text[trigger_end:date_start]
    breaks = list(CLAUSE_BREAK.finditer(between))
    if not breaks:
        return True
    if date_end <= trigger_start:
        opening = len(text[:date_start].strip(OPENING).split()) <= LEAD_IN_WORDS
        return opening and not CLAUSE_BREAK.search(between.lstrip()[1:])
    set_off = len(between[breaks[-1].end():].split()) <= LEAD_IN_WORDS and SET_OFF_END.match(text, date_end)
    return len(breaks) == 1 and bool(set_off)
