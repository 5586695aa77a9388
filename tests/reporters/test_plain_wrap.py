"""line_spans finds the lines rich makes of uncoloured text, or leaves the text to rich."""

from __future__ import annotations

import io
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from factcheck.reporters.plain_wrap import SINGLE_CELL_TEXT, line_spans

CONSOLE = Console(file=io.StringIO(), width=200, color_system=None, markup=False, highlight=False, emoji=False)


def rich_lines(text: str, width: int) -> list[str]:
    return [line.plain for line in Text(text).wrap(CONSOLE, width)]


def wrap_plain(text: str, width: int) -> list[str] | None:
    spans = line_spans(text, width)
    return None if spans is None else [text[start:end] for start, end in spans]


def test_every_character_taken_as_one_cell_is_one_cell_for_rich() -> None:
    ranges = re.findall(r"(\\x[0-9a-f]{2}|\\u[0-9a-f]{4})-(\\x[0-9a-f]{2}|\\u[0-9a-f]{4})|(\\u[0-9a-f]{4})",
                        SINGLE_CELL_TEXT.pattern)
    characters = [chr(code) for low, high, _ in ranges if low
                  for code in range(int(low[2:], 16), int(high[2:], 16) + 1)]
    assert len(characters) == 630
    assert [character for character in characters if cell_len(character) != 1] == []


@pytest.mark.parametrize(("text", "width", "lines"), [
    ("one two three", 7, ["one two", "three"]),
    ("a verylongwordindeed b", 6, ["a ", "verylo", "ngword", "indeed", " b"]),  # a word cut, as rich cuts it
    ("  lead and trail   \n\nnext", 8, ["  lead ", "and ", "trail   ", "", "next"]),
    ("« Il a dit : “c’est prévu” » — 3 000 €…", 12, ["« Il a dit :", "“c’est ", "prévu” » — 3", "000 €…"]),
])
def test_lines_as_rich_makes_them(text: str, width: int, lines: list[str]) -> None:
    assert wrap_plain(text, width) == lines == rich_lines(text, width)


@pytest.mark.parametrize("text", ["東京 office", "e\u0301", "tab\there", "Ωμέγα", "soft\u00adhyphen", ""])
def test_text_that_may_not_take_one_cell_a_character_is_left_to_rich(text: str) -> None:
    assert wrap_plain(text, 10) is None or (text == "" and wrap_plain(text, 10) == rich_lines(text, 10))


WORDS = st.one_of(st.text(alphabet="abcdéœ’“”…—-.,:;!?0123456789€«»", min_size=1, max_size=25),
                  st.sampled_from([" ", "  ", "\u00a0", "\n", "\n\n", " \n "]))


@settings(max_examples=500, deadline=None)
@given(pieces=st.lists(WORDS, max_size=30), width=st.integers(min_value=1, max_value=40))
def test_any_single_cell_text_wraps_as_rich_wraps_it(pieces: list[str], width: int) -> None:
    text = "".join(pieces)
    assert wrap_plain(text, width) == rich_lines(text, width)


@settings(max_examples=300, deadline=None)
@given(text=st.from_regex(SINGLE_CELL_TEXT, fullmatch=True), width=st.integers(min_value=1, max_value=30))
def test_any_text_of_the_single_cell_characters_wraps_as_rich_wraps_it(text: str, width: int) -> None:
    assert wrap_plain(text, width) == rich_lines(text, width)
