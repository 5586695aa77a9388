"""The comparison shared by dates, quantities and roles: compatible values or not.

Claims of one key (and overlapping entities) agree when every pair of values is
compatible, conflict when some pair is not, and stand alone when they come from one
source only. The kinds differ only in what "compatible" means and how a value reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from factcheck.compare.members import Member, Verdict, first_per_article, labels, sources_of

Compatible = Callable[[Member, Member], bool]


def judge(members: list[Member], compatible: Compatible, noun: str, subject: str,
          attribute: str) -> Iterator[Verdict]:
    """Yield one verdict for claims that share a key."""
    sides = _sides(members)
    values = tuple(sides)
    clash = next(((a, b) for a in sides for b in sides if a < b
                  and not compatible(sides[a][0], sides[b][0])), None)
    if clash is not None:
        chosen = [member for value in values for member in first_per_article(sides[value])]
        listing = "; ".join(f"{value} ({labels(sides[value])})" for value in values)
        yield Verdict("conflict", subject, attribute, tuple(chosen),
                      f"Sources disagree on {noun}: {listing}.", values)
    elif sources_of(members) >= 2:
        chosen = first_per_article(members)
        yield Verdict("agreement", subject, attribute, tuple(chosen),
                      f"{sources_of(members)} independent sources agree on {noun}: "
                      f"{' / '.join(values)} ({labels(chosen)}).", values)
    else:
        chosen = first_per_article(members)
        yield Verdict("single_source", subject, attribute, tuple(chosen),
                      f"Only {labels(chosen)} states {noun}: {' / '.join(values)}; no other source confirms it.",
                      values)


def _sides(members: list[Member]) -> dict[str, list[Member]]:
    """Group members by normalised value, in order of first appearance."""
    sides: dict[str, list[Member]] = {}
    for member in members:
        sides.setdefault(member.claim.value, []).append(member)
    return sides

