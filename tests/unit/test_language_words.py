"""The language guess counts words without running its word pattern over every piece: the counts must not change."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from factcheck.load.metadata import LANGUAGE_WORD, _word_counts


@pytest.mark.parametrize("text", [
    "the deal and the talks",
    "l'état est dans une phase d’attente",
    "“quoted,” (brackets) it's 2025 x'y'z a1b c_d ²³ İstanbul",
    "tabs\tand\u00a0no-break\u2003spaces\nlines",
    "",
])
def test_word_counts_are_the_patterns_counts(text: str) -> None:
    assert _word_counts(text) == Counter(LANGUAGE_WORD.findall(text))


def test_word_counts_are_the_patterns_counts_on_random_texts() -> None:
    pieces = ["l'", "état", "’", "'", "a1", "_x", "²", "abc", " ", "\n", "\u00a0", "\u2003", "2025", "é", "-", "x'y"]
    chooser = random.Random(11)
    for _ in range(5000):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 12)))
        assert _word_counts(text) == Counter(LANGUAGE_WORD.findall(text)), text
