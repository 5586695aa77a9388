"""The command line: options in, api call, reporter out, exit code back. Nothing else."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck import __version__
from factcheck.errors import FactcheckError
from factcheck.policy import FailOn

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Check what several articles about one story agree on, where they conflict, "
                       "and what rests on a single source.")
rules_app = typer.Typer(no_args_is_help=True, help="List, validate and explain rules.")
app.add_typer(rules_app, name="rules")

PathsArg = Annotated[list[str], typer.Argument(help="Article files or folders (searched recursively).")]
RulesOpt = Annotated[Optional[list[Path]], typer.Option("--rules", help="Extra rule folder, on top of the built-in rules (repeatable).")]
NoDefaultsOpt = Annotated[bool, typer.Option("--no-default-rules", help="Start from no rules but those given with --rules.")]
OutputOpt = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report to FILE (atomically) instead of stdout.")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Extract articles in N processes.")]


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
          format: Annotated[str, typer.Option("--format", "-f", help="terminal or json.")] = "terminal",
          output: OutputOpt = None,
          fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Exit 1 on findings of this kind or worse.")] = FailOn.CONFLICT,
          jobs: JobsOpt = 1) -> None:
    """Report agreements, conflicts and single-source claims across the articles."""
    from factcheck import api
    from factcheck.policy import exit_code
    from factcheck.reporters import REPORTERS

    render = _pick(REPORTERS, format)
    report = _run(lambda: api.check(paths, api.load_rules(rules or [], not no_default_rules), jobs))
    _write(lambda out: render(report, out), output)
    raise typer.Exit(exit_code(report, fail_on))


@app.command()
def claims(paths: PathsArg, rules: RulesOpt = None, no_default_rules: NoDefaultsOpt = False,
           format: Annotated[str, typer.Option("--format", "-f", help="terminal or json.")] = "terminal",
           output: OutputOpt = None, jobs: JobsOpt = 1) -> None:
    """Show every claim extracted from each article, and the rule that found it."""
    from factcheck import api
    from factcheck.reporters import CLAIMS_REPORTERS

    render = _pick(CLAIMS_REPORTERS, format)
    report = _run(lambda: api.list_claims(paths, api.load_rules(rules or [], not no_default_rules), jobs))
    _write(lambda out: render(report, out), output)


@rules_app.command("list")
def rules_list(rules: RulesOpt = None, no_default_rules: NoDefaultsOpt = False) -> None:
    """List every check and extraction rule with its id, kind, severity and summary."""
    from factcheck import api
    from factcheck.reporters.rules import render_list

    ruleset = _run(lambda: api.load_rules(rules or [], not no_default_rules))
    _write(lambda out: render_list(ruleset, out), None)


@rules_app.command("validate")
def rules_validate(folders: Annotated[Optional[list[Path]], typer.Argument(help="Rule folders to check.")] = None) -> None:
    """Check rule files: exit 0 when valid, 2 with a located error otherwise."""
    from factcheck import api

    ruleset = _run(lambda: api.load_rules(folders or [], use_defaults=not folders))
    typer.echo(f"ok: {len(ruleset.sources)} rule files, {len(ruleset.checks)} checks, "
               f"{len(ruleset.entities)} entities")


@rules_app.command("explain")
def rules_explain(rule_id: Annotated[str, typer.Argument(help="A check id (FC201), name (date.conflict) or extraction id (X201).")],
                  rules: RulesOpt = None) -> None:
    """Explain one rule, with its examples."""
    from factcheck import api
    from factcheck.reporters.rules import render_explain

    ruleset = _run(lambda: api.load_rules(rules or []))
    _run(lambda: _write(lambda out: render_explain(ruleset, rule_id, out), None))


def _pick(table: dict, name: str):  # noqa: ANN202 - returns one of the table's renderers
    """Return the renderer for a format name, or fail with the choices."""
    if name not in table:
        _fail(f"unknown format '{name}' (expected one of: {', '.join(table)})")
    return table[name]


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


def _fail(message: str) -> None:
    """Print one line on stderr and exit 2."""
    typer.echo(f"factcheck: error: {message}", err=True)
    raise typer.Exit(2)


def run() -> None:
    """Console-script entry point: exit 130 on Ctrl-C without a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("factcheck: interrupted\n")
        sys.exit(130)
