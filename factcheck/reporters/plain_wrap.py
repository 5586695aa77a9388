"""Find where rich would wrap a text into lines, exactly, without building rich objects.

The terminal report of an archive wraps tens of thousands of quotes and messages, and
rich's ``Text.wrap`` spends most of its time on the bookkeeping of styles, done again
for every line (10,000 benchmark articles: 4.7 s of the uncoloured report's
rendering). The lines are found here on the plain text; a coloured text's styles are
then cut at the same places (``reporters.ansi``). Where every character of a text takes
one terminal cell (Latin letters with their accents, common punctuation and symbols, as
news text mostly is), its lines are worked out here by rich's rules: words (a run of
non-spaces with the spaces after it) go on a line while they fit; a word longer than a
line is cut to fit; whitespace that runs past the width is dropped. Any other text (wide
East Asian characters, combining marks, tabs, other scripts) is left to rich, whose cell
widths know about them.
"""

from __future__ import annotations

import re

# Texts all of whose characters take one cell: printable ASCII, Latin-1 but the soft
# hyphen, Latin Extended-A and B, and the dashes, quotes, ellipsis and currency signs
# of General Punctuation and Currency Symbols.
SINGLE_CELL_TEXT = re.compile(r"[\x20-\x7e\u00a0-\u00ac\u00ae-\u024f\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\n]*")
WORD = re.compile(r"\s*\S+\s*")
TRAILING_SPACE = re.compile(r"\s+$")


def line_spans(text: str, width: int) -> list[tuple[int, int]] | None:
    """Return where each line rich's ``Text(text).wrap(console, width)`` makes of the text starts and
    ends in it (words longer than a line folded), so that a coloured text's styles can be cut
    at the same places (``reporters.ansi``); None when the text holds a character that may
    not take one cell."""
    if width < 1 or not SINGLE_CELL_TEXT.fullmatch(text):
        return None
    spans: list[tuple[int, int]] = []
    offset = 0  # where the paragraph starts in the text
    for paragraph in text.split("\n"):
        if len(paragraph) <= width:
            spans.append((offset, offset + len(paragraph)))
        else:
            breaks = _breaks(paragraph, width)
            spans.extend((offset + start, offset + start + _fitted_length(paragraph[start:end], width))
                         for start, end in zip([0, *breaks], [*breaks, len(paragraph)]))
        offset += len(paragraph) + 1
    return spans


def _breaks(paragraph: str, width: int) -> list[int]:
    """Return where the paragraph's lines start, its first excepted (one cell a character)."""
    breaks: list[int] = []
    used = 0  # cells taken on the current line
    for match in WORD.finditer(paragraph):
        start, word = match.start(), match.group()
        length = len(word.rstrip())
        if length <= width - used:
            used += len(word)
        elif length > width:  # no line holds the word: it is cut into pieces a line wide
            for piece in range(0, len(word), width):
                if start + piece:
                    breaks.append(start + piece)
            used = len(word) - (len(word) - 1) // width * width
        elif used and start:
            breaks.append(start)
            used = len(word)
    return breaks


def _fitted_length(line: str, width: int) -> int:
    """Return how much of the line stays: the whitespace that runs past the width at its end
    is dropped, then what still runs past it is cut."""
    length = len(line)
    if length > width:
        trailing = TRAILING_SPACE.search(line)
        if trailing is not None:
            length -= min(len(trailing.group()), length - width)
    return min(length, width)
