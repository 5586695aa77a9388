"""The claim cache: each file's extraction, stored by content hash and rule-set hash.

A CI run over a large corpus re-extracts only new or changed files. The cache is an
embedded SQLite database in WAL mode, so two runs can share it: reads take no lock,
writes are short transactions, and the last writer of an identical entry wins
harmlessly. Entries are JSON validated back into the pipeline's own types, never
pickles: a corrupted or foreign cache file is reported once and rebuilt, never trusted.

Every edit of an article, of a rule file or of factcheck itself leaves the entries made
before it unused, so each entry records the day a run last used it, and entries no run
has used for ``UNUSED_DAYS`` are deleted (looked for once a day): a cache kept from one
CI run to the next does not grow without end.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from factcheck import __version__, codec
from factcheck.errors import ArticleError
from factcheck.load import json_lines
from factcheck.models import Diagnostic, PartialDate
from factcheck.results import FileResult
from factcheck.source_hash import code_hash

DATABASE = "claims.sqlite3"
SCHEMA = 5
# A file changed this recently is hashed but its digest not kept (see ClaimCache.key).
RACY_SECONDS = 2
BATCH = 500  # cache keys looked up per query, and results stored per transaction
UNUSED_DAYS = 30  # entries and digests no run has used for this long are deleted
# Each table's columns, as this schema makes them: a cache whose tables differ is damaged.
COLUMNS = {"files": ["key", "articles", "claims", "warned", "result"], "last_used": ["key", "day"],
           "digests": ["path", "device", "inode", "size", "mtime_ns", "ctime_ns", "sha256", "last_used"]}


class ClaimCache:
    """Cached FileResults for one rule set, keyed by file content."""

    def __init__(self, folder: Path, rules_hash: str) -> None:
        self.namespace = f"{__version__}:{SCHEMA}:{code_hash()}:{rules_hash}"
        self.warnings: list[Diagnostic] = []
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / DATABASE
        self.today = int(time.time() // 86400)
        self.db = self._open()
        self._digests = {path: ((device, inode, size, mtime, ctime), digest, used) for path, device, inode, size,
                         mtime, ctime, digest, used in self.db.execute("SELECT * FROM digests")}
        self._new_digests: list[tuple[str, int, int, int, int, int, str, int]] = []
        self._new_results: list[tuple[str, int, int, bool, bytes]] = []
        # Entries and digests used by this run that no run had used yet today: their day is moved on.
        self._used_keys: list[str] = []
        self._used_paths: list[str] = []

    def key(self, path: str) -> str:
        """Return the cache key of a file's content under this rule set; OSError when unreadable.

        The content's digest is reused while the file's identity, size and change times
        are those recorded when it was last hashed, so a warm run over 10,000 articles
        does not read them all again. A file changed within ``RACY_SECONDS`` of being
        hashed is never recorded: a filesystem's clock ticks coarsely, and an edit in
        the same tick would leave every recorded field as it was.
        """
        absolute = os.path.abspath(path)
        status = os.stat(absolute)
        identity = (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)
        recorded_identity, content, used = self._digests.get(absolute, (None, "", 0))
        if recorded_identity != identity:
            with open(absolute, "rb") as handle:
                # Hashed as it streams: an oversized file (refused later, by the loader)
                # is never held in memory just to be looked up.
                content = hashlib.file_digest(handle, "sha256").hexdigest()
            if time.time_ns() - max(status.st_mtime_ns, status.st_ctime_ns) > RACY_SECONDS * 1e9:
                self._new_digests.append((absolute, *identity, content, self.today))
        elif used < self.today:
            self._used_paths.append(absolute)
        return hashlib.sha256(f"{self.namespace}\0{content}".encode()).hexdigest()

    def dated_key(self, key: str, dateline_date: PartialDate) -> str:
        """Return the key of a file's content extracted with the date a run gave its dateline (``dateline_years``)."""
        return hashlib.sha256(f"{key}\0dateline\0{dateline_date}".encode()).hexdigest()

    def record_keys(self, path: str, max_bytes: int) -> list[tuple[int, str]] | None:
        """Return the line and cache key of each record of a JSON Lines file, or None when it cannot be read
        so (not one, unreadable, in UTF-16 or binary: it is then cached whole, or its extraction says why).

        An archive's records are cached one by one: appending an article to it, or editing
        one, leaves every other record's entry in use. A record's key is its bytes' alone,
        wherever it stands in the file (``workload.rebased`` moves a cached result there).
        """
        try:
            lines = json_lines(path, max_bytes)
            if lines is None:
                return None
            keys = [(line, hashlib.sha256(f"{self.namespace}\0record\0".encode() + digest).hexdigest())
                    for line, digest in lines.fingerprints()]
        except (OSError, ArticleError):
            return None
        return keys or None

    def get_all(self, keys: dict[str, str]) -> dict[str, FileResult]:
        """Return the cached results of the files with these keys ({path: key}), each with the path given.

        An entry that does not validate is deleted and left out, so its file is extracted again.
        """
        paths_of: dict[str, list[str]] = defaultdict(list)
        for path, key in keys.items():
            paths_of[key].append(path)
        return {path: _with_path(cached, path)
                for key, cached in self.get_results(list(paths_of)).items() for path in paths_of[key]}

    def held(self, keys: list[str]) -> set[str]:
        """Return which of these keys have an entry, without reading the entries (``get_results``
        validates each as it reads it, and leaves out one that does not validate)."""
        return {row[0] for row in self._rows("NULL", keys)}

    def get_results(self, keys: list[str]) -> dict[str, FileResult]:
        """Return the cached results with these keys, by key, as they were stored.

        An entry that does not validate is deleted and left out.
        """
        found: dict[str, FileResult] = {}
        for key, result, used in self._rows("result", keys):
            try:
                found[key] = codec.decode(result)
            except codec.ValidationError:
                self.db.execute("DELETE FROM files WHERE key = ?", (key,))
                continue
            self._mark_used(key, used)
        return found

    def get_counts(self, keys: list[str]) -> dict[str, tuple[int, int]]:
        """Return how many articles and claims the cached results with these keys hold, by key, for those
        that gave no warning, without reading the results.

        A run with nothing new compares nothing, yet its summary counts every article and
        claim: reading these counts instead of 10,000 results took a tenth of the time.
        A row whose counts are not counts is left out, and its result read as any other.
        """
        counts: dict[str, tuple[int, int]] = {}
        for key, articles, claims, used in self._rows("articles, claims", keys, "warned = 0 AND "):
            if type(articles) is int and type(claims) is int and articles >= 0 and claims >= 0:
                counts[key] = (articles, claims)
                self._mark_used(key, used)
        return counts

    def _rows(self, columns: str, keys: list[str], condition: str = "") -> Iterator[tuple]:
        """Yield the key, these columns and the day last used of the entries with these keys that meet ``condition``.

        Rows are fetched a batch of keys at a time: one query per file was a tenth of a
        warm run over 10,000 articles, and one query for all would hold every result at once.
        """
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), BATCH):
            batch = unique[start:start + BATCH]
            yield from self.db.execute(f"SELECT files.key, {columns}, day FROM files LEFT JOIN last_used USING (key) "
                                       f"WHERE {condition}files.key IN ({', '.join('?' * len(batch))})",
                                       batch).fetchall()

    def _mark_used(self, key: str, used: int | None) -> None:
        """Note that this run used the entry, unless a run already did today."""
        if (used or 0) < self.today:
            self._used_keys.append(key)

    def put(self, key: str, result: FileResult, encoded: bytes | None = None) -> None:
        """Store a file's result, with the warnings its content gave (a record unreadable, a date
        off the calendar), which a run that reads it from here gives again. A file skipped whole,
        or one on which a user pattern ran out of time (on this machine), is retried on the
        next run, never cached. ``encoded`` is the result's JSON (``codec``) when a worker
        process sent it so: it is stored as it came rather than written again."""
        if result.skipped is None and not result.timed_out:
            claims = sum(len(article.claims) for article in result.articles)
            self._new_results.append((key, len(result.articles), claims, bool(result.diagnostics),
                                      codec.encode(result) if encoded is None else encoded))
            if len(self._new_results) >= BATCH:
                self._write()

    def close(self) -> None:
        """Write what is left to write, delete what no run has used for long (once a day), and close."""
        self._write(prune=self._last_pruned() < self.today)
        self.db.close()

    def _write(self, prune: bool = False) -> None:
        """Store the new results and digests, and the day of those used, in one short transaction.

        Reads run outside any transaction, and writes are gathered and written together,
        a batch at a time: a run holding the database's one write lock from its first
        file to its last would stall every other run sharing the cache, and a run that
        read in a long transaction could not write at all once another had written.
        A run that finds everything in the cache writes nothing, unless it is the day's
        first to use some entries or to prune.
        """
        if not (self._new_results or self._new_digests or self._used_keys or self._used_paths or prune):
            return
        self.db.execute("BEGIN IMMEDIATE")  # waits (up to the connection's timeout) for the write lock
        try:
            self.db.executemany("INSERT OR REPLACE INTO files (key, articles, claims, warned, result) "
                                "VALUES (?, ?, ?, ?, ?)", self._new_results)
            self.db.executemany("INSERT OR REPLACE INTO digests VALUES (?, ?, ?, ?, ?, ?, ?, ?)", self._new_digests)
            self.db.executemany("INSERT OR REPLACE INTO last_used (key, day) VALUES (?, ?)",
                                ((key, self.today) for key in (*(entry[0] for entry in self._new_results),
                                                               *self._used_keys)))
            self.db.executemany("UPDATE digests SET last_used = ? WHERE path = ?",
                                ((self.today, path) for path in self._used_paths))
            if prune:
                oldest = self.today - UNUSED_DAYS
                self.db.execute("DELETE FROM files WHERE key IN (SELECT key FROM last_used WHERE day < ?)", (oldest,))
                self.db.execute("DELETE FROM last_used WHERE day < ?", (oldest,))
                self.db.execute("DELETE FROM digests WHERE last_used < ?", (oldest,))
                self.db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES ('pruned', ?)", (str(self.today),))
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")
        for pending in (self._new_results, self._new_digests, self._used_keys, self._used_paths):
            pending.clear()

    def _last_pruned(self) -> int:
        """Return the day unused entries were last deleted (0 when never)."""
        row = self.db.execute("SELECT value FROM meta WHERE name = 'pruned'").fetchone()
        return int(row[0]) if row and row[0].isdigit() else 0

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


