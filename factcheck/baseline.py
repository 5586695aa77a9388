"""Baselines: record today's findings, then report and fail only on findings not recorded.

A baseline file lists fingerprints, each with the rule, kind, subject and message so
a person reading its diff can tell what was accepted, and an optional ``reason`` a
person may add. Fingerprints hash what a finding is about (rule, claim keys, values),
never paths or lines, so a baseline holds across runs, machines, spellings of the
same paths and edits to unrelated articles, while a finding whose values change no
longer matches and is reported as new. Agreements are never problems and are not
recorded.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Literal, TextIO

from pydantic import ValidationError

from factcheck.errors import UsageError
from factcheck.models import FindingKind, FrozenModel, Report, Suppressed

RECORDED_KINDS: tuple[FindingKind, ...] = ("conflict", "single_source")


class BaselineEntry(FrozenModel):
    """One known finding: its fingerprint, what it says for humans, and why it is accepted."""

    fingerprint: str
    rule: str
    kind: FindingKind
    subject: str
    message: str
    reason: str | None = None


class Baseline(FrozenModel):
    """The contents of a baseline file."""

    version: Literal[1] = 1
    findings: tuple[BaselineEntry, ...] = ()


def record(report: Report, previous: Baseline | None = None) -> Baseline:
    """Build the baseline of a report's problem findings, keeping reasons a previous one gave them."""
    reasons = {entry.fingerprint: entry.reason for entry in (previous.findings if previous else ()) if entry.reason}
    entries = [BaselineEntry(fingerprint=finding.fingerprint, rule=finding.rule, kind=finding.kind,
                             subject=finding.subject, message=finding.message, reason=reasons.get(finding.fingerprint))
               for finding in report.findings if finding.kind in RECORDED_KINDS]
    # Sorted by rule and fingerprint, so re-recording an unchanged corpus rewrites nothing.
    return Baseline(findings=tuple(sorted(entries, key=lambda entry: (entry.rule, entry.fingerprint))))


def render(baseline: Baseline, out: TextIO) -> None:
    """Write a baseline as indented JSON; entries without a reason carry no reason key."""
    out.write(json.dumps(baseline.model_dump(mode="json", exclude_none=True), indent=2, ensure_ascii=False))
    out.write("\n")


def load(path: Path) -> Baseline:
    """Read a baseline file, or raise a one-line UsageError naming it."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError("baseline file not found (create it with: factcheck baseline PATH... --output FILE)",
                         path=str(path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read baseline: {getattr(error, 'strerror', None) or error}", path=str(path)) from None
    try:
        return Baseline.model_validate_json(text)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise UsageError(f"not a factcheck baseline: {first['msg']}" + (f" at '{where}'" if where else ""),
                         path=str(path)) from None


def apply(report: Report, baseline: Baseline, name: str) -> Report:
    """Move the findings the baseline knows into ``report.suppressed`` and name the baseline.

    Each entry matches one finding, so a second finding with the same fingerprint is
    still new.
    """
    remaining = Counter(entry.fingerprint for entry in baseline.findings)
    reasons = {entry.fingerprint: entry.reason for entry in baseline.findings if entry.reason}
    kept, known = [], []
    for finding in report.findings:
        if remaining[finding.fingerprint] > 0:
            remaining[finding.fingerprint] -= 1
            known.append(Suppressed(finding=finding, source="baseline", reason=reasons.get(finding.fingerprint),
                                    location=name))
        else:
            kept.append(finding)
    return report.keep(kept, tuple(known)).model_copy(update={"baseline": name})
