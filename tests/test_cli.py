"""The command line: exit codes, stdout holding only the report, one-line errors, atomic --output."""

from __future__ import annotations

import concurrent.futures
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import __version__, mapping
from factcheck.pipeline import Pipeline
from tests.articles import SIGNED_21, SIGNED_22

REPO = Path(__file__).resolve().parents[1]

CONFLICTING = {"a.txt": SIGNED_21, "b.txt": SIGNED_22}

REPORT_KEYS = {"version", "articles", "claims", "findings", "summary"}
ARTICLE_KEYS = {"id", "path", "title", "outlet", "published", "language"}
CLAIM_KEYS = {"id", "article", "kind", "subject", "attribute", "value", "text", "quote", "line", "rule"}
FINDING_KEYS = {"id", "rule", "kind", "severity", "subject", "attribute", "message", "claims", "articles",
                "fingerprint"}
SUMMARY_KEYS = {"articles", "claims", "agreements", "conflicts", "single_source", "suppressed"}


@pytest.fixture
def conflicting(article_dir) -> Path:
    return article_dir(CONFLICTING)


def assert_one_line_error(code: int, stdout: str, stderr: str, *parts: str) -> None:
    """Exit 2, nothing on stdout, one 'factcheck: error:' line on stderr naming each part."""
    assert code == 2
    assert stdout == ""
    assert stderr.startswith("factcheck: error: ")
    assert stderr.endswith("\n") and stderr.count("\n") == 1
    assert "Traceback" not in stderr
    for part in parts:
        assert part in stderr


# check ------------------------------------------------------------------------------------


def test_check_reports_a_conflict_and_exits_1(run_cli, conflicting: Path) -> None:
    code, stdout, stderr = run_cli(["check", conflicting, "--format", "json"])
    assert (code, stderr) == (1, "")
    report = json.loads(stdout)
    conflicts = [finding for finding in report["findings"] if finding["kind"] == "conflict"]
    assert [(finding["rule"], finding["severity"]) for finding in conflicts] == [("FC201", "error")]
    claims = {claim["id"]: claim for claim in report["claims"]}
    cited = sorted((claims[claim_id]["text"], claims[claim_id]["value"], claims[claim_id]["line"])
                   for claim_id in conflicts[0]["claims"])
    assert cited == [("21 July 2025", "2025-07-21", 3), ("July 22, 2025", "2025-07-22", 3)]
    assert conflicts[0]["articles"] == ["a1", "a2"]
    assert report["summary"]["conflicts"] == 1


@pytest.mark.parametrize(("fail_on", "code"), [("never", 0), ("conflict", 1), ("single-source", 1)])
def test_fail_on_sets_the_exit_code(run_cli, conflicting: Path, fail_on: str, code: int) -> None:
    assert run_cli(["check", conflicting, "--format", "json", "--fail-on", fail_on])[0] == code


def test_agreeing_articles_exit_0(run_cli, article_dir) -> None:
    folder = article_dir({"a.txt": SIGNED_21, "b.txt": SIGNED_22.replace("July 22", "July 21")})
    code, stdout, _ = run_cli(["check", folder, "--format", "json"])
    assert code == 0
    assert [finding["kind"] for finding in json.loads(stdout)["findings"] if finding["rule"].startswith("FC2")] == [
        "agreement"]


def test_terminal_report_names_the_conflict(run_cli, conflicting: Path) -> None:
    code, stdout, stderr = run_cli(["check", conflicting])
    assert (code, stderr) == (1, "")
    assert stdout.startswith("2 articles")
    assert "FC201" in stdout
    assert f"{conflicting / 'a.txt'}:3" in stdout


def test_json_report_follows_the_contract(run_cli, conflicting: Path) -> None:
    report = json.loads(run_cli(["check", conflicting, "--format", "json"])[1])
    assert REPORT_KEYS <= set(report)
    assert report["version"] == "1"
    assert set(report["summary"]) == SUMMARY_KEYS
    assert report["summary"]["articles"] == len(report["articles"]) == 2
    assert report["summary"]["claims"] == len(report["claims"])
    for article in report["articles"]:
        assert ARTICLE_KEYS <= set(article)
    for claim in report["claims"]:
        assert CLAIM_KEYS <= set(claim)
        assert claim["kind"] in {"name", "date", "quantity", "role", "statement"}
        assert claim["text"] in claim["quote"]
    claim_ids = {claim["id"] for claim in report["claims"]}
    article_ids = {article["id"] for article in report["articles"]}
    for finding in report["findings"]:
        assert set(finding) == FINDING_KEYS
        assert finding["kind"] in {"agreement", "conflict", "single_source"}
        assert finding["severity"] in {"info", "warning", "error"}
        assert set(finding["claims"]) <= claim_ids and set(finding["articles"]) <= article_ids
        assert finding["message"] and finding["fingerprint"]


