"""CI on a real git repository: a committed corpus, a new article, and what the run reports and exits with.

Each test builds a repository in a temporary folder, commits two articles that agree on
a signing date and a headcount (and disagree on an institute's name: an old, known
conflict), then adds an article and runs the command line there, as a CI job would.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from factcheck.errors import UsageError
from factcheck.selection import _added_lines, changed_records, changed_since, merge_base

HARBOUR = """---
title: Justice ministry moves case files to Microsoft cloud
outlet: Harbour Post
published: 2026-03-04
---

The Ministry of Justice and Microsoft signed a cloud contract on 3 March 2026.

Under the contract, 1,200 staff at the Ministry of Justice will move their case files to the new service.

The AI Security Institute will review how the service handles sensitive records.
"""
LEDGER = """Ministry signs cloud deal with Microsoft

London, 5 March 2026 — Public Sector Desk
Source: Civic Ledger

Microsoft and the Ministry of Justice signed the contract on 3 March 2026, officials confirmed.

The ministry said 1,200 staff at the Ministry of Justice would use the service by the summer.

Reviewers at the AI Safety Institute have been asked to look at the data handling.
"""
CONTRADICTS = """---
title: Microsoft contract for justice ministry dated a day later
outlet: Northgate Gazette
published: 2026-03-06
---

The contract between Microsoft and the Ministry of Justice was signed on 4 March 2026.

It covers 1,500 staff at the Ministry of Justice, according to the tender notice.
"""
AGREES = """---
title: Cloud contract confirmed
outlet: Riverside Bulletin
published: 2026-03-07
---

Microsoft and the Ministry of Justice signed their cloud contract on 3 March 2026.

Some 1,200 staff at the Ministry of Justice are due to switch to it.
"""
NEW = "corpus/2026-03-06-northgate.md"
WORKFLOW_COMMAND = re.compile(
    r"::(?P<level>error|warning|notice) file=(?P<file>[^,:\r\n]+),line=(?P<line>[1-9]\d*),title=(?P<title>[^,:\r\n]+)"
    r"::(?P<message>[^\r\n]+)")


def git(root: Path, *args: str) -> str:
    """Run git in the repository, as a person would, with a fixed identity."""
    done = subprocess.run(["git", "-c", "user.name=Test Desk", "-c", "user.email=desk@example.org",
                           "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
                          cwd=root, check=True, capture_output=True, text=True)
    return done.stdout.strip()


@pytest.fixture(autouse=True)
def _isolated_git(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Keep the user's and the system's git configuration out of the tests."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-global-gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Return a repository holding the committed corpus, with the working directory inside it."""
    root = tmp_path / "newsroom"
    (root / "corpus").mkdir(parents=True)
    (root / "corpus" / "2026-03-04-harbour-post.md").write_text(HARBOUR, encoding="utf-8")
    (root / "corpus" / "2026-03-05-civic-ledger.txt").write_text(LEDGER, encoding="utf-8")
    (root / ".gitignore").write_text(".factcheck_cache/\ndrafts/\n", encoding="utf-8")
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "Corpus")
    monkeypatch.chdir(root)
    return root


def report_of(stdout: str) -> dict:
    """Parse a JSON report and index its articles by id."""
    report = json.loads(stdout)
    report["paths"] = {article["id"]: article["path"] for article in report["articles"]}
    return report


def line_of(path: Path, text: str) -> int:
    """Return the 1-based line of a file on which text first appears."""
    return next(number for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                if text in line)


# --since and --new ------------------------------------------------------------------------


def test_since_head_fails_on_the_new_articles_conflicts_only(repo: Path, run_cli) -> None:
    (repo / NEW).write_text(CONTRADICTS, encoding="utf-8")
    code, stdout, stderr = run_cli(["check", "corpus", "--since", "HEAD", "--format", "json"])
    assert (code, stderr) == (1, "")
    report = report_of(stdout)
    new_id = next(article_id for article_id, path in report["paths"].items() if path == NEW)
    assert sorted((finding["rule"], finding["kind"]) for finding in report["findings"]) == [
        ("FC201", "conflict"), ("FC301", "conflict")]
    assert all(new_id in finding["articles"] for finding in report["findings"])
    assert report["summary"]["articles"] == 3  # compared against the whole corpus
    assert report["summary"]["conflicts"] == 2


