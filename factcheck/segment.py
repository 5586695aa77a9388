"""Split an article's live text (boilerplate skipped) into sentences with offsets.

A newline ends a sentence unless the line was hard-wrapped: it is long, ends without
punctuation and the next line carries on (a wire's dateline does not carry on the headline
above it). Full stops after known abbreviations and
initials ("U.S.", "Mr.", "J. Smith") do not end a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

WRAP_MIN_CHARS = 60
# A "sentence" longer than this (a page with no full stop, hard-wrapped lines joined) is
# cut at a space: the extractors look at each date, figure and name against the rest of
# its sentence, which must stay short for a run to stay linear. Real sentences are far
# shorter (the longest in the fixtures and seeds is 455 characters).
MAX_SENTENCE_CHARS = 1000
ABBREVIATION_WINDOW = 20
SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[\w])")
LINE_END_PUNCTUATION = tuple(".!?:;\"'”’»)…")
BULLET = re.compile(r"^\s*([-*•·–]|\d+[.)])\s+")
WORD_CHAR = re.compile(r"\w")
LAST_WORD = re.compile(r"[\w.]+$")
INITIAL = re.compile(r"[^\W\d_]\.")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its offsets in the document text and the text itself."""

    start: int
    end: int
    text: str


class Segmenter:
    """Sentence splitter configured with the rule set's abbreviations.

    ``opens_with_dateline`` tells of a line that opens with a wire dateline (the rules'
    ``lexicon.datelines``): such a line starts a sentence, even under a long headline ending in
    a lower-case word that would otherwise read as hard-wrapped.
    """

    def __init__(self, abbreviations: tuple[str, ...],
                 opens_with_dateline: Callable[[str], bool] = lambda line: False) -> None:
        self.abbreviations = frozenset(word.lower() for word in abbreviations)
        self.opens_with_dateline = opens_with_dateline

    def split(self, text: str, skipped: tuple[tuple[int, int], ...]) -> list[Sentence]:
        """Return the sentences of the text outside the skipped ranges."""
        sentences = []
        for start, end in _live_ranges(len(text), skipped):
            for block_start, block_end in self._blocks(text, start, end):
                sentences.extend(self._split_block(text, block_start, block_end))
        return sentences

    def _blocks(self, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        """Yield runs of lines that belong to one paragraph; hard-wrapped lines are joined.

        The empty line between two paragraphs ends one but is no block: most articles have
        as many of them as paragraphs. A dateline is looked for only where a line would carry
        on: most lines end a paragraph.
        """
        lines = text[start:end].split("\n")
        block_start = start
        newline = start - 1
        for line, following in zip(lines, lines[1:]):
            newline += len(line) + 1
            if not _continues(line.rstrip(), following) or self.opens_with_dateline(following):
                if block_start < newline:
                    yield block_start, newline
                block_start = newline + 1
        if block_start < end:
            yield block_start, end

    def _split_block(self, text: str, start: int, end: int) -> list[Sentence]:
        """Split one block (a paragraph or a line) at sentence-ending punctuation."""
        pieces = []
        cursor = start
        # Searched in place, not in a copy of the block: the pattern looks ahead no
        # further than the block's end, as it would at the end of a copy.
        for match in SENTENCE_END.finditer(text, start, end):
            if not self._is_abbreviation(text, start, match.start()):
                pieces.extend(_sentences(text, cursor, match.end()))
                cursor = match.end()
        pieces.extend(_sentences(text, cursor, end))
        return [sentence for sentence in pieces if sentence is not None]

    def _is_abbreviation(self, text: str, start: int, dot: int) -> bool:
        """Return True when the full stop at ``dot`` (in a block from ``start``) ends an abbreviation or initial."""
        if text[dot] != ".":
            return False
        # Look back a bounded window: abbreviations are short, and slicing the whole
        # block at every full stop would make splitting quadratic.
        word = LAST_WORD.search(text[max(start, dot - ABBREVIATION_WINDOW): dot + 1])
        if word is None:
            return False
        token = word.group(0).lower()
        return token in self.abbreviations or bool(INITIAL.fullmatch(token))


def _sentences(text: str, start: int, end: int) -> Iterator[Sentence | None]:
    """Yield the span as one sentence, or cut at spaces into pieces of at most MAX_SENTENCE_CHARS."""
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS  # no space: one very long word
        yield _sentence(text, start, cut)
        start = cut
    yield _sentence(text, start, end)


def _sentence(text: str, start: int, end: int) -> Sentence | None:
    """Return the trimmed span as a sentence, or None when it holds no word."""
    span = text[start:end]
    trimmed = span.strip()
    if not WORD_CHAR.search(trimmed):
        return None
    start += len(span) - len(span.lstrip())
    return Sentence(start, start + len(trimmed), trimmed)


def _live_ranges(length: int, skipped: tuple[tuple[int, int], ...]) -> Iterator[tuple[int, int]]:
    """Yield the parts of [0, length) outside the skipped ranges."""
    cursor = 0
    for start, end in sorted(skipped):
        if start > cursor:
            yield cursor, start
        cursor = max(cursor, end)
    if cursor < length:
        yield cursor, length


def _continues(line: str, following: str) -> bool:
    """Return True when ``following`` carries on the sentence that ``line`` started."""
    if not line.strip() or not following.strip() or BULLET.match(following):
        return False
    if line.endswith(LINE_END_PUNCTUATION):
        return False
    if following.lstrip()[0].islower():
        return True
    last_word = line.split()[-1]
    return len(line) >= WRAP_MIN_CHARS and last_word[0].islower()
