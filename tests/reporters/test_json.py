"""The JSON reporter: written a slice at a time, yet exactly the Report model's own indented JSON."""

from __future__ import annotations

import io
import json
from functools import cache
from pathlib import Path

import pytest

from factcheck.api import check, list_claims, load_rules
from factcheck.models import Diagnostic, Report, Suppressed
from factcheck.reporters import json_report, json_slices
from tests.reports import article, claim, finding, report

FIXTURES = Path(__file__).parents[2] / "fixtures"


@cache
def fixture_report() -> Report:
    return check([str(FIXTURES)], load_rules())


def rendered(built: Report) -> str:
    out = io.StringIO()
    json_report.render(built, out)
    return out.getvalue()


@pytest.mark.parametrize("slice_size", [1, 2, 7, json_slices.SLICE])
def test_the_streamed_report_is_the_models_own_json(monkeypatch: pytest.MonkeyPatch, slice_size: int) -> None:
    monkeypatch.setattr(json_slices, "SLICE", slice_size)
    built = fixture_report()
    assert len(built.claims) > json_slices.SLICE > 0
    assert rendered(built) == built.model_dump_json(indent=2) + "\n"


def test_empty_lists_nulls_and_every_optional_part_render_as_the_model_does() -> None:
    first, second = claim(1, 1, "on 3 March", 4), claim(2, 2, "on 4 March", 9, value="2026-03-04")
    known = finding(1, [first, second])
    built = report([article(1, "a.md"), article(2, "b.md")], [first, second], [],
                   suppressed=[Suppressed(finding=known, source="baseline", reason=None)], baseline="known.json")
    built = built.model_copy(update={"diagnostics": (Diagnostic(path="c.bin", message="binary file"),)})
    text = rendered(built)
    assert text == built.model_dump_json(indent=2) + "\n"
    parsed = json.loads(text)
    assert parsed["findings"] == []
    assert parsed["suppressed"][0]["reason"] is None
    assert parsed["baseline"] == "known.json"


def test_the_claims_listing_is_the_models_own_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_slices, "SLICE", 5)
    listed = list_claims([str(FIXTURES / "openai-uk")], load_rules())
    out = io.StringIO()
    json_report.render_claims(listed, out)
    assert out.getvalue() == listed.model_dump_json(indent=2) + "\n"
