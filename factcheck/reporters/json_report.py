"""JSON reporter: the Report model dumped as is; its field names are the contract.

Sample (abridged)::

    {"version": "1", "articles": [...], "claims": [...], "findings": [...],
     "summary": {"articles": 5, "claims": 86, "agreements": 6, "conflicts": 1, "single_source": 7}}

The document is written a slice of items at a time (``json_slices``), not built whole:
on 10,000 articles the report is 77 MB of text, and building it as one string (then
encoding it) added about 280 MB to the run's peak memory. The text is exactly what pydantic's
``model_dump_json(indent=2)`` gives, which a test checks.
"""

from __future__ import annotations

from functools import cache, partial
from typing import Any, TextIO

from pydantic import BaseModel, TypeAdapter

from factcheck.models import ClaimsReport, Report
from factcheck.reporters.json_slices import write_array

INDENT = "  "


def render(report: Report, out: TextIO) -> None:
    """Write the report as indented UTF-8 JSON."""
    _write(report, out)


def render_claims(report: ClaimsReport, out: TextIO) -> None:
    """Write the extracted claims as indented UTF-8 JSON."""
    _write(report, out)


def _write(model: BaseModel, out: TextIO) -> None:
    """Write a model's fields in order, streaming the items of each tuple field."""
    names = list(type(model).model_fields)
    out.write("{\n")
    for position, name in enumerate(names):
        value = getattr(model, name)
        out.write(f'{INDENT}"{name}": ')
        if isinstance(value, tuple) and value:
            write_array(value, partial(_adapter(type(model), name).dump_json, indent=2), INDENT, out)
        else:
            out.write(_nested(_adapter(type(model), name).dump_json(value, indent=2).decode()))
        out.write(",\n" if position < len(names) - 1 else "\n")
    out.write("}\n")


def _nested(text: str) -> str:
    """Indent every line but the first by one level, for a value placed inside the report object."""
    return text.replace("\n", "\n" + INDENT)


@cache
def _adapter(owner: type[BaseModel], name: str) -> TypeAdapter[Any]:
    """Return the serializer of one field of a report model."""
    return TypeAdapter(owner.model_fields[name].annotation)
