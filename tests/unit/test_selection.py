"""Which articles a --new run counts as new, however their paths are spelt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.selection import build_scope


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A corpus folder with an old and a new article, a folder link and a file link; cwd is tmp_path."""
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    for name in ("old.txt", "new.txt", "sub/records.jsonl"):
        (root / name).write_text("x", encoding="utf-8")
    (tmp_path / "linked").symlink_to(root)
    (root / "alias.txt").symlink_to(root / "new.txt")
    monkeypatch.chdir(tmp_path)
    return root


def test_a_new_file_is_new_however_its_path_is_spelt(corpus: Path) -> None:
    scope = build_scope(["corpus"], ["corpus/new.txt"], None)
    assert scope.is_new("corpus/new.txt")
    assert scope.is_new(str(corpus / "new.txt"))
    assert scope.is_new("corpus/sub/../new.txt")
    assert scope.is_new("linked/new.txt")
    assert scope.is_new("corpus/alias.txt")
    assert not scope.is_new("corpus/old.txt")
    assert not scope.is_new("linked/old.txt")


def test_a_record_of_a_new_file_is_new(corpus: Path) -> None:
    scope = build_scope(["corpus"], ["corpus/sub/records.jsonl"], None)
    assert scope.is_new("corpus/sub/records.jsonl#3")
    assert not scope.is_new("corpus/new.txt")


def test_every_file_in_a_new_folder_is_new(corpus: Path) -> None:
    scope = build_scope(["corpus"], ["linked/sub"], None)
    assert scope.is_new("corpus/sub/records.jsonl#1")
    assert not scope.is_new(os.path.join("corpus", "old.txt"))


def test_without_new_or_since_everything_is_new(corpus: Path) -> None:
    assert build_scope(["corpus"], [], None).is_new("corpus/old.txt")