def test_without_since_the_old_conflict_is_reported_too(repo: Path, run_cli) -> None:
    (repo / NEW).write_text(CONTRADICTS, encoding="utf-8")
    report = report_of(run_cli(["check", "corpus", "--format", "json"])[1])
    assert sorted(finding["rule"] for finding in report["findings"] if finding["kind"] == "conflict") == [
        "FC101", "FC201", "FC301"]


def test_an_article_that_only_agrees_exits_0(repo: Path, run_cli) -> None:
    (repo / "corpus" / "2026-03-07-riverside.md").write_text(AGREES, encoding="utf-8")
    code, stdout, stderr = run_cli(["check", "corpus", "--since", "HEAD", "--format", "json"])
    assert (code, stderr) == (0, "")
    report = report_of(stdout)
    assert {finding["kind"] for finding in report["findings"]} == {"agreement"}
    assert {finding["rule"] for finding in report["findings"]} >= {"FC202", "FC302"}


def test_nothing_changed_since_head_exits_0_with_no_findings(repo: Path, run_cli) -> None:
    code, stdout, _ = run_cli(["check", "corpus", "--since", "HEAD", "--format", "json"])
    assert code == 0
    assert report_of(stdout)["findings"] == []


def test_new_names_an_article_outside_the_corpus_and_compares_it(repo: Path, run_cli) -> None:
    (repo / "drafts").mkdir()
    (repo / "drafts" / "northgate.md").write_text(CONTRADICTS, encoding="utf-8")
    code, stdout, _ = run_cli(["check", "corpus", "--new", "drafts/northgate.md", "--format", "json"])
    assert code == 1
    report = report_of(stdout)
    assert "drafts/northgate.md" in report["paths"].values()
    assert sorted(finding["rule"] for finding in report["findings"]) == ["FC201", "FC301"]


def test_new_inside_the_corpus_is_read_once(repo: Path, run_cli) -> None:
    (repo / NEW).write_text(CONTRADICTS, encoding="utf-8")
    report = report_of(run_cli(["check", "corpus", "--new", f"./{NEW}", "--format", "json"])[1])
    assert report["summary"]["articles"] == 3
    assert sorted(finding["rule"] for finding in report["findings"]) == ["FC201", "FC301"]


UNRELATED = """---
title: Harbour dredging resumes
outlet: Coastal Record
published: 2026-02-11
---

The Port of Dover said dredging of the western dock resumed on 10 February 2026.

About 40 workers are assigned to the project, the Port of Dover said.
"""


def test_a_new_run_lists_only_the_articles_its_findings_cite_but_counts_the_corpus(repo: Path, run_cli) -> None:
    (repo / "corpus" / "2026-02-11-coastal.md").write_text(UNRELATED, encoding="utf-8")
    full = report_of(run_cli(["check", "corpus", "--format", "json"])[1])
    (repo / NEW).write_text(CONTRADICTS, encoding="utf-8")
    report = report_of(run_cli(["check", "corpus", "--new", NEW, "--format", "json"])[1])
    assert sorted(report["paths"].values()) == ["corpus/2026-03-04-harbour-post.md",
                                                 "corpus/2026-03-05-civic-ledger.txt", NEW]
    listed = set(report["paths"])
    assert {claim["article"] for claim in report["claims"]} == listed
    cited = {claim for finding in report["findings"] for claim in finding["claims"]}
    assert cited <= {claim["id"] for claim in report["claims"]}
    new_claims = [claim for claim in report["claims"] if report["paths"][claim["article"]] == NEW]
    assert [report["paths"][article] for article in report["new"]] == [NEW]
    assert full["new"] == []
    assert report["summary"]["articles"] == 4
    assert report["summary"]["claims"] == full["summary"]["claims"] + len(new_claims)


