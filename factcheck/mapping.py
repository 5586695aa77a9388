"""The map step: every file's extraction, from the claim cache or in worker processes.

A file's extraction depends only on its content and the rules (``pipeline.Pipeline``),
so it can run in any process and be kept between runs. This module decides what to
extract (what the cache lacks: whole files, or the records of a JSON Lines archive),
in how many processes (``auto_jobs``), cut into which units (``workload``), and puts
each file's result back together in order. A run that compares nothing needs only how
many articles and claims each file gave (``count_files``), which the cache keeps apart.
"""

from __future__ import annotations

import os
import signal
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from factcheck import codec
from factcheck.models import Diagnostic, PartialDate
from factcheck.results import FileResult
from factcheck.ruleset import RuleSet
from factcheck.workload import Unit, by_record, join, joined, rebased, record_runs, records_in, units

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from factcheck.cache import ClaimCache
    from factcheck.pipeline import Pipeline

_worker_pipeline: Pipeline | None = None
# The pipeline this process compiled last, with its rules: a run that dates wire copy maps twice.
_local_pipeline: tuple[RuleSet, Pipeline] | None = None
T = TypeVar("T")
# Articles each process extracts at the least when the number of processes is left to factcheck.
# On a 2-core machine two processes are already as fast as one at 50 files (0.48 s against
# 0.49 s), and faster at 100 (0.58 s against 0.62 s) and 200 (0.73 s against 0.91 s);
# where workers start by launching a new interpreter rather than forking, they cost more.
ARTICLES_PER_PROCESS = 100
# Processes at most when the number is left to factcheck: each worker holds its own compiled
# rules (45 MB with the benchmark's 4,000 entities), and the comparison after extraction
# runs in one process, so that beyond a few workers a run hardly gets faster.
MAX_AUTO_PROCESSES = 8
# Cached files a run reads at the least for a worker process to extract the files the cache
# lacks while this process reads the cached ones, when factcheck picks the processes: a
# --new run of one article against 10,000 cached ones reads them in 1.5 s, and building
# the extractors and extracting the article takes 0.6 s more when done after.
READ_BESIDE_MIN_CACHED = 1000
# Told (files extracted, files to extract) as extraction goes, so a caller can show progress.
Progress = Callable[[int, int], None]
# The date the run gives an article file whose only date is a wire dateline without a year
# (``dateline_years``), by path: the file is extracted (and cached) with it.
Dated = Mapping[str, PartialDate]
NOT_DATED: Dated = MappingProxyType({})  # a run, or a first map pass, that dates no file
_worker_dated: Dated = NOT_DATED


def map_files(files: list[str], rules: RuleSet, jobs: int | None, cache_dir: Path | None = None,
              diagnostics: list[Diagnostic] | None = None, progress: Progress | None = None,
              dated: Dated = NOT_DATED) -> Iterator[FileResult]:
    """Extract files in order: from the cache when it has them, the rest in worker processes.

    A JSON Lines archive is cached record by record (``ClaimCache.record_keys``): only
    the records the cache does not hold are extracted, and the file's result is put
    together from theirs and the cached ones, each moved to where it stands now.
    ``dated`` gives some files (not archives) the date of their dateline (see ``Dated``).
    """
    if cache_dir is None:
        yield from _extract_files(files, rules, jobs, progress, dated)
        return
    cache = _opened(cache_dir, rules, diagnostics)
    try:
        archives, keys = _lookups(cache, files, rules)
        keys = {path: cache.dated_key(key, dated[path]) if key is not None and path in dated else key
                for path, key in keys.items()}
        yield from _from_cache(cache, files, archives, keys, rules, jobs, progress, dated)
    finally:
        cache.close()


