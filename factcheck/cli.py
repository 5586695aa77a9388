"""The command line: options in, api call, reporter out, exit code back. Nothing else."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from factcheck import __version__
from factcheck.errors import FactcheckError
from factcheck.policy import FailOn
from factcheck.severity import Severity

if TYPE_CHECKING:
    from factcheck.models import Diagnostic

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Check what several articles about one story agree on, where they conflict, "
                       "and what rests on a single source.")
rules_app = typer.Typer(no_args_is_help=True, help="List, validate and explain rules.")
app.add_typer(rules_app, name="rules")

PathsArg = Annotated[list[str], typer.Argument(help="Article files or folders (searched recursively).")]
RulesOpt = Annotated[Optional[list[Path]], typer.Option("--rules", help="Extra rule folder, on top of the built-in rules (repeatable).")]
NoDefaultsOpt = Annotated[bool, typer.Option("--no-default-rules", help="Start from no rules but those given with --rules.")]
OutputOpt = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report to FILE (atomically) instead of stdout.")]
JobsOpt = Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Extract articles in N processes [default: one per core, up to 8, with at least 100 articles to extract in each].")]
# Where the claim cache lives unless --cache-dir or FACTCHECK_CACHE_DIR says otherwise: the working directory.
DEFAULT_CACHE_DIR = Path(".factcheck_cache")
CacheDirOpt = Annotated[Path, typer.Option("--cache-dir", envvar="FACTCHECK_CACHE_DIR", help="Claim cache folder (re-extract only new or changed files).")]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Exit 2 when any file had to be skipped.")]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Extract every file afresh; read and write no cache.")]
ConfigOpt = Annotated[Optional[Path], typer.Option("--config", metavar="FILE", help="Read settings from FILE, not the nearest factcheck.toml or pyproject.toml [tool.factcheck].")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                               help="Show the version and exit.")] = False) -> None:
    """factcheck: source-consistency checks across articles."""


@app.command()
def check(paths: PathsArg, rules: RulesOpt = None, no_default_rules: NoDefaultsOpt = False,
          format: Annotated[str, typer.Option("--format", "-f", help="terminal, markdown, json, sarif or github.")] = "terminal",
          output: OutputOpt = None,
          fail_on: Annotated[Optional[FailOn], typer.Option("--fail-on", help="Exit 1 on findings of this kind or worse [default: the config's fail-on, else conflict].")] = None,
          jobs: JobsOpt = None, cache_dir: CacheDirOpt = DEFAULT_CACHE_DIR,
          no_cache: NoCacheOpt = False,
          new: Annotated[Optional[list[str]], typer.Option("--new", metavar="PATH", help="A new article (file or folder): report only findings involving new articles (repeatable).")] = None,
          since: Annotated[Optional[str], typer.Option("--since", metavar="GITREF", help="Treat article files added or changed since this git ref (committed, staged, unstaged or untracked) as new.")] = None,
          baseline: Annotated[Optional[Path], typer.Option("--baseline", metavar="FILE", help="Report and fail only on findings not recorded in this baseline file.")] = None,
          min_severity: Annotated[Optional[Severity], typer.Option("--min-severity", help="Exit 1 only on failing findings of at least this severity [default: the config's min-severity, else info].")] = None,
          limit: Annotated[Optional[int], typer.Option("--limit", min=1, metavar="N", help="Show at most N findings, conflicts first (terminal, markdown); the summary still counts all.")] = None,
          only: Annotated[Optional[str], typer.Option("--only", metavar="KINDS", help="Show only these kinds, comma-separated: conflicts, agreements, single-source (terminal, markdown).")] = None,
          article: Annotated[Optional[list[str]], typer.Option("--article", metavar="PATH", help="Show only findings involving this article or folder (repeatable; terminal, markdown).")] = None,
          config: ConfigOpt = None, strict: StrictOpt = False) -> None:
    """Report agreements, conflicts and single-source claims across the articles."""
    from factcheck import api
    from factcheck.baseline import apply as apply_baseline
    from factcheck.baseline import load as load_baseline
    from factcheck.policy import exit_code
    from factcheck.progress import ProgressBar
    from factcheck.reporters import REPORTERS, render
    from factcheck.selection import build_scope
    from factcheck.view import view_for

    _pick(REPORTERS, format)
    settings = _settings(config)
    view = _run(lambda: view_for(sys.stdout, output, limit, only, article))
    scope = _run(lambda: build_scope(paths, new or [], since))
    known = _run(lambda: load_baseline(baseline)) if baseline is not None else None
    paths = list(scope.paths)  # with any --new article from outside the corpus folders
    with ProgressBar(sys.stderr) as progress:
        cache = None if no_cache else cache_dir
        report = _run(lambda: api.check(paths, _rules(rules, no_default_rules, settings, cache), jobs,
                                        cache, progress, settings, scope if scope.new_files is not None else None))
    _warn(report.diagnostics)
    if known is not None:
        report = apply_baseline(report, known, str(baseline))
    _write(lambda out: render(format, report, out, view), output)
    if format == "github":
        _append_step_summary(report)
    if strict and report.diagnostics:
        _fail(f"--strict: {len(report.diagnostics)} file(s) skipped or degraded (see the warnings above)")
    raise typer.Exit(exit_code(report, fail_on or settings.fail_on, min_severity or settings.min_severity))


@app.command()
def claims(paths: PathsArg, rules: RulesOpt = None, no_default_rules: NoDefaultsOpt = False,
           format: Annotated[str, typer.Option("--format", "-f", help="terminal or json.")] = "terminal",
           output: OutputOpt = None, jobs: JobsOpt = None, cache_dir: CacheDirOpt = DEFAULT_CACHE_DIR,
           no_cache: NoCacheOpt = False, config: ConfigOpt = None) -> None:
    """Show every claim extracted from each article, and the rule that found it."""
    from factcheck import api
    from factcheck.progress import ProgressBar
    from factcheck.reporters import CLAIMS_REPORTERS, render_claims
    from factcheck.view import view_for

    _pick(CLAIMS_REPORTERS, format)
    settings = _settings(config)
    with ProgressBar(sys.stderr) as progress:
        cache = None if no_cache else cache_dir
        report = _run(lambda: api.list_claims(paths, _rules(rules, no_default_rules, settings, cache), jobs,
                                              cache, progress, settings))
    _write(lambda out: render_claims(format, report, out, view_for(sys.stdout, output)), output)


@app.command("baseline")
def baseline_command(paths: PathsArg,
                     output: Annotated[Path, typer.Option("--output", "-o", help="The baseline file to write (atomically).")],
                     rules: RulesOpt = None, no_default_rules: NoDefaultsOpt = False, jobs: JobsOpt = None,
                     cache_dir: CacheDirOpt = DEFAULT_CACHE_DIR, no_cache: NoCacheOpt = False,
                     config: ConfigOpt = None) -> None:
    """Record today's conflicts and single-source claims, so `check --baseline FILE` fails only on new ones."""
    from factcheck import api, baseline
    from factcheck.progress import ProgressBar

    previous = _run(lambda: baseline.load(output)) if output.exists() else None
    settings = _settings(config)
    with ProgressBar(sys.stderr) as progress:
        cache = None if no_cache else cache_dir
        report = _run(lambda: api.check(paths, _rules(rules, no_default_rules, settings, cache), jobs,
                                        cache, progress, settings))
    _warn(report.diagnostics)
    recorded = baseline.record(report, previous)
    _write(lambda out: baseline.render(recorded, out), output)
    typer.echo(f"recorded {len(recorded.findings)} known finding(s) in {output}")


