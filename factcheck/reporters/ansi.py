"""Write a coloured text's lines with the escape codes rich's console would print for them.

The terminal report of an archive prints tens of thousands of quotes, messages and
locations. In colour, rich's ``Console.print`` took most of the report's time: it wraps
each ``Text`` again, splits and joins it into new ``Text`` objects, and renders it
through its buffer (10,000 benchmark articles: 14.8 s in colour against 6.4 s without).
Here a ``Text`` is rendered into styled segments once, by rich itself, and the segments
are cut at the lines' ends and written with each style's own escape codes, as rich's
console writes them. Which lines the text makes is the caller's business:
``plain_wrap.line_spans`` for wrapped text, ``paragraph_spans`` for text never wrapped.
"""

from __future__ import annotations

from rich.color import ColorSystem
from rich.console import Console
from rich.style import Style
from rich.text import Text

COLOR_SYSTEMS = {"standard": ColorSystem.STANDARD, "256": ColorSystem.EIGHT_BIT,
                 "truecolor": ColorSystem.TRUECOLOR, "windows": ColorSystem.WINDOWS}


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return where each line of the text starts and ends, split at its newlines only."""
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def styled_lines(console: Console, text: Text, lines: list[tuple[int, int]], indent: int = 0) -> str:
    """Return the text's ``lines`` (where each starts and ends in its plain text), each after ``indent``
    spaces and ended by a newline, as ``console.print`` prints them (the lines made one text, unwrapped).

    The text's own style counts under its spans' styles, as rich's printing makes it;
    what lies between the lines (the newlines, the spaces dropped where a line breaks)
    is not written. The console must be in colour.
    """
    system = COLOR_SYSTEMS[str(console.color_system)]
    plain = text.plain
    segments: list[tuple[int, int, Style | None]] = []
    if text.spans or not text.style:
        # Rendered with its own style under its spans' (rich leaves the style out only of a text with no span).
        offset = 0
        for segment in text.render(console):
            segments.append((offset, offset + len(segment.text), segment.style))
            offset += len(segment.text)
    else:
        segments.append((0, len(plain), console.get_style(text.style)))
    written: list[str] = []
    first = 0  # the first segment that may reach into the line
    for start, end in lines:
        written.append(" " * indent)
        while first < len(segments) and segments[first][1] <= start:
            first += 1
        index = first
        while index < len(segments) and segments[index][0] < end:
            piece_start, piece_end, style = segments[index]
            piece = plain[max(start, piece_start):min(end, piece_end)]
            written.append(style.render(piece, color_system=system, legacy_windows=False) if style else piece)
            index += 1
        written.append("\n")
    return "".join(written)
