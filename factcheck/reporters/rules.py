"""Render the rule set for ``factcheck rules list`` and ``rules explain``."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck.errors import UsageError
from factcheck.ruleset import RuleSet


def render_list(rules: RuleSet, out: TextIO) -> None:
    """Print every check and extraction rule in one table."""
    console = Console(file=out, highlight=False, markup=False, emoji=False)
    table = Table("id", "name", "kind", "finding", "severity", "summary")
    for check in rules.checks:
        table.add_row(check.id, check.name, check.kind, check.finding,
                      check.severity.value + ("" if check.enabled else " (disabled)"), Text(check.summary))
    for rule in rules.extraction:
        table.add_row(rule.id, "extraction", rule.kind, "claim", "-", Text(rule.summary))
    console.print(table)


def render_explain(rules: RuleSet, rule_id: str, out: TextIO) -> None:
    """Print what one rule does and its examples."""
    for check in rules.checks:
        if rule_id in (check.id, check.name):
            lines = [f"{check.id} {check.name} ({check.kind} → {check.finding}, severity {check.severity.value})",
                     check.summary]
            for example in check.examples:
                lines.append(f"\nExample '{example.name}': expects {example.expect} finding(s) from:")
                for number, text in enumerate(example.articles, start=1):
                    lines.append(f"  article {number}: " + text.replace("\n", "\n             "))
            out.write("\n".join(lines) + "\n")
            return
    for rule in rules.extraction:
        if rule_id == rule.id:
            out.write(f"{rule.id} (extracts {rule.kind} claims)\n{rule.summary}\n")
            return
    raise UsageError(f"no rule with id or name '{rule_id}' (see: factcheck rules list)")