def _from_cache(cache: ClaimCache, files: list[str], archives: dict[str, list[tuple[int, str]]],
                keys: dict[str, str | None], rules: RuleSet, jobs: int | None,
                progress: Progress | None, dated: Dated = NOT_DATED) -> Iterator[FileResult]:
    """Yield the files' results, in order: read from the open cache (``archives`` and ``keys``, see
    ``_lookups``) where it holds them, extracted and stored where it does not."""
    held = cache.held([key for key in keys.values() if key is not None])
    records = cache.get_results([key for listed in archives.values() for _line, key in listed])
    missing = [path for path, key in keys.items() if key not in held]
    gaps = {path: [position for position, (_line, key) in enumerate(listed) if key not in records]
            for path, listed in archives.items()}
    # Extracted by a worker process while this one reads the cache, when the cache holds many.
    beside = jobs is None and len(held) >= READ_BESIDE_MIN_CACHED
    extraction = _start_missing(missing, gaps, rules, jobs, progress, dated, beside)
    cached = cache.get_all({path: key for path, key in keys.items() if key in held})
    fresh, encoded, runs = extraction()
    spoilt = [path for path, key in keys.items() if key in held and path not in cached]
    if spoilt:  # entries that did not validate: deleted, and their files extracted again
        again, encoded_again, _runs = _start_missing(spoilt, {}, rules, jobs, progress, dated)()
        fresh.update(again)
        encoded.update(encoded_again)
        missing += spoilt
    for path in missing:
        if keys[path] is not None:
            cache.put(keys[path], fresh[path], encoded.get(path))
    for path, done in runs.items():
        for run, result in done:
            for position, record in by_record(result, len(archives[path]) > 1).items():
                if position in run:
                    cache.put(archives[path][position][1], record)
    for path in files:
        if path in archives:
            yield _assembled(path, archives[path], records, runs.get(path, []), rules)
        else:
            yield cached.get(path) or fresh[path]


def _opened(cache_dir: Path, rules: RuleSet, diagnostics: list[Diagnostic] | None) -> ClaimCache:
    """Open the claim cache for these rules, telling ``diagnostics`` if it had to be rebuilt."""
    from factcheck.cache import ClaimCache

    cache = ClaimCache(cache_dir, rules.fingerprint())
    if diagnostics is not None:
        diagnostics.extend(cache.warnings)
    return cache


class FileCount(NamedTuple):
    """How many articles and claims a file gave, and the problems met reading it, in the order a report lists them."""

    articles: int
    claims: int
    diagnostics: tuple[Diagnostic, ...] = ()

    @classmethod
    def of(cls, result: FileResult) -> FileCount:
        """Count a file's result."""
        return cls(len(result.articles), sum(len(article.claims) for article in result.articles), result.problems())


def count_files(files: list[str], rules: RuleSet, jobs: int | None, cache_dir: Path | None = None,
                diagnostics: list[Diagnostic] | None = None, progress: Progress | None = None
                ) -> Iterator[FileCount]:
    """Count each file's articles and claims, in order, for a run that compares nothing.

    Where the cache holds every entry of a file (the file, or each record of an archive),
    none with a warning, the counts stored beside the entries are all that is read: a
    CI run with no new article over 10,000 cached ones need not read their claims. Any
    other file is extracted, or read from the same cache, as ``map_files`` does.
    """
    if cache_dir is None:
        yield from map(FileCount.of, _extract_files(files, rules, jobs, progress))
        return
    cache = _opened(cache_dir, rules, diagnostics)
    try:
        archives, keys = _lookups(cache, files, rules)
        entries = {path: [key for _line, key in archives[path]] if path in archives else [keys[path]]
                   for path in files}
        counts = cache.get_counts([key for listed in entries.values() for key in listed if key is not None])
        counted: dict[str, FileCount] = {}
        for path, listed in entries.items():
            if all(key in counts for key in listed):
                articles, claims = map(sum, zip(*(counts[key] for key in listed)))
                if articles:  # an archive that gives no article is refused as map_files refuses it
                    counted[path] = FileCount(articles, claims)
        rest = [path for path in files if path not in counted]
        extracted = _from_cache(cache, rest, {path: archives[path] for path in rest if path in archives},
                                {path: keys[path] for path in rest if path in keys}, rules, jobs, progress)
        for path in files:
            yield counted[path] if path in counted else FileCount.of(next(extracted))
    finally:
        cache.close()


