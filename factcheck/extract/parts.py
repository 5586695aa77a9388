"""Find the numbered parts of a thing that a sentence gives figures for: "the first quarter",
"au deuxième tour", "at third reading", "Q3".

A company's revenue in the first quarter and in the second are two facts, as are the
votes of a bill's second and third readings: the comparator keeps figures whose
sentences name different parts of one kind apart (``compare.quantities``). Kinds,
ordinals and letters are rule data (``Numbers.numbered_parts``, ``part_ordinals``,
``part_letters``), in any language.
"""

from __future__ import annotations

import re

from factcheck.resolve.alternation import alternation, lookup, phrase_key
from factcheck.ruleset.schema import Numbers


class PartFinder:
    """One pattern for an ordinal before a part's word ("third-quarter", "3e trimestre") or a letter
    and digit ("Q3")."""

    def __init__(self, rules: Numbers) -> None:
        self.kind_of = {phrase_key(word): group[0] for group in rules.numbered_parts for word in group}
        self.number_of = {phrase_key(word): number for word, number in rules.part_ordinals.items()}
        self.letter_kind = {phrase_key(letter): kind for letter, kind in rules.part_letters.items()}
        branches = []
        if self.kind_of and self.number_of:
            branches.append(rf"(?P<ordinal>{alternation(self.number_of)})[\s-](?P<kind>{alternation(self.kind_of)})")
        if self.letter_kind:
            branches.append(rf"(?P<letter>{alternation(self.letter_kind)})(?P<digit>[1-4])")
        self.pattern = (re.compile(rf"(?<![\w-])(?:{'|'.join(branches)})(?![\w-])", re.IGNORECASE)
                        if branches else None)

    def named(self, text: str) -> tuple[str, ...]:
        """Return the parts the text names, each as its kind and number ("quarter 3"), in order, once each."""
        if self.pattern is None:
            return ()
        found: dict[str, None] = {}
        for match in self.pattern.finditer(text):
            parts = match.groupdict()
            if parts.get("letter"):
                kind, number = lookup(self.letter_kind, parts["letter"]), int(parts["digit"])
            else:
                kind, number = lookup(self.kind_of, parts["kind"]), lookup(self.number_of, parts["ordinal"])
            if kind is not None and number is not None:
                found[f"{kind} {number}"] = None
        return tuple(found)
