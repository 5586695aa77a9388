"""Suppressions: ignore comments in articles and [[suppress]] entries in the config."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.api import check, load_rules
from factcheck.load.document import Document
from factcheck.settings import Settings
from factcheck.suppress import CommentSuppression, read_comments
from tests.articles import SIGNED_21, SIGNED_22

RULES = load_rules()


def with_comment(comment: str) -> str:
    """Return the 22 July article with a comment on its own line before the claim."""
    return f"Deal signed\n\n{comment}\nThe agreement between OpenAI and the UK government was signed on July 22, 2025.\n"


@pytest.mark.parametrize(("text", "expected"), [
    ("<!-- factcheck: ignore FC201 the wire copy had the wrong day -->",
     [CommentSuppression("FC201", "the wire copy had the wrong day", 1)]),
    ("<!-- factcheck: ignore date.conflict -->", [CommentSuppression("FC201", None, 1)]),
    ("<!--factcheck:ignore FC201, FC301: both checked by the desk-->",
     [CommentSuppression("FC201", "both checked by the desk", 1), CommentSuppression("FC301", "both checked by the desk", 1)]),
    ("Text.\n\n<!-- FACTCHECK: ignore FC101 — quoting\nthe 2024 report -->",
     [CommentSuppression("FC101", "quoting the 2024 report", 3)]),
    ("<!-- an ordinary comment -->", []),
])
def test_read_comments(text: str, expected: list[CommentSuppression]) -> None:
    assert list(read_comments("a.md", Document(text), RULES).suppressions) == expected


@pytest.mark.parametrize(("comment", "message"), [
    ("<!-- factcheck: ignore FC2O1 -->", "factcheck comment names no known check 'FC2O1'"),
    ("<!-- factcheck: skip FC201 -->", "factcheck comment not understood"),
])
def test_a_bad_comment_is_a_diagnostic(comment: str, message: str) -> None:
    problems = read_comments("a.md", Document(f"Title\n\n{comment}"), RULES).problems
    assert [(problem.path, problem.line) for problem in problems] == [("a.md", 3)]
    assert message in problems[0].message


def test_a_comment_suppresses_the_finding_and_says_why(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SIGNED_21, encoding="utf-8")
    (tmp_path / "b.md").write_text(with_comment("<!-- factcheck: ignore FC201 the wire copy had the wrong day -->"),
                                   encoding="utf-8")
    report = check([str(tmp_path)], RULES)
    assert [finding.rule for finding in report.findings if finding.kind == "conflict"] == []
    assert [(item.finding.rule, item.source, item.reason, item.location) for item in report.suppressed] == [
        ("FC201", "comment", "the wire copy had the wrong day", f"{tmp_path / 'b.md'}:3")]
    assert report.summary.suppressed == 1 and report.summary.conflicts == 0


def test_a_comment_is_not_read_as_a_claim(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text(with_comment("<!-- factcheck: ignore FC201 OpenAI signed on 1 May 2024 -->"),
                                   encoding="utf-8")
    report = check([str(tmp_path)], RULES)
    assert all("<!--" not in claim.quote and "1 May 2024" not in claim.quote for claim in report.claims)


def test_a_comment_for_another_check_suppresses_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SIGNED_21, encoding="utf-8")
    (tmp_path / "b.md").write_text(with_comment("<!-- factcheck: ignore FC301 -->"), encoding="utf-8")
    report = check([str(tmp_path)], RULES)
    assert [finding.rule for finding in report.findings if finding.kind == "conflict"] == ["FC201"]
    assert report.suppressed == ()


@pytest.fixture
def conflicting(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(SIGNED_21, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SIGNED_22, encoding="utf-8")
    return tmp_path


def test_config_suppresses_by_fingerprint(conflicting: Path) -> None:
    fingerprint = next(f.fingerprint for f in check([str(conflicting)], RULES).findings if f.rule == "FC201")
    settings = Settings.model_validate({"suppress": [{"fingerprint": fingerprint, "reason": "settled"}]})
    report = check([str(conflicting)], RULES, settings=settings)
    assert [(item.finding.rule, item.source, item.reason) for item in report.suppressed] == [
        ("FC201", "config", "settled")]
    assert "FC201" not in {finding.rule for finding in report.findings}


@pytest.mark.parametrize(("rule", "path", "suppressed"), [
    ("FC201", "b.txt", True),
    ("date.conflict", "*/b.*", True),
    ("FC201", "c.txt", False),
    ("FC301", "b.txt", False),
])
def test_config_suppresses_by_rule_and_path(conflicting: Path, rule: str, path: str, suppressed: bool) -> None:
    settings = Settings.model_validate({"suppress": [{"rule": rule, "path": path}]})
    report = check([str(conflicting)], RULES, settings=settings)
    assert ("FC201" not in {finding.rule for finding in report.findings}) is suppressed
    assert len(report.suppressed) == int(suppressed)


def test_suppressed_findings_are_listed_in_the_json_report(run_cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SIGNED_21, encoding="utf-8")
    (tmp_path / "b.md").write_text(with_comment("<!-- factcheck: ignore FC201 checked -->"), encoding="utf-8")
    code, stdout, stderr = run_cli(["check", tmp_path, "--format", "json", "--no-cache"])
    assert (code, stderr) == (0, "")
    report = json.loads(stdout)
    assert report["summary"]["suppressed"] == 1
    assert [(item["source"], item["reason"], item["finding"]["rule"]) for item in report["suppressed"]] == [
        ("comment", "checked", "FC201")]


def test_a_comment_in_an_html_article_suppresses_its_finding_too(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SIGNED_21, encoding="utf-8")
    body = SIGNED_22.split("\n\n", 1)[1].strip()
    (tmp_path / "b.html").write_text(
        "<html><head><title>Deal signed</title></head>\n<body>\n<!-- an ordinary comment -->\n"
        f"<article>\n<p>{body}</p>\n</article>\n"
        "<!-- factcheck: ignore FC201 the wire copy\n had the wrong day -->\n</body></html>\n", encoding="utf-8")
    report = check([str(tmp_path)], RULES)
    assert [finding.rule for finding in report.findings if finding.kind == "conflict"] == []
    assert [(item.finding.rule, item.reason, item.location) for item in report.suppressed] == [
        ("FC201", "the wire copy had the wrong day", f"{tmp_path / 'b.html'}:7")]
    assert all("<!--" not in claim.quote for claim in report.claims)
