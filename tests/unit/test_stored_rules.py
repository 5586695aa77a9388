"""Rule sets stored beside the claim cache: read again only when a rule file changed, never trusted blind."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from factcheck.api import load_rules
from factcheck.errors import RuleFileError
from factcheck.ruleset.stored import PREFIX

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
EXTRA_ENTITY = """
[[entity]]
id = "acme-widgets"
name = "Acme Widgets"
type = "organisation"
aliases = ["Acme"]
"""


@pytest.fixture
def rules_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "entities.toml").write_text(EXTRA_ENTITY, encoding="utf-8")
    return folder


def stored_files(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.glob(f"{PREFIX}*.json"))


def test_a_stored_rule_set_is_the_one_the_rule_files_give(rules_folder: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    read = load_rules([rules_folder])
    stored = load_rules([rules_folder], cache_dir=cache_dir)
    assert len(stored_files(cache_dir)) == 1
    again = load_rules([rules_folder], cache_dir=cache_dir)
    for rules in (stored, again):
        assert rules.model_dump() == read.model_dump()
        assert (rules.fingerprint(), rules.sources, rules.origins) == (read.fingerprint(), read.sources, read.origins)
    assert "acme-widgets" in {entity.id for entity in again.entities}


def test_an_edited_rule_file_is_read_again(rules_folder: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    load_rules([rules_folder], cache_dir=cache_dir)
    (rules_folder / "entities.toml").write_text(EXTRA_ENTITY.replace("Acme Widgets", "Acme Gadgets"),
                                                encoding="utf-8")
    rules = load_rules([rules_folder], cache_dir=cache_dir)
    assert {entity.name for entity in rules.entities if entity.id == "acme-widgets"} == {"Acme Gadgets"}
    assert len(stored_files(cache_dir)) == 2


@pytest.mark.parametrize("damage", ["not json at all", "truncated", "another key"])
def test_a_damaged_or_foreign_stored_rule_set_is_read_again_with_a_warning(rules_folder: Path, tmp_path: Path,
                                                                          damage: str) -> None:
    cache_dir = tmp_path / "cache"
    expected = load_rules([rules_folder], cache_dir=cache_dir)
    [stored] = stored_files(cache_dir)
    text = stored.read_text(encoding="utf-8")
    if damage == "not json at all":
        stored.write_bytes(b"\x00\xff binary")
    elif damage == "truncated":
        stored.write_text(text[:len(text) // 2], encoding="utf-8")
    else:
        data = json.loads(text)
        data["key"] = "0" * 32
        data["rules"]["entities"] = []
        stored.write_text(json.dumps(data), encoding="utf-8")
    warnings: list[str] = []
    rules = load_rules([rules_folder], cache_dir=cache_dir, warn=warnings.append)
    assert rules.model_dump() == expected.model_dump()
    assert len(warnings) == 1 and warnings[0].startswith(str(stored)) and "read again" in warnings[0]
    assert load_rules([rules_folder], cache_dir=cache_dir, warn=warnings.append).model_dump() == expected.model_dump()
    assert len(warnings) == 1  # stored again, whole


def test_a_broken_rule_file_is_reported_and_nothing_is_stored(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    shutil.copy(Path(__file__).resolve().parents[1] / "bad_rules" / "malformed_toml.toml", folder / "broken.toml")
    cache_dir = tmp_path / "cache"
    with pytest.raises(RuleFileError, match="broken.toml"):
        load_rules([folder], cache_dir=cache_dir)
    assert stored_files(cache_dir) == []


def test_no_cache_stores_no_rule_set(run_cli, tmp_path: Path) -> None:  # noqa: ANN001
    cache_dir = tmp_path / "cache"
    code, _, _ = run_cli(["check", FIXTURES / "openai-uk", "--format", "json", "--no-cache",
                          "--cache-dir", cache_dir])
    assert code == 1
    assert not cache_dir.exists()
    code, _, _ = run_cli(["check", FIXTURES / "openai-uk", "--format", "json", "--cache-dir", cache_dir])
    assert code == 1
    assert len(stored_files(cache_dir)) == 1


@pytest.mark.skipif(os.name != "posix", reason="file permissions are POSIX modes")
def test_a_stored_rule_set_has_the_permissions_the_umask_allows(rules_folder: Path, tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        load_rules([rules_folder], cache_dir=tmp_path / "cache")
    finally:
        os.umask(previous)
    assert [oct(path.stat().st_mode & 0o777) for path in stored_files(tmp_path / "cache")] == [oct(0o644)]
    assert not list((tmp_path / "cache").glob(".*"))
