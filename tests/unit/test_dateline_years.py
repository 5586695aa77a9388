"""Wire copy dated by a dateline without a year takes the year the run's other articles tell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.dateline_years import dateline_years
from factcheck.models import PartialDate
from factcheck.results import ArticleResult

# 12 March 2024 was a Tuesday: the wire's "on Tuesday" is that day, the other article's 11 March.
WIRE = ("OpenAI signs UK deal\n\nLONDON, March 12 (Test Wire) - OpenAI and the UK government signed the agreement "
        "on Tuesday, the department said.\n")
DATED = ("---\ntitle: Deal signed\npublished: 2024-03-13\n---\n\nOpenAI and the UK government signed the agreement "
         "on Monday 11 March 2024.\n")


def article(path: str, published: str | None = None, day: tuple[int, int] | None = None) -> ArticleResult:
    return ArticleResult(path=path, title="t", outlet=None, url=None,
                         published=PartialDate.parse(published) if published else None, language="en",
                         claims=(), sketch=(), day_without_year=day)


@pytest.mark.parametrize(("dated", "day", "expected"), [
    (["2024-03-08"], (3, 7), "2024-03-07"),
    (["2020-12-28", "2021-01-02"], (12, 30), "2020-12-30"),  # the year before the other articles'
    (["2021-01-03"], (1, 2), "2021-01-02"),
    (["2024-03-01"], (2, 29), "2024-02-29"),
    # No year puts the dateline within a month of a dated article: it stays undated.
    (["2024-05-30"], (3, 7), None),
    (["2023-03-01"], (2, 29), None),
    ([], (3, 7), None),
    (["2024"], (3, 7), None),  # an article dated only to its year tells no day
    # Two years do (an archive spanning years): a wrong one would set every date against the others.
    (["2023-03-09", "2024-03-08"], (3, 7), None),
])
def test_the_run_dates_a_dateline_only_when_one_year_fits(dated: list[str], day: tuple[int, int],
                                                          expected: str | None) -> None:
    results = [article(f"d{index}.md", published) for index, published in enumerate(dated)]
    found = dateline_years([*results, article("wire.txt", day=day)])
    assert {path: str(date) for path, date in found.items()} == ({"wire.txt": expected} if expected else {})


def test_a_record_of_an_archive_is_dated_by_its_own_fields_not_by_the_run() -> None:
    assert dateline_years([article("a.md", "2024-03-08"), article("archive.jsonl#2", day=(3, 7))]) == {}


def findings_and_dates(report: dict) -> tuple[list[tuple[str, tuple[str, ...]]], dict[str, str | None]]:
    claims = {claim["id"]: claim for claim in report["claims"]}
    findings = [(finding["rule"], tuple(sorted(claims[claim]["value"] for claim in finding["claims"])))
                for finding in report["findings"] if finding["kind"] == "conflict"]
    return findings, {Path(article["path"]).name: article["published"] for article in report["articles"]}


@pytest.mark.parametrize("options", [["--no-cache"], ["--no-cache", "--jobs", "2"], ["--cache-dir", "{cache}"]])
def test_a_wire_without_a_year_meets_the_other_articles_dates(run_cli, article_dir, tmp_path: Path,
                                                              options: list[str]) -> None:
    folder = article_dir({"wire.txt": WIRE, "dated.md": DATED})
    filled = [option.format(cache=tmp_path / "cache") for option in options]
    reports = []
    for _ in range(2):  # the second run reads a cache, when there is one
        code, stdout, stderr = run_cli(["check", folder, "--format", "json", *filled])
        assert (code, stderr) == (1, "")
        reports.append(findings_and_dates(json.loads(stdout)))
    assert reports[0] == reports[1] == (
        [("FC201", ("2024-03-11", "2024-03-12"))], {"dated.md": "2024-03-13", "wire.txt": "2024-03-12"})


def test_a_wire_alone_stays_undated(run_cli, article_dir) -> None:
    code, stdout, _ = run_cli(["check", article_dir({"wire.txt": WIRE}), "--format", "json", "--no-cache"])
    report = json.loads(stdout)
    assert (code, report["articles"][0]["published"]) == (0, None)
    assert [claim["kind"] for claim in report["claims"] if claim["kind"] == "date"] == []


def test_a_run_that_dates_a_wire_compiles_its_rules_once(article_dir, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second map pass reuses the pipeline the first compiled (a fifth of a second of every such run)."""
    from factcheck import api
    from factcheck.pipeline import Pipeline

    compiled: list[object] = []
    original = Pipeline.__init__

    def counting(self, rules) -> None:  # noqa: ANN001
        compiled.append(rules)
        original(self, rules)

    monkeypatch.setattr(Pipeline, "__init__", counting)
    report = api.check([str(article_dir({"wire.txt": WIRE, "dated.md": DATED}))], api.load_rules())
    assert [article.published for article in report.articles] == ["2024-03-13", "2024-03-12"]
    assert len(compiled) == 1


def test_a_wire_result_keeps_its_day_without_a_year_through_the_cache_codec(article_dir) -> None:
    from factcheck import codec
    from factcheck.api import load_rules
    from factcheck.pipeline import Pipeline

    result = Pipeline(load_rules()).extract_file(str(article_dir({"wire.txt": WIRE}) / "wire.txt"))
    assert result.articles[0].day_without_year == (3, 12)
    assert codec.decode(codec.encode(result)) == result
