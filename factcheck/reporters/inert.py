"""Make untrusted article text inert for each output sink.

Article text comes from anywhere. Before it reaches a terminal it loses control
characters (ANSI escapes, bidi overrides), and rich markup in it is never parsed
because reporters build ``rich.text.Text`` objects rather than markup strings.
"""

from __future__ import annotations

import re

# C0 and C1 controls except tab and newline, DEL, and the Unicode bidi/format controls
# that can reorder or hide what a terminal shows.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")


def for_terminal(text: str | None) -> str:
    """Strip escape sequences and control characters; fold newlines to spaces."""
    if not text:
        return ""
    text = _ANSI.sub("", text)
    text = _CONTROL.sub("", text)
    return " ".join(text.split())
