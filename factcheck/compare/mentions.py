"""Mentions: which entities each article names, to tell whether two things are known together.

Claims about one thing name parties that its articles know together: "OpenAI and the
UK government" and "OpenAI and DSIT" are one signing when some article names the
government and DSIT, and "Google will grow its London teams" is another fact than
"Microsoft will grow its London teams" unless some article names both firms. The
entity split of dates and figures (``parts``) and the statement matcher ask this index.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from factcheck.compare.members import Member


class Mentions:
    """Which entities each article names, and which articles name each entity, from their claims.

    One per run, over all the claims compared, indexed on first use: only keys holding
    claims about different entities, and statements naming different entities, ask.
    """

    def __init__(self, members: Sequence[Member]) -> None:
        self._members = members
        self._names: dict[str, set[str]] | None = None
        self._postings: dict[str, list[str]] = {}
        self._together: dict[frozenset[frozenset[str]], bool] = {}
        self._main: dict[str, str | None] | None = None

    def names(self, article_id: str) -> set[str]:
        """Return the entities the article names in any claim."""
        return self._indexed()[article_id]

    def articles(self, entity: str) -> list[str]:
        """Return the articles naming the entity in any claim."""
        self._indexed()
        return self._postings.get(entity, [])

    def main(self, article_id: str) -> str | None:
        """Return the entity the article's claims name most, if one is named more than any other.

        A claim naming no entity ("the company expected $500bn in orders") is most often
        about what its article is about: the entity split (``parts``) asks this.
        """
        if self._main is None:
            counts: dict[str, Counter[str]] = defaultdict(Counter)
            for member in self._members:
                counts[member.article_id].update(member.claim.entities)
            self._main = {article: _leader(named) for article, named in counts.items()}
        return self._main.get(article_id)

    def together(self, some: frozenset[str], others: frozenset[str]) -> bool:
        """Return True when one article names an entity of ``some`` and an entity of ``others``."""
        key = frozenset((some, others))
        if key not in self._together:
            # Look through the articles of the side named less widely, for an entity of the other.
            looked, wanted = sorted((some, others), key=self._reach)
            self._together[key] = any(not wanted.isdisjoint(self.names(article))
                                      for entity in looked for article in self.articles(entity))
        return self._together[key]

    def _reach(self, entities: frozenset[str]) -> int:
        """Return how many times articles name the entities (what looking through them costs)."""
        return sum(len(self.articles(entity)) for entity in entities)

    def _indexed(self) -> dict[str, set[str]]:
        """Index the claims' entities by article and by entity, on first use."""
        if self._names is None:
            self._names = {}
            for member in self._members:
                named = self._names.setdefault(member.article_id, set())
                for entity in member.claim.entities:
                    if entity not in named:
                        named.add(entity)
                        self._postings.setdefault(entity, []).append(member.article_id)
        return self._names


def _leader(counts: Counter[str]) -> str | None:
    """Return the entity counted most, or None when none is or two tie."""
    top = counts.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None
