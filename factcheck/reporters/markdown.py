"""Markdown reporter: a GitHub-flavoured summary for a pull request, a wiki page or a briefing.

It renders a ``Digest`` (every count and grouping is done in ``factcheck.digest``);
all article text goes through ``for_markdown``, so nothing an article says can add
markup. The same digest always gives the same bytes.

Sample (abridged)::

    # Fact check: OpenAI, AI Security Institute and Ministry of Justice

    **1 conflict, 3 agreements and 8 single-source claims across 5 articles from 4 outlets.**

    ## Conflicts (1)

    ### AI Security Institute · name

    - AI **Safety** Institute
      - [01-policy-desk.txt:16](fixtures/openai-uk/01-policy-desk.txt#L16) (AI & Policy Desk, 2025-07-20): “Its…”
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TextIO

from factcheck.digest import MAX_PAIRED_ARTICLES, Citation, Digest, Item, Section, Side
from factcheck.reporters.inert import for_markdown
from factcheck.reporters.words import HEADINGS, count
from factcheck.view import ALL_KINDS


def render(digest: Digest, out: TextIO) -> None:
    """Write the markdown summary, a block at a time (the step summary stops reading at its size limit)."""
    separator = ""
    for block in _blocks(digest):
        out.write(separator + block)
        separator = "\n\n"
    out.write("\n")


def _blocks(digest: Digest) -> Iterator[str]:
    """Yield the report's blocks (headings, paragraphs, lists, tables) in reading order."""
    yield f"# Fact check: {_story(digest)}"
    yield f"**{_verdict(digest)}**"
    yield _dates(digest)
    if digest.view.focused:
        yield f"*Showing {digest.shown} of {digest.total} findings ({_focus(digest)}).*"
    yield "## Sources"
    yield _sources_table(digest)
    for section in digest.sections:
        yield from _section(section)
    yield "## Source agreement"
    yield from _pairs_table(digest)
    if digest.report.diagnostics:
        yield "## Warnings"
        yield "\n".join(f"- {for_markdown(d.path)}{f':{d.line}' if d.line else ''}: {for_markdown(d.message)}"
                        for d in digest.report.diagnostics)


def _story(digest: Digest) -> str:
    """Name the story by the entities most articles name, or else by an article title."""
    if digest.story:
        names = [for_markdown(name) for name in digest.story]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    others = len(digest.report.articles) - 1
    title = for_markdown(digest.report.articles[0].title)
    return title + (f" (and {count(others, 'other article')})" if others else "")


def _verdict(digest: Digest) -> str:
    """Return the one-line verdict with the full run's counts."""
    summary = digest.report.summary
    found = [count(summary.conflicts, "conflict"), count(summary.agreements, "agreement"),
             count(summary.single_source, "single-source claim")]
    outlets = count(digest.outlets, "outlet")
    if digest.unnamed_outlets:
        outlets += f" ({count(digest.unnamed_outlets, 'article')} naming none)"
    return f"{', '.join(found[:2])} and {found[2]} across {count(summary.articles, 'article')} from {outlets}."


def _dates(digest: Digest) -> str:
    """Return the date range of the articles, the claim count and any suppressed findings."""
    dates = digest.date_range
    parts = [dates[0].upper() + dates[1:], count(digest.report.summary.claims, "claim")]
    if digest.report.summary.suppressed:
        parts.append(count(digest.report.summary.suppressed, "finding") + " suppressed")
    return " · ".join(parts) + "."


def _focus(digest: Digest) -> str:
    """Describe the focus options in effect."""
    view = digest.view
    parts = []
    if view.only != ALL_KINDS:
        parts.append("only " + ", ".join(HEADINGS[kind].lower() for kind in view.only))
    if view.articles:
        parts.append("articles " + ", ".join(for_markdown(path) for path in view.articles))
    if view.limit is not None:
        parts.append(f"at most {view.limit}")
    return "; ".join(parts)


def _sources_table(digest: Digest) -> str:
    """Return the sources table: each article and what became of its claims."""
    rows = ["| Article | Outlet | Published | Claims | Corroborated | Contradicted | Single-source |",
            "| --- | --- | --- | ---: | ---: | ---: | ---: |"]
    for source in digest.sources:
        article = source.article
        rows.append(f"| [{for_markdown(source.label)}]({source.link}): {for_markdown(article.title)} "
                    f"| {for_markdown(article.outlet) or '—'} | {article.published or '—'} | {source.claims} "
                    f"| {source.corroborated} | {source.contradicted} | {source.single_source} |")
    if digest.unlisted_sources:
        rows.append("")
        rows.append(f"*{count(digest.unlisted_sources, 'more article')}, not involved in the findings shown.*")
    if digest.crowded_out_sources:
        rows.append("")
        rows.append(f"*{count(digest.crowded_out_sources, 'more article')} with fewer contradicted claims "
                    "(the JSON report lists every one).*")
    return "\n".join(rows)


