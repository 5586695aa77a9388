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

from functools import cache, partial
from itertools import islice
from pathlib import PurePath
from typing import Any, TextIO
from urllib.parse import quote

from pydantic_core import to_json

from factcheck import __version__
from factcheck.models import CheckInfo, Finding, Report, Suppressed
from factcheck.reporters.json_slices import write_array
from factcheck.reporters.locations import (KIND_WORDS, PROBLEM_KINDS, Locator, Place, file_of, message, problems,
                                          said, title)

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
# GitHub's code scanning rejects a run of more than 25,000 results. A conflict that an
# archive's hundreds of copies take part in related each of its articles to every other:
# 2,000 benchmark articles made 909,000 related locations, a 413 MB file. A reader follows
# a few of a result's related places; how many more there are is counted.
MAX_RESULTS = 25_000
MAX_RELATED = 20
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SUPPRESSION_KINDS = {"comment": "inSource", "config": "external"}
FINGERPRINT_KEY = "factcheck/v1"
# The run's results, written apart from the rest of the log: their key stands at the
# run's depth (three levels of two spaces), and only our own keys precede it.
RESULTS_PLACE = '"results": []'
RESULTS_INDENT = " " * 6
# Results written per slice: a result relating 20 places is a few kilobytes of JSON.
RESULTS_PER_SLICE = 50

Json = dict[str, Any]


def render(report: Report, out: TextIO) -> None:
    """Write the report as one SARIF log with one run, its results a slice at a time (``json_slices``).

    The text is what ``json.dump(log, indent=2, ensure_ascii=False)`` writes, byte for
    byte, but the standard library encodes indented JSON in Python, six times slower
    (the 2,000-article benchmark's 20 MB log: 0.64 s against 0.10 s).
    """
    log = sarif_log(report)
    run = log["runs"][0]
    results, run["results"] = run["results"], []  # an empty array marks where they go, in the run's key order
    head, empty, tail = to_json(log, indent=2).decode().partition(RESULTS_PLACE)
    out.write(head)
    if results:
        out.write('"results": ')
        write_array(results, partial(to_json, indent=2), RESULTS_INDENT, out, RESULTS_PER_SLICE)
    else:
        out.write(empty)
    out.write(tail + "\n")


def sarif_log(report: Report) -> Json:
    """Return the SARIF log as plain JSON data."""
    rule_index = {check.id: index for index, check in enumerate(report.checks)}
    locator = Locator(report)
    shown = [(finding, None) for finding in problems(report.findings)]
    shown += [(item.finding, item) for item in report.suppressed if item.finding.kind in PROBLEM_KINDS]
    total = sum(len(finding.articles) for finding, _ in shown)  # one result per article
    results = list(islice((result for finding, suppressed in shown
                           for result in _results(report, locator, finding, rule_index, suppressed)), MAX_RESULTS))
    driver = {"name": "factcheck", "version": __version__, "semanticVersion": __version__,
              "rules": [_rule(check) for check in report.checks]}
    run: Json = {"tool": {"driver": driver}, "results": results}
    notifications = [{"level": "warning", "message": {"text": diagnostic.message},
                      "locations": [_location(diagnostic.path, diagnostic.line)]}
                     for diagnostic in report.diagnostics]
    if total > len(results):
        notifications.append({"level": "warning", "message": {"text": (
            f"{total - len(results)} of {total} results left out, the least severe: code scanning takes "
            f"at most {MAX_RESULTS} a run. The JSON report holds every finding.")}})
    if notifications:
        run["invocations"] = [{"executionSuccessful": True, "toolExecutionNotifications": notifications}]
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
    """Return one result per article the finding involves, the other claims related to it (``_Others``)."""
    found = locator.places(finding)
    primaries: dict[str, Place] = {}
    for place in found:
        primaries.setdefault(place.article.id, place)
    others_of = _Others(found)
    results = []
    for primary in primaries.values():
        related, unlisted = others_of.related(primary)
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
        if unlisted:
            result["properties"]["relatedLocationsNotListed"] = unlisted
        if report.baseline is not None:
            result["baselineState"] = "unchanged" if suppressed and suppressed.source == "baseline" else "new"
        if suppressed is not None and suppressed.source in SUPPRESSION_KINDS:
            result["suppressions"] = [{"kind": SUPPRESSION_KINDS[suppressed.source],
                                       **({"justification": suppressed.reason} if suppressed.reason else {})}]
        results.append(result)
    return results


class _Others:
    """A finding's places, ready to give each one's related places: all the others, or MAX_RELATED of them.

    When not all fit, those that state another value (the other side of a conflict) come
    first, in the finding's order, then those that state the same. Each value's choice is
    made once, so a finding of many places costs MAX_RELATED a place, not the square.
    """

    def __init__(self, found: list[Place]) -> None:
        self.found = found
        self.different: dict[str, list[Place]] = {}
        self.same: dict[str, list[Place]] = {}
        for place in found:
            self.same.setdefault(place.claim.value, []).append(place)

    def related(self, primary: Place) -> tuple[list[Place], int]:
        """Return the places related to ``primary``, and how many others are left out."""
        others = len(self.found) - 1
        if others <= MAX_RELATED:
            return [place for place in self.found if place is not primary], 0
        value = primary.claim.value
        if value not in self.different:
            self.different[value] = list(islice((place for place in self.found if place.claim.value != value),
                                                MAX_RELATED))
        kept = self.different[value] + [place for place in self.same[value][:MAX_RELATED + 1]
                                        if place is not primary]
        return kept[:MAX_RELATED], others - MAX_RELATED


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


@cache
def _uri(path: str) -> str:
    """Return a URI reference for a file: relative paths stay relative (to the repository root).

    Remembered per path: a log names each file once per result and related place.
    """
    native = PurePath(file_of(path))
    return native.as_uri() if native.is_absolute() else quote(native.as_posix())
