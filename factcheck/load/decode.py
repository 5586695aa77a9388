"""Turn an article file's bytes into text, or say clearly why that is impossible."""

from __future__ import annotations

import codecs
import re

from factcheck.errors import ArticleError

# A byte below space that text does not hold (tab, line feed, form feed and carriage return it does).
CONTROL_BYTE = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")


def decode_bytes(data: bytes, path: str) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; refuse binary files.

    Windows-1252 is accepted only when UTF-8 fails and the bytes hold no control
    characters, so a binary file is never read as mojibake text.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", path)
    if b"\x00" in data[:4096]:
        raise ArticleError("looks like a binary file (NUL bytes), not an article", path=path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if CONTROL_BYTE.search(data, 0, 65536):
        raise ArticleError("looks like a binary file (control bytes), not an article", path=path)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise ArticleError("is neither UTF-8 nor Windows-1252 text", path=path) from None


def _strict(data: bytes, encoding: str, path: str) -> str:
    """Decode with one encoding, naming the file when the bytes do not fit."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ArticleError(f"invalid {encoding} at byte {error.start}", path=path) from None


def decode_line(data: bytes, path: str, line: int) -> str | ArticleError:
    """Decode one line of a file read a line at a time as ``decode_bytes`` decodes a file, or say why it cannot be.

    The line is UTF-8, or else Windows-1252 when it holds no control bytes: a record
    written in another encoding than its neighbours costs that record alone.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if CONTROL_BYTE.search(data):
        return ArticleError("looks like binary data (control bytes), not an article", path=path, line=line)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return ArticleError("is neither UTF-8 nor Windows-1252 text", path=path, line=line)
