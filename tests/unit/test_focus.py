"""A focused reduce (--new, --since) finds exactly what a full run finds against the new articles.

The focused reduce skips keyed groups and follows only the statements and name forms
connected to a new article; these tests pin that it loses and adds nothing, on every
fixture article taken in turn as the new one, within one mixed corpus of all stories.
A finding counts against an article when it holds the article at fault: every article
it cites, except for a former name used after a rename (FC101), where only the articles
using the former name are at fault, not those using the current one.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck.api import _article_files, _extract_all, _members, load_rules
from factcheck.compare import judge
from factcheck.compare.members import Member
from factcheck.compare.sources import source_groups
from factcheck.models import Finding
from factcheck.ruleset import RuleSet
from factcheck.selection import Scope
from factcheck.settings import Settings

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture(scope="module")
def corpus() -> tuple[RuleSet, list[Member], list[str]]:
    """Every fixture article as one corpus: the rules, the reduce step's members and the article ids."""
    rules = load_rules()
    files, diagnostics = _article_files([str(FIXTURES)], Settings())
    articles, results = _extract_all(files, diagnostics, rules, jobs=1)
    sources = source_groups([result.outlet for result in results], [result.sketch for result in results],
                            rules.compare.duplicate_similarity)
    return rules, _members(articles, results, sources.numbers), [article.id for article in articles]


def _at_fault(finding: Finding, members: list[Member]) -> set[str]:
    """Return the ids of the articles a full run's finding holds at fault."""
    if finding.rule != "FC101":
        return set(finding.articles)
    by_claim = {member.claim_id: member for member in members}
    return {by_claim[claim].article_id for claim in finding.claims if by_claim[claim].claim.name_form == "former"}


def _essence(findings: list[Finding]) -> list[tuple[str, str, str, tuple[str, ...], str]]:
    """What a finding says, without its run-dependent id."""
    return sorted((finding.fingerprint, finding.rule, finding.message, finding.claims, finding.kind)
                  for finding in findings)


def test_the_corpus_has_findings_of_every_kind_to_lose(corpus: tuple[RuleSet, list[Member], list[str]]) -> None:
    rules, members, _ = corpus
    kinds = {(finding.kind, finding.rule[:4]) for finding in judge(members, rules)}
    assert {"conflict", "agreement", "single_source"} <= {kind for kind, _ in kinds}
    assert {"FC10", "FC20", "FC30", "FC50"} <= {rule for _, rule in kinds}


def test_a_focused_reduce_finds_what_a_full_run_finds_about_each_article(
        corpus: tuple[RuleSet, list[Member], list[str]]) -> None:
    rules, members, article_ids = corpus
    full = judge(members, rules)
    for new in article_ids:
        expected = [finding for finding in full if new in _at_fault(finding, members)]
        focused = judge(members, rules, lambda article, new=new: article == new)  # type: ignore[misc]
        assert _essence(focused) == _essence(expected), new


def test_a_focused_reduce_on_two_new_articles_finds_their_findings_together(
        corpus: tuple[RuleSet, list[Member], list[str]]) -> None:
    rules, members, article_ids = corpus
    new = set(article_ids[::7])
    expected = [finding for finding in judge(members, rules) if new & _at_fault(finding, members)]
    assert _essence(judge(members, rules, new.__contains__)) == _essence(expected)


def test_a_run_with_nothing_new_counts_every_article_and_claim_and_compares_nothing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck import api

    full = api.check([str(FIXTURES)], load_rules())
    monkeypatch.setattr(api, "judge", lambda *args: pytest.fail("nothing new, yet claims were compared"))
    nothing_new = api.check([str(FIXTURES)], load_rules(), focus=Scope(paths=(str(FIXTURES),), new_files=frozenset()))
    assert (nothing_new.summary.articles, nothing_new.summary.claims) == (full.summary.articles, full.summary.claims)
    assert (nothing_new.articles, nothing_new.claims, nothing_new.findings, nothing_new.new) == ((), (), (), ())


def test_a_new_file_that_gives_no_article_makes_a_run_that_compares_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck import api

    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "openai-uk", corpus)
    (corpus / "empty.txt").write_text("   \n", encoding="utf-8")
    full = api.check([str(corpus)], load_rules())
    monkeypatch.setattr(api, "judge", lambda *args: pytest.fail("nothing new, yet claims were compared"))
    scope = Scope(paths=(str(corpus),), new_files=frozenset({(corpus / "empty.txt").resolve()}))
    assert scope.may_hold_new(str(corpus / "empty.txt"))
    report = api.check([str(corpus)], load_rules(), focus=scope)
    assert (report.summary.articles, report.summary.claims) == (full.summary.articles, full.summary.claims)
    assert [diagnostic.path for diagnostic in report.diagnostics] == [str(corpus / "empty.txt")]
    assert (report.articles, report.findings, report.new) == ((), (), ())


def test_only_new_files_folders_and_changed_archives_may_hold_a_new_article(tmp_path: Path) -> None:
    (tmp_path / "new").mkdir()
    for name in ("old.txt", "new.txt", "new/inside.txt", "archive.jsonl", "pruned.jsonl"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    scope = Scope(paths=(str(tmp_path),), new_files=frozenset({(tmp_path / "new.txt").resolve()}),
                  new_folders=((tmp_path / "new").resolve(),),
                  new_records={(tmp_path / "archive.jsonl").resolve(): frozenset({3}),
                               (tmp_path / "pruned.jsonl").resolve(): frozenset()})
    held = {name: scope.may_hold_new(str(tmp_path / name))
            for name in ("old.txt", "new.txt", "new/inside.txt", "archive.jsonl", "pruned.jsonl")}
    assert held == {"old.txt": False, "new.txt": True, "new/inside.txt": True, "archive.jsonl": True,
                    "pruned.jsonl": False}
    assert Scope(paths=(str(tmp_path),)).may_hold_new(str(tmp_path / "old.txt"))  # no --new: all is new
