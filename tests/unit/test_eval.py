"""`factcheck eval`: precision and recall against hand labels, and the shipped labelled sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.api import load_rules
from factcheck.eval import evaluate

ROOT = Path(__file__).resolve().parents[2]
EVAL_SETS = sorted(path for path in (ROOT / "fixtures" / "eval").iterdir() if path.is_dir())

ARTICLES = {
    "a.txt": "Deal signed\n\nSource: Capital Wire\n\nOpenAI and the UK government signed the agreement on 21 July 2025.\n",
    "b.txt": "Deal signed\n\nSource: Northbridge Times\n\nThe agreement between OpenAI and the UK government "
             "was signed on July 22, 2025.\n",
    "c.txt": "Deal signed\n\nSource: Thames Observer\n\nOpenAI and the UK government signed the agreement "
             "on 21 July 2025 in London.\n",
}
SIGNING = {"id": "signing", "about": "the signing date", "type": "date",
           "sides": [{"files": ["b.txt"], "value": "July 22, 2025"},
                     {"files": ["a.txt", "c.txt"], "value": "21 July 2025"}]}


def labelled(article_dir, labels: dict | str) -> Path:  # noqa: ANN001 - the conftest fixture
    """Write the three articles and a labels.json beside them."""
    text = labels if isinstance(labels, str) else json.dumps(labels)
    return article_dir({**ARTICLES, "labels.json": text})


def test_eval_prints_precision_and_recall_per_kind_and_type(run_cli, article_dir) -> None:
    folder = labelled(article_dir, {"conflicts": [SIGNING]})
    code, stdout, stderr = run_cli(["eval", folder])
    assert (code, stderr) == (0, "")
    assert f"{folder} (3 articles)" in stdout
    rows = {tuple(line.split()[:2]): line.split()[2:] for line in stdout.splitlines() if line.startswith("  conflict")}
    assert rows[("conflict", "all")] == ["1", "1", "1.00", "1", "1", "1.00"]
    assert "agreements and traps reported as conflicts: none" in stdout


def test_missed_and_spurious_items_are_listed(run_cli, article_dir) -> None:
    wrong = {**SIGNING, "id": "wrong-day", "sides": [{"files": ["b.txt"], "value": "23 July"},
                                                      {"files": ["a.txt"], "value": "21 July 2025"}]}
    code, stdout, _ = run_cli(["eval", labelled(article_dir, {"conflicts": [wrong]})])
    assert code == 0
    missed = stdout.split("missed:")[1].split("spurious:")[0]
    assert "conflict       wrong-day (date): the signing date" in missed
    spurious = stdout.split("spurious:")[1]
    assert "FC201 (date)" in spurious and "Sources disagree on the date of the signing" in spurious


def test_a_labelled_value_opening_with_an_article_matches_the_claim_without_it(article_dir) -> None:
    folder = article_dir({
        "a.txt": "Verdict\n\nSource: Capital Wire\n\nL'avocate générale Laure Chabaud a requis vingt ans.\n",
        "b.txt": "Verdict\n\nSource: Harbour Times\n\nLaure Chabaud, the chief prosecutor, asked for twenty years.\n",
        "labels.json": json.dumps({"conflicts": [{"id": "title", "type": "title", "sides": [
            {"files": ["a.txt"], "value": "L'avocate générale"}, {"files": ["b.txt"], "value": "the chief prosecutor"}]}]})})
    result = evaluate([folder], load_rules())
    conflicts = {(tally.kind, tally.type): tally for tally in result.total}[("conflict", "all")]
    assert (conflicts.found, conflicts.reported, conflicts.correct) == (1, 1, 1)


@pytest.mark.parametrize("value", ["signed the agreement on 21 July 2025", "on 21 July 2025 in London"])
def test_a_labelled_value_quoting_words_around_the_claim_matches_it(article_dir, value: str) -> None:
    # The claims read "21 July 2025" and "July 22, 2025": a label quoting more of the sentence still finds the conflict.
    labels = {"conflicts": [{**SIGNING, "sides": [SIGNING["sides"][0], {"files": ["c.txt"], "value": value}]}]}
    result = evaluate([labelled(article_dir, labels)], load_rules())
    conflicts = {(tally.kind, tally.type): tally for tally in result.total}[("conflict", "all")]
    assert conflicts.found == 1


def test_a_weekday_within_a_labels_words_is_a_date_that_tells_it(article_dir) -> None:
    front = "---\ntitle: Mourning\noutlet: {}\npublished: 2025-07-21\nlanguage: en\n---\n\n"
    folder = article_dir({
        "a.md": front.format("Capital Wire") + "The interim leader declared a day of state mourning for Tuesday.\n",
        "b.md": front.format("Harbour Times") + "A day of state mourning is to be held on Wednesday, 23 July.\n",
        "labels.json": json.dumps({"conflicts": [{"id": "mourning", "type": "date", "sides": [
            {"files": ["a.md"], "value": "for Tuesday"}, {"files": ["b.md"], "value": "Wednesday, 23 July"}]}]})})
    result = evaluate([folder], load_rules())
    conflicts = {(tally.kind, tally.type): tally for tally in result.total}[("conflict", "all")]
    assert (conflicts.found, conflicts.reported, conflicts.correct) == (1, 1, 1)


def test_a_person_spelt_two_ways_is_a_name_conflict_though_found_from_titles(article_dir) -> None:
    folder = article_dir({
        "a.txt": "Bridge down\n\nSource: Capital Wire\n\nTransportation Secretary Pete Buttigieg visited the port.\n",
        "b.txt": "Bridge down\n\nSource: Harbour Times\n\nTransportation Secretary Pete Buttigeig visited the port.\n",
        "labels.json": json.dumps({"conflicts": [{"id": "spelling", "type": "name", "sides": [
            {"files": ["a.txt"], "value": "Pete Buttigieg"}, {"files": ["b.txt"], "value": "Pete Buttigeig"}]}]})})
    result = evaluate([folder], load_rules())
    tally = {(t.kind, t.type): t for t in result.total}[("conflict", "name")]
    assert (tally.labelled, tally.found, tally.reported, tally.correct) == (1, 1, 1, 1)


def test_a_labelled_agreement_a_conflict_splits_is_reported(article_dir) -> None:
    agreement = {"id": "a-and-b", "type": "date", "files": ["a.txt", "b.txt"],
                 "values": ["21 July 2025", "July 22, 2025"]}
    result = evaluate([labelled(article_dir, {"agreements": [agreement]})], load_rules())
    assert [confusion.agreement for confusion in result.sets[0].confusions] == ["a-and-b"]
    tally = {(t.kind, t.type): t for t in result.total}[("agreement", "all")]
    assert (tally.labelled, tally.found, tally.recall) == (1, 0, 0.0)


def test_a_labelled_trap_a_conflict_splits_is_listed_but_not_scored(article_dir) -> None:
    trap = {"id": "two-days", "about": "one signing, dated by two articles", "files": ["a.txt", "b.txt"],
            "values": ["21 July 2025", "July 22, 2025"]}
    result = evaluate([labelled(article_dir, {"traps": [trap]})], load_rules())
    assert [confusion.agreement for confusion in result.sets[0].confusions] == ["two-days"]
    assert all(tally.labelled == 0 for tally in result.total)


def test_eval_json_is_the_result_model(run_cli, article_dir) -> None:
    code, stdout, _ = run_cli(["eval", labelled(article_dir, {"conflicts": [SIGNING]}), "--format", "json"])
    result = json.loads(stdout)
    assert code == 0 and {"sets", "total"} <= set(result)
    assert result["sets"][0]["missed"] == [] and result["sets"][0]["articles"] == 3


@pytest.mark.parametrize(("labels", "message"), [
    ("{not json", "labels are not valid JSON"),
    ("[" * 100_000 + "]" * 100_000, "labels are not valid JSON: arrays or tables nested too deeply"),
    ({"conflicts": [{**SIGNING, "type": "colour"}]}, "invalid labels: conflicts.0.type"),
    ({"conflicts": [{**SIGNING, "sides": [SIGNING["sides"][0]]}]}, "invalid labels: conflicts.0.sides"),
    ({"agreements": [{"id": "x", "type": "date", "files": ["a.txt", "b.txt", "c.txt"], "values": ["1", "2"]}]},
     "one value, or one per file"),
    ({"single_source": [{"id": "x", "type": "date", "file": "nowhere.txt", "value": "21 July"}]},
     "labels name files that are not articles"),
    ({"conflicts": [SIGNING, SIGNING]}, "duplicate id 'signing'"),
])
def test_a_bad_labels_file_stops_with_one_line_naming_it(run_cli, article_dir, labels: dict | str,
                                                         message: str) -> None:
    folder = labelled(article_dir, labels)
    code, stdout, stderr = run_cli(["eval", folder])
    assert (code, stdout) == (2, "")
    assert stderr.startswith(f"factcheck: error: {folder / 'labels.json'}: ") and stderr.count("\n") == 1
    assert message in stderr


def test_a_folder_without_labels_stops_with_exit_2(run_cli, article_dir) -> None:
    code, _, stderr = run_cli(["eval", article_dir(ARTICLES)])
    assert code == 2 and "labels.json: cannot read labels" in stderr


def test_a_file_is_not_a_labelled_set(run_cli, article_dir) -> None:
    code, _, stderr = run_cli(["eval", labelled(article_dir, {"conflicts": [SIGNING]}) / "a.txt"])
    assert code == 2 and "a.txt: not a folder" in stderr


def test_a_folder_of_labelled_sets_scores_each(run_cli, article_dir, tmp_path: Path) -> None:
    folder = labelled(article_dir, {"conflicts": [SIGNING]})  # tmp_path/articles
    (tmp_path / "README.md").write_text("# Sets\n\nNot a set.\n", encoding="utf-8")
    code, stdout, _ = run_cli(["eval", tmp_path])
    assert code == 0 and stdout.startswith(f"{folder} (3 articles)")


def test_check_does_not_read_labels_json_as_an_article(run_cli, article_dir) -> None:
    code, stdout, stderr = run_cli(["check", labelled(article_dir, {"conflicts": [SIGNING]}), "--format", "json",
                                    "--no-cache"])
    report = json.loads(stdout)
    assert (code, stderr) == (1, "")
    assert sorted(Path(article["path"]).name for article in report["articles"]) == ["a.txt", "b.txt", "c.txt"]
    assert report["diagnostics"] == []


def test_the_shipped_labelled_sets_meet_the_accuracy_targets() -> None:
    """fixtures/eval: conflicts found and reported at 0.9 or better, agreements found at 0.8, none split."""
    result = evaluate(EVAL_SETS, load_rules())
    total = {(tally.kind, tally.type): tally for tally in result.total}
    assert total[("conflict", "all")].recall >= 0.9
    assert total[("conflict", "all")].precision >= 0.9
    assert total[("agreement", "all")].recall >= 0.8
    assert [confusion for score in result.sets for confusion in score.confusions] == []


# What factcheck eval counts on each blind probe round (fixtures/probes) today: labelled conflicts found,
# and conflicts reported that match no label. Counted by matching surface text, so below what the
# README counts by reading; a change may raise the first or lower the second, never the other way.
PROBE_ROUNDS = {"round-23": (14, 8), "round-24": (16, 6), "round-25": (17, 5), "round-26": (15, 2),
                "round-27": (16, 3), "round-28": (12, 5), "round-29": (20, 4), "round-30": (17, 6),
                "round-31": (17, 5), "round-32": (13, 6), "round-33": (18, 1),
                "round-34": (18, 3), "round-35": (19, 4),
                "round-36": (19, 5), "round-37": (17, 5), "round-38": (15, 9),
                "round-39": (17, 7), "round-40": (19, 4),
                "round-41": (14, 3), "round-42": (15, 6), "round-43": (17, 9), "round-44": (14, 5),
                "round-45": (17, 4), "round-46": (12, 6),
                "round-47": (13, 5), "round-48": (16, 7), "round-49": (18, 9),
                "round-50": (15, 7)}


@pytest.mark.parametrize(("folder", "floor"), PROBE_ROUNDS.items())
def test_the_probe_rounds_keep_what_they_find(folder: str, floor: tuple[int, int]) -> None:
    sets = sorted(path for path in (ROOT / "fixtures" / "probes" / folder).iterdir() if path.is_dir())
    result = evaluate(sets, load_rules())
    conflicts = {(tally.kind, tally.type): tally for tally in result.total}[("conflict", "all")]
    found, unlabelled = floor
    assert conflicts.found >= found
    assert conflicts.reported - conflicts.correct <= unlabelled
