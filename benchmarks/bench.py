"""Benchmark factcheck: throughput, peak memory, growth with corpus size, and recall.

Usage::

    python benchmarks/bench.py                 # sizes 500 1000 2000
    python benchmarks/bench.py --sizes 500 2000 10000

For each size it generates a deterministic corpus (benchmarks/corpus.py) and times
the CLI end to end, JSON report written, as separate processes:

- cold: one process (``--jobs 1``), no cache;
- jobs2: ``--jobs 2``, no cache;
- fill: a first run with an empty cache, which stores every article's claims, in as many
  processes as factcheck picks when not told (one per core for a run this size);
- warm: a second run over the unchanged cache (both when the CLI has ``--cache-dir``);
- warm markdown, warm sarif, warm terminal: the warm run writing each of the other
  formats, for what rendering costs at scale (the findings an archive's copies share
  cite hundreds of articles);
- nothing new: ``--new`` of an empty folder over the warm cache, as the CI check of a
  pull request that adds no article runs: it compares nothing, and must count every
  article and claim;
- incremental: one article added, then re-run over the cache;
- new: ``--new`` of that one article against the cached corpus, as a CI check runs:
  each time from a fresh copy of the cache as it was before the incremental run, so
  the new article is not cached yet, as in a pull request that adds it;
- new alone: that one article checked by itself with the corpus's rules, no cache:
  what any ``--new`` run of it pays before it meets the corpus (start-up, the rules,
  extracting it, writing a report), the floor under the ``new`` case.

With ``--repeat N`` every case but fill and incremental (which change what the next
run finds) runs N times and the fastest is shown: on a shared machine other work only
ever slows a run down, and a case timed once can be a third slower than it is.

It prints wall and CPU seconds, MB/s, articles/s, peak RSS, the growth exponent of cold time between the
smallest and largest size (1.0 is linear), and two checks that speed did not cost accuracy:

- recall: the share of planted conflicts reported as a conflict of their rule between
  their two articles, citing no article of another story (a conflict that lumps many
  stories together does not find the one planted in each);
- stray: conflicts on dates, figures or titles that cite articles of two stories or
  more. Stories share no such facts (see corpus.py), so each is a false conflict. Names
  are left out: stories do share real bodies (a former name used by many stories is
  one true finding) and lookalike names.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
# Runs are timed as an installed copy runs: from bytecode, which pip writes when it
# installs a package. A machine that sets PYTHONDONTWRITEBYTECODE (this one does)
# would otherwise have every timed run compile factcheck's source first (~60 ms).
CHILD_ENVIRONMENT = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
# The added article copies the corpus's first article (story 0), and is named as one of story 0's.
ADDED = "s00000-zz-added-later.txt"
FORMATS = ("markdown", "sarif", "terminal")
# Cases that change what the next run finds (a filled cache, an added article): timed once.
RUN_ONCE = ("fill", "incremental")
FACT_KINDS = {"date", "quantity", "role"}


def main() -> None:
    """Run every case at every size and print one table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000])
    parser.add_argument("--keep", type=Path, help="keep the generated corpora in this folder")
    parser.add_argument("--repeat", type=int, default=1, metavar="N",
                        help="run each case but fill and incremental N times and show the fastest")
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "factcheck")], env=CHILD_ENVIRONMENT,
                   check=True)
    caching = "--cache-dir" in _run_help()
    root = args.keep or Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    print(f"{'N':>6} {'case':<14} {'seconds':>8} {'CPU s':>7} {'MB/s':>7} {'art/s':>8} {'RSS MB':>7} {'recall':>7} "
          f"{'stray':>6}")
    cold_times: dict[int, float] = {}
    for size in args.sizes:
        folder = root / f"n{size}"
        for leftover in ("cache", "cache-before-new", "cache-new-run"):  # from an earlier run kept with --keep
            shutil.rmtree(folder / leftover, ignore_errors=True)
        (folder / "articles" / ADDED).unlink(missing_ok=True)
        truth = write_corpus(folder, size)
        megabytes = sum(path.stat().st_size for path in (folder / "articles").iterdir()) / 1e6
        no_cache = ["--no-cache"] if caching else []
        cases = [("cold", ["--jobs", "1", *no_cache]), ("jobs2", ["--jobs", "2", *no_cache])]
        if caching:
            cache, cache_before, cache_trial = folder / "cache", folder / "cache-before-new", folder / "cache-new-run"
            added = folder / "articles" / ADDED
            cases += [("fill", ["--cache-dir", str(cache)]), ("warm", ["--cache-dir", str(cache)]),
                      *((f"warm {name}", ["--cache-dir", str(cache), "--format", name]) for name in FORMATS),
                      ("nothing new", ["--cache-dir", str(cache), "--new", str(_empty_folder(folder))]),
                      ("incremental", ["--cache-dir", str(cache)]),
                      ("new", ["--cache-dir", str(cache_trial), "--new", str(added)]),
                      ("new alone", ["--no-cache"])]
        reports: dict[str, dict[str, object]] = {}
        seconds_of: dict[str, float] = {}
        for name, extra in cases:
            if name == "incremental":
                add_one_article(folder)
                shutil.copytree(cache, cache_before)
            runs = 1 if name in RUN_ONCE else args.repeat
            checked = folder / "articles" / ADDED if name == "new alone" else folder / "articles"
            fresh = (cache_before, cache_trial) if name == "new" else None
            seconds, cpu, rss, report = min((_run(folder, extra, checked, fresh) for _ in range(runs)),
                                            key=lambda run: run[0])
            reports[name], seconds_of[name] = report, seconds
            _check_same_findings(name, reports)
            if name in ("new", "new alone", "nothing new") or name.startswith("warm "):
                print(f"{size:>6} {name:<14} {seconds:>8.2f} {cpu:>7.2f} {'':>7} {'':>8} {rss / 1024:>7.0f} {'':>7}",
                      flush=True)
                continue
            recall, stray = accuracy(report, truth)
            if name == "cold":
                cold_times[size] = seconds
            print(f"{size:>6} {name:<14} {seconds:>8.2f} {cpu:>7.2f} {megabytes / seconds:>7.2f} "
                  f"{size / seconds:>8.0f} {rss / 1024:>7.0f} {recall:>7.2f} {stray:>6}", flush=True)
        _print_ratios(size, seconds_of)
    if len(cold_times) >= 2:
        small, large = min(cold_times), max(cold_times)
        exponent = math.log(cold_times[large] / cold_times[small]) / math.log(large / small)
        print(f"growth exponent (cold, {small} to {large} articles): {exponent:.2f}")
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)


