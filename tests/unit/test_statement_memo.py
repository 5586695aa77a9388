"""A statement word's value is worked out once, and the memo starts afresh when full."""

from __future__ import annotations

from factcheck.extract import statements
from factcheck.extract.statements import _Memo


def test_a_word_is_worked_out_once_and_then_looked_up(monkeypatch) -> None:  # noqa: ANN001 - pytest fixture
    monkeypatch.setattr(statements, "TERM_CACHE_SIZE", 3)
    asked: list[str] = []
    memo = _Memo(lambda word: asked.append(word) or word.upper())
    assert list(map(memo.__getitem__, ["a", "b", "a", "c", "b"])) == ["A", "B", "A", "C", "B"]
    assert asked == ["a", "b", "c"]
    assert memo["d"] == "D" and dict(memo) == {"d": "D"}  # full at three words: started afresh
