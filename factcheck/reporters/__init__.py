"""Reporters: one module per output format, each rendering a finished Report.

The formats people read (terminal, markdown) render a ``Digest`` of the report:
the counts, groups and focus they show are worked out by ``factcheck.digest`` for
the reader's ``View`` before they run. ``REPORTERS`` gives every format the same
call, ``render(report, out)``, showing the whole report; ``render`` also takes the
view, for the command line's --limit, --only, --article, colour and width.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, Any, TextIO

from factcheck.errors import UsageError
from factcheck.models import ClaimsReport, Report
from factcheck.view import View

if TYPE_CHECKING:
    from factcheck.digest import Digest


def _lazy(module: str, function: str) -> Callable[..., None]:
    """Return a function calling ``module.function``, importing the module on the first call.

    A run writes one format: a JSON report must not pay for rich, which only the
    terminal reporter needs, nor for the digest models of the formats people read.
    """
    def call(*args: Any) -> None:
        getattr(import_module(f"factcheck.reporters.{module}"), function)(*args)

    return call


def _digested(name: str) -> Callable[[Report, TextIO], None]:
    """Return the whole-report renderer of a format people read: ``render`` with no view."""
    def call(report: Report, out: TextIO) -> None:
        render(name, report, out)

    return call


DIGEST_REPORTERS: dict[str, Callable[[Digest, TextIO], None]] = {
    "terminal": _lazy("terminal", "render"),
    "markdown": _lazy("markdown", "render"),
}

REPORTERS: dict[str, Callable[[Report, TextIO], None]] = {
    "terminal": _digested("terminal"),
    "markdown": _digested("markdown"),
    "json": _lazy("json_report", "render"),
    "sarif": _lazy("sarif", "render"),
    "github": _lazy("github", "render"),
}
CLAIMS_REPORTERS: dict[str, Callable[[ClaimsReport, TextIO], None]] = {
    "terminal": _lazy("terminal", "render_claims"),
    "json": _lazy("json_report", "render_claims"),
}


def render(name: str, report: Report, out: TextIO, view: View | None = None) -> None:
    """Render a report in the named format; the formats people read show it through the view.

    The machine formats always hold every finding: asking them for a focus is a usage error
    rather than a silently ignored option.
    """
    if name in DIGEST_REPORTERS:
        from factcheck import digest

        DIGEST_REPORTERS[name](digest.build(report, view), out)
    elif view is not None and view.focused:
        raise UsageError(f"--limit, --only and --article focus the {' and '.join(DIGEST_REPORTERS)} reports; "
                         f"the {name} report always holds every finding")
    else:
        REPORTERS[name](report, out)


def render_claims(name: str, report: ClaimsReport, out: TextIO, view: View | None = None) -> None:
    """Render extracted claims in the named format; the terminal table fits the view's screen."""
    if name == "terminal":
        from factcheck.reporters import terminal

        terminal.render_claims(report, out, view)
    else:
        CLAIMS_REPORTERS[name](report, out)
