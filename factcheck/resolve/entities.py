"""Find known entities in text and resolve each mention to its canonical entity.

A mention is by the current name, an alias (always right) or a former name (right
only before the date the entity was renamed). Longer names win over shorter ones,
so "UK AI Security Institute" is one mention, not "UK" and an institute.

Names are found with an Aho-Corasick automaton (pyahocorasick), in time linear in
the text whatever the number of names: a regex alternation of thousands of names
tries every name at every position.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

import ahocorasick

from factcheck.resolve.alternation import alternation
from factcheck.resolve.gate import lowers_in_place
from factcheck.ruleset.schema import Entity

NameForm = Literal["name", "alias", "former"]
# The word just before a position, spaces between: "rayons" in "rayons X".
WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
WORD_BEFORE_REACH = 80  # characters looked back through: a word and the spaces after it


@dataclass(frozen=True, slots=True)
class EntityMention:
    """One mention of a known entity."""

    start: int
    end: int
    entity: Entity
    surface: str
    form: NameForm
    valid_until: dt.date | None = None


class EntityMatcher:
    """Automata over the rule set's entity names: one case-folded, one exact-case."""

    def __init__(self, entities: tuple[Entity, ...], ampersand_words: tuple[str, ...] = (),
                 small_words: Iterable[str] = ()) -> None:
        """``small_words`` may stand before a one-letter name capitalised ("On X"), other words not (``_one_letter_alone``)."""
        self.small_words = frozenset(word.casefold() for word in small_words)
        self.folded = ahocorasick.Automaton()
        self.exact = ahocorasick.Automaton()
        ampersand = re.compile(rf"\s(?:&|{alternation(ampersand_words)})\s", re.IGNORECASE) if ampersand_words else None
        for entity in entities:
            forms: list[tuple[str, NameForm, dt.date | None]] = [(entity.name, "name", None)]
            forms += [(alias, "alias", None) for alias in entity.aliases]
            forms += [(former.name, "former", former.until) for former in entity.former_names]
            for text, form, until in _with_ampersands(forms, ampersand, ampersand_words):
                automaton = self.exact if entity.case_sensitive else self.folded
                key = text if entity.case_sensitive else text.lower()
                if key and key not in automaton:
                    automaton.add_word(key, (len(key), entity, form, until))
        for automaton in (self.folded, self.exact):
            if len(automaton):
                automaton.make_automaton()

    def _one_letter_alone(self, text: str, start: int, low: int) -> bool:
        """Return True when a one-letter name ("X") stands alone, not after a capitalised word whose name it
        ends ("Malcolm X", "Generation X"); a small word may stand before it ("On X, he wrote"). After a
        word in lower case it may be a label ("the letter X") as well as the name ("the company says X
        has 540 million users"): it is kept."""
        word = _word_before(text, start, low)
        return not word[:1].isupper() or word.casefold() in self.small_words

    def folded_names(self) -> Iterable[tuple[str, tuple]]:
        """Return the case-folded names and what each stands for, for a reading of the text shared with other words."""
        return self.folded.items()

    def find(self, text: str) -> list[EntityMention]:
        """Return non-overlapping mentions, longest first where two overlap."""
        return self._find(text, text.lower(), [(0, len(text))])[0]

    def find_each(self, text: str, spans: Sequence[tuple[int, int]],
                  folded_hits: list[tuple[int, tuple]] | None = None) -> list[list[EntityMention]]:
        """Return each span's mentions, as ``find`` on the span's own text would (offsets are the span's).

        The spans (sentences, in order, not overlapping) are searched in one pass of
        each automaton over the whole text: a pass per sentence cost more than the
        search. A mention must lie inside its span, whole-word with the span's edges
        counting as spaces. ``folded_hits`` are the case-folded names' hits in the text
        lowered from the first span on, when a shared reading found them (see
        ``FirstLooks.taken``); they are then not looked for again.
        """
        lowered = text.lower()
        if not lowers_in_place(text, lowered):  # then searched span by span
            return [self.find(text[start:end]) for start, end in spans]
        return self._find(text, lowered, spans, folded_hits)

    def _find(self, text: str, lowered: str, spans: Sequence[tuple[int, int]],
              folded_hits: list[tuple[int, tuple]] | None = None) -> list[list[EntityMention]]:
        """Return each span's mentions, the case-folded names looked for in ``lowered`` unless found already."""
        # Lower-casing can change a string's length (a few Unicode letters); offsets
        # would then drift, so such a text is matched with its exact case only.
        folded_text = lowered if len(lowered) == len(text) else None
        starts = [start for start, _ in spans]
        candidates: list[list[EntityMention]] = [[] for _ in spans]
        for automaton, haystack in ((self.folded, folded_text), (self.exact, text)):
            if haystack is None or not len(automaton):
                continue
            hits = folded_hits if automaton is self.folded and folded_hits is not None else automaton.iter(haystack)
            for end_index, (length, entity, form, until) in hits:
                start, end = end_index - length + 1, end_index + 1
                index = bisect.bisect_right(starts, start) - 1
                if index < 0:
                    continue
                low, high = spans[index]
                if end <= high and _bounded(text, start, end, low, high) \
                        and (length > 1 or self._one_letter_alone(text, start, low)):
                    mention = EntityMention(start - low, end - low, entity, text[start:end], form, until)
                    candidates[index].append(mention)
        return [_longest_first(found) if found else found for found in candidates]


def _with_ampersands(forms: list[tuple[str, NameForm, dt.date | None]], ampersand: re.Pattern[str] | None,
                     words: tuple[str, ...]) -> list[tuple[str, NameForm, dt.date | None]]:
    """Return the forms of a name, each also written with "&" for its joining word and with each joining
    word for its "&", so "Competition & Markets Authority" is the Competition and Markets Authority."""
    if ampersand is None:
        return forms
    written = list(forms)
    for text, form, until in forms:
        if " & " in text:
            written.extend((text.replace(" & ", f" {word} "), form, until) for word in words)
        elif ampersand.search(text):
            written.append((ampersand.sub(" & ", text), form, until))
    return written


def _longest_first(candidates: list[EntityMention]) -> list[EntityMention]:
    """Return the mentions no longer one overlaps, in text order."""
    chosen: list[EntityMention] = []
    taken: list[tuple[int, int]] = []
    for mention in sorted(candidates, key=lambda m: (-(m.end - m.start), m.start)):
        if all(mention.end <= start or end <= mention.start for start, end in taken):
            chosen.append(mention)
            taken.append((mention.start, mention.end))
    return sorted(chosen, key=lambda mention: mention.start)


def _word_before(text: str, start: int, low: int) -> str:
    """Return the word just before ``start``, across spaces only: "" after punctuation or at the span's start."""
    word = WORD_BEFORE.search(text, max(low, start - WORD_BEFORE_REACH), start)
    return word.group(1) if word else ""


def _bounded(text: str, start: int, end: int, low: int, high: int) -> bool:
    """Return True when text[start:end] is a whole word of text[low:high].

    No letter, digit or joined hyphen may touch it; beyond the span's edges is a space.
    """
    before = text[start - 1] if start > low else " "
    after = text[end] if end < high else " "
    after_next = text[end + 1] if end + 1 < high else " "
    if before.isalnum() or before in "_-":
        return False
    return not (after.isalnum() or after == "_" or (after == "-" and after_next.isalnum()))
