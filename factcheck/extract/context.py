"""SentenceContext: what every extractor needs to know about one sentence."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from factcheck.load import LoadedArticle
from factcheck.resolve.dates import DateMatch
from factcheck.resolve.entities import EntityMention
from factcheck.segment import Sentence


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """A sentence with the entities and dates found in it (offsets are the sentence's own).

    ``looks`` are the first looks (word gates and patterns, see ``FirstLooks``) the
    sentence passed: taken once for the document, they need not be taken again.
    """

    article: LoadedArticle
    sentence: Sentence
    entities: tuple[EntityMention, ...]
    dates: tuple[DateMatch, ...]
    looks: Collection[object]

    @property
    def text(self) -> str:
        """Return the sentence text."""
        return self.sentence.text

    def line_of(self, offset: int) -> int:
        """Return the file line of an offset within the sentence."""
        return self.article.document.line_of(self.sentence.start + offset)

    def topic_entities(self) -> tuple[str, ...]:
        """Return the names of the sentence's non-place entities, in order of mention."""
        ids = [mention.entity.name for mention in self.entities if mention.entity.type != "place"]
        return tuple(dict.fromkeys(ids))

    def primary_entity(self, before: int | None = None) -> str:
        """Return the display name of the first organisation-like entity, or ''; with ``before``, of the
        first named before that offset: a figure's thing is not one named past the next figure
        ("sought 60 billion euros ... 6.1% of output, above the European Union's 3% ceiling")."""
        for mention in self.entities:
            if mention.entity.type not in ("place", "person") and (before is None or mention.start < before):
                return mention.entity.name
        return ""
