"""The GitHub reporter: exact workflow commands, GitHub's limits, and text that cannot break out."""

from __future__ import annotations

import io
import re

import pytest

from factcheck.models import Report, Suppressed
from factcheck.reporters import github
from factcheck.reporters.inert import for_workflow_command
from tests.reports import article, claim, finding, report

COMMAND = re.compile(r"::(?P<level>error|warning|notice) (?P<properties>[^:\r\n]*)::(?P<message>[^\r\n]*)")
PROPERTY = re.compile(r"(?P<name>file|line|title)=(?P<value>[^,:\r\n]*)")


def render(built: Report) -> str:
    out = io.StringIO()
    github.render(built, out)
    return out.getvalue()


def unescape(text: str) -> str:
    """Undo GitHub's escaping the way the runner does, '%25' last."""
    for escaped, plain in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, plain)
    return text


def parse(output: str) -> list[tuple[str, dict[str, str], str]]:
    """Parse every line as a workflow command, failing on any line that is not exactly one."""
    assert output.endswith("\n")
    commands = []
    for line in output.split("\n")[:-1]:
        match = COMMAND.fullmatch(line)
        assert match, f"not a workflow command: {line!r}"
        properties = {}
        if match["properties"]:
            for part in match["properties"].split(","):
                prop = PROPERTY.fullmatch(part)
                assert prop, f"bad property {part!r} in {line!r}"
                properties[prop["name"]] = unescape(prop["value"])
        commands.append((match["level"], properties, unescape(match["message"])))
    return commands


def conflict_report() -> Report:
    articles = [article(1, "corpus/harbour.md"), article(2, "./corpus/northgate.md")]
    claims = [claim(1, 1, "3 March 2026", 7), claim(2, 2, "4 March 2026", 9, value="2026-03-04")]
    return report(articles, claims, [finding(1, claims)])


def test_a_conflict_gives_one_error_per_claim_location_exactly() -> None:
    assert render(conflict_report()) == (
        "::error file=corpus/harbour.md,line=7,title=FC201 conflict%3A Microsoft · signing date"
        "::This line says “3 March 2026”. Sources disagree on the date of the signing.\n"
        "::error file=corpus/northgate.md,line=9,title=FC201 conflict%3A Microsoft · signing date"
        "::This line says “4 March 2026”. Sources disagree on the date of the signing.\n")


def test_agreements_are_not_annotated() -> None:
    articles = [article(1, "a.md"), article(2, "b.md")]
    claims = [claim(1, 1, "3 March 2026", 2), claim(2, 2, "3 March 2026", 2)]
    assert render(report(articles, claims, [finding(1, claims, kind="agreement", severity="info")])) == ""


def test_single_source_claims_are_notices_with_the_findings_message() -> None:
    articles = [article(1, "a.md")]
    claims = [claim(1, 1, "1,500 staff", 4)]
    built = report(articles, claims, [finding(1, claims, kind="single_source", severity="info", rule="FC303",
                                              message="Only a.md gives this figure.")])
    assert parse(render(built)) == [("notice", {"file": "a.md", "line": "4",
                                                "title": "FC303 single source: Microsoft · signing date"},
                                     "Only a.md gives this figure.")]


HOSTILE = [
    "::error file=evil.md,line=1::injected",
    "\n::error::injected on a line of its own",
    "100% sure, 50%0A of the time",
    "first line\r\nsecond line\rthird",
    "a, b: c,,d::e",
    "\x1b[31mred\x1b[0m and a bell\x07",
    "::stop-commands::token",
]


@pytest.mark.parametrize("payload", HOSTILE)
def test_article_text_cannot_break_out_of_an_annotation(payload: str) -> None:
    articles = [article(1, f"corpus/{payload}.md"), article(2, "corpus/b.md")]
    claims = [claim(1, 1, payload, 3), claim(2, 2, "4 March", 5, value="2026-03-04")]
    built = report(articles, claims, [finding(1, claims, subject=payload, attribute=f"{payload} date",
                                              message=payload)])
    commands = parse(render(built))
    assert [level for level, _, _ in commands] == ["error", "error"]
    plain = payload.replace("\x1b[31m", "").replace("\x1b[0m", "").replace("\x07", "")
    (_, properties, message), (_, other_properties, other_message) = commands
    assert properties["file"] == f"corpus/{plain}.md"
    assert properties["line"] == "3"
    assert properties["title"] == f"FC201 conflict: {plain} · {plain} date"
    assert message == f"This line says “{' '.join(plain.split())}”. {plain}"
    assert (other_properties["file"], other_properties["line"]) == ("corpus/b.md", "5")
    assert other_message.endswith(f". {plain}")


@pytest.mark.parametrize(("text", "in_property", "escaped"), [
    ("50% of 2,000: done", False, "50%25 of 2,000: done"),
    ("50% of 2,000: done", True, "50%25 of 2%2C000%3A done"),
    ("one\r\ntwo", False, "one%0D%0Atwo"),
    ("%0A", False, "%250A"),
    ("a::b", True, "a%3A%3Ab"),
    ("\x1b[1mbold\x1b[0m\x00", False, "bold"),
    (None, False, ""),
])
def test_for_workflow_command_escapes_as_github_documents(text: str | None, in_property: bool, escaped: str) -> None:
    assert for_workflow_command(text, in_property=in_property) == escaped


def many(count: int, severity: str, kind: str, start: int) -> tuple[list, list, list]:
    """Return count articles, claims and one-claim findings of a severity, numbered from start."""
    articles = [article(start + index, f"corpus/{severity}-{index}.md") for index in range(count)]
    claims = [claim(start + index, start + index, "3 March", 1 + index) for index in range(count)]
    findings = [finding(start + index, [claims[index]], kind=kind, severity=severity) for index in range(count)]
    return articles, claims, findings


def test_most_severe_first_at_most_ten_per_level_then_a_notice_of_how_many_more() -> None:
    articles, claims, findings = [], [], []
    for part in (many(3, "info", "single_source", 100), many(12, "error", "conflict", 1),
                 many(4, "warning", "conflict", 50)):
        articles += part[0]
        claims += part[1]
        findings += part[2]
    commands = parse(render(report(articles, claims, findings)))
    assert [level for level, _, _ in commands] == ["error"] * 10 + ["warning"] * 4 + ["notice"] * 3 + ["notice"]
    _, properties, message = commands[-1]
    assert properties == {"title": "factcheck"}
    assert message.startswith("2 more finding locations are not annotated (GitHub shows 10 annotations of each level")


def test_the_closing_notice_is_never_the_eleventh_notice() -> None:
    built = report(*many(11, "info", "single_source", 1))
    commands = parse(render(built))
    assert len(commands) == 10
    assert commands[-1][1] == {"title": "factcheck"}
    assert commands[-1][2].startswith("2 more finding locations are not annotated")


def test_ten_of_a_level_fit_without_a_closing_notice() -> None:
    commands = parse(render(report(*many(10, "error", "conflict", 1))))
    assert [level for level, _, _ in commands] == ["error"] * 10


def test_the_closing_notice_counts_findings_the_baseline_suppressed() -> None:
    base = conflict_report()
    known = Suppressed(finding=base.findings[0], source="baseline", location=".factcheck-baseline.json")
    built = report(base.articles, base.claims, [], suppressed=[known], baseline=".factcheck-baseline.json")
    assert parse(render(built)) == [("notice", {"title": "factcheck"},
                                     "1 known finding suppressed (baseline in use: .factcheck-baseline.json).")]
