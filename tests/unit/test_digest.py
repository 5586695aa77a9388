"""Digest and view: the counts, groups and focus the human-readable reports show."""

from __future__ import annotations

import io
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.digest import MAX_PAIRED_ARTICLES, MAX_SOURCES, Part, build
from factcheck.errors import UsageError
from factcheck.models import Article, Claim, Finding, Report, Severity, Summary
from factcheck.reporters import DIGEST_REPORTERS
from factcheck.view import View, parse_only


def claim(id: str, article: str, value: str, kind: str = "date", subject: str = "signing") -> Claim:
    return Claim(id=id, article=article, kind=kind, subject=subject, attribute="date", value=value, text=value,
                 quote=f"It happened on {value}.", line=int(id[1:]) + 1, rule="X201")


def finding(id: str, kind: str, claims: tuple[str, ...], articles: tuple[str, ...], subject: str = "signing"
            ) -> Finding:
    return Finding(id=id, rule="FC201", kind=kind, severity=Severity.ERROR if kind == "conflict" else Severity.INFO,
                   subject=subject, attribute="date", message="...", claims=claims, articles=articles,
                   fingerprint=id)


ARTICLES = (
    Article(id="a1", path="news/one.txt", title="One", outlet="Wire", published="2025-07"),
    Article(id="a2", path="news/two.txt", title="Two", outlet="Wire", published="2025-07-21"),
    Article(id="a3", path="blogs/three.jsonl#2", title="Three", published=None),
)
CLAIMS = (claim("c1", "a1", "2025-07-21"), claim("c2", "a2", "2025-07-21"), claim("c3", "a3", "2025-07-22"),
          claim("c4", "a1", "2023", subject="summit"), claim("c5", "a2", "OpenAI", kind="name", subject="OpenAI"),
          claim("c6", "a3", "OpenAI", kind="name", subject="OpenAI"))
FINDINGS = (finding("f1", "conflict", ("c1", "c2", "c3"), ("a1", "a2", "a3")),
            finding("f2", "single_source", ("c4",), ("a1",), subject="summit"))
REPORT = Report(articles=ARTICLES, claims=CLAIMS, findings=FINDINGS, summary=Summary.count(3, 6, FINDINGS))


def test_articles_stating_the_same_side_of_a_conflict_agree_with_each_other() -> None:
    pairs = {(pair.first.label, pair.second.label): (pair.shared, pair.agreed, pair.disagreed)
             for pair in build(REPORT).pairs}
    assert pairs == {("news/one.txt", "news/two.txt"): (1, 1, 0), ("news/one.txt", "blogs/three.jsonl#2"): (1, 0, 1),
                     ("news/two.txt", "blogs/three.jsonl#2"): (1, 0, 1)}


def test_sources_count_claims_by_what_became_of_them() -> None:
    rows = [(s.claims, s.corroborated, s.contradicted, s.single_source) for s in build(REPORT).sources]
    assert rows == [(2, 0, 1, 1), (2, 0, 1, 0), (2, 0, 1, 0)]


def test_story_dates_and_outlets() -> None:
    digest = build(REPORT)
    assert digest.story == ("OpenAI",)
    assert (digest.first_published, digest.last_published, digest.undated) == ("2025-07", "2025-07-21", 1)
    assert (digest.outlets, digest.unnamed_outlets) == (1, 1)


def test_conflicting_values_mark_only_the_parts_that_differ() -> None:
    sides = build(REPORT).sections[0].groups[0].items[0].sides
    assert [side.parts for side in sides] == [
        (Part(text="2025-07-"), Part(text="21", differs=True)),
        (Part(text="2025-07-"), Part(text="22", differs=True))]
    assert [citation.link for citation in sides[1].citations] == ["blogs/three.jsonl#L4"]


def figure(id: str, article: str, value: str, text: str) -> Claim:
    return Claim(id=id, article=article, kind="quantity", subject="Microsoft", attribute="USD", value=value, text=text,
                 quote=f"Microsoft paid {text}.", line=3, rule="X301")


FIGURES = (figure("c1", "a1", "68700000000", "$68.7bn"), figure("c2", "a2", "68700000000", "$68.7 billion"),
           figure("c3", "a3", "75000000000", "$75bn"))


def figures_report(kind: str, claims: tuple[Claim, ...]) -> Report:
    found = (finding("f1", kind, tuple(claim.id for claim in claims), tuple(claim.article for claim in claims),
                     subject="Microsoft"),)
    return Report(articles=ARTICLES, claims=claims, findings=found, summary=Summary.count(3, len(claims), found))


