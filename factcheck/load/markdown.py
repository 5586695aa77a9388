"""Read a markdown article with optional TOML (+++) or YAML-style (---) front matter."""

from __future__ import annotations

import re
import tomllib

from factcheck.errors import NESTED_TOO_DEEPLY, ArticleError
from factcheck.load.document import Document

FRONT_MATTER_KEYS = {"title", "outlet", "url", "published", "language", "author", "source", "date"}


def read_markdown(text: str, path: str) -> list[Document]:
    """Split off front matter, keep the body's lines numbered as in the file."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fence = text.split("\n", 1)[0].strip()
    if fence not in ("---", "+++"):
        return [Document(text)]
    closing = re.search(rf"^{re.escape(fence)}\s*$", text[len(fence) + 1:], re.MULTILINE)
    if closing is None:
        raise ArticleError(f"front matter opened with '{fence}' is never closed", path=path, line=1)
    block = text[len(fence) + 1: len(fence) + 1 + closing.start()]
    body_start = len(fence) + 1 + closing.end() + 1
    meta = _parse_toml(block, path) if fence == "+++" else _parse_yaml_style(block, path)
    first_line = text.count("\n", 0, min(body_start, len(text))) + 1
    body = text[body_start:] if body_start <= len(text) else ""
    return [Document(body, ((0, first_line),), meta)]


def _parse_toml(block: str, path: str) -> dict[str, str]:
    """Parse TOML front matter into string values."""
    try:
        data = tomllib.loads(block)
    except tomllib.TOMLDecodeError as error:
        raise ArticleError(f"malformed TOML front matter: {error}", path=path) from None
    except RecursionError:  # arrays nested thousands deep
        raise ArticleError(f"malformed TOML front matter: {NESTED_TOO_DEEPLY}", path=path) from None
    return {key: str(value) for key, value in data.items() if key in FRONT_MATTER_KEYS}


def _parse_yaml_style(block: str, path: str) -> dict[str, str]:
    """Parse flat ``key: value`` lines; nested YAML is not front matter we read."""
    meta: dict[str, str] = {}
    for number, line in enumerate(block.split("\n"), start=2):
        if not line.strip() or line.lstrip().startswith("#") or line.startswith((" ", "\t", "-")):
            continue
        key, colon, value = line.partition(":")
        if not colon:
            raise ArticleError(f"malformed front matter line (expected 'key: value'): {line.strip()[:60]!r}",
                               path=path, line=number)
        key = key.strip().lower()
        if key in FRONT_MATTER_KEYS:
            meta[key] = value.strip().strip("'\"")
    return meta
