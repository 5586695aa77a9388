"""Read articles stored as JSON records: one object, a list of them, or JSON Lines.

An archive exported as JSON Lines can hold thousands of articles: one record that is
not valid JSON, or has no text, is returned as the ArticleError saying why, in its
place, so that the loader skips that record alone and the others keep their numbers.
Such an archive is read a line at a time (``JsonLines``), never whole: it may be any
size, the size limit holding for each of its records.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, BinaryIO, NamedTuple, overload

from factcheck.errors import NESTED_TOO_DEEPLY, ArticleError
from factcheck.load.decode import decode_line
from factcheck.load.document import Document

TEXT_KEYS = ("text", "body", "content", "article")
NEWLINE = re.compile("\n")
# Whitespace as JSON has it: no other character may stand between its tokens.
JSON_SPACE = re.compile(r"[ \t\n\r]*")
# Bytes read at a time while passing over the rest of a line longer than the size limit.
SKIP_CHUNK = 1 << 20
META_KEYS = {"title": "title", "outlet": "outlet", "source": "outlet", "url": "url", "published": "published",
             "date": "published", "language": "language", "lang": "language"}


def read_json(text: str, path: str) -> Records:
    """Read a .json file holding one article object or a list of them (invalid JSON: ArticleError).

    Each record of a list keeps the line it starts on, as a JSON Lines record does, so
    that a finding in an archive exported as a JSON list points at its record.
    """
    try:
        listed = _list_items(text)
        if listed is not None:
            return Records(listed, path, _record_or_error)
    except (ValueError, RecursionError):  # not well formed: json.loads says how, as it does of any file
        pass
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ArticleError(f"invalid JSON: {error.msg}", path=path, line=error.lineno) from None
    except RecursionError:  # arrays or objects nested thousands deep
        raise ArticleError(f"invalid JSON: {NESTED_TOO_DEEPLY}", path=path) from None
    return Records([(1, record) for record in (data if isinstance(data, list) else [data])], path, _record_or_error)


def _list_items(text: str) -> list[tuple[int, Any]] | None:
    """Return each item of a JSON list with the line it starts on; None when the text is no list.

    The items are parsed one at a time by the standard decoder, from where each starts;
    ValueError when the list is not well formed (then ``json.loads`` names the fault).
    """
    position = JSON_SPACE.match(text).end()
    if not text.startswith("[", position):
        return None
    decoder = json.JSONDecoder()
    items: list[tuple[int, Any]] = []
    line, counted = 1, 0  # the line ``counted`` lies on
    position = JSON_SPACE.match(text, position + 1).end()
    closed = text.startswith("]", position)
    while not closed:
        line += text.count("\n", counted, position)
        counted = position
        item, position = decoder.raw_decode(text, position)
        items.append((line, item))
        position = JSON_SPACE.match(text, position).end()
        closed = text.startswith("]", position)
        if not closed:
            if not text.startswith(",", position):
                raise ValueError("expected ',' or ']'")
            position = JSON_SPACE.match(text, position + 1).end()
    if JSON_SPACE.match(text, position + 1).end() != len(text):
        raise ValueError("extra data after the list")
    return items


def read_jsonl(text: str, path: str) -> Records:
    """Read a .jsonl file decoded whole: one article object per non-empty line, or the error that line holds.

    Only a file in UTF-16 is read so; any other is read a line at a time (``JsonLines``).
    """
    # Lines end at "\n" alone, as JSON Lines says: a JSON string may hold U+2028, U+0085
    # and the other breaks ``str.splitlines`` would cut a record at.
    lines = enumerate((line.removesuffix("\r") for line in text.split("\n")), start=1)
    return Records([(number, line) for number, line in lines if line.strip()], path, _parsed_line)


class Records(Sequence[Document | ArticleError]):
    """A file's records, each made a document only when asked for.

    A worker given one part of a large archive (see ``factcheck.workload``) reads only
    the records of its part, while each keeps its number in the whole file. ``items``
    are (line, what the record was read from); ``read`` makes one a document or an error.
    """

    def __init__(self, items: list[tuple[int, Any]], path: str,
                 read: Callable[[Any, str, int], Document | ArticleError]) -> None:
        self._items = items
        self._path = path
        self._read = read

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> Document | ArticleError: ...

    @overload
    def __getitem__(self, index: slice) -> list[Document | ArticleError]: ...

    def __getitem__(self, index: int | slice) -> Document | ArticleError | list[Document | ArticleError]:
        if isinstance(index, slice):
            return [self[position] for position in range(len(self))[index]]
        line, item = self._items[index]
        return self._read(item, self._path, line)


class Survey(NamedTuple):
    """What reading a JSON Lines file through tells: its records, the first one, and whether any can be read."""

    count: int
    first: Document | ArticleError | None
    any_readable: bool


class JsonLines:
    """A JSON Lines file read a line at a time: how many records it holds, and each record when asked for.

    ``survey`` reads the file through, counting its records (the lines that are not
    blank) and parsing them only until one can be read, so that a file none of whose
    records can be read is refused whole, as a file of one is. ``records`` reads from
    the start again, only as far as the last record asked for: a worker extracting one
    part of an archive of any size (see ``factcheck.workload``) holds one record at a
    time. ``fingerprints`` hash each record's bytes, so that the claim cache can keep
    an archive's records one by one. A line longer than ``max_bytes`` is passed over,
    unread, as a record over the limit.
    """

    def __init__(self, path: str, max_bytes: int) -> None:
        self.path = path
        self.max_bytes = max_bytes

    def survey(self) -> Survey:
        """Read the file through: count its records, and parse them until one can be read."""
        count = 0
        first: Document | ArticleError | None = None
        any_readable = False
        for number, _content, line in self._lines():
            if not any_readable:
                record = _parsed(line, self.path, number)
                first = record if first is None else first
                any_readable = readable(record)
            count += 1
        return Survey(count, first, any_readable)

    def records(self, positions: range) -> Iterator[tuple[int, Document | ArticleError]]:
        """Yield the records at these consecutive positions (counted from 0 over the records), with their positions."""
        if not positions:
            return
        for position, (number, _content, line) in enumerate(self._lines()):
            if position >= positions.stop:
                return
            if position >= positions.start:
                yield position, _parsed(line, self.path, number)

    def record_lines(self) -> Iterator[int]:
        """Yield the line each record is on, in order."""
        return (number for number, _content, _line in self._lines())

    def fingerprints(self) -> Iterator[tuple[int, bytes]]:
        """Yield each record's line number and the SHA-256 of its bytes (of its size, for a record over the limit)."""
        for number, content, line in self._lines():
            if content is None:  # over the limit: what is said of it depends on its size alone
                assert isinstance(line, ArticleError)
                yield number, hashlib.sha256(f"over the limit: {line.message}".encode()).digest()
            else:
                yield number, hashlib.sha256(content).digest()

    def _lines(self) -> Iterator[tuple[int, bytes | None, str | ArticleError]]:
        """Yield each line that is not blank: its number, its bytes (None when over the limit), and its text
        or why it cannot be read.

        Lines end at "\n" alone, as JSON Lines says (a JSON string may hold U+2028 and the
        other breaks ``str.splitlines`` would cut a record at), with "\r\n" allowed.
        """
        with open(self.path, "rb") as handle:
            if handle.read(len(codecs.BOM_UTF8)) != codecs.BOM_UTF8:
                handle.seek(0)
            number = 0
            while line := handle.readline(self.max_bytes + 2):
                number += 1
                content = line.removesuffix(b"\n").removesuffix(b"\r")
                if len(content) > self.max_bytes:
                    size = len(content) + (0 if line.endswith(b"\n") else _rest_of_line(handle))
                    yield number, None, ArticleError(f"is {size / 1e6:.1f} MB, over the {self.max_bytes / 1e6:g} MB "
                                                     "limit (max-article-mb)", path=self.path, line=number)
                    continue
                text = decode_line(content, self.path, number)
                if isinstance(text, ArticleError) or text.strip():
                    yield number, content, text


