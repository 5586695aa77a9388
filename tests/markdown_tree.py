"""Parse markdown as GitHub renders it and pull out what tests assert on: headings, tables, links."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token


def parse(text: str) -> list[Token]:
    """Parse GitHub-flavoured markdown: tables, strikethrough, raw HTML and autolinks as GitHub makes them.

    linkify's fuzzy links ("example.com") are off: GitHub only autolinks www., http(s):// and emails.
    """
    parser = MarkdownIt("gfm-like")
    parser.linkify.set({"fuzzy_link": False})
    return parser.parse(text)


def walk(tokens: list[Token]) -> list[Token]:
    """Return every token, block and inline, in document order."""
    found = []
    for token in tokens:
        found.append(token)
        found.extend(walk(token.children or []))
    return found


def text_of(inline: Token) -> str:
    """Return the text a reader sees in an inline token, without markup."""
    parts = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


def headings(tokens: list[Token], level: int) -> list[str]:
    """Return the text of each heading of a level, in order."""
    return [text_of(tokens[index + 1]) for index, token in enumerate(tokens)
            if token.type == "heading_open" and token.tag == f"h{level}"]


def tables(tokens: list[Token]) -> list[list[list[str]]]:
    """Return each table as rows of cell texts, the header row first."""
    found: list[list[list[str]]] = []
    for index, token in enumerate(tokens):
        if token.type == "table_open":
            found.append([])
        elif token.type == "tr_open":
            found[-1].append([])
        elif token.type in ("th_open", "td_open"):
            found[-1][-1].append(text_of(tokens[index + 1]))
    return found


def table_after(tokens: list[Token], heading: str) -> list[list[str]]:
    """Return the first table after the h2 heading with this text."""
    start = next(index for index, token in enumerate(tokens) if token.type == "heading_open"
                 and token.tag == "h2" and text_of(tokens[index + 1]) == heading)
    return tables(tokens[start:])[0]


def links(tokens: list[Token]) -> list[str]:
    """Return the target of every link, autolinks included."""
    return [token.attrs["href"] for token in walk(tokens) if token.type == "link_open"]


def strong_texts(inline: Token) -> list[str]:
    """Return the text inside each **strong** span of an inline token."""
    found, inside = [], None
    for child in inline.children or []:
        if child.type == "strong_open":
            inside = []
        elif child.type == "strong_close" and inside is not None:
            found.append("".join(inside))
            inside = None
        elif child.type == "text" and inside is not None:
            inside.append(child.content)
    return found
