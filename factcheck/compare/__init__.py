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
from factcheck.models import Finding
from factcheck.ruleset import RuleSet

COMPARATORS = {module.KIND: module for module in (names, dates, quantities, roles, statements)}
FINDING_ORDER = {"conflict": 0, "agreement": 1, "single_source": 2}


def judge(members: list[Member], rules: RuleSet, focus: Callable[[str], bool] | None = None) -> list[Finding]:
    """Return the findings on the run's claims, conflicts first.

    With ``focus`` (is this article id new?), keyed groups that hold no claim of a
    focused article are not judged: their findings could not involve a new article,
    which is all a --new or --since run reports. Statements and name variants, which
    meet across keys, are always judged whole, so the findings that remain are exactly
    those of a full run.
    """
    groups: dict[tuple[str, str], list[Member]] = defaultdict(list)
    for member in members:
        groups[(member.claim.kind, member.claim.key)].append(member)
    if focus is not None:
        wanted = {(member.claim.kind, member.claim.key) for member in members if focus(member.article_id)}
        groups = {group: found for group, found in groups.items() if group in wanted or group[0] == "statement"}
    drafts: list[tuple[Verdict, str, str]] = []
    for (kind, _key), group in sorted(groups.items()):
        comparator = COMPARATORS[kind]
        for verdict in comparator.compare(group, rules.compare):
            check = rules.check_for(kind, verdict.finding)
            if check is not None:
                drafts.append((verdict, check.id, check.severity.value))
    variant_check = rules.check_for(variants.KIND, "conflict")
    if variant_check is not None:
        drafts.extend((verdict, variant_check.id, variant_check.severity.value)
                      for verdict in variants.compare(members, rules))
    drafts.sort(key=lambda draft: (FINDING_ORDER[draft[0].finding], -_severity_rank(draft[2]),
                                   draft[1], min(member.order for member in draft[0].members)))
    return [_finding(index, verdict, rule, severity)
            for index, (verdict, rule, severity) in enumerate(drafts, start=1)]


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
