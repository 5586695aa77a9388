"""check() and list_claims(): the pipeline wired end to end, with nothing printed.

load and extract each file (map, in worker processes when asked or when the run is
large), then group and compare all claims (reduce), then assemble the Report that
every reporter renders.
"""

from __future__ import annotations

import os
import signal
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck import codec
from factcheck.compare import judge
from factcheck.compare.members import Member
from factcheck.compare.sources import source_groups
from factcheck.errors import UsageError
from factcheck.load import discover, has_utf8_name, printable_path
from factcheck.models import (Article, CheckInfo, Claim, ClaimsReport, Diagnostic, Report, SourceGroup, Summary,
                              split_record)
from factcheck.pipeline import ArticleResult, FileResult, Pipeline, max_article_bytes
from factcheck.ruleset import RuleSet, default_rules_dir, load_ruleset
from factcheck.settings import Settings, apply_settings
from factcheck.suppress import apply_suppressions
from factcheck.workload import Unit, by_record, join, joined, rebased, record_runs, records_in, units

if TYPE_CHECKING:
    from factcheck.cache import ClaimCache

_worker_pipeline: Pipeline | None = None
# Articles each process extracts at the least when the number of processes is left to factcheck.
# On a 2-core machine two processes are already as fast as one at 50 files (0.48 s against
# 0.49 s), and faster at 100 (0.58 s against 0.62 s) and 200 (0.73 s against 0.91 s);
# where workers start by launching a new interpreter rather than forking, they cost more.
ARTICLES_PER_PROCESS = 100
# Processes at most when the number is left to factcheck: each worker holds its own compiled
# rules (45 MB with the benchmark's 4,000 entities), and the comparison after extraction
# runs in one process, so that beyond a few workers a run hardly gets faster.
MAX_AUTO_PROCESSES = 8
# Why a file whose name is not UTF-8 is skipped: no report could name it.
UNNAMEABLE = "skipped: the file name is not valid UTF-8, which no report can show; rename the file to check it"
# Told (files extracted, files to extract) as extraction goes, so a caller can show progress.
Progress = Callable[[int, int], None]


def load_rules(extra: Iterable[Path] = (), use_defaults: bool = True, settings: Settings | None = None) -> RuleSet:
    """Load the built-in rules (unless disabled), the config's folders, then each extra folder; apply the config."""
    settings = settings or Settings()
    use_defaults = use_defaults and not settings.no_default_rules
    folders = ([default_rules_dir()] if use_defaults else []) + list(settings.rules) + list(extra)
    return apply_settings(load_ruleset(folders), settings)


def check(paths: list[str], rules: RuleSet, jobs: int | None = 1, cache_dir: Path | None = None,
          progress: Progress | None = None, settings: Settings | None = None,
          focus: Callable[[str], bool] | None = None) -> Report:
    """Run the whole pipeline on the given files and folders (cached when cache_dir is set).

    ``focus`` (is this article path new?) makes a --new run: the reduce step judges only
    what connects to a new article and returns only findings that involve one. The
    report then lists the new articles and the articles those findings cite, each with
    all its claims, while its summary still counts every article and claim compared:
    a CI check of one article against 10,000 reports on a handful, not on the archive.
    """
    settings = settings or Settings()
    articles, results, diagnostics = _extract_all(paths, rules, jobs, cache_dir, progress, settings)
    new_ids = None if focus is None else {article.id for article in articles if focus(article.path)}
    if new_ids is not None and not new_ids:
        # A --new or --since run with nothing new (a pull request that adds no article):
        # no finding can hold a new article at fault, so nothing needs comparing.
        members, findings, groups = [], [], ()
        claims = sum(len(result.claims) for result in results)
    else:
        sources = source_groups([result.outlet for result in results], [result.sketch for result in results],
                                rules.compare.duplicate_similarity)
        members = _members(articles, results, sources.numbers)
        findings = judge(members, rules, None if new_ids is None else new_ids.__contains__)
        claims, groups = len(members), sources.groups
    summary = Summary.count(len(articles), claims, findings)
    shown = None if new_ids is None else new_ids.union(*(finding.articles for finding in findings))
    report = Report(articles=tuple(article for article in articles if shown is None or article.id in shown),
                    claims=tuple(_claims(member for member in members if shown is None or member.article_id in shown)),
                    findings=tuple(findings), summary=summary, diagnostics=tuple(diagnostics),
                    checks=_checks_in_force(rules), sources=_counted_as_one(groups, articles, shown),
                    new=() if new_ids is None else tuple(article.id for article in articles if article.id in new_ids))
    comments = {article.id: result.suppressions for article, result in zip(articles, results)}
    return apply_suppressions(report, comments, settings, rules)