def _connect(path: Path) -> sqlite3.Connection:
    """Connect and check the markers, creating the tables in a new database.

    A cache an older factcheck wrote (its schema marker missing or older) holds nothing
    this version can use, as its code is part of every key: its tables are made anew,
    without a warning. A newer schema, or tables that are not as this schema makes
    them, are refused (and the cache rebuilt with a warning).
    """
    db = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT OR IGNORE INTO meta (name, value) VALUES ('application', 'factcheck')")
        marker = db.execute("SELECT value FROM meta WHERE name = 'application'").fetchone()
        if marker is None or marker[0] != "factcheck":
            raise sqlite3.DatabaseError("foreign database")
        if _schema(db) > SCHEMA:
            raise sqlite3.DatabaseError("written by a newer factcheck")
        if _schema(db) < SCHEMA:
            _make_tables(db)
        for table, columns in COLUMNS.items():
            if [row[1] for row in db.execute(f"PRAGMA table_info({table})")] != columns:
                raise sqlite3.DatabaseError(f"unexpected {table} table")
    except sqlite3.DatabaseError:
        db.close()
        raise
    return db


def _schema(db: sqlite3.Connection) -> int:
    """Return the schema the database was made with (0 before factcheck recorded it)."""
    row = db.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
    return int(row[0]) if row and row[0].isdigit() else 0


