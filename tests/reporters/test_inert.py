"""Untrusted article text stays inert: a payload x format matrix over articles written for the purpose.

Each payload sits in an article's title and in the sentence of a conflicting claim, so
it reaches every part of every report: tables, headings, values, quotes, messages.
"""

from __future__ import annotations

import io
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.api import check, load_rules
from factcheck.models import ClaimsReport, Report
from factcheck.reporters import render, render_claims
from factcheck.reporters.inert import _AUTOLINKED, _MAY_AUTOLINK, for_markdown, for_terminal
from factcheck.view import View
from tests.markdown_tree import headings, links, parse, table_after, walk

PAYLOADS = {
    "ansi": "\x1b[31mred\x1b[0m and \x1b]8;;https://evil.example\x07click\x1b]8;;\x07 \x1b[2J",
    "c1-bidi-tags": "\x9b31mcsi \u202eevil\u202c \u2066iso\u2069 \U000e0041\U000e0042hidden",
    "rich-markup": "[bold]loud[/bold] [link=https://evil.example]click[/link] [red on white]x[/]",
    "html": "<script>alert(1)</script> <img src=x onerror=alert(1)> <b>bold</b> <details open>",
    "comment": "<!-- hidden note --> shown",
    "table-pipe": "left | right || end",
    "heading": "# Heading and ## another",
    "block-starts": "- item > quoted 2) first + more = less",
    "mention": "@team, @octo-org/admins, see #123 and owner/repo#7",
    "links": "[click](https://evil.example) ![img](https://evil.example/x.png) <https://evil.example> "
             "https://evil.example/a www.evil.example mail@evil.example",
    "emphasis-code": "**bold** _it_ `code` ~~gone~~ $x^2$ &amp; &lt;b&gt; \\*",
}
FORMATS = ["terminal", "terminal-colour", "markdown", "json", "github"]
SGR = re.compile(r"\x1b\[[0-9;]*m")
INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff"
                       r"\U000e0000-\U000e007f]")
# What each payload must still show, word for word, once made inert.
SHOWN = {name: for_terminal(payload) for name, payload in PAYLOADS.items()}


def articles(payload: str) -> dict[str, str]:
    """Two articles that conflict on a date; the payload is in the first one's title and sentence."""
    return {
        "a.txt": f"{payload} memo\n\nOpenAI and the UK government, {payload}, signed the deal on 21 July 2025.\n",
        "b.txt": "Deal signed\n\nThe deal between OpenAI and the UK government was signed on July 22, 2025.\n",
    }


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Report]:
    """Check each payload's articles once (paths relative to the folder, as a user would type them)."""
    found = {}
    rules = load_rules()
    for name, payload in PAYLOADS.items():
        folder = tmp_path_factory.mktemp(name)
        for file, text in articles(payload).items():
            (folder / file).write_text(text, encoding="utf-8")
        with pytest.MonkeyPatch.context() as patch:
            patch.chdir(folder)
            found[name] = check(["."], rules)
    return found


def rendered(report: Report, format: str) -> str:
    out = io.StringIO()
    if format == "terminal-colour":
        render("terminal", report, out, View(width=100, color=True))
    else:
        render(format, report, out, View(width=100))
    return out.getvalue()


def test_each_payload_reaches_a_conflicting_claim(reports: dict[str, Report]) -> None:
    for name, report in reports.items():
        conflict = next(finding for finding in report.findings if finding.kind == "conflict")
        quotes = {claim.quote for claim in report.claims if claim.id in conflict.claims}
        assert any(PAYLOADS[name] in quote for quote in quotes), name
        # A .txt title loses a leading markdown heading mark, and nothing else.
        assert report.articles[0].title == f"{PAYLOADS[name]} memo".removeprefix("# ")


@pytest.mark.parametrize("format", FORMATS)
@pytest.mark.parametrize("name", PAYLOADS)
def test_payload_is_inert(reports: dict[str, Report], name: str, format: str) -> None:
    report = reports[name]
    text = rendered(report, format)
    CHECKS[format](text, name, report)


def check_terminal(text: str, name: str, report: Report) -> None:
    """No escape or invisible control character; the payload's visible text is shown literally."""
    assert not INVISIBLE.search(text.replace("\n", ""))
    assert SHOWN[name] in " ".join(text.split())


def check_terminal_colour(text: str, name: str, report: Report) -> None:
    """The only escape codes are the reporter's own colours: no cursor moves, no hyperlinks."""
    check_terminal(SGR.sub("", text), name, report)


def check_markdown(text: str, name: str, report: Report) -> None:
    """No raw HTML, image, foreign link, heading, block or autolink; the title cell reads as written."""
    tokens = parse(text)
    everything = walk(tokens)
    kinds = {token.type for token in everything}
    assert not kinds & {"html_block", "html_inline", "image", "blockquote_open", "ordered_list_open", "s_open",
                        "code_inline", "em_open", "hr"}
    assert all(re.fullmatch(r"[ab]\.txt(#L\d+)?", target) for target in links(tokens))
    assert len(headings(tokens, 1)) == 1
    assert all(not heading.startswith(("#", "Heading")) for level in (1, 2, 3) for heading in headings(tokens, level))
    shown = " ".join(token.content for token in everything if token.type == "text")
    for pattern in (r"@\w", r"\w@", r"#\d", r"//", r"\bwww\."):
        assert not re.search(pattern, shown), pattern
    rows = table_after(tokens, "Sources")
    assert all(len(row) == 7 for row in rows)
    assert rows[1][0].replace("\u2060", "") == f"a.txt: {for_terminal(report.articles[0].title)}"
    assert rows[1][1:] == ["—", "—", rows[1][3], rows[1][4], "1", rows[1][6]]


