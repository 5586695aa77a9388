"""The comparison shared by dates, quantities and roles: compatible values or not.

Claims of one key (about one thing: see ``parts``) are grouped by value, and compatible
values form one reading of the fact ("2025-10" and "2025-10-14"). Two sources
conflict when each states a value that nothing the other states matches: an article
giving "13,000 employees" for one company and "9,000 staff" for another does not
conflict with one giving "about 13,000", but "$75bn" and "$68.7bn" for one deal do.
A reading stated by two independent sources is an agreement, by one a single-source
claim. The kinds differ only in how values relate (``Relate``): which pairs can be
about one fact at all (a figure and one fifty times larger are two facts, not a
disagreement), which of those are compatible, and how a value reads.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from itertools import combinations

from factcheck.compare.groups import UnionFind
from factcheck.compare.members import (MAX_LISTED, Member, Verdict, cited, first_per_article, labels, listing,
                                       source_note, sources_of)
from factcheck.models import shown_value

Compatible = Callable[[Member, Member], bool]
# Sizes closer than this (by a kind's ``gap``) are one size: "85 square metres (915 sq ft)" states
# one area, not two a figure could be nearer to.
SAME_SIZE = 1e-3
# Given the first claim of each distinct value, yield every pair of values that can be
# about one fact, as (earlier position, later position, whether the two are compatible).
# When no pair can clash, the fitting pairs that join the same groups are enough.
Relate = Callable[[list[Member]], Iterable[tuple[int, int, bool]]]
# For each value, the values that may be one fact with it (``NearestOnly``).
Comparable = dict[str, set[str]]


def pairwise(compatible: Compatible) -> Relate:
    """Relate values by testing every pair: for kinds whose keys hold a handful of values."""

    def relate(firsts: list[Member]) -> Iterator[tuple[int, int, bool]]:
        for a, b in combinations(range(len(firsts)), 2):
            yield a, b, compatible(firsts[a], firsts[b])

    return relate


def kept(relate: Relate, keep: Callable[[Member, Member], bool]) -> Relate:
    """Return ``relate`` giving only the pairs of values ``keep`` holds may be one fact."""
    def related(firsts: list[Member]) -> Iterator[tuple[int, int, bool]]:
        return ((a, b, fits) for a, b, fits in relate(firsts) if keep(firsts[a], firsts[b]))

    return related


class NearestOnly:
    """A clash between two values only when neither value's sources state another value nearer to the first
    (by ``gap`` between ``size``s, which grows with their difference) that may be one fact with it, and no
    third source tells the two apart (``told_apart``).

    A source that gives two values of one key tells two facts apart, and another source's
    value is about one of them, the nearer: "203.8 km" disputes the 230.8 km of stage 3,
    not the 139.6 km of stage 4 that the same article gives; "27 February" disputes
    Hungary's vote on the 26th, not Turkey's in January that the same wire dates too. A
    nearer value that ``relate`` holds can be no fact of the first's is about something
    else: "106 milliards de dollars" of orders still disputes "$119bn" of bids when the
    wire's "$111.1bn" is a net profit, which shares no word with the orders.

    ``relate`` yields the pairs the given one does, and ``no_clash`` says of a pair that does
    not fit whether these words keep it from clashing. ``judge`` asks only of the pairs not
    already inside a disputed group: a key holding hundreds of values (every headcount of an
    archive of unrelated stories) yields tens of thousands of such pairs, and looking for a
    nearer value or a third source for each was most of a large run's comparing.
    """

    def __init__(self, relate: Relate, members: list[Member], size: Callable[[Member], float],
                 gap: Callable[[float, float], float]) -> None:
        self._given = relate
        self._gap = gap
        self._sizes = {member.claim.value: size(member) for member in members}
        self._stated: dict[int, set[str]] = {}
        self._stating: dict[str, set[int]] = {}
        for member in members:
            self._stated.setdefault(member.source, set()).add(member.claim.value)
            self._stating.setdefault(member.claim.value, set()).add(member.source)
        self._beside: dict[str, tuple[list[float], list[str]]] = {}
        # The values of each source that states more than one.
        self._several = {source: values for source, values in self._stated.items() if len(values) > 1}
        self._firsts: list[Member] = []
        self._comparable: Comparable = {}
        self._near_sources: dict[str, set[int]] = {}

    def relate(self, firsts: list[Member]) -> list[tuple[int, int, bool]]:
        """Return the pairs the given ``relate`` yields, noting which values may be one fact with each."""
        pairs = list(self._given(firsts))
        self._firsts, self._comparable, self._near_sources = firsts, _comparable(firsts, pairs), {}
        return pairs

    def no_clash(self, a: int, b: int) -> bool:
        """Return True when a pair of values (positions in the last ``relate``'s firsts) that does not fit is no
        clash: a source of either states a value nearer the other, or a third source tells them apart."""
        first, second = self._firsts[a].claim.value, self._firsts[b].claim.value
        return self._nearer_beside(first, second) or self._nearer_beside(second, first) \
            or self._told_apart(first, second)

    def _values_beside(self, value: str) -> tuple[list[float], list[str]]:
        """The sizes of the other values the sources of ``value`` state, in order, and those values."""
        if value not in self._beside:
            others = {other for source in self._stating[value] for other in self._stated[source]} - {value}
            ordered = sorted(others, key=self._sizes.__getitem__)
            self._beside[value] = ([self._sizes[other] for other in ordered], ordered)
        return self._beside[value]

    def _nearer_beside(self, value: str, other: str) -> bool:
        """Return True when a source of ``other`` states a value nearer to ``value`` than ``other`` is, and one
        that may be one fact with ``value``: of those, the nearest below ``value``'s size and the nearest above.

        A syndicated wire is one source of hundreds of values, so its values are kept in order once, and
        only those nearest ``value`` are looked at, not sorted again for every pair."""
        sizes, gap, comparable = self._sizes, self._gap, self._comparable[value]
        around, names = self._values_beside(other)
        index = bisect.bisect_left(around, sizes[value])
        below = next((around[near] for near in range(index - 1, -1, -1) if names[near] in comparable), None)
        above = next((around[near] for near in range(index, len(around)) if names[near] in comparable), None)
        apart = gap(sizes[value], sizes[other])
        return any(gap(sizes[value], near) < apart and gap(near, sizes[other]) > SAME_SIZE
                   for near in (below, above) if near is not None)

    def _sources_near(self, value: str) -> set[int]:
        """The sources stating more than one value that state one that may be one fact with ``value``: the
        only ones that can tell it apart from another (``_told_apart``)."""
        if value not in self._near_sources:
            self._near_sources[value] = {source for near in self._comparable[value] for source in self._stating[near]
                                         if source in self._several}
        return self._near_sources[value]

    def _told_apart(self, value: str, other: str) -> bool:
        """Return True when a third source states one value near each of the two, each one that may be one
        fact with it, and those two values are further apart than either is from its own: "less than 20
        minutes" and "27 minutes" in one wire tell apart the "une vingtaine de minutes" and "27 minutes"
        of two other articles."""
        sizes, gap, comparable = self._sizes, self._gap, self._comparable
        (one, one_value), (two, two_value) = sorted(((sizes[value], value), (sizes[other], other)))
        apart = gap(one, two)
        for source in self._sources_near(one_value) & self._sources_near(two_value):
            values = self._several[source]
            near_ones, near_twos = values & comparable[one_value], values & comparable[two_value]
            near_one = _nearest(sorted(sizes[near] for near in near_ones), one, gap)
            near_two = _nearest(sorted(sizes[near] for near in near_twos), two, gap)
            reach = max(gap(one, near_one), gap(two, near_two))
            if reach < apart and gap(near_one, near_two) > max(reach, SAME_SIZE):
                return True
        return False


def _comparable(firsts: list[Member], pairs: list[tuple[int, int, bool]]) -> Comparable:
    """Return, for each value, the values that may be one fact with it: itself, and those ``relate`` paired
    with it."""
    comparable: Comparable = {member.claim.value: {member.claim.value} for member in firsts}
    for a, b, _fits in pairs:
        comparable[firsts[a].claim.value].add(firsts[b].claim.value)
        comparable[firsts[b].claim.value].add(firsts[a].claim.value)
    return comparable


def _nearest(sizes: list[float], size: float, gap: Callable[[float, float], float]) -> float:
    """Return the size in ``sizes`` (in order) nearest to ``size`` by ``gap``."""
    index = bisect.bisect_left(sizes, size)
    return min(sizes[max(0, index - 1):index + 1], key=lambda near: gap(size, near))


def judge(members: list[Member], relate: Relate, noun: str, subject: str, attribute: str,
          no_clash: Callable[[int, int], bool] | None = None, said_loosely: bool = False) -> Iterator[Verdict]:
    """Yield a conflict for clashing readings, and an agreement or single-source verdict for the rest.

    Values are linked when they fit or clash, and each linked group is one verdict.
    Values are handled by position, and groups are joined with a union-find: a key can
    hold hundreds of values (every perturbed headcount of a large corpus), and a pair
    inside a group already known to be disputed need not be tested for a clash at all,
    nor by ``no_clash`` (``NearestOnly``), which is asked of the others first.
    Messages show each value as its first claim reads (``models.shown_value``). With
    ``said_loosely``, a source's value that fits its own other value is that value said
    loosely, and makes the source agree with no third (``_clash``).
    """
    sides = _sides(members)
    values = list(sides)
    fitting: list[set[int]] = [{position} for position in range(len(values))]
    unfit: list[tuple[int, int]] = []
    groups = _Groups(len(values))
    for a, b, fits in relate([sides[value][0] for value in values]):
        if fits:
            fitting[a].add(b)
            fitting[b].add(a)
            groups.join(a, b)
        else:
            unfit.append((a, b))
    stating = [{member.source for member in sides[value]} for value in values]
    stated: dict[int, set[int]] = {}
    for position, sources in enumerate(stating):
        for source in sources:
            stated.setdefault(source, set()).add(position)
    for a, b in unfit:
        if not groups.disputed(a, b) and not (no_clash is not None and no_clash(a, b)) \
                and _clash(a, b, stating, stated, fitting, said_loosely):
            groups.dispute(a, b)
    for group, disputed in groups.listed():
        if disputed:
            readings = _readings(group, stating, fitting)
            yield _conflict([[values[position] for position in reading] for reading in readings],
                            sides, noun, subject, attribute)
        else:
            yield _reading([values[position] for position in group], sides, noun, subject, attribute)


class _Groups(UnionFind):
    """Values joined into groups, a group marked disputed once a clash joins or falls inside it."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.clashing: set[int] = set()

    def dispute(self, first: int, second: int) -> None:
        """Join two values that clash and mark their group disputed.

        Every fitting pair is joined before any clash, so a disputed group is only ever
        joined by another clash, which marks the group it joins.
        """
        self.clashing.add(self.join(first, second))

    def disputed(self, first: int, second: int) -> bool:
        """Return True when both values are already in one disputed group (another clash changes nothing)."""
        root = self.find(first)
        return root == self.find(second) and root in self.clashing

    def listed(self) -> list[tuple[list[int], bool]]:
        """Return each group's values in order, groups in order of their first value, with whether it is disputed."""
        return [(items, root in self.clashing) for root, items in self.groups().items()]


def _clash(first: int, second: int, stating: list[set[int]], stated: dict[int, set[int]],
           fitting: list[set[int]], said_loosely: bool = False) -> bool:
    """Return True when a source of each value states nothing compatible with the other value.

    With ``said_loosely``, what a source states that also fits its own value is left
    out: "adoptée en décembre" beside "le 19 décembre" is that day said loosely, and
    does not make the source's 19th fit another's 20th.

    ``stating``: the sources stating each value; ``stated``: the values each source
    states; ``fitting``: the values each value fits (itself included).
    """

    def alone(value: int, against: int) -> bool:
        return any((stated[source] - fitting[value] if said_loosely else stated[source]).isdisjoint(fitting[against])
                   for source in stating[value])

    return alone(first, second) and alone(second, first)


def _conflict(readings: list[list[str]], sides: dict[str, list[Member]], noun: str, subject: str,
              attribute: str) -> Verdict:
    """Build the conflict verdict listing each reading (compatible values) with the articles that state it."""
    chosen = [member for reading in readings for value in reading for member in first_per_article(sides[value])]
    said = "; ".join(f"{_shown(reading, sides)} ({cited([m for value in reading for m in sides[value]])})"
                     for reading in readings[:MAX_LISTED])
    if len(readings) > MAX_LISTED:
        said += f"; and {len(readings) - MAX_LISTED} more readings"
    values = tuple(value for reading in readings for value in reading)
    return Verdict("conflict", subject, attribute, tuple(chosen),
                   f"Sources disagree on {noun}: {said}{source_note(chosen)}.", values)


def _reading(values: list[str], sides: dict[str, list[Member]], noun: str, subject: str,
             attribute: str) -> Verdict:
    """Build the agreement (two sources or more) or single-source verdict for one reading."""
    members = [member for value in values for member in sides[value]]
    chosen = sorted((member for value in values for member in first_per_article(sides[value])),
                    key=lambda member: member.order)
    shown = _shown(values, sides)
    if sources_of(members) >= 2:
        return Verdict("agreement", subject, attribute, tuple(chosen),
                       f"{sources_of(members)} independent sources agree on {noun}: {shown} "
                       f"({labels(chosen)}){source_note(chosen)}.", tuple(values))
    return Verdict("single_source", subject, attribute, tuple(chosen),
                   f"Only {cited(chosen)}{source_note(chosen)} states {noun}: {shown}; "
                   "no other source confirms it.", tuple(values))


def _shown(values: list[str], sides: dict[str, list[Member]]) -> str:
    """Join the values of one reading for a message, each as its first claim shows it, each once, case
    aside: a title written "Governor" and "governor" is one value to read."""
    shown: dict[str, str] = {}
    for value in values:
        text = shown_value(sides[value][0].claim)
        shown.setdefault(text.casefold(), text)
    return listing(list(shown.values()), " / ")


def _readings(group: list[int], stating: list[set[int]], fitting: list[set[int]]) -> list[list[int]]:
    """Split a disputed group into readings whose values all fit one another, the most stated first.

    "about $86bn" fits both "$86bn" and "$90bn", which do not fit each other: it goes
    with the reading more sources state, and "$90bn" stands apart.
    """
    readings: list[list[int]] = []
    for value in sorted(group, key=lambda value: -len(stating[value])):
        home = next((reading for reading in readings if all(other in fitting[value] for other in reading)), None)
        if home is None:
            readings.append([value])
        else:
            home.append(value)
    return readings


def _sides(members: list[Member]) -> dict[str, list[Member]]:
    """Group members by normalised value, in order of first appearance."""
    sides: dict[str, list[Member]] = {}
    for member in members:
        sides.setdefault(member.claim.value, []).append(member)
    return sides
