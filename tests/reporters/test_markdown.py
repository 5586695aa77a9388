"""The markdown report: parsed as GitHub would parse it, and pinned byte for byte on the seed story."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from factcheck.api import check, load_rules
from factcheck.models import Report, Suppressed
from factcheck.reporters import REPORTERS, render
from factcheck.reporters.summary import STEP_SUMMARY_BYTES, markdown_within
from factcheck.view import View
from tests.markdown_tree import headings, links, parse, strong_texts, table_after, text_of, walk

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "markdown" / "openai-uk.md"


@pytest.fixture(scope="module")
def story() -> Report:
    """The seed story's report, its paths relative to the repository as a user would type them."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        return check(["fixtures/openai-uk"], load_rules())


def markdown(report: Report, view: View | None = None) -> str:
    out = io.StringIO()
    render("markdown", report, out, view)
    return out.getvalue()


def test_seed_story_markdown_matches_golden(story: Report, update_golden: bool) -> None:
    text = markdown(story)
    if update_golden:
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_output_is_byte_identical_across_runs_and_a_json_round_trip(story: Report) -> None:
    again = Report.model_validate_json(story.model_dump_json())
    assert markdown(story) == markdown(again) == markdown(story)


def test_title_verdict_and_sections_come_in_reading_order(story: Report) -> None:
    tokens = parse(markdown(story))
    assert headings(tokens, 1) == ["Fact check: OpenAI, AI Security Institute and Ministry of Justice"]
    assert headings(tokens, 2) == ["Sources", "Conflicts (1)", "Agreements (3)", "Single-source claims (8)",
                                   "Source agreement"]
    verdict = next(token for token in tokens if token.type == "inline" and strong_texts(token))
    assert strong_texts(verdict) == [
        "1 conflict, 3 agreements and 8 single-source claims across 5 articles from 4 outlets "
        "(1 article naming none)."]
    assert any(text_of(token) == "Published 2025-07-20 to 2026-04-19 (2 undated) · 66 claims."
               for token in tokens if token.type == "inline")


def test_sources_table_counts_each_articles_claims(story: Report) -> None:
    rows = table_after(parse(markdown(story)), "Sources")
    assert rows[0] == ["Article", "Outlet", "Published", "Claims", "Corroborated", "Contradicted", "Single-source"]
    by_file = {row[0].split(":")[0]: row[1:] for row in rows[1:]}
    assert list(by_file) == ["01-policy-desk.txt", "02-market-news.md", "03-sovereignty.html",
                             "04-sovereignty-brief.txt", "05-ia-actu.txt"]
    assert by_file["01-policy-desk.txt"][:2] == ["AI & Policy Desk", "2025-07-20"]
    assert by_file["04-sovereignty-brief.txt"][:2] == ["—", "—"]
    # The one conflict (the institute's name) involves 01, 02 and 04, and only them.
    assert [row[4] for row in by_file.values()] == ["1", "1", "0", "1", "0"]
    assert sum(int(row[2]) for row in by_file.values()) == story.summary.claims


def test_conflict_shows_each_value_with_the_differing_part_bold_and_links_to_lines(story: Report) -> None:
    tokens = parse(markdown(story))
    start = next(i for i, token in enumerate(tokens) if token.type == "heading_open" and token.tag == "h2"
                 and text_of(tokens[i + 1]) == "Conflicts (1)")
    end = next(i for i, token in enumerate(tokens) if i > start and token.type == "heading_open"
               and token.tag == "h2")
    section = tokens[start:end]
    assert headings(section, 3) == ["AI Security Institute · name"]
    values = [token for token in section if token.type == "inline" and token.level == 3]
    assert [(text_of(value), strong_texts(value)) for value in values] == [
        ("AI Safety Institute", ["Safety"]), ("AI Security Institute", ["Security"])]
    claims = {claim.id: claim for claim in story.claims}
    paths = {article.id: article.path for article in story.articles}
    conflict = next(finding for finding in story.findings if finding.kind == "conflict")
    assert sorted(links(section)) == sorted(f"{paths[claims[c].article]}#L{claims[c].line}" for c in conflict.claims)
    assert any(text_of(token).startswith("FC101 · error · AI Security Institute was renamed")
               for token in section if token.type == "inline")


def test_agreements_grouped_by_subject_and_single_source_by_article(story: Report) -> None:
    tokens = parse(markdown(story))
    h3 = headings(tokens, 3)
    assert h3[1:3] == ["UK government", "OpenAI"]
    assert h3[3:] == [
        "01-policy-desk.txt: OpenAI and Whitehall Draw Closer on AI Safety",
        "02-market-news.md: UK and OpenAI agree AI partnership covering security and infrastructure",
        "04-sovereignty-brief.txt: OpenAI's wider agreement with the UK Ministry of Justice is an important "
        "moment in Britain's push for AI sovereignty."]


def test_source_agreement_matrix_shows_the_odd_one_out(story: Report) -> None:
    rows = table_after(parse(markdown(story)), "Source agreement")
    assert rows[0] == ["Articles", "Shared facts", "Agreed", "Disagreed"]
    pairs = {row[0]: tuple(int(cell) for cell in row[1:]) for row in rows[1:]}
    # 01 and 04 both use the institute's former name: they agree with each other, and 02 disagrees with both.
    assert pairs["01-policy-desk.txt · 02-market-news.md"] == (1, 0, 1)
    assert pairs["01-policy-desk.txt · 04-sovereignty-brief.txt"] == (1, 1, 0)
    shared, agreed, disagreed = pairs["02-market-news.md · 04-sovereignty-brief.txt"]
    assert disagreed == 1 and agreed == shared - 1 >= 1


