"""Decide which articles are independent sources.

Articles of one outlet count once, and so do near-duplicate texts: a wire story
republished by several sites, often cut short, retitled or with a local paragraph
added. Near-duplicates are found with bottom-k sketches of word shingles (one hash
per shingle, a fixed-size sketch per article); sketches are compared only when they
share values, by how much of the shorter text the longer one contains, so a trimmed
copy still counts as a copy.
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass

from factcheck.compare.groups import UnionFind

SHINGLE_WORDS = 5
SKETCH_SIZE = 64
MAX_BUCKET = 50
# Fewer shared-range values than this say too little to call two texts copies.
MIN_SAMPLE = 8
# How a text's words are cut out of its UTF-8 bytes: every ASCII byte that is no word
# character (\w) becomes a space; the bytes of other characters are kept, the
# characters outside ASCII that are no word character having been spaced out before.
WORD_BYTES_TABLE = bytes(byte if byte >= 0x80 or chr(byte).isalnum() or byte == ord("_") else ord(" ")
                         for byte in range(256))
NOT_WORD_BEYOND_ASCII = re.compile(r"[^\w\x00-\x7f]")
SPACE = re.compile(r"\s")
CHUNK_CHARS = 1 << 20


def sketch(text: str) -> tuple[int, ...]:
    """Return the bottom-k sketch of the text's word shingles.

    The text is read in chunks of about CHUNK_CHARS, keeping only the k smallest hashes
    between chunks, so memory stays bounded however long the article (a 50 MB dump
    must not hold millions of shingles at once), while each chunk is hashed with
    whole-list operations rather than a Python loop per word.
    """
    smallest: set[int] = set()
    carry: list[str] = []
    start = 0
    while start < len(text) or (start == 0 and not text):
        end = len(text) if start + CHUNK_CHARS >= len(text) else _next_space(text, start + CHUNK_CHARS)
        words = carry + _encoded_words(text[start:end].lower())
        if len(words) >= SHINGLE_WORDS:
            shingles = map(b" ".join, zip(*(words[offset:] for offset in range(SHINGLE_WORDS))))
        else:
            shingles = iter([b" ".join(words)] if words and start + CHUNK_CHARS >= len(text) else [])
        smallest = _smallest(smallest, list(map(zlib.crc32, shingles)))
        carry = words[-(SHINGLE_WORDS - 1):]
        if end >= len(text):
            break
        start = end
    return tuple(sorted(smallest))


def _smallest(kept: set[int], hashes: list[int]) -> set[int]:
    """Return the SKETCH_SIZE smallest distinct values among the kept hashes and the new ones.

    CRC-32 values spread evenly over 32 bits, so about twice SKETCH_SIZE of them lie
    below twice the value expected of the SKETCH_SIZE-th: only those are gathered into
    a set and sorted, unless too few distinct ones do (or there are few in all), when
    all are. The new hashes come as a list: most lie above that ceiling and are never
    put in a set (11% of the sketch's time over the benchmark's 2,000 articles).
    """
    total = len(kept) + len(hashes)
    if total > 4 * SKETCH_SIZE:
        ceiling = (1 << 32) // total * 2 * SKETCH_SIZE
        below = set(filter(ceiling.__gt__, itertools.chain(kept, hashes)))
        if len(below) >= SKETCH_SIZE:
            return set(sorted(below)[:SKETCH_SIZE])
    return set(sorted(kept.union(hashes))[:SKETCH_SIZE])


def _encoded_words(lowered: str) -> list[bytes]:
    """Return the words (runs of ``\\w``) of the text UTF-8 encoded, as the shingles are hashed.

    A shingle's bytes are its words' bytes joined by spaces, so each word is encoded
    once rather than in five shingles. The text is encoded whole and its words split
    off with a byte table and ``bytes.split``, all in C: about a third of the time of
    a word pattern, which would run per character. Only the rare characters beyond
    ASCII that are no word character (curly quotes, dashes) need a pattern, to space
    them out first.
    """
    if not lowered.isascii():
        lowered = NOT_WORD_BEYOND_ASCII.sub(" ", lowered)
    return lowered.encode().translate(WORD_BYTES_TABLE).split()


def _next_space(text: str, position: int) -> int:
    """Return the first whitespace at or after position (or the end), so no word is cut."""
    match = SPACE.search(text, position)
    return match.start() if match else len(text)


def estimate_similarity(first: tuple[int, ...], second: tuple[int, ...]) -> float:
    """Estimate how much of the shorter text the longer one contains (1.0 for a copy or a cut copy).

    Below the largest value of a bottom-k sketch, the sketch holds every shingle hash
    of its text. So the other sketch's values in that range are a sample of the other
    text's shingles whose presence in this text is known exactly: the share present
    estimates containment. The larger of the two directions is the shorter text's.
    """
    if not first or not second:
        return 0.0
    return max(_contained(first, second), _contained(second, first))


def _contained(sample: tuple[int, ...], full: tuple[int, ...]) -> float:
    """Return the share of ``sample``'s values within ``full``'s range that ``full`` holds."""
    ceiling = full[-1] if len(full) >= SKETCH_SIZE else float("inf")
    values = set(full)
    seen = [value for value in sample if value <= ceiling]
    if len(seen) < MIN_SAMPLE and len(seen) < len(sample):
        return 0.0
    return sum(value in values for value in seen) / len(seen) if seen else 0.0


@dataclass(frozen=True, slots=True)
class Sources:
    """Each article's independent source, and the articles that were merged into one, with why."""

    numbers: tuple[int, ...]
    groups: tuple[tuple[tuple[int, ...], tuple[str, ...]], ...]


