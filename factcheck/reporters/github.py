"""GitHub Actions reporter: workflow commands that put findings on the lines of a pull request.

One annotation per claim location of each conflict and single-source finding, most
severe first: error and warning findings as ``::error`` and ``::warning``, info as
``::notice``. GitHub shows at most 10 annotations of each level per step and drops
the rest without a word, so the reporter emits no more than that and ends with a
notice saying how many it left out (and how many known findings were suppressed).
Every property and message goes through ``for_workflow_command``: article text
holding ``::``, ``%``, commas or newlines stays inside its annotation.

Sample::

    ::error file=corpus/new.md,line=7,title=FC201 conflict%3A Microsoft · signing date::This line says “4 March ...
    ::notice file=corpus/new.md,line=9,title=FC503 single source%3A Microsoft · statement::Only new.md states ...
    ::notice title=factcheck::3 more finding locations are not annotated (GitHub shows 10 annotations ...
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TextIO

from factcheck.models import Report
from factcheck.reporters.inert import for_workflow_command
from factcheck.reporters.locations import Locator, message, problems, title

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
PER_LEVEL = 10


@dataclass(frozen=True, slots=True)
class _Annotation:
    """One workflow command before escaping."""

    level: str
    file: str
    line: int
    title: str
    message: str

    def command(self) -> str:
        """Return the escaped workflow command line."""
        properties = ",".join(f"{name}={for_workflow_command(value, in_property=True)}" for name, value in (
            ("file", self.file), ("line", str(self.line)), ("title", self.title)))
        return f"::{self.level} {properties}::{for_workflow_command(self.message)}"


def render(report: Report, out: TextIO) -> None:
    """Write the annotations GitHub will show, then a notice about what it would not."""
    annotations = _annotations(report)
    closing = report.summary.suppressed > 0 or any(
        sum(item.level == level for item in annotations) > PER_LEVEL for level in LEVELS.values())
    # The closing notice is a notice too, and must not be the one GitHub drops.
    budget = {"error": PER_LEVEL, "warning": PER_LEVEL, "notice": PER_LEVEL - (1 if closing else 0)}
    shown = []
    for annotation in annotations:
        if budget[annotation.level] > 0:
            budget[annotation.level] -= 1
            shown.append(annotation)
    for annotation in shown:
        out.write(annotation.command() + "\n")
    if closing:
        closing_text = _closing(report, len(annotations) - len(shown))
        out.write(f"::notice title=factcheck::{for_workflow_command(closing_text)}\n")


def _annotations(report: Report) -> list[_Annotation]:
    """Return one annotation per claim location of each problem finding, most severe first.

    In a --new or --since run only the new articles' lines are annotated: they are the
    lines of the pull request, and the message names the other side. Lines of old
    articles would only take up GitHub's ten annotations a level.
    """
    locator = Locator(report)
    annotations = []
    for finding in problems(report.findings):
        level = LEVELS[finding.severity.value]
        for place in locator.places(finding):
            if report.new and place.claim.article not in report.new:
                continue
            annotations.append(_Annotation(level, place.file, place.claim.line, title(finding),
                                           message(finding, place, "line")))
    return annotations


def _closing(report: Report, hidden: int) -> str:
    """Say what the annotations leave out: locations over GitHub's limit, suppressed findings."""
    parts = []
    if hidden:
        parts.append(f"{hidden} more finding location{'s are' if hidden != 1 else ' is'} not annotated "
                     f"(GitHub shows {PER_LEVEL} annotations of each level per step); "
                     "the step summary or `factcheck check` shows them all")
    suppressed = report.summary.suppressed
    if suppressed:
        baseline = f" (baseline in use: {report.baseline})" if report.baseline else ""
        parts.append(f"{suppressed} known finding{'s' if suppressed != 1 else ''} suppressed{baseline}")
    return "; ".join(parts) + "."
