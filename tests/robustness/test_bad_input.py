"""Bad articles are skipped with a one-line warning naming them; the run goes on; --strict exits 2."""

from __future__ import annotations

import builtins
import codecs
import json
import os
import sqlite3
from pathlib import Path

import pytest

from tests.articles import SIGNED_21, SIGNED_22

BAD_FILES: dict[str, tuple[bytes, str]] = {
    "binary.txt": (b"%PDF-1.7\x00\x01\x02 stream", "looks like a binary file"),
    "undecodable.txt": (b"Title here now\n\ncaf\x81\x8d\x8f\x90\x9d bytes", "neither UTF-8 nor Windows-1252"),
    "empty.txt": (b"", "is empty"),
    "blank.md": (b"   \n\n\t\n", "is empty"),
    "front-matter.md": (b"---\ntitle: Never closed\n\nBody text here.\n", "never closed"),
    "broken.json": (b'{"title": "x", "text": ', "invalid JSON"),
    "utf16-broken.txt": (codecs.BOM_UTF16_LE + b"\x00\xd8", "invalid utf-16"),
    # Python's parsers recurse once per level: thousands of levels must be a warning, not a traceback.
    "nested.json": (b"[" * 100_000 + b"]" * 100_000, "invalid JSON: arrays or tables nested too deeply"),
    "nested.jsonl": (b'{"text": "Deal signed.", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n",
                     "invalid JSON: arrays or tables nested too deeply"),
    "nested.md": (b"+++\ntitle = " + b"[" * 5_000 + b"]" * 5_000 + b"\n+++\n\nBody text.\n",
                  "malformed TOML front matter: arrays or tables nested too deeply"),
}


