"""Compound durations: "2 h 13 min 44 s", "11 hours and 55 minutes", "1 min 51 s 21".

Read number by number, such a duration gives figures of its own ("55 minutes", "44 s")
that meet every other count of minutes in the story: an orbit of 11 hours and 55 minutes
would disagree with a cut of 32 minutes. Its parts are no figures. The duration as a
whole is one, in seconds, of the unit the rules name (``Durations.unit``): a story gives
many (a winner's time, a runner-up's, a record's), so that unit needs the words around
two durations to share one before they meet.

A duration needs two parts, each with its unit word: "19 h 45" is a time of day. A part
may be joined to its unit by a hyphen ("a 5-hour 53-minute final"), and its larger part
written in words ("five hours and 29 minutes"). Hundredths may follow the seconds' word,
as French writes a race's time ("1 min 51 s 21").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from factcheck.resolve.alternation import alternation, lookup
from factcheck.ruleset.schema import Durations

NUMBER = r"\d{1,3}(?:[.,]\d{1,3})?"
# The larger part of a duration may be written in words: "five hours and 29 minutes", "cinq heures".
LEADING_NUMBER = rf"(?:{NUMBER}|[^\W\d_]{{3,12}})"
# Hundredths after the seconds' word: two digits, no word or further digit after them ("51 s 21").
HUNDREDTHS = r"(?:\s(\d{2})(?!\d|[.,]\d|\s*[^\W\d_]))?"
SECONDS_IN = (3600, 60, 1)  # an hour's, a minute's and a second's


class Duration(NamedTuple):
    """A compound duration in a sentence: where it stands and how many seconds it lasts (None when a part
    is written in words no rule gives a value)."""

    start: int
    end: int
    seconds: float | None


class DurationReader:
    """Find the compound durations in a sentence."""

    def __init__(self, rules: Durations, number_words: Mapping[str, int] | None = None) -> None:
        """``number_words`` give the value of a larger part written in words ("five hours")."""
        joiner = (rf"(?:\s*,?\s*(?:{alternation(rules.joiners)})\s+|\s*,\s*|\s+)" if rules.joiners
                  else r"(?:\s*,\s*|\s+)")
        parts = [alternation(words) for words in (rules.hours, rules.minutes, rules.seconds)]
        hours, minutes, seconds = (_part(NUMBER, words) for words in parts)
        leading_hours, leading_minutes = (_part(LEADING_NUMBER, words) for words in parts[:2])
        shapes = []
        if hours and minutes:
            shapes.append(rf"{leading_hours}{joiner}{minutes}" + (rf"(?:{joiner}{seconds}{HUNDREDTHS})?" if seconds
                                                                   else ""))
        if minutes and seconds:
            shapes.append(rf"{leading_minutes}{joiner}{seconds}{HUNDREDTHS}")
        self.pattern = (re.compile(rf"(?<![\w.,])(?:{'|'.join(shapes)})(?!\w)", re.IGNORECASE)
                        if shapes else None)
        self.unit = rules.unit
        # Each part's value and unit word, read again inside a duration found.
        self.part = re.compile(rf"({LEADING_NUMBER})[\s-]?({'|'.join(part for part in parts if part)})\.?(?!\w)",
                               re.IGNORECASE) if any(parts) else None
        self.seconds_of = {word.lower(): seconds for words, seconds in zip((rules.hours, rules.minutes, rules.seconds),
                                                                          SECONDS_IN) for word in words}
        self.number_words = {word.lower(): value for word, value in (number_words or {}).items()}

    def find(self, text: str) -> list[Duration]:
        """Return each compound duration in the text, in order."""
        if self.pattern is None:
            return []
        # A point after the last unit word is no part of the duration: a full stop, or an abbreviation's.
        return [Duration(match.start(), match.end() - match.group().endswith("."), self._seconds(match))
                for match in self.pattern.finditer(text)]

    def _seconds(self, match: re.Match[str]) -> float | None:
        """Return how many seconds a duration found lasts."""
        assert self.part is not None
        total = 0.0
        for number, word in self.part.findall(match.group()):
            value = _number(number) if number[0].isdigit() else self.number_words.get(number.lower())
            seconds = lookup(self.seconds_of, word)
            if value is None or seconds is None:
                return None
            total += value * seconds
        hundredths = next((group for group in match.groups() if group), None)
        return round(total + int(hundredths) / 100, 2) if hundredths else total


def _number(written: str) -> float:
    """Read a part's digits, a decimal comma as a point ("51,21")."""
    return float(written.replace(",", "."))


def _part(number: str, words: str) -> str | None:
    """Return the pattern of one part of a duration: a number, then one of its unit's words ("5 h", "5-hour");
    None when the rules name no such unit."""
    return rf"{number}[\s-]?(?:{words})\.?" if words else None
