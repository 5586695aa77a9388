"""Letters that match case-insensitively but lower to something else never crash a run.

A case-insensitive pattern for "signed" also matches "ſigned" (long s), and one for
"billion" matches "bıllion" (dotless i) and "bİllion"; lowering such a match does not
give back the phrase listed in the rules. Each listed phrase of the default rules is
written with such letters, next to dates and figures, and the run must simply go on.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel

from factcheck.api import check, load_rules

# Letter -> letters that `re` matches to it under IGNORECASE but that lower to themselves.
LOOKALIKES = {"s": ("\u017f",), "k": ("\u212a",), "i": ("\u0131", "\u0130"), "a": ("\u212b",)}


def _strings(value: object) -> Iterator[str]:
    """Yield every string inside a rule table."""
    if isinstance(value, BaseModel):
        yield from _strings(value.model_dump())
    elif isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def _twisted(phrase: str, letter: str, lookalike: str) -> str:
    return phrase.replace(letter, lookalike).replace(letter.upper(), lookalike)


def _phrases() -> list[str]:
    """The words and phrases of the default rules' tables that extraction looks up."""
    rules = load_rules()
    tables = [rules.calendar, rules.events, rules.numbers, rules.units, rules.titles, rules.lexicon]
    return sorted({text for table in tables for text in _strings(table) if text.isascii() and text.strip()
                   and any(char.isalpha() for char in text) and len(text) < 40})


@pytest.mark.parametrize(("letter", "lookalike"), [(letter, lookalike) for letter, options in LOOKALIKES.items()
                                                   for lookalike in options])
def test_listed_phrases_written_with_lookalike_letters_never_crash(tmp_path: Path, letter: str,
                                                                   lookalike: str) -> None:
    phrases = [_twisted(phrase, letter, lookalike) for phrase in _phrases() if letter in phrase.lower()]
    assert phrases
    body = "\n\n".join(f"The Ministry of Justice {phrase} 2,500 staff {phrase} on 21 July 2025, "
                       f"{phrase} 3 {phrase} in {phrase} 2025 and {phrase} {phrase}." for phrase in phrases)
    (tmp_path / "a.md").write_text(f"---\ntitle: Odd letters\npublished: 2025-07-20\n---\n\n{body}\n",
                                   encoding="utf-8")
    (tmp_path / "b.txt").write_text("Deal signed\n\nThe Ministry of Justice signed the deal on 21 July 2025.\n",
                                    encoding="utf-8")
    report = check([str(tmp_path)], load_rules())
    assert report.summary.articles == 2
    assert not report.diagnostics