def _lookups(cache: ClaimCache, files: list[str], rules: RuleSet
             ) -> tuple[dict[str, list[tuple[int, str]]], dict[str, str | None]]:
    """Return the line and cache key of each record of the JSON Lines archives (cached record by record),
    and the cache key of every other file (None when it cannot be read)."""
    archives = {path: listed for path in files
                if (listed := cache.record_keys(path, rules.limits.max_article_bytes)) is not None}
    return archives, {path: _cache_key(cache, path) for path in files if path not in archives}


def _cache_key(cache: ClaimCache, path: str) -> str | None:
    """Return a file's cache key, or None when it cannot be read (extraction reports why)."""
    try:
        return cache.key(path)
    except OSError:
        return None


# Runs of an archive's records extracted together, each with its result.
Runs = dict[str, list[tuple[range, FileResult]]]


# What extracting the files and records a cache lacks gives: the files' results, the JSON that worker
# processes sent of the files they extracted whole (what the cache stores, so it need not be written
# again), and each archive's runs of records with their results.
Extracted = tuple[dict[str, FileResult], dict[str, bytes], Runs]


def _start_missing(files: list[str], gaps: dict[str, list[int]], rules: RuleSet, jobs: int | None,
                   progress: Progress | None, dated: Dated, beside: bool = False) -> Callable[[], Extracted]:
    """Start extracting the files the cache does not hold, and the records of archives it does not hold
    (``gaps``: their positions), together, in worker processes when it pays; return the function
    that waits for them to be done and gives what they gave (``Extracted``).

    Worker processes start at once, so this process can read the cache meanwhile; ``beside`` asks
    for one even where a single process would do, so that it does.
    """
    records = [1] * len(files) if jobs == 1 else [records_in(path) for path in files]
    jobs = _processes(sum(records) + sum(map(len, gaps.values())), jobs)
    ranged = [(path, run) for path, positions in gaps.items() for run in record_runs(positions, jobs)]
    planned: list[Unit] = [*units(files, records, jobs), *ranged]
    if not planned:
        return lambda: ({}, {}, {})
    extracted = _extract_units(planned, rules, min(jobs, len(planned)), dated, beside)
    if progress is not None:
        extracted = _counted(extracted, len(planned), progress)

    def done() -> Extracted:
        outputs = list(extracted)
        encoded = {path: encoding for (path, part), (_result, encoding) in zip(planned, outputs)
                   if part is None and encoding is not None}
        stream = joined(planned, (result for result, _encoding in outputs))  # the files' first, then the runs'
        fresh = {path: next(stream) for path in files}
        runs: Runs = defaultdict(list)
        for path, run in ranged:
            runs[path].append((run, next(stream)))
        return fresh, encoded, dict(runs)

    return done


def _assembled(path: str, listed: list[tuple[int, str]], records: dict[str, FileResult],
               done: list[tuple[range, FileResult]], rules: RuleSet) -> FileResult:
    """Put an archive's result together from its records' cached results and the runs of records just extracted.

    An archive none of whose records gives an article now is extracted whole, here, so that
    it is refused (or not) exactly as a file read whole is.
    """
    several = len(listed) > 1
    extracted = {run.start: (run, result) for run, result in done}
    pieces: list[FileResult] = []
    position = 0
    while position < len(listed):
        if position in extracted:
            run, result = extracted[position]
            pieces.append(result)
            position = run.stop
        else:
            line, key = listed[position]
            pieces.append(rebased(records[key], path, position, line, several))
            position += 1
    result = join(pieces) if pieces else FileResult(path)
    if result.skipped is None and not result.articles:
        return _pipeline(rules).extract_file(path)
    return result


def _extract_files(files: list[str], rules: RuleSet, jobs: int | None,
                   progress: Progress | None = None, dated: Dated = NOT_DATED) -> Iterator[FileResult]:
    """Extract files in order, in worker processes when jobs > 1 (``None``: as many as pay, see ``auto_jobs``).

    With more than one process, a large JSON Lines file is extracted in parts, by
    several processes (``workload``); ``progress`` counts the parts.
    """
    fresh, _encoded, _runs = _start_missing(files, {}, rules, jobs, progress, dated)()
    return (fresh[path] for path in files)


def _processes(articles: int, jobs: int | None) -> int:
    """Return how many processes to extract ``articles`` articles in: ``jobs`` at most, as many as pay when None."""
    return auto_jobs(articles) if jobs is None else max(1, min(jobs, articles, _usable_cores()))


