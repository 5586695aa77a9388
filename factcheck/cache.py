"""The claim cache: each file's extraction, stored by content hash and rule-set hash.

A CI run over a large corpus re-extracts only new or changed files. The cache is an
embedded SQLite database (WAL mode, so two runs can share it; the last writer of an
identical entry wins harmlessly). Entries are JSON validated back into the pipeline's
own types, never pickles: a corrupted or foreign cache file is reported once and
rebuilt, never trusted.
"""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from pydantic import TypeAdapter, ValidationError

from factcheck import __version__
from factcheck.models import Diagnostic
from factcheck.pipeline import ArticleResult, FileResult

DEFAULT_DIR = ".factcheck_cache"
DATABASE = "claims.sqlite3"
SCHEMA = 1
_RESULT = TypeAdapter(FileResult)


class ClaimCache:
    """Cached FileResults for one rule set, keyed by file content."""

    def __init__(self, folder: Path, rules_hash: str) -> None:
        self.namespace = f"{__version__}:{SCHEMA}:{_code_hash()}:{rules_hash}"
        self.warnings: list[Diagnostic] = []
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / DATABASE
        self.db = self._open()

    def key(self, handle: BinaryIO) -> str:
        """Return the cache key of an open file's content under this rule set.

        The file is hashed as it streams, so an oversized file (refused later, by the
        loader) is never held in memory just to be looked up.
        """
        return hashlib.file_digest(handle, lambda: hashlib.sha256(self.namespace.encode() + b"\0")).hexdigest()

    def get(self, key: str, path: str) -> FileResult | None:
        """Return the cached result for a file, with the path the user gave this time."""
        row = self.db.execute("SELECT result FROM files WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            cached = _RESULT.validate_json(row[0])
        except ValidationError:
            self.db.execute("DELETE FROM files WHERE key = ?", (key,))
            return None
        return _with_path(cached, path)

    def put(self, key: str, result: FileResult) -> None:
        """Store a file's result, unless it was skipped or degraded (a regex that ran out of
        time on this machine): such files are retried on the next run, never cached."""
        if result.skipped is None and not result.diagnostics:
            self.db.execute("INSERT OR REPLACE INTO files (key, result) VALUES (?, ?)",
                            (key, _RESULT.dump_json(result)))

    def close(self) -> None:
        """Commit and close the database."""
        self.db.commit()
        self.db.close()

    def _open(self) -> sqlite3.Connection:
        """Open the database, rebuilding it with a warning when it is not ours or is damaged."""
        try:
            return _connect(self.path)
        except sqlite3.DatabaseError as error:
            self.warnings.append(Diagnostic(path=str(self.path),
                                            message=f"cache file is damaged or not a factcheck cache ({error}); rebuilt"))
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            return _connect(self.path)


@lru_cache(maxsize=1)
def _code_hash() -> str:
    """Hash factcheck's own source, so a changed extractor never reads stale entries."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()[:16]


def _connect(path: Path) -> sqlite3.Connection:
    """Connect and check the schema marker, creating the tables in a new database."""
    db = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("CREATE TABLE IF NOT EXISTS files (key TEXT PRIMARY KEY, result BLOB NOT NULL)")
        db.execute("INSERT OR IGNORE INTO meta (name, value) VALUES ('application', 'factcheck')")
        marker = db.execute("SELECT value FROM meta WHERE name = 'application'").fetchone()
        if marker is None or marker[0] != "factcheck":
            raise sqlite3.DatabaseError("foreign database")
        db.execute("BEGIN")
    except sqlite3.DatabaseError:
        db.close()
        raise
    return db


def _with_path(result: FileResult, path: str) -> FileResult:
    """Give a cached result the path spelled this time (the same file may be named differently)."""
    if result.path == path:
        return result
    articles = tuple(dataclasses.replace(article, path=_renamed(article, result.path, path))
                     for article in result.articles)
    return dataclasses.replace(result, path=path, articles=articles)


def _renamed(article: ArticleResult, old: str, new: str) -> str:
    """Swap the file part of an article path, keeping any '#record' suffix."""
    return new + article.path[len(old):] if article.path.startswith(old) else new
