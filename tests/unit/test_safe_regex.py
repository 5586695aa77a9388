"""User patterns under a time budget: the line filter that narrows which lines they are tried on."""

from __future__ import annotations

import time

import pytest

from factcheck.api import load_rules
from factcheck.ruleset.safe_regex import LineFilter, RegexGuard, UserPattern

LINES = [
    "Back to news", "SHARE: Twitter Facebook", "Source: Reuters", "By Jane Doe", "AAPL +1.2%",
    "The ministry said 2,500 staff would use it.", "Newsletter", "  ", "advertisement", "Read more about it",
    "Comments (3)", "5 min read", "© 2025 Example Media", "Sign up now", "x", "Published: 21 July 2025",
]


def _guard() -> RegexGuard:
    guard = RegexGuard(1.0)
    guard.begin()
    return guard


def _filtered_matches(patterns: list[UserPattern], lines: list[str]) -> list[list[bool]]:
    """Return, line by line, which patterns match when tried only where the filter allows."""
    guard = _guard()
    line_filter = LineFilter(patterns)
    candidates = line_filter.lines(lines, 1.0)
    return [[(candidates is None or index in candidates or number not in line_filter.covered)
             and guard.search(pattern, line) is not None for number, pattern in enumerate(patterns)]
            for index, line in enumerate(lines)]


def _all_matches(patterns: list[UserPattern], lines: list[str]) -> list[list[bool]]:
    guard = _guard()
    return [[guard.search(pattern, line) is not None for pattern in patterns] for line in lines]


def test_the_filter_finds_every_line_the_shipped_boilerplate_patterns_match() -> None:
    rules = load_rules()
    patterns = [UserPattern.build(rule.id, rule.pattern, ignore_case=not rule.case_sensitive)
                for rule in rules.boilerplate.patterns]
    assert LineFilter(patterns).covered == frozenset(range(len(patterns)))
    assert _filtered_matches(patterns, LINES) == _all_matches(patterns, LINES)


@pytest.mark.parametrize("source", [
    r"\Aback", r"news\Z", r"^(?!The)\w+$", r"(?<!\w)min read", r"^(?>\w+)\s", r"^\w++$", r"^(\w)\1",
    r"(?i)^share", r"^(?P<word>\w+) (?P=word)",
])
def test_patterns_that_would_change_meaning_are_not_covered_but_still_tried(source: str) -> None:
    patterns = [UserPattern.build("b.covered", "^read more"), UserPattern.build("b.tried", source)]
    assert LineFilter(patterns).covered == frozenset({0})
    assert _filtered_matches(patterns, LINES) == _all_matches(patterns, LINES)


def test_case_folding_stays_with_each_pattern() -> None:
    patterns = [UserPattern.build("b.exact", "^[A-Z]{1,5}$"), UserPattern.build("b.folded", "^x$", ignore_case=True)]
    lines = ["AAPL", "aapl", "X", "x"]
    assert _filtered_matches(patterns, lines) == _all_matches(patterns, lines) == [
        [True, False], [False, False], [True, True], [False, True]]


def test_a_filter_out_of_time_lets_every_line_be_tried() -> None:
    line_filter = LineFilter([UserPattern.build("b.ab-runs", "^(ab|abab)+$")])
    assert line_filter.lines(["ab" * 40 + "!"], 0.05) is None


def test_the_filter_looks_at_each_line_once() -> None:
    """A match found on a line ends the search there: 'a.*b' at each of 20,000 a's would be quadratic."""
    line_filter = LineFilter([UserPattern.build("b.a-to-b", "a.*b")])
    started = time.perf_counter()
    assert line_filter.lines(["a" * 20_000 + "b", "xx", "ab"], 5.0) == frozenset({0, 2})
    assert time.perf_counter() - started < 0.5