def two_signings(tmp_path: Path) -> Path:
    """Write two good articles that conflict on a signing date into tmp/corpus."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(SIGNED_21, encoding="utf-8")
    (folder / "b.txt").write_text(SIGNED_22, encoding="utf-8")
    return folder


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = two_signings(tmp_path)
    for name, (content, _) in BAD_FILES.items():
        (folder / name).write_bytes(content)
    (folder / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    return folder


def _warnings(stderr: str) -> dict[str, str]:
    lines = [line for line in stderr.splitlines() if line.startswith("factcheck: warning: ")]
    return {Path(line.split(": ")[2].split(":")[0]).name: line for line in lines}


def test_each_bad_file_is_one_warning_and_the_run_goes_on(corpus: Path, run_cli) -> None:  # noqa: ANN001
    code, stdout, stderr = run_cli(["check", str(corpus), "--no-cache", "--format", "json"])
    assert code == 1  # the two good articles still conflict
    report = json.loads(stdout)
    assert [Path(article["path"]).name for article in report["articles"]] == ["a.txt", "b.txt"]
    warnings = _warnings(stderr)
    expected = {**{name: reason for name, (_, reason) in BAD_FILES.items()}, "dangling.txt": "points nowhere"}
    assert set(warnings) == set(expected)
    for name, reason in expected.items():
        assert reason in warnings[name]
    assert {Path(item["path"]).name for item in report["diagnostics"]} == set(expected)
    assert "Traceback" not in stderr


def test_strict_turns_a_skip_into_exit_2_after_writing_the_report(corpus: Path, run_cli, tmp_path: Path) -> None:  # noqa: ANN001
    output = tmp_path / "report.json"
    code, _, stderr = run_cli(["check", str(corpus), "--no-cache", "--format", "json", "--output", str(output),
                               "--strict"])
    assert code == 2
    assert stderr.strip().splitlines()[-1].startswith("factcheck: error: --strict:")
    assert len(json.loads(output.read_text(encoding="utf-8"))["diagnostics"]) == len(BAD_FILES) + 1


def test_strict_with_only_good_files_follows_the_findings(tmp_path: Path, run_cli) -> None:  # noqa: ANN001
    (tmp_path / "a.txt").write_text(SIGNED_21, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SIGNED_21.replace("Deal", "Pact"), encoding="utf-8")
    code, _, stderr = run_cli(["check", str(tmp_path), "--no-cache", "--strict"])
    assert (code, stderr) == (0, "")


def test_an_unreadable_file_is_skipped(corpus: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    real_open = builtins.open
    locked = str(corpus / "b.txt")

    def refusing_open(file, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if str(file) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    code, _, stderr = run_cli(["check", str(corpus), "--no-cache"])
    assert "b.txt: cannot read: Permission denied" in stderr
    assert code == 0  # one good article left: nothing to conflict with


def test_a_file_over_the_size_limit_set_in_config_is_skipped(tmp_path: Path, run_cli) -> None:  # noqa: ANN001
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(SIGNED_21, encoding="utf-8")
    (corpus / "huge.txt").write_text("Huge dump here\n\n" + "word " * 300_000, encoding="utf-8")
    config = tmp_path / "factcheck.toml"
    config.write_text("[thresholds]\nmax-article-mb = 1\n", encoding="utf-8")
    code, _, stderr = run_cli(["check", str(corpus), "--no-cache", "--config", str(config)])
    assert "huge.txt: is 1.5 MB, over the 1 MB limit (max-article-mb)" in stderr
    assert code == 0


def test_a_json_lines_archive_over_the_size_limit_is_read_the_limit_holding_for_each_record(
        tmp_path: Path, run_cli) -> None:  # noqa: ANN001
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    archive = corpus / "archive.jsonl"
    records = [{"title": "one", "text": SIGNED_21}, {"title": "dump", "text": "word " * 300_000},
               {"title": "two", "text": SIGNED_22}]
    archive.write_text("\n".join(json.dumps(record) for record in records) + "\n", encoding="utf-8")
    (corpus / "list.json").write_text(json.dumps(records), encoding="utf-8")
    config = tmp_path / "factcheck.toml"
    config.write_text("[thresholds]\nmax-article-mb = 1\n", encoding="utf-8")
    code, stdout, stderr = run_cli(["check", str(corpus), "--no-cache", "--config", str(config), "--format", "json"])
    assert stderr.splitlines() == [
        f"factcheck: warning: {archive}#2:2: is 1.5 MB, over the 1 MB limit (max-article-mb)",
        f"factcheck: warning: {corpus / 'list.json'}: is 1.5 MB, over the 1 MB limit (max-article-mb); as JSON Lines "
        "(.jsonl) an archive is read record by record, of any size"]
    report = json.loads(stdout)
    assert [article["path"] for article in report["articles"]] == [f"{archive}#1", f"{archive}#3"]
    assert code == 1 and [finding["rule"] for finding in report["findings"] if finding["kind"] == "conflict"] == [
        "FC201"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_in_a_folder_is_not_opened(tmp_path: Path, run_cli) -> None:  # noqa: ANN001
    (tmp_path / "a.txt").write_text(SIGNED_21, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    code, _, stderr = run_cli(["check", str(tmp_path), "--no-cache"])
    assert (code, stderr) == (0, "")


def test_no_readable_article_at_all_is_exit_2(tmp_path: Path, run_cli) -> None:  # noqa: ANN001
    (tmp_path / "empty.txt").write_bytes(b"")
    code, stdout, stderr = run_cli(["check", str(tmp_path), "--no-cache"])
    assert code == 2
    assert stdout == ""
    assert stderr.strip().splitlines()[-1].startswith("factcheck: error: no article could be read")


def test_an_article_that_trips_a_bug_is_skipped_with_a_warning(tmp_path: Path, run_cli,  # noqa: ANN001
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.extract.quantities import QuantityExtractor

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(SIGNED_21, encoding="utf-8")
    (folder / "b.txt").write_text(SIGNED_22, encoding="utf-8")
    (folder / "trips.txt").write_text("Staff count\n\nThe Ministry of Justice has 9,999 staff.\n", encoding="utf-8")
    real_extract = QuantityExtractor.extract

    def failing(self, context, *rest):  # noqa: ANN001, ANN002, ANN202 - stands in for the real extractor
        if "9,999" in context.text:
            raise KeyError("a bug this text brings out")
        return real_extract(self, context, *rest)

    monkeypatch.setattr(QuantityExtractor, "extract", failing)
    code, stdout, stderr = run_cli(["check", str(folder), "--no-cache", "--format", "json", "--fail-on", "never"])
    assert code == 0
    assert stderr == (f"factcheck: warning: {folder / 'trips.txt'}: skipped: factcheck failed on this article "
                      "(KeyError: 'a bug this text brings out'); please report it\n")
    report = json.loads(stdout)
    assert sorted(Path(article["path"]).name for article in report["articles"]) == ["a.txt", "b.txt"]
    assert {finding["rule"] for finding in report["findings"]} >= {"FC201"}


@pytest.fixture
def undecodable_name(tmp_path: Path) -> Path:
    """A corpus of two good articles and one whose file name holds a byte that is not UTF-8."""
    folder = two_signings(tmp_path)
    try:
        (folder / os.fsdecode(b"caf\xe9.txt")).write_text(SIGNED_22, encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses file names that are not UTF-8")
    return folder


@pytest.mark.parametrize("format", ["json", "sarif", "markdown", "terminal", "github"])
def test_a_file_name_that_is_not_utf8_is_one_warning_in_every_format(undecodable_name: Path, run_cli,  # noqa: ANN001
                                                                      format: str) -> None:
    code, stdout, stderr = run_cli(["check", str(undecodable_name), "--no-cache", "--format", format])
    assert code == 1  # the two good articles still conflict
    assert stderr.count("factcheck: warning: ") == 1
    assert "corpus/caf\\xe9.txt: skipped: the file name is not valid UTF-8" in stderr
    assert "b.txt" in stdout
    if format == "json":
        assert json.loads(stdout)["diagnostics"][0]["path"].endswith("corpus/caf\\xe9.txt")


def test_a_file_name_that_is_not_utf8_is_skipped_in_worker_processes_too(undecodable_name: Path,  # noqa: ANN001
                                                                          run_cli) -> None:
    code, stdout, stderr = run_cli(["check", str(undecodable_name), "--no-cache", "--format", "json", "--jobs", "2"])
    assert code == 1
    assert [Path(article["path"]).name for article in json.loads(stdout)["articles"]] == ["a.txt", "b.txt"]
    assert "Traceback" not in stderr


def test_a_path_is_printed_with_its_bytes_that_are_not_utf8_escaped() -> None:
    from factcheck.load import has_utf8_name, printable_path

    name = os.fsdecode(b"news/caf\xe9.txt")
    assert not has_utf8_name(name) and has_utf8_name("news/café.txt")
    assert printable_path(name) == "news/caf\\xe9.txt"
    assert printable_path("news/café.txt") == "news/café.txt"
    assert printable_path("odd\ud800.txt") == "odd\\ud800.txt"  # a surrogate no file name decodes to


@pytest.mark.parametrize("published", ["2025-02-30", "2025-13-01", "2025-00", "2025-01-00", "0000"])
def test_a_published_date_off_the_calendar_is_one_warning_and_the_article_is_read_undated(
        tmp_path: Path, run_cli, published: str) -> None:  # noqa: ANN001
    folder = two_signings(tmp_path)
    (folder / "c.jsonl").write_text(json.dumps({"text": SIGNED_22, "published": published}) + "\n", encoding="utf-8")
    code, stdout, stderr = run_cli(["check", str(folder), "--no-cache", "--format", "json"])
    assert code == 1
    assert stderr == (f"factcheck: warning: {folder / 'c.jsonl'}: published date '{published}' is not a day of the "
                      "calendar; the article is read as undated\n")
    [article] = [article for article in json.loads(stdout)["articles"] if article["path"].endswith("c.jsonl")]
    assert article["published"] is None


def test_dates_at_the_calendars_edges_are_no_dates_and_no_crash(tmp_path: Path, run_cli) -> None:  # noqa: ANN001
    folder = two_signings(tmp_path)
    text = ("OpenAI signed the deal next year, on Monday and in March, the ministry said. "
            "Talks resume in winter 9999. A draft was dated 0 July 2025.")
    (folder / "c.jsonl").write_text(json.dumps({"text": text, "published": "9999-12-31"}) + "\n", encoding="utf-8")
    code, stdout, stderr = run_cli(["check", str(folder), "--no-cache", "--format", "json"])
    assert (code, stderr) == (1, "")
    report = json.loads(stdout)
    [article] = [article["id"] for article in report["articles"] if article["path"].endswith("c.jsonl")]
    dates = [claim["value"] for claim in report["claims"] if claim["article"] == article and claim["kind"] == "date"]
    assert all(value[:4] != "0000" and not value.startswith("10000") for value in dates), dates


def test_a_bad_line_of_an_archive_costs_that_record_alone_and_warns_again_from_the_cache(
        tmp_path: Path, run_cli) -> None:  # noqa: ANN001
    folder = tmp_path / "corpus"
    folder.mkdir()
    archive = folder / "archive.jsonl"
    lines = [json.dumps({"title": "one", "text": SIGNED_21}), "{oops", json.dumps({"title": "two", "text": SIGNED_22})]
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cache = tmp_path / "cache"
    for _run in ("cold", "warm"):
        code, stdout, stderr = run_cli(["check", str(folder), "--cache-dir", str(cache), "--format", "json"])
        assert code == 1  # records 1 and 3 still conflict on the signing date
        report = json.loads(stdout)
        assert [article["path"] for article in report["articles"]] == [f"{archive}#1", f"{archive}#3"]
        assert [finding["rule"] for finding in report["findings"] if finding["kind"] == "conflict"] == ["FC201"]
        assert stderr == (f"factcheck: warning: {archive}#2:2: invalid JSON: Expecting property name enclosed in "
                          "double quotes\n")
    with sqlite3.connect(cache / "claims.sqlite3") as db:
        assert db.execute("SELECT COUNT(*) FROM files").fetchone() == (3,)  # each record kept, the bad one too
