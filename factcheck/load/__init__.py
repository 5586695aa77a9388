"""Load articles: find files, read each format, mark boilerplate, infer metadata."""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from factcheck.errors import ArticleError, UsageError
from factcheck.load.boilerplate import BoilerplateMarker
from factcheck.load.decode import decode_bytes
from factcheck.load.document import Document
from factcheck.load.html import read_html
from factcheck.load.markdown import read_markdown
from factcheck.load.metadata import MetadataReader
from factcheck.load.records import JsonLines, read_json, read_jsonl, readable
from factcheck.load.text import read_text
from factcheck.models import PartialDate

# Each reader returns a file's records in order: a document, or the error that leaves a record unreadable.
READERS: dict[str, Callable[[str, str], Sequence[Document | ArticleError]]] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
}
MAX_ARTICLE_BYTES = 50_000_000
# Which of a file's records to read: all (None), the i-th of n runs of about equal length
# ((i, n): a part of a large file), or those at some positions (a range: the records of a
# JSON Lines archive that the claim cache does not hold).
Part = tuple[int, int] | range | None
# Files that live beside articles but are not articles, skipped when a folder is searched
# (naming one on the command line still reads it): the hand labels `factcheck eval` reads.
NOT_ARTICLES = frozenset({"labels.json"})


@dataclass(frozen=True, slots=True)
class LoadedArticle:
    """One article's text and metadata, with the ranges that hold no claims."""

    path: str
    title: str
    outlet: str | None
    url: str | None
    published: PartialDate | None
    language: str | None
    document: Document
    skipped: tuple[tuple[int, int], ...]
    problems: tuple[str, ...] = ()  # what was read but cannot be right (a published date off the calendar)
    # The month and day of an undated article's wire dateline that gives no year (see ``pipeline``).
    day_without_year: tuple[int, int] | None = None


def discover(paths: list[str]) -> list[str]:
    """Expand folders recursively into article files, in a stable order.

    Paths are kept as the user spelled them, so reports show what they typed. Hidden
    files and folders are skipped, as are files of formats we do not read and the
    files named in NOT_ARTICLES.
    """
    found: list[str] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            _walk(given, found)
        elif path.is_file() or path.is_symlink():
            if path.suffix.lower() not in READERS:
                raise UsageError(f"unsupported article format '{path.suffix or '(none)'}' "
                                 f"(expected one of: {', '.join(READERS)})", path=given)
            found.append(given)
        else:
            raise UsageError("no such file or folder", path=given)
    return list(dict.fromkeys(found))


def has_utf8_name(path: str) -> bool:
    """Return True when the path is valid UTF-8, as every report needs the paths it names to be.

    Python keeps a file name's bytes that are not UTF-8 as lone surrogates ("caf\udce9.txt"),
    which no JSON, SARIF or terminal output can hold.
    """
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def printable_path(path: str) -> str:
    """Return the path with each byte that is not UTF-8 written as ``\\xNN``, as a warning can show it."""
    try:
        raw = path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that no file name decodes to
        return path.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


def _walk(folder: str, found: list[str]) -> None:
    """Add a folder's article files to ``found``: its own, sorted by name, then each subfolder's in turn.

    Entries come from ``os.scandir``, whose file types the operating system gives with
    the names: asking ``os.path.isfile`` of each file (as ``os.walk`` and a test per
    file did) was a tenth of a --new run over 10,000 cached articles. Linked folders are
    not followed; a folder that cannot be listed is passed over, as ``os.walk`` does.
    Folders wait on a stack of their own, not on Python's call stack, which a tree
    nested a thousand folders deep would overflow.
    """
    waiting = [folder]
    while waiting:
        try:
            with os.scandir(waiting.pop()) as listing:
                entries = list(listing)
        except OSError:
            continue
        folders = []
        for entry in sorted(entries, key=lambda entry: entry.name):
            name = entry.name
            if name.startswith("."):
                continue
            if _is_folder(entry):
                if not entry.is_symlink():
                    folders.append(entry.path)
            elif (name not in NOT_ARTICLES and os.path.splitext(name)[1].lower() in READERS
                  and _readable_kind(entry)):
                found.append(entry.path)
        waiting.extend(reversed(folders))  # the first subfolder on top: walked next, with all it holds


