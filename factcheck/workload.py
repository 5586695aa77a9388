"""Cut the files to extract into units of work for worker processes, and join the parts of a file again.

A file is the unit of extraction, but an archive exported as one JSON Lines file (or one
JSON list) of thousands of records would keep one process busy while the others wait.
Such a file is cut into parts of consecutive records: each worker extracts only its
part's records, numbered as in the whole file, and the parts' results are joined back
into the file's, as the cache stores it. Reading is quick beside extracting: a JSON
Lines part reads the file through once to count its records, then up to its own last
record, a line at a time (``load.records.JsonLines``); a JSON list is parsed whole.
"""

from __future__ import annotations

import dataclasses
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator

from factcheck.load import Part
from factcheck.models import Diagnostic
from factcheck.results import ArticleResult, FileResult

# A JSON file's records cannot be counted without parsing it: it is taken to hold one per
# this many bytes (the benchmark's articles are 5.5 KB, the seeds' 3 to 9 KB).
JSON_BYTES_PER_RECORD = 4096
# Records a part holds at the least: each part reads the file again.
MIN_RECORDS_PER_PART = 50
# Parts a file is cut into per process at the most: enough that the processes finish
# together, few enough that reading the file again stays cheap.
PARTS_PER_PROCESS = 4
READ_CHUNK = 1 << 20

# A unit of work: a file, and which of its records (see ``load.Part``).
Unit = tuple[str, Part]


def records_in(path: str) -> int:
    """Return about how many articles a file holds: a JSON Lines file's lines, a JSON file's size in
    ``JSON_BYTES_PER_RECORD``, else one.

    An estimate to plan with, not a parse: only JSON Lines files are read, and only their
    line breaks counted (blank lines too).
    """
    suffix = os.path.splitext(path)[1].lower()
    try:
        if suffix == ".json":
            return max(1, os.path.getsize(path) // JSON_BYTES_PER_RECORD)
        if suffix == ".jsonl":
            with open(path, "rb") as handle:
                return 1 + sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(READ_CHUNK), b""))
    except OSError:
        pass  # extraction reports why it cannot be read
    return 1


def units(files: list[str], records: list[int], processes: int) -> list[Unit]:
    """Return the units of work for ``processes`` processes: each file whole, or one of many records in parts."""
    planned: list[Unit] = []
    for path, count in zip(files, records):
        parts = min(processes * PARTS_PER_PROCESS, count // MIN_RECORDS_PER_PART) if processes > 1 else 1
        if parts > 1:
            planned.extend((path, (index, parts)) for index in range(parts))
        else:
            planned.append((path, None))
    return planned


def joined(planned: list[Unit], results: Iterable[FileResult]) -> Iterator[FileResult]:
    """Yield one result per file from the results of its units, in order; a unit of some records (a range) alone."""
    waiting: list[FileResult] = []
    for (_path, part), result in zip(planned, results):
        waiting.append(result)
        if part is None or isinstance(part, range) or part[0] == part[1] - 1:
            yield join(waiting)
            waiting = []


def record_runs(positions: list[int], processes: int) -> list[range]:
    """Cut record positions (in order) into runs of consecutive ones, each a unit of work for one of
    ``processes`` processes: the records of an archive that the claim cache does not hold."""
    runs: list[range] = []
    for position in positions:
        if runs and runs[-1].stop == position:
            runs[-1] = range(runs[-1].start, position + 1)
        else:
            runs.append(range(position, position + 1))
    if processes == 1:
        return runs
    size = max(MIN_RECORDS_PER_PART, -(-len(positions) // (processes * PARTS_PER_PROCESS)))
    return [range(start, min(start + size, run.stop)) for run in runs for start in range(run.start, run.stop, size)]


def by_record(result: FileResult, several: bool) -> dict[int, FileResult]:
    """Split the result of some records of a file into each record's, by position (``path#n`` is position n - 1).

    Every record gives an article or a problem, so each one read has a result; a record's
    result holds its article and every problem named after it. A result that is more
    than its records' (skipped whole, slowed by a pattern that ran out of time, or with
    a problem naming no record) is not split: {}.
    """
    if result.skipped is not None or result.timed_out:
        return {}
    articles: dict[int, list[ArticleResult]] = defaultdict(list)
    problems: dict[int, list[Diagnostic]] = defaultdict(list)
    for article in result.articles:
        position = _position(result.path, article.path, several)
        if position is None:
            return {}
        articles[position].append(article)
    for problem in result.diagnostics:
        position = _position(result.path, problem.path, several)
        if position is None:
            return {}
        problems[position].append(problem)
    return {position: FileResult(result.path, tuple(articles[position]), diagnostics=tuple(problems[position]))
            for position in sorted(articles.keys() | problems.keys())}


def rebased(record: FileResult, path: str, position: int, line: int, several: bool) -> FileResult:
    """Give one JSON record's result (cached when the record stood elsewhere) its place in the file now.

    Every line of a JSON record's text is the record's line, so every line its result
    names is set to the record's line now, and every path to the record's name now.
    """
    named = f"{path}#{position + 1}" if several else path
    if _placed(record, named, line):  # where it was: most records, when articles are appended to an archive
        return record if record.path == path else dataclasses.replace(record, path=path)
    articles = tuple(dataclasses.replace(
        article, path=named, claims=tuple(claim._replace(line=line) for claim in article.claims),
        suppressions=tuple(dataclasses.replace(comment, line=line) for comment in article.suppressions))
        for article in record.articles)
    diagnostics = tuple(diagnostic.model_copy(update={"path": named, "line": line if diagnostic.line else None})
                        for diagnostic in record.diagnostics)
    return FileResult(path, articles, diagnostics=diagnostics)


def _placed(record: FileResult, named: str, line: int) -> bool:
    """Return True when every path and line a JSON record's result names are already ``named`` and ``line``."""
    return (all(article.path == named and all(claim.line == line for claim in article.claims)
                and all(comment.line == line for comment in article.suppressions) for article in record.articles)
            and all(problem.path == named and problem.line in (None, line) for problem in record.diagnostics))


def _position(file: str, path: str, several: bool) -> int | None:
    """Return the position of the record of ``file`` that a path names (``archive.jsonl#3``: 2), or None."""
    if not several:
        return 0 if path == file else None
    number = path.removeprefix(file + "#")
    return int(number) - 1 if path.startswith(file + "#") and number.isdigit() else None


def join(parts: list[FileResult]) -> FileResult:
    """Join the results of a file's parts, in order, into the file's.

    A part skipped means the whole file was (it was changed or removed while being
    read): the file is skipped. A pattern that ran out of time in several parts is
    reported once, as for a file extracted whole.
    """
    if len(parts) == 1:
        return parts[0]
    path = parts[0].path
    skipped = next((part.skipped for part in parts if part.skipped is not None), None)
    if skipped is not None:
        return FileResult(path, skipped=skipped)
    timed_out = {(diagnostic.rule, diagnostic.message): diagnostic for part in parts for diagnostic in part.timed_out}
    return FileResult(path, articles=tuple(article for part in parts for article in part.articles),
                      diagnostics=tuple(diagnostic for part in parts for diagnostic in part.diagnostics),
                      timed_out=tuple(timed_out.values()))
