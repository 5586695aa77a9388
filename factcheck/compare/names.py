"""Compare names: a body's former name, used after it was renamed, conflicts.

Aliases are always right and never conflict ("MoJ" is the Ministry of Justice). A
former name is right in an article published before the rename, in a sentence that
dates what it tells to before the rename, or in one that tells of the rename ("X,
formerly Twitter"). After the rename, or in an undated article
set against sources that use the new name, it is reported with the rename's date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import cache

from factcheck.compare.members import Member, Verdict, first_per_article, labels, listing
from factcheck.models import PartialDate
from factcheck.ruleset import RuleSet

KIND = "name"
SPLIT_BY_ENTITIES = False  # a name is its own key: other entities in the sentence do not change it


def compare(members: list[Member], rules: RuleSet) -> Iterator[Verdict]:
    """Report stale uses of a former name for one entity."""
    former = [member for member in members if member.claim.name_form == "former" and "rename" not in member.claim.markers]
    current = [member for member in members if member.claim.name_form in ("name", "alias")]
    after = [_after_rename(member) for member in former]
    stale = [member for member, late in zip(former, after) if late is True]
    undated = [member for member, late in zip(former, after) if late is None]
    if not stale and not (undated and current):
        return
    entity = members[0].claim.subject
    old_names = sorted({member.claim.value for member in stale + undated})
    until = dt.date.fromisoformat((stale + undated)[0].claim.valid_until or "")
    parts = [f"{entity} was renamed from {' / '.join(old_names)} on {until.day} {until:%B %Y}"]
    if stale:
        dated = listing([f"{member.label} (dated {member.published})" for member in first_per_article(stale)])
        parts.append(f"{dated} still use{'s' if len(first_per_article(stale)) == 1 else ''} the former name")
    if undated:
        parts.append(f"{labels(undated)} (undated) also use{'s' if len(first_per_article(undated)) == 1 else ''} it")
    if current:
        parts.append(f"{labels(current)} use{'s' if len(first_per_article(current)) == 1 else ''} {entity}")
    wrong = first_per_article(stale + undated)
    yield Verdict("conflict", entity, "name", tuple(wrong + first_per_article(current)), "; ".join(parts) + ".",
                  tuple([*old_names, entity]), blamed=tuple(wrong))


def _after_rename(member: Member) -> bool | None:
    """Return True if the former name was used after the rename, None when undatable."""
    until = _renamed_on(member.claim.valid_until or "")
    told = member.claim.sentence_dates
    if told and all(date.as_tuple() < until.as_tuple() and not date.compatible(until) for date in told):
        return False
    if member.published is None:
        return None
    if member.published.compatible(until):
        return None
    return member.published.as_tuple() > until.as_tuple()


@cache
def _renamed_on(valid_until: str) -> PartialDate:
    """Return the date of a rename, parsed once: every use of a former name carries it."""
    return PartialDate.parse(valid_until)
