"""Rules as the user's lever, from the command line: custom rule folders, the config, bad rules.

Every case runs the real CLI in-process and asserts what a user sees: the findings,
the exit code, and one-line errors on stderr with exit code 2.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from factcheck.ruleset import default_rules_dir
from tests.articles import SIGNED_21, SIGNED_22

ROOT = Path(__file__).resolve().parents[1]
BAD_RULES = sorted((Path(__file__).parent / "bad_rules").glob("*.toml"))

OLD_NAME = ("Grants announced\n\nLondon, 3 March 2024 — Science Desk\n\n"
            "Research Councils UK announced new grants for AI research in London.\n")
NEW_NAME = ("Grants announced\n\nLondon, 4 March 2024 — Policy Desk\n\n"
            "UK Research and Innovation announced new grants for AI research in London.\n")


def run_json(run_cli, *args: object) -> tuple[int, dict, str]:
    """Run `check ... --format json` without the cache; return (code, report, stderr)."""
    code, stdout, stderr = run_cli(["check", *args, "--format", "json", "--no-cache"])
    return code, (json.loads(stdout) if stdout else {}), stderr


def rules_of(report: dict, kind: str = "conflict") -> list[tuple[str, str]]:
    return [(finding["rule"], finding["severity"]) for finding in report["findings"] if finding["kind"] == kind]


def assert_one_line_error(code: int, stdout: str, stderr: str, *parts: str) -> None:
    assert (code, stdout) == (2, "")
    assert stderr.startswith("factcheck: error: ") and stderr.count("\n") == 1
    assert "Traceback" not in stderr
    for part in parts:
        assert part in stderr, stderr


@pytest.fixture
def renamed(article_dir) -> Path:
    return article_dir({"01-old.txt": OLD_NAME, "02-new.txt": NEW_NAME})


@pytest.fixture
def dated(article_dir) -> Path:
    return article_dir({"a.txt": SIGNED_21, "b.txt": SIGNED_22})


# a custom rule folder ---------------------------------------------------------------------------


def readme_rule() -> str:
    """Return the custom-rule TOML block the README shows."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(\[\[entity\]\].*?)```", readme, re.DOTALL)
    assert block, "README.md must show a custom [[entity]] rule in a ```toml block"
    return block.group(1)


def test_the_readme_custom_rule_is_five_lines_and_turns_a_pair_into_a_rename_conflict(run_cli, renamed: Path,
                                                                                      tmp_path: Path) -> None:
    rule = readme_rule()
    assert len(rule.strip().splitlines()) == 5
    folder = tmp_path / "my-rules"
    folder.mkdir()
    (folder / "entities.toml").write_text(rule, encoding="utf-8")

    code, report, _ = run_json(run_cli, renamed)
    assert (code, rules_of(report)) == (0, [])

    code, report, stderr = run_json(run_cli, renamed, "--rules", folder)
    assert (code, stderr) == (1, "")
    assert rules_of(report) == [("FC101", "error")]
    conflict = report["findings"][0]
    assert conflict["subject"] == "UK Research and Innovation"
    assert "renamed from Research Councils UK on 1 April 2018" in conflict["message"]


