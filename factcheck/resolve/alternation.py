"""Build one regex alternation from many words, as a trie, so it matches fast.

The regex engine tries every branch of "two|twelve|twenty|thirty|..." in turn at every
position it looks at; "t(?:w(?:o|el(?:ve)|enty)|hirty)" rules most of them out after a
letter or two. Number words, qualifiers, month names and cue phrases are such lists,
and they are tried at most positions of every sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TypeVar

END = ""
T = TypeVar("T")


def alternation(words: Iterable[str]) -> str:
    """Return a regex matching any of the words (spaces inside match any run of spaces); never matches if none."""
    trie: dict = {}
    for word in {word for word in words if word}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[END] = {}
    return _pattern(trie) if trie else r"(?!x)x"


def phrase_key(matched: str) -> str:
    """Fold a matched phrase back to its table key: lower case, single spaces.

    A space in a listed phrase matches any run of whitespace (a line break in a wrapped
    paragraph included), so the text as matched is not itself a key of the table.
    """
    return " ".join(matched.lower().split())


def lookup(table: Mapping[str, T], matched: str) -> T | None:
    """Return the table's value for a phrase a case-insensitive pattern matched, or None.

    Such a pattern also matches letters that do not lower to the listed ones: "signed"
    matches "ſigned" (long s), "first" matches "fırst" (dotless i). Their lower case is
    no key of the table, so the match is passed over instead of crashing the run.
    """
    return table.get(phrase_key(matched))


def _pattern(node: dict) -> str:
    """Turn a trie node into a regex, longest branches first so the engine prefers full words."""
    branches = [_char(char) + _pattern(child) for char, child in sorted(node.items(), key=lambda item: item[0])
                if char != END]
    optional = END in node
    if not branches:
        return ""
    if len(branches) == 1 and not optional:
        return branches[0]
    body = "|".join(branches)
    return f"(?:{body})?" if optional else f"(?:{body})"


def _char(char: str) -> str:
    """Escape one character; a space stands for any run of whitespace."""
    return r"\s+" if char == " " else re.escape(char)
