"""Decide the exit code from the findings and the --fail-on threshold."""

from __future__ import annotations

from enum import Enum

from factcheck.models import Report


class FailOn(str, Enum):
    """Which findings fail the run, from most to least strict."""

    SINGLE_SOURCE = "single-source"
    CONFLICT = "conflict"
    NEVER = "never"


FAILING_KINDS = {
    FailOn.SINGLE_SOURCE: {"conflict", "single_source"},
    FailOn.CONFLICT: {"conflict"},
    FailOn.NEVER: set(),
}


def exit_code(report: Report, fail_on: FailOn) -> int:
    """Return 1 when a finding at or above the threshold exists, else 0."""
    failing = FAILING_KINDS[fail_on]
    return 1 if any(finding.kind in failing for finding in report.findings) else 0
