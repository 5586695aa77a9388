"""Render the rule set for ``factcheck rules list`` and ``rules explain``.

Plain aligned text rather than a table: a summary stays on one line whatever the
terminal's width, and the output can be searched with grep. Sample::

    Checks (13)
    FC101  name.former-name    name → conflict       error    rules/checks.toml:16
           An article uses a body's former name after the date it was renamed.
    ...
    Extraction rules (8)
    X101                       name                           rules/extraction.toml:4
           A known entity named by its name, an alias or a former name (entities.toml).
"""

from __future__ import annotations

from typing import TextIO

from factcheck.errors import UsageError
from factcheck.reporters.inert import for_terminal
from factcheck.ruleset import RuleSet
from factcheck.ruleset.schema import Check, ExtractionRule


def render_list(rules: RuleSet, out: TextIO) -> None:
    """Print every check and extraction rule: id, name, kind, severity, source file, summary."""
    rows = [(check.id, check.name, f"{check.kind} → {check.finding}",
             check.severity.value if check.enabled else "disabled", rules.origin("checks", check.id), check.summary)
            for check in rules.checks]
    extraction = [(rule.id, "", rule.kind, "", rules.origin("extraction", rule.id), rule.summary)
                  for rule in rules.extraction]
    # rule files are user input: every cell is made inert before it is padded
    cells = [[for_terminal(cell) for cell in row] for row in rows + extraction]
    widths = [max((len(row[column]) for row in cells), default=0) for column in range(5)]
    for title, table in (("Checks", cells[:len(rows)]), ("Extraction rules", cells[len(rows):])):
        out.write(f"{title} ({len(table)})\n")
        for row in table:
            out.write("  ".join(cell.ljust(width) for cell, width in zip(row[:5], widths, strict=True)).rstrip() + "\n")
            out.write(" " * (widths[0] + 2) + row[5] + "\n")


def render_explain(rules: RuleSet, rule_id: str, out: TextIO) -> None:
    """Print what one rule does, where it is defined and the examples it is tested with."""
    for check in rules.checks:
        if rule_id in (check.id, check.name):
            out.write("\n".join(_explain_check(check, rules.origin("checks", check.id))) + "\n")
            return
    for rule in rules.extraction:
        if rule_id == rule.id:
            out.write("\n".join(_explain_extraction(rule, rules.origin("extraction", rule.id))) + "\n")
            return
    raise UsageError(f"no rule with id or name '{rule_id}' (see: factcheck rules list)")


def _explain_check(check: Check, origin: str) -> list[str]:
    """Return the lines explaining one check."""
    state = f"severity {check.severity.value}" if check.enabled else "disabled"
    lines = [f"{check.id} {check.name} ({check.kind} → {check.finding}, {state})", check.summary]
    if origin:
        lines.append(f"Defined in {origin}; turn it off with disable = [\"{check.id}\"] in factcheck.toml.")
    for example in check.examples:
        lines.append(f"\nExample '{example.name}': expects {example.expect} finding(s) from:")
        for number, text in enumerate(example.articles, start=1):
            lines.append(f"  article {number}: " + text.replace("\n", "\n             "))
    return lines


def _explain_extraction(rule: ExtractionRule, origin: str) -> list[str]:
    """Return the lines explaining one extraction rule."""
    lines = [f"{rule.id} (extracts {rule.kind} claims)", rule.summary]
    if origin:
        lines.append(f"Defined in {origin}; `factcheck claims PATH` shows what it extracts from your articles.")
    return lines
