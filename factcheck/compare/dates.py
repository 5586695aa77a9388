"""Compare event dates: partial dates agree when the finer falls inside the coarser.

Dates of one kind of event far apart (``date_max_gap_days``) are two events, never a
disagreement: a story on a verdict also dates the defendant's earlier conviction. Dates of
an event a story holds many of (``Event.needs_context``: announcements) are one event's only
when the words around them share one (``context``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from itertools import combinations

from factcheck.compare.context import sharing_context
from factcheck.compare.members import Member, Verdict
from factcheck.compare.typed import NearestOnly, Relate, judge, kept
from factcheck.models import PartialDate
from factcheck.ruleset import RuleSet

KIND = "date"
SPLIT_BY_ENTITIES = True  # the engine judges the dates of one event per thing dated (see ``parts``)


def compare(members: list[Member], rules: RuleSet) -> Iterator[Verdict]:
    """Judge the dates given for one kind of event about one thing."""
    event = members[0].claim.subject
    subject = _subject(event, members)
    noun = f"the date of the {event}" + (f" ({subject})" if subject != event else "")
    relate: Relate = partial(_relate, max_gap_days=rules.compare.date_max_gap_days)
    if event in rules.context_events:
        in_context = sharing_context(members, rules.context_ignored | rules.context_events[event],
                                     rules.context_translations)
        one_source = _stated_by_one_source(members)
        relate = kept(relate, lambda first, second: one_source(first, second) or in_context(first, second))
    nearest = NearestOnly(relate, members, _middle_day, _days_apart)
    # A month beside its day in one article is that day said loosely ("adoptée en décembre", "le 19
    # décembre"); a figure's bound beside a figure ("more than 40%", "65%") is as often another fact.
    yield from judge(members, nearest.relate, noun, subject, f"{event} date", nearest.no_clash, said_loosely=True)


def _stated_by_one_source(members: list[Member]) -> Callable[[Member, Member], bool]:
    """Return the test of whether one source states both claims' values. Such dates are related whatever
    their words: a heading's "Une suspension annoncée dès avril" beside "Dès le mardi 12 avril, le
    ministère avait annoncé" is that day said loosely (``judge``'s ``said_loosely``), so that the day
    still disputes another article's 13th. Two values of one source never clash with each other."""
    sources: dict[str, set[int]] = {}
    for member in members:
        sources.setdefault(member.claim.value, set()).add(member.source)
    return lambda first, second: not sources[first.claim.value].isdisjoint(sources[second.claim.value])


def _relate(firsts: list[Member], max_gap_days: int) -> Iterator[tuple[int, int, bool]]:
    """Yield the pairs of dates that can be one event's, with whether they can be the same day."""
    dates = [member.claim.date for member in firsts]
    for a, b in combinations(range(len(firsts)), 2):
        first, second = dates[a], dates[b]
        assert first is not None and second is not None
        if first.compatible(second):
            yield a, b, True
        elif _one_event(first, second, max_gap_days):
            yield a, b, False


def _one_event(first: PartialDate, second: PartialDate, max_gap_days: int) -> bool:
    """Return True when two dates that cannot be the same day are close enough to be one event's: no more
    than ``max_gap_days`` apart ("2025-09-24" and "2025-09-25", "2015" and "2016"), or the same day and
    month written in two years ("21 July 2024" for "21 July 2025"), or the same month, without its day,
    written in two years running ("May 1991" for "May 1992"): a year mistyped. A month of years further
    apart dates two events of a kind that recurs (two elections of May)."""
    earlier, later = sorted((first, second), key=PartialDate.first_day)
    same_day = first.day is not None and (first.month, first.day) == (second.month, second.day)
    next_years_month = (first.day is None and second.day is None and first.month is not None
                        and first.end is None and second.end is None and first.month == second.month
                        and abs(first.year - second.year) == 1)
    return (later.first_day() - earlier.last_day()).days <= max_gap_days or same_day or next_years_month


def _middle_day(member: Member) -> float:
    """Return the middle of the days a date covers, as a day number: "2024-01" is 16 January 2024."""
    date = member.claim.date
    assert date is not None
    return (date.first_day().toordinal() + date.last_day().toordinal()) / 2


def _days_apart(one: float, other: float) -> float:
    """Return how many days apart two middle days are."""
    return abs(one - other)


def _subject(event: str, part: list[Member]) -> str:
    """Name what was dated by the entities the sentences share most."""
    counts: dict[str, int] = {}
    for member in part:
        for entity in member.claim.entities:
            counts[entity] = counts.get(entity, 0) + 1
    top = sorted(counts, key=lambda entity: -counts[entity])[:2]
    return " & ".join(top) if top else event