def _is_folder(entry: os.DirEntry[str]) -> bool:
    """Return True when the entry is a folder or links to one (False when it cannot be asked)."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _readable_kind(entry: os.DirEntry[str]) -> bool:
    """Return True for regular files and symlinks; FIFOs, sockets and devices would block or never end.

    A broken symlink is kept so that the run can say it points nowhere.
    """
    try:
        return entry.is_file() or entry.is_symlink()
    except OSError:
        return False


def load_file(path: str, marker: BoilerplateMarker, reader: MetadataReader, max_bytes: int = MAX_ARTICLE_BYTES,
              part: Part = None) -> Iterator[LoadedArticle | ArticleError]:
    """Read one file into its records, in order: an article, or the error that leaves the record unreadable.

    A file of several records (a JSON list, JSON Lines) loses only the records that
    cannot be read, each named ``path#n`` (numbered over every record, so the others keep
    their numbers): one bad line must not cost an archive of thousands its report. A
    file with no readable record is refused whole (ArticleError, at once), as a file of
    one is. ``part`` reads only some of the records (see ``Part``), for a worker
    extracting part of a large file (``factcheck.workload``). The records are
    read as they are asked for: a JSON Lines archive, read a line at a time, may be of
    any size, ``max_bytes`` holding for each of its records rather than for the file.
    """
    if os.path.islink(path) and not os.path.exists(path):
        raise ArticleError("is a symbolic link that points nowhere", path=path)
    try:
        lines = json_lines(path, max_bytes)
        if lines is None:
            records = _whole_file(path, max_bytes)
            count, first, any_readable = len(records), records[0] if records else None, any(map(readable, records))
            read: Callable[[range], Iterator[tuple[int, Document | ArticleError]]] = partial(_at, records)
        else:
            (count, first, any_readable), read = lines.survey(), lines.records
    except OSError as error:
        raise ArticleError(f"cannot read: {error.strerror or error}", path=path) from None
    if not any_readable:
        raise _unreadable_file(path, count, first)
    return _loaded_records(path, read(_positions(part, count)), count > 1, marker, reader)


def json_lines(path: str, max_bytes: int) -> JsonLines | None:
    """Open a JSON Lines file to be read a line at a time; None for any other file, or one in UTF-16, read whole."""
    if os.path.splitext(path)[1].lower() != ".jsonl":  # not pathlib: a run asks this of every file
        return None
    with open(path, "rb") as handle:
        head = handle.read(4096)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if b"\x00" in head:
        raise ArticleError("looks like a binary file (NUL bytes), not an article", path=path)
    return JsonLines(path, max_bytes)


def _whole_file(path: str, max_bytes: int) -> Sequence[Document | ArticleError]:
    """Read a file whole, within ``max_bytes``, and return its records."""
    size = os.path.getsize(path)
    if size > max_bytes:
        # A JSON list is an archive read whole: the same records as JSON Lines are read one at a time.
        hint = "; as JSON Lines (.jsonl) an archive is read record by record, of any size" \
            if Path(path).suffix.lower() == ".json" else ""
        raise ArticleError(f"is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit (max-article-mb){hint}",
                           path=path)
    with open(path, "rb") as handle:
        data = handle.read()
    return READERS[Path(path).suffix.lower()](decode_bytes(data, path), path)


def _at(records: Sequence[Document | ArticleError], positions: range) -> Iterator[tuple[int, Document | ArticleError]]:
    """Yield the records at these positions, each with its position."""
    return ((position, records[position]) for position in positions)


def _loaded_records(path: str, records: Iterator[tuple[int, Document | ArticleError]], several: bool,
                    marker: BoilerplateMarker, reader: MetadataReader) -> Iterator[LoadedArticle | ArticleError]:
    """Yield each record loaded, or its error, named ``path#n`` in a file of several.

    A file that cannot be read on (changed or removed since it was opened) is refused
    whole, as ArticleError.
    """
    try:
        for position, record in records:
            record_path = f"{path}#{position + 1}" if several else path
            if isinstance(record, ArticleError):
                yield ArticleError(record.message, path=record_path, line=record.line)
            elif not readable(record):
                yield ArticleError("is empty", path=record_path, line=record.anchors[0][1])
            else:
                yield _loaded(record_path, record, marker, reader)
    except OSError as error:
        raise ArticleError(f"cannot read: {error.strerror or error}", path=path) from None


def _positions(part: Part, count: int) -> range:
    """Return the positions of the records a part of a file of ``count`` records holds (see ``Part``)."""
    if part is None:
        return range(count)
    if isinstance(part, range):
        return range(min(part.start, count), min(part.stop, count))
    return part_range(part, count)


def part_range(part: tuple[int, int], count: int) -> range:
    """Return the positions of the records in part (i, n) of ``count``: the i-th of n runs of about equal length."""
    index, parts = part
    return range(count * index // parts, count * (index + 1) // parts)


def _unreadable_file(path: str, count: int, first: Document | ArticleError | None) -> ArticleError:
    """Return the error refusing a file none of whose ``count`` records can be read, naming the first one's problem."""
    if first is None:
        return ArticleError("holds no article", path=path)
    if isinstance(first, ArticleError):
        message, line = first.message, first.line
    else:
        message, line = "is empty", first.anchors[0][1] if count > 1 else None
    whole = f" (none of its {count} records can be read)" if count > 1 else ""
    return ArticleError(message + whole, path=path, line=line)


def _loaded(path: str, document: Document, marker: BoilerplateMarker, reader: MetadataReader) -> LoadedArticle:
    """Mark one record's boilerplate and infer its metadata."""
    marks = marker.mark(document.text)
    inferred = reader.infer(document.text, document.meta, marks)
    skipped = marks.dropped + ((inferred.dateline,) if inferred.dateline else ())
    return LoadedArticle(
        path=path, title=inferred.title, outlet=inferred.outlet, url=document.meta.get("url"),
        published=inferred.published, language=inferred.language, document=document,
        skipped=tuple(sorted(skipped)), problems=inferred.problems, day_without_year=inferred.day_without_year,
    )
