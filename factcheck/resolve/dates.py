"""Find dates in text and resolve them to partial dates.

Month and weekday names, and every word that dates something relative to the
article, come from ``rules/calendar.toml``, so a new language is a rule-file change.
A date with its year ("21 July 2025", "21/07/2025", "Q3 2025", "in the summer of
2025") resolves on its own. A date without one ("1 November", "on Monday",
"yesterday", "last week", "in April") resolves against the article's published date,
and is left out, not guessed, when that date is unknown (see ``relative_dates``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from factcheck.models import PartialDate
from factcheck.resolve.alternation import alternation, lookup, phrase_key
from factcheck.resolve.gate import HAS_DIGIT, WordGate, passes
from factcheck.resolve.relative_dates import RelativeDates, nearest_year
from factcheck.ruleset.schema import CalendarLanguage

YEAR = r"(?:1[89]|20|21)\d{2}"
DAY = r"[0-3]?\d(?:st|nd|rd|th|er|e|\.)?"
# A year with a 29 February, to tell whether a day written without a year is on the calendar at all.
LEAP_YEAR = 2000
# The word just before a position, spaces between ("Long " of "the Long March 5 rocket").
PREVIOUS_WORD = re.compile(r"([^\W\d_][\w'’.-]*)\s+$")
# Characters before a date looked through for a day listed with it, with its weekday ("12 et " of "les 12 et
# 19 juin", "mercredi 12 et " of "mercredi 12 et jeudi 13 juin").
LISTED_DAY_REACH = 24
# How far from a report a day written with its weekday may lie in another year than the nearest's
# (``_year_of_the_weekday``): half a year either side.
WEEKDAY_YEAR_DAYS = 183
NUMERIC_DATE = re.compile(r"(?<!\d)(?:1[89]|20|21)\d{2}(?!\d)|\d[/.]\d")


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in text: where it is and what it means."""

    start: int
    end: int
    date: PartialDate
    relative: bool = False


