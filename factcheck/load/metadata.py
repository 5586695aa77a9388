"""Infer an article's title, outlet, published date and language from its own text.

Front matter always wins. Otherwise: the title is the first substantial line that is
not boilerplate; the published date comes from a "Published:" line or a dateline near
the top ("London, July 20, 2025 — Desk", "dimanche 19 avril 2026 à 12:32"); the
outlet from a "Source:" line, a byline or the desk named after a dateline.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, filterfalse, islice

from factcheck.load.boilerplate import BoilerplateMarks, Line
from factcheck.models import PartialDate
from factcheck.resolve.dates import DateFinder
from factcheck.ruleset.safe_regex import RegexGuard, UserPattern
from factcheck.ruleset.schema import CalendarLanguage, MetadataRules

TITLE_MAX_CHARS = 200
DATELINE_MAX_WORDS = 7
# The first lines of the text, where a wire dateline names the outlet inside a sentence.
OPENING_LINES = 3
# What is left around a date taken out of an outlet's name ("Reuters, 30 October 2025").
OUTLET_TRIM = " ,;:|·•—–-"
# A date in front matter or on a "Published:" line as ISO writes it, a time after it allowed.
ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?")
# A word for guessing the language: letters, with an elided article or a contraction ("l'état", "it's").
LANGUAGE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True, slots=True)
class InferredMetadata:
    """What the text says about itself; the dateline's range is skipped like boilerplate."""

    title: str
    outlet: str | None
    published: PartialDate | None
    language: str | None
    dateline: tuple[int, int] | None
    problems: tuple[str, ...] = ()  # what the article's metadata says that cannot be right
    # The month and day of an undated article's wire dateline that gives no year ("SEATTLE, Aug 14 (Reuters)").
    day_without_year: tuple[int, int] | None = None


