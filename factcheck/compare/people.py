"""Which people's groups are one person's: a name written whole or without its middle name, and a
first name transliterated two ways.

Claims about a person (titles, ranks, age) are grouped by the person's key as
``models.same_person_in_two_languages`` reads it, which folds spellings letter by letter. Two more
ways of writing one name need the other names of the run to be told apart safely, so they join
whole groups: a name that only one longer name holds, its middle name left out ("Brice Oligui
Nguema", "Brice Clotaire Oligui Nguema"), and a surname only two names share whose first names are
one name transliterated twice ("Evgueni Prigojine", "Yevgeny Prigozhin"). A name with an initial is
left as it is: "George W. Bush" is not "George H. W. Bush".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz

from factcheck.models import is_person_key

Group = tuple[str, str]  # a claim kind and a key, as the engine groups claims
# First names this alike (rapidfuzz's ratio, after the keys' folds) are one name transliterated
# twice: "ievgeni" and "evguni" score 86, "serguï" and "sergei" 83; "john" and "mary" 0.
SAME_FIRST_NAME_SCORE = 75


def joined_people(groups: Iterable[Group]) -> dict[Group, Group]:
    """Return, for each person's group that is another's, the group it joins (see the module's docstring)."""
    names = {group: group[1].rpartition(":")[2].split() for group in groups
             if is_person_key(*group) and ":" in group[1]}
    named = {group: words for group, words in names.items()
             if len(words) > 1 and all(len(word.rstrip(".")) > 1 for word in words)}
    by_ends: dict[tuple[str, str, str, str], list[Group]] = defaultdict(list)
    by_surname: dict[tuple[str, str, str], list[Group]] = defaultdict(list)
    for group, words in names.items():
        prefix = group[1].rpartition(":")[0]
        by_ends[(group[0], prefix, words[0], words[-1])].append(group)
        by_surname[(group[0], prefix, words[-1])].append(group)
    joins: dict[Group, Group] = {}
    for group, words in named.items():
        prefix = group[1].rpartition(":")[0]
        holding = [other for other in by_ends[(group[0], prefix, words[0], words[-1])]
                   if _in_order(words, names[other])]
        if len(holding) == 1:
            joins[group] = holding[0]
    for sharing in by_surname.values():
        if len(sharing) == 2 and not set(sharing) & set(joins) and all(group in named for group in sharing):
            first, second = sorted(sharing)
            if len(names[first]) == len(names[second]) and \
                    fuzz.ratio(names[first][0], names[second][0]) >= SAME_FIRST_NAME_SCORE:
                joins[second] = first
    return {group: _last_joined(group, joins) for group in joins}


def _last_joined(group: Group, joins: dict[Group, Group]) -> Group:
    """Return the group a chain of joins ends at: a name without its middle name may join one whose first
    name is transliterated otherwise, which joins another. Each join is to a longer name, or to the
    first in order of two as long, so no chain comes back."""
    while group in joins:
        group = joins[group]
    return group


def _in_order(words: list[str], longer: list[str]) -> bool:
    """Return True when ``words`` are ``longer``'s, some left out, in the same order."""
    remaining = iter(longer)
    return len(words) < len(longer) and all(word in remaining for word in words)
