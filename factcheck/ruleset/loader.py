"""Read rule folders into a RuleSet, reporting any fault with its file and line."""

from __future__ import annotations

import re
from functools import lru_cache
import tomllib
import types
import typing
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from factcheck.errors import NESTED_TOO_DEEPLY, RuleFileError, closest, did_you_mean
from factcheck.ruleset.ruleset import RuleSet

# Rule-file tables and the RuleSet field each one fills. Arrays of records are merged
# by id (a later folder overrides an earlier one); tables are merged key by key.
RECORD_TABLES = {"entity": "entities", "unit": "units", "event": "events",
                 "check": "checks", "extraction": "extraction"}
PLAIN_TABLES = {"calendar", "numbers", "titles", "lexicon", "boilerplate", "metadata", "compare", "limits"}
# Where each record came from: (field, id) for top-level records, (table, "") for a plain
# table's header, (table, key, index) for an array of tables inside one
# ([[boilerplate.patterns]]) or an item of a list in one (outlet_patterns); the value is
# (file, line, the record's id if it has one, its index within that file).
Origin = dict[tuple[Any, ...], tuple[Path, int, str | None, int]]


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
    """Merge the rule files of each folder, in order, into one validated RuleSet.

    A folder named twice (the built-in folder given again with --rules, or one folder
    in the config and on the command line) is read once, where it first comes: lists
    extend from folder to folder, so reading it again would double them.
    """
    records: dict[str, dict[str, dict[str, Any]]] = {field: {} for field in RECORD_TABLES.values()}
    tables: dict[str, dict[str, Any]] = {}
    origin: Origin = {}
    sources: list[str] = []
    read: set[Path] = set()
    for folder in folders:
        if not folder.is_dir():
            raise RuleFileError("rule folder does not exist", path=str(folder))
        if folder.resolve() in read:
            continue
        read.add(folder.resolve())
        for path in sorted(folder.glob("*.toml")):
            sources.append(str(path))
            data, text = _read_toml(path)
            _merge_file(path, data, text, records, tables, origin)
    fields = {name: tuple(items.values()) for name, items in records.items()}
    origins = {f"{key[0]}:{key[1]}": f"{path}:{line}" for key, (path, line, *_) in origin.items()
               if len(key) == 2 and key[1]}
    try:
        return RuleSet(**fields, **tables, sources=tuple(sources), origins=origins)
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
        raise RuleFileError(f"invalid TOML: {message}", path=str(path), line=line,
                            rule_id=_record_id_at(text, line)) from None
    except RecursionError:  # arrays nested thousands deep
        raise RuleFileError(f"invalid TOML: {NESTED_TOO_DEEPLY}", path=str(path)) from None


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
            headers = _array_header_lines(text, key)  # looked up once: a file may hold thousands of records
            for index, record in enumerate(value):
                line = headers[index] if index < len(headers) else _header_line(text, key, index)
                record_id = record.get("id") if isinstance(record, dict) else None
                if not isinstance(record_id, str):
                    raise RuleFileError(f"[[{key}]] entry has no string 'id'", path=str(path), line=line)
                if record_id in seen_here:
                    raise RuleFileError(f"duplicate id '{record_id}'", path=str(path), line=line,
                                        rule_id=record_id)
                seen_here.add(record_id)
                records[field][record_id] = record
                origin[(field, record_id)] = (path, line, record_id, index)
        elif key in PLAIN_TABLES:
            if not isinstance(value, dict):
                raise RuleFileError(f"'{key}' must be a table", path=str(path))
            _note_nested_records(path, text, key, value, tables.get(key, {}), origin)
            _merge_table(tables.setdefault(key, {}), value)
            origin[(key, "")] = (path, _header_line(text, key, 0), None, 0)
        else:
            known = sorted([*RECORD_TABLES, *PLAIN_TABLES])
            # a plural is the usual slip: [[entities]] for [[entity]]
            suggestion = {field: table for table, field in RECORD_TABLES.items()}.get(key) or closest(key, known)
            hint = f"; did you mean '{suggestion}'?" if suggestion else ""
            raise RuleFileError(f"unknown table '{key}' (expected one of: {', '.join(known)}{hint})",
                                path=str(path), line=_header_line(text, key, 0))


