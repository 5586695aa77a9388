"""Decide which articles are independent sources.

Articles of one outlet count once, and so do near-identical texts (a wire story
republished by several sites). Near-duplicates are found with bottom-k sketches of
word shingles: one hash per shingle, a fixed-size sketch per article, and a Jaccard
estimate from the sketches; sketches are compared only when they share a value.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict

SHINGLE_WORDS = 5
SKETCH_SIZE = 64
MAX_BUCKET = 50
WORD = re.compile(r"\w+")


def sketch(text: str) -> tuple[int, ...]:
    """Return the bottom-k sketch of the text's word shingles."""
    words = WORD.findall(text.lower())
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(len(words) - SHINGLE_WORDS + 1, 1))}
    hashes = sorted({zlib.crc32(shingle.encode()) for shingle in shingles if shingle})
    return tuple(hashes[:SKETCH_SIZE])


def estimate_similarity(first: tuple[int, ...], second: tuple[int, ...]) -> float:
    """Estimate the Jaccard similarity of two texts from their sketches."""
    if not first or not second:
        return 0.0
    union = sorted(set(first) | set(second))[:SKETCH_SIZE]
    both = set(first) & set(second)
    return sum(1 for value in union if value in both) / len(union)


def source_groups(outlets: list[str | None], sketches: list[tuple[int, ...]], threshold: float) -> list[int]:
    """Return a source number per article: same outlet or near-duplicate text share one."""
    parent = list(range(len(outlets)))

    def find(item: int) -> int:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(first: int, second: int) -> None:
        parent[find(first)] = find(second)

    by_outlet: dict[str, int] = {}
    for position, outlet in enumerate(outlets):
        if outlet:
            key = " ".join(outlet.casefold().split())
            if key in by_outlet:
                union(position, by_outlet[key])
            else:
                by_outlet[key] = position
    for first, second in _candidate_pairs(sketches):
        if estimate_similarity(sketches[first], sketches[second]) >= threshold:
            union(first, second)
    return [find(position) for position in range(len(outlets))]


def _candidate_pairs(sketches: list[tuple[int, ...]]) -> set[tuple[int, int]]:
    """Return pairs of articles whose sketches share a quarter of their values or more.

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
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for positions in index.values():
        if len(positions) > MAX_BUCKET:
            continue
        for i, first in enumerate(positions):
            for second in positions[i + 1:]:
                shared[(first, second)] += 1
    pairs.update(pair for pair, count in shared.items() if count >= SKETCH_SIZE // 4)
    return pairs