def _print_ratios(size: int, seconds_of: dict[str, float]) -> None:
    """Print what the targets compare: --jobs 2 against cold, and a re-run after adding one article against cold."""
    cold = seconds_of["cold"]
    parts = [f"--jobs 2 is {cold / seconds_of['jobs2']:.2f}x as fast as cold"]
    if "incremental" in seconds_of:
        parts.append(f"one article added takes {seconds_of['incremental'] / cold:.0%} of cold")
    print(f"{size:>6} {'':<14} " + "; ".join(parts), flush=True)


def _run_help() -> str:
    """Return the check command's help, to learn which options this version has."""
    return subprocess.run([sys.executable, "-m", "factcheck", "check", "--help"], capture_output=True,
                          text=True, cwd=REPO, check=False).stdout


def _run(folder: Path, extra: list[str], checked: Path,
         fresh: tuple[Path, Path] | None = None) -> tuple[float, float, int, dict[str, object]]:
    """Run one check of ``checked`` as a child process; return wall time, CPU time, peak RSS in KB and the report.

    ``fresh`` (a cache, a folder) makes the folder a copy of the cache first, untimed,
    for a run that must find the cache as it was.

    CPU time (user and system, worker processes included) is printed beside wall time
    because the wall time of a run on a shared machine varies with what else runs.
    """
    output = folder / "report.json"
    command = [sys.executable, "-m", "factcheck", "check", str(checked), "--rules",
               str(folder / "rules"), "--format", "json", "--output", str(output), "--fail-on", "never", *extra]
    if fresh is not None:
        shutil.rmtree(fresh[1], ignore_errors=True)
        shutil.copytree(*fresh)
    timed = ["/usr/bin/time", "-f", "%M %U %S"] if Path("/usr/bin/time").exists() else []
    start = time.perf_counter()
    result = subprocess.run(timed + command, capture_output=True, text=True, cwd=REPO, env=CHILD_ENVIRONMENT,
                            check=False)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"factcheck failed ({result.returncode}): {result.stderr.strip()[-500:]}")
    rss, user, system = result.stderr.strip().splitlines()[-1].split() if timed else ("0", "nan", "nan")
    # Another --format given after the JSON one wins: that report is not read back.
    report = {} if "--format" in extra else json.loads(output.read_text(encoding="utf-8"))
    return seconds, float(user) + float(system), int(rss), report


