"""The terminal report: readable at 80 columns and wide, plain without a colour terminal, focused on demand."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from factcheck.api import check, load_rules
from factcheck.models import Report, Suppressed
from factcheck.progress import ProgressBar
from factcheck.reporters import render
from factcheck.view import View, view_for

ROOT = Path(__file__).resolve().parents[2]
SGR = re.compile(r"\x1b\[[0-9;]*m")
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.fixture(scope="module")
def story() -> Report:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        return check(["fixtures/openai-uk"], load_rules())


def terminal(report: Report, view: View) -> str:
    out = io.StringIO()
    render("terminal", report, out, view)
    return out.getvalue()


class FakeTerminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def full_counts(report: Report) -> str:
    summary = report.summary
    return (f"{summary.articles} articles · {summary.claims} claims · {summary.conflicts} conflict · "
            f"{summary.agreements} agreements · {summary.single_source} single-source")


@pytest.mark.parametrize("width", [80, 160])
def test_plain_report_fits_the_width_and_has_no_escape_codes(story: Report, width: int) -> None:
    text = terminal(story, View(width=width))
    lines = text.splitlines()
    assert lines[0] == full_counts(story)
    assert not CONTROLS.search(text.replace("\n", ""))
    assert max(cell_len(line) for line in lines) <= width
    assert all(line == line.rstrip() for line in lines)
    for rule in ("Conflicts (1)", "Agreements (3)", "Single-source claims (8)"):
        assert any(rule in line and line.startswith("─") for line in lines)
    # Paths stay whole on their line, so a terminal or editor can open them.
    assert "    • fixtures/openai-uk/01-policy-desk.txt:16  AI & Policy Desk · 2025-07-20" in lines


def test_wide_screen_shows_titles_in_the_sources_table(story: Report) -> None:
    wide = terminal(story, View(width=160)).splitlines()
    narrow = terminal(story, View(width=80)).splitlines()
    header = next(line for line in wide if line.startswith("article "))
    assert header.split()[:3] == ["article", "title", "outlet"]
    assert next(line for line in narrow if line.startswith("article ")).split()[:2] == ["article", "outlet"]
    assert any(line.startswith("01-policy-desk.txt") and "OpenAI and Whitehall Draw Closer on AI Safety" in line
               for line in wide)


def test_plain_output_marks_the_differing_part_of_a_conflicting_value_with_carets(story: Report) -> None:
    lines = terminal(story, View(width=80)).splitlines()
    for value, differing in (("AI Safety Institute", "Safety"), ("AI Security Institute", "Security")):
        index = lines.index(f"  ✗ {value}")
        column = lines[index].index(differing)
        assert lines[index + 1] == " " * column + "^" * len(differing)


def test_colour_output_highlights_the_differing_part_and_uses_only_colour_codes(story: Report) -> None:
    text = terminal(story, View(width=100, color=True))
    assert "\x1b[1;7mSafety\x1b[0m" in text
    assert "^^^^^^" not in text
    assert not CONTROLS.search(SGR.sub("", text).replace("\n", ""))


def test_summary_line_keeps_full_counts_when_the_report_is_focused(story: Report) -> None:
    text = terminal(story, View(only=("conflict",), limit=5))
    lines = text.splitlines()
    assert lines[:2] == [full_counts(story), "showing 1 of 12 findings"]
    assert "Agreements" not in text and "Single-source claims" not in text


def test_limit_cuts_the_report_after_n_findings_conflicts_first(story: Report) -> None:
    lines = terminal(story, View(limit=2)).splitlines()
    assert lines[1] == "showing 2 of 12 findings"
    assert any(line.startswith("─") and "Agreements (1 of 3)" in line for line in lines)
    assert any(line.startswith("─") and "Single-source claims (0 of 8)" in line for line in lines)


def test_article_focus_shows_only_findings_involving_it(story: Report) -> None:
    lines = terminal(story, View(articles=(str(ROOT / "fixtures/openai-uk/01-policy-desk.txt"),))).splitlines()
    assert lines[1] == "showing 3 of 12 findings"
    agreements = next(line for line in lines if "Agreements" in line and line.startswith("─"))
    assert "(0 of 3)" in agreements
    pairs_start = lines.index("Source agreement, most disagreement first")
    assert all("01-policy-desk.txt" in line for line in lines[pairs_start + 3:] if line.strip())


def test_diagnostics_and_suppressed_count_are_shown(story: Report, article_dir) -> None:
    folder = article_dir({"a.txt": "Deal\n\nOpenAI and the UK government signed the deal on 21 July 2025.\n",
                          "broken.txt": b"\x00\x01binary"})
    lines = terminal(check([str(folder)], load_rules()), View()).splitlines()
    assert lines[1] == f"warning: {folder / 'broken.txt'}: looks like a binary file (NUL bytes), not an article"
    report = story.keep(story.findings[1:], (Suppressed(finding=story.findings[0], source="comment"),))
    first = terminal(report, View()).splitlines()[0]
    assert first.endswith("· 0 conflicts · 3 agreements · 8 single-source · 1 suppressed")


def test_view_reads_colour_and_width_from_the_terminal(monkeypatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "132")
    assert (view_for(FakeTerminal(), None).color, view_for(FakeTerminal(), None).width) == (True, 132)
    assert view_for(io.StringIO(), None).color is False
    assert view_for(io.StringIO(), None).width == 80
    assert view_for(FakeTerminal(), Path("report.txt")).color is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert view_for(FakeTerminal(), None).color is False


def test_cli_prints_a_plain_report_and_nothing_else(run_cli) -> None:
    code, stdout, stderr = run_cli(["check", ROOT / "fixtures" / "openai-uk", "--no-cache", "--only",
                                    "conflicts,single-source", "--limit", "4"])
    assert (code, stderr) == (1, "")
    assert "\x1b" not in stdout
    assert stdout.splitlines()[1] == "showing 4 of 12 findings"


@pytest.mark.parametrize(("args", "message"), [
    (["--only", "conflicts,typos"], "--only takes a comma-separated list of conflicts, agreements, single-source"),
    (["--article", "nowhere.txt"], "nowhere.txt: --article matches no article of this run"),
])
def test_bad_focus_options_stop_with_exit_2(run_cli, args: list[str], message: str) -> None:
    code, stdout, stderr = run_cli(["check", ROOT / "fixtures" / "openai-uk", "--no-cache", *args])
    assert (code, stdout) == (2, "")
    assert message in stderr


def test_progress_bar_draws_on_a_terminal_only_after_a_moment() -> None:
    screen = FakeTerminal()
    with ProgressBar(screen, delay=0) as progress:
        progress(0, 3)
        progress(3, 3)
    assert "3/3" in screen.getvalue()
    for stream, delay in ((io.StringIO(), 0.0), (FakeTerminal(), 60.0)):
        with ProgressBar(stream, delay=delay) as progress:
            progress(0, 3)
            progress(3, 3)
        assert stream.getvalue() == ""


def test_focus_options_are_refused_by_the_machine_formats(run_cli) -> None:
    code, stdout, stderr = run_cli(["check", ROOT / "fixtures" / "openai-uk", "--no-cache", "--format", "json",
                                    "--limit", "3"])
    assert (code, stdout) == (2, "")
    assert stderr == ("factcheck: error: --limit, --only and --article focus the terminal and markdown reports; "
                      "the json report always holds every finding\n")
