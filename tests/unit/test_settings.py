"""Settings: finding the config, reading it strictly, and applying it to the rule set."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.api import load_rules
from factcheck.errors import ConfigError
from factcheck.models import Severity
from factcheck.policy import FailOn
from factcheck.settings import Settings, apply_settings, find_config, load_settings, path_matches

DEFAULTS = load_rules()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def config_error(tmp_path: Path, text: str, name: str = "factcheck.toml") -> str:
    """Return the one-line error a config file with this text gives."""
    with pytest.raises(ConfigError) as error:
        load_settings(write(tmp_path / name, text), tmp_path)
    message = str(error.value)
    assert "\n" not in message
    return message


# finding the file ---------------------------------------------------------------------------


def test_no_config_gives_the_defaults(tmp_path: Path) -> None:
    settings = load_settings(None, tmp_path)
    assert settings == Settings() and settings.source is None
    assert (settings.fail_on, settings.min_severity) == (FailOn.CONFLICT, Severity.INFO)


def test_found_upward_from_the_working_directory(tmp_path: Path) -> None:
    config = write(tmp_path / "factcheck.toml", 'fail-on = "never"\n')
    (tmp_path / "desk" / "today").mkdir(parents=True)
    assert find_config(tmp_path / "desk" / "today") == config
    assert load_settings(None, tmp_path / "desk" / "today").fail_on is FailOn.NEVER


def test_pyproject_counts_only_with_a_tool_factcheck_table(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    assert find_config(tmp_path) is None
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.factcheck]\nfail-on = "single-source"\n')
    assert find_config(tmp_path) == tmp_path / "pyproject.toml"
    assert load_settings(None, tmp_path).fail_on is FailOn.SINGLE_SOURCE


def test_factcheck_toml_wins_over_pyproject_and_the_nearest_wins(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\nfail-on = "single-source"\n')
    write(tmp_path / "factcheck.toml", 'fail-on = "never"\n')
    nested = write(tmp_path / "desk" / "pyproject.toml", '[tool.factcheck]\nfail-on = "conflict"\n')
    assert find_config(tmp_path) == tmp_path / "factcheck.toml"
    assert find_config(tmp_path / "desk") == nested


def test_rule_folders_are_relative_to_the_config_file(tmp_path: Path) -> None:
    write(tmp_path / "factcheck.toml", 'rules = ["newsroom-rules"]\n')
    (tmp_path / "desk").mkdir()
    assert load_settings(None, tmp_path / "desk").rules == (tmp_path / "newsroom-rules",)


def test_every_key(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path / "team.toml", """\
rules = ["r"]
no-default-rules = true
disable = ["FC503", "date.agreement"]
fail-on = "single-source"
min-severity = "warning"
ignore = ["archive/*"]

[severity]
FC401 = "error"

[thresholds]
quantity-tolerance = 0.05
regex-timeout = 0.5

