"""The claim cache: what an edit invalidates, and what a damaged cache does."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from factcheck import codec
from factcheck.api import check, load_rules
from factcheck.cache import DATABASE, SCHEMA, UNUSED_DAYS, ClaimCache
from factcheck.load import discover
from factcheck.models import Diagnostic
from factcheck.pipeline import Pipeline
from factcheck.results import FileResult
from tests.articles import SIGNED_21, SIGNED_22

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(SIGNED_21, encoding="utf-8")
    (folder / "b.txt").write_text(SIGNED_22, encoding="utf-8")
    return folder


def _entries(cache_dir: Path) -> int:
    with sqlite3.connect(cache_dir / DATABASE) as db:
        return db.execute("SELECT COUNT(*) FROM files").fetchone()[0]


def test_warm_run_gives_the_same_report(corpus: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    cold = check([str(corpus)], load_rules(), cache_dir=cache_dir)
    warm = check([str(corpus)], load_rules(), cache_dir=cache_dir)
    assert warm == cold
    assert _entries(cache_dir) == 2


def test_edited_article_is_extracted_again_and_only_it(corpus: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    check([str(corpus)], load_rules(), cache_dir=cache_dir)
    (corpus / "b.txt").write_text(SIGNED_22.replace("July 22", "July 21"), encoding="utf-8")
    report = check([str(corpus)], load_rules(), cache_dir=cache_dir)
    assert [finding.kind for finding in report.findings if finding.rule.startswith("FC2")] == ["agreement"]
    assert _entries(cache_dir) == 3  # a.txt reused, b.txt stored under its new content


def test_edited_rule_file_invalidates_everything(corpus: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    check([str(corpus)], load_rules(), cache_dir=cache_dir)
    extra = tmp_path / "rules"
    extra.mkdir()
    # Neither "signed" nor the noun "agreement" dates an event any more.
    (extra / "events.toml").write_text('[[event]]\nid = "signing"\ntriggers = ["inked"]\n\n'
                                       '[[event]]\nid = "agreement"\ntriggers = ["agreed"]\n', encoding="utf-8")
    report = check([str(corpus)], load_rules([extra]), cache_dir=cache_dir)
    assert not [finding for finding in report.findings if finding.rule.startswith("FC2")]
    assert _entries(cache_dir) == 4


def test_same_file_under_another_path_reports_that_path(corpus: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    check([str(corpus)], load_rules(), cache_dir=cache_dir)
    moved = tmp_path / "moved"
    corpus.rename(moved)
    report = check([str(moved)], load_rules(), cache_dir=cache_dir)
    assert [article.path for article in report.articles] == [str(moved / "a.txt"), str(moved / "b.txt")]


@pytest.mark.parametrize("content", [b"this is not a database", b"SQLite format 3\x00" + b"\x00" * 200])
def test_damaged_cache_is_rebuilt_with_a_warning(corpus: Path, tmp_path: Path, content: bytes) -> None:
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    (cache_dir / DATABASE).write_bytes(content)
    report = check([str(corpus)], load_rules(), cache_dir=cache_dir)
    assert [diagnostic.message.split(" (")[0] for diagnostic in report.diagnostics] == [
        "cache file is damaged or not a factcheck cache"]
    assert report.summary.conflicts == 1
    assert _entries(cache_dir) == 2


def test_foreign_sqlite_database_is_not_trusted(corpus: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    with sqlite3.connect(cache_dir / DATABASE) as db:
        db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT INTO meta VALUES ('application', 'something-else')")
    report = check([str(corpus)], load_rules(), cache_dir=cache_dir)
    assert len(report.diagnostics) == 1
    assert report.summary.conflicts == 1


def test_tampered_entry_is_dropped_not_trusted(corpus: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    check([str(corpus)], load_rules(), cache_dir=cache_dir)
    with sqlite3.connect(cache_dir / DATABASE) as db:
        db.execute("UPDATE files SET result = ?", (json.dumps({"path": 1}),))
    report = check([str(corpus)], load_rules(), cache_dir=cache_dir)
    assert report.summary.conflicts == 1


@pytest.mark.parametrize("damage", [lambda claim: claim.append("one item too many"),
                                    lambda claim: claim.__setitem__(6, "not a line number"),
                                    lambda claim: claim.__setitem__(0, "not a kind")])
def test_a_claim_read_back_wrong_drops_its_entry(corpus: Path, tmp_path: Path, damage) -> None:  # noqa: ANN001
    # Claims are stored as JSON arrays (named tuples): a wrong item is as refused as an unknown field.
    cache_dir = tmp_path / "cache"
    clean = check([str(corpus)], load_rules(), cache_dir=cache_dir)
    with sqlite3.connect(cache_dir / DATABASE) as db:
        for key, result in db.execute("SELECT key, result FROM files").fetchall():
            entry = json.loads(result)
            for article in entry["articles"]:
                for claim in article["claims"]:
                    damage(claim)
            db.execute("UPDATE files SET result = ? WHERE key = ?", (json.dumps(entry), key))
    assert check([str(corpus)], load_rules(), cache_dir=cache_dir) == clean
    with sqlite3.connect(cache_dir / DATABASE) as db:  # each entry was extracted again and stored anew
        stored = [result for (result,) in db.execute("SELECT result FROM files")]
    assert stored and all(codec.encode(codec.decode(result)) == result for result in stored)


def test_two_caches_on_one_folder_do_not_block_each_other(tmp_path: Path) -> None:
    first = ClaimCache(tmp_path, "rules-a")
    second = ClaimCache(tmp_path, "rules-a")
    first.close()
    second.close()
    assert (tmp_path / DATABASE).exists()


def test_open_ended_figures_survive_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Officers\n\nMore than 1,000 probation officers use the tools.\n", encoding="utf-8")
    cache_dir = tmp_path / "cache"
    cold = check([str(folder)], load_rules(), cache_dir=cache_dir)
    from factcheck.pipeline import Pipeline

    def refuse(self, path):  # noqa: ANN001, ANN202
        raise AssertionError(f"{path} was extracted again instead of read from the cache")

    monkeypatch.setattr(Pipeline, "extract_file", refuse)
    warm = check([str(folder)], load_rules(), cache_dir=cache_dir)
    assert warm == cold
    assert any(claim.value.endswith("inf]") for claim in warm.claims)


# The digest index: a file unchanged since it was hashed is not read again --------------


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let files written a moment ago count as settled, so their digests are recorded."""
    monkeypatch.setattr("factcheck.cache.RACY_SECONDS", -1)


