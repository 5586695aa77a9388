"""User regexes from rule files: compiled with the ``regex`` module, run under a time budget.

A rule file is data, yet a regex in it is a small program: a pattern that backtracks
catastrophically (``^(\\w|\\w\\w)+$``) can hang a CI job on one unlucky line. Two
defences. At load time each pattern is compiled and probed against short adversarial
strings; one that cannot finish a probe within ``PROBE_SECONDS`` is a rule-file error.
At run time every search gets the time left in its pattern's budget for the current
article file; a pattern that runs out is skipped for the rest of that file and reported
as a Diagnostic, never fatal. Patterns tried on every line of an article (boilerplate)
are first searched together, once, to find the few lines worth trying (``LineFilter``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import regex

from factcheck.models import Diagnostic

# Long enough that an exponential pattern cannot finish (2**48 steps), short enough that
# any sane pattern takes microseconds; the ratio makes the probe safe on a loaded machine.
PROBE_LENGTH = 48
PROBE_SECONDS = 0.25
PROBE_FILLERS = "a1 -.,'"
PROBE_TAILS = ("\x00", "!")
# What keeps a pattern out of a LineFilter, read off its source (an escaped look-alike such
# as "\\A" is kept out too, which costs time only). Anchors at the text's edges, negative
# lookarounds (they may see past a line), atomic groups, possessive quantifiers and
# backtracking verbs could fail on lines joined by newlines where they match one line
# alone; references to groups (by number or name, or as subroutines) and global inline
# flags would change meaning inside an alternation of several patterns.
# (Our own fixed patterns: the standard module compiles them faster at start-up.)
NOT_ACROSS_LINES = re.compile(r"\\[AZzG]|\(\?<?!|\(\?>|[*+?}]\+|\(\*")
NOT_IN_ALTERNATION = re.compile(r"\\[1-9g]|\(\?(?:P[=>]|[&(R0-9+-])|\(\?[\^a-zA-Z0-9-]*\)")
T = TypeVar("T")


def check_pattern(pattern: str) -> str:
    """Return the pattern if it compiles and survives the probes; raise ValueError otherwise.

    Used as a pydantic validator, so the error is reported with the rule file, line and id.
    """
    compile_pattern(pattern)
    probe = _slow_probe(pattern)
    if probe is not None:
        raise ValueError(f"regex backtracks catastrophically (over {PROBE_SECONDS} s on {probe}); "
                         "avoid nested or overlapping repeats such as (a|aa)+ or (\\w+\\s?)+")
    return pattern


@functools.cache
def compile_pattern(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """Compile with ``re``-compatible semantics, turning a syntax error into a ValueError."""
    try:
        return regex.compile(pattern, flags | regex.VERSION0)
    except regex.error as error:
        raise ValueError(f"invalid regex: {error}") from None


@functools.cache
def _slow_probe(pattern: str) -> str | None:
    """Return a description of the first probe the pattern cannot finish in time, or None.

    Probes repeat one character (each character of the pattern itself, and a few common
    ones) and end with one the pattern is unlikely to accept, which is what forces a
    backtracking engine to try every way of splitting the run.
    """
    compiled = compile_pattern(pattern)
    fillers = sorted(set(PROBE_FILLERS) | {char for char in pattern if char.isprintable()})
    for filler in fillers:
        for tail in PROBE_TAILS:
            text = filler * PROBE_LENGTH + tail
            try:
                compiled.search(text, timeout=PROBE_SECONDS)
            except TimeoutError:
                return f"{PROBE_LENGTH} x {filler!r}"
    return None


@dataclass(frozen=True, slots=True)
class UserPattern:
    """A compiled user pattern and the rule it comes from, for diagnostics."""

    rule: str
    compiled: regex.Pattern[str]

    @classmethod
    def build(cls, rule: str, pattern: str, ignore_case: bool = False) -> UserPattern:
        """Compile a pattern that the rule-set schema has already validated."""
        return cls(rule, compile_pattern(pattern, regex.IGNORECASE if ignore_case else 0))


@dataclass
class RegexGuard:
    """Runs user patterns over one article file at a time, each within its time budget.

    One guard serves one pipeline (one process); ``begin`` starts a new file. The state
    is per file, so extraction stays a function of the file and the rules, except that a
    slow machine may time a pattern out where a fast one would not: which is reported,
    so it is never silent.
    """

    seconds: float
    _spent: dict[str, float] = field(default_factory=dict)
    _timed_out: list[str] = field(default_factory=list)

    def begin(self) -> None:
        """Start a new file: every pattern gets its full budget again."""
        self._spent.clear()
        self._timed_out.clear()

    def search(self, pattern: UserPattern, text: str) -> regex.Match[str] | None:
        """Search like ``Pattern.search``; a pattern out of time finds nothing."""
        return self._run(pattern, lambda left: pattern.compiled.search(text, timeout=left), None)

    def sub(self, pattern: UserPattern, replacement: str, text: str) -> str:
        """Substitute like ``Pattern.sub``; a pattern out of time leaves the text as it is."""
        return self._run(pattern, lambda left: pattern.compiled.sub(replacement, text, timeout=left), text)

    def diagnostics(self, path: str) -> tuple[Diagnostic, ...]:
        """Return one diagnostic per pattern that ran out of time on the current file."""
        return tuple(Diagnostic(path=path, rule=rule,
                                message=f"rule pattern '{rule}' ran over its {self.seconds:g} s limit "
                                        "and was skipped for this article")
                     for rule in self._timed_out)

    def _run(self, pattern: UserPattern, call: Callable[[float], T], fallback: T) -> T:
        """Run one call with the pattern's remaining budget, recording when it runs out."""
        rule = pattern.rule
        left = self.seconds - self._spent.get(rule, 0.0)
        if left <= 0:
            return fallback
        started = time.perf_counter()
        try:
            return call(left)
        except TimeoutError:
            self._spent[rule] = math.inf
            return fallback
        finally:
            self._spent[rule] = self._spent.get(rule, 0.0) + time.perf_counter() - started
            if self._spent[rule] >= self.seconds and rule not in self._timed_out:
                self._timed_out.append(rule)


