"""Mark site furniture (ads, share bars, newsletters, tickers) by the boilerplate rules.

Nothing is deleted: the marked ranges are returned so that later stages skip them
while every offset, line number and quote stays true to the file.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.ruleset.safe_regex import LineFilter, RegexGuard, UserPattern
from factcheck.ruleset.schema import Boilerplate, BoilerplatePattern


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a document with its offsets."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class BoilerplateMarks:
    """What the boilerplate rules marked in one document."""

    dropped: tuple[tuple[int, int], ...]
    metadata_lines: tuple[Line, ...]
    lines: tuple[Line, ...]  # every line of the document, split once for the metadata reader too


class BoilerplateMarker:
    """Compiled boilerplate patterns, run under the guard's time limit."""

    def __init__(self, rules: Boilerplate, guard: RegexGuard) -> None:
        self.rules = rules
        self.guard = guard
        self.patterns: list[tuple[BoilerplatePattern, UserPattern]] = [
            (rule, UserPattern.build(f"boilerplate.{rule.id}", rule.pattern, ignore_case=not rule.case_sensitive))
            for rule in rules.patterns
        ]
        self.filter = LineFilter([pattern for _, pattern in self.patterns])
        # What is tried on a line where the filter found nothing: the patterns it does not cover.
        self.uncovered = [pair for index, pair in enumerate(self.patterns) if index not in self.filter.covered]

    def mark(self, text: str) -> BoilerplateMarks:
        """Return the ranges to skip and the lines that carry metadata."""
        lines = split_lines(text)
        live = [(index, stripped) for index, line in enumerate(lines) if (stripped := line.text.strip())]
        candidates = self.filter.lines([stripped for _, stripped in live], self.guard.seconds)
        dropped: list[tuple[int, int]] = []
        metadata: list[Line] = []
        for position, (index, stripped) in enumerate(live):
            line = lines[index]
            rule = self._match(stripped, candidates is None or position in candidates)
            if rule is None:
                continue
            if rule.metadata:
                metadata.append(line)
            if rule.scope == "rest" and line.start >= len(text) // 2:
                dropped.append((line.start, len(text)))
                break
            dropped.append((line.start, line.end))
            if rule.scope == "block":
                dropped.extend(self._block_before(lines, index))
        return BoilerplateMarks(tuple(sorted(dropped)), tuple(metadata), tuple(lines))

    def _match(self, stripped: str, candidate: bool) -> BoilerplatePattern | None:
        """Return the first rule whose pattern matches the trimmed line.

        The patterns the line filter covers are tried only on a ``candidate`` line, one
        where the filter found a match of one of them.
        """
        for rule, pattern in self.patterns if candidate else self.uncovered:
            if self.guard.search(pattern, stripped):
                return rule
        return None

    def _block_before(self, lines: list[Line], index: int) -> list[tuple[int, int]]:
        """Return the short paragraphs just above a call to action (an ad's name and tagline)."""
        ranges: list[tuple[int, int]] = []
        paragraphs = 0
        position = index - 1
        while position >= 0 and paragraphs < self.rules.block_max_paragraphs:
            while position >= 0 and not lines[position].text.strip():
                position -= 1
            end = position
            while position >= 0 and lines[position].text.strip():
                position -= 1
            if end < 0:
                break
            block = lines[position + 1: end + 1]
            words = sum(len(line.text.split()) for line in block)
            if words > self.rules.block_max_words:
                break
            ranges.append((block[0].start, block[-1].end))
            paragraphs += 1
        return ranges


def split_lines(text: str) -> list[Line]:
    """Split text into lines with offsets (newline excluded)."""
    lines = []
    start = 0
    for piece in text.split("\n"):
        lines.append(Line(start, start + len(piece), piece))
        start += len(piece) + 1
    return lines
