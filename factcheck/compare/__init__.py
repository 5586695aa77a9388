"""Compare claims: the reduce step. Group by key, judge each group, name the verdicts.

Grouping is by hashing keys, so a claim only ever meets claims that share its key.
Each claim kind has one comparator module (``KIND`` and ``compare``); the rule set's
checks decide which verdicts are reported, under which id and severity.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable

from factcheck.compare import dates, names, quantities, roles, statements, variants
from factcheck.compare.members import Member, Verdict
from factcheck.compare.mentions import Mentions
from factcheck.compare.parts import split_by_entities
from factcheck.compare.people import joined_people
from factcheck.models import (
    ExtractedClaim,
    Finding,
    is_person_key,
    same_person_in_two_languages,
    unaccented,
)
from factcheck.ruleset import RuleSet

# Comparators of claims grouped by key; statements and name variants look across keys.
COMPARATORS = {module.KIND: module for module in (names, dates, quantities, roles)}
FINDING_ORDER = {"conflict": 0, "agreement": 1, "single_source": 2}


def judge(members: list[Member], rules: RuleSet, focus: Callable[[str], bool] | None = None) -> list[Finding]:
    """Return the findings on the run's claims, conflicts first.

    With ``focus`` (is this article id new?), only findings that involve a focused
    article, and hold it at fault, are returned (a new article using an entity's current
    name is not at fault for an old one still using the former name), and work that
    could not lead to one is skipped: keyed groups without a focused claim are not
    judged, nor the parts of a group (``split_by_entities``) without one, and the
    cross-key comparators (statements, name variants) follow only what connects to a
    focused article. The findings returned are exactly those of a full run that hold a
    focused article at fault.
    """
    groups: dict[tuple[str, str], list[Member]] = defaultdict(list)
    statement_members: list[Member] = []
    for member in members:
        if member.claim.kind == statements.KIND:
            statement_members.append(member)
        else:
            groups[_group_of(member.claim)].append(member)
    for group, into in joined_people(groups).items():
        groups[into].extend(groups.pop(group))
    if focus is not None:
        wanted = {group for group, found in groups.items() if any(focus(member.article_id) for member in found)}
        groups = {group: found for group, found in groups.items() if group in wanted}
    mentions = Mentions(members)
    verdicts: list[tuple[str, Verdict]] = [
        (kind, verdict) for (kind, _key), group in sorted(groups.items())
        for part in (split_by_entities(group, mentions) if COMPARATORS[kind].SPLIT_BY_ENTITIES else [group])
        if focus is None or any(focus(member.article_id) for member in part)
        for verdict in COMPARATORS[kind].compare(part, rules)]
    if statement_members:
        verdicts.extend((statements.KIND, verdict)
                        for verdict in statements.compare(statement_members, rules.compare, mentions, focus))
    drafts: list[tuple[Verdict, str, str]] = []
    for kind, verdict in verdicts:
        check = rules.check_for(kind, verdict.finding)
        if check is not None:
            drafts.append((verdict, check.id, check.severity.value))
    variant_check = rules.check_for(variants.KIND, "conflict")
    if variant_check is not None:
        drafts.extend((verdict, variant_check.id, variant_check.severity.value)
                      for verdict in variants.compare(members, rules, focus))
    if focus is not None:
        drafts = [draft for draft in drafts if any(focus(member.article_id) for member in draft[0].at_fault())]
    drafts.sort(key=lambda draft: (FINDING_ORDER[draft[0].finding], -_severity_rank(draft[2]),
                                   draft[1], min(member.order for member in draft[0].members)))
    return [_finding(index, verdict, rule, severity)
            for index, (verdict, rule, severity) in enumerate(drafts, start=1)]


def _group_of(claim: ExtractedClaim) -> tuple[str, str]:
    """Return the group a claim is judged in: its kind and key, a person's key as
    ``same_person_in_two_languages`` reads it.

    Keys are read without accents: a count that no rule names is keyed by its noun, and one
    language's noun is often another's with an accent ("6,800 athletes", "6 800 athlètes").
    """
    return (claim.kind, same_person_in_two_languages(claim.key) if is_person_key(claim.kind, claim.key)
            else unaccented(claim.key))


def _finding(index: int, verdict: Verdict, rule: str, severity: str) -> Finding:
    """Build the Finding for one verdict."""
    return Finding(
        id=f"f{index}", rule=rule, kind=verdict.finding, severity=severity, subject=verdict.subject,
        attribute=verdict.attribute, message=verdict.message,
        claims=tuple(member.claim_id for member in verdict.members),
        articles=tuple(dict.fromkeys(member.article_id for member in verdict.members)),
        fingerprint=fingerprint(rule, verdict),
    )


def fingerprint(rule: str, verdict: Verdict) -> str:
    """Hash what the finding is about (rule, claim keys and values), never paths or lines.

    Only what is independent of article order goes in: the displayed subject is not,
    as comparators name it after the first or most frequent claim, so listing the same
    files in another order would give a known finding a new fingerprint.
    """
    keys = sorted({member.claim.key.casefold() for member in verdict.members})
    values = sorted({value.casefold() for value in verdict.values})
    payload = "\x1f".join([rule, verdict.finding, *keys, "\x1e", *values])
    return hashlib.sha256(payload.encode()).hexdigest()[:32]


def _severity_rank(severity: str) -> int:
    """Order severities so errors sort first."""
    return ("info", "warning", "error").index(severity)