def _digests(cache_dir: Path) -> dict[str, str]:
    with sqlite3.connect(cache_dir / DATABASE) as db:
        return dict(db.execute("SELECT path, sha256 FROM digests"))


def test_an_unchanged_file_is_not_read_again(corpus: Path, tmp_path: Path, settled: None,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    cache_dir = tmp_path / "cache"
    cold = check([str(corpus)], load_rules(), cache_dir=cache_dir)
    assert set(_digests(cache_dir)) == {str(corpus / "a.txt"), str(corpus / "b.txt")}
    opened: list[str] = []
    real_open = open

    def spy(file, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202 - stands in for open
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spy)
    assert check([str(corpus)], load_rules(), cache_dir=cache_dir) == cold
    assert not [path for path in opened if path.endswith((".txt", ".md"))]


def test_an_edit_that_keeps_size_and_mtime_is_still_seen(corpus: Path, tmp_path: Path, settled: None) -> None:
    cache_dir = tmp_path / "cache"
    check([str(corpus)], load_rules(), cache_dir=cache_dir)
    target = corpus / "b.txt"
    before = target.stat()
    target.write_text(SIGNED_22.replace("July 22", "July 21"), encoding="utf-8")  # same length
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))  # the change time still moves
    assert target.stat().st_size == before.st_size
    report = check([str(corpus)], load_rules(), cache_dir=cache_dir)
    assert [finding.kind for finding in report.findings if finding.rule.startswith("FC2")] == ["agreement"]


