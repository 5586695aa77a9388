"""The comparison shared by dates, quantities and roles: compatible values or not.

Claims of one key (and overlapping entities) are grouped by value, and compatible
values form one reading of the fact ("2025-10" and "2025-10-14"). Two sources
conflict when each states a value that nothing the other states matches: an article
giving "13,000 employees" for one company and "9,000 staff" for another does not
conflict with one giving "about 13,000", but "$75bn" and "$68.7bn" for one deal do.
A reading stated by two independent sources is an agreement, by one a single-source
claim. The kinds differ only in what "compatible" means, whether two values can be
about one fact at all (``comparable``: a figure and one fifty times larger are two
facts, not a disagreement) and how a value reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import combinations

from factcheck.compare.members import Member, Verdict, cited, first_per_article, labels, source_note, sources_of

Compatible = Callable[[Member, Member], bool]


def judge(members: list[Member], compatible: Compatible, noun: str, subject: str, attribute: str,
          comparable: Compatible | None = None) -> Iterator[Verdict]:
    """Yield a conflict for clashing readings, and an agreement or single-source verdict for the rest."""
    sides = _sides(members)
    values = list(sides)
    first = {value: sides[value][0] for value in values}
    # Pairs that can be about one fact at all; only they can fit or clash.
    near = [(a, b) for a, b in combinations(values, 2) if comparable is None or comparable(first[a], first[b])]
    fits = {(a, b) for a, b in near if compatible(first[a], first[b])}
    fits |= {(b, a) for a, b in fits} | {(value, value) for value in values}
    stated: dict[int, set[str]] = {}
    for value, value_members in sides.items():
        for member in value_members:
            stated.setdefault(member.source, set()).add(value)
    stating = {value: {member.source for member in value_members} for value, value_members in sides.items()}
    fitting: dict[str, set[str]] = {value: set() for value in values}
    for a, b in fits:
        fitting[a].add(b)
    clashes = {(a, b) for a, b in near if (a, b) not in fits and _clash(a, b, stating, stated, fitting)}
    clashes |= {(b, a) for a, b in clashes}
    for group in _components(values, lambda a, b: (a, b) in fits or (a, b) in clashes):
        if any((a, b) in clashes for a, b in combinations(group, 2)):
            yield _conflict(_readings(group, sides, fits), sides, noun, subject, attribute)
        else:
            yield _reading(group, sides, noun, subject, attribute)


def _clash(first: str, second: str, stating: dict[str, set[int]], stated: dict[int, set[str]],
           fitting: dict[str, set[str]]) -> bool:
    """Return True when a source of each value states nothing compatible with the other value.

    ``stating``: the sources stating each value; ``stated``: the values each source
    states; ``fitting``: the values each value fits (itself included).
    """

    def alone(value: str, against: str) -> bool:
        return any(stated[source].isdisjoint(fitting[against]) for source in stating[value])

    return alone(first, second) and alone(second, first)


def _conflict(readings: list[list[str]], sides: dict[str, list[Member]], noun: str, subject: str,
              attribute: str) -> Verdict:
    """Build the conflict verdict listing each reading (compatible values) with the articles that state it."""
    chosen = [member for reading in readings for value in reading for member in first_per_article(sides[value])]
    listing = "; ".join(f"{' / '.join(reading)} ({cited([m for value in reading for m in sides[value]])})"
                        for reading in readings)
    values = tuple(value for reading in readings for value in reading)
    return Verdict("conflict", subject, attribute, tuple(chosen),
                   f"Sources disagree on {noun}: {listing}{source_note(chosen)}.", values)


def _reading(values: list[str], sides: dict[str, list[Member]], noun: str, subject: str,
             attribute: str) -> Verdict:
    """Build the agreement (two sources or more) or single-source verdict for one reading."""
    members = [member for value in values for member in sides[value]]
    chosen = sorted((member for value in values for member in first_per_article(sides[value])),
                    key=lambda member: member.order)
    shown = " / ".join(values)
    if sources_of(members) >= 2:
        return Verdict("agreement", subject, attribute, tuple(chosen),
                       f"{sources_of(members)} independent sources agree on {noun}: {shown} "
                       f"({labels(chosen)}){source_note(chosen)}.", tuple(values))
    return Verdict("single_source", subject, attribute, tuple(chosen),
                   f"Only {cited(chosen)}{source_note(chosen)} states {noun}: {shown}; "
                   "no other source confirms it.", tuple(values))


def _readings(values: list[str], sides: dict[str, list[Member]], fits: set[tuple[str, str]]) -> list[list[str]]:
    """Split a disputed group into readings whose values all fit one another, the most stated first.

    "about $86bn" fits both "$86bn" and "$90bn", which do not fit each other: it goes
    with the reading more sources state, and "$90bn" stands apart.
    """
    readings: list[list[str]] = []
    for value in sorted(values, key=lambda value: -sources_of(sides[value])):
        home = next((reading for reading in readings if all((value, other) in fits for other in reading)), None)
        if home is None:
            readings.append([value])
        else:
            home.append(value)
    return readings


def _components(items: list, linked: Callable) -> list[list]:  # noqa: ANN001 - values or reading indexes
    """Split items into groups linked directly or through others, in order of first appearance."""
    groups: list[list] = []
    for item in items:
        touching = [group for group in groups if any(linked(item, other) for other in group)]
        merged = [other for group in touching for other in group] + [item]
        groups = [group for group in groups if group not in touching] + [merged]
    order = {item: index for index, item in enumerate(items)}
    return sorted((sorted(group, key=order.__getitem__) for group in groups), key=lambda group: order[group[0]])


def _sides(members: list[Member]) -> dict[str, list[Member]]:
    """Group members by normalised value, in order of first appearance."""
    sides: dict[str, list[Member]] = {}
    for member in members:
        sides.setdefault(member.claim.value, []).append(member)
    return sides