def test_new_path_that_does_not_exist_is_a_one_line_error(repo: Path, run_cli) -> None:
    code, stdout, stderr = run_cli(["check", "corpus", "--new", "corpus/missing.md"])
    assert (code, stdout) == (2, "")
    assert stderr == "factcheck: error: corpus/missing.md: --new: no such file or folder\n"


def test_since_outside_a_git_repository_is_a_one_line_error(tmp_path: Path, run_cli, article_dir) -> None:
    folder = article_dir({"a.md": HARBOUR}, folder="plain/corpus")
    code, stdout, stderr = run_cli(["check", folder, "--since", "HEAD"])
    assert (code, stdout) == (2, "")
    assert stderr.startswith("factcheck: error: --since needs a git repository") and stderr.count("\n") == 1


def test_since_an_unknown_ref_is_a_one_line_error(repo: Path, run_cli) -> None:
    code, stdout, stderr = run_cli(["check", "corpus", "--since", "no-such-branch"])
    assert (code, stdout) == (2, "")
    assert stderr == ("factcheck: error: --since: 'no-such-branch' is not a commit, branch or tag "
                      "of this repository\n")


def test_changed_files_are_committed_staged_unstaged_and_untracked_not_ignored_or_deleted(repo: Path) -> None:
    base = git(repo, "rev-parse", "HEAD")
    (repo / "corpus" / "committed.md").write_text(AGREES, encoding="utf-8")
    (repo / "corpus" / "doomed.md").write_text(AGREES, encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "Two more")
    (repo / "corpus" / "doomed.md").unlink()
    (repo / "corpus" / "staged.md").write_text(AGREES, encoding="utf-8")
    git(repo, "add", "corpus/staged.md")
    with (repo / "corpus" / "2026-03-05-civic-ledger.txt").open("a", encoding="utf-8") as handle:
        handle.write("\nA correction was added later.\n")
    (repo / "corpus" / "untracked.md").write_text(AGREES, encoding="utf-8")
    (repo / "drafts").mkdir()
    (repo / "drafts" / "ignored.md").write_text(AGREES, encoding="utf-8")
    changed = {path.relative_to(repo.resolve()).as_posix() for path in changed_since(merge_base(base, repo / "corpus"))}
    assert changed == {"corpus/committed.md", "corpus/staged.md", "corpus/2026-03-05-civic-ledger.txt",
                       "corpus/untracked.md"}


def test_since_a_base_branch_that_moved_on_counts_only_this_branchs_changes(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "feature")
    (repo / "corpus" / "mine.md").write_text(AGREES, encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "Mine")
    git(repo, "checkout", "-q", "main")
    (repo / "corpus" / "theirs.md").write_text(CONTRADICTS, encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "Theirs")
    git(repo, "checkout", "-q", "feature")
    changed = {path.name for path in changed_since(merge_base("main", repo))}
    assert changed == {"mine.md"}


def test_a_ref_that_looks_like_an_option_is_not_passed_to_git_as_one(repo: Path) -> None:
    with pytest.raises(UsageError, match="is not a commit"):
        merge_base("--output=/tmp/x", repo)


# baseline -------------------------------------------------------------------------------------


