"""check() and list_claims(): the pipeline wired end to end, with nothing printed.

Load and extract each file (the map step, ``factcheck.mapping``: from the claim cache,
or in worker processes when asked or when the run is large), then group and compare all
claims (the reduce step, ``factcheck.compare``), then assemble the Report that every
reporter renders.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

from factcheck.compare import judge
from factcheck.compare.members import Member
from factcheck.compare.sources import source_groups
from factcheck.dateline_years import dateline_years
from factcheck.errors import UsageError
from factcheck.load import discover, has_utf8_name, printable_path
from factcheck.mapping import Progress, count_files, map_files
from factcheck.models import (Article, CheckInfo, Claim, ClaimsReport, Diagnostic, Report, SourceGroup, Summary,
                              split_record)
from factcheck.results import ArticleResult, FileResult
from factcheck.ruleset import RuleSet, default_rules_dir, load_ruleset
from factcheck.ruleset.stored import load_stored
from factcheck.settings import Settings, apply_settings
from factcheck.suppress import apply_suppressions

# Why a file whose name is not UTF-8 is skipped: no report could name it.
UNNAMEABLE = "skipped: the file name is not valid UTF-8, which no report can show; rename the file to check it"


class Focus(Protocol):
    """Which articles a --new or --since run holds new (``selection.Scope``)."""

    def is_new(self, article_path: str) -> bool:
        """Return True when the article (a file, or ``file#n`` for a record) is new."""

    def may_hold_new(self, file_path: str) -> bool:
        """Return True when the file may hold a new article; never False for a file that does."""


def load_rules(extra: Iterable[Path] = (), use_defaults: bool = True, settings: Settings | None = None,
               cache_dir: Path | None = None, warn: Callable[[str], None] = lambda message: None) -> RuleSet:
    """Load the built-in rules (unless disabled), the config's folders, then each extra folder; apply the config.

    With ``cache_dir``, the rule set is read from there when these rule files were read
    before (``ruleset.stored``); ``warn`` hears of a stored rule set that could not be used.
    """
    settings = settings or Settings()
    use_defaults = use_defaults and not settings.no_default_rules
    folders = ([default_rules_dir()] if use_defaults else []) + list(settings.rules) + list(extra)
    rules = load_ruleset(folders) if cache_dir is None else load_stored(folders, cache_dir, warn)
    return apply_settings(rules, settings)


def check(paths: list[str], rules: RuleSet, jobs: int | None = 1, cache_dir: Path | None = None,
          progress: Progress | None = None, settings: Settings | None = None,
          focus: Focus | None = None) -> Report:
    """Run the whole pipeline on the given files and folders (cached when cache_dir is set).

    ``focus`` (which articles are new) makes a --new run: the reduce step judges only
    what connects to a new article and returns only findings that involve one. The
    report then lists the new articles and the articles those findings cite, each with
    all its claims, while its summary still counts every article and claim compared:
    a CI check of one article against 10,000 reports on a handful, not on the archive.
    """
    settings = settings or Settings()
    files, diagnostics = _article_files(paths, settings)
    if focus is not None and not any(focus.may_hold_new(path) for path in files):
        return _nothing_new(files, diagnostics, rules, jobs, cache_dir, progress)
    articles, results = _extract_all(files, diagnostics, rules, jobs, cache_dir, progress)
    new_ids = None if focus is None else {article.id for article in articles if focus.is_new(article.path)}
    if new_ids is not None and not new_ids:
        # A --new or --since run whose new files gave no article: no finding can hold a
        # new article at fault, so nothing needs comparing.
        members, findings, groups = [], [], ()
        claims = sum(len(result.claims) for result in results)
    else:
        sources = source_groups([result.outlet for result in results], [result.sketch for result in results],
                                rules.compare.duplicate_similarity)
        members = _members(articles, results, sources.numbers)
        findings = judge(members, rules, None if new_ids is None else new_ids.__contains__)
        claims, groups = len(members), sources.groups
    summary = Summary.count(len(articles), claims, findings)
    shown = None if new_ids is None else new_ids.union(*(finding.articles for finding in findings))
    report = Report(articles=tuple(article for article in articles if shown is None or article.id in shown),
                    claims=tuple(_claims(member for member in members if shown is None or member.article_id in shown)),
                    findings=tuple(findings), summary=summary, diagnostics=tuple(diagnostics),
                    checks=_checks_in_force(rules), sources=_counted_as_one(groups, articles, shown),
                    new=() if new_ids is None else tuple(article.id for article in articles if article.id in new_ids))
    comments = {article.id: result.suppressions for article, result in zip(articles, results)}
    return apply_suppressions(report, comments, settings, rules)


def list_claims(paths: list[str], rules: RuleSet, jobs: int | None = 1, cache_dir: Path | None = None,
                progress: Progress | None = None, settings: Settings | None = None) -> ClaimsReport:
    """Extract claims without comparing them, so a rule author can see what was read."""
    files, diagnostics = _article_files(paths, settings or Settings())
    articles, results = _extract_all(files, diagnostics, rules, jobs, cache_dir, progress)
    claims = _claims(_members(articles, results))
    return ClaimsReport(articles=tuple(articles), claims=tuple(claims), diagnostics=tuple(diagnostics))


def _nothing_new(files: list[str], diagnostics: list[Diagnostic], rules: RuleSet, jobs: int | None,
                 cache_dir: Path | None, progress: Progress | None) -> Report:
    """Report a --new or --since run none of whose files may hold a new article (a pull request that
    adds none): no finding can hold a new article at fault, so nothing is compared, and of the
    cached articles only their numbers are read, for the summary to count every article and claim."""
    articles = claims = 0
    for count in count_files(files, rules, jobs, cache_dir, diagnostics, progress):
        articles += count.articles
        claims += count.claims
        diagnostics.extend(count.diagnostics)
    if not articles:
        raise _nothing_read(diagnostics)
    return Report(articles=(), claims=(), findings=(), summary=Summary.count(articles, claims, []),
                  diagnostics=tuple(diagnostics), checks=_checks_in_force(rules), sources=(), new=())


def _article_files(paths: list[str], settings: Settings) -> tuple[list[str], list[Diagnostic]]:
    """Return the article files found under the paths, leaving out ignored ones, and a warning for each skipped."""
    found = [path for path in discover(paths) if not settings.ignores(path)]
    if not found:
        raise UsageError("no article files found (looked for .txt, .md, .html, .json, .jsonl)",
                         path=" ".join(paths))
    files: list[str] = []
    diagnostics: list[Diagnostic] = []
    for path in found:
        if has_utf8_name(path):
            files.append(path)
        else:
            diagnostics.append(Diagnostic(path=printable_path(path), message=UNNAMEABLE))
    return files, diagnostics


def _extract_all(files: list[str], diagnostics: list[Diagnostic], rules: RuleSet, jobs: int | None,
                 cache_dir: Path | None = None, progress: Progress | None = None
                 ) -> tuple[list[Article], list[ArticleResult]]:
    """Map every file to its articles and number them in a stable order, adding the problems met to ``diagnostics``."""
    articles: list[Article] = []
    results: list[ArticleResult] = []
    for file_result in _mapped(files, rules, jobs, cache_dir, diagnostics, progress):
        diagnostics.extend(file_result.problems())
        for result in file_result.articles:
            articles.append(Article(id=f"a{len(articles) + 1}", path=result.path, title=result.title,
                                    outlet=result.outlet, url=result.url,
                                    published=str(result.published) if result.published else None,
                                    language=result.language))
            results.append(result)
    if not articles:
        raise _nothing_read(diagnostics)
    return articles, results


def _mapped(files: list[str], rules: RuleSet, jobs: int | None, cache_dir: Path | None,
            diagnostics: list[Diagnostic], progress: Progress | None) -> list[FileResult]:
    """Map every file, then again, with its date, each article file that only a wire dateline without
    a year dates, when the run's other articles tell the year (``dateline_years``)."""
    mapped = list(map_files(files, rules, jobs, cache_dir, diagnostics, progress))
    dated = dateline_years([article for result in mapped for article in result.articles])
    if not dated:
        return mapped
    again = dict(zip(dated, map_files(list(dated), rules, jobs, cache_dir, diagnostics, dated=dated)))
    return [again.get(result.path, result) for result in mapped]


def _nothing_read(diagnostics: list[Diagnostic]) -> UsageError:
    """Return the error of a run in which no article could be read, with why for each file."""
    return UsageError("no article could be read: " + "; ".join(f"{d.path}: {d.message}" for d in diagnostics))


def _checks_in_force(rules: RuleSet) -> tuple[CheckInfo, ...]:
    """Describe the enabled checks, so reporters can name the rules behind findings."""
    return tuple(CheckInfo(id=check.id, name=check.name, kind=check.kind, finding=check.finding,
                           severity=check.severity, summary=check.summary)
                 for check in rules.checks if check.enabled)


def _members(articles: list[Article], results: list[ArticleResult],
             sources: tuple[int, ...] | None = None) -> list[Member]:
    """Number the run's claims in order and attach to each its article's label, source and date.

    Without ``sources`` (listing claims compares nothing) each article is its own source.
    """
    members = []
    for index, (article, result) in enumerate(zip(articles, results)):
        source = index if sources is None else sources[index]
        file, record = split_record(article.path)
        label = os.path.basename(file) + record
        members.extend([Member(order, f"c{order + 1}", article.id, label, source, result.published, extracted,
                               result.language)
                        for order, extracted in enumerate(result.claims, start=len(members))])
    return members


def _counted_as_one(groups: tuple[tuple[tuple[int, ...], tuple[str, ...]], ...], articles: list[Article],
                    shown: set[str] | None) -> tuple[SourceGroup, ...]:
    """Name the article groups counted as one source, among the articles the report lists (``shown``)."""
    named = ((tuple(articles[index].id for index in group if shown is None or articles[index].id in shown), reasons)
             for group, reasons in groups)
    return tuple(SourceGroup(articles=ids, reasons=reasons) for ids, reasons in named if len(ids) > 1)


def _claims(members: Iterable[Member]) -> list[Claim]:
    """Return the members' claims as the JSON report shows them."""
    return [Claim(id=member.claim_id, article=member.article_id, kind=member.claim.kind,
                  subject=member.claim.subject, attribute=member.claim.attribute, value=member.claim.value,
                  text=member.claim.text, quote=member.claim.quote, line=member.claim.line, rule=member.claim.rule)
            for member in members]