def _extract_units(planned: list[Unit], rules: RuleSet, jobs: int, dated: Dated,
                   apart: bool = False) -> Iterator[tuple[FileResult, bytes | None]]:
    """Extract the units of work in order, in ``jobs`` worker processes when more than one (or when
    ``apart``), started at once; yield each unit's result with the JSON a worker sent it as (None
    when extracted in this process).

    Where this system cannot run worker processes (a sandbox without shared memory),
    the units are extracted in this one: the run is slower, not broken.
    """
    if jobs == 1 and not apart:
        pipeline = _pipeline(rules)
        return ((pipeline.extract_file(path, part, dated.get(path)), None) for path, part in planned)
    from concurrent.futures import ProcessPoolExecutor  # here: a one-process run needs none of multiprocessing

    chunk = max(1, len(planned) // (jobs * 8))
    try:
        # A plain dict: the arguments are pickled where workers start as new interpreters.
        pool = ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(rules, dict(dated)))
        encodings = pool.map(_extract_in_worker, planned, chunksize=chunk)  # every unit queued now
    except (OSError, NotImplementedError):  # no worker processes here (no shared memory for their queues)
        return _extract_units(planned, rules, 1, dated)
    return _decoded(pool, encodings)


def _decoded(pool: ProcessPoolExecutor, encodings: Iterator[bytes]) -> Iterator[tuple[FileResult, bytes]]:
    """Yield each unit's result, as the workers send it, with its JSON; then shut the workers down."""
    try:
        yield from ((codec.decode(encoding), encoding) for encoding in encodings)
    except BaseException:
        # Ctrl-C or a failure: drop the queued files instead of finishing them first.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def _pipeline(rules: RuleSet) -> Pipeline:
    """Return the pipeline compiled for these rules in this process, compiling it only when the rules
    are not the last ones: compiling takes a fifth of a second, and a run that dates wire copy by
    the other articles (``dateline_years``) maps a second time."""
    global _local_pipeline
    if _local_pipeline is None or _local_pipeline[0] is not rules:
        _local_pipeline = (rules, _new_pipeline(rules))
    return _local_pipeline[1]


def _new_pipeline(rules: RuleSet) -> Pipeline:
    """Compile the extractors for these rules, importing them only now: their modules compile
    their patterns as they load (a tenth of a second), which a run whose files are all
    cached, or extracted in workers, never needs in this process."""
    from factcheck.pipeline import Pipeline

    return Pipeline(rules)


def auto_jobs(articles: int) -> int:
    """Return how many processes to extract ``articles`` articles in when the user did not say: one per usable
    core, each with at least ``ARTICLES_PER_PROCESS`` articles, and no more than ``MAX_AUTO_PROCESSES``.

    A small run stays in one process, where starting workers would cost more than they
    save; the files of a cached run that are already in the cache do not count. A JSON
    Lines file counts as many articles as it has lines.
    """
    return max(1, min(_usable_cores(), articles // ARTICLES_PER_PROCESS, MAX_AUTO_PROCESSES))


def _usable_cores() -> int:
    """Return the cores this process may run on (a container or ``taskset`` may allow fewer than the machine has)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _counted(results: Iterator[T], total: int, progress: Progress) -> Iterator[T]:
    """Pass results through, telling ``progress`` how many of ``total`` files are done."""
    progress(0, total)
    for done, result in enumerate(results, start=1):
        progress(done, total)
        yield result


def _init_worker(rules: RuleSet, dated: Dated) -> None:
    """Compile the rules once per worker process; leave Ctrl-C to the main process.

    Workers ignore SIGINT so that an interrupted run prints one line, not a traceback
    from every worker; the main process cancels what is left.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _worker_pipeline, _worker_dated
    _worker_pipeline, _worker_dated = _new_pipeline(rules), dated


def _extract_in_worker(unit: Unit) -> bytes:
    """Extract one unit with the worker's pipeline; return it as JSON (see ``codec``), quicker to pass than a pickle."""
    assert _worker_pipeline is not None
    path, part = unit
    return codec.encode(_worker_pipeline.extract_file(path, part, _worker_dated.get(path)))
