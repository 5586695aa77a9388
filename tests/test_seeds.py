"""The five seed articles, as they are: what issue #2 says factcheck must show on them.

Reads ../shared/seeds beside the checkout and skips, saying why, when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.api import check, load_rules
from factcheck.models import Finding, Report

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed articles not found at {SEEDS}")


@pytest.fixture(scope="module")
def report() -> Report:
    return check([str(SEEDS)], load_rules())


def _article_prefix(report: Report, finding: Finding) -> set[str]:
    paths = {article.id: Path(article.path).name[:3] for article in report.articles}
    return {paths[article] for article in finding.articles}


def _claim_texts(report: Report, finding: Finding) -> list[tuple[str, str]]:
    claims = {claim.id: claim for claim in report.claims}
    paths = {article.id: Path(article.path).name[:3] for article in report.articles}
    return [(paths[claims[c].article], claims[c].quote) for c in finding.claims]


def test_published_dates(report: Report) -> None:
    dates = {Path(article.path).name[:3]: article.published for article in report.articles}
    assert dates == {"000": "2025-07-20", "001": None, "002": "2025-10", "003": None, "004": "2026-04-19"}


def test_institute_rename_conflict(report: Report) -> None:
    conflicts = [finding for finding in report.findings if finding.kind == "conflict"]
    assert [(finding.rule, finding.subject) for finding in conflicts] == [("FC101", "AI Security Institute")]
    conflict = conflicts[0]
    assert _article_prefix(report, conflict) == {"000", "001", "003"}
    assert "14 February 2025" in conflict.message
    assert "000_a3eb571f6be7e5ff.txt (dated 2025-07-20)" in conflict.message


@pytest.mark.parametrize(("article", "rule", "needle"), [
    ("003", "FC303", "2,500 employees"),
    ("003", "FC303", "More than 1,000 probation officers"),
    ("003", "FC403", "Deputy Prime Minister David Lammy"),
    ("001", "FC503", "its first outside the US"),
])
def test_single_source_assertions(report: Report, article: str, rule: str, needle: str) -> None:
    singles = [finding for finding in report.findings if finding.kind == "single_source" and finding.rule == rule]
    assert any(_article_prefix(report, finding) == {article}
               and any(needle in quote for _, quote in _claim_texts(report, finding)) for finding in singles)


@pytest.mark.parametrize(("articles", "needles"), [
    ({"001", "003"}, ("London presence", "London operations")),
    ({"001", "003"}, ("data centers", "data centres")),
    ({"001", "003"}, ("technical insights with the UK AI Security Institute", "sharing technical insights")),
    ({"003", "004"}, ("ChatGPT Enterprise", "Civil Servants")),
])
def test_agreements(report: Report, articles: set[str], needles: tuple[str, str]) -> None:
    agreements = [finding for finding in report.findings if finding.kind == "agreement"]
    assert any(articles <= _article_prefix(report, finding)
               and all(any(needle in quote for _, quote in _claim_texts(report, finding)) for needle in needles)
               for finding in agreements)


def test_no_claim_from_boilerplate(report: Report) -> None:
    boilerplate = ("AllMind", "Request a Demo", "Partager", "WhatsApp", "Ligue1News", "actus foot",
                   "Connectez-vous", "Market Impact", "Created by Amplify")
    assert not [claim for claim in report.claims if any(word in claim.quote for word in boilerplate)]


def test_few_enough_findings_to_read(report: Report) -> None:
    assert len(report.findings) < 40
