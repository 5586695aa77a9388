"""Compound durations: "2 h 13 min 44 s", "11 hours and 55 minutes", "3 min 27 s".

Read number by number, such a duration gives figures of its own ("55 minutes", "44 s")
that meet every other count of minutes in the story: an orbit of 11 hours and 55 minutes
would disagree with a cut of 32 minutes. Its parts are no figures, and the duration as a
whole is none either: a story gives many (a winner's time, a runner-up's, a record's),
and the words around them do not tell which is which.

A duration needs two parts, each with its unit word: "19 h 45" is a time of day. A part
may be joined to its unit by a hyphen ("a 5-hour 53-minute final"), and its larger part
written in words ("five hours and 29 minutes").
"""

from __future__ import annotations

import re

from factcheck.resolve.alternation import alternation
from factcheck.ruleset.schema import Durations

NUMBER = r"\d{1,3}(?:[.,]\d{1,3})?"
# The larger part of a duration may be written in words: "five hours and 29 minutes", "cinq heures".
LEADING_NUMBER = rf"(?:{NUMBER}|[^\W\d_]{{3,12}})"


class DurationReader:
    """Find where compound durations stand in a sentence."""

    def __init__(self, rules: Durations) -> None:
        joiner = (rf"(?:\s*,?\s*(?:{alternation(rules.joiners)})\s+|\s*,\s*|\s+)" if rules.joiners
                  else r"(?:\s*,\s*|\s+)")
        parts = [alternation(words) for words in (rules.hours, rules.minutes, rules.seconds)]
        hours, minutes, seconds = (_part(NUMBER, words) for words in parts)
        leading_hours, leading_minutes = (_part(LEADING_NUMBER, words) for words in parts[:2])
        shapes = []
        if hours and minutes:
            shapes.append(rf"{leading_hours}{joiner}{minutes}" + (rf"(?:{joiner}{seconds})?" if seconds else ""))
        if minutes and seconds:
            shapes.append(rf"{leading_minutes}{joiner}{seconds}")
        self.pattern = (re.compile(rf"(?<![\w.,])(?:{'|'.join(shapes)})(?!\w)", re.IGNORECASE)
                        if shapes else None)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Return where each compound duration in the text starts and ends, in order."""
        if self.pattern is None:
            return []
        return [match.span() for match in self.pattern.finditer(text)]


def _part(number: str, words: str) -> str | None:
    """Return the pattern of one part of a duration: a number, then one of its unit's words ("5 h", "5-hour");
    None when the rules name no such unit."""
    return rf"{number}[\s-]?(?:{words})\.?" if words else None
