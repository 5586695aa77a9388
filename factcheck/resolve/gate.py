"""WordGate: a cheap first look for any of many words, before a costly pattern runs.

Date patterns are long alternations that the regex engine tries at every position of
every sentence; most sentences hold none of their words. An Aho-Corasick automaton
(pyahocorasick) finds whether any word occurs in time linear in the text, whatever
the number of words, so the pattern only runs where it can match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

# The first look for dates and figures: every one has a digit, or a word a gate knows.
HAS_DIGIT = re.compile(r"\d")


class WordGate:
    """Tell whether a text holds one of the words as a whole word, ignoring case."""

    def __init__(self, words: Iterable[str]) -> None:
        self.automaton = ahocorasick.Automaton()
        for word in {word.lower() for word in words if word}:
            self.automaton.add_word(word, len(word))
        self.empty = not len(self.automaton)
        if not self.empty:
            self.automaton.make_automaton()

    def admits(self, text: str) -> bool:
        """Return True when one of the words occurs in the text, not inside a longer word."""
        if self.empty:
            return False
        lowered = text.lower()
        if len(lowered) != len(text):  # a few letters change length when lowered: let the pattern decide
            return True
        for end, length in self.automaton.iter(lowered):
            start = end - length + 1
            if (start == 0 or not lowered[start - 1].isalnum()) and (end + 1 == len(lowered)
                                                                   or not lowered[end + 1].isalnum()):
                return True
        return False
