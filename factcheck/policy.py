"""Decide the exit code: which findings fail the run (--fail-on) and from what severity (--min-severity).

The two thresholds combine: a finding fails the run when its kind is one that
``--fail-on`` names and its severity is at least ``--min-severity``. Neither hides
anything from the report; they only decide between exit codes 0 and 1.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from factcheck.severity import Severity

if TYPE_CHECKING:
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


def exit_code(report: Report, fail_on: FailOn, min_severity: Severity = Severity.INFO) -> int:
    """Return 1 when a reported finding is of a failing kind and severe enough, else 0.

    Suppressed findings (a baseline, a suppression comment) are not in ``report.findings``
    and so never fail a run.
    """
    failing = FAILING_KINDS[fail_on]
    return 1 if any(finding.kind in failing and finding.severity.rank >= min_severity.rank
                    for finding in report.findings) else 0
