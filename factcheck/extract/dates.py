"""Date claims: a date in a sentence, tied to the event word nearest to it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.context import SentenceContext
from factcheck.models import ExtractedClaim
from factcheck.ruleset.schema import Event


class DateExtractor:
    """Find event words and pair each date with the nearest one in its sentence."""

    def __init__(self, events: tuple[Event, ...]) -> None:
        self.trigger_event = {trigger.lower(): event.id for event in events for trigger in event.triggers}
        words = "|".join(re.escape(word) for word in sorted(self.trigger_event, key=len, reverse=True))
        self.triggers = re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE) if words else None

    def extract(self, context: SentenceContext) -> Iterator[ExtractedClaim]:
        """Yield one claim per dated event in the sentence."""
        if self.triggers is None or not context.dates:
            return
        triggers = [(match.start(), match.end(), self.trigger_event[match.group(0).lower()])
                    for match in self.triggers.finditer(context.text)]
        if not triggers:
            return
        for date in context.dates:
            start, end, event = min(triggers, key=lambda t: min(abs(t[0] - date.end), abs(date.start - t[1])))
            yield ExtractedClaim(
                kind="date", subject=event, attribute="date", value=str(date.date),
                text=context.text[date.start:date.end], quote=context.text, line=context.line_of(date.start),
                rule="X201", start=context.sentence.start + date.start, end=context.sentence.start + date.end,
                key=f"date:{event}", entities=context.topic_entities(), date=date.date,
            )
