"""Pathological article text stays linear against the shipped rules: nothing can hang a run.

Each case is timed at one size and at four times that size; the larger must not take
more than ten times as long (linear is four; quadratic would be sixteen). The bound is
generous so a busy machine does not fail it, and the inputs are small so it stays quick.
"""

from __future__ import annotations

import time

import pytest

from factcheck.api import load_rules
from factcheck.pipeline import Pipeline
from tests.articles import loaded

CASES = {
    "capitalised words": "Aaa ",
    "capitalised words with connectors": "Aaa of ",
    "initials": "a. ",
    "names and commas": "John Smith, ",
    "title words": "Minister ",
    "dates": "21 July 2025 ",
    "dated events and no full stop": "OpenAI signed the deal on 21 July 2025 with the ministry ",
    "numbers and commas": "1,",
    "quotes": "\u201c",
    "an unclosed tag": "<p",
    "everything at once": "The Ministry of Justice said 2,500 staff, Mr. A. B. Smith, signed on 21 July 2025. ",
}


@pytest.fixture(scope="module")
def extractor():  # noqa: ANN201 - the pipeline's Extractor
    return Pipeline(load_rules()).extractor


def _seconds(extractor, text: str) -> float:  # noqa: ANN001
    article = loaded(text)
    started = time.perf_counter()
    extractor.extract(article)
    return time.perf_counter() - started


@pytest.mark.parametrize("unit", CASES.values(), ids=CASES.keys())
def test_extraction_time_grows_linearly(extractor, unit: str) -> None:  # noqa: ANN001
    repeats = max(1, 6000 // len(unit))
    small = min(_seconds(extractor, unit * repeats) for _ in range(3))
    large = min(_seconds(extractor, unit * repeats * 4) for _ in range(2))
    assert large < max(10 * small, 0.2)
