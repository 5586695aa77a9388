"""Digest a finished Report into what the human-readable reports show.

Everything a terminal or markdown report needs that takes counting or grouping is
done here: the story's name and dates, per-article and per-pair counts, findings
grouped and focused, the parts of conflicting values that differ, links to lines.
Reporters then only render a ``Digest``, so their output is a pure function of it.
"""

from __future__ import annotations

import heapq
import math
import os
import re
from collections import Counter
from itertools import combinations
from typing import NamedTuple
from urllib.parse import quote

from factcheck.models import (SHOWN_AS_WRITTEN, Article, Claim, Finding, FindingKind, FrozenModel, PartialDate,
                              Report, shown_value)
from factcheck.view import View, article_file, focus, focused_articles

STORY_NAMES = 3  # entities named in the title
MAX_PAIRS = 25  # rows of the source agreement table, unless --limit says otherwise
# A finding citing more articles than this is left out of the source agreement table: its
# pairs grow with the square of its articles (a former name that 4,300 of an archive's
# 10,000 articles use would make 9 million pairs), and say nothing of which two disagree.
MAX_PAIRED_ARTICLES = 50
MAX_CITATIONS = 5  # claims cited under one value; a syndicated story can have hundreds
# Rows of the sources table: a story's articles fit, an archive's do not (a table of 10,000
# rows is unreadable, and took rich a third of the terminal report's time to lay out). The
# articles with the most contradicted claims are listed; the JSON report lists every one.
MAX_SOURCES = 100
_WORD = re.compile(r"(\w+)")


class Source(FrozenModel):
    """One article in the sources table, with what became of its claims."""

    article: Article
    label: str
    link: str
    claims: int
    corroborated: int
    contradicted: int
    single_source: int


class Pair(FrozenModel):
    """Two articles and the facts they both state: how many, agreed on, disagreed on."""

    first: Source
    second: Source
    shared: int
    agreed: int
    disagreed: int


class Part(FrozenModel):
    """A piece of a value; ``differs`` when the other values of its conflict lack it."""

    text: str
    differs: bool = False


class Citation(FrozenModel):
    """A claim as a finding cites it, with its article and a relative link to its line.

    ``written`` is the claim's text when the reader needs it told ("as “$68.7 billion”"):
    when it differs from the value the finding shows (a conflict's heading), or from the
    claim's normalised value where no heading is shown. None for a statement, whose
    sentence is quoted whole.
    """

    claim: Claim
    source: Source
    link: str
    written: str | None = None


class Side(FrozenModel):
    """One value of a finding and the first claims that state it (statements have no value to show)."""

    value: str | None
    parts: tuple[Part, ...]
    citations: tuple[Citation, ...]
    unlisted: int = 0


class Item(FrozenModel):
    """A finding ready to show."""

    finding: Finding
    sides: tuple[Side, ...]


class Group(FrozenModel):
    """Findings under one heading: a subject, or for single-source claims an article."""

    title: str
    source: Source | None = None
    items: tuple[Item, ...]


class Section(FrozenModel):
    """The shown findings of one kind; ``total`` counts that kind in the whole report."""

    kind: FindingKind
    total: int
    shown: int
    groups: tuple[Group, ...]


class Digest(FrozenModel):
    """A Report as people read it: the full counts, the focused findings, the tables."""

    report: Report  # the whole report: its summary is what the first line shows
    view: View
    story: tuple[str, ...]  # the entities most articles name; empty when none is common
    first_published: str | None
    last_published: str | None
    undated: int  # articles with no published date
    outlets: int  # distinct outlets named
    unnamed_outlets: int  # articles naming none
    sources: tuple[Source, ...]  # the table's rows: every article, or those a focus is about, at most MAX_SOURCES
    unlisted_sources: int  # articles a focus is not about
    crowded_out_sources: int  # articles beyond MAX_SOURCES, those with the fewest contradicted claims
    pairs: tuple[Pair, ...]  # most disagreement first
    unlisted_pairs: int
    unpaired_findings: int  # findings citing more than MAX_PAIRED_ARTICLES articles, left out of the pairs
    sections: tuple[Section, ...]  # one per kind the view shows, conflicts first
    shown: int  # findings shown
    total: int  # findings in the report

    @property
    def date_range(self) -> str:
        """Return "published 2025-07-20 to 2026-04-19 (2 undated)", or "no article dated"."""
        if self.first_published is None:
            return "no article dated"
        if self.first_published == self.last_published:
            dates = f"published {self.first_published}"
        else:
            dates = f"published {self.first_published} to {self.last_published}"
        return dates + (f" ({self.undated} undated)" if self.undated else "")


