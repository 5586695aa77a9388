"""Date undated wire copy by the run's other articles: the year its dateline leaves out.

Wire copy names its day but seldom its year ("SEATTLE, Aug 14 (Reuters) - ..."), and
pasted into a text file it has no other date: every weekday and every date without a
year in it ("on Wednesday", "Sept. 3") is then left out, for want of a year to read it
in. Articles checked together are most often about one story, written within days of
one another, so the run's dated articles tell the year: the one year that puts the
dateline within ``DATELINE_REACH_DAYS`` of a dated article's own day. When no year does,
or two do (an archive spanning years), the article stays undated: a wrong year would set
every one of its dates against the other articles'.

This runs between two map passes (``api``): the articles it dates are extracted again
with that date (``Pipeline.extract_file``), so extraction stays a pure function of a
file, the rules and the date given.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Sequence

from factcheck.models import PartialDate, split_record
from factcheck.results import ArticleResult

DATELINE_REACH_DAYS = 31


def dateline_years(results: Sequence[ArticleResult]) -> dict[str, PartialDate]:
    """Return the date to give each article file whose only date is a wire dateline without a year,
    by path, where the run's dated articles tell its year (an archive's records are dated by their own fields)."""
    undated = [(result.path, result.day_without_year) for result in results
               if result.day_without_year is not None and not split_record(result.path)[1]]
    if not undated:
        return {}
    days = sorted({result.published.first_day() for result in results
                   if result.published is not None and result.published.day is not None
                   and result.published.end is None})
    years = {day.year + step for day in days for step in (-1, 0, 1)}
    found: dict[str, PartialDate] = {}
    for path, (month, day) in undated:
        fitting = [year for year in sorted(years) if _within_reach(_day(year, month, day), days)]
        if len(fitting) == 1:
            found[path] = PartialDate(year=fitting[0], month=month, day=day)
    return found


def _day(year: int, month: int, day: int) -> dt.date | None:
    """Return the day, or None when that year has none (29 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _within_reach(day: dt.date | None, days: list[dt.date]) -> bool:
    """Return True when some day of the sorted ``days`` lies within ``DATELINE_REACH_DAYS`` of ``day``."""
    if day is None:
        return False
    index = bisect_left(days, day)
    nearest = [days[position] for position in (index - 1, index) if 0 <= position < len(days)]
    return any(abs((other - day).days) <= DATELINE_REACH_DAYS for other in nearest)
