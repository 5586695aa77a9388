"""Write a report to stdout or, atomically, to a file."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from factcheck.atomic import replaced
from factcheck.errors import UsageError


def write_output(render: Callable[[TextIO], None], output: Path | None) -> None:
    """Render to stdout, or to a temporary file beside ``output`` renamed into place.

    A run that fails while rendering leaves any previous file at ``output`` untouched.
    """
    if output is None:
        render(sys.stdout)
        sys.stdout.flush()
        return
    folder = output.resolve().parent
    if not folder.is_dir():
        raise UsageError("cannot write report: folder does not exist", path=str(output))
    with replaced(folder / output.name) as stream:
        render(stream)