def build(report: Report, view: View | None = None) -> Digest:
    """Digest a report for the given view (the whole report when none is given)."""
    return Digester(report).build(view)


class Digester:
    """Digests one report for any number of views, counting what no view changes only once.

    The step summary of an archive's report tries several ``--limit`` cuts to fit
    GitHub's size limit: each digest of 10,000 articles' findings recounted every
    article's claims and every pair of articles (0.4 s a cut) for a few hundred findings shown.
    """

    def __init__(self, report: Report) -> None:
        self.report = report
        self.claims = {claim.id: claim for claim in report.claims}
        self.counts = _claim_counts(report)
        self.folder = _common_folder([article.path for article in report.articles])
        self.pair_counts = _pair_counts(report, self.claims)
        self.story = _story(report)
        self.dates = sorted((PartialDate.parse(a.published) for a in report.articles if a.published),
                            key=PartialDate.as_tuple)
        outlets = [article.outlet for article in report.articles]
        self.outlets, self.unnamed_outlets = len(set(filter(None, outlets))), outlets.count(None)
        self._sources: dict[str, tuple[Source, ...]] = {}

    def build(self, view: View | None = None) -> Digest:
        """Digest the report for the given view (the whole report when none is given)."""
        view = view or View()
        report = self.report
        sources = self.sources(view.links_from)
        by_id = {source.article.id: source for source in sources}
        chosen = focused_articles(report, view)
        shown = focus(report, view, chosen)
        involved = _listed(sources, shown, chosen) if view.focused else sources
        listed = _most_contradicted(involved, MAX_SOURCES)
        pairs, unlisted_pairs, unpaired_findings = _pairs(self.pair_counts, by_id, chosen, view.limit or MAX_PAIRS)
        sections = tuple(_section(kind, report, shown, self.claims, by_id) for kind in view.only)
        return Digest(report=report, view=view, story=self.story,
                      first_published=str(self.dates[0]) if self.dates else None,
                      last_published=str(self.dates[-1]) if self.dates else None,
                      undated=len(report.articles) - len(self.dates), outlets=self.outlets,
                      unnamed_outlets=self.unnamed_outlets, sources=listed,
                      unlisted_sources=len(sources) - len(involved), crowded_out_sources=len(involved) - len(listed),
                      pairs=pairs,
                      unlisted_pairs=unlisted_pairs, unpaired_findings=unpaired_findings, sections=sections,
                      shown=len(shown),
                      total=len(report.findings))

    def sources(self, links_from: str) -> tuple[Source, ...]:
        """Return every article's row of the sources table, its link relative to ``links_from``."""
        if links_from not in self._sources:
            self._sources[links_from] = tuple(
                Source(article=article, label=os.path.relpath(article.path, self.folder).replace(os.sep, "/"),
                       link=_link(article_file(article), links_from), claims=self.counts["claims"][article.id],
                       corroborated=self.counts["agreement"][article.id],
                       contradicted=self.counts["conflict"][article.id],
                       single_source=self.counts["single_source"][article.id])
                for article in self.report.articles)
        return self._sources[links_from]


def _story(report: Report) -> tuple[str, ...]:
    """Return the entities most articles name, most widely named first."""
    named = Counter(subject for subject, _ in dict.fromkeys(
        (claim.subject, claim.article) for claim in report.claims if claim.kind == "name"))
    enough = max(2, math.ceil(len(report.articles) / 2))
    common = [name for name, count in named.most_common() if count >= enough]
    return tuple(common[:STORY_NAMES])


def _claim_counts(report: Report) -> dict[str, Counter[str]]:
    """Count each article's claims ("claims"), and those a finding of each kind cites."""
    article_of = {claim.id: claim.article for claim in report.claims}
    cited: dict[FindingKind, set[str]] = {"agreement": set(), "conflict": set(), "single_source": set()}
    for finding in report.findings:
        cited[finding.kind].update(finding.claims)
    counts = {kind: Counter(article_of[claim] for claim in ids) for kind, ids in cited.items()}
    return {"claims": Counter(article_of.values()), **counts}


def _common_folder(paths: list[str]) -> str:
    """Return the folder all paths share, so labels are short yet tell articles apart."""
    try:
        return os.path.commonpath([os.path.dirname(path) or "." for path in paths]) or "."
    except ValueError:  # absolute and relative paths mixed, or several drives
        return "."


