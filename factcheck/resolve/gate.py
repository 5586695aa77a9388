"""WordGate: a cheap first look for any of many words, before a costly pattern runs.

Date patterns are long alternations that the regex engine tries at every position of
every sentence; most sentences hold none of their words. An Aho-Corasick automaton
(pyahocorasick) finds whether any word occurs in time linear in the text, whatever
the number of words, so the pattern only runs where it can match.

A first look can also be taken once for a whole document, telling which of its
sentences pass: a look per sentence costs more in calls than in searching.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

import ahocorasick

# The first look for dates and figures: every one has a digit, or a word a gate knows.
HAS_DIGIT = re.compile(r"\d")


def lowers_in_place(text: str, lowered: str) -> bool:
    """Return True when ``lowered`` (the text lowered whole) serves every part of the text.

    That is so when the text lowers letter by letter, as most texts do: a few letters
    lower to two, and a capital sigma lowers by what surrounds it, which a sentence's
    edges change.
    """
    return len(lowered) == len(text) and "Σ" not in text


class WordGate:
    """Tell whether a text holds one of the words as a whole word, ignoring case."""

    def __init__(self, words: Iterable[str]) -> None:
        self.automaton = ahocorasick.Automaton()
        self.words = frozenset(word.lower() for word in words if word)
        for word in self.words:
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
        return any(_whole_word(lowered, end - length + 1, end, 0, len(lowered))
                   for end, length in self.automaton.iter(lowered))


class FirstLooks:
    """Word gates and patterns looked for once over a whole document, telling which of its sentences each admits.

    One automaton holds every gate's words, so the text is read once, not once per
    gate, and each pattern is searched for from sentence to sentence. It may also
    hold other lower-case words (``riders``, such as an EntityMatcher's names): their
    hits, whatever their bounds, are handed back from the same reading of the text.
    """

    def __init__(self, gates: Iterable[WordGate], patterns: Iterable[re.Pattern[str]],
                 riders: Iterable[tuple[str, Any]] = ()) -> None:
        self.gates = tuple(gates)
        self.patterns = tuple(patterns)
        self.automaton = ahocorasick.Automaton()
        # Each word maps to the positions of the gates that know it, and to what it
        # stands for as a rider (None when it is none).
        knowers: dict[str, tuple[int, ...]] = {}
        for position, gate in enumerate(self.gates):
            for word in gate.words:
                knowers[word] = (*knowers.get(word, ()), position)
        carried = dict(riders)
        for word in knowers.keys() | carried.keys():
            self.automaton.add_word(word, (len(word), knowers.get(word, ()), carried.get(word)))
        if len(self.automaton):
            self.automaton.make_automaton()

    def taken(self, text: str, spans: Sequence[tuple[int, int]]) -> tuple[dict[object, set[int]], list[Any] | None]:
        """Return the spans (their indices) each gate and pattern admits, and the riders' hits.

        The spans are in order and do not overlap. A gate admits a span as its ``admits``
        would the span's text, the span's edges counting as word edges, and a pattern as
        its ``search`` (see ``searched``). A rider's hit, in the text lowered from the
        first span's start, is ``(end, what the word stands for)``, ``end`` the offset of
        its last letter, as ``Automaton.iter`` gives it. The hits are None where the whole
        text lowered serves no span (see ``lowers_in_place``): the riders' owner must
        then look span by span.
        """
        looks: dict[object, set[int]] = {pattern: searched(pattern, text, spans) for pattern in self.patterns}
        lowered = text.lower()
        if not lowers_in_place(text, lowered):
            looks.update({gate: {index for index, (start, end) in enumerate(spans) if gate.admits(text[start:end])}
                          for gate in self.gates})
            return looks, None
        admitted: list[set[int]] = [set() for _ in self.gates]
        hits = []
        if spans and len(self.automaton):
            starts = [start for start, _ in spans]
            for end, (length, positions, carried) in self.automaton.iter(lowered, starts[0]):
                if carried is not None:
                    hits.append((end, carried))
                if not positions:
                    continue
                start = end - length + 1
                index = bisect.bisect_right(starts, start) - 1
                low, high = spans[index]
                if end < high and _whole_word(lowered, start, end, low, high):
                    for position in positions:
                        admitted[position].add(index)
        looks.update(zip(self.gates, admitted))
        return looks, hits


def _whole_word(lowered: str, start: int, end: int, low: int, high: int) -> bool:
    """Return True when ``lowered[start:end + 1]``, inside ``lowered[low:high]``, is no part of a longer word.

    The edges of ``low`` to ``high`` (a sentence) count as word edges.
    """
    return (start == low or not lowered[start - 1].isalnum()) and (end + 1 == high or not lowered[end + 1].isalnum())


def passed_by_span(looks: Mapping[object, set[int]]) -> dict[int, set[object]]:
    """Turn the spans each first look admits (``FirstLooks.taken``) into the first looks each span passed."""
    passed: dict[int, set[object]] = defaultdict(set)
    for look, indices in looks.items():
        for index in indices:
            passed[index].add(look)
    return passed


def passes(look: WordGate | re.Pattern[str], text: str, looks: Collection[object] | None) -> bool:
    """Return True when a first look admits the text: one of ``looks``, the looks it passed, or if None, looked now."""
    if looks is not None:
        return look in looks
    return look.admits(text) if isinstance(look, WordGate) else look.search(text) is not None


def searched(pattern: re.Pattern[str], text: str, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Return the indices of the spans (in order, not overlapping) in whose text ``pattern.search`` finds a match.

    The pattern is searched for through the whole text, skipping to the next span once
    one has a match. It must not look around: only then is a match lying inside a span
    one the span's own text has. A match that runs out of its span may hide one inside
    it, so that span is then searched on its own.
    """
    starts = [start for start, _ in spans]
    found: set[int] = set()
    index = 0
    while index < len(spans):
        match = pattern.search(text, starts[index])
        if match is None:
            break
        index = bisect.bisect_right(starts, match.start()) - 1
        low, high = spans[index]
        if match.start() < high and (match.end() <= high or pattern.search(text, low, high)):
            found.add(index)
        index += 1
    return found