def check_json(text: str, name: str, report: Report) -> None:
    """Valid UTF-8 JSON that keeps the text exactly as written."""
    loaded = json.loads(text.encode("utf-8").decode("utf-8", errors="strict"))
    assert loaded["articles"][0]["title"] == report.articles[0].title
    assert any(PAYLOADS[name] in claim["quote"] for claim in loaded["claims"])


def check_github(text: str, name: str, report: Report) -> None:
    """One workflow command per line, none of them started or ended by article text."""
    lines = text.splitlines()
    assert lines and all(re.match(r"::(error|warning|notice) ", line) for line in lines)
    assert not INVISIBLE.search(text.replace("\n", ""))


CHECKS = {"terminal": check_terminal, "terminal-colour": check_terminal_colour, "markdown": check_markdown,
          "json": check_json, "github": check_github}


@pytest.mark.parametrize("color", [False, True])
@pytest.mark.parametrize("name", PAYLOADS)
def test_payload_is_inert_in_the_claims_listing(reports: dict[str, Report], name: str, color: bool) -> None:
    report = reports[name]
    listing = ClaimsReport(articles=report.articles, claims=report.claims, diagnostics=report.diagnostics)
    out = io.StringIO()
    render_claims("terminal", listing, out, View(width=100, color=color))
    check_terminal(SGR.sub("", out.getvalue()), name, report)


def test_json_records_with_lone_surrogates_and_nul_give_valid_utf8_everywhere(article_dir) -> None:
    record = '{"title": "Bad \\ud800 title \\u0000", "text": "OpenAI and the UK government signed the deal ' \
             'on 21 July 2025 \\udfff here."}'
    folder = article_dir({"a.json": record, "b.txt": articles("x")["b.txt"]})
    report = check([str(folder)], load_rules())
    for format in FORMATS:
        output = rendered(report, format).encode("utf-8")  # raises on a lone surrogate
        assert output.decode("utf-8")
    loaded = json.loads(rendered(report, "json"))
    assert loaded["articles"][0]["title"] == "Bad \ufffd title \x00"


@pytest.mark.parametrize(("text", "expected"), [
    ("- item", "\\- item"),
    ("12. item", "12\\. item"),
    ("a | b", "a \\| b"),
    ("<!-- x -->", "\\<!-- x --\\>"),
    ("[a](b)", "\\[a\\](b)"),
    ("@team #12", "@\u2060team \\#\u206012"),
    ("see https://x.org or www.x.org", "see https:/\u2060/x.org or www\u2060.x.org"),
    ("//0.0 and //evil.example", "/\u2060/0.0 and /\u2060/evil.example"),
    ("line one\nline two\x1b[31m", "line one line two"),
])
def test_for_markdown_escapes_each_construct(text: str, expected: str) -> None:
    assert for_markdown(text) == expected


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="wW.@#/a1_- \u00e9\u0131", max_size=30))
def test_text_passed_over_has_nowhere_to_break_an_autolink(text: str) -> None:
    """The quick scan that spares most text the autolink pattern never spares text it would change."""
    if _MAY_AUTOLINK.search(text) is None:
        assert _AUTOLINKED.sub("\u2060", text) == text


MARKUP_CHARS = st.sampled_from(list("\\`*_[]()<>|~&$#!@:/.-+=>0123456789 \n") + ["www.", "https://", "<!--", "-->",
                                                                               "&amp;", "@team", "#12", "a@b.co"])


# Where the reporters put article text: (template, the markup that is ours, the text that is ours).
SINKS = [("{}\n", set(), ""), ("- {}\n", {"bullet_list_open"}, ""), ("| a |\n| --- |\n| {} |\n", {"table_open"}, "a"),
         ("### {}\n", {"heading_open"}, ""), ("[a.txt](a.txt): {}\n", {"link_open"}, "a.txt: ")]
MARKUP = {"html_block", "html_inline", "link_open", "image", "em_open", "strong_open", "s_open", "code_inline",
          "code_block", "fence", "blockquote_open", "heading_open", "hr", "ordered_list_open", "bullet_list_open",
          "table_open", "entity"}


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(st.text(max_size=60), st.lists(MARKUP_CHARS, max_size=30).map("".join)))
def test_for_markdown_never_yields_markup_and_keeps_the_text(text: str) -> None:
    inert = for_markdown(text)
    for template, ours, prefix in SINKS:
        everything = walk(parse(template.format(inert)))
        assert not {token.type for token in everything} & (MARKUP - ours)
        assert sum(token.type == "link_open" for token in everything) == ("link_open" in ours)
        shown = "".join(token.content for token in everything if token.type == "text").replace("\u2060", "")
        assert shown.rstrip() == (prefix + for_terminal(text)).rstrip()
