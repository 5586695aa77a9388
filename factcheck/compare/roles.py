"""Compare titles: one person, one title; two titles for one person conflict.

A loose description ("head of Xbox") fits any title and conflicts with none.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.compare.members import Member, Verdict
from factcheck.compare.typed import judge, pairwise
from factcheck.ruleset import RuleSet

KIND = "role"
SPLIT_BY_ENTITIES = False  # a title is keyed by its holder: other entities in the sentence do not change it


def compare(members: list[Member], rules: RuleSet) -> Iterator[Verdict]:
    """Judge the titles given to one person."""
    person = members[0].claim.subject
    yield from judge(members, pairwise(_compatible), f"the title of {person}", person, "title")


def _compatible(first: Member, second: Member) -> bool:
    """Return True when the (already canonical) titles are the same, or one is a loose description."""
    if "loose" in first.claim.markers or "loose" in second.claim.markers:
        return True
    return first.claim.value.casefold() == second.claim.value.casefold()
