"""Terminal reporter: the full counts first, the sources, then conflicts, agreements, single-source claims.

It renders a ``Digest`` (all counting and grouping is done in ``factcheck.digest``)
on the screen its ``View`` describes: colour only when the view asks for it, and then
the differing parts of conflicting values are highlighted; in plain output they are
underlined with carets. Every piece of article text passes through ``for_terminal``
into a ``rich.text.Text``, so neither escape sequences nor rich markup in an article
can change what is shown.

Sample (80 columns, plain)::

    5 articles · 66 claims · 1 conflict · 3 agreements · 8 single-source
    OpenAI, AI Security Institute and Ministry of Justice · published 2025-07-20 to ...
    ╭─ FC101 error · AI Security Institute · name ────────────────────────────────╮
    │ ✗ AI Safety Institute                                                        │
    │      ^^^^^^                                                                  │
    │   fixtures/openai-uk/01-policy-desk.txt:16  AI & Policy Desk · 2025-07-20    │
"""

from __future__ import annotations

import io
from typing import TextIO

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from factcheck.digest import MAX_PAIRED_ARTICLES, Citation, Digest, Group, Item, Section, Side
from factcheck.models import Article, Claim, ClaimsReport, Report
from factcheck.reporters.ansi import paragraph_spans, styled_lines
from factcheck.reporters.inert import for_terminal
from factcheck.reporters.plain_wrap import line_spans
from factcheck.reporters.words import HEADINGS, count, shorten
from factcheck.view import View

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
MAX_WIDTH = 160
# The report is printed, never laid out to fill a screen, so its height is fixed: left
# unset, rich asks the operating system for the terminal's size at every line it
# measures (143,000 calls for the 2,000-article benchmark's report).
SCREEN_HEIGHT = 25
WIDE = 120
# Widths of the claims listing's first columns: a line number, a claim kind ("statement").
LINE_COLUMN = 5
KIND_COLUMN = 9


def render(digest: Digest, out: TextIO) -> None:
    """Write the human-readable report."""
    buffer = io.StringIO()
    console = _console(buffer, digest.view)
    _print_unwrapped(console, _summary_line(digest.report))
    if digest.view.focused:
        console.print(Text(f"showing {digest.shown} of {digest.total} findings", style="dim"))
    for diagnostic in digest.report.diagnostics:
        location = diagnostic.path + (f":{diagnostic.line}" if diagnostic.line else "")
        _print_unwrapped(console, Text(f"warning: {for_terminal(location)}: {for_terminal(diagnostic.message)}",
                                       style="yellow"))
    console.print(Panel(_story(digest), box=box.ROUNDED, expand=False))
    console.print(_sources_table(digest, wide=console.width >= WIDE))
    if digest.unlisted_sources:
        console.print(Text(f"{count(digest.unlisted_sources, 'more article')}, not involved in the findings shown",
                           style="dim"))
    if digest.crowded_out_sources:
        console.print(Text(f"{count(digest.crowded_out_sources, 'more article')} with fewer contradicted claims "
                           "(the JSON report lists every one)", style="dim"))
    quote_limit = max(120, 2 * (console.width - 10))
    for section in digest.sections:
        console.rule(Text(_section_title(section), style="bold red" if section.kind == "conflict" else "bold"))
        if not section.total:
            console.print(Text(f"No {HEADINGS[section.kind].lower()}.", style="dim"))
        for group in section.groups:
            _print_group(console, section, group, quote_limit)
    if digest.pairs:
        console.print(_pairs_table(digest))
    if digest.unlisted_pairs:
        console.print(Text(f"{count(digest.unlisted_pairs, 'more pair')} of articles, disagreeing less", style="dim"))
    if digest.unpaired_findings:
        console.print(Text(f"{count(digest.unpaired_findings, 'finding')} citing more than {MAX_PAIRED_ARTICLES} "
                           "articles each left out of the pairs", style="dim"))
    out.write(_trimmed(buffer.getvalue()))