@app.command("eval")
def eval_command(folders: Annotated[list[Path], typer.Argument(help="Labelled folders: articles and a labels.json beside them.")],
                 rules: RulesOpt = None, no_default_rules: NoDefaultsOpt = False,
                 format: Annotated[str, typer.Option("--format", "-f", help="terminal or json.")] = "terminal",
                 output: OutputOpt = None, jobs: JobsOpt = None, config: ConfigOpt = None) -> None:
    """Score the check against hand labels: precision and recall per finding kind and claim type."""
    from factcheck.eval import evaluate
    from factcheck.reporters import evaluation

    render = _pick({"terminal": evaluation.render, "json": evaluation.render_json}, format)
    settings = _settings(config)
    result = _run(lambda: evaluate(folders, _rules(rules, no_default_rules, settings), jobs, settings))
    _write(lambda out: render(result, out), output)


@rules_app.command("list")
def rules_list(rules: RulesOpt = None, no_default_rules: NoDefaultsOpt = False, config: ConfigOpt = None) -> None:
    """List every check and extraction rule with its id, kind, severity, source file and summary."""
    from factcheck.reporters.rules import render_list

    settings = _settings(config)
    ruleset = _rules(rules, no_default_rules, settings)
    _write(lambda out: render_list(ruleset, out), None)


