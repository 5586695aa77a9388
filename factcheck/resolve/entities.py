"""Find known entities in text and resolve each mention to its canonical entity.

A mention is by the current name, an alias (always right) or a former name (right
only before the date the entity was renamed). Longer names win over shorter ones,
so "UK AI Security Institute" is one mention, not "UK" and an institute.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

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
    """Compiled name patterns for the rule set's entities."""

    def __init__(self, entities: tuple[Entity, ...]) -> None:
        self.by_name: dict[str, tuple[Entity, NameForm, dt.date | None]] = {}
        exact_case: list[str] = []
        any_case: list[str] = []
        for entity in entities:
            forms: list[tuple[str, NameForm, dt.date | None]] = [(entity.name, "name", None)]
            forms += [(alias, "alias", None) for alias in entity.aliases]
            forms += [(former.name, "former", former.until) for former in entity.former_names]
            for text, form, until in forms:
                key = text if entity.case_sensitive else text.lower()
                self.by_name.setdefault(key, (entity, form, until))
                (exact_case if entity.case_sensitive else any_case).append(text)
        self.exact = _compile(exact_case, 0)
        self.folded = _compile(any_case, re.IGNORECASE)

    def find(self, text: str) -> list[EntityMention]:
        """Return non-overlapping mentions, longest first where two overlap."""
        candidates = []
        for pattern, fold in ((self.folded, True), (self.exact, False)):
            if pattern is None:
                continue
            for match in pattern.finditer(text):
                surface = match.group(0)
                entry = self.by_name.get(surface.lower() if fold else surface)
                if entry is None and not fold:
                    continue
                if entry is None:
                    continue
                entity, form, until = entry
                candidates.append(EntityMention(match.start(), match.end(), entity, surface, form, until))
        candidates.sort(key=lambda mention: (mention.start, -(mention.end - mention.start)))
        chosen: list[EntityMention] = []
        for mention in sorted(candidates, key=lambda m: -(m.end - m.start)):
            if all(mention.end <= other.start or other.end <= mention.start for other in chosen):
                chosen.append(mention)
        return sorted(chosen, key=lambda mention: mention.start)


def _compile(names: list[str], flags: int) -> re.Pattern[str] | None:
    """Build one alternation with word boundaries that also respect hyphens."""
    if not names:
        return None
    alternation = "|".join(re.escape(name) for name in sorted(set(names), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w]|-\w)", flags)