def test_baseline_keeps_old_findings_quiet_while_a_new_conflict_still_fails(repo: Path, run_cli) -> None:
    code, stdout, stderr = run_cli(["baseline", "corpus", "--output", ".factcheck-baseline.json"])
    assert (code, stderr) == (0, "")
    assert stdout == "recorded 1 known finding(s) in .factcheck-baseline.json\n"
    recorded = json.loads((repo / ".factcheck-baseline.json").read_text(encoding="utf-8"))
    assert [(entry["rule"], entry["kind"]) for entry in recorded["findings"]] == [("FC101", "conflict")]

    code, stdout, _ = run_cli(["check", "corpus", "--baseline", ".factcheck-baseline.json", "--format", "json"])
    report = report_of(stdout)
    assert code == 0
    assert [finding for finding in report["findings"] if finding["kind"] != "agreement"] == []
    assert report["summary"]["suppressed"] == 1
    assert report["baseline"] == ".factcheck-baseline.json"
    assert [(item["finding"]["rule"], item["source"]) for item in report["suppressed"]] == [("FC101", "baseline")]

    (repo / NEW).write_text(CONTRADICTS, encoding="utf-8")
    code, stdout, _ = run_cli(["check", "corpus", "--baseline", ".factcheck-baseline.json", "--format", "json"])
    report = report_of(stdout)
    assert code == 1
    assert sorted(finding["rule"] for finding in report["findings"] if finding["kind"] == "conflict") == [
        "FC201", "FC301"]
    assert report["summary"]["suppressed"] == 1


def test_baseline_survives_another_spelling_of_the_corpus_path(repo: Path, run_cli) -> None:
    run_cli(["baseline", "corpus", "--output", "base.json"])
    code, stdout, _ = run_cli(["check", str(repo / "corpus") + "/", "--baseline", "base.json", "--format", "json"])
    assert code == 0
    assert report_of(stdout)["summary"]["suppressed"] == 1


# GitHub annotations and step summary ------------------------------------------------------------


def test_github_lines_are_workflow_commands_at_the_articles_real_lines(repo: Path, run_cli) -> None:
    (repo / NEW).write_text(CONTRADICTS, encoding="utf-8")
    code, stdout, stderr = run_cli(["check", "corpus", "--since", "HEAD", "--format", "github"])
    assert (code, stderr) == (1, "")
    lines = stdout.splitlines()
    assert stdout.endswith("\n") and lines
    matches = [WORKFLOW_COMMAND.fullmatch(line) for line in lines]
    assert all(matches), lines
    located = {(match["level"], match["file"], int(match["line"])) for match in matches}
    new_file = repo / NEW
    assert ("error", NEW, line_of(new_file, "4 March 2026")) in located
    assert ("error", NEW, line_of(new_file, "1,500 staff")) in located
    assert {file for _, file, _ in located} == {NEW}  # old articles' lines are not the pull request's
    assert {match["title"].split(" ")[0] for match in matches} == {"FC201", "FC301"}
    messages = " ".join(match["message"] for match in matches)
    assert "2026-03-04-harbour-post.md" in messages  # the other side is named in the message


def test_github_format_appends_the_markdown_report_to_the_step_summary(repo: Path, run_cli, monkeypatch) -> None:
    summary = repo.parent / "step-summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    (repo / NEW).write_text(CONTRADICTS, encoding="utf-8")
    code, stdout, _ = run_cli(["check", "corpus", "--since", "HEAD", "--format", "github"])
    assert code == 1
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n")
    assert "FC201" in text and "FC301" in text
    assert all(WORKFLOW_COMMAND.fullmatch(line) for line in stdout.splitlines())


def test_a_step_summary_larger_than_github_keeps_is_cut_to_fit(repo: Path, run_cli, monkeypatch) -> None:
    summary = repo.parent / "step-summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.setattr("factcheck.reporters.summary.STEP_SUMMARY_BYTES", 3000)
    (repo / NEW).write_text(CONTRADICTS, encoding="utf-8")
    code, _, _ = run_cli(["check", "corpus", "--format", "github"])
    assert code == 1
    appended = summary.read_text(encoding="utf-8").removeprefix("earlier step\n")
    assert appended.startswith("> This summary shows ") and len(appended.encode()) <= 3000
    assert "*Showing 1 of 4 findings (at most 1).*" in appended
    assert "**FC101** · error" in appended  # conflicts first, the most severe first


