"""The FactcheckError hierarchy: problems a user can fix, each rendered as one line.

The CLI prints ``str(error)`` on stderr and exits 2. Every message is built here so
they share one clickable shape: ``path:line: [rule] what went wrong``.
"""

from __future__ import annotations

import difflib


# Why a JSON or TOML file that Python's parsers give up on (they recurse per level) is refused.
NESTED_TOO_DEEPLY = "arrays or tables nested too deeply to read"


class FactcheckError(Exception):
    """A user-fixable problem that stops the run."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None,
                 rule_id: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.rule_id = rule_id

    def __str__(self) -> str:
        location = ""
        if self.path:
            location = self.path if self.line is None else f"{self.path}:{self.line}"
            location += ": "
        rule = f"[{self.rule_id}] " if self.rule_id else ""
        return f"{location}{rule}{self.message}"


class UsageError(FactcheckError):
    """The command line asks for something impossible."""


class ArticleError(FactcheckError):
    """An article cannot be read or parsed."""


class RuleFileError(FactcheckError):
    """A rule file is malformed, invalid or missing."""


class ConfigError(FactcheckError):
    """The configuration file is malformed or invalid."""


def closest(word: str, choices: list[str]) -> str | None:
    """Return the allowed name closest to a misspelt one, or None when none is close."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return close[0] if close else None


def did_you_mean(word: str, choices: list[str]) -> str:
    """Return " (did you mean 'x'?)" for the closest choice, or '' when none is close."""
    suggestion = closest(word, choices)
    return f" (did you mean '{suggestion}'?)" if suggestion else ""
