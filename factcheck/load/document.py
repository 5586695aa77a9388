"""Document: an article's readable text, mapped back to the lines of its file."""

from __future__ import annotations

import bisect
import re


class Document:
    """Readable text of one article record, and where each part came from in the file.

    ``anchors`` pairs text offsets with file lines, sorted by offset. A text file needs
    one anchor (where its body starts); HTML gives each block the line its element
    started on. A text offset's line is its anchor's line plus the newlines between.
    """

    __slots__ = ("text", "anchors", "meta", "_newlines", "_anchor_offsets")

    def __init__(self, text: str, anchors: tuple[tuple[int, int], ...] = ((0, 1),),
                 meta: dict[str, str] | None = None) -> None:
        self.text = text
        self.anchors = anchors
        self.meta = dict(meta or {})
        self._newlines = [match.start() for match in re.finditer("\n", text)]
        self._anchor_offsets = [offset for offset, _ in anchors]

    def line_of(self, offset: int) -> int:
        """Return the file line of a text offset."""
        index = bisect.bisect_right(self._anchor_offsets, offset) - 1
        if index < 0:
            return self.anchors[0][1] if self.anchors else 1
        anchor_offset, anchor_line = self.anchors[index]
        between = bisect.bisect_left(self._newlines, offset) - bisect.bisect_left(self._newlines, anchor_offset)
        return anchor_line + between