def readable(record: Document | ArticleError) -> bool:
    """Return True for a record with text to check."""
    return isinstance(record, Document) and bool(record.text.strip())


def _rest_of_line(handle: BinaryIO) -> int:
    """Read past the rest of the line the handle is in; return how many bytes it held."""
    skipped = 0
    while chunk := handle.readline(SKIP_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _parsed(line: str | ArticleError, path: str, number: int) -> Document | ArticleError:
    """Return the document of one JSON line's text, or the error saying why it is none."""
    return line if isinstance(line, ArticleError) else _parsed_line(line, path, number)


def _parsed_line(line: str, path: str, number: int) -> Document | ArticleError:
    """Return the document of one JSON line, or the error saying why it is none."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return ArticleError(f"invalid JSON: {error.msg}", path=path, line=number)
    except RecursionError:
        return ArticleError(f"invalid JSON: {NESTED_TOO_DEEPLY}", path=path, line=number)
    return _record_or_error(record, path, number)


def _record_or_error(record: Any, path: str, line: int) -> Document | ArticleError:
    """Return the record's document, or the error saying why it is none."""
    try:
        return _record(record, path, line)
    except ArticleError as error:
        return error


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
    anchors = ((0, line), *((newline.end(), line) for newline in NEWLINE.finditer(body)))
    return Document(body, anchors, meta)


def _valid_text(text: str) -> str:
    """Replace lone surrogates (JSON allows "\\ud800") with U+FFFD, so every report stays valid UTF-8."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
