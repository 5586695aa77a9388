"""Compare statements: reworded reports of one fact, from independent sources.

Statements are blocked by the terms they share (no all-pairs loop): only statements
with a rare term in common are scored. A pair matches when it shares enough
terms and its cosine similarity, with terms and entities weighted by their rarity
across the run's statements, reaches the rules' threshold, and when what each names that the
other does not is known together, named in one article (``mentions.Mentions``): "Google
will grow its London teams" and "Microsoft will grow its London teams" are two facts
unless some article names both firms, as an article on one story does.
Matches are clustered by what they share, not merely by who they touch, so one long
sentence that matches two different facts elsewhere does not fuse them into one.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, combinations

from factcheck.compare.members import Member, Verdict, labels, sources_of
from factcheck.compare.mentions import Mentions
from factcheck.ruleset.schema import CompareSettings

KIND = "statement"
MAX_BLOCK_SHARE = 0.2
# A term shared by more statements than this is too common to block on: it would make
# the candidate pairs grow with the square of the corpus.
MAX_BLOCK_SIZE = 50
QUOTE_PREVIEW = 110
# A scored pair of statements: (similarity, first position, second position, shared features).
Match = tuple[float, int, int, frozenset[str]]


@dataclass(eq=False)
class _Cluster:
    """Statements agreeing on one fact, and the features they share."""

    members: list[Member] = field(default_factory=list)
    shared: set[str] = field(default_factory=set)


def compare(members: list[Member], settings: CompareSettings, mentions: Mentions,
            focus: Callable[[str], bool] | None = None) -> Iterator[Verdict]:
    """Yield agreements for matched statements and single-source verdicts for checkable ones.

    With ``focus`` (is this article id new?), only the statements connected to a focused
    article's statements by a chain of matches are scored and clustered. Clusters never
    reach across such chains and weights are still taken over every statement, so the
    verdicts that involve a focused article are exactly those of a full run.
    """
    features = _features(members)
    counts = Counter(chain.from_iterable(features))
    scorer = _Scorer(members, features, counts, settings, mentions)
    if focus is None:
        matches = list(scorer.all_matches())
        judged: Iterable[Member] = members
    else:
        seeds = [position for position, member in enumerate(members) if focus(member.article_id)]
        matches, reached = scorer.component_matches(seeds)
        judged = [members[position] for position in sorted(reached)]
    clusters: list[_Cluster] = []
    clusters_of: dict[int, list[_Cluster]] = defaultdict(list)
    for _score, first, second, shared in sorted(matches, reverse=True):
        _place(clusters, clusters_of, members[first], members[second], shared, settings.statement_cluster_overlap)
    for cluster in clusters:
        yield _agreement(cluster)
    markers = set(settings.statement_single_source_markers)
    for member in judged:
        marked = markers.intersection(member.claim.markers)
        if marked and marked - _confirmed_markers(member, clusters_of[id(member)]):
            yield Verdict("single_source", member.claim.subject, "statement", (member,),
                          f"Only {member.label} states this: \"{_preview(member.claim.quote, 320)}\"",
                          (member.claim.value,))


def _confirmed_markers(member: Member, clusters: list[_Cluster]) -> set[str]:
    """Return the markers (a first, a number) that another source in the member's clusters shares.

    A sentence can agree with another source on one fact and add one of its own ("the
    planned London office, its first outside the US"): that addition stays single-source.
    """
    confirmed: set[str] = set()
    for cluster in clusters:
        for other in cluster.members:
            if other.source != member.source:
                confirmed |= set(other.claim.markers) & set(member.claim.markers)
    return confirmed


def _features(members: list[Member]) -> list[frozenset[str]]:
    """Return each statement's terms and entities (entities marked with '@').

    Each entity is marked once per run, not once per statement naming it: a --new run
    over 10,000 cached articles works out the features of all their statements.
    """
    marked: dict[str, str] = {}
    return [frozenset([*member.claim.terms, *[marked.get(entity) or marked.setdefault(entity, f"@{entity}")
                                              for entity in member.claim.entities]])
            for member in members]


def _squared_weights(counts: Counter[str], total: int) -> dict[str, float]:
    """Weight each feature by how rare it is among the ``total`` statements (inverse document frequency), squared:
    cosines and norms only ever add up squared weights, and squaring once per feature saves doing it per pair."""
    total = max(total, 1)
    return {feature: math.log((total + 1) / count) ** 2 for feature, count in counts.items()}


class _Scorer:
    """Statements indexed by their rare features, scored pair by pair.

    Only statements from different sources that share a feature rare enough to block
    on (``MAX_BLOCK_SIZE``, ``MAX_BLOCK_SHARE``) are ever scored: no all-pairs loop.
    """

    def __init__(self, members: list[Member], features: list[frozenset[str]], counts: Counter[str],
                 settings: CompareSettings, mentions: Mentions) -> None:
        self.members = members
        self.features = features
        self.squared_weight = _squared_weights(counts, len(features))
        self.settings = settings
        self.mentions = mentions
        self.marked_entities = frozenset(feature for feature in counts if feature.startswith("@"))
        # Per statement, once, before it is first scored: its terms without entities, its
        # entities, and the squared norm its cosine divides by (``_prepare``); a focused
        # run prepares only the statements it reaches.
        self.prepared = bytearray(len(features))
        self.terms: list[frozenset[str]] = [frozenset()] * len(features)
        self.entities: list[frozenset[str]] = [frozenset()] * len(features)
        self.norms: list[float] = [0.0] * len(features)
        # Only features that two statements or more share, and not too many, are indexed
        # (``counts`` says which before the index is built): in the benchmark's archive of
        # 10,000 articles, nine in ten features of a statement are in too many others.
        cap = min(MAX_BLOCK_SIZE, max(2, int(MAX_BLOCK_SHARE * len(members))))
        blockable = frozenset(feature for feature, count in counts.items() if 1 < count <= cap)
        blocks: dict[str, list[int]] = defaultdict(list)
        for position, feature_set in enumerate(features):
            for feature in feature_set & blockable:
                blocks[feature].append(position)
        self.blocks = dict(blocks)

    def all_matches(self) -> Iterator[Match]:
        """Yield every matching pair, each once, as (score, first, second, shared)."""
        for position in range(len(self.features)):
            self._prepare(position)
        sources = [member.source for member in self.members]
        candidates: set[tuple[int, int]] = set()
        for positions in self.blocks.values():
            candidates.update(combinations(positions, 2))
        # Most candidates (95% in the benchmark's archive) share too few terms: that test
        # is made here, inline, before any call is paid for.
        terms, least = self.terms, self.settings.statement_min_shared_terms
        for first, second in candidates:
            if sources[first] != sources[second] and len(terms[first] & terms[second]) >= least:
                match = self._scored(first, second)
                if match is not None:
                    yield match

    def component_matches(self, seeds: list[int]) -> tuple[list[Match], set[int]]:
        """Return the matches among the statements that chains of matches link to the seeds, and those statements."""
        reached = set(seeds)
        frontier = list(seeds)
        tried: set[tuple[int, int]] = set()
        matches: list[Match] = []
        while frontier:
            position = frontier.pop()
            for feature in self.features[position]:
                for other in self.blocks.get(feature, ()):
                    pair = (min(position, other), max(position, other))
                    if other == position or pair in tried or self.members[other].source == self.members[position].source:
                        continue
                    tried.add(pair)
                    self._prepare(position)
                    self._prepare(other)
                    match = self._match(*pair)
                    if match is not None:
                        matches.append(match)
                        if other not in reached:
                            reached.add(other)
                            frontier.append(other)
        return matches, reached

    def _prepare(self, position: int) -> None:
        """Work out a statement's terms and norm, unless done: a focused run scores few statements."""
        if not self.prepared[position]:
            features = self.features[position]
            self.terms[position] = features - self.marked_entities
            self.entities[position] = frozenset(self.members[position].claim.entities)
            self.norms[position] = math.fsum(map(self.squared_weight.__getitem__, features))
            self.prepared[position] = 1

    def _match(self, first: int, second: int) -> Match | None:
        """Score one pair of prepared statements; return it when it shares enough terms and is similar enough."""
        if len(self.terms[first] & self.terms[second]) < self.settings.statement_min_shared_terms:
            return None
        return self._scored(first, second)

    def _scored(self, first: int, second: int) -> Match | None:
        """Score a pair that shares enough terms; return it when it is about one thing and similar enough."""
        if not self._about_one_thing(first, second):
            return None
        shared = self.features[first] & self.features[second]
        similarity = self._cosine(shared, first, second)
        return (similarity, first, second, shared) if similarity >= self.settings.statement_min_similarity else None

    def _about_one_thing(self, first: int, second: int) -> bool:
        """Return True unless each statement names an entity the other does not, and no article names those together."""
        named = self.entities[first]
        other = self.entities[second]
        if named <= other or other <= named:
            return True
        return self.mentions.together(named - other, other - named)

    def _cosine(self, shared: frozenset[str], first: int, second: int) -> float:
        """Return the cosine similarity of two statements' weighted feature sets.

        Cosine, unlike a raw sum of shared weights, does not reward a long sentence for
        touching many others by chance. Sums are exact (``math.fsum``): a plain float sum
        depends on the order a set yields its features, which changes from one process to
        the next, and copies of one sentence, tied in score, would then be clustered
        differently from run to run.
        """
        norm = math.sqrt(self.norms[first] * self.norms[second])
        return math.fsum(map(self.squared_weight.__getitem__, shared)) / norm if norm else 0.0


def _place(clusters: list[_Cluster], clusters_of: dict[int, list[_Cluster]], first: Member, second: Member,
           shared: frozenset[str], min_overlap: float) -> None:
    """Put a matched pair into a cluster of either member about the same fact, or start one.

    Only the clusters the two members are already in are looked at (``clusters_of``),
    so placing a pair costs the same however many facts the corpus holds.
    """
    candidates = clusters_of[id(first)] + [c for c in clusters_of[id(second)] if c not in clusters_of[id(first)]]
    for cluster in candidates:
        if len(cluster.shared & shared) / len(cluster.shared | shared) >= min_overlap:
            for member in (first, second):
                if cluster not in clusters_of[id(member)]:
                    cluster.members.append(member)
                    clusters_of[id(member)].append(cluster)
            cluster.shared |= shared
            return
    cluster = _Cluster([first, second], set(shared))
    clusters.append(cluster)
    clusters_of[id(first)].append(cluster)
    clusters_of[id(second)].append(cluster)


def _agreement(cluster: _Cluster) -> Verdict:
    """Turn a cluster into an agreement verdict."""
    members = sorted(cluster.members, key=lambda member: member.order)
    subject = next((member.claim.subject for member in members if member.claim.subject), "")
    terms = sorted(feature for feature in cluster.shared if not feature.startswith("@"))
    shortest = min(members, key=lambda member: len(member.claim.quote))
    message = (f"{sources_of(members)} independent sources state the same fact ({labels(members)}): "
               f"\"{_preview(shortest.claim.quote)}\"")
    return Verdict("agreement", subject, "statement", tuple(members), message, tuple(terms))


def _preview(text: str, limit: int = QUOTE_PREVIEW) -> str:
    """Shorten a quote for a message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
