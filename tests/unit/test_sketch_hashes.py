"""Sketches hash each five-word shingle's UTF-8 bytes with CRC-32: cached sketches depend on those exact values."""

from __future__ import annotations

import re
import zlib

import pytest

from factcheck.compare.sources import SHINGLE_WORDS, SKETCH_SIZE, sketch


def _sketch_by_definition(text: str) -> tuple[int, ...]:
    words = re.findall(r"\w+", text.lower())
    shingles = [" ".join(words[index:index + SHINGLE_WORDS]) for index in range(len(words) - SHINGLE_WORDS + 1)]
    if not shingles and words:
        shingles = [" ".join(words)]
    return tuple(sorted({zlib.crc32(shingle.encode()) for shingle in shingles})[:SKETCH_SIZE])


@pytest.mark.parametrize("text", [
    "",
    "One two three",
    "The deal was signed on Wednesday by twenty-eight countries, the organisers said.",
    "L'État a signé l'accord « mercredi » à Paris — naïve straße İstanbul ǅ x_y 42 et 43 fois.",
    " ".join(f"word{index} and “quoted” text" for index in range(400)),
])
def test_a_sketch_is_the_smallest_shingle_hashes(text: str) -> None:
    assert sketch(text) == _sketch_by_definition(text)
