"""Suppressions: findings a person has reviewed and chosen not to be shown again.

Two sources, as linters have them. In an article, an HTML comment such as
``<!-- factcheck: ignore FC101 we quote the 2024 report by its old name -->`` names a
check (by id or dotted name) and, after it, the reason; it covers that check's
findings wherever they involve the article. The comment is read in the per-file map
step and kept out of extraction. In the configuration, a ``[[suppress]]`` entry names
one finding by its fingerprint, or a check and a path glob.

Both are applied to the finished Report through ``Report.keep``, so the summary counts
what is shown and the report still lists what was suppressed, by which source and why.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from factcheck.load.document import Document
from factcheck.models import Diagnostic, Finding, Report, Suppressed
from factcheck.ruleset import RuleSet
from factcheck.settings import Settings, Suppression, path_matches

COMMENT = re.compile(r"<!--\s*factcheck:(?P<body>.*?)-->", re.DOTALL | re.IGNORECASE)
IGNORE = re.compile(r"\s*ignore\s+(?P<rules>[\w.-]+(?:\s*,\s*[\w.-]+)*)(?P<reason>.*)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class CommentSuppression:
    """An ignore comment in an article: the check it silences there, why, and where it is."""

    rule: str
    reason: str | None
    line: int


@dataclass(frozen=True, slots=True)
class ArticleComments:
    """What an article's factcheck comments say, where they are, and what was wrong with them."""

    suppressions: tuple[CommentSuppression, ...]
    ranges: tuple[tuple[int, int], ...]
    problems: tuple[Diagnostic, ...]


def read_comments(path: str, document: Document, rules: RuleSet) -> ArticleComments:
    """Find the ignore comments in an article's text, resolving check names to ids.

    A comment naming no known check is a diagnostic rather than an error: an article
    is input, and one stale comment must not stop a run.
    """
    ids = {check.id: check.id for check in rules.checks} | {check.name: check.id for check in rules.checks}
    suppressions: list[CommentSuppression] = []
    ranges: list[tuple[int, int]] = []
    problems: list[Diagnostic] = []
    for match in COMMENT.finditer(document.text):
        ranges.append((match.start(), match.end()))
        line = document.line_of(match.start())
        parsed = IGNORE.fullmatch(match.group("body"))
        if parsed is None:
            problems.append(Diagnostic(path=path, line=line, message="factcheck comment not understood "
                                       "(expected '<!-- factcheck: ignore RULE reason -->')"))
            continue
        reason = " ".join(parsed.group("reason").split()).strip(":—–- ") or None
        for name in re.split(r"\s*,\s*", parsed.group("rules")):
            if name in ids:
                suppressions.append(CommentSuppression(ids[name], reason, line))
            else:
                problems.append(Diagnostic(path=path, line=line, rule=name,
                                           message=f"factcheck comment names no known check '{name}'"))
    return ArticleComments(tuple(suppressions), tuple(ranges), tuple(problems))


def apply_suppressions(report: Report, comments: Mapping[str, tuple[CommentSuppression, ...]],
                       settings: Settings, rules: RuleSet) -> Report:
    """Move the findings that a comment (by article id) or the config suppresses out of the report."""
    paths = {article.id: article.path for article in report.articles}
    ids = {check.name: check.id for check in rules.checks}
    kept: list[Finding] = []
    suppressed: list[Suppressed] = []
    for finding in report.findings:
        reason = (_by_comment(finding, comments, paths)
                  or _by_config(finding, settings.suppress, settings.source, paths, ids))
        if reason is None:
            kept.append(finding)
        else:
            suppressed.append(reason)
    if not suppressed:
        return report
    return report.keep(kept, suppressed=tuple(suppressed))


def _by_comment(finding: Finding, comments: Mapping[str, tuple[CommentSuppression, ...]],
                paths: dict[str, str]) -> Suppressed | None:
    """Return the suppression by a comment in one of the finding's articles, if any."""
    for article in finding.articles:
        for comment in comments.get(article, ()):
            if comment.rule == finding.rule:
                return Suppressed(finding=finding, source="comment", reason=comment.reason,
                                  location=f"{paths[article]}:{comment.line}")
    return None


def _by_config(finding: Finding, entries: tuple[Suppression, ...], source: str | None, paths: dict[str, str],
               ids: dict[str, str]) -> Suppressed | None:
    """Return the suppression by a config entry matching the finding, if any."""
    for entry in entries:
        if entry.fingerprint is not None:
            matched = entry.fingerprint == finding.fingerprint
        else:
            assert entry.rule is not None and entry.path is not None
            matched = ids.get(entry.rule, entry.rule) == finding.rule and any(
                path_matches(paths[article], entry.path) for article in finding.articles)
        if matched:
            return Suppressed(finding=finding, source="config", reason=entry.reason, location=source)
    return None