def render_claims(report: ClaimsReport, out: TextIO, view: View | None = None) -> None:
    """Write every extracted claim, one line each, under its article's heading.

    A line per claim, never wrapped, rather than a table per article: ``grep X201`` or
    ``grep '· date'`` finds whole claims, and a listing of thousands of articles prints
    at the speed of writing text (2,000 articles: 21.5 s as rich tables).
    """
    buffer = io.StringIO()
    console = _console(buffer, view or View())
    _print_unwrapped(console, Text(f"{count(len(report.articles), 'article')} · {count(len(report.claims), 'claim')}"))
    for diagnostic in report.diagnostics:
        _print_unwrapped(console, Text(f"warning: {for_terminal(diagnostic.path)}: {for_terminal(diagnostic.message)}",
                                       style="yellow"))
    _print_unwrapped(console, Text(f"{'line':>{LINE_COLUMN}}  rule  {'kind':<{KIND_COLUMN}}  "
                                   "subject · attribute: value  “as written”", style="dim"))
    claims_of: dict[str, list[Claim]] = {article.id: [] for article in report.articles}
    for claim in report.claims:
        claims_of[claim.article].append(claim)
    for article in report.articles:
        _print_unwrapped(console, Text())
        _print_unwrapped(console, Text(_article_heading(article), style="bold"))
        for claim in claims_of[article.id]:
            _print_unwrapped(console, _claim_line(claim))
    out.write(_trimmed(buffer.getvalue()))


def _claim_line(claim: Claim) -> Text:
    """Return one claim as a line: where, which rule, what kind, what it says, and the words it was read from."""
    line = Text(f"{claim.line:>{LINE_COLUMN}}  ")
    line.append(for_terminal(claim.rule), style="cyan")
    line.append(f"  {claim.kind:<{KIND_COLUMN}}  ")
    line.append(for_terminal(claim.subject), style="bold")
    line.append(f" · {for_terminal(claim.attribute)}: {for_terminal(claim.value)}")
    if claim.text != claim.value:
        line.append(f"  “{for_terminal(shorten(claim.text, 60))}”", style="dim")
    return line


def _trimmed(text: str) -> str:
    """Drop the spaces rich pads lines with, so the report copies and diffs cleanly."""
    return "\n".join(line.rstrip(" ") for line in text.split("\n"))


def _console(out: TextIO, view: View) -> Console:
    """Build a console from the view alone: no colour and no escape codes unless it asks for colour."""
    return Console(file=out, width=min(view.width, MAX_WIDTH), height=SCREEN_HEIGHT,
                   color_system="standard" if view.color else None, force_terminal=view.color,
                   no_color=not view.color, highlight=False, soft_wrap=False, emoji=False, markup=False,
                   legacy_windows=False, _environ={})


def _summary_line(report: Report) -> Text:
    """Return the counts line shown first: always the whole run's counts."""
    summary = report.summary
    parts = [count(summary.articles, "article"), count(summary.claims, "claim"),
             count(summary.conflicts, "conflict"), count(summary.agreements, "agreement"),
             f"{summary.single_source} single-source"]
    if summary.suppressed:
        parts.append(f"{summary.suppressed} suppressed")
    return Text(" · ".join(parts), style="bold")


def _story(digest: Digest) -> Text:
    """Return what the story is about, and when and by how many outlets its articles were published."""
    if digest.story:
        about = ", ".join(for_terminal(name) for name in digest.story)
    else:
        about = for_terminal(digest.report.articles[0].title)
    dates = digest.date_range
    outlets = count(digest.outlets, "outlet")
    if digest.unnamed_outlets:
        outlets += f" ({digest.unnamed_outlets} unnamed)"
    text = Text()
    text.append(about, style="bold")
    text.append(f"\n{dates} · {outlets}")
    return text


