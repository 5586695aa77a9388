"""Find dates in text and resolve them to partial dates.

Month and weekday names come from ``rules/calendar.toml``, so a new language is a
rule-file change. Absolute dates resolve on their own; relative ones ("yesterday",
"on Monday") resolve against the article's published date, and are left out, not
guessed, when that date is unknown.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta, weekday

from factcheck.models import PartialDate
from factcheck.ruleset.schema import CalendarLanguage

YEAR = r"(?P<year>(?:1[89]|20|21)\d{2})"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|e)?"
HAS_DIGIT = re.compile(r"\d")
YEAR_PREPOSITIONS = r"in|since|by|from|until|during|of|en|depuis|dès|im|seit|desde|durante"


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in text: where it is and what it means."""

    start: int
    end: int
    date: PartialDate
    relative: bool = False


class DateFinder:
    """Compiled date patterns for one calendar rule set."""

    def __init__(self, calendar: dict[str, CalendarLanguage]) -> None:
        self.months: dict[str, int] = {}
        self.weekdays: dict[str, int] = {}
        self.relative_days: dict[str, int] = {}
        for language in calendar.values():
            for number, names in enumerate(language.months, start=1):
                self.months.update({name.lower(): number for name in names})
            for number, names in enumerate(language.weekdays):
                self.weekdays.update({name.lower(): number for name in names})
            for offset, words in ((0, language.today), (-1, language.yesterday), (1, language.tomorrow)):
                self.relative_days.update({word.lower(): offset for word in words})
        month = _alternation(self.months)
        weekday_names = _alternation(self.weekdays)
        self.absolute = re.compile(
            rf"(?<![\w-])(?:(?:{weekday_names})\.?,?\s+)?(?:"
            rf"{DAY}\s+(?:de\s+)?(?P<month1>{month})\.?,?\s+(?:de\s+)?{YEAR.replace('year', 'year1')}"
            rf"|(?P<month2>{month})\.?\s+{DAY.replace('day', 'day2')},?\s+{YEAR.replace('year', 'year2')}"
            rf"|(?P<month3>{month})\.?,?\s+(?:de\s+)?{YEAR.replace('year', 'year3')}"
            rf"|(?P<iso>(?P<iy>\d{{4}})-(?P<im>[01]\d)-(?P<id>[0-3]\d))"
            rf"|(?P<nd>[0-3]?\d)[/.](?P<nm>[0-3]?\d)[/.](?P<ny>(?:19|20)\d{{2}})"
            rf"|(?:(?:{YEAR_PREPOSITIONS})\s+(?:the\s+(?:year\s+)?)?){YEAR.replace('year', 'year4')}(?!\s*[%\d])"
            rf")(?![\w-])",
            re.IGNORECASE,
        )
        relative_words = _alternation(self.relative_days)
        self.relative = re.compile(
            rf"(?<![\w-])(?:(?P<rel>{relative_words})|(?:on|last|this|ce|le)\s+(?P<wd>{weekday_names}))(?![\w-])",
            re.IGNORECASE,
        ) if relative_words else re.compile(r"(?!x)x")

    def find(self, text: str, published: PartialDate | None = None) -> list[DateMatch]:
        """Return every date in the text, absolute ones and relative ones that resolve."""
        # Every absolute date has a digit (a day or a year): most sentences have none.
        found = [match for match in map(self._absolute, self.absolute.finditer(text)) if match] \
            if HAS_DIGIT.search(text) else []
        if published is not None and published.day is not None:
            anchor = dt.date(published.year, published.month or 1, published.day)
            taken = [(match.start, match.end) for match in found]
            for match in self.relative.finditer(text):
                if any(start < match.end() and match.start() < end for start, end in taken):
                    continue
                resolved = self._relative(match, anchor)
                if resolved:
                    found.append(resolved)
        return sorted(found, key=lambda match: match.start)

    def _absolute(self, match: re.Match[str]) -> DateMatch | None:
        """Turn one absolute-date regex match into a DateMatch, or None if impossible."""
        groups = match.groupdict()
        if groups["iso"]:
            parts = (int(groups["iy"]), int(groups["im"]), int(groups["id"]))
        elif groups["nd"]:
            day, month = int(groups["nd"]), int(groups["nm"])
            if month > 12 >= day:
                day, month = month, day
            parts = (int(groups["ny"]), month, day)
        elif groups["year1"]:
            parts = (int(groups["year1"]), self.months[groups["month1"].lower()], int(groups["day"]))
        elif groups["year2"]:
            parts = (int(groups["year2"]), self.months[groups["month2"].lower()], int(groups["day2"]))
        elif groups["year3"]:
            parts = (int(groups["year3"]), self.months[groups["month3"].lower()], None)
        else:
            year_start = match.start("year4")
            return DateMatch(year_start, match.end("year4"), PartialDate(year=int(groups["year4"])))
        return _checked(match.start(), match.end(), *parts)

    def _relative(self, match: re.Match[str], anchor: dt.date) -> DateMatch | None:
        """Resolve "yesterday" or "on Monday" against the published date."""
        if match.group("rel"):
            day = anchor + dt.timedelta(days=self.relative_days[match.group("rel").lower()])
        else:
            # "on Monday" in a news report means the most recent Monday, the day itself included.
            target = self.weekdays[match.group("wd").lower()]
            day = anchor + relativedelta(weekday=weekday(target)(-1))
        return DateMatch(match.start(), match.end(), PartialDate(year=day.year, month=day.month, day=day.day),
                         relative=True)


def _alternation(words: dict[str, int]) -> str:
    """Build a regex alternation, longest words first so abbreviations don't cut names short."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _checked(start: int, end: int, year: int, month: int, day: int | None) -> DateMatch | None:
    """Return a DateMatch when the parts make a real calendar date."""
    try:
        dt.date(year, month, day or 1)
    except ValueError:
        return None
    return DateMatch(start, end, PartialDate(year=year, month=month, day=day))
