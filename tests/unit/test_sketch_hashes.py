"""Sketches hash each five-word shingle's UTF-8 bytes with CRC-32: cached sketches depend on those exact values."""

from __future__ import annotations

import random
import re
import zlib

import pytest

from factcheck.compare.sources import SHINGLE_WORDS, SKETCH_SIZE, _encoded_words, _smallest, sketch


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


@pytest.mark.parametrize("chunk", [7, 50, 300])
def test_a_text_read_in_chunks_has_the_sketch_of_the_whole(chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # Long texts are sketched a chunk at a time, the smallest hashes kept between chunks.
    monkeypatch.setattr("factcheck.compare.sources.CHUNK_CHARS", chunk)
    chooser = random.Random(chunk)
    text = " ".join(f"w{chooser.randrange(300)}" for _ in range(3000))
    assert sketch(text) == _sketch_by_definition(text)


@pytest.mark.parametrize("spread", [1 << 32, 1000])  # even, as CRC-32 values are, and all crowded low
@pytest.mark.parametrize("count", [0, 5, SKETCH_SIZE, 4 * SKETCH_SIZE + 1, 2000])
def test_the_smallest_hashes_are_the_smallest_whatever_their_spread(spread: int, count: int) -> None:
    chooser = random.Random(count)
    for offset in (0, (1 << 32) - spread):  # and all crowded high
        hashes = [offset + chooser.randrange(spread) for _ in range(count)]  # repeats and all
        smallest = set(sorted(set(hashes))[:SKETCH_SIZE])
        assert _smallest(set(), hashes) == smallest
        assert _smallest(set(hashes[:count // 3]), hashes[count // 3:]) == smallest  # kept from an earlier chunk


def test_words_are_cut_as_the_word_pattern_cuts_them_for_every_character() -> None:
    # Each character between two letters and alone between spaces: a word character
    # joins or makes a word, any other splits, as r"\w+" decides.
    characters = [chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000]
    for text in ("a".join(characters), " ".join(characters)):
        assert _encoded_words(text) == [word.encode() for word in re.findall(r"\w+", text)]