[[suppress]]
fingerprint = "abc"
reason = "checked"
"""), tmp_path)
    assert settings.source == str(tmp_path / "team.toml")
    assert (settings.no_default_rules, settings.disable, settings.severity) == (
        True, ("FC503", "date.agreement"), {"FC401": Severity.ERROR})
    assert (settings.fail_on, settings.min_severity, settings.ignore) == (
        FailOn.SINGLE_SOURCE, Severity.WARNING, ("archive/*",))
    assert settings.thresholds == {"quantity-tolerance": 0.05, "regex-timeout": 0.5}
    assert [(entry.fingerprint, entry.reason) for entry in settings.suppress] == [("abc", "checked")]


# errors are one line with the file and line ---------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ('fail_on = "never"\n', "factcheck.toml:1: unknown key 'fail_on' (did you mean 'fail-on'?)"),
    ('disable = []\nfail-on = "sometimes"\n', "factcheck.toml:2: fail-on: Input should be 'single-source', "),
    ('[severity]\nFC401 = "loud"\n', "factcheck.toml:1: severity.FC401: Input should be 'info', 'warning' or 'error'"),
    ('[thresholds]\nvariant-score = 80\n', "factcheck.toml:1: thresholds: unknown threshold 'variant-score' "
                                          "(did you mean 'variant-min-score'?)"),
    ('[thresholds]\nquantity-tolerance = 2\n', "thresholds: quantity-tolerance: Input should be less than or equal to 1"),
    ('[[suppress]]\nfingerprint = "a"\n\n[[suppress]]\nrule = "FC201"\n',
     "factcheck.toml:4: suppress.1: give 'fingerprint', or both 'rule' and 'path'"),
    ('[[suppress]]\nfingerprnt = "a"\n', "factcheck.toml:1: suppress.0: unknown key 'fingerprnt' (did you mean 'fingerprint'?)"),
    ('fail-on = "never\n', "factcheck.toml:1: invalid TOML: "),
    ("x = " + "[" * 5_000 + "]" * 5_000 + "\n", "factcheck.toml: invalid TOML: arrays or tables nested too deeply"),
])
def test_a_bad_config_is_one_located_line(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in config_error(tmp_path, text)


def test_a_bad_key_in_pyproject_points_at_its_line(tmp_path: Path) -> None:
    text = '[project]\nname = "x"\n\n[tool.factcheck]\ndisable = ["FC503"]\nfail-onn = "never"\n'
    assert config_error(tmp_path, text, "pyproject.toml").endswith(
        "pyproject.toml:6: unknown key 'fail-onn' (did you mean 'fail-on'?)")


def test_a_named_config_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as error:
        load_settings(tmp_path / "missing.toml", tmp_path)
    assert str(error.value) == f"{tmp_path / 'missing.toml'}: config file does not exist"


def test_a_named_pyproject_needs_the_table(tmp_path: Path) -> None:
    assert config_error(tmp_path, '[project]\nname = "x"\n', "pyproject.toml").endswith("no [tool.factcheck] table")


# applying the settings to the rules -----------------------------------------------------------


def test_disable_by_id_or_name_and_override_severity() -> None:
    settings = Settings.model_validate({"disable": ["FC503", "date.agreement"], "severity": {"role.conflict": "error"}})
    rules = apply_settings(DEFAULTS, settings)
    state = {check.id: (check.enabled, check.severity.value) for check in rules.checks}
    assert state["FC503"] == (False, "info") and state["FC202"] == (False, "info")
    assert state["FC401"] == (True, "error")
    assert state["FC201"] == (True, "error")


def test_thresholds_map_onto_compare_and_limits() -> None:
    settings = Settings.model_validate({"thresholds": {"quantity-tolerance": 0.05, "variant-min-score": 80,
                                                       "regex-timeout": 0.25}})
    rules = apply_settings(DEFAULTS, settings)
    assert (rules.compare.quantity_tolerance, rules.compare.variant_min_score, rules.limits.regex_timeout) == (
        0.05, 80, 0.25)
    assert rules.compare.statement_min_similarity == DEFAULTS.compare.statement_min_similarity


@pytest.mark.parametrize(("data", "expected"), [
    ({"disable": ["FC2O1"]}, "disable: no check 'FC2O1' (did you mean 'FC201'?)"),
    ({"severity": {"date.conflit": "info"}}, "severity: no check 'date.conflit' (did you mean 'date.conflict'?)"),
    ({"suppress": [{"rule": "X201", "path": "*"}]}, "suppress: no check 'X201'"),
])
def test_unknown_checks_in_the_config_are_errors(data: dict, expected: str) -> None:
    with pytest.raises(ConfigError) as error:
        apply_settings(DEFAULTS, Settings.model_validate(data))
    assert expected in str(error.value)


@pytest.mark.parametrize(("path", "glob", "matches"), [
    ("corpus/archive/2019.md", "archive/*", True),
    ("archive/2019.md", "archive/*", True),
    ("/abs/corpus/drafts/x.draft.md", "*.draft.md", True),
    ("corpus/today/x.md", "archive/*", False),
    ("corpus/feed.jsonl#3", "*.jsonl", True),
    ("./corpus/a.txt", "corpus/a.txt", True),
])
def test_path_globs(path: str, glob: str, matches: bool) -> None:
    assert path_matches(path, glob) is matches