def _sources_table(digest: Digest, wide: bool) -> Table:
    """Return one row per article: where it is from and what became of its claims (and its title when wide)."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, collapse_padding=True,
                  title=Text("Sources", style="bold"), title_justify="left")
    table.add_column("article", overflow="fold", min_width=20)
    if wide:
        table.add_column("title", overflow="ellipsis", no_wrap=True, max_width=60)
    table.add_column("outlet", overflow="fold", max_width=12)
    table.add_column("published", no_wrap=True)
    for header in ("claims", "agreed", "conflict", "single"):
        table.add_column(header, justify="right", no_wrap=True)
    for source in digest.sources:
        article = source.article
        title = (Text(for_terminal(article.title), style="dim"),) if wide else ()
        table.add_row(Text(for_terminal(source.label)), *title, Text(for_terminal(article.outlet) or "—"),
                      article.published or "—", str(source.claims), str(source.corroborated),
                      Text(str(source.contradicted), style="red" if source.contradicted else ""),
                      str(source.single_source))
    return table


def _section_title(section: Section) -> str:
    """Return a section's rule title, saying when the focus hides some of it."""
    shown = f"{section.shown} of {section.total}" if section.shown < section.total else str(section.total)
    return f"{HEADINGS[section.kind]} ({shown})"


def _print_group(console: Console, section: Section, group: Group, quote_limit: int) -> None:
    """Print one group of findings: conflicts with their values, the rest under their subject or article."""
    if section.kind == "conflict":
        for item in group.items:
            _print_conflict(console, item, quote_limit)
        return
    heading = Text(for_terminal(group.title), style="bold")
    if group.source is not None:
        heading.append("  " + shorten(for_terminal(group.source.article.title), 60), style="dim")
    _print_indented(console, heading, 0)
    for item in group.items:
        finding = item.finding
        label = finding.topic if group.source is not None else finding.attribute
        _print_indented(console, _finding_header(item, label, indent=2), 0)
        _print_indented(console, Text(shorten(for_terminal(finding.message), 2 * quote_limit)), 4)
        for side in item.sides:
            _print_citations(console, side, 4, quote_limit)
    _print_unwrapped(console, Text())


def _print_conflict(console: Console, item: Item, quote_limit: int) -> None:
    """Print a conflict: rule, severity and fact, the message, then each value and who states it."""
    finding = item.finding
    _print_indented(console, _finding_header(item, finding.topic, indent=0), 0)
    _print_indented(console, Text(shorten(for_terminal(finding.message), 2 * quote_limit)), 2)
    for side in item.sides:
        for line in _value_lines(side, console.width, console.is_terminal):
            _print_indented(console, line, 2)
        _print_citations(console, side, 4, quote_limit)
    _print_unwrapped(console, Text())


def _finding_header(item: Item, label: str, indent: int) -> Text:
    """Return a finding's first line: rule and severity in the severity's colour, then what it is about."""
    finding = item.finding
    header = Text(" " * indent)
    header.append(f"{finding.rule} {finding.severity.value}", style=SEVERITY_STYLE[finding.severity.value])
    header.append("  " + for_terminal(label), style="bold")
    return header


def _value_lines(side: Side, width: int, color: bool) -> list[Text]:
    """Return a conflicting value with its differing parts highlighted in colour, or marked by carets.

    Plain output gets a caret line only when the value fits on one line, where the
    carets can sit under the parts they mark.
    """
    if side.value is None:
        return [Text("✗ statement", style="bold red")]
    shown = [(_spaced(part.text), part.differs) for part in side.parts]
    value = Text()
    value.append("✗ ", style="bold red")
    for text, differs in shown:
        value.append(text, style="bold reverse" if differs else "bold")
    if color or not any(differs for _, differs in shown) or cell_len(value.plain) > width - 4:
        return [value]
    marks = "".join(("^" if differs else " ") * cell_len(text) for text, differs in shown)
    return [value, Text("  " + marks.rstrip())]


def _spaced(text: str) -> str:
    """Make a piece of a value inert, keeping the space that joins it to its neighbours."""
    return (" " if text[:1].isspace() else "") + for_terminal(text) + (" " if text[-1:].isspace() else "")


def _print_citations(console: Console, side: Side, indent: int, quote_limit: int) -> None:
    """Print the claims that state one value, and how many more there are."""
    for citation in side.citations:
        _print_citation(console, citation, indent, quote_limit)
    if side.unlisted:
        _print_indented(console, Text(" " * indent + f"• and {count(side.unlisted, 'more source')}", style="dim"), 0)