def test_fingerprints_are_stable_across_runs_and_folders(run_cli, article_dir) -> None:
    first = json.loads(run_cli(["check", article_dir(CONFLICTING, "one"), "--format", "json"])[1])
    second = json.loads(run_cli(["check", article_dir(CONFLICTING, "two"), "--format", "json"])[1])
    assert [finding["fingerprint"] for finding in first["findings"]] == [
        finding["fingerprint"] for finding in second["findings"]]


def test_paths_are_reported_exactly_as_given(run_cli, article_dir, monkeypatch) -> None:
    folder = article_dir(CONFLICTING)
    monkeypatch.chdir(folder.parent)
    given = [f".{os.sep}{folder.name}{os.sep}a.txt", f"{folder.name}{os.sep}{os.sep}b.txt"]
    report = json.loads(run_cli(["check", *given, "--format", "json"])[1])
    assert [article["path"] for article in report["articles"]] == given


def test_articles_metadata_in_the_report(run_cli, article_dir) -> None:
    folder = article_dir({"a.md": "---\ntitle: Deal signed\noutlet: Capital Wire\npublished: 2025-07\n---\n\n"
                                  "OpenAI and the UK government signed the agreement on 21 July 2025.\n"})
    report = json.loads(run_cli(["check", folder, "--format", "json"])[1])
    assert report["articles"] == [{"id": "a1", "path": str(folder / "a.md"), "title": "Deal signed",
                                   "outlet": "Capital Wire", "url": None, "published": "2025-07",
                                   "language": "en"}]


def test_a_skipped_file_is_a_diagnostic_not_a_failure(run_cli, article_dir) -> None:
    folder = article_dir({**CONFLICTING, "c.txt": ""})
    code, stdout, stderr = run_cli(["check", folder, "--format", "json"])
    assert (code, stderr) == (1, f"factcheck: warning: {folder / 'c.txt'}: is empty\n")
    report = json.loads(stdout)
    assert report["summary"]["articles"] == 2
    assert report["diagnostics"] == [{"path": str(folder / "c.txt"), "message": "is empty", "line": None,
                                      "rule": None}]


# errors -----------------------------------------------------------------------------------


def test_missing_path_exits_2_with_one_line(run_cli, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    assert_one_line_error(*run_cli(["check", missing]), str(missing), "no such file or folder")


def test_folder_without_articles_exits_2(run_cli, article_dir) -> None:
    folder = article_dir({"notes.pdf": "x"})
    assert_one_line_error(*run_cli(["check", folder]), "no article files found")


def test_only_unreadable_articles_exits_2(run_cli, article_dir) -> None:
    folder = article_dir({"a.txt": "", "b.txt": b"\x00\x00"})
    assert_one_line_error(*run_cli(["check", folder]), "no article could be read", "is empty", "binary")


@pytest.mark.parametrize("command", ["check", "claims"])
def test_unknown_format_exits_2(run_cli, conflicting: Path, command: str) -> None:
    assert_one_line_error(*run_cli([command, conflicting, "--format", "xml"]), "unknown format 'xml'", "json")


def test_broken_extra_rules_exit_2(run_cli, conflicting: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bad.toml").write_text("[checks]\n")
    assert_one_line_error(*run_cli(["check", conflicting, "--rules", rules]), f"{rules / 'bad.toml'}:1:",
                          "unknown table 'checks'")


@pytest.mark.parametrize("args", [
    ["check", "{articles}", "--fail-on", "bogus"],
    ["check"],
])
def test_bad_usage_is_a_one_line_error(conflicting: Path, args: list[str]) -> None:
    # Through the console-script entry point, as a user runs it (CliRunner bypasses it).
    result = subprocess.run([sys.executable, "-m", "factcheck", *[arg.format(articles=conflicting) for arg in args]],
                            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)}, check=False)
    assert_one_line_error(result.returncode, result.stdout, result.stderr)


