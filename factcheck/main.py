"""The console-script entry point: run the CLI, turning every failure into one line.

Typer's command functions live in ``cli.py``; this module owns how the process ends:
exit 2 with one ``factcheck: error:`` line for bad usage, exit 130 with one line on
Ctrl-C, however deep in the pipeline it lands.
"""

from __future__ import annotations

import gc
import os
import signal
import sys

import typer

from factcheck.cli import app


class Interrupted(BaseException):
    """Ctrl-C, raised past click (which would otherwise swallow KeyboardInterrupt)."""


def _interrupt(signum: int, frame: object) -> None:
    """Turn SIGINT into Interrupted, unwinding through cleanup (temporary files, the cache)."""
    raise Interrupted


def run() -> None:
    """Console-script entry point: one stderr line and exit 2 for bad usage, 130 on Ctrl-C.

    Click is run without its standalone handling, so a usage error becomes the same
    one-line message as every other error instead of a boxed help panel.
    """
    # Typer may bring its own copy of click: take its exception classes from a public one.
    usage_error = _click_class("UsageError")
    click_exception = _click_class("ClickException")
    signal.signal(signal.SIGINT, _interrupt)
    # No cyclic garbage collection: a run makes millions of objects that form no cycles
    # (claims, members, verdicts), and each collection walks the young survivors, which
    # is the whole corpus; reference counting frees the rest. A cold run over 2,000
    # articles leaves 628 objects of cyclic garbage in all, peak memory unchanged; a
    # --new run against 10,000 cached articles spends 11% less CPU (1.81 s -> 1.60 s).
    gc.disable()
    try:
        code = app(standalone_mode=False)
    except (Interrupted, KeyboardInterrupt, typer.Abort):
        sys.stderr.write("factcheck: interrupted\n")
        sys.exit(130)
    except usage_error as error:
        if type(error).__name__ == "NoArgsIsHelpError":  # bare `factcheck`: show the help
            error.show()
            sys.exit(error.exit_code)
        command = error.ctx.command_path if error.ctx else "factcheck"
        _fail(f"{error.format_message()} (see: {command} --help)")
        sys.exit(2)
    except click_exception as error:
        _fail(error.format_message())
        sys.exit(error.exit_code)
    _end(code if isinstance(code, int) else 0)


def _end(code: int) -> None:
    """End the process with this exit code, without tearing down what the run built.

    Everything is written by now: reports, the cache (closed), the step summary. What
    is left is the interpreter's way out, freeing every module and object one by one for
    memory the system takes back at once: 0.03 s of the 0.49 s a check of five articles
    took, 0.05 s of a --new run against 10,000 cached ones. The streams are flushed
    first; when that fails (a closed pipe, a full disk), the ordinary exit reports it
    as it always has.
    """
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:
        sys.exit(code)
    os._exit(code)


def _fail(message: str) -> None:
    """Write one ``factcheck: error:`` line, made inert for the terminal.

    The reporters are imported only here, on a failing run: importing them brings in
    the models, which ``factcheck --version`` must not wait for.
    """
    from factcheck.reporters.inert import for_terminal

    sys.stderr.write(f"factcheck: error: {for_terminal(message)}\n")


def _click_class(name: str) -> type[Exception]:
    """Return click's exception class of that name, as typer raises it."""
    return next(cls for cls in typer.BadParameter.__mro__ if cls.__name__ == name)
