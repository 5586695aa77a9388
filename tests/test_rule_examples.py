"""Each check's [[check.examples]] in rules/checks.toml is a test: articles in, findings out."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.api import check, load_rules

RULES = load_rules()
CASES = [(check_rule.id, example) for check_rule in RULES.checks for example in check_rule.examples]


@pytest.mark.parametrize(("rule_id", "example"), CASES, ids=[f"{rule}-{ex.name}" for rule, ex in CASES])
def test_check_example(rule_id: str, example, tmp_path: Path) -> None:  # noqa: ANN001
    for number, text in enumerate(example.articles, start=1):
        (tmp_path / f"{number:02d}.txt").write_text(text, encoding="utf-8")
    report = check([str(tmp_path)], RULES)
    assert sum(finding.rule == rule_id for finding in report.findings) == example.expect


@pytest.mark.parametrize("check_rule", [c for c in RULES.checks if c.finding == "conflict"], ids=lambda c: c.id)
def test_conflict_checks_have_a_failing_and_a_passing_example(check_rule) -> None:  # noqa: ANN001
    expectations = {example.expect > 0 for example in check_rule.examples}
    assert expectations == {True, False}