class DateFinder:
    """Compiled date patterns for one calendar rule set."""

    def __init__(self, calendar: dict[str, CalendarLanguage], relative_pronouns: tuple[str, ...] = ()) -> None:
        """``relative_pronouns`` (the lexicon's) open a clause set off inside another: "He was due to meet
        Lasconi, who took 19%, in Sunday's run-off" speaks of the future across it."""
        self.months: dict[str, int] = {}
        self.weekdays: dict[str, int] = {}
        self.year_parts: dict[str, tuple[int, int]] = {}
        prepositions: set[str] = set()
        year_of: set[str] = set()
        joiners: set[str] = set()
        for language in calendar.values():
            for number, names in enumerate(language.months, start=1):
                self.months.update({name.lower(): number for name in names})
            for number, names in enumerate(language.weekdays):
                self.weekdays.update({name.lower(): number for name in names})
            for part in language.year_parts:
                self.year_parts.update({phrase_key(name): part.months for name in part.names})
            prepositions.update(word.lower() for word in language.prepositions)
            year_of.update(word.lower() for word in language.year_of)
            joiners.update(word.lower() for word in language.day_joiners)
        month = alternation(self.months)
        weekday = alternation(self.weekdays)
        of = rf"(?:(?:{alternation(year_of)})\s*)?"
        self.absolute = re.compile(
            rf"(?<![\w-])(?:(?P<wd>{weekday})\.?,?\s+)?(?:"
            rf"(?P<d1>{DAY})\s+(?:de\s+)?(?P<m1>{month})\.?,?\s+(?:de\s+)?(?P<y1>{YEAR})"
            rf"|(?P<m2>{month})\.?\s+(?P<d2>{DAY}),?\s+(?P<y2>{YEAR})"
            rf"|(?P<m3>{month})\.?,?\s+(?:de\s+)?(?P<y3>{YEAR})"
            rf"|(?P<iy>\d{{4}})-(?P<im>[01]\d)-(?P<id>[0-3]\d)"
            rf"|(?P<nd>[0-3]?\d)[/.](?P<nm>[0-3]?\d)[/.](?P<ny>(?:19|20)\d{{2}})"
            rf"|(?P<part>{alternation(self.year_parts)})\s+{of}(?P<y5>{YEAR})"
            rf"|(?:(?:{alternation(prepositions)})\s+(?:the\s+(?:year\s+)?)?)(?P<y4>{YEAR})(?!\s*[%\d])"
            rf"|(?P<d6>{DAY})\s+(?:de\s+)?(?P<m6>{month})(?!\.?\s*\d)"
            rf"|(?P<m7>{month})\.?\s+(?P<d7>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,.]?\s*\d)"
            rf")(?![\w-])",
            re.IGNORECASE,
        )
        self.relative = RelativeDates(calendar, self.months, self.weekdays, relative_pronouns)
        self.names = WordGate([*self.months, *self.year_parts])
        # What may join a day to the year a relative phrase after it tells: "9 September last year",
        # "in March of last year", "le 8 mars de l'an dernier".
        self.year_joiner = re.compile(rf"\s+{of}", re.IGNORECASE)
        # A day listed with another of one month, before it ("les 12 et 19 juin") or after it ("June 12 and
        # 19,"): a date of its own. One after must end its phrase: "June 12, 19 people died" lists no day.
        joined = rf"(?:\s*,\s*|\s+(?:{alternation(joiners)})\s+)" if joiners else r"\s*,\s*"
        self.day_before = re.compile(rf"(?<![\w,.-])(?:(?:{weekday})\.?,?\s+)?([0-3]?\d)(?:st|nd|rd|th|er)?{joined}$",
                                     re.IGNORECASE)
        self.day_after = re.compile(rf"{joined}([0-3]?\d)(?:st|nd|rd|th)?(?=\s*(?:[,.;:)]|$))", re.IGNORECASE)

    def may_find(self, looks: Mapping[object, set[int]], published: PartialDate | None) -> set[int]:
        """Return the indices of the sentences ``find`` may find a date in, from the first looks that admit them.

        An absolute date has a digit; a relative one, a word of the relative gate and a published date.
        """
        if published is None:
            return looks[HAS_DIGIT]
        return looks[HAS_DIGIT] | looks[self.relative.gate]

    def find(self, text: str, published: PartialDate | None = None,
             looks: Collection[object] | None = None) -> list[DateMatch]:
        """Return every date in the text: absolute ones, and relative ones that resolve.

        ``looks`` are the first looks the text passed, when they were taken already (see ``FirstLooks``).
        """
        found: list[DateMatch] = []
        # Every absolute date has a digit and a month name, a year or a numeric form: most sentences have none.
        if passes(HAS_DIGIT, text, looks) and (NUMERIC_DATE.search(text) or passes(self.names, text, looks)):
            found = self._listed_days(text, [match for match in (self._absolute(m, published)
                                                                 for m in self.absolute.finditer(text))
                                             if match is not None])
        if published is not None:
            taken = [(match.start, match.end) for match in found]
            for start, end, date in self.relative.find(text, published, looks):
                if not any(s < end and start < e for s, e in taken):
                    found.append(DateMatch(start, end, date, relative=True))
        return self._year_told_after(text, sorted(found, key=lambda match: match.start))

    def _listed_days(self, text: str, found: list[DateMatch]) -> list[DateMatch]:
        """Add the days listed with a date's day in its month: "les élections des 12 et 19 juin" and "set for
        June 12 and 19" date two rounds, not one. The day written first goes with a date written day first,
        the day written after with one written month first."""
        listed: list[DateMatch] = []
        for match in found:
            date = match.date
            if date.day is None or date.month is None or date.end is not None:
                continue
            day_first = self._written_day_first(text[match.start:match.end])
            other = (self.day_before.search(text, max(0, match.start - LISTED_DAY_REACH), match.start) if day_first
                     else self.day_after.match(text, match.end))
            if other is not None and _on_the_calendar(date.year, date.month, int(other.group(1))):
                listed.append(DateMatch(other.start() if day_first else other.start(1), other.end(1),
                                        date.model_copy(update={"day": int(other.group(1))}), match.relative))
        return found + listed

    def _written_day_first(self, written: str) -> bool:
        """Return True when a date is written with its day before its month, a weekday before both aside
        ("13 juin", "mercredi 13 juin"; not "June 13")."""
        first, _space, rest = written.strip().partition(" ")
        if first.rstrip(".,").lower() in self.weekdays:
            written = rest
        return written.lstrip()[:1].isdigit()

    def _year_told_after(self, text: str, found: list[DateMatch]) -> list[DateMatch]:
        """Give a day or month written without its year the year a relative phrase just after it tells, as one
        date: "on 9 September last year", "le 8 mars de l'an dernier" is one day, not a day and a year."""
        joined: list[DateMatch] = []
        for match in found:
            before = joined[-1] if joined else None
            if (before is not None and before.relative and before.date.month is not None and before.date.end is None
                    and match.relative and match.date.month is None and match.date.end is None
                    and self.year_joiner.fullmatch(text, before.end, match.start)
                    and _on_the_calendar(match.date.year, before.date.month, before.date.day)):
                dated = before.date.model_copy(update={"year": match.date.year})
                joined[-1] = DateMatch(before.start, match.end, dated, relative=True)
            else:
                joined.append(match)
        return joined

    def day_without_year(self, text: str) -> tuple[int, int] | None:
        """Return the month and day of the first date in the text written without a year ("March 10",
        "12 mai"), if it is one: a wire dateline's, whose year the run's other articles may tell."""
        match = self.absolute.search(text)
        if match is None:
            return None
        groups = match.groupdict()
        day_text, month_text = (groups["d6"], groups["m6"]) if groups["d6"] else (groups["d7"], groups["m7"])
        month = lookup(self.months, month_text) if month_text and day_text else None
        if month is None or _checked(match, LEAP_YEAR, month, _day(day_text)) is None:
            return None
        return month, _day(day_text)  # type: ignore[return-value]

    def _absolute(self, match: re.Match[str], published: PartialDate | None) -> DateMatch | None:
        """Turn one absolute-date match into a DateMatch, or None if it is no real date."""
        groups = match.groupdict()
        if groups["iy"]:
            return _checked(match, int(groups["iy"]), int(groups["im"]), int(groups["id"]))
        if groups["nd"]:
            day, month = int(groups["nd"]), int(groups["nm"])
            if month > 12 >= day:
                day, month = month, day
            return _checked(match, int(groups["ny"]), month, day)
        for day_group, month_group, year_group in (("d1", "m1", "y1"), ("d2", "m2", "y2"), (None, "m3", "y3")):
            if groups[year_group]:
                day = _day(groups[day_group]) if day_group else None
                month = lookup(self.months, groups[month_group])
                return None if month is None else _checked(match, int(groups[year_group]), month, day)
        if groups["part"]:
            months = lookup(self.year_parts, groups["part"])
            return None if months is None else self._year_part(match, months, int(groups["y5"]))
        if groups["y4"]:
            return DateMatch(match.start("y4"), match.end("y4"), PartialDate(year=int(groups["y4"])))
        return self._without_year(match, groups, published)

    def _without_year(self, match: re.Match[str], groups: dict[str, str | None],
                      published: PartialDate | None) -> DateMatch | None:
        """Date "1 November" or "July 24" to the year news reports mean (see ``nearest_year``)."""
        if published is None or published.month is None:
            return None
        day_text, month_text = (groups["d6"], groups["m6"]) if groups["d6"] else (groups["d7"], groups["m7"])
        if month_text is None or day_text is None:
            return None
        if groups["m7"] and self._inside_a_name(match.string, match.start()):
            return None
        month, day = lookup(self.months, month_text), _day(day_text)
        if month is None:
            return None
        anchor = dt.date(published.year, published.month, published.day or 15)
        future = self.relative.speaks_of_future(match.string, match.start()) \
            or day is not None and self.relative.set_ahead(match.string, match.start())
        year = nearest_year(month, day, anchor, future)
        if groups["wd"] and day is not None:
            year = _year_of_the_weekday(year, month, day, lookup(self.weekdays, groups["wd"]), anchor)
        checked = _checked(match, year, month, day)
        return DateMatch(checked.start, checked.end, checked.date, relative=True) if checked else None

    def _inside_a_name(self, text: str, start: int) -> bool:
        """Return True when a month and a day follow a capitalised word inside the sentence that is no
        weekday: they are the end of a name ("the Long March 5 rocket"), not a date."""
        before = PREVIOUS_WORD.search(text, 0, start)
        return (before is not None and before.start() > 0 and before.group(1)[:1].isupper()
                and lookup(self.weekdays, before.group(1)) is None)

    def _year_part(self, match: re.Match[str], months: tuple[int, int], year: int) -> DateMatch | None:
        """Return the span of months a quarter, half or season covers (its first and last month).

        None for a year at the calendar's edge, where winter's other year does not exist.
        """
        first, last = months
        if not dt.MINYEAR < year < dt.MAXYEAR:
            return None
        if first > last:  # winter straddles the year: read as either of them
            start, end = PartialDate(year=year - 1, month=first), PartialDate(year=year + 1, month=last)
        else:
            start, end = PartialDate(year=year, month=first), PartialDate(year=year, month=last)
        return DateMatch(match.start(), match.end(), start.model_copy(update={"end": end}))


