"""Benchmark an archive exported as one JSON Lines file: read in parts, cached record by record.

Usage::

    python benchmarks/archive.py                   # sizes 2000 10000
    python benchmarks/archive.py --sizes 2000

For each size it writes the benchmark's corpus (corpus.py) as one ``archive.jsonl``, a
record per article (its text and metadata as factcheck's loader reads them from the
article file, as a newsroom system would export them), and times the CLI end to end,
JSON report written, with MB/s, articles/s, peak RSS, and the recall of the planted
conflicts and stray conflicts as ``bench.py`` counts them (records named after the files
they were made from):

- cold: ``--jobs 2``, no cache: the archive cut into runs of records for two processes;
- fill: a first run with an empty cache, which stores each record's claims;
- warm: a second run over the unchanged archive;
- appended: one record appended to the archive, over the cache;
- edited: one record in the middle rewritten, over the cache.

The appended and edited runs must report exactly, byte for byte, what a run without the
cache reports on the same archive (run after each, untimed): a cache that changes the
answers does not count.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import CHILD_ENVIRONMENT, REPO, accuracy  # noqa: E402
from corpus import write_corpus  # noqa: E402

from factcheck.load import READERS  # noqa: E402
from factcheck.load.decode import decode_bytes  # noqa: E402


def main() -> None:
    """Run every case at every size and print one table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "factcheck")], env=CHILD_ENVIRONMENT,
                   check=True)
    root = Path(tempfile.mkdtemp(prefix="factcheck-archive-"))
    print(f"{'N':>6} {'case':<10} {'seconds':>8} {'CPU s':>7} {'MB/s':>7} {'art/s':>8} {'RSS MB':>7} {'recall':>7} "
          f"{'stray':>6} {'cached':>7}")
    try:
        for size in args.sizes:
            folder = root / f"n{size}"
            truth = write_corpus(folder, size)
            archive = folder / "archive" / "archive.jsonl"
            archive.parent.mkdir()
            files = sorted((folder / "articles").iterdir())
            records = [_record(path) for path in files]
            _write(archive, records)
            megabytes = archive.stat().st_size / 1e6
            cache = folder / "cache"
            cases = [("cold", ["--jobs", "2", "--no-cache"], None), ("fill", ["--cache-dir", str(cache)], None),
                     ("warm", ["--cache-dir", str(cache)], None),
                     ("appended", ["--cache-dir", str(cache)], lambda: _write(archive, [*records, _added(records)])),
                     ("edited", ["--cache-dir", str(cache)], lambda: _write(archive, _edited(records)))]
            for name, extra, change in cases:
                if change is not None:
                    change()
                seconds, cpu, rss, report = _run(folder, extra)
                recall, stray = accuracy(_named_as_files(report, files), truth)
                print(f"{size:>6} {name:<10} {seconds:>8.2f} {cpu:>7.2f} {megabytes / seconds:>7.2f} "
                      f"{size / seconds:>8.0f} {rss / 1024:>7.0f} {recall:>7.2f} {stray:>6} {_entries(cache):>7}",
                      flush=True)
                if change is not None and report != _run(folder, ["--jobs", "2", "--no-cache"])[3]:
                    raise SystemExit(f"the {name} run, over the cache, reported other than a run without it")
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _record(path: Path) -> str:
    """Return one article file as a JSON Lines record: its text, and the metadata its file gives."""
    [document] = READERS[path.suffix](decode_bytes(path.read_bytes(), str(path)), str(path))
    return json.dumps({"text": document.text, **document.meta}, ensure_ascii=False)


def _named_as_files(report: str, files: list[Path]) -> dict[str, object]:
    """Return the report with each record named after the article file it was made from, as ``accuracy`` reads them.

    The records the appended and edited runs add (past the files) keep their names.
    """
    loaded = json.loads(report)
    for article in loaded["articles"]:
        number = int(article["path"].rsplit("#", 1)[1])
        if number <= len(files):
            article["path"] = files[number - 1].name
    return loaded


def _write(archive: Path, records: list[str]) -> None:
    """Write the records as the archive, one a line."""
    archive.write_text("\n".join(records) + "\n", encoding="utf-8")


def _added(records: list[str]) -> str:
    """Return a new record: the first one, with a line added, as a newly published article would be."""
    record = json.loads(records[0])
    record["text"] += "\n\nAdded later.\n"
    return json.dumps(record, ensure_ascii=False)


def _edited(records: list[str]) -> list[str]:
    """Return the records with the middle one rewritten (a correction), and the added one still at the end."""
    edited = [*records, _added(records)]
    middle = json.loads(edited[len(records) // 2])
    middle["text"] += "\n\nCorrection: an earlier version of this article misstated a date.\n"
    edited[len(records) // 2] = json.dumps(middle, ensure_ascii=False)
    return edited


def _entries(cache: Path) -> str:
    """Return how many entries the claim cache holds (one a distinct record), or "" when there is none."""
    database = cache / "claims.sqlite3"
    if not database.exists():
        return ""
    with sqlite3.connect(database) as db:
        return str(db.execute("SELECT COUNT(*) FROM files").fetchone()[0])


def _run(folder: Path, extra: list[str]) -> tuple[float, float, int, str]:
    """Run one check of the archive as a child process; return wall time, CPU time, peak RSS in KB and the report."""
    output = folder / "report.json"
    command = [sys.executable, "-m", "factcheck", "check", str(folder / "archive"), "--rules", str(folder / "rules"),
               "--format", "json", "--output", str(output), "--fail-on", "never", *extra]
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", *command], capture_output=True, text=True,
                            cwd=REPO, env=CHILD_ENVIRONMENT, check=False)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"factcheck failed ({result.returncode}): {result.stderr.strip()[-500:]}")
    rss, user, system = result.stderr.strip().splitlines()[-1].split()
    return seconds, float(user) + float(system), int(rss), output.read_text(encoding="utf-8")


if __name__ == "__main__":
    main()
