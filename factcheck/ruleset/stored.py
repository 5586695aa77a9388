"""Rule sets stored in the cache folder: read the rule files once, not on every run.

Parsing the TOML rule files and validating them is a fixed cost of every run (0.1 s for
the built-in rules, twice that with a corpus's thousands of entities), and most runs
read the same files as the run before. A rule set is stored as JSON beside the claim
cache, keyed by the rule files' paths and bytes and by factcheck's own source, and
validated back into a RuleSet: never a pickle, so a damaged or foreign file is read
again from the rule files, with a warning, and never trusted.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from factcheck import __version__
from factcheck.atomic import replaced
from factcheck.ruleset.loader import load_ruleset
from factcheck.ruleset.ruleset import RuleSet
from factcheck.source_hash import code_hash

PREFIX = "rules-"
UNUSED_DAYS = 30  # stored rule sets no run has read for this long are deleted


class _Stored(BaseModel):
    """A stored rule set, with the fields its JSON form leaves out (where each rule was read from)."""

    model_config = ConfigDict(extra="forbid")

    key: str
    rules: RuleSet
    sources: tuple[str, ...]
    origins: dict[str, str]


def load_stored(folders: list[Path], folder: Path, warn: Callable[[str], None]) -> RuleSet:
    """Return the rule set of these rule folders, from ``folder`` when stored there, else read and stored.

    Rule folders that do not exist, or files that cannot be read, are left to the
    loader, whose error names them. Failing to store is no error: the run goes on.
    """
    key = _key(folders)
    if key is None:
        return load_ruleset(folders)
    path = folder / f"{PREFIX}{key}.json"
    stored = _read(path, key, warn)
    if stored is not None:
        return stored
    rules = load_ruleset(folders)
    _write(path, _Stored(key=key, rules=rules, sources=rules.sources, origins=rules.origins))
    _forget_unused(folder)
    return rules


def _key(folders: list[Path]) -> str | None:
    """Hash what a rule set is made from: factcheck's source, and each folder's rule files by path and
    bytes, in the order read; None when a folder or file cannot be read."""
    digest = hashlib.sha256(f"{__version__}\0{code_hash()}".encode())
    try:
        for folder in folders:
            digest.update(b"\0folder\0" + str(folder.resolve()).encode())
            for path in sorted(folder.glob("*.toml")):
                digest.update(b"\0" + path.name.encode() + b"\0" + path.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()[:32]


def _read(path: Path, key: str, warn: Callable[[str], None]) -> RuleSet | None:
    """Return the rule set stored at ``path``, or None when there is none or it is not what ``key`` names."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        warn(f"{path}: cannot read the stored rule set ({error.strerror or error}); rules read again")
        return None
    try:
        stored = _Stored.model_validate_json(data)
    except ValidationError:
        stored = None
    if stored is None or stored.key != key:
        warn(f"{path}: stored rule set is damaged or not factcheck's; rules read again")
        path.unlink(missing_ok=True)
        return None
    _touch(path)
    return stored.rules.model_copy(update={"sources": stored.sources, "origins": stored.origins})


def _write(path: Path, stored: _Stored) -> None:
    """Store the rule set whole or not at all: written to a temporary file, then renamed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with replaced(path, durable=False) as out:
            out.write(stored.model_dump_json())
    except OSError:
        pass  # a read-only cache folder: the rules are read from their files next time too


def _touch(path: Path) -> None:
    """Mark a stored rule set as read today, at most once a day, so ``_forget_unused`` keeps it."""
    try:
        if time.time() - path.stat().st_mtime > 86400:
            os.utime(path)
    except OSError:
        pass


def _forget_unused(folder: Path) -> None:
    """Delete the stored rule sets no run has read for ``UNUSED_DAYS``: each edit of a rule file or of
    factcheck stores a new one."""
    oldest = time.time() - UNUSED_DAYS * 86400
    for path in folder.glob(f"{PREFIX}*.json"):
        try:
            if path.stat().st_mtime < oldest:
                path.unlink()
        except OSError:
            pass