def test_the_console_script_writes_the_whole_report_before_it_exits(run_cli, conflicting: Path) -> None:
    # The process ends at once when the run is done (``main._end``), after flushing what it wrote.
    args = ["check", str(conflicting), "--format", "markdown", "--no-cache"]
    result = subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)}, check=False)
    assert (result.returncode, result.stdout, result.stderr) == run_cli(args)
    assert result.returncode == 1 and "Conflict" in result.stdout


def test_parallel_extraction_gives_the_same_report(run_cli, article_dir) -> None:
    folder = article_dir({**CONFLICTING, "c.md": "---\ntitle: Staff\n---\n\nOpenAI employs 4,000 staff in Britain.\n",
                          "d.txt": "Deal signed\n\nOpenAI employs more than 1,000 staff in Britain.\n"})
    serial = run_cli(["check", folder, "--format", "json", "--jobs", "1", "--no-cache"])
    parallel = run_cli(["check", folder, "--format", "json", "--jobs", "2", "--no-cache"])  # the cache would answer
    assert parallel == serial
    assert serial[0] == 1


def test_processes_left_to_factcheck_are_one_per_core_with_enough_files_each(monkeypatch) -> None:
    monkeypatch.setattr(mapping, "_usable_cores", lambda: 4)
    assert [mapping.auto_jobs(files) for files in (0, 1, 199, 200, 399, 10_000)] == [1, 1, 1, 2, 3, 4]
    monkeypatch.setattr(mapping, "_usable_cores", lambda: 64)
    assert mapping.auto_jobs(100_000) == 8  # each worker holds its own rules; the comparison runs in one


def test_a_run_without_jobs_extracts_in_workers_only_what_the_cache_lacks(run_cli, article_dir, monkeypatch,
                                                                         tmp_path: Path) -> None:
    folder = article_dir({**CONFLICTING, "c.txt": "Deal signed\n\nOpenAI employs 4,000 staff in Britain.\n"})
    monkeypatch.setattr(mapping, "ARTICLES_PER_PROCESS", 1)
    monkeypatch.setattr(mapping, "_usable_cores", lambda: 2)
    pools: list[int] = []

    class CountedPool(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, workers: int, **options: object) -> None:
            pools.append(workers)
            super().__init__(workers, **options)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", CountedPool)
    cache = ["--cache-dir", tmp_path / "cache"]
    first = run_cli(["check", folder, "--format", "json", *cache])
    assert pools == [2]
    assert first == run_cli(["check", folder, "--format", "json", "--jobs", "1", "--no-cache"])
    (Path(folder) / "d.txt").write_text("Deal signed\n\nOpenAI employs 5,000 staff in Britain.\n", encoding="utf-8")
    run_cli(["check", folder, "--format", "json", *cache])
    assert pools == [2]  # one file to extract: no worker


def test_a_system_without_worker_processes_extracts_in_one(run_cli, article_dir, monkeypatch) -> None:
    folder = article_dir(CONFLICTING)

    class NoPool:
        def __init__(self, *args: object, **options: object) -> None:
            raise NotImplementedError("This system lacks a functioning sem_open implementation")

    expected = run_cli(["check", folder, "--format", "json", "--jobs", "1", "--no-cache"])
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", NoPool)
    assert run_cli(["check", folder, "--format", "json", "--jobs", "2", "--no-cache"]) == expected


# the claim cache's place --------------------------------------------------------------------

def test_the_claim_cache_is_kept_in_the_working_directory_by_default(run_cli, article_dir, monkeypatch,
                                                                     tmp_path: Path) -> None:
    folder = article_dir(CONFLICTING)
    monkeypatch.delenv("FACTCHECK_CACHE_DIR")
    monkeypatch.chdir(tmp_path)
    run_cli(["check", folder, "--format", "json"])
    assert (tmp_path / ".factcheck_cache" / "claims.sqlite3").is_file()


def test_factcheck_cache_dir_moves_the_claim_cache_and_cache_dir_overrides_it(run_cli, article_dir, monkeypatch,
                                                                               tmp_path: Path) -> None:
    folder = article_dir(CONFLICTING)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "from-environment"))
    monkeypatch.chdir(tmp_path)
    run_cli(["check", folder, "--format", "json"])
    run_cli(["check", folder, "--format", "json", "--cache-dir", tmp_path / "from-option"])
    assert (tmp_path / "from-environment" / "claims.sqlite3").is_file()
    assert (tmp_path / "from-option" / "claims.sqlite3").is_file()
    assert not (tmp_path / ".factcheck_cache").exists()