def test_a_file_changed_moments_ago_is_hashed_but_not_recorded(corpus: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    check([str(corpus)], load_rules(), cache_dir=cache_dir)
    assert _digests(cache_dir) == {}
    assert _entries(cache_dir) == 2


def test_a_foreign_digests_table_means_a_rebuilt_cache(corpus: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    check([str(corpus)], load_rules(), cache_dir=cache_dir)
    with sqlite3.connect(cache_dir / DATABASE) as db:
        db.execute("DROP TABLE digests")
        db.execute("CREATE TABLE digests (path TEXT, sha256 TEXT)")
    report = check([str(corpus)], load_rules(), cache_dir=cache_dir)
    assert [diagnostic.message for diagnostic in report.diagnostics if "cache" in diagnostic.message]
    assert _entries(cache_dir) == 2


def test_hashing_files_does_not_lock_out_another_run_sharing_the_cache(corpus: Path, tmp_path: Path,
                                                                         settled: None) -> None:
    first = ClaimCache(tmp_path / "cache", "rules-a")
    first.key(str(corpus / "a.txt"))  # a digest to record: kept for the end of the run
    second = ClaimCache(tmp_path / "cache", "rules-a")
    second.key(str(corpus / "b.txt"))
    second.close()  # would wait for the first run's write lock if it held one
    first.close()
    assert set(_digests(tmp_path / "cache")) == {str(corpus / "a.txt"), str(corpus / "b.txt")}


def test_two_runs_sharing_the_cache_both_store_their_results(corpus: Path, tmp_path: Path) -> None:
    from factcheck.pipeline import Pipeline

    pipeline = Pipeline(load_rules())
    results = {name: pipeline.extract_file(str(corpus / name)) for name in ("a.txt", "b.txt")}
    first = ClaimCache(tmp_path / "cache", "rules-a")
    second = ClaimCache(tmp_path / "cache", "rules-a")
    keys = {name: first.key(str(corpus / name)) for name in results}
    assert first.get_all({"a": keys["a.txt"]}) == {} and second.get_all({"b": keys["b.txt"]}) == {}
    first.put(keys["a.txt"], results["a.txt"])  # both read, then both write: as two CI jobs do
    second.put(keys["b.txt"], results["b.txt"])
    second.close()
    first.close()
    assert _entries(tmp_path / "cache") == 2


def test_every_fixture_result_reads_back_as_it_was_written() -> None:
    # Entries leave out fields at their defaults, and claims are arrays: all must read back as written.
    pipeline = Pipeline(load_rules())
    results = [pipeline.extract_file(path) for path in discover([str(FIXTURES)])]
    assert sum(len(article.claims) for result in results for article in result.articles) > 500
    for result in results:
        assert codec.decode(codec.encode(result)) == result


def _age(cache_dir: Path, days: int) -> None:
    """Make every entry and digest look last used ``days`` ago, and the last pruning a day before today."""
    today = int(time.time() // 86400)
    with sqlite3.connect(cache_dir / DATABASE) as db:
        db.execute("UPDATE last_used SET day = ?", (today - days,))
        db.execute("UPDATE digests SET last_used = ?", (today - days,))
        db.execute("UPDATE meta SET value = ? WHERE name = 'pruned'", (str(today - 1),))


def test_entries_no_run_used_for_a_month_are_deleted_and_used_ones_kept(corpus: Path, tmp_path: Path,
                                                                        settled: None) -> None:
    cache_dir = tmp_path / "cache"
    check([str(corpus)], load_rules(), cache_dir=cache_dir)
    (corpus / "b.txt").write_text(SIGNED_22.replace("OpenAI", "Open AI"), encoding="utf-8")
    check([str(corpus)], load_rules(), cache_dir=cache_dir)  # b.txt's first entry is now used by nothing
    (corpus / "a.txt").unlink()  # and a.txt's digest by nothing either
    assert _entries(cache_dir) == 3 and len(_digests(cache_dir)) == 2
    _age(cache_dir, UNUSED_DAYS + 1)
    check([str(corpus)], load_rules(), cache_dir=cache_dir)
    assert _entries(cache_dir) == 1  # the one this run used
    assert list(_digests(cache_dir)) == [str(corpus / "b.txt")]


def test_entries_unused_for_less_than_a_month_are_kept(corpus: Path, tmp_path: Path, settled: None) -> None:
    cache_dir = tmp_path / "cache"
    check([str(corpus)], load_rules(), cache_dir=cache_dir)
    _age(cache_dir, UNUSED_DAYS)
    check([str(corpus / "a.txt")], load_rules(), cache_dir=cache_dir)  # uses a.txt's entry only
    assert _entries(cache_dir) == 2 and len(_digests(cache_dir)) == 2


def test_a_cache_an_older_factcheck_wrote_is_remade_without_a_warning(corpus: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    with sqlite3.connect(cache_dir / DATABASE) as db:  # as the schema before days of use were kept
        db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT INTO meta VALUES ('application', 'factcheck')")
        db.execute("CREATE TABLE files (key TEXT PRIMARY KEY, result BLOB NOT NULL)")
        db.execute("CREATE TABLE digests (path TEXT PRIMARY KEY, device INTEGER, inode INTEGER, size INTEGER, "
                   "mtime_ns INTEGER, ctime_ns INTEGER, sha256 TEXT NOT NULL)")
        db.execute("INSERT INTO files VALUES ('old', 'old')")
    report = check([str(corpus)], load_rules(), cache_dir=cache_dir)
    assert report.diagnostics == ()
    assert _entries(cache_dir) == 2


def test_a_cache_a_newer_factcheck_wrote_is_not_trusted(corpus: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    check([str(corpus)], load_rules(), cache_dir=cache_dir)
    with sqlite3.connect(cache_dir / DATABASE) as db:
        db.execute("UPDATE meta SET value = ? WHERE name = 'schema'", (str(SCHEMA + 1),))
    report = check([str(corpus)], load_rules(), cache_dir=cache_dir)
    assert ["newer factcheck" in diagnostic.message for diagnostic in report.diagnostics] == [True]
    assert report.summary.conflicts == 1


def test_a_result_with_warnings_is_cached_but_one_with_a_pattern_out_of_time_never_is(tmp_path: Path) -> None:
    """A warning from the content (a date off the calendar) comes back with the entry; a pattern
    that ran out of time depends on the machine's speed, so that file is extracted again."""
    warned = FileResult("a.txt", diagnostics=(Diagnostic(path="a.txt", message="published date off the calendar"),))
    slow = FileResult("b.txt", timed_out=(Diagnostic(path="b.txt", message="pattern ran over", rule="x.slow"),))
    cache = ClaimCache(tmp_path / "cache", "rules")
    cache.put("key-a", warned)
    cache.put("key-b", slow)
    cache.close()
    reopened = ClaimCache(tmp_path / "cache", "rules")
    assert reopened.get_all({"a.txt": "key-a", "b.txt": "key-b"}) == {"a.txt": warned}
    reopened.close()


# archives: a JSON Lines file is cached record by record -----------------------------------

ARCHIVE_RECORDS = [{"title": "one", "text": SIGNED_21}, {"title": "two", "text": SIGNED_22},
                   {"title": "three", "text": SIGNED_21.replace("OpenAI", "Anthropic")}]


def _write_archive(path: Path, lines: list[str]) -> None:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _extracted_parts(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Record what each extraction is asked for: a whole file (None), a part, or a run of records."""
    asked: list[object] = []
    extract_file = Pipeline.extract_file
    monkeypatch.setattr(Pipeline, "extract_file",
                        lambda self, path, part=None, *rest: asked.append(part) or extract_file(self, path, part, *rest))
    return asked


@pytest.mark.parametrize(("edit", "extracted"), [
    (lambda lines: [*lines, json.dumps({"title": "four", "text": SIGNED_22})], [range(3, 4)]),  # appended
    (lambda lines: [json.dumps({"title": "zero", "text": SIGNED_22}), "", *lines], [range(0, 1)]),  # put first
    (lambda lines: [lines[0], json.dumps({"title": "two", "text": SIGNED_21}), lines[2]], [range(1, 2)]),  # edited
    (lambda lines: [lines[0], lines[2]], []),  # removed
    (lambda lines: [lines[0], "{oops", *lines[1:]], [range(1, 2)]),  # a bad line put in
])
def test_an_archive_edited_is_extracted_only_where_it_changed_and_reports_as_if_read_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit, extracted: list[object]) -> None:  # noqa: ANN001
    folder = tmp_path / "corpus"
    folder.mkdir()
    archive = folder / "archive.jsonl"
    lines = [json.dumps(record) for record in ARCHIVE_RECORDS]
    _write_archive(archive, lines)
    cache_dir = tmp_path / "cache"
    check([str(folder)], load_rules(), cache_dir=cache_dir)
    _write_archive(archive, edit(lines))
    asked = _extracted_parts(monkeypatch)
    cached = check([str(folder)], load_rules(), cache_dir=cache_dir)
    assert asked == extracted
    assert cached == check([str(folder)], load_rules())  # read whole, without the cache


def test_an_archive_left_with_no_readable_record_is_refused_whole_as_without_the_cache(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(SIGNED_21, encoding="utf-8")
    archive = folder / "archive.jsonl"
    _write_archive(archive, ["{oops", json.dumps(ARCHIVE_RECORDS[1]), '{"text": " "}'])
    cache_dir = tmp_path / "cache"
    check([str(folder)], load_rules(), cache_dir=cache_dir)
    _write_archive(archive, ["{oops", '{"text": " "}'])
    cached = check([str(folder)], load_rules(), cache_dir=cache_dir)
    assert cached == check([str(folder)], load_rules())
    assert [(diagnostic.path, diagnostic.message) for diagnostic in cached.diagnostics] == [
        (str(archive), "invalid JSON: Expecting property name enclosed in double quotes (none of its 2 records "
                       "can be read)")]


def test_a_tampered_record_entry_is_dropped_and_that_record_alone_extracted_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    _write_archive(folder / "archive.jsonl", [json.dumps(record) for record in ARCHIVE_RECORDS])
    cache_dir = tmp_path / "cache"
    cold = check([str(folder)], load_rules(), cache_dir=cache_dir)
    with sqlite3.connect(cache_dir / DATABASE) as db:
        [key] = db.execute("SELECT key FROM files ORDER BY key LIMIT 1").fetchone()
        db.execute("UPDATE files SET result = ? WHERE key = ?", (json.dumps({"path": 1}), key))
    asked = _extracted_parts(monkeypatch)
    assert check([str(folder)], load_rules(), cache_dir=cache_dir) == cold
    assert len(asked) == 1 and isinstance(asked[0], range) and len(asked[0]) == 1
    assert _entries(cache_dir) == 3


def test_an_archive_cached_with_worker_processes_reports_as_read_whole_in_one(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    archive = folder / "archive.jsonl"
    lines = [json.dumps(ARCHIVE_RECORDS[n % 3] | {"title": f"record {n}"}) for n in range(130)]
    _write_archive(archive, lines)
    cache_dir = tmp_path / "cache"
    assert check([str(folder)], load_rules(), jobs=2, cache_dir=cache_dir) == check([str(folder)], load_rules())
    lines[5], lines[120] = json.dumps(ARCHIVE_RECORDS[1]), "{oops"  # two runs of one record, far apart
    _write_archive(archive, [*lines, json.dumps(ARCHIVE_RECORDS[0])])
    assert check([str(folder)], load_rules(), jobs=2, cache_dir=cache_dir) == check([str(folder)], load_rules())


def test_the_json_worker_processes_send_is_what_the_cache_stores(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.mapping import _usable_cores

    if _usable_cores() < 2:
        pytest.skip("needs two cores: with one, --jobs 2 extracts in this process")
    folder = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "openai-uk", folder)
    stored: list[tuple[FileResult, bytes | None]] = []
    put = ClaimCache.put
    monkeypatch.setattr(ClaimCache, "put", lambda cache, key, result, encoded=None: (
        stored.append((result, encoded)), put(cache, key, result, encoded))[1])
    cache_dir = tmp_path / "cache"
    filled = check([str(folder)], load_rules(), jobs=2, cache_dir=cache_dir)
    assert filled == check([str(folder)], load_rules())
    assert len(stored) == 5 and all(encoded == codec.encode(result) for result, encoded in stored)
    assert check([str(folder)], load_rules(), cache_dir=cache_dir) == filled


def test_a_run_with_nothing_new_reads_only_the_counts_of_cached_files_that_gave_no_warning(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.selection import Scope

    folder = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "openai-uk", folder)
    (folder / "warned.txt").write_text(SIGNED_21 + "\n<!-- factcheck: nonsense -->\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01 not an article")  # skipped: never cached, read every run
    records = [json.dumps(ARCHIVE_RECORDS[n % 3] | {"title": f"record {n}"}) for n in range(4)]
    _write_archive(folder / "archive.jsonl", records)
    nothing = Scope(paths=(str(folder),), new_files=frozenset())
    cache_dir = tmp_path / "cache"
    uncached = check([str(folder)], load_rules(), focus=nothing)
    assert [diagnostic.path for diagnostic in uncached.diagnostics] == [str(folder / "binary.txt"),
                                                                        str(folder / "warned.txt")]
    assert uncached.summary.articles == 10
    check([str(folder)], load_rules(), cache_dir=cache_dir)  # fills the cache
    decoded: list[FileResult] = []
    decode = codec.decode
    monkeypatch.setattr(codec, "decode", lambda data: decoded.append(decode(data)) or decoded[-1])
    assert check([str(folder)], load_rules(), cache_dir=cache_dir, focus=nothing) == uncached
    assert [result.path for result in decoded] == [str(folder / "warned.txt")]  # the one that warned
    tampered = folder / "01-policy-desk.txt"
    key = ClaimCache(cache_dir, load_rules().fingerprint()).key(str(tampered))
    with sqlite3.connect(cache_dir / DATABASE) as db:  # counts that are not counts: the result is read instead
        assert db.execute("UPDATE files SET claims = 'many' WHERE key = ?", (key,)).rowcount == 1
    decoded.clear()
    assert check([str(folder)], load_rules(), cache_dir=cache_dir, focus=nothing) == uncached
    assert sorted(result.path for result in decoded) == [str(tampered), str(folder / "warned.txt")]


@pytest.mark.parametrize(("jobs", "in_this_process"), [(None, False), (1, True)])
def test_a_new_article_is_extracted_beside_the_cache_being_read(corpus: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch,
                                                                jobs: int | None, in_this_process: bool) -> None:
    """With many cached files, a worker process extracts what the cache lacks while this one reads the rest,
    unless one process was asked for; the report is the same either way."""
    from factcheck import mapping

    cache_dir = tmp_path / "cache"
    check([str(corpus)], load_rules(), cache_dir=cache_dir)
    (corpus / "c.txt").write_text(SIGNED_22.replace("July 22", "July 23"), encoding="utf-8")
    monkeypatch.setattr(mapping, "READ_BESIDE_MIN_CACHED", 2)
    monkeypatch.setattr(mapping, "_local_pipeline", None)
    report = check([str(corpus)], load_rules(), jobs=jobs, cache_dir=cache_dir)
    assert (mapping._local_pipeline is not None) is in_this_process
    assert report == check([str(corpus)], load_rules())
    assert _entries(cache_dir) == 3