def _listed(sources: tuple[Source, ...], shown: tuple[Finding, ...], chosen: set[str] | None) -> tuple[Source, ...]:
    """Return the articles a focused report is about: those its findings involve, and any --article."""
    involved = {article for finding in shown for article in finding.articles} | (chosen or set())
    return tuple(source for source in sources if source.article.id in involved)


def _most_contradicted(sources: tuple[Source, ...], limit: int) -> tuple[Source, ...]:
    """Return at most ``limit`` of the sources, in their order: those with the most contradicted claims, then the first."""
    if len(sources) <= limit:
        return sources
    kept = set(heapq.nsmallest(limit, range(len(sources)), key=lambda index: (-sources[index].contradicted, index)))
    return tuple(source for index, source in enumerate(sources) if index in kept)


class _PairCounts(NamedTuple):
    """For each pair of articles, the facts both state and those they disagree on; findings left unpaired."""

    order: dict[str, int]
    shared: Counter[tuple[str, str]]
    disagreed: Counter[tuple[str, str]]
    unpaired: int


def _pair_counts(report: Report, claims: dict[str, Claim]) -> _PairCounts:
    """Count, for each pair of articles, the facts both state and whether their values meet,
    and how many findings cite too many articles to be counted (``MAX_PAIRED_ARTICLES``).

    A fact is a finding citing both. In a conflict two articles agree when they state
    one same value (two articles may share the outdated name) and disagree otherwise.

    Findings of up to MAX_PAIRED_ARTICLES articles still make many pairs in an archive
    (2,000 benchmark articles: 43,000): pairs are counted in C, a finding at a time.
    """
    order = {article.id: index for index, article in enumerate(report.articles)}
    shared: Counter[tuple[str, str]] = Counter()
    disagreed: Counter[tuple[str, str]] = Counter()
    unpaired = 0
    for finding in report.findings:
        if len(finding.articles) > MAX_PAIRED_ARTICLES:
            unpaired += 1
            continue
        values: dict[str, set[str]] = {}
        for claim_id in finding.claims:
            values.setdefault(claims[claim_id].article, set()).add(claims[claim_id].value)
        pairs = combinations(sorted(values, key=order.__getitem__), 2)
        if finding.kind != "conflict":
            shared.update(pairs)
            continue
        for first, second in pairs:
            shared[first, second] += 1
            if not values[first] & values[second]:
                disagreed[first, second] += 1
    return _PairCounts(order, shared, disagreed, unpaired)


def _pairs(counts: _PairCounts, sources: dict[str, Source], chosen: set[str] | None,
           limit: int) -> tuple[tuple[Pair, ...], int, int]:
    """Return the ``limit`` pairs that disagree most, how many others there are, and how many findings are unpaired.

    Pairs sharing nothing, or outside an --article focus, are left out; the pairs that
    disagree most come first, so the odd one out shows even when the list is cut. Only
    the pairs listed are sorted and described.
    """
    shared, disagreed = counts.shared, counts.disagreed
    if chosen is not None:
        shared = Counter({pair: count for pair, count in shared.items() if chosen.intersection(pair)})
        disagreed = Counter({pair: count for pair, count in disagreed.items() if pair in shared})
    listed = _most_disagreeing(shared, disagreed, counts.order, limit)
    return tuple(Pair(first=sources[first], second=sources[second], shared=shared[first, second],
                      agreed=shared[first, second] - disagreed[first, second], disagreed=disagreed[first, second])
                 for first, second in listed), len(shared) - len(listed), counts.unpaired


def _most_disagreeing(shared: Counter[tuple[str, str]], disagreed: Counter[tuple[str, str]], order: dict[str, int],
                      limit: int) -> list[tuple[str, str]]:
    """Return the ``limit`` pairs with most disagreements, then most facts shared, then in article order.

    The pairs that disagree at all are few and sorted whole. The rest are filled in from
    the pairs sharing at least as many facts as the ``limit``-th most shared pair, a
    handful, not from every pair.
    """
    def rank(pair: tuple[str, str]) -> tuple[int, int, int, int]:
        return -disagreed[pair], -shared[pair], order[pair[0]], order[pair[1]]

    listed = sorted(disagreed, key=rank)[:limit]
    if len(listed) < limit and shared:
        floor = heapq.nlargest(limit, shared.values())[-1]
        listed += sorted((pair for pair, count in shared.items() if count >= floor and pair not in disagreed),
                         key=rank)[:limit - len(listed)]
    return listed


