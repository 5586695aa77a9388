"""No input makes any stage raise, and the JSON report of any run validates against its model."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.api import check, load_rules
from factcheck.models import Report

RULES = load_rules()
NEWS = st.sampled_from(["OpenAI", "Ministry of Justice", "signed", "on 21 July 2025", "2,500 staff",
                        "more than 1,000", "Deputy Prime Minister David Lammy", "AI Safety Institute",
                        "\u201c", ".", ",", "\n", "\n\n", "—", "£31bn", "Mr.", "# ", "<!-- ", "|",
                        "\u017figned", "f\u0131rst", "bİllion", "\u212aelvin"])
# Every Unicode category, surrogates excepted (they cannot be written as UTF-8).
ANY_CHARACTER = st.characters(exclude_categories=("Cs",))
TEXTS = st.one_of(
    st.text(ANY_CHARACTER, max_size=300),
    st.lists(st.one_of(NEWS, st.text(ANY_CHARACTER, max_size=6)), max_size=80).map(" ".join),
    st.tuples(NEWS, st.integers(1, 400)).map(lambda pair: pair[0] * pair[1]),
    st.integers(1, 20_000).map(lambda length: "x" * length),
)
SUFFIXES = st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl"])
_counter = itertools.count()


def _run(folder: Path, files: list[tuple[str, bytes]]) -> None:
    run = folder / f"run{next(_counter)}"
    run.mkdir()
    for number, (suffix, content) in enumerate(files):
        (run / f"{number}{suffix}").write_bytes(content)
    try:
        report = check([str(run)], RULES)
    except Exception as error:  # noqa: BLE001 - only the one user-facing error is allowed
        assert type(error).__name__ == "UsageError" and "no article could be read" in str(error)
        return
    assert Report.model_validate_json(report.model_dump_json()) == report
    assert not [diagnostic for diagnostic in report.diagnostics if "factcheck failed" in diagnostic.message]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.lists(st.tuples(SUFFIXES, TEXTS.map(lambda text: text.encode("utf-8"))), min_size=1, max_size=3))
def test_any_text_in_any_format(tmp_path: Path, files: list[tuple[str, bytes]]) -> None:
    _run(tmp_path, files)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.lists(st.tuples(SUFFIXES, st.binary(max_size=400)), min_size=1, max_size=3))
def test_any_bytes_in_any_format(tmp_path: Path, files: list[tuple[str, bytes]]) -> None:
    _run(tmp_path, files)
