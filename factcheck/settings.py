"""Settings: what a project's ``factcheck.toml`` or ``[tool.factcheck]`` says, and applying it.

A newsroom decides once, in review, what every run should do: its rule folders, the
checks it does not want, the severity of others, what fails the build, thresholds,
paths to leave out and findings already reviewed. The file is found upward from the
working directory (``factcheck.toml`` first, then a ``pyproject.toml`` with a
``[tool.factcheck]`` table) or named with ``--config``. Keys are spelt like the
command-line options they stand for (``fail-on``); options given on the command line
win over the file.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from pathlib import Path, PurePath
from typing import Any

from pydantic import BaseModel, ConfigDict, PrivateAttr, ValidationError, field_validator, model_validator

from factcheck.errors import NESTED_TOO_DEEPLY, ConfigError, did_you_mean
from factcheck.models import Severity, split_record
from factcheck.policy import FailOn
from factcheck.ruleset import RuleSet
from factcheck.ruleset.schema import CompareSettings, Limits

CONFIG_NAME = "factcheck.toml"
PYPROJECT = "pyproject.toml"
# Thresholds are the rule files' [compare] and [limits] keys, spelt with dashes.
THRESHOLD_MODELS: tuple[type[BaseModel], ...] = (CompareSettings, Limits)


class ConfigModel(BaseModel):
    """Base for config models: immutable, strict, keys spelt with dashes like CLI options."""

    model_config = ConfigDict(frozen=True, extra="forbid", alias_generator=lambda name: name.replace("_", "-"))


class Suppression(ConfigModel):
    """One reviewed finding not to report again: by fingerprint, or by check and path glob."""

    fingerprint: str | None = None
    rule: str | None = None
    path: str | None = None
    reason: str | None = None

    @model_validator(mode="after")
    def _names_a_finding(self) -> Suppression:
        if self.fingerprint is None and (self.rule is None or self.path is None):
            raise ValueError("give 'fingerprint', or both 'rule' and 'path'")
        return self


class Settings(ConfigModel):
    """The configuration in force for one run."""

    rules: tuple[Path, ...] = ()
    no_default_rules: bool = False
    disable: tuple[str, ...] = ()
    severity: dict[str, Severity] = {}
    fail_on: FailOn = FailOn.CONFLICT
    min_severity: Severity = Severity.INFO
    thresholds: dict[str, Any] = {}
    ignore: tuple[str, ...] = ()
    suppress: tuple[Suppression, ...] = ()
    _source: str | None = PrivateAttr(None)

    def model_post_init(self, context: Any) -> None:
        """Remember which file the settings came from (passed as validation context)."""
        if isinstance(context, dict):
            self._source = context.get("source")

    @property
    def source(self) -> str | None:
        """Return the config file these settings were read from, or None for the defaults."""
        return self._source

    @field_validator("thresholds")
    @classmethod
    def _known_thresholds(cls, thresholds: dict[str, Any]) -> dict[str, Any]:
        for key, value in thresholds.items():
            model = _threshold_model(key)
            if model is None:
                names = [name.replace("_", "-") for m in THRESHOLD_MODELS for name in m.model_fields]
                raise ValueError(f"unknown threshold '{key}'{did_you_mean(key, names)}")
            try:
                model.model_validate({key.replace("-", "_"): value})
            except ValidationError as error:
                raise ValueError(f"{key}: {error.errors()[0]['msg']}") from None
        return thresholds

    def ignores(self, path: str) -> bool:
        """Return True when an article path matches one of the ignored globs."""
        return any(path_matches(path, glob) for glob in self.ignore)


def path_matches(path: str, glob: str) -> bool:
    """Match a shell-style glob against a path or any of its trailing parts.

    So ``archive/*`` matches ``corpus/archive/2019.md`` whatever folder the run starts
    from, and ``*.draft.md`` matches a file name anywhere. A JSON Lines record's
    ``#N`` suffix is not part of its path.
    """
    parts = PurePath(split_record(path)[0]).as_posix().split("/")
    return any(fnmatch.fnmatchcase("/".join(parts[index:]), glob) for index in range(len(parts)))


def find_config(start: Path) -> Path | None:
    """Return the nearest factcheck.toml, or pyproject.toml with [tool.factcheck], from start upward."""
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and "[tool.factcheck" in pyproject.read_text(encoding="utf-8", errors="replace"):
            return pyproject
    return None


def load_settings(config: Path | None, start: Path) -> Settings:
    """Read the settings named with --config, else the nearest config file, else the defaults."""
    if config is not None and not config.is_file():
        raise ConfigError("config file does not exist", path=str(config))
    path = config if config is not None else find_config(start)
    if path is None:
        return Settings()
    try:
        text = path.read_text(encoding="utf-8")
        document = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read config file: {error}", path=str(path)) from None
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"\(at line (\d+), column \d+\)", str(error))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        raise ConfigError(f"invalid TOML: {message}", path=str(path),
                          line=int(match.group(1)) if match else None) from None
    except RecursionError:  # arrays nested thousands deep
        raise ConfigError(f"invalid TOML: {NESTED_TOO_DEEPLY}", path=str(path)) from None
    prefix = "tool.factcheck." if path.name == PYPROJECT else ""
    data = document.get("tool", {}).get("factcheck") if prefix else document
    if not isinstance(data, dict):
        raise ConfigError("no [tool.factcheck] table", path=str(path))
    if isinstance(data.get("rules"), list):
        data = {**data, "rules": [str(path.parent / folder) if isinstance(folder, str) else folder
                                  for folder in data["rules"]]}
    try:
        return Settings.model_validate(data, context={"source": str(path)})
    except ValidationError as error:
        raise _located_error(error, path, text, prefix) from None


def apply_settings(rules: RuleSet, settings: Settings) -> RuleSet:
    """Return the rule set with the settings' disabled checks, severities and thresholds applied."""
    known = {check.id: check.id for check in rules.checks} | {check.name: check.id for check in rules.checks}
    for table, names in (("disable", settings.disable), ("severity", tuple(settings.severity)),
                         ("suppress", tuple(entry.rule for entry in settings.suppress if entry.rule))):
        for name in names:
            if name not in known:
                raise ConfigError(f"{table}: no check '{name}'{did_you_mean(name, list(known))} "
                                  "(see: factcheck rules list)", path=settings.source)
    disabled = {known[name] for name in settings.disable}
    severity = {known[name]: level for name, level in settings.severity.items()}
    checks = tuple(check.model_copy(update={"enabled": check.enabled and check.id not in disabled,
                                            "severity": severity.get(check.id, check.severity)})
                   for check in rules.checks)
    updates: dict[str, dict[str, Any]] = {"compare": {}, "limits": {}}
    for key, value in settings.thresholds.items():
        table = "compare" if _threshold_model(key) is CompareSettings else "limits"
        updates[table][key.replace("-", "_")] = value
    compare = CompareSettings.model_validate({**rules.compare.model_dump(), **updates["compare"]})
    limits = Limits.model_validate({**rules.limits.model_dump(), **updates["limits"]})
    return rules.model_copy(update={"checks": checks, "compare": compare, "limits": limits})


def _threshold_model(key: str) -> type[BaseModel] | None:
    """Return the rule-set model a threshold key belongs to."""
    field = key.replace("-", "_")
    return next((model for model in THRESHOLD_MODELS if field in model.model_fields), None)


def _located_error(error: ValidationError, path: Path, text: str, prefix: str) -> ConfigError:
    """Turn the first validation error into one line naming the file, line and key."""
    first = error.errors()[0]
    loc = [str(part) for part in first["loc"]]
    line = _line_of(text, prefix, loc)
    message = first["msg"].removeprefix("Value error, ")
    if first["type"] == "extra_forbidden":
        allowed = _allowed_keys(loc[:-1])
        message = f"unknown key '{loc[-1]}'{did_you_mean(loc[-1], allowed)}"
        loc = loc[:-1]
    where = ".".join(loc)
    return ConfigError(f"{where}: {message}" if where else message, path=str(path), line=line)


def _allowed_keys(loc: list[str]) -> list[str]:
    """Return the keys allowed where an unknown key was found."""
    model: type[BaseModel] = Suppression if loc[:1] == ["suppress"] else Settings
    return [field.alias or name for name, field in model.model_fields.items()]


def _line_of(text: str, prefix: str, loc: list[str]) -> int | None:
    """Return the line of the key or table an error is about, as well as a plain search can tell."""
    table_start = 0
    if prefix:
        header = re.search(rf"^[ \t]*\[\s*{re.escape(prefix.rstrip('.'))}\s*\]", text, re.MULTILINE)
        table_start = header.start() if header else 0
    if not loc:
        return text.count("\n", 0, table_start) + 1
    name = re.escape(prefix + loc[0])
    arrays = [match.start() for match in re.finditer(rf"^[ \t]*\[\[\s*{name}\s*\]\]", text, re.MULTILINE)]
    if arrays:
        index = int(loc[1]) if len(loc) > 1 and loc[1].isdigit() and int(loc[1]) < len(arrays) else 0
        return text.count("\n", 0, arrays[index]) + 1
    table = re.search(rf"^[ \t]*\[\s*{name}\s*\]", text, re.MULTILINE)
    if table:
        return text.count("\n", 0, table.start()) + 1
    key = re.compile(rf"^[ \t]*{re.escape(loc[0])}\s*=", re.MULTILINE).search(text, table_start)
    return text.count("\n", 0, key.start()) + 1 if key else None
