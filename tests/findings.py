"""Summarise a report's findings in a form that is stable and readable in golden files."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Report


def summarise(report: Report) -> list[dict[str, object]]:
    """Return each finding as rule, kind, severity, subject, attribute and article file names."""
    names = {article.id: Path(article.path).name for article in report.articles}
    return [
        {"rule": finding.rule, "kind": finding.kind, "severity": finding.severity.value,
         "subject": finding.subject, "attribute": finding.attribute,
         "articles": [names[article] for article in finding.articles]}
        for finding in report.findings
    ]
