"""Shared helpers: write small articles into a temporary folder, run the CLI in-process."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app


@pytest.fixture(scope="session", autouse=True)
def claim_cache_outside_the_checkout(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point the claim cache of every run the tests make at one temporary folder.

    Runs without ``--cache-dir`` or ``--no-cache`` would otherwise write ``.factcheck_cache``
    into the folder the tests run from, and read back what an earlier session (with other
    code) left there. A test of the default location clears the variable itself.
    """
    folder = tmp_path_factory.mktemp("claim-cache")
    previous = os.environ.get("FACTCHECK_CACHE_DIR")
    os.environ["FACTCHECK_CACHE_DIR"] = str(folder)
    yield folder
    if previous is None:
        del os.environ["FACTCHECK_CACHE_DIR"]
    else:
        os.environ["FACTCHECK_CACHE_DIR"] = previous


@pytest.fixture
def article_dir(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """Return a function writing {file name: text or bytes} into a fresh folder."""

    def write(files: dict[str, str | bytes], folder: str = "articles") -> Path:
        root = tmp_path / folder
        root.mkdir(parents=True, exist_ok=True)
        for name, content in files.items():
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, encoding="utf-8")
        return root

    return write


@pytest.fixture
def run_cli() -> Callable[[list[str]], tuple[int, str, str]]:
    """Return a function running the CLI with args, giving (exit code, stdout, stderr)."""
    runner = CliRunner()

    def run(args: list[str]) -> tuple[int, str, str]:
        result = runner.invoke(app, [str(arg) for arg in args])
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception  # a bug, not an exit code: CliRunner would report it as exit 1
        return result.exit_code, result.stdout, result.stderr

    return run


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add --update-golden: rewrite golden files from the current output instead of comparing."""
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/ from the current output")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Return True when golden files should be rewritten."""
    return bool(request.config.getoption("--update-golden"))
