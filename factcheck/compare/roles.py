"""Compare titles: one person, one title; two titles for one person conflict.

A loose description ("head of Xbox") fits any title and conflicts with none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
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
    compatible = partial(_compatible, places=rules.title_places, fitting=rules.fitting_titles,
                         bare=partial(_bare_head, heads=rules.title_heads, qualifiers=rules.title_qualifiers))
    yield from judge(members, pairwise(compatible), f"the title of {person}", person, "title")


def _compatible(first: Member, second: Member, places: frozenset[str], fitting: frozenset[frozenset[str]],
                bare: Callable[[list[str], list[str]], bool]) -> bool:
    """Return True when the (already canonical) titles are the same, or the same but for where one says
    it is held ("French President", "President"), or name one office (``Title.fits``), or one is only the
    other's head word (``_bare_head``), or one is a loose description. Titles held together ("Chair and
    Chief Executive") fit any one of them."""
    if "loose" in first.claim.markers or "loose" in second.claim.markers:
        return True
    return any(_same_title(one.split(), other.split(), places) or frozenset((one, other)) in fitting
               or bare(one.split(), other.split()) or bare(other.split(), one.split())
               for one in first.claim.value.casefold().split(TITLES_JOINED)
               for other in second.claim.value.casefold().split(TITLES_JOINED))


def _bare_head(one: list[str], other: list[str], heads: frozenset[str], qualifiers: frozenset[str]) -> bool:
    """Return True when one title is only the other's head word: "minister" of "culture minister",
    "director" of "sporting director", "ministre" of "ministre de la Culture". The bare word says less,
    not something else, unless the other title's words change the office ("deputy minister")."""
    return (len(one) == 1 < len(other) and one[0] in heads and one[0] in (other[0], other[-1])
            and not qualifiers.intersection(other))


def _same_title(one: list[str], other: list[str], places: frozenset[str]) -> bool:
    """Return True when two titles' words are the same, or the same but for where one says it is held."""
    return one == other or _placeless(one, places) == other or one == _placeless(other, places)


def _placeless(words: list[str], places: frozenset[str]) -> list[str]:
    """Return a title's words without the words before it that say where it is held ("French President":
    "President"); two places ("French President", "US President") still differ."""
    while len(words) > 1 and words[0] in places:
        words = words[1:]
    return words