class MetadataReader:
    """Compiled metadata patterns."""

    def __init__(self, rules: MetadataRules, dates: DateFinder,
                 calendar: dict[str, CalendarLanguage], guard: RegexGuard) -> None:
        self.rules = rules
        self.dates = dates
        self.guard = guard
        self.outlet = [UserPattern.build(f"metadata.outlet_patterns.{index}", pattern, ignore_case=True)
                       for index, pattern in enumerate(rules.outlet_patterns)]
        self.opening_outlet = [UserPattern.build(f"metadata.opening_outlet_patterns.{index}", pattern)
                               for index, pattern in enumerate(rules.opening_outlet_patterns)]
        self.published = [UserPattern.build(f"metadata.published_patterns.{index}", pattern, ignore_case=True)
                          for index, pattern in enumerate(rules.published_patterns)]
        self.function_words = {code: frozenset(language.function_words) for code, language in calendar.items()}
        self.any_function_word = frozenset().union(*self.function_words.values())
        # Words that may stand beside a date on a byline ("le 19 avril", "on 30 October") and name no outlet.
        self.beside_dates = self.any_function_word.union(
            *(language.weekday_prefixes for language in calendar.values()))

    def infer(self, text: str, meta: dict[str, str], marks: BoilerplateMarks) -> InferredMetadata:
        """Combine front matter with what the text's own lines say."""
        # The lines are read only as far as needed: a dateline is near the top, and the
        # title is the first long line (often given by the front matter anyway).
        lines = _live_lines(marks)
        top = list(islice(lines, self.rules.dateline_max_line))
        dateline = self._dateline(top)
        given = meta.get("published") or meta.get("date") or ""
        published = self._parse_date(given)
        iso = _iso_parts(given)
        problems = ((f"published date '{given.strip()}' is not a day of the calendar; the article is read as undated",)
                    if iso and not _on_calendar(*iso) else ())
        if published is None:
            published = self._labelled_date(marks.metadata_lines)
        if published is None and dateline is not None:
            published = dateline[1]
        if published is None:  # a byline or date line of the page's own ("By Staff Reporter, 30 October 2025")
            dated = self._dateline(list(marks.metadata_lines))
            published = dated[1] if dated else None
        day_without_year = None
        if published is None:  # a wire dateline opening the story ("MADRID, 3 juin 2024 (Sport Dépêche) - ...")
            openings = list(self._opening_datelines(top[:OPENING_LINES]))
            published = self._opening_date(openings)
            day_without_year = self._opening_day_without_year(openings) if published is None else None
        outlet = (meta.get("outlet") or meta.get("source")
                  or self._outlet(self.outlet, [*marks.metadata_lines, *([dateline[0]] if dateline else [])])
                  or self._outlet(self.opening_outlet, top[:OPENING_LINES]))
        title = meta.get("title") or self._title(chain(top, lines), dateline[0] if dateline else None)
        language = _language_code(meta.get("language") or "") or self._language(text)
        return InferredMetadata(title=title, outlet=outlet, published=published, language=language,
                                dateline=(dateline[0].start, dateline[0].end) if dateline else None,
                                problems=problems, day_without_year=day_without_year)

    def _title(self, lines: Iterable[Line], dateline: Line | None) -> str:
        """Return the first line long enough to be a headline, minus markdown heading marks; else the first line."""
        first: Line | None = None
        for line in lines:
            if first is None:
                first = line
            if line is dateline:
                continue
            candidate = re.sub(r"^#+\s*", "", line.text.strip())
            if len(candidate.split()) >= self.rules.title_min_words:
                if len(candidate) > TITLE_MAX_CHARS:
                    first_sentence = re.match(r"(.{20,}?[.!?])\s", candidate)
                    candidate = first_sentence.group(1) if first_sentence else candidate
                return candidate[:TITLE_MAX_CHARS]
        return first.text.strip()[:TITLE_MAX_CHARS] if first else ""

    def _dateline(self, lines: list[Line]) -> tuple[Line, PartialDate] | None:
        """Return a line near the top that is mostly a date ("London, July 20, 2025 — Desk").

        A sentence that merely contains a date ("The deal was signed on 21 July 2025.")
        is a claim, not a dateline: it ends with a full stop or has too many words.
        """
        for line in lines[: self.rules.dateline_max_line]:
            text = line.text.strip()
            if len(text) > self.rules.dateline_max_chars or text.endswith("."):
                continue
            for match in self.dates.find(line.text):
                rest = line.text[: match.start] + " " + line.text[match.end:]
                if match.date.month is not None and len(re.findall(r"[^\W\d_]+", rest)) <= DATELINE_MAX_WORDS:
                    return line, match.date
        return None

    def _opening_date(self, datelines: list[str]) -> PartialDate | None:
        """Return the date, with its year, of the first wire dateline that gives one, where the story itself
        goes on ("MADRID, 3 juin 2024 (Sport Dépêche) - Le Real ...")."""
        for dateline in datelines:
            for found in self.dates.find(dateline):
                if found.date.month is not None:
                    return found.date
        return None

    def _opening_day_without_year(self, datelines: list[str]) -> tuple[int, int] | None:
        """Return the month and day of the first wire dateline that gives no year ("SEATTLE, Aug 14 (Reuters) - ...")."""
        for dateline in datelines:
            day = self.dates.day_without_year(dateline)
            if day is not None:
                return day
        return None

    def _opening_datelines(self, lines: list[Line]) -> Iterator[str]:
        """Yield the wire datelines that open lines, each up to its outlet: only the dateline is
        read (what ``opening_outlet_patterns`` match), as a date later in the line is a claim of the story's."""
        for line in lines:
            for pattern in self.opening_outlet:
                match = self.guard.search(pattern, line.text)
                if match is not None:
                    yield line.text[:match.end()]

    def _labelled_date(self, metadata_lines: tuple[Line, ...]) -> PartialDate | None:
        """Return the date on a "Published: ..." line."""
        for line in metadata_lines:
            for pattern in self.published:
                match = self.guard.search(pattern, line.text.strip())
                if match:
                    parsed = self._parse_date(match.group("value"))
                    if parsed:
                        return parsed
        return None

    def _outlet(self, patterns: list[UserPattern], lines: list[Line]) -> str | None:
        """Return the outlet the patterns find on the lines: a source line, byline or after a dateline.

        A byline often ends with the date rather than the outlet ("By Staff Reporter,
        30 October 2025", "By Jane Doe, Reuters, 30 October 2025"): a date is left out
        of the value, and a value that is only a date names no outlet.
        """
        for pattern in patterns:
            for line in lines:
                match = self.guard.search(pattern, line.text.strip())
                outlet = self._without_dates(match.group("value")) if match else ""
                if outlet:
                    return outlet
        return None

    def _without_dates(self, value: str) -> str:
        """Return the value with the dates of a month or a day in it taken out, with the punctuation and
        function words left around them ("le 19 avril 2026", "on 30 October"): '' when nothing else is left."""
        for match in reversed(self.dates.find(value)):
            if match.date.month is not None:
                value = value[:match.start] + " " + value[match.end:]
        outlet = " ".join(value.split()).strip(OUTLET_TRIM)
        words = LANGUAGE_WORD.findall(outlet.casefold())
        return outlet if any(word not in self.beside_dates for word in words) else ""

    def _parse_date(self, text: str) -> PartialDate | None:
        """Read a date written in front matter or on a metadata line."""
        iso = _iso_parts(text)
        if iso:
            year, month, day = iso
            return PartialDate(year=year, month=month, day=day) if _on_calendar(year, month, day) else None
        matches = self.dates.find(text.strip())
        return matches[0].date if matches else None

    def _language(self, text: str) -> str | None:
        """Guess the language from function words in the first few thousand characters."""
        counts = _word_counts(text[:5000].lower(), self.any_function_word)
        scores = {code: sum(counts[word] for word in vocabulary) for code, vocabulary in self.function_words.items()}
        best = max(scores, key=lambda code: scores[code], default=None)
        return best if best and scores[best] >= 3 else None