def _day(text: str | None) -> int | None:
    """Read a day number written "1", "1st", "1er" or "25."."""
    return int(re.match(r"\d+", text).group(0)) if text else None  # type: ignore[union-attr]


def _checked(match: re.Match[str], year: int, month: int, day: int | None) -> DateMatch | None:
    """Return a DateMatch when the parts make a real calendar date."""
    if not _on_the_calendar(year, month, day):
        return None
    return DateMatch(match.start(), match.end(), PartialDate(year=year, month=month, day=day))


def _year_of_the_weekday(year: int, month: int, day: int, weekday: int | None, anchor: dt.date) -> int:
    """Return the year a weekday written with a day tells, when the year news reports mean (``nearest_year``)
    gives that day another weekday: "jeudi 11 juillet" in a report of 31 May 2024 is 11 July 2024, a Thursday,
    not 11 July 2023, a Tuesday. Only a year whose day lies within ``WEEKDAY_YEAR_DAYS`` of the report counts,
    so a weekday written wrong is still read in the nearest year, where it can be seen to disagree."""
    if weekday is None or not _on_the_calendar(year, month, day) or dt.date(year, month, day).weekday() == weekday:
        return year
    fitting = [other for other in (year - 1, year + 1) if _on_the_calendar(other, month, day)
               and dt.date(other, month, day).weekday() == weekday
               and abs((dt.date(other, month, day) - anchor).days) <= WEEKDAY_YEAR_DAYS]
    return fitting[0] if len(fitting) == 1 else year


def _on_the_calendar(year: int, month: int, day: int | None) -> bool:
    """Return True when the parts make a real calendar date (a month's, when no day is given)."""
    try:
        dt.date(year, month, 1 if day is None else day)
    except ValueError:
        return False
    return True
