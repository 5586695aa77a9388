"""Severity: how much a finding matters.

A module of its own, free of pydantic, so the command line can offer
``--min-severity`` without importing the models: ``factcheck --version`` stays fast.
"""

from __future__ import annotations

from enum import Enum


class Severity(str, Enum):
    """How much a finding matters; ordered so thresholds can compare them."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """Return 0, 1, 2 for info, warning, error."""
        return ("info", "warning", "error").index(self.value)
