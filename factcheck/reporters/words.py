"""Wording shared by the reporters: section headings, counted nouns, shortened text."""

from __future__ import annotations

HEADINGS = {"conflict": "Conflicts", "agreement": "Agreements", "single_source": "Single-source claims"}


def count(number: int, noun: str) -> str:
    """Return '1 conflict' or '3 conflicts'."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def shorten(text: str, limit: int) -> str:
    """Collapse whitespace and cut text to a limit with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