def _section(section: Section) -> Iterator[str]:
    """Yield one kind of findings under its heading, grouped."""
    yield f"## {HEADINGS[section.kind]} ({section.total})"
    if section.shown < section.total:
        yield f"*Showing {section.shown} of {section.total}.*"
    elif not section.total:
        yield f"No {HEADINGS[section.kind].lower()}."
    for group in section.groups:
        source = group.source
        if source is not None:
            heading = f"[{for_markdown(source.label)}]({source.link}): {for_markdown(source.article.title)}"
        else:
            heading = for_markdown(group.title)
        if section.kind == "conflict":
            for item in group.items:
                yield f"### {for_markdown(item.finding.topic)}"  # a conflict's group is its subject
                yield from _conflict(item)
        else:
            yield f"### {heading}"
            yield "\n".join(_finding(item, single=section.kind == "single_source") for item in group.items)


def _conflict(item: Item) -> Iterator[str]:
    """Yield a conflict: rule, severity and message, then each value and who states it."""
    finding = item.finding
    yield f"**{finding.rule}** · {finding.severity.value} · {for_markdown(finding.message)}"
    lines = []
    for side in item.sides:
        lines.append(f"- {_value(side)}")
        lines.extend(_side_lines(side))
    yield "\n".join(lines)


def _finding(item: Item, single: bool) -> str:
    """Return an agreement or single-source finding as a list item with its citations."""
    finding = item.finding
    label = finding.subject + " · " + finding.attribute if single else finding.attribute
    lines = [f"- **{finding.rule}** · {finding.severity.value} · {for_markdown(label)}: "
             f"{for_markdown(finding.message)}"]
    for side in item.sides:
        lines.extend(_side_lines(side))
    return "\n".join(lines)


def _side_lines(side: Side) -> list[str]:
    """Return the nested list items citing a side's sources, and how many more there are."""
    lines = [f"  - {_citation(citation)}" for citation in side.citations]
    if side.unlisted:
        lines.append(f"  - *and {count(side.unlisted, 'more source')}*")
    return lines


def _value(side: Side) -> str:
    """Return a conflicting value with the parts that differ in bold."""
    if side.value is None:
        return "statement"
    return "".join(f"**{for_markdown(part.text)}**" if part.differs else _spaced(part.text) for part in side.parts)


def _spaced(text: str) -> str:
    """Make a piece of a value inert, keeping the space that joins it to its neighbours."""
    return (" " if text[:1].isspace() else "") + for_markdown(text) + (" " if text[-1:].isspace() else "")


def _citation(citation: Citation) -> str:
    """Return a linked source line, its outlet and date, the text as written and its sentence."""
    article = citation.source.article
    claim = citation.claim
    details = ", ".join(for_markdown(part) for part in (article.outlet, article.published) if part)
    if citation.written is not None:
        details += (", " if details else "") + f"as “{for_markdown(citation.written)}”"
    return (f"[{for_markdown(citation.source.label)}:{claim.line}]({citation.link})"
            + (f" ({details})" if details else "") + f": “{for_markdown(claim.quote)}”")


def _pairs_table(digest: Digest) -> Iterator[str]:
    """Yield the source agreement matrix: facts each pair of articles shares, agrees and disagrees on."""
    if not digest.pairs:
        yield "No two articles state a same fact." + _unpaired(digest)
        return
    rows = ["| Articles | Shared facts | Agreed | Disagreed |", "| --- | ---: | ---: | ---: |"]
    rows.extend(f"| {for_markdown(pair.first.label)} · {for_markdown(pair.second.label)} | {pair.shared} "
                f"| {pair.agreed} | {pair.disagreed} |" for pair in digest.pairs)
    yield "\n".join(rows)
    unlisted = f" nor {count(digest.unlisted_pairs, 'more pair')} that disagree less" if digest.unlisted_pairs else ""
    yield f"Most disagreement first. Not listed: pairs of articles that state no fact in common{unlisted}." + _unpaired(
        digest)


def _unpaired(digest: Digest) -> str:
    """Say which findings the table leaves out, if any: those citing too many articles to pair."""
    if not digest.unpaired_findings:
        return ""
    return f" Left out: {count(digest.unpaired_findings, 'finding')} citing more than {MAX_PAIRED_ARTICLES} articles each."
