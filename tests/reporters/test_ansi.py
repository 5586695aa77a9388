"""styled_lines writes a coloured text's lines byte for byte as rich's console prints them."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from factcheck.reporters.ansi import paragraph_spans, styled_lines
from factcheck.reporters.plain_wrap import line_spans

STYLES = ["", "bold", "dim", "italic", "cyan", "bold red", "yellow", "underline", "red on white", "reverse"]


def colour_console(width: int = 60) -> Console:
    return Console(file=io.StringIO(), width=width, height=25, color_system="standard", force_terminal=True,
                   no_color=False, highlight=False, soft_wrap=False, emoji=False, markup=False,
                   legacy_windows=False, _environ={})


def printed_by_rich(text: Text, width: int | None, indent: int = 0) -> str:
    """What the terminal reporter printed through rich: wrapped (width) or not (None), indented."""
    console = colour_console(80 if width is None else width + indent)
    if width is None:
        block = text
    else:
        block = Text()
        for number, line in enumerate(text.wrap(console, width)):
            block.append("\n" if number else "").append(" " * indent).append_text(line)
    console.print(block, no_wrap=True, overflow="ignore", crop=False)
    return console.file.getvalue()


def styled(pieces: list[tuple[str, str]], base: str) -> Text:
    text = Text(style=base)
    for piece, style in pieces:
        text.append(piece, style=style)
    return text


def test_a_quote_in_italic_with_a_highlighted_value_wraps_as_rich_prints_it() -> None:
    text = styled([("“The institute will ", ""), ("double", "bold red"), (" its staff by 2026,” she said.", "")],
                  "italic")
    spans = line_spans(text.plain, 16)
    assert spans is not None
    written = styled_lines(colour_console(20), text, spans, 4)
    assert written == printed_by_rich(text, 16, 4)
    assert written.splitlines()[0] == "    \x1b[3m“The institute \x1b[0m"
    assert "\x1b[1;3;31mdouble\x1b[0m" in written


def test_an_unstyled_blank_line_is_a_newline() -> None:
    assert styled_lines(colour_console(), Text(), paragraph_spans("")) == "\n" == printed_by_rich(Text(), None)


PIECES = st.lists(st.tuples(st.one_of(st.text(alphabet="ab é’“—-.,0", min_size=1, max_size=12),
                                      st.sampled_from([" ", "  ", "\n", " \n "])),
                            st.sampled_from(STYLES)), max_size=12)


@settings(max_examples=300, deadline=None)
@given(pieces=PIECES, base=st.sampled_from(STYLES), width=st.integers(min_value=1, max_value=30),
       indent=st.integers(min_value=0, max_value=6))
def test_any_styled_text_wraps_as_rich_prints_it(pieces: list[tuple[str, str]], base: str, width: int,
                                                   indent: int) -> None:
    text = styled(pieces, base)
    spans = line_spans(text.plain, width)
    assert spans is not None
    assert styled_lines(colour_console(width + indent), text, spans, indent) == printed_by_rich(text, width, indent)


@settings(max_examples=300, deadline=None)
@given(pieces=PIECES, base=st.sampled_from(STYLES))
def test_any_styled_text_left_unwrapped_prints_as_rich_prints_it(pieces: list[tuple[str, str]], base: str) -> None:
    text = styled(pieces, base)
    assert styled_lines(colour_console(), text, paragraph_spans(text.plain)) == printed_by_rich(text, None)


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.tuples(st.text(max_size=12).filter(lambda piece: "\t" not in piece),
                                 st.sampled_from(STYLES)), max_size=8),
       base=st.sampled_from(STYLES))
def test_any_text_without_a_tab_left_unwrapped_prints_as_rich_prints_it(pieces: list[tuple[str, str]],
                                                                         base: str) -> None:
    """Wide characters, combining marks and other scripts too: lines never wrapped need no cell widths."""
    text = styled(pieces, base)
    assert styled_lines(colour_console(), text, paragraph_spans(text.plain)) == printed_by_rich(text, None)
