"""Fingerprints and baselines: stable where they must be, new where a finding's values change."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from factcheck.api import check, load_rules
from factcheck.baseline import Baseline, BaselineEntry, apply, load, record, render
from factcheck.errors import UsageError
from factcheck.models import Report
from tests.reports import article, claim, finding
from tests.reports import report as built_report

RULES = load_rules()
SIGNED_3 = ("Deal signed\n\nLondon, 5 March 2026 — Desk\nSource: Harbour Post\n\n"
            "Microsoft and the Ministry of Justice signed the contract on 3 March 2026. "
            "The contract covers 1,200 staff at the Ministry of Justice.\n")
SIGNED_4 = ("Deal dated\n\nLondon, 6 March 2026 — Desk\nSource: Northgate Gazette\n\n"
            "The contract between Microsoft and the Ministry of Justice was signed on 4 March 2026. "
            "It covers 1,500 staff at the Ministry of Justice.\n")
UNRELATED = ("Bridge reopens\n\nLondon, 7 March 2026 — Desk\nSource: Riverside Bulletin\n\n"
             "The river bridge reopened to traffic after repairs.\n")


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Write three articles into tmp/corpus and work from tmp, so relative spellings resolve."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in (("a.txt", SIGNED_3), ("b.txt", SIGNED_4), ("c.txt", UNRELATED)):
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return folder


def fingerprints(paths: list[str]) -> dict[str, str]:
    """Return the conflicts' fingerprints by rule."""
    return {item.rule: item.fingerprint for item in check(paths, RULES).findings if item.kind == "conflict"}


def test_the_corpus_has_the_two_conflicts_these_tests_rely_on(corpus: Path) -> None:
    assert set(fingerprints(["corpus"])) == {"FC201", "FC301"}


@pytest.mark.parametrize("spelling", [
    ["corpus/"], ["./corpus"], ["ABSOLUTE"], ["corpus/c.txt", "corpus/b.txt", "corpus/a.txt"],
    ["corpus/b.txt", "corpus/a.txt"],
])
def test_fingerprints_ignore_path_spelling_and_article_order(corpus: Path, spelling: list[str]) -> None:
    paths = [str(corpus) if path == "ABSOLUTE" else path for path in spelling]
    assert fingerprints(paths) == fingerprints(["corpus"])


def test_fingerprints_ignore_edits_to_unrelated_articles(corpus: Path) -> None:
    before = fingerprints(["corpus"])
    (corpus / "c.txt").write_text(UNRELATED + "\nCyclists welcomed the new lanes on the bridge.\n", encoding="utf-8")
    assert fingerprints(["corpus"]) == before


def test_a_finding_whose_values_change_gets_a_new_fingerprint(corpus: Path) -> None:
    before = fingerprints(["corpus"])
    (corpus / "b.txt").write_text(SIGNED_4.replace("1,500", "1,600"), encoding="utf-8")
    after = fingerprints(["corpus"])
    assert after["FC301"] != before["FC301"]
    assert after["FC201"] == before["FC201"]


def report_of(paths: list[str]) -> Report:
    return check(paths, RULES)


def test_record_keeps_conflicts_and_single_source_claims_sorted_and_round_trips(corpus: Path) -> None:
    report = report_of(["corpus"])
    baseline = record(report)
    problems = {(item.rule, item.fingerprint) for item in report.findings if item.kind != "agreement"}
    assert [(entry.rule, entry.fingerprint) for entry in baseline.findings] == sorted(problems)
    out = io.StringIO()
    render(baseline, out)
    written = json.loads(out.getvalue())
    assert written["version"] == 1
    assert all("reason" not in entry for entry in written["findings"])
    assert {"fingerprint", "rule", "kind", "subject", "message"} <= set(written["findings"][0])
    (corpus.parent / "base.json").write_text(out.getvalue(), encoding="utf-8")
    assert load(corpus.parent / "base.json") == baseline


def test_recording_again_keeps_the_reasons_people_wrote(corpus: Path) -> None:
    report = report_of(["corpus"])
    first = record(report)
    entry = first.findings[0]
    annotated = Baseline(findings=(entry.model_copy(update={"reason": "the ministry confirmed both dates"}),
                                   *first.findings[1:]))
    again = record(report, annotated)
    assert again.findings[0].reason == "the ministry confirmed both dates"
    assert [item.reason for item in again.findings[1:]] == [None] * (len(again.findings) - 1)


