"""Write a text file whole or not at all: to a temporary file beside it, renamed into place.

A report, a baseline or a stored rule set that a failed or interrupted run half wrote
would be worse than none, so each is written beside its place and renamed over it.
The temporary file is made as any new file is, with the permissions the user's umask
allows (``tempfile.mkstemp`` makes it readable by its owner alone, which a CI job
serving its report or a colleague reading it would trip on), and a file replaced keeps
the permissions it had.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

# Tries at a free temporary name: each is random, so a clash means another writer's file.
NAME_TRIES = 100


@contextmanager
def replaced(path: Path, durable: bool = True) -> Iterator[TextIO]:
    """Yield a UTF-8 text stream whose content replaces ``path`` when the block ends without an error.

    ``durable`` waits until the content is on disk before the rename, so that a crash
    leaves the old file or the new one, never an empty one. On an error nothing is
    renamed and the temporary file is deleted; OSError is left to the caller.
    """
    handle, temporary = _create_beside(path)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
            stream.flush()
            if durable:
                os.fsync(stream.fileno())
        _keep_mode(path, temporary)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _create_beside(path: Path) -> tuple[int, Path]:
    """Create a new, empty, hidden file in ``path``'s folder, with the umask's permissions; return it open."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(NAME_TRIES):
        temporary = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


def _keep_mode(path: Path, temporary: Path) -> None:
    """Give the new file the permissions of the file it replaces, if there is one."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return  # a new file: the umask's permissions, as made
    os.chmod(temporary, mode)