def list_claims(paths: list[str], rules: RuleSet, jobs: int | None = 1, cache_dir: Path | None = None,
                progress: Progress | None = None, settings: Settings | None = None) -> ClaimsReport:
    """Extract claims without comparing them, so a rule author can see what was read."""
    articles, results, diagnostics = _extract_all(paths, rules, jobs, cache_dir, progress, settings)
    claims = _claims(_members(articles, results))
    return ClaimsReport(articles=tuple(articles), claims=tuple(claims), diagnostics=tuple(diagnostics))


def _extract_all(paths: list[str], rules: RuleSet, jobs: int | None, cache_dir: Path | None = None,
                 progress: Progress | None = None, settings: Settings | None = None
                 ) -> tuple[list[Article], list[ArticleResult], list[Diagnostic]]:
    """Map every file to its articles, leaving out ignored paths, and number them in a stable order."""
    found = [path for path in discover(paths) if not (settings and settings.ignores(path))]
    if not found:
        raise UsageError("no article files found (looked for .txt, .md, .html, .json, .jsonl)",
                         path=" ".join(paths))
    files: list[str] = []
    diagnostics: list[Diagnostic] = []
    for path in found:
        if has_utf8_name(path):
            files.append(path)
        else:
            diagnostics.append(Diagnostic(path=printable_path(path), message=UNNAMEABLE))
    articles: list[Article] = []
    results: list[ArticleResult] = []
    for file_result in _map_files(files, rules, jobs, cache_dir, diagnostics, progress):
        if file_result.skipped is not None:
            diagnostics.append(file_result.skipped)
        diagnostics.extend(file_result.diagnostics)
        diagnostics.extend(file_result.timed_out)
        for result in file_result.articles:
            articles.append(Article(id=f"a{len(articles) + 1}", path=result.path, title=result.title,
                                    outlet=result.outlet, url=result.url,
                                    published=str(result.published) if result.published else None,
                                    language=result.language))
            results.append(result)
    if not articles:
        raise UsageError("no article could be read: " + "; ".join(f"{d.path}: {d.message}" for d in diagnostics))
    return articles, results, diagnostics


def _map_files(files: list[str], rules: RuleSet, jobs: int | None, cache_dir: Path | None = None,
               diagnostics: list[Diagnostic] | None = None, progress: Progress | None = None
               ) -> Iterator[FileResult]:
    """Extract files in order: from the cache when it has them, the rest in worker processes.

    A JSON Lines archive is cached record by record (``ClaimCache.record_keys``): only
    the records the cache does not hold are extracted, and the file's result is put
    together from theirs and the cached ones, each moved to where it stands now.
    """
    if cache_dir is None:
        yield from _extract_files(files, rules, jobs, progress)
        return
    from factcheck.cache import ClaimCache

    cache = ClaimCache(cache_dir, rules.fingerprint())
    if diagnostics is not None:
        diagnostics.extend(cache.warnings)
    try:
        archives = {path: listed for path in files
                    if (listed := cache.record_keys(path, max_article_bytes(rules))) is not None}
        keys = {path: _cache_key(cache, path) for path in files if path not in archives}
        cached = cache.get_all({path: key for path, key in keys.items() if key is not None})
        records = cache.get_results([key for listed in archives.values() for _line, key in listed])
        missing = [path for path in keys if cached.get(path) is None]
        gaps = {path: [position for position, (_line, key) in enumerate(listed) if key not in records]
                for path, listed in archives.items()}
        fresh, runs = _extract_missing(missing, gaps, rules, jobs, progress)
        for path in missing:
            if keys[path] is not None:
                cache.put(keys[path], fresh[path])
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
    finally:
        cache.close()


def _cache_key(cache: ClaimCache, path: str) -> str | None:
    """Return a file's cache key, or None when it cannot be read (extraction reports why)."""
    try:
        return cache.key(path)
    except OSError:
        return None


# Runs of an archive's records extracted together, each with its result.
Runs = dict[str, list[tuple[range, FileResult]]]


def _extract_missing(files: list[str], gaps: dict[str, list[int]], rules: RuleSet, jobs: int | None,
                     progress: Progress | None) -> tuple[dict[str, FileResult], Runs]:
    """Extract the files the cache does not hold, and the records of archives it does not hold (``gaps``:
    their positions), together, in worker processes when it pays; return the files' results, and each
    archive's runs of records with their results."""
    records = [1] * len(files) if jobs == 1 else [records_in(path) for path in files]
    jobs = _processes(sum(records) + sum(map(len, gaps.values())), jobs)
    ranged = [(path, run) for path, positions in gaps.items() for run in record_runs(positions, jobs)]
    planned: list[Unit] = [*units(files, records, jobs), *ranged]
    if not planned:
        return {}, {}
    results = _extract_units(planned, rules, min(jobs, len(planned)))
    if progress is not None:
        results = _counted(results, len(planned), progress)
    stream = joined(planned, results)  # the files' results first, then the runs', as planned
    fresh = {path: next(stream) for path in files}
    runs: Runs = defaultdict(list)
    for path, run in ranged:
        runs[path].append((run, next(stream)))
    return fresh, dict(runs)


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
        return Pipeline(rules).extract_file(path)
    return result