def test_focus_keeps_the_full_verdict_and_says_what_is_shown(story: Report) -> None:
    tokens = parse(markdown(story, View(only=("conflict",))))
    assert headings(tokens, 2) == ["Sources", "Conflicts (1)", "Source agreement"]
    texts = [text_of(token) for token in tokens if token.type == "inline"]
    assert "Showing 1 of 12 findings (only conflicts)." in texts
    assert any(text.startswith("1 conflict, 3 agreements and 8 single-source claims") for text in texts)
    limited = [text_of(token) for token in parse(markdown(story, View(limit=2))) if token.type == "inline"]
    assert "Showing 1 of 3." in limited and "Showing 0 of 8." in limited


def test_suppressed_findings_are_counted(story: Report) -> None:
    hidden = story.findings[-1]
    report = story.keep(story.findings[:-1], (Suppressed(finding=hidden, source="config", reason="known"),))
    texts = [text_of(token) for token in parse(markdown(report)) if token.type == "inline"]
    assert any(text.endswith("· 1 finding suppressed.") for text in texts)
    assert headings(parse(markdown(report)), 2)[3] == "Single-source claims (7)"


def test_links_are_relative_to_the_output_folder(run_cli, article_dir, monkeypatch) -> None:
    folder = article_dir({"a (draft).txt": "Deal\n\nOpenAI and the UK government signed the deal on 21 July 2025.\n",
                          "b.txt": "Deal\n\nOpenAI and the UK government signed the deal on 22 July 2025.\n"})
    monkeypatch.chdir(folder.parent)
    (folder.parent / "out").mkdir()
    code, stdout, stderr = run_cli(["check", "articles", "--format", "markdown", "--output", "out/report.md",
                                    "--no-cache"])
    assert (code, stdout, stderr) == (1, "", "")
    targets = links(parse((folder.parent / "out" / "report.md").read_text(encoding="utf-8")))
    assert "../articles/a%20%28draft%29.txt#L3" in targets
    assert "../articles/b.txt#L3" in targets


def test_a_lone_article_gets_a_title_and_no_matrix(article_dir) -> None:
    folder = article_dir({"only.txt": "A lone memo\n\nThe Ministry of Justice has 2,500 staff.\n"})
    tokens = parse(markdown(check([str(folder)], load_rules())))
    assert headings(tokens, 1) == ["Fact check: A lone memo"]
    texts = [text_of(token) for token in tokens if token.type == "inline"]
    assert "No conflicts." in texts and "No two articles state a same fact." in texts
    assert any(text.startswith("No article dated · ") for text in texts)


def test_step_summary_call_renders_the_whole_report(story: Report) -> None:
    out = io.StringIO()
    REPORTERS["markdown"](story, out)
    assert out.getvalue() == markdown(story)
    assert not any(token.type.startswith("html") for token in walk(parse(out.getvalue())))


# The step summary: GitHub drops a step's whole summary beyond 1 MiB ----------------------------


def test_a_summary_that_fits_is_the_whole_report(story: Report) -> None:
    assert markdown_within(story, STEP_SUMMARY_BYTES) == markdown(story)


@pytest.mark.parametrize("max_bytes", [9000, 6000])
def test_a_summary_too_large_shows_the_findings_that_matter_most_within_the_size(story: Report,
                                                                                  max_bytes: int) -> None:
    whole = markdown(story)
    assert len(whole.encode()) > max_bytes
    text = markdown_within(story, max_bytes)
    assert len(text.encode()) <= max_bytes
    note, report = text.split("\n\n", 1)
    assert note.startswith("> This summary shows ") and "GitHub keeps at most" in note
    shown = int(note.removeprefix("> This summary shows ").split(" ")[0])
    assert 1 <= shown < len(story.findings)
    assert report == markdown(story, View(limit=shown))  # the same cut --limit makes: conflicts first
    assert f"*Showing {shown} of {len(story.findings)} findings (at most {shown}).*" in report


@pytest.mark.parametrize("max_bytes", range(5000, 9001, 250))
def test_a_cut_summary_shows_as_many_findings_as_fit_or_nearly_fills_the_size(story: Report, max_bytes: int) -> None:
    assert len(markdown(story).encode()) > max_bytes
    text = markdown_within(story, max_bytes)
    note, report = text.split("\n\n", 1)
    shown = int(note.removeprefix("> This summary shows ").split(" ")[0])
    one_more = markdown_within(story, 10 ** 9) if shown + 1 == len(story.findings) else \
        note.replace(f"shows {shown} findings", f"shows {shown + 1} findings") + "\n\n" + \
        markdown(story, View(limit=shown + 1))
    assert len(text.encode()) <= max_bytes
    assert len(one_more.encode()) > max_bytes or len(text.encode()) >= 0.95 * max_bytes


def test_a_report_too_large_even_for_one_finding_says_so_in_a_line(story: Report) -> None:
    text = markdown_within(story, 600)
    assert len(text.encode()) <= 600
    assert text.startswith("> The report of 12 findings is too large for a step summary") and text.count("\n") == 1
