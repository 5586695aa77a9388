"""Reporters: one module per output format, each rendering a finished Report."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from factcheck.models import ClaimsReport, Report
from factcheck.reporters import json_report, terminal

REPORTERS: dict[str, Callable[[Report, TextIO], None]] = {
    "terminal": terminal.render,
    "json": json_report.render,
}
CLAIMS_REPORTERS: dict[str, Callable[[ClaimsReport, TextIO], None]] = {
    "terminal": terminal.render_claims,
    "json": json_report.render_claims,
}
