"""Terminal reporter: a summary line, then conflicts, agreements and single-source claims.

Every piece of article text is wrapped in ``rich.text.Text`` after ``for_terminal``,
so neither ANSI escapes nor rich markup in an article can change what is shown.
Colour follows rich's detection: none when NO_COLOR is set or the output is no TTY.

Sample::

    5 articles · 86 claims · 1 conflict · 6 agreements · 7 single-source
    ─ Conflicts ─
    FC101 error  AI Security Institute · name
      AI Security Institute was renamed from AI Safety Institute on 14 February 2025; ...
          • AI Safety Institute  seeds/000.txt:18
          “Sources indicate that OpenAI executives have met with members of ...”
"""

from __future__ import annotations

import os
from typing import TextIO

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from factcheck.models import Article, Claim, ClaimsReport, Finding, Report
from factcheck.reporters.inert import for_terminal

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
QUOTE_CHARS = 160


def render(report: Report, out: TextIO) -> None:
    """Write the human-readable report."""
    console = _console(out)
    claims = {claim.id: claim for claim in report.claims}
    articles = {article.id: article for article in report.articles}
    console.print(_summary_line(report), highlight=False)
    for diagnostic in report.diagnostics:
        console.print(Text(f"warning: {for_terminal(diagnostic.path)}: {for_terminal(diagnostic.message)}",
                           style="yellow"))
    sections = (("Conflicts", "conflict"), ("Agreements", "agreement"), ("Single-source claims", "single_source"))
    for title, kind in sections:
        findings = [finding for finding in report.findings if finding.kind == kind]
        if not findings:
            continue
        console.rule(Text(f"{title} ({len(findings)})", style="bold"))
        for finding in findings:
            _print_finding(console, finding, claims, articles)


def render_claims(report: ClaimsReport, out: TextIO) -> None:
    """Write every extracted claim, one table per article."""
    console = _console(out)
    console.print(Text(f"{len(report.articles)} articles · {len(report.claims)} claims"))
    for diagnostic in report.diagnostics:
        console.print(Text(f"warning: {for_terminal(diagnostic.path)}: {for_terminal(diagnostic.message)}",
                           style="yellow"))
    for article in report.articles:
        table = Table(title=Text(_article_heading(article)), title_justify="left", expand=False)
        for column in ("line", "kind", "subject", "attribute", "value", "text", "rule"):
            table.add_column(column, overflow="fold")
        for claim in (claim for claim in report.claims if claim.article == article.id):
            table.add_row(str(claim.line), claim.kind, *(Text(for_terminal(value)) for value in (
                claim.subject, claim.attribute, claim.value, _shorten(claim.text, 60))), claim.rule)
        console.print(table)


def _console(out: TextIO) -> Console:
    """Build a console that honours NO_COLOR and only colours real terminals."""
    return Console(file=out, no_color=bool(os.environ.get("NO_COLOR")), highlight=False, soft_wrap=False,
                   emoji=False, markup=False)


def _summary_line(report: Report) -> Text:
    """Return the counts line shown first."""
    summary = report.summary
    parts = [_count(summary.articles, "article"), _count(summary.claims, "claim"),
             _count(summary.conflicts, "conflict"), _count(summary.agreements, "agreement"),
             f"{summary.single_source} single-source"]
    return Text(" · ".join(parts), style="bold")


def _print_finding(console: Console, finding: Finding, claims: dict[str, Claim],
                   articles: dict[str, Article]) -> None:
    """Print one finding: header, message, then each value with its source and quote."""
    header = Text()
    header.append(f"{finding.rule} {finding.severity.value}", style=SEVERITY_STYLE[finding.severity.value])
    header.append(f"  {for_terminal(finding.subject)} · {for_terminal(finding.attribute)}", style="bold")
    console.print(header)
    console.print(Padding(Text(for_terminal(finding.message)), (0, 0, 0, 2), expand=False))
    for claim_id in finding.claims:
        claim = claims[claim_id]
        article = articles[claim.article]
        line = Text("    • ")
        shown = claim.text if claim.kind != "statement" else ""
        if shown:
            line.append(for_terminal(_shorten(shown, 60)), style="bold" if finding.kind == "conflict" else "")
            line.append("  ")
        line.append(for_terminal(f"{article.path}:{claim.line}"), style="dim")
        console.print(line)
        quote = Text("“" + for_terminal(_shorten(claim.quote, QUOTE_CHARS)) + "”", style="italic")
        console.print(Padding(quote, (0, 0, 0, 6), expand=False))
    console.print()


def _article_heading(article: Article) -> str:
    """Return an article's path, title, outlet and date on one line."""
    details = " · ".join(part for part in (article.outlet, article.published) if part)
    return for_terminal(f"{article.id} {article.path} — {article.title}" + (f" ({details})" if details else ""))


def _count(number: int, noun: str) -> str:
    """Return '1 conflict' or '3 conflicts'."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _shorten(text: str, limit: int) -> str:
    """Cut text to a limit with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
