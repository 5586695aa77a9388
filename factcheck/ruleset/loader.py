"""Read rule folders into a RuleSet, reporting any fault with its file and line."""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from factcheck.errors import RuleFileError
from factcheck.ruleset.ruleset import RuleSet

# Rule-file tables and the RuleSet field each one fills. Arrays of records are merged
# by id (a later folder overrides an earlier one); tables are merged key by key.
RECORD_TABLES = {"entity": "entities", "unit": "units", "event": "events",
                 "check": "checks", "extraction": "extraction"}
PLAIN_TABLES = {"calendar", "numbers", "titles", "lexicon", "boilerplate", "metadata", "compare"}


def default_rules_dir() -> Path:
    """Return the folder of the built-in rules.

    An installed wheel carries them as ``factcheck/rules``; an editable install or a
    source checkout reads the repository's top-level ``rules/`` folder instead.
    """
    packaged = Path(str(resources.files("factcheck"))) / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


def load_ruleset(folders: list[Path]) -> RuleSet:
    """Merge the rule files of each folder, in order, into one validated RuleSet."""
    records: dict[str, dict[str, dict[str, Any]]] = {field: {} for field in RECORD_TABLES.values()}
    tables: dict[str, dict[str, Any]] = {}
    origin: dict[tuple[str, str], tuple[Path, int]] = {}
    sources: list[str] = []
    for folder in folders:
        if not folder.is_dir():
            raise RuleFileError("rule folder does not exist", path=str(folder))
        for path in sorted(folder.glob("*.toml")):
            sources.append(str(path))
            data, text = _read_toml(path)
            _merge_file(path, data, text, records, tables, origin)
    fields = {name: tuple(items.values()) for name, items in records.items()}
    try:
        return RuleSet(**fields, **tables, sources=tuple(sources))
    except ValidationError as error:
        raise _located_error(error, origin) from None


def _read_toml(path: Path) -> tuple[dict[str, Any], str]:
    """Parse one TOML file, turning a parse error into a located RuleFileError."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise RuleFileError(f"cannot read rule file: {error}", path=str(path)) from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(error))
        line = getattr(error, "lineno", None) or (int(match.group(1)) if match else None)
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        raise RuleFileError(f"invalid TOML: {message}", path=str(path), line=line) from None


def _merge_file(path: Path, data: dict[str, Any], text: str,
                records: dict[str, dict[str, dict[str, Any]]], tables: dict[str, dict[str, Any]],
                origin: dict[tuple[str, str], tuple[Path, int]]) -> None:
    """Fold one parsed file into the records and tables gathered so far."""
    for key, value in data.items():
        if key in RECORD_TABLES:
            field = RECORD_TABLES[key]
            if not isinstance(value, list):
                raise RuleFileError(f"'{key}' must be an array of tables ([[{key}]])", path=str(path))
            seen_here: set[str] = set()
            for index, record in enumerate(value):
                line = _header_line(text, key, index)
                record_id = record.get("id") if isinstance(record, dict) else None
                if not isinstance(record_id, str):
                    raise RuleFileError(f"[[{key}]] entry has no string 'id'", path=str(path), line=line)
                if record_id in seen_here:
                    raise RuleFileError(f"duplicate id '{record_id}'", path=str(path), line=line,
                                        rule_id=record_id)
                seen_here.add(record_id)
                records[field][record_id] = record
                origin[(field, record_id)] = (path, line)
        elif key in PLAIN_TABLES:
            if not isinstance(value, dict):
                raise RuleFileError(f"'{key}' must be a table", path=str(path))
            _merge_table(tables.setdefault(key, {}), value)
            origin[(key, "")] = (path, _header_line(text, key, 0))
        else:
            known = ", ".join(sorted([*RECORD_TABLES, *PLAIN_TABLES]))
            raise RuleFileError(f"unknown table '{key}' (expected one of: {known})", path=str(path),
                                line=_header_line(text, key, 0))


def _merge_table(merged: dict[str, Any], update: dict[str, Any]) -> None:
    """Merge a later folder's table into an earlier one: lists extend, tables merge, values replace."""
    for key, value in update.items():
        if isinstance(value, list) and isinstance(merged.get(key), list):
            merged[key] = [*merged[key], *value]
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = dict(merged[key])
            _merge_table(merged[key], value)
        else:
            merged[key] = value


def _header_line(text: str, table: str, index: int) -> int:
    """Return the line of the index-th ``[[table]]`` header, else of ``[table]``, else 1."""
    name = re.escape(table)
    headers = [match.start() for match in re.finditer(rf"^[ \t]*\[\[\s*{name}\s*\]\]", text, re.MULTILINE)]
    if index < len(headers):
        position = headers[index]
    else:
        match = re.search(rf"^[ \t]*\[\s*{name}\s*[\].]", text, re.MULTILINE)
        position = match.start() if match else 0
    return text.count("\n", 0, position) + 1


def _located_error(error: ValidationError, origin: dict[tuple[str, str], tuple[Path, int]]) -> RuleFileError:
    """Map the first pydantic error's location back to the rule file and record it came from."""
    first = error.errors()[0]
    loc = [str(part) for part in first["loc"]]
    field = loc[0] if loc else ""
    rule_id = None
    path, line = None, None
    if field in RECORD_TABLES.values() and len(loc) > 1 and loc[1].isdigit():
        keys = [key for (table, key) in origin if table == field]
        index = int(loc[1])
        if index < len(keys):
            rule_id = keys[index]
            path, line = origin[(field, rule_id)]
        where = ".".join(loc[2:])
    else:
        table = {value: key for key, value in RECORD_TABLES.items()}.get(field, field)
        path, line = origin.get((table, ""), (None, None))
        where = ".".join(loc)
    message = first["msg"]
    if first["type"] == "extra_forbidden":
        message = f"unknown key '{loc[-1]}'"
        where = ".".join(loc[2:-1]) if rule_id else ".".join(loc[:-1])
    text = f"{where}: {message}" if where else message
    return RuleFileError(text, path=str(path) if path else None, line=line, rule_id=rule_id)