def test_a_later_folder_overrides_an_entity_by_id(run_cli, renamed: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, until in ((first, "2018-04-01"), (second, "2025-01-01")):
        folder.mkdir()
        (folder / "e.toml").write_text(readme_rule().replace("2018-04-01", until), encoding="utf-8")
    code, report, _ = run_json(run_cli, renamed, "--rules", first, "--rules", second)
    assert (code, rules_of(report)) == (0, [])


def test_rules_list_and_explain_show_a_custom_check_and_where_it_is(run_cli, tmp_path: Path) -> None:
    (tmp_path / "desk.toml").write_text(
        '[[check]]\nid = "FC201"\nname = "date.conflict"\nkind = "date"\nfinding = "conflict"\n'
        'severity = "warning"\nsummary = "Our desk reads date clashes as warnings."\n\n'
        '[[check.examples]]\nname = "desk-case"\narticles = ["Signed\\n\\nSigned on 1 May 2025.", "Signed on 2 May."]\n'
        'expect = 1\n', encoding="utf-8")
    code, stdout, stderr = run_cli(["rules", "list", "--rules", tmp_path])
    assert (code, stderr) == (0, "")
    line = next(line for line in stdout.splitlines() if line.startswith("FC201"))
    assert re.match(r"FC201 +date\.conflict +date → conflict +warning +\S+desk\.toml:1$", line)
    assert "Our desk reads date clashes as warnings." in stdout
    assert re.search(r"^X201 +date +\S+extraction\.toml:\d+$", stdout, re.MULTILINE)

    code, stdout, _ = run_cli(["rules", "explain", "date.conflict", "--rules", tmp_path])
    assert code == 0
    assert stdout.startswith("FC201 date.conflict (date → conflict, severity warning)\n")
    assert f"Defined in {tmp_path / 'desk.toml'}:1" in stdout
    assert "Example 'desk-case': expects 1 finding(s) from:" in stdout


# the config ---------------------------------------------------------------------------------------


def test_config_disables_a_check_and_the_exit_code_follows(run_cli, dated: Path, tmp_path: Path) -> None:
    assert run_json(run_cli, dated)[0] == 1
    config = tmp_path / "factcheck.toml"
    config.write_text('disable = ["date.conflict"]\n', encoding="utf-8")
    code, report, stderr = run_json(run_cli, dated, "--config", config)
    assert (code, stderr, rules_of(report)) == (0, "", [])


def test_config_changes_a_severity_and_the_exit_code_follows(run_cli, dated: Path, tmp_path: Path) -> None:
    config = tmp_path / "factcheck.toml"
    config.write_text('min-severity = "error"\n\n[severity]\nFC201 = "warning"\n', encoding="utf-8")
    code, report, _ = run_json(run_cli, dated, "--config", config)
    assert (code, rules_of(report)) == (0, [("FC201", "warning")])
    config.write_text('min-severity = "warning"\n\n[severity]\nFC201 = "warning"\n', encoding="utf-8")
    assert run_json(run_cli, dated, "--config", config)[0] == 1


def test_the_command_line_wins_over_the_config(run_cli, dated: Path, tmp_path: Path) -> None:
    config = tmp_path / "factcheck.toml"
    config.write_text('fail-on = "never"\n', encoding="utf-8")
    assert run_json(run_cli, dated, "--config", config)[0] == 0
    assert run_json(run_cli, dated, "--config", config, "--fail-on", "conflict")[0] == 1


def test_config_is_found_from_the_working_directory(run_cli, dated: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfail-on = "never"\nignore = ["b.txt"]\n',
                                             encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, report, _ = run_json(run_cli, dated)
    assert code == 0
    assert [Path(article["path"]).name for article in report["articles"]] == ["a.txt"]


def test_config_rule_folders_load_before_command_line_folders(run_cli, renamed: Path, tmp_path: Path) -> None:
    (tmp_path / "newsroom").mkdir()
    (tmp_path / "newsroom" / "entities.toml").write_text(readme_rule(), encoding="utf-8")
    config = tmp_path / "factcheck.toml"
    config.write_text('rules = ["newsroom"]\n', encoding="utf-8")
    code, report, _ = run_json(run_cli, renamed, "--config", config)
    assert (code, rules_of(report)) == (1, [("FC101", "error")])


def test_claims_honour_the_config(run_cli, dated: Path, tmp_path: Path) -> None:
    config = tmp_path / "factcheck.toml"
    config.write_text('ignore = ["a.txt"]\n', encoding="utf-8")
    code, stdout, _ = run_cli(["claims", dated, "--format", "json", "--config", config])
    assert code == 0
    assert [Path(article["path"]).name for article in json.loads(stdout)["articles"]] == ["b.txt"]


@pytest.mark.parametrize(("text", "parts"), [
    ('disable = ["FC2O1"]\n', ("factcheck.toml", "disable: no check 'FC2O1' (did you mean 'FC201'?)")),
    ('fail_on = "never"\n', ("factcheck.toml:1: unknown key 'fail_on' (did you mean 'fail-on'?)",)),
    ('rules = ["nowhere"]\n', ("nowhere: rule folder does not exist",)),
])
def test_a_bad_config_stops_every_command_with_one_line(run_cli, dated: Path, tmp_path: Path, text: str,
                                                        parts: tuple[str, ...]) -> None:
    config = tmp_path / "factcheck.toml"
    config.write_text(text, encoding="utf-8")
    for command in (["check", dated, "--no-cache"], ["claims", dated], ["rules", "list"], ["rules", "validate"]):
        assert_one_line_error(*run_cli([*command, "--config", config]), *parts)


def test_rules_validate_checks_the_config_too(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "factcheck.toml").write_text('disable = ["FC503"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, stdout, stderr = run_cli(["rules", "validate"])
    assert (code, stderr) == (0, "")
    assert stdout.splitlines()[1] == f"ok: config {tmp_path / 'factcheck.toml'}: 0 rule folders, 1 checks disabled"


def test_a_missing_config_file_is_one_line(run_cli, dated: Path, tmp_path: Path) -> None:
    assert_one_line_error(*run_cli(["check", dated, "--config", tmp_path / "none.toml"]),
                          "none.toml: config file does not exist")


# bad rule files -------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad_file", BAD_RULES, ids=lambda path: path.stem)
def test_every_bad_rule_file_stops_check_with_one_located_line(run_cli, dated: Path, tmp_path: Path,
                                                               bad_file: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    shutil.copy(bad_file, folder / bad_file.name)
    expected = bad_file.read_bytes().split(b"\n", 1)[0].decode("utf-8", "replace").removeprefix("# expect: ").strip()
    assert_one_line_error(*run_cli(["check", dated, "--rules", folder, "--no-cache"]),
                          f"factcheck: error: {folder / bad_file.name}", expected)
    assert_one_line_error(*run_cli(["rules", "validate", folder]), expected)


def test_a_rule_folder_that_does_not_exist(run_cli, dated: Path, tmp_path: Path) -> None:
    assert_one_line_error(*run_cli(["check", dated, "--rules", tmp_path / "nowhere"]),
                          f"{tmp_path / 'nowhere'}: rule folder does not exist")


def test_a_pattern_that_runs_out_of_time_is_skipped_and_reported(run_cli, article_dir, tmp_path: Path) -> None:
    """(ab|abab)+ passes the load-time probes but backtracks on a long run of 'ab'."""
    rules = tmp_path / "slow"
    rules.mkdir()
    (rules / "boilerplate.toml").write_text(
        '[[boilerplate.patterns]]\nid = "ab-runs"\npattern = "^(ab|abab)+$"\n', encoding="utf-8")
    config = tmp_path / "factcheck.toml"
    config.write_text("[thresholds]\nregex-timeout = 0.2\n", encoding="utf-8")
    folder = article_dir({"a.txt": SIGNED_21, "b.txt": SIGNED_22.replace("\n\n", "\n\n" + "ab" * 40 + "!\n\n")})
    code, report, stderr = run_json(run_cli, folder, "--rules", rules, "--config", config)
    assert code == 1 and rules_of(report) == [("FC201", "error")]
    assert [(Path(d["path"]).name, d["rule"]) for d in report["diagnostics"]] == [("b.txt", "boilerplate.ab-runs")]
    assert "ran over its 0.2 s limit and was skipped" in report["diagnostics"][0]["message"]
    assert "boilerplate.ab-runs" in stderr


def test_docs_cover_every_rule_file_check_and_entity() -> None:
    """docs/rules.md documents the shipped rule set; a new check or entity must be added there."""
    from factcheck.api import load_rules

    docs = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    rules = load_rules()
    missing = [path.name for path in default_rules_dir().glob("*.toml") if f"### {path.name}" not in docs]
    missing += [check.id for check in rules.checks if f"| {check.id} | `{check.name}` |" not in docs]
    missing += [rule.id for rule in rules.extraction if f"| {rule.id} |" not in docs]
    missing += [entity.id for entity in rules.entities if f"| `{entity.id}` |" not in docs]
    assert missing == []


def test_a_guarded_pattern_out_of_time_is_skipped_until_the_next_file() -> None:
    from factcheck.ruleset.safe_regex import RegexGuard, UserPattern

    slow = UserPattern.build("boilerplate.ab-runs", "^(ab|abab)+$")
    guard = RegexGuard(0.05)
    guard.begin()
    assert guard.search(slow, "ab" * 40 + "!") is None
    assert guard.search(slow, "abab") is None  # out of budget for this file: skipped
    assert [d.rule for d in guard.diagnostics("a.txt")] == ["boilerplate.ab-runs"]
    guard.begin()
    assert guard.search(slow, "abab") is not None
    assert guard.diagnostics("b.txt") == ()


def test_a_folder_named_twice_is_read_once(run_cli, dated: Path, tmp_path: Path) -> None:
    plain = run_json(run_cli, dated)
    assert run_json(run_cli, dated, "--rules", default_rules_dir())[:2] == plain[:2]
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "e.toml").write_text(readme_rule(), encoding="utf-8")
    once = run_json(run_cli, dated, "--rules", tmp_path / "desk")
    assert run_json(run_cli, dated, "--rules", tmp_path / "desk", "--rules", tmp_path / "desk/../desk")[:2] == once[:2]
    files = len(list(default_rules_dir().glob("*.toml")))
    code, stdout, _ = run_cli(["rules", "validate", default_rules_dir()])
    assert (code, stdout.startswith(f"ok: {files} rule files")) == (0, True)
