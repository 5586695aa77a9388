"""A hash of factcheck's own source: what a stored result was made with.

The claim cache and the stored rule sets key their entries with it, so a changed
extractor or loader never reads what an older one wrote.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def code_hash() -> str:
    """Hash every Python file of the package, by path and content."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()[:16]