def _language_code(tag: str) -> str:
    """Return the language of a language tag, as the rules' languages are named: "fr-FR", "en_GB": "fr", "en"."""
    return re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0]


def _iso_parts(text: str) -> tuple[int, int | None, int | None] | None:
    """Return the year, month and day of a date written as ISO ("2025", "2025-07", "2025-07-21T10:00"), else None."""
    iso = ISO_DATE.fullmatch(text.strip())
    if iso is None:
        return None
    year, month, day = iso.groups()
    return int(year), int(month) if month else None, int(day) if day else None


def _on_calendar(year: int, month: int | None, day: int | None) -> bool:
    """Return True when the parts name a day, month or year of the calendar (not "2025-02-30", "2025-13", "0000")."""
    try:
        dt.date(year, 1 if month is None else month, 1 if day is None else day)
    except ValueError:
        return False
    return True


def _live_lines(marks: BoilerplateMarks) -> Iterator[Line]:
    """Yield the document's lines that hold text and no boilerplate rule dropped."""
    return (line for line in marks.lines if line.text.strip() and not _inside(line, marks.dropped))


def _inside(line: Line, ranges: tuple[tuple[int, int], ...]) -> bool:
    """Return True when the line lies within one of the ranges."""
    return any(start <= line.start and line.end <= end for start, end in ranges)


def _word_counts(text: str, wanted: frozenset[str]) -> Counter[str]:
    """Count the ``wanted`` words among those LANGUAGE_WORD finds in the text, most of them without running it.

    No word spans whitespace, so a whitespace-separated piece that is all letters is one
    word as it stands; only the other pieces (with punctuation, a digit or an apostrophe)
    are searched, joined into one text: about half the time of the regex over it all.
    """
    pieces = text.split()
    counts = Counter(piece for piece in filter(wanted.__contains__, pieces) if piece.isalpha())
    counts.update(filter(wanted.__contains__, LANGUAGE_WORD.findall(" ".join(filterfalse(str.isalpha, pieces)))))
    return counts