def accuracy(report: dict[str, object], truth: dict[str, object]) -> tuple[float, int]:
    """Return the recall of planted conflicts and the number of stray conflicts (see the module's docstring)."""
    names = {article["id"]: Path(article["path"]).name for article in report["articles"]}  # type: ignore[index]
    checked = {check["id"]: check["kind"] for check in report["checks"]}  # type: ignore[index]
    conflicts = [(finding["rule"], {names[article] for article in finding["articles"]})  # type: ignore[index]
                 for finding in report["findings"] if finding["kind"] == "conflict"]  # type: ignore[union-attr,index]
    planted = truth["planted"]  # type: ignore[index]
    hits = sum(any(rule == item["rule"] and set(item["files"]) <= files and _stories(files) == {item["story"]}
                   for rule, files in conflicts)
               for item in planted)
    stray = sum(1 for rule, files in conflicts if checked[rule] in FACT_KINDS and len(_stories(files)) > 1)
    return (hits / len(planted) if planted else 1.0), stray


def _stories(files: set[str]) -> set[int]:
    """Return the stories of the corpus's files, named s<story>-<template>."""
    return {int(name.split("-", 1)[0][1:]) for name in files}


def _empty_folder(folder: Path) -> Path:
    """Return a folder of new articles that holds none, beside the corpus."""
    empty = folder / "incoming"
    empty.mkdir(exist_ok=True)
    return empty


def add_one_article(folder: Path) -> None:
    """Copy one article under a new name, as a newly added file in CI would be."""
    articles = folder / "articles"
    source = sorted(articles.iterdir())[0]
    (articles / ADDED).write_text(source.read_text(encoding="utf-8") + "\nAdded later.\n", encoding="utf-8")


def _check_same_findings(name: str, reports: dict[str, dict[str, object]]) -> None:
    """Fail the benchmark when a case finds other things than it must: speed that changes answers does not count.

    ``jobs2``, ``fill`` and ``warm`` must report what ``cold`` reports; ``nothing new``
    no finding, and the articles and claims ``warm`` counts. ``new`` must
    report the findings of ``incremental`` that involve the added article, and at least
    one (it copies an old article, so it agrees with it at least); it may leave out a
    stale-former-name finding (FC101), kept only when the added article is the one
    using the former name, which the JSON report does not say.
    """
    if name in ("jobs2", "fill", "warm"):
        expected = _findings(reports["cold"])
    elif name == "nothing new":
        counted = [(report["summary"]["articles"], report["summary"]["claims"])  # type: ignore[index]
                   for report in (reports[name], reports["warm"])]
        if reports[name]["findings"] or counted[0] != counted[1]:
            raise SystemExit("the nothing new run compared claims, or did not count them all")
        return
    elif name == "new":
        incremental = reports["incremental"]
        added = {article["id"] for article in incremental["articles"]  # type: ignore[union-attr]
                 if Path(article["path"]).name == ADDED}  # type: ignore[index]
        expected = _findings(incremental, lambda articles: not added.isdisjoint(articles))
        if not expected:
            raise SystemExit("the added article took part in no finding: the --new case would measure nothing")
        found = _findings(reports[name])
        if found <= expected and all(rule == "FC101" for _, _, rule in expected - found):
            return
    else:
        return
    if _findings(reports[name]) != expected:
        raise SystemExit(f"the {name} run reported other findings than it must (see _check_same_findings)")


def _findings(report: dict[str, object], keep=lambda article_ids: True) -> set[tuple[str, str, str]]:  # noqa: ANN001
    """Return what the report's findings say (those whose article ids ``keep`` accepts), by
    fingerprint, message and rule: ids differ from run to run, these do not."""
    return {(finding["fingerprint"], finding["message"], finding["rule"])  # type: ignore[index]
            for finding in report["findings"] if keep(finding["articles"])}  # type: ignore[union-attr,index]


if __name__ == "__main__":
    main()
