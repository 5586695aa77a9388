"""Profile one benchmark case with cProfile, to see where the time goes before optimising.

Usage::

    python benchmarks/hotspots.py                      # cold run of 500 articles
    python benchmarks/hotspots.py --case new --size 10000 --sort cumulative
    python benchmarks/hotspots.py --case warm --keep /tmp/corpora

It generates the benchmark corpus (benchmarks/corpus.py), prepares the case as
bench.py does (for ``warm`` a cache filled first, for ``new`` a cache of the corpus
and one article added that it does not hold yet), then runs ``factcheck check``
in this process under cProfile, exactly as the command line runs it (garbage
collector off, JSON report written), and prints the functions that cost most.
Start-up imports happen before the profile starts (see ``python -X importtime``).
Profiling roughly doubles the time of Python-heavy code: read the shares, not the
seconds, and time changes with bench.py.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import ADDED, add_one_article  # noqa: E402
from corpus import write_corpus  # noqa: E402

CASES = ("cold", "warm", "new")


def main() -> None:
    """Prepare the case, run it under the profiler and print the costliest functions."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--case", choices=CASES, default="cold")
    parser.add_argument("--size", type=int, default=500, help="articles in the corpus")
    parser.add_argument("--sort", choices=("tottime", "cumulative"), default="tottime")
    parser.add_argument("--top", type=int, default=30, help="how many functions to print")
    parser.add_argument("--keep", type=Path, help="keep the corpus (and cache) in this folder")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="factcheck-profile-"))
    folder = root / f"n{args.size}"
    if not (folder / "articles").is_dir():
        write_corpus(folder, args.size)
    from factcheck.cli import app

    def check(*extra: str) -> None:
        try:
            app(["check", str(folder / "articles"), "--rules", str(folder / "rules"), "--format", "json",
                 "--output", str(folder / "report.json"), "--fail-on", "never", *extra], standalone_mode=False)
        except SystemExit:
            pass

    cache = folder / "profile-cache"
    shutil.rmtree(cache, ignore_errors=True)
    (folder / "articles" / ADDED).unlink(missing_ok=True)
    extra: list[str] = ["--no-cache", "--jobs", "1"]  # as bench.py times the cold case: in one process
    if args.case != "cold":
        check("--cache-dir", str(cache))
        extra = ["--cache-dir", str(cache)]
    if args.case == "new":
        add_one_article(folder)
        extra += ["--new", str(folder / "articles" / ADDED)]
    gc.disable()
    profile = cProfile.Profile()
    profile.runcall(check, *extra)
    pstats.Stats(profile).sort_stats(args.sort).print_stats(args.top)
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
