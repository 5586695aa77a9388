"""Rule files: broken ones fail with a located RuleFileError, the defaults load and hash stably."""

from __future__ import annotations

import shutil
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from factcheck.api import load_rules
from factcheck.errors import FactcheckError, RuleFileError
from factcheck.ruleset import default_rules_dir, load_ruleset

BAD_RULES = Path(__file__).resolve().parents[1] / "bad_rules"
BAD_FILES = sorted(BAD_RULES.glob("*.toml"))
EXPECT = "# expect: "

CHECK = """[[check]]
id = "{id}"
name = "meta.{name}"
kind = "date"
finding = "conflict"
summary = "A check."
"""


def expected_error(path: Path) -> str:
    """Return the substring the file's first line says its error must contain."""
    first_line = path.read_bytes().split(b"\n", 1)[0].decode("utf-8", errors="replace")
    assert first_line.startswith(EXPECT), f"{path.name}: first line must be '{EXPECT}<substring>'"
    return first_line[len(EXPECT):].strip()


def load_error(folder: Path) -> RuleFileError:
    """Load the folder on its own and return the error it raises."""
    with pytest.raises(RuleFileError) as error:
        load_ruleset([folder])
    return error.value


def test_bad_rules_folder_has_cases() -> None:
    assert len(BAD_FILES) >= 10
    assert all(expected_error(path) for path in BAD_FILES)


@pytest.mark.parametrize("bad_file", BAD_FILES, ids=lambda path: path.stem)
def test_bad_rule_file_is_reported_with_its_location(bad_file: Path, tmp_path: Path) -> None:
    shutil.copy(bad_file, tmp_path / bad_file.name)
    error = load_error(tmp_path)
    message = str(error)
    assert expected_error(bad_file) in message
    assert bad_file.name in message
    assert message.startswith(str(tmp_path / bad_file.name))
    assert "\n" not in message
    assert isinstance(error, FactcheckError)


def test_missing_rule_folder(tmp_path: Path) -> None:
    error = load_error(tmp_path / "nowhere")
    assert str(error) == f"{tmp_path / 'nowhere'}: rule folder does not exist"


def test_a_broken_extra_folder_is_reported_after_the_defaults_load(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(CHECK.format(id="FC901", name="mine") + 'colour = "red"\n')
    with pytest.raises(RuleFileError) as error:
        load_rules([tmp_path])
    assert str(error.value) == f"{tmp_path / 'mine.toml'}:1: [FC901] unknown key 'colour'"


def test_error_fields_are_kept(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(CHECK.format(id="FC901", name="mine") + 'colour = "red"\n')
    error = load_error(tmp_path)
    assert (error.path, error.line, error.rule_id) == (str(tmp_path / "mine.toml"), 1, "FC901")


def test_error_in_a_later_record_points_at_its_header(tmp_path: Path) -> None:
    text = CHECK.format(id="FC901", name="first") + "\n" + CHECK.format(id="FC902", name="second") + "colour = 1\n"
    (tmp_path / "mine.toml").write_text(text)
    assert text.splitlines()[7] == "[[check]]"
    assert str(load_error(tmp_path)) == f"{tmp_path / 'mine.toml'}:8: [FC902] unknown key 'colour'"


def test_unknown_table_after_a_blank_line_points_at_its_header(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text("# my rules\n\n[checks]\nid = 1\n")
    assert str(load_error(tmp_path)).startswith(f"{tmp_path / 'mine.toml'}:3: unknown table 'checks'")


# the default rules ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def defaults():
    return load_rules()


def test_default_rules_load(defaults) -> None:
    assert len(defaults.sources) == len(list(default_rules_dir().glob("*.toml")))
    assert {"FC101", "FC201"} <= {check.id for check in defaults.checks}
    assert set(defaults.calendar) >= {"en", "fr"}
    assert defaults.entities and defaults.units and defaults.boilerplate.patterns


def test_every_rule_id_is_unique_across_the_default_files() -> None:
    """Records merge by id, so a repeated id would silently replace another rule."""
    ids: Counter[tuple[str, str]] = Counter()
    for path in default_rules_dir().glob("*.toml"):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for table in ("check", "extraction", "entity", "unit", "event"):
            ids.update((table, record["id"]) for record in data.get(table, []))
        ids.update(("boilerplate", pattern["id"]) for pattern in data.get("boilerplate", {}).get("patterns", []))
    assert [key for key, count in ids.items() if count > 1] == []
    assert sum(1 for table, _ in ids if table == "check") >= 10


def test_check_ids_and_names_are_unique(defaults) -> None:
    check_ids = [check.id for check in defaults.checks] + [rule.id for rule in defaults.extraction]
    names = [check.name for check in defaults.checks]
    assert len(check_ids) == len(set(check_ids))
    assert len(names) == len(set(names))


def test_each_verdict_is_reported_by_at_most_one_check(defaults) -> None:
    verdicts = Counter((check.kind, check.finding) for check in defaults.checks if check.enabled)
    assert [verdict for verdict, count in verdicts.items() if count > 1] == []


def test_fingerprint_is_stable(defaults) -> None:
    again = load_rules()
    assert defaults.fingerprint() == again.fingerprint()
    assert len(defaults.fingerprint()) == 16


def test_fingerprint_does_not_depend_on_where_the_rules_live(defaults, tmp_path: Path) -> None:
    copy = tmp_path / "elsewhere"
    shutil.copytree(default_rules_dir(), copy)
    moved = load_ruleset([copy])
    assert moved.sources != defaults.sources
    assert moved.fingerprint() == defaults.fingerprint()


@pytest.mark.parametrize(("file_name", "text"), [
    ("severity.toml", CHECK.format(id="FC201", name="conflict") + 'severity = "warning"\n'),
    ("new.toml", CHECK.format(id="FC999", name="extra")),
    ("entity.toml", '[[entity]]\nid = "acme"\nname = "Acme Labs"\n'),
    ("numbers.toml", "[numbers]\nmin_word_value = 11\n"),
])
def test_fingerprint_changes_when_a_rule_changes(defaults, tmp_path: Path, file_name: str,
                                                 text: str) -> None:
    (tmp_path / file_name).write_text(text)
    changed = load_rules([tmp_path])
    assert changed.fingerprint() != defaults.fingerprint()


def test_a_later_folder_overrides_a_check_by_id(defaults, tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(CHECK.format(id="FC201", name="conflict") + 'severity = "warning"\n')
    changed = load_rules([tmp_path])
    assert len(changed.checks) == len(defaults.checks)
    assert {check.id: check.severity.value for check in changed.checks}["FC201"] == "warning"
    assert [check.id for check in changed.checks] == [check.id for check in defaults.checks]


def test_an_extra_folder_adds_number_words_without_dropping_the_defaults(defaults, tmp_path: Path) -> None:
    (tmp_path / "fr.toml").write_text("[numbers.words]\nmille = 1000\n")
    words = load_rules([tmp_path]).numbers.words
    assert words["mille"] == 1000
    assert {word: words.get(word) for word in defaults.numbers.words} == dict(defaults.numbers.words)


def test_an_extra_folder_extends_word_lists(defaults, tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text('[lexicon]\nabbreviations = ["approx."]\n')
    abbreviations = load_rules([tmp_path]).lexicon.abbreviations
    assert abbreviations == (*defaults.lexicon.abbreviations, "approx.")


def test_no_default_rules_and_no_folders_is_an_empty_rule_set() -> None:
    empty = load_rules(use_defaults=False)
    assert (empty.checks, empty.entities, empty.sources) == ((), (), ())
