"""The language guess counts words without running its word pattern over every piece: the counts must not change."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from factcheck.load.metadata import LANGUAGE_WORD, _word_counts

# Function words as a rule file might list them: with an apostrophe, capitalised, or as a piece with punctuation.
WANTED = frozenset({"the", "est", "l'état", "état", "it's", "a1", "abc", "The", "x'y", "'", "hui", "aujourd'hui"})


@pytest.mark.parametrize("text", [
    "the deal and the talks",
    "l'état est dans une phase d’attente",
    "“quoted,” (brackets) it's 2025 x'y'z a1b c_d ²³ İstanbul",
    "tabs\tand\u00a0no-break\u2003spaces\nlines",
    "",
])
def test_word_counts_are_the_patterns_counts(text: str) -> None:
    words = LANGUAGE_WORD.findall(text)
    assert _word_counts(text, frozenset(words)) == Counter(words)
    assert _word_counts(text, WANTED) == Counter(word for word in words if word in WANTED)


def test_word_counts_are_the_patterns_counts_on_random_texts() -> None:
    pieces = ["l'", "état", "’", "'", "a1", "_x", "²", "abc", " ", "\n", "\u00a0", "\u2003", "2025", "é", "-", "x'y",
              "the", "est", "hui", "aujourd"]
    chooser = random.Random(11)
    for _ in range(5000):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 12)))
        words = LANGUAGE_WORD.findall(text)
        assert _word_counts(text, WANTED) == Counter(word for word in words if word in WANTED), text
