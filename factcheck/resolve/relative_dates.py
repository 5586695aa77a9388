"""Resolve dates written relative to the article: "yesterday", "on Monday", "last week", "in April".

Each resolves against the published date, to the granularity the words give: a day,
a week (a span of seven days), a month or a year. A weekday with no "last" or
"next" is the most recent one, the published day included, unless the sentence
speaks of the future ("will meet on Thursday"): then it is the coming one. A month
with no year is the most recent one ("in April", written in October, is the April
just gone), or the coming one in a sentence about the future.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterator

from dateutil.relativedelta import relativedelta, weekday

from factcheck.models import PartialDate
from factcheck.resolve.alternation import alternation, lookup, phrase_key
from factcheck.resolve.gate import WordGate, passes
from factcheck.ruleset.schema import CalendarLanguage

# A day written without its year may lie this many days after the published date, in the next
# year, and still be the coming one ("on 10 January" in an article of 20 December): a report
# names a day a month ahead without its year, and hardly one eleven months back.
GRACE_DAYS = 31
# Within the published date's year, a day written without its year may lie this far ahead and be
# that year's: a report writes the year of a day in another year, not of one in its own ("the
# elections of June 12 and 19" in an article of 25 April). Further ahead, the day is last year's
# ("on December 14" in an article of February).
THIS_YEAR_AHEAD_DAYS = 182
# The same for a month written without its day, in whole months: five.
THIS_YEAR_AHEAD_MONTHS = THIS_YEAR_AHEAD_DAYS // 31
FUTURE_BEFORE_REACH = 12  # characters before a day without its year looked through for a word setting it ahead
CLAUSE_MARKS = (",", ";", ":", "(", "—", "–")
OPENING_QUOTES = "«“"
CLOSING_QUOTES = "»”"
QUOTE_MARK = re.compile(r'["«»“”]')


class RelativeDates:
    """One pattern for every relative date the calendar rules name."""

    def __init__(self, calendar: dict[str, CalendarLanguage], months: dict[str, int],
                 weekdays: dict[str, int], relative_pronouns: tuple[str, ...] = ()) -> None:
        self.months = months
        self.set_off = (re.compile(rf"\s*(?:{alternation(word.lower() for word in relative_pronouns)})(?![\w-])",
                                   re.IGNORECASE) if relative_pronouns else None)
        self.weekdays = weekdays
        self.days: dict[str, int] = {}
        self.periods: dict[str, tuple[str, int]] = {}
        words: dict[str, set[str]] = {"last": set(), "next": set(), "prefix": set(), "future": set(), "prep": set(),
                                      "endings": set(), "part": set(), "night": set(), "night_joiner": set(),
                                      "before": set()}
        full_weekdays: set[str] = set()
        # The languages each month name and each word before one belongs to: "past Mars" joins an
        # English word to a French month, and names the planet, not March.
        self.languages_of: dict[str, set[str]] = {}
        for code, language in calendar.items():
            for word in (*(name for names in language.months for name in names), *language.last, *language.next,
                         *language.prepositions):
                self.languages_of.setdefault(word.lower(), set()).add(code)
            for offset, names in ((0, language.today), (-1, language.yesterday), (1, language.tomorrow)):
                self.days.update({phrase_key(name): offset for name in names})
            for period in language.periods:
                self.periods.update({phrase_key(phrase): (period.unit, period.offset) for phrase in period.phrases})
            full_weekdays.update(names[0].lower() for names in language.weekdays)
            for key, values in (("last", language.last), ("next", language.next), ("prefix", language.weekday_prefixes),
                                ("future", language.future), ("prep", language.prepositions),
                                ("endings", language.future_endings), ("part", language.month_parts),
                                ("night", language.nights), ("night_joiner", language.night_joiners),
                                ("before", language.future_before)):
                words[key].update(value.lower() for value in values)
        self.last, self.next = words["last"], words["next"]
        turn = alternation(self.last | self.next)
        full_months = {name for name, number in months.items() if len(name) > 3}
        self.pattern = re.compile(
            rf"(?<![\w'’-])(?:(?P<period>{alternation(self.periods)})|(?P<day>{alternation(self.days)})"
            rf"|(?:{alternation(words['night'])})\s+(?P<night_from>{alternation(weekdays)})"
            rf"\s+(?:{alternation(words['night_joiner'])})\s+(?P<night_to>{alternation(weekdays)})"
            rf"|(?:(?P<wturn>{turn})\s+|(?:{alternation(words['prefix'])})\s+)(?P<wd1>{alternation(weekdays)})"
            rf"(?:\s+(?P<wafter1>{turn}))?"
            rf"|(?P<wd2>{alternation(full_weekdays)})(?:\s+(?P<wafter2>{turn}))?"
            rf"|(?:(?P<mturn>{turn})|(?P<mprep>{alternation(words['prep'])}))\s+(?P<month>{alternation(full_months)})"
            rf"(?:\s+(?P<mafter>{turn}))?(?!\s*[\d'’])"
            rf"|(?:{alternation(words['part']) or '(?!)'})(?:(?<=-)|\s+)(?P<pmonth>{alternation(full_months)})"
            rf"(?!\s*[\d'’])"
            rf")(?![\w-])",
            re.IGNORECASE,
        )
        period_words = {word for phrase in self.periods for word in phrase.replace("'", " ").split() if len(word) > 3}
        self.gate = WordGate([*weekdays, *full_months, *self.days, *period_words])
        future = [rf"(?i:{alternation(words['future'])})"] if words["future"] else []
        if words["endings"]:  # matched as written: a capitalised word ("Sierra", "Cassandra") is a name
            future.append(rf"[a-zà-ÿ]+(?:{alternation(words['endings'])})")
        self.future = re.compile(rf"(?<![\w-])(?:{'|'.join(future) or '(?!)'})(?![\w-])")
        # A weekday's prefix may stand between, as a day's article: "pour le 5 mars", "for this Thursday".
        self.future_before = (re.compile(rf"(?<![\w-])(?:{alternation(words['before'])})\s+"
                                         rf"(?:(?:{alternation(words['prefix'])})\s+)?$", re.IGNORECASE)
                              if words["before"] else None)

    def speaks_of_future(self, text: str, position: int) -> bool:
        """Return True when a future word comes before ``position`` in its clause ("will join Sunak on Thursday").

        Only the clause counts: in "Harris, who arrived on Thursday, said Washington
        intends to ...", the future is not the arrival's. A relative clause set off just before
        the date's is passed over, to the clause it sits in: "He was due to meet Lasconi, who
        took 19%, in Sunday's run-off".
        """
        clause_start = _clause_start(text, position)
        while clause_start > 1 and self.set_off is not None:
            before = _clause_start(text, clause_start - 1)
            if not (before > 1 and self.set_off.match(text, before)):
                break
            clause_start = _clause_start(text, before - 1)
        return bool(self.future.search(text, clause_start, position))

    def find(self, text: str, published: PartialDate,
             looks: Collection[object] | None = None) -> Iterator[tuple[int, int, PartialDate]]:
        """Yield (start, end, date) for each relative date the published date resolves.

        ``looks`` are the first looks the text passed, when they were taken already (see ``FirstLooks``).
        """
        if not passes(self.gate, text, looks):
            return
        for match in self.pattern.finditer(text):
            if match.group("day") and in_direct_speech(text, match.start()):
                continue
            try:
                ahead = bool(match.group("wd1") or match.group("wd2")) and self.set_ahead(text, match.start())
                date = self._resolve(match, published, self.speaks_of_future(text, match.start()) or ahead)
            except (ValueError, OverflowError):  # "next year" in an article dated in 9999: off the calendar
                continue
            if date is not None:
                yield match.start(), match.end(), date

    def set_ahead(self, text: str, start: int) -> bool:
        """Return True when a day named without its year (a weekday, a month's day) follows a word that sets it
        ahead: "a day of mourning for Thursday", "called early elections for March 5", "pour le 5 mars"."""
        if self.future_before is None:
            return False
        return self.future_before.search(text, max(0, start - FUTURE_BEFORE_REACH), start) is not None

    def _resolve(self, match: re.Match[str], published: PartialDate, future: bool) -> PartialDate | None:
        """Resolve one match, or return None when the published date is too coarse for it."""
        groups = match.groupdict()
        if groups["period"]:
            period = lookup(self.periods, groups["period"])
            return None if period is None else _period(*period, published)
        if published.month is None:
            return None
        if groups["month"]:
            if not self._one_language(groups["month"], groups["mturn"] or groups["mprep"], groups["mafter"]):
                return None
            return self._month(groups["month"], groups["mturn"] or groups["mafter"], published, future)
        if groups["pmonth"]:
            return self._month(groups["pmonth"], None, published, future)
        if published.day is None:
            return None
        anchor = dt.date(published.year, published.month, published.day)
        if groups["day"]:
            offset = lookup(self.days, groups["day"])
            return None if offset is None else _day(anchor + dt.timedelta(days=offset))
        if groups["night_from"]:
            return self._night(groups["night_from"], groups["night_to"], anchor, future)
        turn = (groups["wturn"] or groups["wafter1"] or groups["wafter2"] or "").lower()
        target = lookup(self.weekdays, groups["wd1"] or groups["wd2"])
        if target is None:
            return None
        if turn in self.last:
            day = anchor + relativedelta(days=-1, weekday=weekday(target)(-1))
        elif turn in self.next:
            day = anchor + relativedelta(days=1, weekday=weekday(target)(+1))
        else:
            # "on Monday" in a news report is the most recent Monday, the day itself included;
            # in a sentence about the future it is the coming one.
            day = anchor + relativedelta(weekday=weekday(target)(+1 if future else -1))
        return _day(day)

    def _night(self, first: str, second: str, anchor: dt.date, future: bool) -> PartialDate | None:
        """Resolve "la nuit de lundi à mardi" to the span of its two days. A past night ends on the most
        recent such last day (the report's day included: "la nuit de dimanche à lundi" in Monday's
        paper); a night in a sentence about the future starts on the coming first day. A report may
        date what happened that night by either day."""
        start, end = lookup(self.weekdays, first), lookup(self.weekdays, second)
        if start is None or end is None or start == end:
            return None
        length = dt.timedelta(days=(end - start) % 7)
        if future:
            day = anchor + relativedelta(weekday=weekday(start)(+1))
        else:
            day = anchor + relativedelta(weekday=weekday(end)(-1)) - length
        return PartialDate(year=day.year, month=day.month, day=day.day, end=_day(day + length))

    def _one_language(self, month: str, *words: str | None) -> bool:
        """Return True when the month's name and each word around it are of one language at least."""
        languages = self.languages_of.get(phrase_key(month), set())
        return all(word is None or not languages.isdisjoint(self.languages_of.get(phrase_key(word), ()))
                   for word in words)

    def _month(self, name: str, turn: str | None, published: PartialDate, future: bool) -> PartialDate | None:
        """Resolve "in April", "last October" or "next March" to a month."""
        month = lookup(self.months, name)
        if month is None:
            return None
        assert published.month is not None
        turn = (turn or "").lower()
        if turn in self.last:
            year = published.year if month < published.month else published.year - 1
        elif turn in self.next:
            year = published.year if month > published.month else published.year + 1
        else:
            year = nearest_year(month, None, dt.date(published.year, published.month, 1), future)
        return PartialDate(year=year, month=month)


def _clause_start(text: str, position: int) -> int:
    """Return where the clause holding ``position`` starts: just after the last clause mark before it."""
    return max(text.rfind(mark, 0, position) for mark in CLAUSE_MARKS) + 1


def in_direct_speech(text: str, position: int) -> bool:
    """Return True when the position lies inside quoted words: the nearest quotation mark before
    it opens a quote, or the nearest after it closes one; a straight double quote counts by
    parity.

    "Today", "hier" and "tomorrow" in direct speech are the speaker's days, and a report
    often quotes a press conference a day or more before it went out: « Aujourd'hui,
    l'Amérique retourne vers la Lune », in a report of the next day, dates nothing.
    """
    before = QUOTE_MARK.findall(text, 0, position)
    if before and (before[-1] in OPENING_QUOTES or before[-1] == '"' and before.count('"') % 2):
        return True
    after = QUOTE_MARK.search(text, position)
    return after is not None and after.group() in CLOSING_QUOTES


def nearest_year(month: int, day: int | None, anchor: dt.date, future: bool = False) -> int:
    """Return the year of a month (and day) written without one, as news reports mean it.

    It is the anchor's year's, up to ``THIS_YEAR_AHEAD_DAYS`` after the anchor ("signed on
    2 November" in an article of 6 November, "sworn in on December 10" in one of 21
    November, "the elections of June 12" in one of 25 April); the next year's up to
    ``GRACE_DAYS`` after it ("on 10 January" in one of 20 December); otherwise last
    year's; a month without its day likewise, up to ``THIS_YEAR_AHEAD_MONTHS`` ahead ("début
    décembre" in an article of November). In a sentence about the future it is the coming one.
    """
    if day is None:
        if future:
            return anchor.year if month >= anchor.month else anchor.year + 1
        return anchor.year if month - anchor.month <= THIS_YEAR_AHEAD_MONTHS else anchor.year - 1
    written = (month, day)
    if future:
        return anchor.year if written >= (anchor.month, anchor.day) else anchor.year + 1
    grace = anchor + dt.timedelta(days=GRACE_DAYS)
    if grace.year > anchor.year and written <= (grace.month, grace.day):
        return grace.year  # "on 10 January" in an article of 20 December
    ahead = anchor + dt.timedelta(days=THIS_YEAR_AHEAD_DAYS)
    limit = (ahead.month, ahead.day) if ahead.year == anchor.year else (12, 31)
    return anchor.year if written <= limit else anchor.year - 1


def _period(unit: str, offset: int, published: PartialDate) -> PartialDate | None:
    """Return the week, month or year ``offset`` units from the published date."""
    if unit == "year":
        return PartialDate(year=published.year + offset)
    if published.month is None:
        return None
    if unit == "month":
        first = dt.date(published.year, published.month, 1) + relativedelta(months=offset)
        return PartialDate(year=first.year, month=first.month)
    if published.day is None:
        return None
    monday = dt.date(published.year, published.month, published.day) + relativedelta(weekday=weekday(0)(-1),
                                                                                      weeks=offset)
    return _day(monday).model_copy(update={"end": _day(monday + dt.timedelta(days=6))})


def _day(day: dt.date) -> PartialDate:
    """Return a day as a PartialDate."""
    return PartialDate(year=day.year, month=day.month, day=day.day)
