"""check() and list_claims(): the pipeline wired end to end, with nothing printed.

load and extract each file (map, in parallel when asked), then group and compare
all claims (reduce), then assemble the Report that every reporter renders.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from factcheck.compare import judge
from factcheck.compare.members import Member
from factcheck.compare.sources import source_groups
from factcheck.errors import UsageError
from factcheck.load import discover
from factcheck.models import Article, Claim, ClaimsReport, Diagnostic, Report, Summary
from factcheck.pipeline import ArticleResult, FileResult, Pipeline
from factcheck.ruleset import RuleSet, default_rules_dir, load_ruleset

_worker_pipeline: Pipeline | None = None


def load_rules(extra: Iterable[Path] = (), use_defaults: bool = True) -> RuleSet:
    """Load the built-in rules (unless disabled) and then each extra folder, in order."""
    folders = ([default_rules_dir()] if use_defaults else []) + list(extra)
    return load_ruleset(folders)


def check(paths: list[str], rules: RuleSet, jobs: int = 1) -> Report:
    """Run the whole pipeline on the given files and folders."""
    articles, claims, results, diagnostics = _extract_all(paths, rules, jobs)
    members = _members(articles, claims, results, rules)
    findings = judge(members, rules)
    summary = Summary.count(len(articles), len(claims), findings)
    return Report(articles=tuple(articles), claims=tuple(claims), findings=tuple(findings), summary=summary,
                  diagnostics=tuple(diagnostics))


def list_claims(paths: list[str], rules: RuleSet, jobs: int = 1) -> ClaimsReport:
    """Extract claims without comparing them, so a rule author can see what was read."""
    articles, claims, _, diagnostics = _extract_all(paths, rules, jobs)
    return ClaimsReport(articles=tuple(articles), claims=tuple(claims), diagnostics=tuple(diagnostics))


def _extract_all(paths: list[str], rules: RuleSet, jobs: int
                 ) -> tuple[list[Article], list[Claim], list[ArticleResult], list[Diagnostic]]:
    """Map every file to its claims and number articles and claims in a stable order."""
    files = discover(paths)
    if not files:
        raise UsageError("no article files found (looked for .txt, .md, .html, .json, .jsonl)",
                         path=" ".join(paths))
    articles: list[Article] = []
    claims: list[Claim] = []
    results: list[ArticleResult] = []
    diagnostics: list[Diagnostic] = []
    for file_result in _map_files(files, rules, jobs):
        if file_result.skipped is not None:
            diagnostics.append(file_result.skipped)
        for result in file_result.articles:
            article_id = f"a{len(articles) + 1}"
            articles.append(Article(id=article_id, path=result.path, title=result.title, outlet=result.outlet,
                                    url=result.url, published=str(result.published) if result.published else None,
                                    language=result.language))
            results.append(result)
            for extracted in result.claims:
                claims.append(Claim(id=f"c{len(claims) + 1}", article=article_id, kind=extracted.kind,
                                    subject=extracted.subject, attribute=extracted.attribute, value=extracted.value,
                                    text=extracted.text, quote=extracted.quote, line=extracted.line,
                                    rule=extracted.rule))
    if not articles:
        raise UsageError("no article could be read: " + "; ".join(f"{d.path}: {d.message}" for d in diagnostics))
    return articles, claims, results, diagnostics


def _map_files(files: list[str], rules: RuleSet, jobs: int) -> Iterator[FileResult]:
    """Extract files in order, in worker processes when jobs > 1."""
    jobs = max(1, min(jobs, len(files), os.cpu_count() or 1))
    if jobs == 1:
        pipeline = Pipeline(rules)
        yield from map(pipeline.extract_file, files)
        return
    chunk = max(1, len(files) // (jobs * 8))
    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(rules,)) as pool:
        yield from pool.map(_extract_in_worker, files, chunksize=chunk)


def _init_worker(rules: RuleSet) -> None:
    """Compile the rules once per worker process."""
    global _worker_pipeline
    _worker_pipeline = Pipeline(rules)


def _extract_in_worker(path: str) -> FileResult:
    """Extract one file with the worker's pipeline."""
    assert _worker_pipeline is not None
    return _worker_pipeline.extract_file(path)


def _members(articles: list[Article], claims: list[Claim], results: list[ArticleResult],
             rules: RuleSet) -> list[Member]:
    """Attach to each claim its article's label, independent source and published date."""
    sources = source_groups([result.outlet for result in results], [result.sketch for result in results],
                            rules.compare.duplicate_similarity)
    members = []
    position = 0
    for article, result, source in zip(articles, results, sources):
        label = Path(article.path.split("#")[0]).name + (f"#{article.path.split('#')[1]}" if "#" in article.path else "")
        for extracted in result.claims:
            claim = claims[position]
            members.append(Member(order=position, claim_id=claim.id, article_id=article.id, label=label,
                                  source=source, published=result.published, claim=extracted))
            position += 1
    return members
