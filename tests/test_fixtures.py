"""Exact findings on every fixture set, pinned in tests/golden/fixtures/<set>.json.

Rewrite the golden files after an intended change with ``pytest --update-golden``
and review the diff: it is the change in what users see.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.api import check, load_rules
from tests.findings import summarise

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
GOLDEN = Path(__file__).parent / "golden" / "fixtures"
SETS = [FIXTURES / "openai-uk", *sorted(path for path in (FIXTURES / "conflicts").iterdir() if path.is_dir())]


@pytest.mark.parametrize("folder", SETS, ids=[folder.name for folder in SETS])
def test_fixture_findings_match_golden(folder: Path, update_golden: bool) -> None:
    findings = summarise(check([str(folder)], load_rules()))
    golden = GOLDEN / f"{folder.name}.json"
    if update_golden:
        golden.write_text(json.dumps(findings, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert findings == json.loads(golden.read_text(encoding="utf-8"))


CONFLICTS = {
    "date-signing": "FC201",
    "headcount": "FC301",
    "two-titles": "FC401",
    "rename": "FC101",
}


@pytest.mark.parametrize(("folder", "rule"), CONFLICTS.items())
def test_each_conflict_set_has_exactly_its_conflict(folder: str, rule: str) -> None:
    report = check([str(FIXTURES / "conflicts" / folder)], load_rules())
    conflicts = [finding for finding in report.findings if finding.kind == "conflict"]
    assert [finding.rule for finding in conflicts] == [rule]


LOOKALIKES = sorted(path.name for path in (FIXTURES / "conflicts").iterdir() if path.name.startswith("lookalike-"))


@pytest.mark.parametrize("folder", LOOKALIKES)
def test_lookalikes_never_conflict(folder: str) -> None:
    report = check([str(FIXTURES / "conflicts" / folder)], load_rules())
    assert [finding for finding in report.findings if finding.kind == "conflict"] == []


def test_partial_date_and_more_than_lookalikes_agree() -> None:
    for folder, rule in (("lookalike-partial-date", "FC202"), ("lookalike-more-than", "FC302")):
        report = check([str(FIXTURES / "conflicts" / folder)], load_rules())
        assert rule in {finding.rule for finding in report.findings}


def test_relative_weekday_resolves_against_published_date() -> None:
    report = check([str(FIXTURES / "conflicts" / "date-signing")], load_rules())
    claims = {claim.id: claim for claim in report.claims}
    conflict = next(finding for finding in report.findings if finding.kind == "conflict")
    values = {(claims[claim].value, claims[claim].text) for claim in conflict.claims}
    assert ("2025-07-21", "on Monday") in values