def test_a_conflict_shows_each_figure_as_its_first_claim_writes_it_and_marks_it_whole() -> None:
    sides = build(figures_report("conflict", FIGURES)).sections[0].groups[0].items[0].sides
    assert [side.value for side in sides] == ["$68.7bn", "$75bn"]
    assert [side.parts for side in sides] == [(Part(text="$68.7bn", differs=True),),
                                              (Part(text="$75bn", differs=True),)]
    # Under its heading, a claim is told as written only when it is written otherwise.
    assert [[citation.written for citation in side.citations] for side in sides] == [[None, "$68.7 billion"], [None]]


def test_an_agreement_tells_every_figure_as_written_for_it_shows_no_heading() -> None:
    [section] = [section for section in build(figures_report("agreement", FIGURES[:2])).sections
                 if section.kind == "agreement"]
    sides = section.groups[0].items[0].sides
    assert [[citation.written for citation in side.citations] for side in sides] == [["$68.7bn", "$68.7 billion"]]


def test_two_figures_written_alike_keep_their_normalised_values_apart() -> None:
    # "1,500" is 1500 in English and 1.5 in German: one text, two values, two sides.
    claims = (figure("c1", "a1", "1500", "1,500"), figure("c2", "a3", "1.5", "1,500"))
    sides = build(figures_report("conflict", claims)).sections[0].groups[0].items[0].sides
    assert [side.value for side in sides] == ["1,500", "1.5"]


def test_other_kinds_show_their_normalised_values_and_tell_claims_written_otherwise() -> None:
    claims = (claim("c1", "a1", "2025-07-21"), Claim(**{**claim("c2", "a2", "2025-07-22").model_dump(),
                                                      "text": "22 July 2025"}))
    sides = build(Report(articles=ARTICLES, claims=claims, findings=(finding("f1", "conflict", ("c1", "c2"),
                                                                            ("a1", "a2")),),
                         summary=Summary.count(3, 2, ()))).sections[0].groups[0].items[0].sides
    assert [side.value for side in sides] == ["2025-07-21", "2025-07-22"]
    assert [[citation.written for citation in side.citations] for side in sides] == [[None], ["22 July 2025"]]


def test_focus_on_an_article_by_folder_or_record_path() -> None:
    for article, shown in (("news", 2), ("blogs/three.jsonl#2", 1), ("blogs/three.jsonl", 1)):
        digest = build(REPORT, View(articles=(article,)))
        assert (digest.shown, digest.total) == (shown, 2), article
    with pytest.raises(UsageError, match="matches no article"):
        build(REPORT, View(articles=("elsewhere",)))


def test_only_parses_kinds_in_report_order() -> None:
    assert parse_only("single-source, conflicts") == ("conflict", "single_source")
    assert parse_only(None) == ("conflict", "agreement", "single_source")
    with pytest.raises(UsageError, match="got 'conflict'"):
        parse_only("conflict")


def test_focus_lists_only_the_articles_and_pairs_it_needs() -> None:
    digest = build(REPORT, View(only=("single_source",), limit=1))
    assert [source.label for source in digest.sources] == ["news/one.txt"]
    assert digest.unlisted_sources == 2
    assert [(pair.first.label, pair.disagreed) for pair in digest.pairs] == [("news/one.txt", 1)]
    assert digest.unlisted_pairs == 2


CITED = st.lists(st.tuples(st.integers(0, 5), st.sampled_from(["x", "y", "z"])), min_size=1, max_size=6)


@settings(max_examples=150, deadline=None)
@given(facts=st.lists(st.tuples(st.sampled_from(["conflict", "agreement", "single_source"]), CITED), max_size=8),
       limit=st.integers(1, 8), chosen=st.none() | st.sets(st.sampled_from([f"a{n}" for n in range(1, 7)]), max_size=2))
