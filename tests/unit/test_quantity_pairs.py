"""Which figures of one key meet: sorting by size must find exactly the pairs testing every pair would."""

from __future__ import annotations

import math
from functools import partial
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.compare.groups import UnionFind
from factcheck.compare.members import Member
from factcheck.compare.quantities import _misprinted, _relate
from factcheck.compare.typed import judge
from factcheck.models import UNNAMED_SOURCES, ExtractedClaim, Interval

MAX_RATIO = 3.0
TOLERANCE = 0.05
SPEAKERS = [None, UNNAMED_SOURCES, "Microsoft", "the ministry"]
BOUNDS = st.one_of(st.sampled_from([0.0, 1.0, 2.0, 3.0, 9.0, 27.0, math.inf, -math.inf]),
                   st.floats(min_value=-1e6, max_value=1e6, allow_nan=False))


@st.composite
def figures(draw: st.DrawFn) -> list[Member]:
    members = []
    for order in range(draw(st.integers(min_value=0, max_value=12))):
        low, high = sorted([draw(BOUNDS), draw(BOUNDS)])
        interval = Interval(low=low, high=high, rounding=draw(st.sampled_from([0.0, 0.5, 50.0])))
        claim = ExtractedClaim(kind="quantity", subject="", attribute="employees", value=f"v{order}", text="",
                               quote="", line=1, rule="X301", start=0, end=0, key="quantity:employees",
                               interval=interval, attribution=draw(st.sampled_from(SPEAKERS)))
        members.append(Member(order, f"c{order}", f"a{order}", f"{order}.txt", order, None, claim))
    return members


def every_pair(members: list[Member]) -> set[tuple[int, int, bool]]:
    """The definition: figures close in size, both a named source's, or one's digits transposed in the other
    ("18" and "81": ``_misprinted``) can be one fact; they agree when they overlap."""
    def size(member: Member) -> float:
        bounds = [abs(v) for v in (member.claim.interval.low, member.claim.interval.high) if math.isfinite(v)]
        return sum(bounds) / len(bounds) if bounds else 0.0

    pairs = set()
    for a, b in combinations(range(len(members)), 2):
        first, second = members[a].claim, members[b].claim
        said = first.attribution and first.attribution == second.attribution and first.attribution != UNNAMED_SOURCES
        small, large = sorted([size(members[a]), size(members[b])])
        close = small == large if small == 0 or large == 0 else large / small <= MAX_RATIO
        if said or close or _misprinted(small, large):
            values = [abs(v) for v in (first.interval.low, first.interval.high, second.interval.low,
                                       second.interval.high) if math.isfinite(v)]
            slack = TOLERANCE * max(values, default=0.0)
            pairs.add((a, b, first.interval.overlaps(second.interval, slack)))
    return pairs


def components(size: int, pairs: set[tuple[int, int, bool]]) -> set[frozenset[int]]:
    """Group positions joined by the pairs (fitting or not)."""
    groups = UnionFind(size)
    for a, b, _ in pairs:
        groups.join(a, b)
    return {frozenset(positions) for positions in groups.groups().values()}


@settings(max_examples=300, deadline=None)
@given(figures())
def test_sorting_by_size_meets_exactly_the_pairs_every_pair_testing_would(members: list[Member]) -> None:
    found = list(_relate(members, tolerance=TOLERANCE, max_ratio=MAX_RATIO))
    assert len(found) == len(set(found))
    expected = every_pair(members)
    if all(fits for _, _, fits in expected):
        # No pair can clash: the pairs found may be fewer, but all agree and join the same groups.
        assert set(found) <= expected
        assert components(len(members), set(found)) == components(len(members), expected)
    else:
        assert set(found) == expected


@settings(max_examples=300, deadline=None)
@given(figures())
def test_verdicts_are_those_of_testing_every_pair(members: list[Member]) -> None:
    def every(firsts: list[Member]) -> list[tuple[int, int, bool]]:
        return sorted(every_pair(firsts))

    def judged(relate) -> list[tuple[str, tuple[str, ...], str]]:  # noqa: ANN001
        return [(verdict.finding, verdict.values, verdict.message)
                for verdict in judge(members, relate, "the number of employees", "", "employees")]

    assert judged(partial(_relate, tolerance=TOLERANCE, max_ratio=MAX_RATIO)) == judged(every)


def test_open_ended_figures_are_joined_by_each_and_the_next_larger_one() -> None:
    members = [figure(order, value) for order, value in enumerate([5.0, 3.0, 4.0, 100.0])]
    members = [member._replace(claim=member.claim._replace(interval=Interval(low=low, high=math.inf)))
               for member, low in zip(members, [5.0, 3.0, 4.0, 100.0])]
    # "more than 5", "more than 3", "more than 4" all agree; "more than 100" is another fact.
    assert sorted(_relate(members, tolerance=0.0, max_ratio=MAX_RATIO)) == [(0, 2, True), (1, 2, True)]
def figure(order: int, value: float, said_by: str | None = None) -> Member:
    claim = ExtractedClaim(kind="quantity", subject="", attribute="users", value=str(value), text="", quote="",
                           line=1, rule="X301", start=0, end=0, key="quantity:users",
                           interval=Interval(low=value, high=value), attribution=said_by)
    return Member(order, f"c{order}", f"a{order}", f"{order}.txt", order, None, claim)


def test_figures_far_apart_meet_only_in_one_named_sources_mouth() -> None:
    members = [figure(0, 8.5e6, "Microsoft"), figure(1, 85e6, "Microsoft"), figure(2, 85e6),
               figure(3, 9e6, UNNAMED_SOURCES), figure(4, 90e6, UNNAMED_SOURCES)]
    assert sorted(_relate(members, tolerance=0.0, max_ratio=MAX_RATIO)) == [
        (0, 1, False), (0, 3, False), (1, 2, True), (1, 4, False), (2, 4, False)]
