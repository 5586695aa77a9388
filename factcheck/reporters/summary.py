"""The markdown report cut to a size: GitHub keeps at most 1 MiB of step summary per step.

Beyond that GitHub shows none of it ("$GITHUB_STEP_SUMMARY upload aborted"), so a check
of a large archive would lose its whole summary. The summary is then the markdown
report of the findings that matter most (conflicts first, as ``--limit`` picks them),
as many as fit, under a line saying so.
"""

from __future__ import annotations

import io

from factcheck.models import Report
from factcheck.reporters import render
from factcheck.reporters.words import count
from factcheck.view import View

# A little under GitHub's 1 MiB, leaving room for what else the step writes to its summary.
STEP_SUMMARY_BYTES = 1_000_000
# Tries at most: each cut is sized from the last one's bytes, so two or three do.
MAX_TRIES = 8


def markdown_within(report: Report, max_bytes: int) -> str:
    """Return the markdown report, or as much of it as fits in ``max_bytes`` of UTF-8."""
    text = _markdown(report, None)
    size = len(text.encode())
    if size <= max_bytes:
        return text
    total = len(report.findings)
    limit = total
    for _ in range(MAX_TRIES):
        if limit <= 1:
            break
        limit = max(1, min(limit - 1, int(limit * max_bytes / size * 0.9)))
        note = (f"> This summary shows {count(limit, 'finding')} of {total}, those that matter most: GitHub keeps "
                "at most 1 MiB of summary for a step. `--format markdown --output FILE` writes the whole report.\n\n")
        text = note + _markdown(report, limit)
        size = len(text.encode())
        if size <= max_bytes:
            return text
    return (f"> The report of {count(total, 'finding')} is too large for a step summary, which GitHub keeps to "
            "1 MiB, even cut to one finding. `--format markdown --output FILE` writes it.\n")


def _markdown(report: Report, limit: int | None) -> str:
    """Render the markdown report, showing at most ``limit`` findings."""
    text = io.StringIO()
    render("markdown", report, text, None if limit is None else View(limit=limit))
    return text.getvalue()
