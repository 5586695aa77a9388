"""The markdown report cut to a size: GitHub keeps at most 1 MiB of step summary per step.

Beyond that GitHub shows none of it ("$GITHUB_STEP_SUMMARY upload aborted"), so a check
of a large archive would lose its whole summary. The summary is then the markdown
report of the findings that matter most (conflicts first, as ``--limit`` picks them),
as many as fit, under a line saying so.

An archive's whole report can be tens of megabytes (11.7 MB for 10,000 benchmark
articles): it is rendered only until it outgrows the limit, and the cut is found in a
few tries of reports of a few hundred findings, all digested from one ``Digester``.
"""

from __future__ import annotations

import io

from factcheck.digest import Digester
from factcheck.models import Report
from factcheck.reporters import markdown
from factcheck.reporters.words import count
from factcheck.view import View

# A little under GitHub's 1 MiB, leaving room for what else the step writes to its summary.
STEP_SUMMARY_BYTES = 1_000_000
# Cuts tried at most: each is sized from those tried before, so three or four do.
MAX_TRIES = 8
# The first cut tried: small, so that it is quick, and it tells how large a finding is.
FIRST_CUT = 50
# A cut that fills this share of the size will do; the next one is aimed at the second share.
CLOSE_ENOUGH = 0.97
AIM = 0.985


class _Full(Exception):
    """The report outgrew the size it must fit in."""


class _Capped(io.StringIO):
    """A text buffer that raises ``_Full`` once what it holds is larger than ``max_bytes`` of UTF-8."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__()
        self.room = max_bytes

    def write(self, text: str) -> int:
        self.room -= len(text.encode())
        if self.room < 0:
            raise _Full
        return super().write(text)


def markdown_within(report: Report, max_bytes: int) -> str:
    """Return the markdown report, or as much of it as fits in ``max_bytes`` of UTF-8."""
    digester = Digester(report)
    whole = _rendered(digester, None, "", max_bytes)
    if whole is not None:
        return whole
    total = len(report.findings)
    fits: dict[int, tuple[int, str]] = {}  # limit: (bytes, text), for the cuts that fit
    over = {total}  # the cuts that do not fit (the whole report does not)
    limit = min(FIRST_CUT, total - 1)
    for _ in range(MAX_TRIES):
        if limit < 1 or limit in fits or limit in over:
            break
        note = (f"> This summary shows {count(limit, 'finding')} of {total}, those that matter most: GitHub keeps "
                "at most 1 MiB of summary for a step. `--format markdown --output FILE` writes the whole report.\n\n")
        text = _rendered(digester, limit, note, max_bytes)
        if text is None:
            over.add(limit)
        else:
            fits[limit] = (len(text.encode()), text)
        limit = _next_cut(fits, over, max_bytes)
    if fits:
        return fits[max(fits)][1]
    return (f"> The report of {count(total, 'finding')} is too large for a step summary, which GitHub keeps to "
            "1 MiB, even cut to one finding. `--format markdown --output FILE` writes it.\n")


def _next_cut(fits: dict[int, tuple[int, str]], over: set[int], max_bytes: int) -> int:
    """Return the next number of findings to try: between the largest cut that fits and the smallest that does
    not, where the bytes a finding has taken so far say the limit lies (0 when no cut fits, or none is left)."""
    high = min(over)
    if not fits:
        return high // 2 if high > 1 else 0
    low = max(fits)
    low_bytes = fits[low][0]
    if high - low <= 1 or low_bytes >= max_bytes * CLOSE_ENOUGH:
        return 0
    smallest = min(fits)
    per_finding = (low_bytes - fits[smallest][0]) / (low - smallest) if low > smallest else low_bytes / low
    # Aim a little under the limit: sizes grow a little unevenly from one finding to the next.
    guess = low + int((max_bytes * AIM - low_bytes) / max(per_finding, 1.0))
    return max(low + 1, min(high - 1, guess))


def _rendered(digester: Digester, limit: int | None, note: str, max_bytes: int) -> str | None:
    """Render the note and the markdown report of at most ``limit`` findings; None when larger than ``max_bytes``."""
    out = _Capped(max_bytes)
    try:
        out.write(note)
        markdown.render(digester.build(None if limit is None else View(limit=limit)), out)
    except _Full:
        return None
    return out.getvalue()