def test_apply_moves_known_findings_aside_with_their_reason_and_counts_them(corpus: Path) -> None:
    report = report_of(["corpus"])
    date_conflict = next(item for item in report.findings if item.rule == "FC201")
    known = Baseline(findings=(BaselineEntry(fingerprint=date_conflict.fingerprint, rule="FC201", kind="conflict",
                                             subject="", message="", reason="checked with the ministry"),))
    narrowed = apply(report, known, ".factcheck-baseline.json")
    assert date_conflict not in narrowed.findings
    assert [(item.finding.rule, item.source, item.reason, item.location) for item in narrowed.suppressed] == [
        ("FC201", "baseline", "checked with the ministry", ".factcheck-baseline.json")]
    assert narrowed.summary.suppressed == 1
    assert narrowed.summary.conflicts == report.summary.conflicts - 1
    assert narrowed.baseline == ".factcheck-baseline.json"


def test_each_baseline_entry_matches_one_finding_only() -> None:
    claims = [claim(1, 1, "3 March", 1), claim(2, 1, "4 March", 2)]
    twins = [finding(1, claims[:1]), finding(2, claims[1:])]
    twins = [item.model_copy(update={"fingerprint": "same"}) for item in twins]
    known = Baseline(findings=(BaselineEntry(fingerprint="same", rule="FC201", kind="conflict", subject="",
                                             message=""),))
    narrowed = apply(built_report([article(1, "a.md")], claims, twins), known, "base.json")
    assert [item.id for item in narrowed.findings] == ["f2"]


@pytest.mark.parametrize(("content", "message"), [
    (None, "base.json: baseline file not found (create it with: factcheck baseline PATH... --output FILE)"),
    ("{not json", "base.json: not a factcheck baseline: Invalid JSON"),
    ('{"version": 2, "findings": []}', "base.json: not a factcheck baseline: Input should be 1 at 'version'"),
    (json.dumps({"version": 1, "findings": [{"fingerprint": "x", "rule": "FC201", "kind": "conflict",
                                             "subject": "", "message": "", "reson": "typo"}]}),
     "base.json: not a factcheck baseline: Extra inputs are not permitted at 'findings.0.reson'"),
])
def test_a_bad_baseline_file_is_a_one_line_error_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           content: str | None, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    if content is not None:
        Path("base.json").write_text(content, encoding="utf-8")
    with pytest.raises(UsageError) as raised:
        load(Path("base.json"))
    assert str(raised.value).startswith(message)
    assert "\n" not in str(raised.value)


def test_the_baseline_command_writes_atomically_and_a_failed_run_leaves_the_old_file(corpus: Path, run_cli) -> None:
    assert run_cli(["baseline", "corpus", "--output", "base.json"])[0] == 0
    before = Path("base.json").read_text(encoding="utf-8")
    code, stdout, stderr = run_cli(["baseline", "corpus", "missing-folder", "--output", "base.json"])
    assert (code, stdout) == (2, "")
    assert stderr == "factcheck: error: missing-folder: no such file or folder\n"
    assert Path("base.json").read_text(encoding="utf-8") == before
    assert sorted(path.name for path in corpus.parent.iterdir() if path.name.startswith(".base.json")) == []


def test_check_with_a_missing_baseline_fails_before_reading_articles(corpus: Path, run_cli) -> None:
    code, stdout, stderr = run_cli(["check", "corpus", "--baseline", "nowhere.json"])
    assert (code, stdout) == (2, "")
    assert stderr.startswith("factcheck: error: nowhere.json: baseline file not found")


def test_the_baseline_command_reads_and_fills_the_claim_cache_as_check_does(corpus: Path, run_cli) -> None:
    assert run_cli(["baseline", "corpus", "--output", "base.json", "--cache-dir", "claims"])[0] == 0
    assert Path("claims/claims.sqlite3").is_file()
    first = Path("base.json").read_text(encoding="utf-8")
    assert run_cli(["baseline", "corpus", "--output", "base.json", "--cache-dir", "claims"])[0] == 0  # from the cache
    assert Path("base.json").read_text(encoding="utf-8") == first
    assert run_cli(["baseline", "corpus", "--output", "other.json", "--no-cache", "--cache-dir", "unused"])[0] == 0
    assert not Path("unused").exists()
    assert Path("other.json").read_text(encoding="utf-8") == first


def test_the_baseline_command_warns_of_each_file_it_skips(corpus: Path, run_cli) -> None:
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    code, stdout, stderr = run_cli(["baseline", "corpus", "--output", "base.json", "--no-cache"])
    assert code == 0 and stdout.startswith("recorded ")
    assert stderr == f"factcheck: warning: {Path('corpus', 'empty.txt')}: is empty\n"
