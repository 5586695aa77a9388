"""Read an HTML article: the main text, block by block, each with its source line."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

from factcheck.load.document import Document

SKIPPED = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "button",
           "template", "iframe"}
BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dt", "dd",
          "figcaption", "div", "section", "article", "main", "br", "tr"}
MAIN = {"article", "main"}
SPACES = re.compile(r"\s+")
META_NAMES = {"author": "author", "og:site_name": "outlet", "og:title": "title",
              "article:published_time": "published", "date": "published", "og:url": "url"}
# Structured data (schema.org JSON-LD) that describes an article, and which of its fields say what.
ARTICLE_TYPES = {"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
                 "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "TechArticle"}
LINKED_DATA_FIELDS = {"headline": "title", "datePublished": "published", "inLanguage": "language", "url": "url"}
MAX_LINKED_DATA_CHARS = 1 << 20  # a page's structured data is a few KB; more is not an article's description


class _MainTextParser(HTMLParser):
    """Collect text blocks with their line numbers, skipping page furniture."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[int, str, bool]] = []
        self.meta: dict[str, str] = {}
        self._skip_depth = 0
        self._main_depth = 0
        self._current: list[str] = []
        self._current_line = 1
        self._in_title = False
        self._title: list[str] = []
        self._linked_data: list[str] | None = None  # the text of a JSON-LD script while it is read
        self._described: dict[str, str] = {}  # what JSON-LD says, for what no <meta> tag says
        self._first_time: str | None = None  # the first <time datetime> of the article, for what neither says

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("html", "meta"):  # the only tags whose attributes are read, with <time> in the article
            self._read_attributes(tag, {key: value or "" for key, value in attrs})
        if tag == "time" and self._main_depth and self._first_time is None:
            self._first_time = next((value.strip() for key, value in attrs if key == "datetime" and value), None)
        if tag == "title":
            self._in_title = True
        if tag == "script" and any(key == "type" and (value or "").strip().lower() == "application/ld+json"
                                   for key, value in attrs):
            self._linked_data = []
        if tag in SKIPPED:
            self._skip_depth += 1
        if tag in MAIN:
            self._main_depth += 1
        if tag in BLOCKS:
            self._flush()

    def _read_attributes(self, tag: str, values: dict[str, str]) -> None:
        """Keep the page's language and the metadata its <meta> tags give."""
        if tag == "html" and values.get("lang"):
            self.meta["language"] = values["lang"]
        if tag == "meta":
            key = (values.get("name") or values.get("property") or "").lower()
            if key in META_NAMES and values.get("content"):
                self.meta.setdefault(META_NAMES[key], values["content"].strip())

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS:
            self._flush()
        if tag == "script" and self._linked_data is not None:
            for key, value in _described(self._linked_data):
                self._described.setdefault(key, value)
            self._linked_data = None
        if tag == "title":
            self._in_title = False
        if tag in SKIPPED and self._skip_depth:
            self._skip_depth -= 1
        if tag in MAIN and self._main_depth:
            self._main_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._linked_data is not None:
            self._linked_data.append(data)
            return
        if self._in_title:
            self._title.append(data)
            return
        if self._skip_depth:
            return
        if not self._current and data.strip():
            self._current_line = self.getpos()[0] + data[: len(data) - len(data.lstrip())].count("\n")
        self._current.append(data)

    def handle_comment(self, data: str) -> None:
        """Keep a factcheck comment (an ignore instruction) as a block of its own, wherever it stands.

        Other comments are dropped with the markup. The suppression reader finds it in the
        text like any article's comment, at its line in the file, and keeps it out of the
        claims; it counts even outside <article>/<main> (hence ``in_main``).
        """
        if data.strip().lower().startswith("factcheck:"):
            self._flush()
            self.blocks.append((self.getpos()[0], f"<!--{' '.join(data.split())}-->", True))

    def _flush(self) -> None:
        if not self._current:  # a block tag right after another: no text gathered since
            return
        text = SPACES.sub(" ", "".join(self._current)).strip()
        if text:
            self.blocks.append((self._current_line, text, self._main_depth > 0))
        self._current = []

    def close(self) -> None:
        super().close()
        self._flush()
        for key, value in self._described.items():
            self.meta.setdefault(key, value)
        if self._first_time:  # a byline's <time datetime="2024-10-04">: when the article was published
            self.meta.setdefault("published", self._first_time)
        title = SPACES.sub(" ", "".join(self._title)).strip()
        if title:
            self.meta.setdefault("title", title)


def _described(parts: list[str]) -> Iterator[tuple[str, str]]:
    """Yield the metadata a JSON-LD script gives of an article (headline, date, outlet, language, address).

    Structured data is the page's own description of the article: read where the page
    has no <meta> tag for it. Anything that is not JSON, or describes no article, gives nothing.
    """
    text = "".join(parts)
    if len(text) > MAX_LINKED_DATA_CHARS:
        return
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # not JSON, or nested past what the parser follows
        return
    for item in _items(data):
        kinds = item.get("@type")
        if not any(isinstance(kind, str) and kind in ARTICLE_TYPES for kind in (kinds if isinstance(kinds, list)
                                                                                 else [kinds])):
            continue
        for field, key in LINKED_DATA_FIELDS.items():
            if isinstance(item.get(field), str) and item[field].strip():
                yield key, item[field].strip()
        publisher = item.get("publisher")
        publisher = publisher[0] if isinstance(publisher, list) and publisher else publisher
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str) and publisher["name"].strip():
            yield "outlet", publisher["name"].strip()
        return


def _items(data: Any) -> Iterator[dict[str, Any]]:
    """Yield the objects of JSON-LD data: the data itself, the items of a list, those of an @graph."""
    for item in data if isinstance(data, list) else [data]:
        if isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list):
                yield from (node for node in graph if isinstance(node, dict))


def read_html(text: str, path: str) -> list[Document]:
    """Return the main text; inside <article>/<main> when the page has one."""
    parser = _MainTextParser()
    parser.feed(text)
    parser.close()
    blocks = parser.blocks
    if any(in_main for _, _, in_main in blocks):
        blocks = [block for block in blocks if block[2]]
    parts: list[str] = []
    anchors: list[tuple[int, int]] = []
    offset = 0
    for line, block_text, _ in blocks:
        anchors.append((offset, line))
        parts.append(block_text)
        offset += len(block_text) + 2
    return [Document("\n\n".join(parts), tuple(anchors) or ((0, 1),), parser.meta)]