def test_the_pairs_listed_are_those_that_disagree_most_of_all_pairs(facts, limit: int, chosen: set[str] | None) -> None:
    articles = tuple(Article(id=f"a{n}", path=f"news/{n}.txt", title=str(n)) for n in range(1, 7))
    claims, findings = [], []
    for number, (kind, cited) in enumerate(facts):
        ids = []
        for article, value in cited:
            ids.append(f"c{len(claims) + 1}")
            claims.append(claim(ids[-1], f"a{article + 1}", value))
        findings.append(finding(f"f{number}", kind, tuple(ids), tuple(dict.fromkeys(f"a{a + 1}" for a, _ in cited))))
    summary = Summary(articles=6, claims=len(claims), agreements=0, conflicts=0, single_source=0)
    report = Report(articles=articles, claims=tuple(claims), findings=tuple(findings), summary=summary)
    digest = build(report, View(limit=limit, articles=tuple(f"news/{a[1:]}.txt" for a in chosen or ())))
    # By definition: every pair of articles a finding cites, each fact counted once a pair.
    tally: dict[tuple[int, int], list[int]] = {}
    for kind, cited in facts:
        values: dict[int, set[str]] = {}
        for article, value in cited:
            values.setdefault(article + 1, set()).add(value)
        for first, second in combinations(sorted(values), 2):
            agreed = kind != "conflict" or bool(values[first] & values[second])
            counts = tally.setdefault((first, second), [0, 0, 0])
            counts[0] += 1
            counts[1 if agreed else 2] += 1
    rows = sorted(((-counts[2], -counts[0], first, second), counts) for (first, second), counts in tally.items()
                  if not chosen or {f"a{first}", f"a{second}"} & chosen)
    expected = [(f"a{key[2]}", f"a{key[3]}", *counts) for key, counts in rows]
    assert [(pair.first.article.id, pair.second.article.id, pair.shared, pair.agreed, pair.disagreed)
            for pair in digest.pairs] == expected[:limit]
    assert digest.unlisted_pairs == max(0, len(expected) - limit)


def test_a_finding_citing_more_articles_than_can_be_paired_is_left_out_of_the_pairs() -> None:
    many = MAX_PAIRED_ARTICLES + 1
    articles = tuple(Article(id=f"a{n}", path=f"news/{n}.txt", title=str(n)) for n in range(1, many + 1))
    claims = [claim(f"c{n}", f"a{n}", "2025-07-21") for n in range(1, many + 1)]
    claims.append(claim(f"c{many + 1}", "a2", "2025-07-22"))
    findings = (finding("f1", "agreement", tuple(c.id for c in claims[:many]), tuple(a.id for a in articles)),
                finding("f2", "conflict", ("c1", f"c{many + 1}"), ("a1", "a2")))
    summary = Summary(articles=many, claims=len(claims), agreements=1, conflicts=1, single_source=0)
    digest = build(Report(articles=articles, claims=tuple(claims), findings=findings, summary=summary))
    assert [(pair.first.article.id, pair.second.article.id, pair.shared, pair.disagreed) for pair in digest.pairs] == [
        ("a1", "a2", 1, 1)]
    assert (digest.unlisted_pairs, digest.unpaired_findings) == (0, 1)
    markdown, terminal = io.StringIO(), io.StringIO()
    DIGEST_REPORTERS["markdown"](digest, markdown)
    DIGEST_REPORTERS["terminal"](digest, terminal)
    assert f"Left out: 1 finding citing more than {MAX_PAIRED_ARTICLES} articles each." in markdown.getvalue()
    assert f"1 finding citing more than {MAX_PAIRED_ARTICLES} articles each left out of the pairs" in terminal.getvalue()


def test_an_archive_lists_the_articles_with_the_most_contradicted_claims_in_order_and_counts_the_rest() -> None:
    many = MAX_SOURCES + 3
    articles = tuple(Article(id=f"a{n}", path=f"news/{n}.txt", title=str(n)) for n in range(1, many + 1))
    claims = tuple(claim(f"c{n}", f"a{n}", "2025-07-21") for n in range(1, many + 1))
    late = ("a101", "a102", "a103")  # the last three articles contradict the first: they must be listed
    findings = (finding("f1", "conflict", ("c1", "c101", "c102", "c103"), ("a1", *late)),)
    summary = Summary(articles=many, claims=many, agreements=0, conflicts=1, single_source=0)
    digest = build(Report(articles=articles, claims=claims, findings=findings, summary=summary))
    listed = [source.article.id for source in digest.sources]
    assert listed == ["a1", *(f"a{n}" for n in range(2, MAX_SOURCES - 2)), *late]
    assert (digest.crowded_out_sources, digest.unlisted_sources) == (3, 0)
    markdown, terminal = io.StringIO(), io.StringIO()
    DIGEST_REPORTERS["markdown"](digest, markdown)
    DIGEST_REPORTERS["terminal"](digest, terminal)
    assert "*3 more articles with fewer contradicted claims (the JSON report lists every one).*" in markdown.getvalue()
    assert "3 more articles with fewer contradicted claims (the JSON report lists every one)" in terminal.getvalue()
    table = markdown.getvalue().split("## Sources")[1].split("## ")[0]
    assert "(news/97.txt)" in table and "(news/98.txt)" not in table


def test_a_story_lists_every_article() -> None:
    assert len(build(REPORT).sources) == len(REPORT.articles)
    assert build(REPORT).crowded_out_sources == 0
