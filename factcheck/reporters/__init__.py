"""Reporters: one module per output format, each rendering a finished Report.

The formats people read (terminal, markdown) render a ``Digest`` of the report:
the counts, groups and focus they show are worked out by ``factcheck.digest`` for
the reader's ``View`` before they run. ``REPORTERS`` gives every format the same
call, ``render(report, out)``, showing the whole report; ``render`` also takes the
view, for the command line's --limit, --only, --article, colour and width.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from factcheck import digest
from factcheck.errors import UsageError
from factcheck.models import ClaimsReport, Report
from factcheck.reporters import github, json_report, markdown, sarif, terminal
from factcheck.view import View

DIGEST_REPORTERS: dict[str, Callable[[digest.Digest, TextIO], None]] = {
    "terminal": terminal.render,
    "markdown": markdown.render,
}

REPORTERS: dict[str, Callable[[Report, TextIO], None]] = {
    "terminal": lambda report, out: terminal.render(digest.build(report), out),
    "markdown": lambda report, out: markdown.render(digest.build(report), out),
    "json": json_report.render,
    "sarif": sarif.render,
    "github": github.render,
}
CLAIMS_REPORTERS: dict[str, Callable[[ClaimsReport, TextIO], None]] = {
    "terminal": terminal.render_claims,
    "json": json_report.render_claims,
}


def render(name: str, report: Report, out: TextIO, view: View | None = None) -> None:
    """Render a report in the named format; the formats people read show it through the view.

    The machine formats always hold every finding: asking them for a focus is a usage error
    rather than a silently ignored option.
    """
    if name in DIGEST_REPORTERS:
        DIGEST_REPORTERS[name](digest.build(report, view), out)
    elif view is not None and view.focused:
        raise UsageError(f"--limit, --only and --article focus the {' and '.join(DIGEST_REPORTERS)} reports; "
                         f"the {name} report always holds every finding")
    else:
        REPORTERS[name](report, out)


def render_claims(name: str, report: ClaimsReport, out: TextIO, view: View | None = None) -> None:
    """Render extracted claims in the named format; the terminal table fits the view's screen."""
    if name == "terminal":
        terminal.render_claims(report, out, view)
    else:
        CLAIMS_REPORTERS[name](report, out)
