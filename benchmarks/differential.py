"""Check that a change leaves factcheck's answers as they were: compare two versions on mutated articles.

Usage::

    python benchmarks/differential.py                  # the working tree against HEAD
    python benchmarks/differential.py --base 42f4bb3 --sets 10 --articles 300

Speed work must not change what factcheck reports. The benchmark corpus is regular
by design; this builds irregular articles instead: sentences of the fixture stories
(and of the seed articles, when ``../shared/seeds`` is there), cut, joined, mistyped,
re-cased and salted with what real text holds (non-breaking and narrow spaces, dotless
and dotted i, the long s, curly quotes, French and English dates and figures), written
as .txt, .md with front matter and .html. Both versions run ``factcheck claims`` and
``factcheck check`` (JSON) on each set; the script prints one line a set and exits 1
when any report differs, naming the first claim or finding that does.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = [REPO / "fixtures", REPO.parent / "shared" / "seeds"]
SALT = ["İ", "ı", "ſ", "\u00a0", "\u202f", "—", "–", "’", "“", "”", "«", "»", "\u212a", "\u212b", "ß", "\t", "…",
        "%", "£", "€", "$", "bn", "1", "2", "9", ",", ".", "0", " per cent", " millions", "Mr. ", "U.S. ", "Dr ",
        "said", "a déclaré", "selon", "juillet", "July", "Monday", "lundi", "2025", "1er", "15 000", "3,5", "about",
        "environ"]


def main() -> None:
    """Generate the sets, run both versions on each and report any difference."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="HEAD", help="git revision to compare the working tree against")
    parser.add_argument("--sets", type=int, default=3, help="how many article sets (each with its own seed)")
    parser.add_argument("--articles", type=int, default=300, help="articles per set")
    parser.add_argument("--keep", type=Path, help="keep the sets and reports in this folder")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="factcheck-differential-"))
    base = root / "base"
    _export(args.base, base)
    sentences = _sentences()
    differing = 0
    for seed in range(1, args.sets + 1):
        folder = root / f"set{seed}"
        shutil.rmtree(folder, ignore_errors=True)
        write_set(folder, sentences, args.articles, random.Random(seed))
        verdicts = []
        for command in ("claims", "check"):
            old, new = _report(base, folder, command), _report(REPO, folder, command)
            verdicts.append(f"{command}: " + ("same" if old == new else _first_difference(old, new)))
            differing += old != new
        print(f"set {seed} ({args.articles} articles): " + "; ".join(verdicts), flush=True)
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)
    sys.exit(1 if differing else 0)


def write_set(folder: Path, sentences: list[str], count: int, rng: random.Random) -> None:
    """Write ``count`` articles of mutated sentences, in the three text formats."""
    folder.mkdir(parents=True)
    for number in range(count):
        lines = [_mutated(rng.choice(sentences), sentences, rng) if rng.random() < 0.5 else rng.choice(sentences)
                 for _ in range(rng.randint(1, 30))]
        text = ("\n" if rng.random() < 0.5 else " ").join(lines)
        kind = rng.random()
        if kind < 0.6:
            (folder / f"a{number:04d}.txt").write_text(f"Story {number}\n\n{text}", encoding="utf-8")
        elif kind < 0.85:
            front = (f"---\ntitle: Story {number}\noutlet: Outlet {rng.randint(0, 30)}\n"
                     f"published: 2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\n---\n\n")
            (folder / f"a{number:04d}.md").write_text(front + text, encoding="utf-8")
        else:
            paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n") if line)
            page = f"<html><body><nav>Menu</nav><article><h1>Story {number}</h1>\n{paragraphs}</article></body></html>"
            (folder / f"a{number:04d}.html").write_text(page, encoding="utf-8")


def _mutated(sentence: str, sentences: list[str], rng: random.Random) -> str:
    """Return the sentence with a few characters inserted, dropped or re-cased, or a piece of another spliced in."""
    chars = list(sentence)
    for _ in range(rng.randint(1, 4)):
        at, roll = rng.randint(0, len(chars)), rng.random()
        if roll < 0.4:
            chars[at:at] = rng.choice(SALT)
        elif roll < 0.6 and chars:
            del chars[min(at, len(chars) - 1)]
        elif roll < 0.8 and at < len(chars):
            chars[at] = chars[at].swapcase()
        else:
            chars[at:at] = " " + rng.choice(sentences)[:rng.randint(1, 60)]
    return "".join(chars)


def _sentences() -> list[str]:
    """Return the sentences of the fixture articles and of the seeds (when present)."""
    found = []
    for folder in SOURCES:
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            if path.suffix in (".txt", ".md", ".html") and path.is_file():
                for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                    found.extend(part for part in re.split(r"(?<=[.!?»”])\s+", line) if part.strip())
    return found


def _export(revision: str, folder: Path) -> None:
    """Write the factcheck package and rules of a git revision into folder."""
    shutil.rmtree(folder, ignore_errors=True)
    archive = subprocess.run(["git", "archive", revision, "factcheck", "rules"], cwd=REPO, capture_output=True,
                             check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")


def _report(code: Path, folder: Path, command: str) -> dict[str, object]:
    """Run one version's command on the set and return its JSON report."""
    output = folder.parent / f"{folder.name}.{command}.{'base' if code != REPO else 'new'}.json"
    extra = ["--no-cache", "--fail-on", "never"] if command == "check" else []
    # Run from the version's own folder: ``python -m`` looks in the working folder first.
    environment = {**os.environ, "PYTHONPATH": str(code)}
    subprocess.run([sys.executable, "-m", "factcheck", command, str(folder), "--format", "json", "--output",
                    str(output), *extra], cwd=code, env=environment, capture_output=True, check=True)
    return json.loads(output.read_text(encoding="utf-8"))


def _first_difference(old: dict[str, object], new: dict[str, object]) -> str:
    """Name the first list item (claim, finding, article...) that differs between two reports."""
    for field in sorted(old.keys() | new.keys()):
        before, after = old.get(field), new.get(field)
        if before != after:
            if isinstance(before, list) and isinstance(after, list):
                for index, (first, second) in enumerate(zip(before, after)):
                    if first != second:
                        return f"DIFFERENT {field}[{index}]: {_changed(first, second)}"
                return f"DIFFERENT {field}: {len(before)} items != {len(after)}"
            return f"DIFFERENT {field}"
    return "DIFFERENT"


def _changed(first: object, second: object) -> str:
    """Show what differs between two report items: the fields that differ, when they are objects."""
    if isinstance(first, dict) and isinstance(second, dict):
        keys = sorted(key for key in first.keys() | second.keys() if first.get(key) != second.get(key))
        first, second = {key: first.get(key) for key in keys}, {key: second.get(key) for key in keys}
    return f"{json.dumps(first, ensure_ascii=False)[:400]} != {json.dumps(second, ensure_ascii=False)[:400]}"


if __name__ == "__main__":
    main()