def _extract_files(files: list[str], rules: RuleSet, jobs: int | None,
                   progress: Progress | None = None) -> Iterator[FileResult]:
    """Extract files in order, in worker processes when jobs > 1 (``None``: as many as pay, see ``auto_jobs``).

    With more than one process, a large JSON Lines file is extracted in parts, by
    several processes (``workload``); ``progress`` counts the parts.
    """
    fresh, _runs = _extract_missing(files, {}, rules, jobs, progress)
    return (fresh[path] for path in files)


def _processes(articles: int, jobs: int | None) -> int:
    """Return how many processes to extract ``articles`` articles in: ``jobs`` at most, as many as pay when None."""
    return auto_jobs(articles) if jobs is None else max(1, min(jobs, articles, _usable_cores()))


def _extract_units(planned: list[Unit], rules: RuleSet, jobs: int) -> Iterator[FileResult]:
    """Extract the units of work in order, in ``jobs`` worker processes when more than one.

    Where this system cannot run worker processes (a sandbox without shared memory),
    the units are extracted in this one: the run is slower, not broken.
    """
    if jobs == 1:
        pipeline = Pipeline(rules)
        yield from (pipeline.extract_file(path, part) for path, part in planned)
        return
    from concurrent.futures import ProcessPoolExecutor  # here: a one-process run needs none of multiprocessing

    chunk = max(1, len(planned) // (jobs * 8))
    try:
        pool = ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(rules,))
    except (OSError, NotImplementedError):  # no worker processes here (no shared memory for their queues)
        yield from _extract_units(planned, rules, 1)
        return
    try:
        yield from map(codec.decode, pool.map(_extract_in_worker, planned, chunksize=chunk))
    except BaseException:
        # Ctrl-C or a failure: drop the queued files instead of finishing them first.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


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


def _counted(results: Iterator[FileResult], total: int, progress: Progress) -> Iterator[FileResult]:
    """Pass results through, telling ``progress`` how many of ``total`` files are done."""
    progress(0, total)
    for done, result in enumerate(results, start=1):
        progress(done, total)
        yield result


def _init_worker(rules: RuleSet) -> None:
    """Compile the rules once per worker process; leave Ctrl-C to the main process.

    Workers ignore SIGINT so that an interrupted run prints one line, not a traceback
    from every worker; the main process cancels what is left.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _worker_pipeline
    _worker_pipeline = Pipeline(rules)


def _extract_in_worker(unit: Unit) -> bytes:
    """Extract one unit with the worker's pipeline; return it as JSON (see ``codec``), quicker to pass than a pickle."""
    assert _worker_pipeline is not None
    path, part = unit
    return codec.encode(_worker_pipeline.extract_file(path, part))


def _checks_in_force(rules: RuleSet) -> tuple[CheckInfo, ...]:
    """Describe the enabled checks, so reporters can name the rules behind findings."""
    return tuple(CheckInfo(id=check.id, name=check.name, kind=check.kind, finding=check.finding,
                           severity=check.severity, summary=check.summary)
                 for check in rules.checks if check.enabled)


def _members(articles: list[Article], results: list[ArticleResult],
             sources: tuple[int, ...] | None = None) -> list[Member]:
    """Number the run's claims in order and attach to each its article's label, source and date.

    Without ``sources`` (listing claims compares nothing) each article is its own source.
    """
    members = []
    for index, (article, result) in enumerate(zip(articles, results)):
        source = index if sources is None else sources[index]
        file, record = split_record(article.path)
        label = os.path.basename(file) + record
        members.extend([Member(order, f"c{order + 1}", article.id, label, source, result.published, extracted)
                        for order, extracted in enumerate(result.claims, start=len(members))])
    return members


def _counted_as_one(groups: tuple[tuple[tuple[int, ...], tuple[str, ...]], ...], articles: list[Article],
                    shown: set[str] | None) -> tuple[SourceGroup, ...]:
    """Name the article groups counted as one source, among the articles the report lists (``shown``)."""
    named = ((tuple(articles[index].id for index in group if shown is None or articles[index].id in shown), reasons)
             for group, reasons in groups)
    return tuple(SourceGroup(articles=ids, reasons=reasons) for ids, reasons in named if len(ids) > 1)


def _claims(members: Iterable[Member]) -> list[Claim]:
    """Return the members' claims as the JSON report shows them."""
    return [Claim(id=member.claim_id, article=member.article_id, kind=member.claim.kind,
                  subject=member.claim.subject, attribute=member.claim.attribute, value=member.claim.value,
                  text=member.claim.text, quote=member.claim.quote, line=member.claim.line, rule=member.claim.rule)
            for member in members]
