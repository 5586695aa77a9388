"""Which articles are new (--new, --since).

A CI run checks new articles against the whole corpus: the pipeline still reads every
article, so a new one can meet the old ones it contradicts, and the reduce step
(``compare.judge`` with ``Scope.is_new`` as its focus) keeps only the findings that hold
a new article at fault. Files changed since a git ref are asked of git itself, so
renames, ignore rules and the index are git's own.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import NamedTuple

from pydantic import PrivateAttr

from factcheck.errors import UsageError
from factcheck.load import MAX_ARTICLE_BYTES
from factcheck.load.records import JsonLines
from factcheck.models import FrozenModel, split_record

# A hunk header of ``git diff -U0``: where its lines start in the new file, and how many (one when not said).
HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.MULTILINE)


class Scope(FrozenModel):
    """What to read, and which of it is new (all of it is, when no --new or --since was given)."""

    paths: tuple[str, ...]
    new_files: frozenset[Path] | None = None
    new_folders: tuple[Path, ...] = ()
    # JSON Lines archives changed since a git ref: the numbers of the records (``archive.jsonl#n``)
    # on the lines the change added or rewrote. The others were there before it.
    new_records: dict[Path, frozenset[int]] = {}
    _real_folders: dict[str, Path] = PrivateAttr(default_factory=dict)
    _new_names: frozenset[str] = PrivateAttr(default=frozenset())

    def is_new(self, article_path: str) -> bool:
        """Return True when the article's file (or its record) is new, or lies in a folder given with --new."""
        if self.new_files is None:
            return True
        path = article_path
        file, record = split_record(path)
        if record and not os.path.exists(path):
            path = file
        if self._passed_over(path):
            return False
        resolved = self._resolve(path)
        if resolved in self.new_records and path == file:
            return int(record[1:] or 1) in self.new_records[resolved]
        return resolved in self.new_files or _inside(resolved, self.new_folders)

    def may_hold_new(self, file_path: str) -> bool:
        """Return True when the file may hold a new article: it is new, lies in a folder given with --new,
        or is an archive some of whose records are. A run none of whose files may is compared with nothing."""
        if self.new_files is None:
            return True
        if self._passed_over(file_path):
            return False
        resolved = self._resolve(file_path)
        return (resolved in self.new_files or bool(self.new_records.get(resolved))
                or _inside(resolved, self.new_folders))

    def _passed_over(self, path: str) -> bool:
        """Return True when the path is neither a new file's name nor a link to one, with no --new folder to
        look in: most of a corpus, decided without resolving a path."""
        return not self.new_folders and os.path.basename(path) not in self._new_names and not os.path.islink(path)

    def model_post_init(self, __context: object) -> None:
        """Note the new files' names, to pass over the rest of the corpus without resolving paths."""
        self._new_names = frozenset(path.name for path in (*(self.new_files or ()), *self.new_records))

    def _resolve(self, path: str) -> Path:
        """Return ``Path(path).resolve()``, resolving each folder once.

        A corpus has thousands of files in a few folders; resolving every file's whole
        path (one system call per component) was a large part of a --new run. Only a
        file that is itself a symbolic link needs more than its folder's real path.
        """
        folder, name = os.path.split(path)
        if os.path.islink(path) or name in ("", ".", ".."):
            return Path(path).resolve()
        if folder not in self._real_folders:
            self._real_folders[folder] = Path(folder or ".").resolve()
        return self._real_folders[folder] / name


def build_scope(paths: list[str], new: list[str], since: str | None) -> Scope:
    """Resolve --new and --since before the pipeline runs, so a bad path or ref fails at once.

    A --new path outside the given corpus paths is read too: it is compared against
    the corpus without being part of it yet.
    """
    if not new and since is None:
        return Scope(paths=tuple(paths))
    files: set[Path] = set()
    folders: list[Path] = []
    for given in new:
        path = Path(given)
        if not path.exists():
            raise UsageError("--new: no such file or folder", path=given)
        if path.is_dir():
            folders.append(path.resolve())
        else:
            files.add(path.resolve())
    records: dict[Path, frozenset[int]] = {}
    if since is not None:
        base = merge_base(since, _anchor(paths))
        changed = changed_since(base)
        records = {path: numbers for path, numbers in changed_records(base, changed).items() if path not in files}
        files |= changed - records.keys()
    roots = [Path(given).resolve() for given in paths]
    outside = [given for given in new if not _inside(Path(given).resolve(), roots)]
    return Scope(paths=(*paths, *outside), new_files=frozenset(files), new_folders=tuple(folders),
                 new_records=records)