def _section(kind: FindingKind, report: Report, shown: tuple[Finding, ...], claims: dict[str, Claim],
             sources: dict[str, Source]) -> Section:
    """Group the shown findings of one kind: single-source ones by article, the others by subject."""
    groups: dict[str, list[Item]] = {}
    group_source: dict[str, Source | None] = {}
    for finding in (finding for finding in shown if finding.kind == kind):
        source = sources[finding.articles[0]] if kind == "single_source" else None
        title = source.article.path if source is not None else finding.subject
        groups.setdefault(title, []).append(_item(finding, claims, sources))
        group_source[title] = source
    if kind == "single_source":
        position: dict[str, int] = {}
        for source in sources.values():
            position.setdefault(source.article.path, len(position))
        groups = dict(sorted(groups.items(), key=lambda group: position[group[0]]))
    total = {"conflict": report.summary.conflicts, "agreement": report.summary.agreements,
             "single_source": report.summary.single_source}[kind]
    return Section(kind=kind, total=total, shown=sum(len(items) for items in groups.values()),
                   groups=tuple(Group(title=title, source=group_source[title], items=tuple(items))
                                for title, items in groups.items()))


def _item(finding: Finding, claims: dict[str, Claim], sources: dict[str, Source]) -> Item:
    """Split a finding's claims by value, marking what differs between a conflict's values.

    Names and titles differ word by word ("chief executive" / "head of Xbox"); a figure
    differs whole: "about 13,000 people" and "13,000 staff" differ in neither word that
    a word-by-word look would mark.
    """
    by_value: dict[str, list[Claim]] = {}
    for claim_id in finding.claims:
        by_value.setdefault(claims[claim_id].value, []).append(claims[claim_id])
    by_value = _as_shown(by_value)
    words = {value: {word.casefold() for word in _WORD.findall(value)} for value in by_value}
    sides = []
    for value, stated in by_value.items():
        others = [words[other] for other in by_value if other != value] if finding.kind == "conflict" else []
        statement = stated[0].kind == "statement"
        figure = stated[0].kind in SHOWN_AS_WRITTEN
        heading = value if finding.kind == "conflict" else None  # a conflict heads each value's claims with it
        sides.append(Side(value=None if statement else value,
                          parts=(() if statement else (Part(text=value, differs=bool(others)),) if figure
                                 else _parts(value, others)),
                          citations=tuple(Citation(claim=claim, source=sources[claim.article],
                                                   link=f"{sources[claim.article].link}#L{claim.line}",
                                                   written=None if statement else _written(claim, heading))
                                          for claim in stated[:MAX_CITATIONS]),
                          unlisted=max(0, len(stated) - MAX_CITATIONS)))
    return Item(finding=finding, sides=tuple(sides))


def _written(claim: Claim, heading: str | None) -> str | None:
    """Return the claim's text when the reader needs it told: when it differs from the value shown above
    it (a conflict's heading), or where no value is shown, from the claim's normalised value."""
    shown = claim.value if heading is None else heading
    return None if claim.text == shown else claim.text


def _as_shown(by_value: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """Key each value's claims by how its first claim shows it (``models.shown_value``), normalised
    where two values would be shown alike."""
    shown: dict[str, list[Claim]] = {}
    for value, stated in by_value.items():
        written = shown_value(stated[0])
        shown[value if written in shown else written] = stated
    return shown


def _parts(value: str, others: list[set[str]]) -> tuple[Part, ...]:
    """Cut a value into runs of words the other values share and runs they lack."""
    pieces = [piece for piece in _WORD.split(value) if piece]
    flags = [bool(_WORD.fullmatch(piece)) and any(piece.casefold() not in words for words in others)
             for piece in pieces]
    for index in range(1, len(pieces) - 1):
        if not _WORD.fullmatch(pieces[index]) and flags[index - 1] and flags[index + 1]:
            flags[index] = True
    parts: list[Part] = []
    for piece, differs in zip(pieces, flags):
        if parts and parts[-1].differs == differs:
            parts[-1] = Part(text=parts[-1].text + piece, differs=differs)
        else:
            parts.append(Part(text=piece, differs=differs))
    return tuple(parts)


def _link(path: str, start: str) -> str:
    """Return a URL-quoted link to ``path`` relative to the report's folder.

    Quoting keeps a file name from ending the link or passing for a URL scheme.
    """
    try:
        relative = os.path.relpath(path, start)
    except ValueError:  # another drive on Windows: no relative path exists
        relative = os.path.abspath(path)
    return quote(relative.replace(os.sep, "/"))
