"""Exit codes: --fail-on names the failing kinds, --min-severity the least severity that fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.models import Report, Severity
from factcheck.policy import FailOn, exit_code
from tests.reports import article, claim, finding, report

CONFLICT_ERROR = ("conflict", "error")
CONFLICT_WARNING = ("conflict", "warning")
SINGLE_INFO = ("single_source", "info")
AGREEMENT = ("agreement", "info")
TWO_TITLES = Path(__file__).parents[2] / "fixtures" / "conflicts" / "two-titles"


def built(*findings: tuple[str, str]) -> Report:
    claims = [claim(1, 1, "3 March", 1)]
    return report([article(1, "a.md")], claims,
                  [finding(index, claims, kind=kind, severity=severity)
                   for index, (kind, severity) in enumerate(findings, start=1)])


@pytest.mark.parametrize(("findings", "fail_on", "min_severity", "code"), [
    ((), FailOn.CONFLICT, Severity.INFO, 0),
    ((AGREEMENT,), FailOn.SINGLE_SOURCE, Severity.INFO, 0),
    ((CONFLICT_ERROR,), FailOn.CONFLICT, Severity.INFO, 1),
    ((CONFLICT_ERROR,), FailOn.NEVER, Severity.INFO, 0),
    ((SINGLE_INFO,), FailOn.CONFLICT, Severity.INFO, 0),
    ((SINGLE_INFO,), FailOn.SINGLE_SOURCE, Severity.INFO, 1),
    ((SINGLE_INFO,), FailOn.SINGLE_SOURCE, Severity.WARNING, 0),
    ((CONFLICT_WARNING,), FailOn.CONFLICT, Severity.WARNING, 1),
    ((CONFLICT_WARNING,), FailOn.CONFLICT, Severity.ERROR, 0),
    ((CONFLICT_WARNING, CONFLICT_ERROR), FailOn.CONFLICT, Severity.ERROR, 1),
    ((SINGLE_INFO, CONFLICT_WARNING), FailOn.SINGLE_SOURCE, Severity.WARNING, 1),
])
def test_exit_code(findings: tuple, fail_on: FailOn, min_severity: Severity, code: int) -> None:
    assert exit_code(built(*findings), fail_on, min_severity) == code


def test_exit_code_defaults_to_any_severity() -> None:
    assert exit_code(built(SINGLE_INFO), FailOn.SINGLE_SOURCE) == 1


@pytest.mark.parametrize(("args", "code"), [
    ([], 1), (["--min-severity", "warning"], 1), (["--min-severity", "error"], 0), (["--fail-on", "never"], 0),
])
def test_the_command_line_applies_both_thresholds(run_cli, args: list[str], code: int) -> None:
    # The only conflict in this fixture is two titles for one person, a warning.
    assert run_cli(["check", TWO_TITLES, "--format", "json", *args])[0] == code


def test_an_unknown_severity_is_a_usage_error(run_cli, article_dir) -> None:
    folder = article_dir({"a.txt": "Deal signed\n\nOpenAI signed the agreement on 21 July 2025.\n"})
    code, stdout, _ = run_cli(["check", folder, "--min-severity", "fatal"])
    assert (code, stdout) == (2, "")