def test_new_folder_makes_every_article_in_it_new(repo: Path, run_cli) -> None:
    (repo / "drafts").mkdir()
    (repo / "drafts" / "northgate.md").write_text(CONTRADICTS, encoding="utf-8")
    (repo / "drafts" / "riverside.md").write_text(AGREES, encoding="utf-8")
    code, stdout, _ = run_cli(["check", "corpus", "--new", "drafts", "--format", "json"])
    report = report_of(stdout)
    assert code == 1
    assert report["summary"]["articles"] == 4
    assert "FC101" not in {finding["rule"] for finding in report["findings"]}


def test_new_records_file_makes_each_of_its_records_new(repo: Path, run_cli) -> None:
    records = [{"title": "Contract dated a day later", "outlet": "Northgate Gazette", "published": "2026-03-06",
                "text": CONTRADICTS.split("---\n")[-1]},
               {"title": "Cloud contract confirmed", "outlet": "Riverside Bulletin", "published": "2026-03-07",
                "text": AGREES.split("---\n")[-1]}]
    (repo / "corpus" / "wire.jsonl").write_text("\n".join(json.dumps(record) for record in records) + "\n",
                                                encoding="utf-8")
    report = report_of(run_cli(["check", "corpus", "--new", "corpus/wire.jsonl", "--format", "json"])[1])
    involved = {report["paths"][article_id] for finding in report["findings"] for article_id in finding["articles"]}
    assert {"corpus/wire.jsonl#1", "corpus/wire.jsonl#2"} <= involved
    assert "FC101" not in {finding["rule"] for finding in report["findings"]}


def test_since_makes_new_only_the_records_a_change_adds_to_an_archive(repo: Path, run_cli) -> None:
    # The committed record repeats the old article's name for the institute: the known conflict FC101.
    old = {"title": "Cloud contract confirmed", "outlet": "Riverside Bulletin", "published": "2026-03-07",
           "text": AGREES.split("---\n")[-1] + "\nReviewers at the AI Safety Institute will look at the data.\n"}
    archive = repo / "corpus" / "wire.jsonl"
    archive.write_text(json.dumps(old) + "\n", encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "Wire archive")
    added = {"title": "Contract dated a day later", "outlet": "Northgate Gazette", "published": "2026-03-06",
             "text": CONTRADICTS.split("---\n")[-1]}
    archive.write_text(archive.read_text(encoding="utf-8") + json.dumps(added) + "\n", encoding="utf-8")
    code, stdout, _ = run_cli(["check", "corpus", "--since", "HEAD", "--format", "json"])
    report = report_of(stdout)
    [new] = report["new"]
    assert report["paths"][new] == "corpus/wire.jsonl#2"  # the committed record #1 is not new
    assert code == 1
    assert sorted(finding["rule"] for finding in report["findings"] if finding["kind"] == "conflict") == [
        "FC201", "FC301"]  # the appended record's conflicts, not the archive's old FC101
    whole = report_of(run_cli(["check", "corpus", "--new", "corpus/wire.jsonl", "--format", "json"])[1])
    assert "FC101" in {finding["rule"] for finding in whole["findings"]}  # --new FILE makes every record new


def test_changed_records_are_those_on_the_lines_a_change_adds_or_rewrites(repo: Path) -> None:
    archive = repo / "corpus" / "wire.jsonl"
    lines = [json.dumps({"text": f"Record {n}."}) for n in range(1, 5)]
    archive.write_text("\n\n".join(lines) + "\n", encoding="utf-8")  # records on lines 1, 3, 5 and 7
    (repo / "corpus" / "fresh.jsonl").write_text(lines[0] + "\n", encoding="utf-8")  # not committed
    git(repo, "add", "corpus/wire.jsonl")
    git(repo, "commit", "-q", "-m", "Wire archive")
    edited = [lines[0], json.dumps({"text": "Record 2, corrected."}), lines[3], json.dumps({"text": "Record 5."})]
    archive.write_text("\n\n".join(edited) + "\n", encoding="utf-8")  # 2 rewritten, 3 removed, 5 appended
    base = merge_base("HEAD", repo / "corpus")
    assert changed_records(base, changed_since(base)) == {archive.resolve(): frozenset({2, 4})}


