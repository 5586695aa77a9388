"""Compare titles: one person, one title; two titles for one person conflict.

A loose description ("head of Xbox") fits any title and conflicts with none.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from factcheck.compare.members import Member, Verdict
from factcheck.compare.typed import judge, pairwise
from factcheck.models import TITLES_JOINED
from factcheck.ruleset import RuleSet

KIND = "role"
SPLIT_BY_ENTITIES = False  # a title is keyed by its holder: other entities in the sentence do not change it


def compare(members: list[Member], rules: RuleSet) -> Iterator[Verdict]:
    """Judge the titles given to one person."""
    person = members[0].claim.subject
    compatible = partial(_compatible, places=rules.title_places, fitting=rules.fitting_titles)
    yield from judge(members, pairwise(compatible), f"the title of {person}", person, "title")


def _compatible(first: Member, second: Member, places: frozenset[str], fitting: frozenset[frozenset[str]]) -> bool:
    """Return True when the (already canonical) titles are the same, or the same but for where one says
    it is held ("French President", "President"), or name one office (``Title.fits``), or one is a loose
    description. Titles held together ("Chair and Chief Executive") fit any one of them."""
    if "loose" in first.claim.markers or "loose" in second.claim.markers:
        return True
    return any(_same_title(one.split(), other.split(), places) or frozenset((one, other)) in fitting
               for one in first.claim.value.casefold().split(TITLES_JOINED)
               for other in second.claim.value.casefold().split(TITLES_JOINED))


def _same_title(one: list[str], other: list[str], places: frozenset[str]) -> bool:
    """Return True when two titles' words are the same, or the same but for where one says it is held."""
    return one == other or _placeless(one, places) == other or one == _placeless(other, places)


def _placeless(words: list[str], places: frozenset[str]) -> list[str]:
    """Return a title's words without the words before it that say where it is held ("French President":
    "President"); two places ("French President", "US President") still differ."""
    while len(words) > 1 and words[0] in places:
        words = words[1:]
    return words