def _make_tables(db: sqlite3.Connection) -> None:
    """Make the tables of this schema anew, in one transaction (another run may be doing the same)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        if _schema(db) < SCHEMA:
            for table in COLUMNS:
                db.execute(f"DROP TABLE IF EXISTS {table}")
            # An entry's counts and whether it gave a warning, before its result: a run that needs
            # only the counts (``get_counts``) never reads the result's pages.
            db.execute("CREATE TABLE files (key TEXT PRIMARY KEY, articles INTEGER NOT NULL, claims INTEGER NOT NULL, "
                       "warned INTEGER NOT NULL, result BLOB NOT NULL)")
            # The day an entry was last used, apart from the entry: moving it on must not
            # rewrite the entry (a first warm run of the day would copy the whole cache).
            db.execute("CREATE TABLE last_used (key TEXT PRIMARY KEY, day INTEGER NOT NULL) WITHOUT ROWID")
            db.execute("CREATE INDEX last_used_day ON last_used (day)")
            db.execute("CREATE TABLE digests (path TEXT PRIMARY KEY, device INTEGER, inode INTEGER, size INTEGER, "
                       "mtime_ns INTEGER, ctime_ns INTEGER, sha256 TEXT NOT NULL, last_used INTEGER NOT NULL)")
            db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES ('schema', ?)", (str(SCHEMA),))
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _with_path(result: FileResult, path: str) -> FileResult:
    """Give a cached result the path spelled this time (the same file may be named differently)."""
    if result.path == path:
        return result
    articles = tuple(dataclasses.replace(article, path=_renamed(article.path, result.path, path))
                     for article in result.articles)
    return dataclasses.replace(result, path=path, articles=articles,
                               diagnostics=_moved(result.diagnostics, result.path, path),
                               timed_out=_moved(result.timed_out, result.path, path))


def _moved(diagnostics: tuple[Diagnostic, ...], old: str, new: str) -> tuple[Diagnostic, ...]:
    """Give a cached result's diagnostics the path spelled this time."""
    return tuple(diagnostic.model_copy(update={"path": _renamed(diagnostic.path, old, new)})
                 for diagnostic in diagnostics)


def _renamed(named: str, old: str, new: str) -> str:
    """Swap the file part of an article's or a diagnostic's path, keeping any '#record' suffix."""
    return new + named[len(old):] if named.startswith(old) else new
