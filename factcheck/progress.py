"""A progress bar on stderr while articles are loaded and extracted.

Shown only when stderr is a terminal and only once the run has taken more than a
moment, so quick runs, pipes and CI logs stay clean; stdout carries the report alone.
It disappears when the run ends.
"""

from __future__ import annotations

import time
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.progress import Progress

DELAY_SECONDS = 0.5


class ProgressBar:
    """A callable for ``api.check(progress=...)`` that draws a bar once the run is slow enough."""

    def __init__(self, stream: TextIO, delay: float = DELAY_SECONDS) -> None:
        self.stream = stream
        self.delay = delay
        self.started = time.monotonic()
        self.bar: Progress | None = None
        self.task = 0

    def __call__(self, done: int, total: int) -> None:
        """Record that ``done`` of ``total`` files are extracted; draw once past the delay."""
        if self.bar is None:
            if time.monotonic() - self.started < self.delay or not self.stream.isatty():
                return
            # Imported here: most runs (pipes, CI, quick ones) never draw a bar.
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                TimeElapsedColumn(), console=Console(file=self.stream), transient=True)
            self.task = self.bar.add_task("extracting", total=total)
            self.bar.start()
        description = "comparing" if done == total else "extracting"
        self.bar.update(self.task, completed=done, total=total, description=description)

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self.bar is not None:
            self.bar.stop()
