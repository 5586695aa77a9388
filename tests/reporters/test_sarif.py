"""The SARIF reporter: valid SARIF 2.1.0, rules from the checks that ran, locations, fingerprints, baselines."""

from __future__ import annotations

import io
import json
from functools import cache
from pathlib import Path

import jsonschema
import pytest

from factcheck.api import check, load_rules
from factcheck.baseline import Baseline, BaselineEntry, apply
from factcheck.models import Report, Suppressed
from factcheck.reporters import sarif
from tests.reports import article, claim, finding, report

SCHEMA = Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json"
FIXTURES = Path(__file__).parents[2] / "fixtures"


@cache
def validator() -> jsonschema.Draft7Validator:
    """Return a validator for the official SARIF 2.1.0 schema shipped as test data."""
    return jsonschema.Draft7Validator(json.loads(SCHEMA.read_text(encoding="utf-8")),
                                      format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


@cache
def fixture_report(name: str) -> Report:
    return check([str(FIXTURES / name)], load_rules())


def render(built: Report) -> dict:
    """Render to text, validate it against the schema, and return the parsed log."""
    out = io.StringIO()
    sarif.render(built, out)
    log = json.loads(out.getvalue())
    errors = sorted(validator().iter_errors(log), key=lambda error: list(error.path))
    assert not errors, [f"{list(error.path)}: {error.message}" for error in errors]
    return log


@pytest.mark.parametrize("name", ["openai-uk", "conflicts/date-signing", "conflicts/headcount",
                                  "conflicts/two-titles", "conflicts/lookalike-spelling"])
def test_fixture_reports_validate_against_the_official_schema(name: str) -> None:
    log = render(fixture_report(name))
    assert log["version"] == "2.1.0"
    assert log["runs"][0]["tool"]["driver"]["name"] == "factcheck"


def with_a_skipped_file(tmp_path: Path) -> Report:
    """Return the report of one good article and one empty file (a tool notification after the results)."""
    (tmp_path / "good.txt").write_text("Deal signed\n\nOpenAI signed the deal on 21 July 2025.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    return check([str(tmp_path)], load_rules())


@pytest.mark.parametrize("slice_size", [1, 2, 7, sarif.RESULTS_PER_SLICE])
def test_the_log_is_written_as_the_standard_library_would_write_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                                    slice_size: int) -> None:
    monkeypatch.setattr(sarif, "RESULTS_PER_SLICE", slice_size)
    quiet = report([article(1, "a.md")], [], [])  # no results at all
    for built in (fixture_report("openai-uk"), fixture_report("conflicts/date-signing"), quiet,
                  with_a_skipped_file(tmp_path)):
        out = io.StringIO()
        sarif.render(built, out)
        assert out.getvalue() == json.dumps(sarif.sarif_log(built), indent=2, ensure_ascii=False) + "\n"
    assert len(sarif.sarif_log(fixture_report("openai-uk"))["runs"][0]["results"]) > 7  # sizes 1, 2 and 7 cut it


def test_rules_describe_the_checks_that_ran_and_results_point_at_them() -> None:
    built = fixture_report("conflicts/date-signing")
    run = render(built)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == [check.id for check in built.checks]
    date_conflict = next(rule for rule in rules if rule["id"] == "FC201")
    assert date_conflict["name"] == "date.conflict"
    assert date_conflict["shortDescription"]["text"] == "Articles give different dates for the same event."
    assert date_conflict["defaultConfiguration"]["level"] == "error"
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_a_conflict_is_one_result_per_article_with_the_other_sides_related() -> None:
    built = fixture_report("conflicts/date-signing")
    conflict = next(item for item in built.findings if item.kind == "conflict")
    results = [result for result in render(built)["runs"][0]["results"] if result["ruleId"] == "FC201"]
    claims = {item.id: item for item in built.claims}
    paths = {item.id: Path(item.path).as_uri() for item in built.articles}  # absolute paths: file URIs
    expected = {(paths[claims[claim_id].article], claims[claim_id].line) for claim_id in conflict.claims}

    def place(location: dict) -> tuple[str, int]:
        physical = location["physicalLocation"]
        return physical["artifactLocation"]["uri"], physical["region"]["startLine"]

    assert {place(result["locations"][0]) for result in results} == expected
    assert len(results) == len(conflict.articles) == 3
    for result in results:
        related = {place(location) for location in result["relatedLocations"]}
        assert related == expected - {place(result["locations"][0])}
        assert [location["id"] for location in result["relatedLocations"]] == [1, 2]
        assert result["partialFingerprints"] == {"factcheck/v1": conflict.fingerprint}
        assert result["level"] == "error"
        assert "baselineState" not in result


def test_agreements_are_left_out_and_single_source_claims_are_notes() -> None:
    built = fixture_report("openai-uk")
    results = render(built)["runs"][0]["results"]
    kinds = {item.rule: item.kind for item in built.findings}
    assert {kinds[result["ruleId"]] for result in results} == {"conflict", "single_source"}
    assert {result["level"] for result in results if kinds[result["ruleId"]] == "single_source"} == {"note"}


def test_with_a_baseline_known_findings_are_unchanged_and_others_new() -> None:
    built = fixture_report("openai-uk")
    problems = [item for item in built.findings if item.kind != "agreement"]
    known = Baseline(findings=(BaselineEntry(fingerprint=problems[0].fingerprint, rule=problems[0].rule,
                                             kind=problems[0].kind, subject="", message=""),))
    results = render(apply(built, known, "base.json"))["runs"][0]["results"]
    states = {(result["ruleId"], result["partialFingerprints"]["factcheck/v1"], result["baselineState"])
              for result in results}
    assert {state for _, fingerprint, state in states if fingerprint == problems[0].fingerprint} == {"unchanged"}
    assert {state for _, fingerprint, state in states if fingerprint != problems[0].fingerprint} == {"new"}
    assert len({fingerprint for _, fingerprint, _ in states}) == len(problems)


def test_findings_suppressed_by_a_comment_carry_the_suppression_and_its_reason() -> None:
    articles = [article(1, "corpus/a b.md"), article(2, "/abs/corpus/c.md")]
    claims = [claim(1, 1, "3 March", 2), claim(2, 2, "4 March", 3, value="2026-03-04")]
    hushed = Suppressed(finding=finding(1, claims), source="comment", reason="the ministry corrected it",
                        location="corpus/a b.md:1")
    results = render(report(articles, claims, [], suppressed=[hushed]))["runs"][0]["results"]
    assert [result["suppressions"] for result in results] == [
        [{"kind": "inSource", "justification": "the ministry corrected it"}]] * 2
    uris = [result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for result in results]
    assert uris == ["corpus/a%20b.md", "file:///abs/corpus/c.md"]


def test_skipped_files_are_tool_notifications(tmp_path: Path) -> None:
    run = render(with_a_skipped_file(tmp_path))["runs"][0]
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert [note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for note in notes] == [
        (tmp_path / "empty.txt").as_uri()]
    assert notes[0]["level"] == "warning"


def copies_in_conflict(count: int, odd_ones: int) -> Report:
    """Return a conflict of ``count`` articles: ``odd_ones`` say 4 March, the rest 3 March."""
    articles = [article(number, f"corpus/{number:04d}.md") for number in range(1, count + 1)]
    claims = [claim(number, number, "on 4 March" if number > count - odd_ones else "on 3 March", 7,
                    "2026-03-04" if number > count - odd_ones else "2026-03-03") for number in range(1, count + 1)]
    return report(articles, claims, [finding(1, claims)])


def test_a_result_relates_a_few_places_the_other_side_first() -> None:
    results = render(copies_in_conflict(60, 5))["runs"][0]["results"]
    assert len(results) == 60
    for result in results:
        related = [location["physicalLocation"]["artifactLocation"]["uri"] for location in result["relatedLocations"]]
        assert len(related) == sarif.MAX_RELATED == 20 and result["properties"]["relatedLocationsNotListed"] == 39
        odd = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] > "corpus/0055.md"
        other_side = [f"corpus/{number:04d}.md" for number in (range(1, 56) if odd else range(56, 61))]
        assert related[:len(other_side[:20])] == other_side[:20]  # all of the other side that fits, first
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] not in related
    assert "invocations" not in render(copies_in_conflict(60, 5))["runs"][0]


def test_a_conflict_of_21_articles_still_relates_every_other() -> None:
    result = render(copies_in_conflict(21, 1))["runs"][0]["results"][0]
    assert len(result["relatedLocations"]) == 20 and "relatedLocationsNotListed" not in result["properties"]


def test_results_beyond_what_code_scanning_takes_are_left_out_with_a_notification(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sarif, "MAX_RESULTS", 40)
    run = render(copies_in_conflict(50, 5))["runs"][0]
    assert len(run["results"]) == 40
    [notification] = run["invocations"][0]["toolExecutionNotifications"]
    assert notification["message"]["text"].startswith("10 of 50 results left out, the least severe")
