"""Build small Report objects by hand, for reporter tests that need exact control of their text."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.models import Article, CheckInfo, Claim, Finding, Report, Severity, Summary, Suppressed


def article(number: int, path: str) -> Article:
    """Return article a<number> read from path."""
    return Article(id=f"a{number}", path=path, title=f"Article {number}")


def claim(number: int, article_number: int, text: str, line: int, value: str = "2026-03-03") -> Claim:
    """Return claim c<number> of article a<article_number>, saying text on line."""
    return Claim(id=f"c{number}", article=f"a{article_number}", kind="date", subject="signing", attribute="date",
                 value=value, text=text, quote=f"It was signed {text}.", line=line, rule="X201")


def finding(number: int, claims: Iterable[Claim], kind: str = "conflict", severity: str = "error",
            rule: str = "FC201", subject: str = "Microsoft", attribute: str = "signing date",
            message: str = "Sources disagree on the date of the signing.") -> Finding:
    """Return finding f<number> about the given claims."""
    claims = list(claims)
    return Finding(id=f"f{number}", rule=rule, kind=kind, severity=Severity(severity), subject=subject,
                   attribute=attribute, message=message, claims=tuple(item.id for item in claims),
                   articles=tuple(dict.fromkeys(item.article for item in claims)), fingerprint=f"fp{number:030d}")


def report(articles: Iterable[Article], claims: Iterable[Claim], findings: Iterable[Finding],
           suppressed: Iterable[Suppressed] = (), baseline: str | None = None,
           checks: Iterable[CheckInfo] = ()) -> Report:
    """Return a Report over the given parts, its summary counted from them."""
    articles, claims, findings, suppressed = tuple(articles), tuple(claims), tuple(findings), tuple(suppressed)
    return Report(articles=articles, claims=claims, findings=findings,
                  summary=Summary.count(len(articles), len(claims), findings, len(suppressed)),
                  suppressed=suppressed, baseline=baseline, checks=tuple(checks))