def test_no_cache_writes_no_cache_anywhere(run_cli, article_dir, monkeypatch, tmp_path: Path) -> None:
    folder = article_dir(CONFLICTING)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "from-environment"))
    monkeypatch.chdir(tmp_path)
    run_cli(["check", folder, "--format", "json", "--no-cache"])
    assert sorted(path.name for path in tmp_path.iterdir()) == ["articles"]


# --output ---------------------------------------------------------------------------------


def test_output_writes_the_json_report_to_the_file(run_cli, conflicting: Path, tmp_path: Path) -> None:
    output = tmp_path / "report.json"
    code, stdout, stderr = run_cli(["check", conflicting, "--format", "json", "--output", output])
    assert (code, stdout, stderr) == (1, "", "")
    report = json.loads(output.read_text(encoding="utf-8"))
    assert [finding["rule"] for finding in report["findings"] if finding["kind"] == "conflict"] == ["FC201"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["articles", "report.json"]


def test_output_replaces_an_existing_file(run_cli, conflicting: Path, tmp_path: Path) -> None:
    output = tmp_path / "report.json"
    output.write_text("old report, much longer than nothing " * 1000)
    run_cli(["check", conflicting, "--format", "json", "--output", output])
    assert json.loads(output.read_text(encoding="utf-8"))["summary"]["articles"] == 2


@pytest.fixture
def umask_027():
    """Run with a umask that keeps others out, as a shared CI runner might."""
    previous = os.umask(0o027)
    yield
    os.umask(previous)


@pytest.mark.skipif(os.name != "posix", reason="file permissions are POSIX modes")
def test_output_is_made_with_the_permissions_the_umask_allows(run_cli, conflicting: Path, tmp_path: Path,
                                                                umask_027: None) -> None:
    output = tmp_path / "report.json"
    run_cli(["check", conflicting, "--format", "json", "--output", output])
    assert oct(output.stat().st_mode & 0o777) == oct(0o640)


@pytest.mark.skipif(os.name != "posix", reason="file permissions are POSIX modes")
def test_output_replacing_a_file_keeps_its_permissions(run_cli, conflicting: Path, tmp_path: Path,
                                                        umask_027: None) -> None:
    output = tmp_path / "report.json"
    output.write_text("old report")
    output.chmod(0o604)
    run_cli(["check", conflicting, "--format", "json", "--output", output])
    assert oct(output.stat().st_mode & 0o777) == oct(0o604)
    assert json.loads(output.read_text(encoding="utf-8"))["summary"]["articles"] == 2


@pytest.mark.parametrize("args", [
    ["check", "{missing}", "--format", "json"],
    ["check", "{articles}", "--format", "xml"],
    ["check", "{articles}", "--format", "json", "--rules", "{missing}"],
    ["claims", "{missing}", "--format", "json"],
])
def test_a_failed_run_leaves_an_existing_output_unchanged(run_cli, conflicting: Path, tmp_path: Path,
                                                          args: list[str]) -> None:
    output = tmp_path / "report.json"
    output.write_text('{"previous": true}\n')
    filled = [arg.format(missing=tmp_path / "nowhere", articles=conflicting) for arg in args]
    code, _, stderr = run_cli([*filled, "--output", output])
    assert code == 2 and stderr.startswith("factcheck: error: ")
    assert output.read_text() == '{"previous": true}\n'
    assert sorted(path.name for path in tmp_path.iterdir()) == ["articles", "report.json"]


def test_a_renderer_failing_midway_leaves_no_partial_file(run_cli, conflicting: Path, tmp_path: Path,
                                                          monkeypatch) -> None:
    from factcheck import reporters
    from factcheck.errors import UsageError

    def half_render(report, out) -> None:
        out.write('{"version": "1", "articles": [')
        raise UsageError("renderer gave up")

    monkeypatch.setitem(reporters.REPORTERS, "json", half_render)
    output = tmp_path / "report.json"
    output.write_text('{"previous": true}\n')
    code, _, stderr = run_cli(["check", conflicting, "--format", "json", "--output", output])
    assert (code, stderr) == (2, "factcheck: error: renderer gave up\n")
    assert output.read_text() == '{"previous": true}\n'
    assert sorted(path.name for path in tmp_path.iterdir()) == ["articles", "report.json"]


def test_output_into_a_missing_folder_exits_2(run_cli, conflicting: Path, tmp_path: Path) -> None:
    output = tmp_path / "no" / "such" / "report.json"
    assert_one_line_error(*run_cli(["check", conflicting, "--format", "json", "--output", output]),
                          "folder does not exist")
    assert not output.parent.exists()


# claims -----------------------------------------------------------------------------------


def test_claims_lists_every_claim_with_the_contract_fields(run_cli, conflicting: Path) -> None:
    code, stdout, stderr = run_cli(["claims", conflicting, "--format", "json"])
    assert (code, stderr) == (0, "")
    report = json.loads(stdout)
    assert "findings" not in report
    assert [article["path"] for article in report["articles"]] == [str(conflicting / "a.txt"),
                                                                   str(conflicting / "b.txt")]
    for claim in report["claims"]:
        assert set(claim) == CLAIM_KEYS
    assert [claim["id"] for claim in report["claims"]] == [f"c{n}" for n in range(1, len(report["claims"]) + 1)]
    dates = [(claim["article"], claim["kind"], claim["subject"], claim["attribute"], claim["value"], claim["text"],
              claim["quote"], claim["line"], claim["rule"]) for claim in report["claims"] if claim["kind"] == "date"]
    assert dates == [
        ("a1", "date", "signing", "date", "2025-07-21", "21 July 2025", SIGNED_21.splitlines()[2], 3, "X201"),
        ("a2", "date", "signing", "date", "2025-07-22", "July 22, 2025", SIGNED_22.splitlines()[2], 3, "X201"),
    ]


def test_claims_terminal_output_is_one_line_per_claim_under_its_article(run_cli, conflicting: Path) -> None:
    code, stdout, stderr = run_cli(["claims", conflicting])
    assert (code, stderr) == (0, "")
    lines = stdout.splitlines()
    assert lines[:2] == ["2 articles · 8 claims", " line  rule  kind       subject · attribute: value  “as written”"]
    first = lines.index(next(line for line in lines if line.startswith("a1 ")))
    assert lines[first - 1] == "" and lines[first].endswith("a.txt — " + SIGNED_21.splitlines()[2])
    assert lines[first + 1:first + 5] == [
        "    3  X101  name       OpenAI · name: OpenAI",
        "    3  X101  name       UK government · name: UK government",
        "    3  X201  date       signing · date: 2025-07-21  “21 July 2025”",
        "    3  X501  statement  OpenAI · statement: sign juli  “OpenAI and the UK government signed the agreement on 21 Jul…”",
    ]
    assert [line for line in lines if " X201 " in line] == [
        "    3  X201  date       signing · date: 2025-07-21  “21 July 2025”",
        "    3  X201  date       signing · date: 2025-07-22  “July 22, 2025”"]


def test_claims_reads_and_fills_the_claim_cache_as_check_does(run_cli, conflicting: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    extracted: list[str] = []
    extract_file = Pipeline.extract_file
    monkeypatch.setattr(Pipeline, "extract_file",
                        lambda self, path, *rest: extracted.append(path) or extract_file(self, path, *rest))
    cache = ["--cache-dir", tmp_path / "cache", "--format", "json", "--jobs", "1"]
    first = run_cli(["claims", conflicting, *cache])
    assert len(extracted) == 2
    assert run_cli(["claims", conflicting, *cache]) == first
    assert len(extracted) == 2  # the second run read both articles' claims from the cache
    assert run_cli(["check", conflicting, *cache])[0] == 1 and len(extracted) == 2  # and so does check
    assert run_cli(["claims", conflicting, "--no-cache", "--format", "json", "--jobs", "1"]) == first
    assert len(extracted) == 4


# rules and version ------------------------------------------------------------------------


def test_rules_list(run_cli) -> None:
    code, stdout, stderr = run_cli(["rules", "list"])
    assert (code, stderr) == (0, "")
    for rule_id in ("FC101", "FC201", "X201"):
        assert rule_id in stdout


def test_rules_list_includes_an_extra_folder(run_cli, tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text('[[check]]\nid = "FC901"\nname = "meta.mine"\nkind = "date"\n'
                                        'finding = "conflict"\nsummary = "Mine."\n')
    code, stdout, _ = run_cli(["rules", "list", "--rules", tmp_path])
    assert code == 0 and "FC901" in stdout and "FC101" in stdout


@pytest.mark.parametrize("rule", ["FC201", "date.conflict"])
def test_rules_explain_prints_the_examples(run_cli, rule: str) -> None:
    code, stdout, stderr = run_cli(["rules", "explain", rule])
    assert (code, stderr) == (0, "")
    assert stdout.startswith("FC201 date.conflict (date → conflict, severity error)\n")
    assert "Example 'day-differs': expects 1 finding(s) from:" in stdout
    assert "Example 'month-contains-day': expects 0 finding(s) from:" in stdout
    assert "OpenAI and the UK government signed the agreement on 21 July 2025." in stdout


def test_rules_explain_an_extraction_rule(run_cli) -> None:
    code, stdout, _ = run_cli(["rules", "explain", "X201"])
    assert code == 0 and stdout.startswith("X201 (extracts date claims)\n")


def test_rules_explain_unknown_rule_exits_2(run_cli) -> None:
    assert_one_line_error(*run_cli(["rules", "explain", "FC999"]), "no rule with id or name 'FC999'")


def test_rules_validate_defaults(run_cli) -> None:
    code, stdout, stderr = run_cli(["rules", "validate"])
    assert (code, stderr) == (0, "")
    assert stdout.startswith("ok: ")


def test_rules_validate_a_good_folder(run_cli, tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text('[[entity]]\nid = "acme"\nname = "Acme Labs"\n')
    code, stdout, _ = run_cli(["rules", "validate", tmp_path])
    assert (code, stdout) == (0, "ok: 1 rule files, 0 checks, 1 entities\n")


def test_rules_validate_a_bad_folder_exits_2(run_cli) -> None:
    bad_rules = Path(__file__).parent / "bad_rules"
    code, stdout, stderr = run_cli(["rules", "validate", bad_rules])
    assert_one_line_error(code, stdout, stderr, str(bad_rules))


def test_rules_validate_a_missing_folder_exits_2(run_cli, tmp_path: Path) -> None:
    assert_one_line_error(*run_cli(["rules", "validate", tmp_path / "nowhere"]), "rule folder does not exist")


# The entry point ends the process at once when the run is done (``main._end``): a probe that
# looks at the process after the run has it raise SystemExit instead.
EXIT_THAT_RETURNS = "import os, sys\nos._exit = sys.exit\nfrom factcheck.main import run\n"


def test_version(run_cli) -> None:
    assert run_cli(["--version"]) == (0, f"factcheck {__version__}\n", "")


def test_version_does_not_import_the_pipeline() -> None:
    """``factcheck --version`` is answered before the models, rules or reporters are imported (start-up target)."""
    probe = (f"{EXIT_THAT_RETURNS}try:\n    run()\nexcept SystemExit:\n    pass\n"
             "print(sorted(name for name in sys.modules if name.startswith('factcheck.')))")
    result = subprocess.run([sys.executable, "-c", probe, "--version"], capture_output=True, text=True, check=True,
                            cwd=REPO)
    version, loaded = result.stdout.splitlines()
    assert version == f"factcheck {__version__}"
    assert json.loads(loaded.replace("'", '"')) == ["factcheck.cli", "factcheck.errors", "factcheck.main",
                                                    "factcheck.policy", "factcheck.severity"]


def test_a_run_whose_articles_are_all_cached_does_not_import_the_extractors(tmp_path: Path) -> None:
    """The extractors compile their patterns as they load: a warm run reads claims and never needs them."""
    cache = tmp_path / "cache"
    args = ["check", str(REPO / "fixtures" / "openai-uk"), "--cache-dir", str(cache), "--format", "json",
            "--output", str(tmp_path / "report.json")]
    probe = (f"{EXIT_THAT_RETURNS}try:\n    run()\nexcept SystemExit:\n    pass\n"
             "print(sorted(name for name in sys.modules if name.startswith('factcheck.extract')))")
    first, warm = (subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, check=True,
                                  cwd=REPO).stdout for _run in range(2))
    assert "factcheck.extract.dates" in first
    assert warm.strip() == "[]"
