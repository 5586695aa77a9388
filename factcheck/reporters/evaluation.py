"""Render an ``EvalResult`` (``factcheck eval``): a precision/recall table per set and in total.

Sample::

    fixtures/eval/x-rebrand (5 articles)
      kind           type    labelled  found  recall  reported  correct  precision
      conflict       all            4      4    1.00         4        4       1.00
                     date           1      1    1.00         1        1       1.00
      ...
      missed:
        agreement      bird-since-2012 (date): the bird logo dated from 2012
      spurious:
        single_source  f9 FC303 (number) X · monthly user: Only 01-atlantic-press.txt states ...
      agreements and traps reported as conflicts: none

The JSON form is ``EvalResult.model_dump(mode="json")``.
"""

from __future__ import annotations

from typing import TextIO

from factcheck.eval import EvalResult, SetScore, Tally
from factcheck.reporters.inert import for_terminal

HEADER = f"  {'kind':<14} {'type':<7} {'labelled':>8} {'found':>6} {'recall':>7} {'reported':>9} {'correct':>8} {'precision':>10}"
MESSAGE_CHARS = 110


def render(result: EvalResult, out: TextIO) -> None:
    """Write each set's table with its missed and spurious items, then the totals."""
    for score in result.sets:
        _render_set(score, out)
        out.write("\n")
    if len(result.sets) > 1:
        out.write(f"total ({len(result.sets)} sets, {sum(score.articles for score in result.sets)} articles)\n")
        _render_table(result.total, out)
        confusions = sum(len(score.confusions) for score in result.sets)
        out.write(f"  agreements and traps reported as conflicts: {confusions or 'none'}\n")


def render_json(result: EvalResult, out: TextIO) -> None:
    """Write the result as JSON."""
    out.write(result.model_dump_json(indent=2) + "\n")


def _render_set(score: SetScore, out: TextIO) -> None:
    """Write one set: table, missed items, spurious findings, confusions."""
    out.write(f"{for_terminal(score.folder)} ({score.articles} articles)\n")
    _render_table(score.tallies, out)
    if score.missed:
        out.write("  missed:\n")
        for item in score.missed:
            out.write(f"    {item.kind:<14} {for_terminal(item.id)} ({item.type}): {_short(item.about)}\n")
    if score.spurious:
        out.write("  spurious:\n")
        for item in score.spurious:
            out.write(f"    {item.kind:<14} {item.finding} {item.rule} ({item.type}) "
                      f"{_short(item.subject)}: {_short(item.message)}\n")
    if score.confusions:
        out.write("  agreements and traps reported as conflicts:\n")
        for confusion in score.confusions:
            out.write(f"    {for_terminal(confusion.agreement)} in {confusion.finding}: {_short(confusion.message)}\n")
    else:
        out.write("  agreements and traps reported as conflicts: none\n")


def _render_table(tallies: tuple[Tally, ...], out: TextIO) -> None:
    """Write the rows: the kind on its "all" row, types indented under it."""
    out.write(HEADER + "\n")
    for tally in tallies:
        kind = tally.kind if tally.type == "all" else ""
        out.write(f"  {kind:<14} {tally.type:<7} {tally.labelled:>8} {tally.found:>6} {_ratio(tally.recall):>7} "
                  f"{tally.reported:>9} {tally.correct:>8} {_ratio(tally.precision):>10}\n")


def _ratio(value: float | None) -> str:
    """Print a ratio with two decimals, or a dash when undefined."""
    return "-" if value is None else f"{value:.2f}"


def _short(text: str) -> str:
    """Make a text safe for a terminal and short enough for one line."""
    text = " ".join(for_terminal(text).split())
    return text if len(text) <= MESSAGE_CHARS else text[: MESSAGE_CHARS - 1] + "…"
