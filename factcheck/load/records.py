"""Read articles stored as JSON records: one object, a list of them, or JSON Lines."""

from __future__ import annotations

import json
from typing import Any

from factcheck.errors import NESTED_TOO_DEEPLY, ArticleError
from factcheck.load.document import Document

TEXT_KEYS = ("text", "body", "content", "article")
META_KEYS = {"title": "title", "outlet": "outlet", "source": "outlet", "url": "url", "published": "published",
             "date": "published", "language": "language", "lang": "language"}


def read_json(text: str, path: str) -> list[Document]:
    """Read a .json file holding one article object or a list of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ArticleError(f"invalid JSON: {error.msg}", path=path, line=error.lineno) from None
    except RecursionError:  # arrays or objects nested thousands deep
        raise ArticleError(f"invalid JSON: {NESTED_TOO_DEEPLY}", path=path) from None
    records = data if isinstance(data, list) else [data]
    return [_record(record, path, 1) for record in records]


def read_jsonl(text: str, path: str) -> list[Document]:
    """Read a .jsonl file: one article object per non-empty line."""
    documents = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise ArticleError(f"invalid JSON: {error.msg}", path=path, line=number) from None
        except RecursionError:
            raise ArticleError(f"invalid JSON: {NESTED_TOO_DEEPLY}", path=path, line=number) from None
        documents.append(_record(record, path, number))
    return documents


def _record(record: Any, path: str, line: int) -> Document:
    """Turn one JSON object into a document; its text is all on the record's line."""
    if not isinstance(record, dict):
        raise ArticleError("a JSON article must be an object with a 'text' field", path=path, line=line)
    body = next((record[key] for key in TEXT_KEYS if isinstance(record.get(key), str)), None)
    if body is None:
        raise ArticleError(f"JSON article has none of the text fields {', '.join(TEXT_KEYS)}", path=path, line=line)
    meta = {META_KEYS[key]: _valid_text(str(value)) for key, value in record.items()
            if key in META_KEYS and value is not None and not isinstance(value, (dict, list))}
    body = _valid_text(body).replace("\r\n", "\n")
    # Text inside a JSON string has no file lines of its own: every offset maps to the record's line.
    anchors = tuple((offset, line) for offset in [0, *[i + 1 for i, ch in enumerate(body) if ch == "\n"]])
    return Document(body, anchors, meta)


def _valid_text(text: str) -> str:
    """Replace lone surrogates (JSON allows "\\ud800") with U+FFFD, so every report stays valid UTF-8."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
