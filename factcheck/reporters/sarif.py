"""SARIF 2.1.0 reporter, for code-scanning dashboards.

``tool.driver.rules`` describes the checks that ran (``Report.checks``). Each
conflict or single-source finding becomes one result per article it involves, at
that article's claim, with the other sides of the conflict as related locations, so a
dashboard shows the problem in every file that has to agree. ``partialFingerprints``
carry our fingerprint, which ignores paths and lines. With a baseline in use, new
findings are ``baselineState: new`` and those the baseline knew are ``unchanged``;
findings suppressed by a comment or the configuration carry a ``suppressions`` entry.
Agreements are not problems and are left out.

Sample (abridged)::

    {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "factcheck", "rules": [{"id": "FC201", ...}]}},
      "results": [{"ruleId": "FC201", "level": "error", "message": {"text": "..."},
                   "locations": [{"physicalLocation": {"artifactLocation": {"uri": "corpus/new.md"},
                                                       "region": {"startLine": 7}}}],
                   "relatedLocations": [...], "partialFingerprints": {"factcheck/v1": "..."}}]}]}
"""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any, TextIO
from urllib.parse import quote

from factcheck import __version__
from factcheck.models import CheckInfo, Finding, Report, Suppressed
from factcheck.reporters.locations import KIND_WORDS, PROBLEM_KINDS, Locator, file_of, message, problems, said, title

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SUPPRESSION_KINDS = {"comment": "inSource", "config": "external"}
FINGERPRINT_KEY = "factcheck/v1"

Json = dict[str, Any]


def render(report: Report, out: TextIO) -> None:
    """Write the report as one SARIF log with one run."""
    json.dump(sarif_log(report), out, indent=2, ensure_ascii=False)
    out.write("\n")


def sarif_log(report: Report) -> Json:
    """Return the SARIF log as plain JSON data."""
    rule_index = {check.id: index for index, check in enumerate(report.checks)}
    locator = Locator(report)
    results = [result for finding in problems(report.findings)
               for result in _results(report, locator, finding, rule_index, None)]
    for suppressed in report.suppressed:
        if suppressed.finding.kind in PROBLEM_KINDS:
            results.extend(_results(report, locator, suppressed.finding, rule_index, suppressed))
    driver = {"name": "factcheck", "version": __version__, "semanticVersion": __version__,
              "rules": [_rule(check) for check in report.checks]}
    run: Json = {"tool": {"driver": driver}, "results": results}
    if report.diagnostics:
        run["invocations"] = [{"executionSuccessful": True, "toolExecutionNotifications": [
            {"level": "warning", "message": {"text": diagnostic.message},
             "locations": [_location(diagnostic.path, diagnostic.line)]}
            for diagnostic in report.diagnostics]}]
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def _rule(check: CheckInfo) -> Json:
    """Describe one check as a SARIF reporting descriptor."""
    return {
        "id": check.id,
        "name": check.name,
        "shortDescription": {"text": check.summary},
        "fullDescription": {"text": f"{check.summary} Compares {check.kind} claims across articles and "
                                    f"reports a {KIND_WORDS[check.finding]}."},
        "help": {"text": f"Run `factcheck rules explain {check.id}` to see the check's examples."},
        "defaultConfiguration": {"level": LEVELS[check.severity.value]},
        "properties": {"tags": ["factcheck", check.kind, check.finding]},
    }


def _results(report: Report, locator: Locator, finding: Finding, rule_index: dict[str, int],
             suppressed: Suppressed | None) -> list[Json]:
    """Return one result per article the finding involves, the other claims related to it."""
    found = locator.places(finding)
    results = []
    for article_id in dict.fromkeys(place.article.id for place in found):
        primary = next(place for place in found if place.article.id == article_id)
        related = [place for place in found if place is not primary]
        result: Json = {
            "ruleId": finding.rule,
            "level": LEVELS[finding.severity.value],
            "message": {"text": message(finding, primary, "article")},
            "locations": [_location(primary.file, primary.claim.line)],
            "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
            "properties": {"title": title(finding), "finding": finding.kind, "subject": finding.subject,
                           "attribute": finding.attribute},
        }
        if finding.rule in rule_index:
            result["ruleIndex"] = rule_index[finding.rule]
        if related:
            result["relatedLocations"] = [
                _location(place.file, place.claim.line, number, f"{place.article.path} says “{said(place)}”")
                for number, place in enumerate(related, start=1)]
        if report.baseline is not None:
            result["baselineState"] = "unchanged" if suppressed and suppressed.source == "baseline" else "new"
        if suppressed is not None and suppressed.source in SUPPRESSION_KINDS:
            result["suppressions"] = [{"kind": SUPPRESSION_KINDS[suppressed.source],
                                       **({"justification": suppressed.reason} if suppressed.reason else {})}]
        results.append(result)
    return results


def _location(path: str, line: int | None, number: int | None = None, text: str | None = None) -> Json:
    """Return a SARIF location: a file URI, the line when known, and an id and message when related."""
    physical: Json = {"artifactLocation": {"uri": _uri(path)}}
    if line:
        physical["region"] = {"startLine": line}
    location: Json = {"physicalLocation": physical}
    if number is not None:
        location["id"] = number
    if text:
        location["message"] = {"text": text}
    return location


def _uri(path: str) -> str:
    """Return a URI reference for a file: relative paths stay relative (to the repository root)."""
    native = PurePath(file_of(path))
    return native.as_uri() if native.is_absolute() else quote(native.as_posix())