def test_an_archive_linked_from_outside_the_repository_is_new_whole(repo: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.jsonl"
    outside.write_text(json.dumps({"text": "Record 1."}) + "\n", encoding="utf-8")
    (repo / "corpus" / "linked.jsonl").symlink_to(outside)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "Linked archive")
    outside.write_text(outside.read_text(encoding="utf-8") + json.dumps({"text": "Record 2."}) + "\n",
                       encoding="utf-8")
    # git reports the link as changed when it is pointed elsewhere; resolved, it lies outside the repository.
    base = merge_base("HEAD", repo / "corpus")
    assert changed_records(base, {outside.resolve()}) == {}  # so build_scope keeps it new whole


@pytest.mark.parametrize(("diff", "lines"), [
    ("@@ -3,0 +4,2 @@\n+a\n+b\n", {4, 5}),
    ("@@ -10 +12 @@\n-x\n+y\n", {12}),
    ("@@ -20,2 +21,0 @@\n-x\n-y\n", set()),
    ("diff --git a/x b/x\nBinary files a/x and b/x differ\n", None),
])
def test_added_lines_of_a_diff(diff: str, lines: set[int] | None) -> None:
    assert _added_lines(diff) == lines


def test_hostile_article_text_and_file_name_stay_inside_their_annotations(repo: Path, run_cli) -> None:
    hostile = ("::error file=corpus/x.md,line=1::Contract signed, 100%0A sure\n\n"
               "London, 6 March 2026 — Desk\nSource: Evil Wire\n\n"
               "The contract between Microsoft and the Ministry of Justice was signed on 4 March 2026 "
               "::warning::injected, 50%25 :: done.\n\n"
               "It covers 1,500 staff at the Ministry of Justice, the first such ::notice::deal.\n")
    name = "corpus/evil,name:1 %0A.txt"
    (repo / name).write_text(hostile, encoding="utf-8")
    code, stdout, _ = run_cli(["check", "corpus", "--new", name, "--format", "github"])
    assert code == 1
    lines = stdout.splitlines()
    assert all(WORKFLOW_COMMAND.fullmatch(line) for line in lines), lines
    evil = [WORKFLOW_COMMAND.fullmatch(line) for line in lines if "evil" in line.split("::")[1]]
    assert {match["file"] for match in evil} == {"corpus/evil%2Cname%3A1 %250A.txt"}
    assert {int(match["line"]) for match in evil} >= {6, 8}


USES_CURRENT_NAME = """---
title: Institute to review cloud contract
outlet: Riverside Bulletin
published: 2026-03-08
---

The AI Security Institute will review the cloud contract, Microsoft said.
"""


def test_a_new_article_using_the_current_name_does_not_fail_for_an_old_stale_one(repo: Path, run_cli) -> None:
    (repo / "corpus" / "2026-03-08-riverside.md").write_text(USES_CURRENT_NAME, encoding="utf-8")
    full = report_of(run_cli(["check", "corpus", "--format", "json"])[1])
    assert [finding["rule"] for finding in full["findings"] if finding["kind"] == "conflict"] == ["FC101"]
    code, stdout, _ = run_cli(["check", "corpus", "--since", "HEAD", "--format", "json"])
    assert code == 0
    assert not [finding for finding in report_of(stdout)["findings"] if finding["rule"] == "FC101"]


def test_a_new_article_using_the_former_name_still_fails(repo: Path, run_cli) -> None:
    stale = USES_CURRENT_NAME.replace("AI Security Institute", "AI Safety Institute")
    (repo / "corpus" / "2026-03-08-riverside.md").write_text(stale, encoding="utf-8")
    code, stdout, _ = run_cli(["check", "corpus", "--since", "HEAD", "--format", "json"])
    assert code == 1
    report = report_of(stdout)
    new_id = next(article_id for article_id, path in report["paths"].items() if "riverside" in path)
    assert [(finding["rule"], new_id in finding["articles"]) for finding in report["findings"]
            if finding["kind"] == "conflict"] == [("FC101", True)]