def source_groups(outlets: list[str | None], sketches: list[tuple[int, ...]], threshold: float) -> Sources:
    """Number each article's source: articles of the same outlet or with near-duplicate text share one."""
    groups = UnionFind(len(outlets))
    reasons: dict[int, set[str]] = defaultdict(set)

    def union(first: int, second: int, reason: str) -> None:
        joined = {groups.find(first), groups.find(second)}
        kept = groups.join(first, second)
        for root in joined - {kept}:
            reasons[kept] |= reasons.pop(root, set())
        reasons[kept].add(reason)

    by_outlet: dict[str, int] = {}
    for position, outlet in enumerate(outlets):
        if outlet:
            key = " ".join(outlet.casefold().split())
            if key in by_outlet:
                union(position, by_outlet[key], "same outlet")
            else:
                by_outlet[key] = position
    for first, second in sorted(_candidate_pairs(sketches)):
        if estimate_similarity(sketches[first], sketches[second]) >= threshold:
            union(first, second, "near-duplicate text")
    numbers = tuple(groups.find(position) for position in range(len(outlets)))
    listed = tuple((tuple(positions), tuple(sorted(reasons[number])))
                   for number, positions in sorted(groups.groups().items(), key=lambda item: item[1][0])
                   if len(positions) > 1)
    return Sources(numbers, listed)


def _candidate_pairs(sketches: list[tuple[int, ...]]) -> set[tuple[int, int]]:
    """Return pairs of articles whose sketches share an eighth of their values or more.

    Identical sketches (exact copies) are paired directly. Among the distinct ones, a
    value shared by more than MAX_BUCKET sketches is a stock phrase, not evidence of
    copying, and is not used: it would make the pairs grow with the square of the corpus.
    """
    pairs: set[tuple[int, int]] = set()
    first_of: dict[tuple[int, ...], int] = {}
    distinct: list[int] = []
    for position, values in enumerate(sketches):
        if values in first_of:
            pairs.add((first_of[values], position))
        else:
            first_of[values] = position
            distinct.append(position)
    index: dict[int, list[int]] = defaultdict(list)
    for position in distinct:
        for value in sketches[position]:
            index[value].append(position)
    shared: Counter[tuple[int, int]] = Counter()
    for positions in index.values():
        if 1 < len(positions) <= MAX_BUCKET:
            shared.update(itertools.combinations(positions, 2))
    pairs.update(pair for pair, count in shared.items() if count >= SKETCH_SIZE // 8)
    return pairs