class Base(NamedTuple):
    """Where changes are counted from: the repository's top folder, the commit, and the ref as given."""

    top: Path
    commit: str
    ref: str


def merge_base(ref: str, anchor: Path) -> Base:
    """Return where HEAD's history left ``ref`` (their merge base), in the repository holding ``anchor``.

    Changes are counted from there, as a pull request's diff is: a base branch that
    moved on does not make its own new files look new here.
    """
    top = Path(_git(anchor, ["rev-parse", "--show-toplevel"],
                    f"--since needs a git repository, and {anchor} is not inside one").strip())
    commit = _git(top, ["merge-base", _commit(top, ref), "HEAD"],
                  f"--since: '{ref}' shares no history with HEAD").strip()
    return Base(top, commit, ref)


def changed_since(base: Base) -> set[Path]:
    """Return the files added or modified since the base: committed, staged, unstaged or untracked.

    Deleted files are left out; untracked files count unless git ignores them.
    """
    changed = _git(base.top, ["diff", "--name-only", "--no-renames", "--no-ext-diff", "--diff-filter=d", "-z",
                              base.commit, "--"], f"--since: git could not list the files changed since '{base.ref}'")
    untracked = _git(base.top, ["ls-files", "--others", "--exclude-standard", "-z"],
                     "--since: git could not list untracked files")
    return {(base.top / name).resolve() for name in (changed + untracked).split("\0") if name}


def changed_records(base: Base, changed: set[Path]) -> dict[Path, frozenset[int]]:
    """Return, for each JSON Lines archive git tracked at the base and that has changed since, the
    numbers of its records on the lines the change added or rewrote.

    An archive is one file of many articles: a pull request that appends one must not
    make the thousands before it new, and fail on their old conflicts. An archive git
    cannot show line by line (seen as binary, or reached through a link from outside the
    repository) stays new whole, as an untracked one is.
    """
    top = base.top
    found = {}
    for archive in sorted(path for path in changed if path.suffix.lower() == ".jsonl"):
        if not archive.is_relative_to(top):  # a link out of the repository: git knows it by another name
            continue
        relative = archive.relative_to(top).as_posix()
        tracked = _git(top, ["ls-tree", "--name-only", base.commit, "--", relative],
                       "--since: git could not list files")
        diff = _git(top, ["diff", "-U0", "--no-renames", "--no-ext-diff", "--no-color", base.commit, "--", relative],
                    f"--since: git could not show how {relative} changed")
        lines = _added_lines(diff)
        if tracked.strip() and lines is not None:
            try:
                found[archive] = frozenset(number for number, line in enumerate(
                    JsonLines(str(archive), MAX_ARTICLE_BYTES).record_lines(), start=1) if line in lines)
            except OSError:  # unreadable: new whole, and its extraction says why
                continue
    return found


def _added_lines(diff: str) -> set[int] | None:
    """Return the lines of the new file that a ``git diff -U0`` adds or rewrites; None for a binary file."""
    if any(line.startswith("Binary files ") for line in diff.splitlines()):
        return None
    lines: set[int] = set()
    for start, count in HUNK.findall(diff):
        lines.update(range(int(start), int(start) + (1 if count == "" else int(count))))
    return lines


def _inside(path: Path, folders: list[Path] | tuple[Path, ...]) -> bool:
    """Return True when a resolved path is one of the folders or lies within one."""
    return any(folder == path or folder in path.parents for folder in folders)


def _commit(top: Path, ref: str) -> str:
    """Return the commit a ref names, or raise a one-line UsageError."""
    return _git(top, ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"],
                f"--since: '{ref}' is not a commit, branch or tag of this repository").strip()


def _anchor(paths: list[str]) -> Path:
    """Return the folder git is asked about: the first path's, so cwd need not be the repository."""
    first = Path(paths[0])
    folder = first if first.is_dir() else first.parent
    if not folder.is_dir():
        raise UsageError("no such file or folder", path=paths[0])
    return folder


def _git(cwd: Path, args: list[str], failure: str) -> str:
    """Run one git command and return its output, or raise a one-line UsageError."""
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise UsageError("--since needs git, which is not installed or not on PATH") from None
    if done.returncode != 0:
        raise UsageError(failure)
    return os.fsdecode(done.stdout)
