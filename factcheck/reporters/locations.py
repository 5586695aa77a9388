"""Where a finding's claims are: the file and line that annotations and SARIF results point to.

Shared by the reporters that place findings on lines of files (``github``, ``sarif``),
so both point at the same places and show the same problems: conflicts and
single-source claims. Agreements are not problems and get no location of their own.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import PurePath

from factcheck.models import Article, Claim, Finding, Report, split_record
from factcheck.reporters.words import shorten

PROBLEM_KINDS = ("conflict", "single_source")
KIND_WORDS = {"conflict": "conflict", "single_source": "single source", "agreement": "agreement"}
SHOWN_CHARS = 160


@dataclass(frozen=True, slots=True)
class Place:
    """One claim of a finding, with the article it is in and the file that holds it."""

    claim: Claim
    article: Article
    file: str


def problems(findings: tuple[Finding, ...]) -> list[Finding]:
    """Return the findings worth a location, most severe first, keeping report order otherwise."""
    return sorted((finding for finding in findings if finding.kind in PROBLEM_KINDS),
                  key=lambda finding: (-finding.severity.rank, PROBLEM_KINDS.index(finding.kind)))


class Locator:
    """Find the places of a report's findings, with claims and articles indexed once per report."""

    def __init__(self, report: Report) -> None:
        self.claims = {claim.id: claim for claim in report.claims}
        self.articles = {article.id: article for article in report.articles}
        self.files: dict[str, str] = {}  # each article's file, worked out when first asked for

    def places(self, finding: Finding) -> list[Place]:
        """Return the finding's claims in its order, each with its article and file."""
        found = []
        for claim_id in finding.claims:
            claim = self.claims[claim_id]
            article = self.articles[claim.article]
            file = self.files.get(article.id) or self.files.setdefault(article.id, file_of(article.path))
            found.append(Place(claim, article, file))
        return found


def file_of(article_path: str) -> str:
    """Return the file an article was read from, as a clean relative or absolute POSIX path.

    A record of a JSON Lines file is ``path#n`` in the report; annotations need the
    file. ``./corpus/a.md`` becomes ``corpus/a.md``, the form GitHub matches to the diff.
    """
    return posixpath.normpath(PurePath(split_record(article_path)[0]).as_posix())


def said(place: Place) -> str:
    """Return what the claim says, shortened, for a message: the surface text as written."""
    return shorten(place.claim.text, SHOWN_CHARS)


def message(finding: Finding, place: Place, where: str) -> str:
    """Return what this place ("line" or "article") says, then the finding's message.

    A single-source finding has one place, which its message already quotes.
    """
    if finding.kind == "single_source":
        return finding.message
    return f"This {where} says “{said(place)}”. {finding.message}"


def title(finding: Finding) -> str:
    """Return a short heading for a finding: rule, kind, subject and attribute."""
    return f"{finding.rule} {KIND_WORDS[finding.kind]}: {finding.topic}"
