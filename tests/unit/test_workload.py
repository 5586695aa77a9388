"""A large JSON Lines file is extracted in parts by several processes, and joined as if extracted whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import workload
from factcheck.api import load_rules
from factcheck.load import part_range
from factcheck.models import Diagnostic
from factcheck.pipeline import Pipeline
from factcheck.results import FileResult
from tests.articles import SIGNED_21, SIGNED_22


def _archive(folder: Path, records: int) -> Path:
    """Write a JSON Lines archive: the two signing articles in turn, with a bad line, a blank one and an empty text."""
    lines = [json.dumps({"title": f"Deal {n}", "text": (SIGNED_21, SIGNED_22)[n % 2]}) for n in range(records)]
    lines[3] = "{oops"
    lines[7] = ""
    lines[11] = json.dumps({"title": "nothing", "text": " "})
    path = folder / "archive.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# Lines an archive may hold: two readable records, a blank line and each kind of unreadable record.
LINES = [json.dumps({"text": SIGNED_21}), json.dumps({"title": "Staff", "text": SIGNED_22}), "{oops", "", "   ",
         '"just a string"', json.dumps({"text": " "}), json.dumps({"title": "no text"})]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(load_rules())


def test_records_are_estimated_from_json_lines_breaks_and_json_sizes(tmp_path: Path) -> None:
    archive = _archive(tmp_path, 20)
    (tmp_path / "a.json").write_text("[" + ",\n" * 50 + "]", encoding="utf-8")
    (tmp_path / "list.json").write_text(" " * workload.JSON_BYTES_PER_RECORD * 3, encoding="utf-8")
    (tmp_path / "long.txt").write_text("\n" * 10_000, encoding="utf-8")
    assert workload.records_in(str(archive)) == 21  # 20 lines, blank included, and the end
    assert workload.records_in(str(tmp_path / "a.json")) == 1
    assert workload.records_in(str(tmp_path / "list.json")) == 3  # JSON is not parsed to plan: its size counts
    assert workload.records_in(str(tmp_path / "long.txt")) == 1
    assert workload.records_in(str(tmp_path / "missing.jsonl")) == 1  # extraction says why it cannot be read


def test_only_files_of_many_records_are_cut_and_never_for_one_process() -> None:
    files = ["a.txt", "big.jsonl", "small.jsonl", "huge.jsonl"]
    records = [1, 120, 99, 100_000]
    assert workload.units(files, records, 1) == [(path, None) for path in files]
    assert workload.units(files, records, 2) == [
        ("a.txt", None), ("big.jsonl", (0, 2)), ("big.jsonl", (1, 2)), ("small.jsonl", None),
        *(("huge.jsonl", (index, 8)) for index in range(8))]


@pytest.mark.parametrize("count", [1, 2, 7, 100])
@pytest.mark.parametrize("parts", [1, 3, 8])
def test_parts_cover_every_record_once_in_order(count: int, parts: int) -> None:
    positions = [position for index in range(parts) for position in part_range((index, parts), count)]
    assert positions == list(range(count))


def test_the_parts_of_a_file_joined_are_the_file_extracted_whole(tmp_path: Path, pipeline: Pipeline) -> None:
    archive = str(_archive(tmp_path, 30))
    whole = pipeline.extract_file(archive)
    assert [Path(problem.path).name for problem in whole.diagnostics] == [
        "archive.jsonl#4", "archive.jsonl#11"]  # the blank line is no record: the empty text is the 11th
    assert len(whole.articles) == 27
    for parts in (2, 3, 7):
        planned: list[workload.Unit] = [(archive, (index, parts)) for index in range(parts)]
        results = [pipeline.extract_file(path, part) for path, part in planned]
        assert list(workload.joined(planned, results)) == [whole]


@settings(max_examples=40, deadline=None)
@given(lines=st.lists(st.sampled_from(LINES), min_size=1, max_size=12), parts=st.integers(2, 5))
def test_any_archive_joined_from_parts_is_the_archive_extracted_whole(tmp_path_factory: pytest.TempPathFactory,
                                                                      pipeline: Pipeline, lines: list[str],
                                                                      parts: int) -> None:
    archive = tmp_path_factory.mktemp("archive") / "archive.jsonl"
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    planned: list[workload.Unit] = [(str(archive), (index, parts)) for index in range(parts)]
    results = [pipeline.extract_file(path, part) for path, part in planned]
    assert list(workload.joined(planned, results)) == [pipeline.extract_file(str(archive))]


# Records a JSON list may hold: two articles and each kind of unreadable record.
OBJECTS = [{"text": SIGNED_21}, {"title": "Staff", "text": SIGNED_22}, "just a string", {"text": " "},
           {"title": "no text"}, 5, None]


@settings(max_examples=30, deadline=None)
@given(objects=st.lists(st.sampled_from(OBJECTS), max_size=12), parts=st.integers(2, 5))
def test_any_json_list_joined_from_parts_is_the_list_extracted_whole(tmp_path_factory: pytest.TempPathFactory,
                                                                     pipeline: Pipeline, objects: list[object],
                                                                     parts: int) -> None:
    archive = tmp_path_factory.mktemp("archive") / "archive.json"
    archive.write_text(json.dumps(objects, indent=1), encoding="utf-8")
    planned: list[workload.Unit] = [(str(archive), (index, parts)) for index in range(parts)]
    results = [pipeline.extract_file(path, part) for path, part in planned]
    assert list(workload.joined(planned, results)) == [pipeline.extract_file(str(archive))]


def test_a_file_cut_in_parts_reports_as_a_skipped_file_when_a_part_was_skipped() -> None:
    skipped = Diagnostic(path="a.jsonl", message="cannot read: No such file or directory")
    good = FileResult("a.jsonl", diagnostics=(Diagnostic(path="a.jsonl#2", message="is empty", line=2),))
    assert workload.join([good, FileResult("a.jsonl", skipped=skipped)]) == FileResult("a.jsonl", skipped=skipped)


def test_a_pattern_out_of_time_in_several_parts_is_reported_once() -> None:
    slow = Diagnostic(path="a.jsonl", rule="boilerplate.slow", message="rule pattern ran over")
    other = Diagnostic(path="a.jsonl", rule="boilerplate.other", message="rule pattern ran over")
    joined = workload.join([FileResult("a.jsonl", timed_out=(slow,)), FileResult("a.jsonl", timed_out=(other, slow))])
    assert joined.timed_out == (slow, other)


def test_an_archive_checked_by_two_processes_reports_as_by_one(run_cli, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    archive = _archive(tmp_path, 30)
    monkeypatch.setattr(workload, "MIN_RECORDS_PER_PART", 3)  # 30 lines: eight parts for two processes
    assert len(workload.units([str(archive)], [workload.records_in(str(archive))], 2)) == 8
    one = run_cli(["check", archive, "--format", "json", "--jobs", "1", "--no-cache"])
    two = run_cli(["check", archive, "--format", "json", "--jobs", "2", "--no-cache"])
    assert two == one
    code, stdout, stderr = two
    assert code == 1  # the records disagree on the signing date
    assert [line.split(": ")[2] for line in stderr.splitlines()] == [f"{archive}#4:4", f"{archive}#11:12"]
    assert len(json.loads(stdout)["articles"]) == 27


# the records of an archive the cache lacks --------------------------------------------------


@pytest.mark.parametrize(("positions", "processes", "runs"), [
    ([0, 1, 2, 5, 6, 9], 1, [range(0, 3), range(5, 7), range(9, 10)]),
    (list(range(120)), 1, [range(0, 120)]),
    (list(range(400)), 2, [range(start, start + 50) for start in range(0, 400, 50)]),
    ([*range(0, 60), *range(100, 130)], 2, [range(0, 50), range(50, 60), range(100, 130)]),
])
def test_record_runs_are_consecutive_and_shared_out_among_processes(positions: list[int], processes: int,
                                                                    runs: list[range]) -> None:
    assert workload.record_runs(positions, processes) == runs


def test_a_run_of_records_splits_into_each_records_result_and_each_moves_to_its_place(tmp_path: Path) -> None:
    path = _archive(tmp_path, 14)
    pipeline = Pipeline(load_rules())
    whole = pipeline.extract_file(str(path))
    records = workload.by_record(pipeline.extract_file(str(path), range(2, 6)), several=True)
    assert sorted(records) == [2, 3, 4, 5]  # the bad line on the 4th is a record too, its problem its result
    assert records[3].articles == () and [problem.line for problem in records[3].diagnostics] == [4]
    moved = workload.rebased(records[2], "other.jsonl", 0, 1, several=True)
    assert [article.path for article in moved.articles] == ["other.jsonl#1"]
    assert {claim.line for article in moved.articles for claim in article.claims} == {1}
    assert workload.rebased(moved, str(path), 2, 3, several=True) == FileResult(str(path), whole.articles[2:3])