class LineFilter:
    """Which lines several user patterns may match, learnt from one search of them all.

    Trying each pattern on each line of an article costs a guarded search apiece, and
    the time limit alone costs microseconds a search. Searched once, together, over the
    lines joined by newlines, they narrow that to the few lines where one of them
    matches. That is exact: a pattern that matches one line alone matches the joined
    lines at the same place, ``^`` and ``$`` being taken at each line (MULTILINE), unless
    it uses one of NOT_ACROSS_LINES. Such patterns, and those that would mean something
    else inside an alternation (NOT_IN_ALTERNATION), are not ``covered``: they are tried
    on every line.
    """

    def __init__(self, patterns: Sequence[UserPattern]) -> None:
        covered = [index for index, pattern in enumerate(patterns) if _joinable(pattern.compiled.pattern)]
        branches = [_branch(patterns[index]) for index in covered]
        self.combined: regex.Pattern[str] | None = None
        self.covered: frozenset[int] = frozenset()
        if branches:
            self.combined = compile_pattern("|".join(branches), regex.MULTILINE)
            self.covered = frozenset(covered)

    def lines(self, lines: Sequence[str], seconds: float) -> frozenset[int] | None:
        """Return the indices of the lines a covered pattern may match; None when it ran out of time.

        Which lines hold a match is all that counts, so after a match the search goes on
        from the next line, and never looks at a line twice. It runs within ``seconds``
        in all, under no pattern's budget: running out costs no report, since every line
        is then tried, each pattern under its own budget.
        """
        if self.combined is None or not lines:
            return frozenset()
        joined = "\n".join(lines)
        offsets = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
        deadline = time.perf_counter() + seconds
        found: set[int] = set()
        position = 0
        while position <= len(joined):
            left = deadline - time.perf_counter()
            if left <= 0:  # the regex module reads a timeout below zero as none
                return None
            try:
                match = self.combined.search(joined, position, timeout=left)
            except TimeoutError:
                return None
            if match is None:
                break
            line = bisect.bisect_right(offsets, match.start()) - 1
            found.add(line)
            position = offsets[line + 1]
        return frozenset(found)


def _joinable(source: str) -> bool:
    """Return True when a pattern means the same over joined lines and as a branch of an alternation."""
    return not NOT_ACROSS_LINES.search(source) and not NOT_IN_ALTERNATION.search(source)


def _branch(pattern: UserPattern) -> str:
    """Return a pattern as one branch of an alternation, with its own case folding."""
    ignore_case = bool(pattern.compiled.flags & regex.IGNORECASE)
    return f"(?i:{pattern.compiled.pattern})" if ignore_case else f"(?:{pattern.compiled.pattern})"
