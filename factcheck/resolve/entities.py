"""Find known entities in text and resolve each mention to its canonical entity.

A mention is by the current name, an alias (always right) or a former name (right
only before the date the entity was renamed). Longer names win over shorter ones,
so "UK AI Security Institute" is one mention, not "UK" and an institute.

Names are found with an Aho-Corasick automaton (pyahocorasick), in time linear in
the text whatever the number of names: a regex alternation of thousands of names
tries every name at every position.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

import ahocorasick

from factcheck.ruleset.schema import Entity

NameForm = Literal["name", "alias", "former"]


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

    def __init__(self, entities: tuple[Entity, ...]) -> None:
        self.folded = ahocorasick.Automaton()
        self.exact = ahocorasick.Automaton()
        for entity in entities:
            forms: list[tuple[str, NameForm, dt.date | None]] = [(entity.name, "name", None)]
            forms += [(alias, "alias", None) for alias in entity.aliases]
            forms += [(former.name, "former", former.until) for former in entity.former_names]
            for text, form, until in forms:
                automaton = self.exact if entity.case_sensitive else self.folded
                key = text if entity.case_sensitive else text.lower()
                if key and key not in automaton:
                    automaton.add_word(key, (len(key), entity, form, until))
        for automaton in (self.folded, self.exact):
            if len(automaton):
                automaton.make_automaton()

    def find(self, text: str) -> list[EntityMention]:
        """Return non-overlapping mentions, longest first where two overlap."""
        candidates: list[EntityMention] = []
        lowered = text.lower()
        # Lower-casing can change a string's length (a few Unicode letters); offsets
        # would then drift, so such a text is matched with its exact case only.
        folded_text = lowered if len(lowered) == len(text) else None
        for automaton, haystack in ((self.folded, folded_text), (self.exact, text)):
            if haystack is None or not len(automaton):
                continue
            for end_index, (length, entity, form, until) in automaton.iter(haystack):
                start, end = end_index - length + 1, end_index + 1
                if _bounded(text, start, end):
                    candidates.append(EntityMention(start, end, entity, text[start:end], form, until))
        chosen: list[EntityMention] = []
        taken: list[tuple[int, int]] = []
        for mention in sorted(candidates, key=lambda m: (-(m.end - m.start), m.start)):
            if all(mention.end <= start or end <= mention.start for start, end in taken):
                chosen.append(mention)
                taken.append((mention.start, mention.end))
        return sorted(chosen, key=lambda mention: mention.start)


def _bounded(text: str, start: int, end: int) -> bool:
    """Return True when the match is a whole word: no letter, digit or joined hyphen either side."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    after_next = text[end + 1] if end + 1 < len(text) else " "
    if before.isalnum() or before in "_-":
        return False
    return not (after.isalnum() or after == "_" or (after == "-" and after_next.isalnum()))