@rules_app.command("validate")
def rules_validate(folders: Annotated[Optional[list[Path]], typer.Argument(help="Rule folders to check.")] = None,
                   config: ConfigOpt = None) -> None:
    """Check rule files (the given folders alone, else the built-in rules) and the config: exit 0 or 2."""
    from factcheck import api

    settings = _settings(config)
    ruleset = _run(lambda: api.load_rules(folders or [], use_defaults=not folders))
    in_force = _run(lambda: api.load_rules(folders or [], settings=settings))
    typer.echo(f"ok: {len(ruleset.sources)} rule files, {len(ruleset.checks)} checks, "
               f"{len(ruleset.entities)} entities")
    if settings.source is not None:
        typer.echo(f"ok: config {settings.source}: {len(settings.rules)} rule folders, "
                   f"{sum(not check.enabled for check in in_force.checks)} checks disabled")


@rules_app.command("explain")
def rules_explain(rule_id: Annotated[str, typer.Argument(help="A check id (FC201), name (date.conflict) or extraction id (X201).")],
                  rules: RulesOpt = None, config: ConfigOpt = None) -> None:
    """Explain one rule, with its examples."""
    from factcheck import api
    from factcheck.reporters.rules import render_explain

    settings = _settings(config)
    ruleset = _run(lambda: api.load_rules(rules or [], settings=settings))
    _write(lambda out: render_explain(ruleset, rule_id, out), None)


def _pick(table: dict, name: str):  # noqa: ANN202 - returns one of the table's renderers
    """Return the renderer for a format name, or fail with the choices."""
    if name not in table:
        _fail(f"unknown format '{name}' (expected one of: {', '.join(table)})")
    return table[name]


def _settings(config: Path | None):  # noqa: ANN202 - a Settings, imported lazily like the api
    """Read the config named with --config, else the nearest one upward from here."""
    from factcheck.settings import load_settings

    return _run(lambda: load_settings(config, Path.cwd()))


def _rules(folders: list[Path] | None, no_default_rules: bool, settings,  # noqa: ANN001, ANN202
           cache_dir: Path | None = None):
    """Load the built-in rules (unless --no-default-rules), then --rules folders, then config's; from the
    cache folder when these rule files were read before."""
    from factcheck import api

    return _run(lambda: api.load_rules(folders or [], not no_default_rules, settings, cache_dir, _warn_line))


def _warn_line(message: str) -> None:
    """Print one warning line on stderr."""
    from factcheck.reporters.inert import for_terminal

    typer.echo(f"factcheck: warning: {for_terminal(message)}", err=True)


def _run(action):  # noqa: ANN001, ANN202 - a thunk returning any pipeline result
    """Run a pipeline step, turning user-fixable errors into a one-line message and exit 2."""
    try:
        return action()
    except FactcheckError as error:
        _fail(str(error))


def _write(render, output: Path | None) -> None:  # noqa: ANN001
    """Write the rendered report where asked."""
    from factcheck.output import write_output

    _run(lambda: write_output(render, output))


def _append_step_summary(report) -> None:  # noqa: ANN001 - a Report
    """In GitHub Actions, append the markdown report to the step summary page too.

    Annotations stop at 10 per level; the summary shows everything, or as much as GitHub
    keeps of one step's summary (``reporters.summary``).
    """
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if not summary:
        return
    from factcheck.reporters import summary as step_summary

    text = step_summary.markdown_within(report, step_summary.STEP_SUMMARY_BYTES)
    try:
        with open(summary, "a", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        _fail(f"cannot append to GITHUB_STEP_SUMMARY {summary}: {error.strerror or error}")


def _warn(diagnostics: tuple[Diagnostic, ...]) -> None:
    """Print one line on stderr for each file skipped or degraded, whatever the format."""
    from factcheck.reporters.inert import for_terminal

    for diagnostic in diagnostics:
        where = diagnostic.path if diagnostic.line is None else f"{diagnostic.path}:{diagnostic.line}"
        typer.echo(f"factcheck: warning: {for_terminal(where)}: {for_terminal(diagnostic.message)}", err=True)


def _fail(message: str) -> None:
    """Print one line on stderr and exit 2."""
    typer.echo(f"factcheck: error: {message}", err=True)
    raise typer.Exit(2)
