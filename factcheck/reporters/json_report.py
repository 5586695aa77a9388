"""JSON reporter: the Report model dumped as is; its field names are the contract.

Sample (abridged)::

    {"version": "1", "articles": [...], "claims": [...], "findings": [...],
     "summary": {"articles": 5, "claims": 86, "agreements": 6, "conflicts": 1, "single_source": 7}}
"""

from __future__ import annotations

from typing import TextIO

from factcheck.models import ClaimsReport, Report


def render(report: Report, out: TextIO) -> None:
    """Write the report as indented UTF-8 JSON."""
    out.write(report.model_dump_json(indent=2))
    out.write("\n")


def render_claims(report: ClaimsReport, out: TextIO) -> None:
    """Write the extracted claims as indented UTF-8 JSON."""
    out.write(report.model_dump_json(indent=2))
    out.write("\n")