def _note_nested_records(path: Path, text: str, table: str, value: dict[str, Any], merged: dict[str, Any],
                         origin: Origin) -> None:
    """Record the file and line of each item of a list in a table, numbered as after the merge.

    Lists extend across folders, so an error about item 12 of the merged list must be
    reported as the item of the file that added it, by its index there.
    """
    for key, items in value.items():
        if not isinstance(items, list):
            continue
        offset = len(merged.get(key, [])) if isinstance(merged.get(key), list) else 0
        key_line = _key_line(text, table, key)
        for index, item in enumerate(items):
            record_id = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else None
            line = _header_line(text, f"{table}.{key}", index) if isinstance(item, dict) else key_line
            origin[(table, key, offset + index)] = (path, line, record_id, index)


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
    headers = _array_header_lines(text, table)
    if index < len(headers):
        return headers[index]
    match = re.search(rf"^[ \t]*\[\s*{re.escape(table)}\s*[\].]", text, re.MULTILINE)
    return text.count("\n", 0, match.start() if match else 0) + 1


@lru_cache(maxsize=64)
def _array_header_lines(text: str, table: str) -> tuple[int, ...]:
    """Return the lines of every ``[[table]]`` header, found once per file and table.

    A rule file of thousands of entities asks for each record's line: scanning the file
    anew for every record would make loading it quadratic.
    """
    pattern = re.compile(rf"^[ \t]*\[\[\s*{re.escape(table)}\s*\]\]", re.MULTILINE)
    lines, position, line = [], 0, 1
    for match in pattern.finditer(text):
        line += text.count("\n", position, match.start())
        position = match.start()
        lines.append(line)
    return tuple(lines)


def _key_line(text: str, table: str, key: str) -> int:
    """Return the line of ``key = ...`` inside ``[table]``, else the table's header line."""
    header = re.search(rf"^[ \t]*\[\s*{re.escape(table)}\s*\]", text, re.MULTILINE)
    start = header.start() if header else 0
    found = re.compile(rf"^[ \t]*{re.escape(key)}[ \t]*=", re.MULTILINE).search(text, start)
    return text.count("\n", 0, found.start() if found else start) + 1


def _located_error(error: ValidationError, origin: Origin) -> RuleFileError:
    """Map the first pydantic error's location back to the rule file and record it came from."""
    first = error.errors()[0]
    loc = [str(part) for part in first["loc"]]
    field = loc[0] if loc else ""
    rule_id = None
    path, line = None, None
    skip = 0
    if field in RECORD_TABLES.values() and len(loc) > 1 and loc[1].isdigit():
        keys = [key[1] for key in origin if len(key) == 2 and key[0] == field]
        index = int(loc[1])
        if index < len(keys):
            path, line, rule_id, _ = origin[(field, keys[index])]
        skip = 2
    elif len(loc) > 2 and loc[2].isdigit() and (field, loc[1], int(loc[2])) in origin:
        path, line, rule_id, local = origin[(field, loc[1], int(loc[2]))]
        loc[2] = str(local)
        skip = 3 if rule_id else 0
    else:
        table = {value: key for key, value in RECORD_TABLES.items()}.get(field, field)
        path, line, _, _ = origin.get((table, ""), (None, None, None, 0))
    where = ".".join(loc[skip:])
    message = first["msg"].removeprefix("Value error, ")
    if first["type"] == "extra_forbidden":
        message = f"unknown key '{loc[-1]}'{did_you_mean(loc[-1], _fields_at(loc[:-1]))}"
        where = ".".join(loc[skip:-1])
    text = f"{where}: {message}" if where else message
    return RuleFileError(text, path=str(path) if path else None, line=line, rule_id=rule_id)


def _fields_at(loc: list[str]) -> list[str]:
    """Return the keys the rule schema allows at a location such as ['checks', '3', 'examples', '0']."""
    annotation: Any = RuleSet
    for part in loc:
        annotation = _step(annotation, part)
    model = _model_in(annotation)
    return list(model.model_fields) if model else []


def _step(annotation: Any, part: str) -> Any:
    """Follow one location part: a field of a model, an item of a tuple, a value of a dict."""
    model = _model_in(annotation)
    if model is not None:
        field = model.model_fields.get(part)
        return field.annotation if field else None
    args = [arg for arg in typing.get_args(annotation) if arg is not Ellipsis]
    return args[-1] if args else None


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """Return the model class an annotation names, looking inside Optional and Union."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                return arg
    return None


def _record_id_at(text: str, line: int | None) -> str | None:
    """Return the id of the [[record]] a line falls in, for errors the TOML parser locates."""
    if line is None:
        return None
    lines = text.split("\n")
    start = next((index for index in range(min(line, len(lines)) - 1, -1, -1)
                  if re.match(r"^\s*\[\[", lines[index])), None)
    if start is None:
        return None
    for candidate in lines[start + 1:]:
        if re.match(r"^\s*\[", candidate):
            break
        match = re.match(r"""^\s*id\s*=\s*["']([^"']+)["']""", candidate)
        if match:
            return match.group(1)
    return None