def _print_citation(console: Console, citation: Citation, indent: int, quote_limit: int) -> None:
    """Print where a claim is (path:line, outlet, date, text as written), then its sentence.

    The path:line is never wrapped, so terminals and editors can open it.
    """
    article = citation.source.article
    claim = citation.claim
    location = Text(" " * indent + "• ")
    location.append(for_terminal(f"{article.path}:{claim.line}"), style="cyan")
    details = [for_terminal(part) for part in (article.outlet, article.published) if part]
    if citation.written is not None:
        details.append(f"as “{for_terminal(shorten(citation.written, 60))}”")
    about = Text(" · ".join(details), style="dim")
    if details and cell_len(location.plain) + 2 + cell_len(about.plain) <= console.width:
        location.append("  ").append_text(about)
        details = []
    _print_unwrapped(console, location)
    if details:
        _print_indented(console, about, indent + 2)
    quote = Text("“" + for_terminal(shorten(claim.quote, quote_limit)) + "”", style="italic")
    _print_indented(console, quote, indent + 2)


def _print_indented(console: Console, text: Text, indent: int) -> None:
    """Print the text wrapped to the width left beside the indent, each line indented.

    What printing it in a ``Padding`` does, as one ``Text``: rich takes about a third
    longer over a ``Padding``, and the report of an archive prints tens of thousands of
    them (25 s for the benchmark's 10,000 articles). The lines of most text are worked
    out by ``plain_wrap``, as rich would, in a fraction of the time, and in colour
    written with rich's own escape codes (``ansi``); rich wraps the rest.
    """
    lines = line_spans(text.plain, console.width - indent)
    if lines is not None:
        if console.color_system is None:
            console.file.write("".join(" " * indent + text.plain[start:end] + "\n" for start, end in lines))
        else:
            console.file.write(styled_lines(console, text, lines, indent))
        return
    block = Text()
    for number, line in enumerate(text.wrap(console, console.width - indent)):
        block.append("\n" if number else "").append(" " * indent).append_text(line)
    _print_unwrapped(console, block)


def _print_unwrapped(console: Console, text: Text) -> None:
    """Print text as it is, lines never wrapped nor cut (a path:line must stay whole to be clicked).

    Without colour that is the text's plain letters, in colour the same with rich's
    escape codes (``ansi``), written straight to the console's file: rich's rendering
    of a line it may not change, at about 0.1 ms a line, was most of the time an
    archive's report took (190,000 lines for 10,000 articles). Each ``print`` has
    written out its own output by the time it returns, so the order of lines is kept.
    Rich still prints a text with a tab, which it expands.
    """
    if console.color_system is None:
        console.file.write(text.plain + "\n")
    elif "\t" not in text.plain:
        console.file.write(styled_lines(console, text, paragraph_spans(text.plain)))
    else:
        console.print(text, no_wrap=True, overflow="ignore", crop=False)


def _pairs_table(digest: Digest) -> Table:
    """Return the source agreement matrix: facts each pair of articles shares, agrees and disagrees on."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, collapse_padding=True,
                  title=Text("Source agreement, most disagreement first", style="bold"), title_justify="left")
    table.add_column("article", overflow="fold")
    table.add_column("article", overflow="fold")
    for header in ("shared", "agreed", "disagreed"):
        table.add_column(header, justify="right", no_wrap=True)
    for pair in digest.pairs:
        table.add_row(Text(for_terminal(pair.first.label)), Text(for_terminal(pair.second.label)),
                      str(pair.shared), str(pair.agreed),
                      Text(str(pair.disagreed), style="bold red" if pair.disagreed else ""))
    return table


def _article_heading(article: Article) -> str:
    """Return an article's path, title, outlet and date on one line."""
    details = " · ".join(part for part in (article.outlet, article.published) if part)
    return for_terminal(f"{article.id} {article.path} — {article.title}" + (f" ({details})" if details else ""))
