"""The cheap first looks that spare sentences the costly patterns: they must never hide a claim."""

from __future__ import annotations

import pytest

from factcheck.api import load_rules
from factcheck.extract import Extractor
from factcheck.resolve.numbers import NumberFinder
from factcheck.ruleset.safe_regex import RegexGuard
from tests.articles import PUBLISHED, loaded


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(load_rules(), RegexGuard(1.0))


def _claims(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    article = loaded(text, published=PUBLISHED)
    return [(claim.kind, claim.text) for claim in extractor.extract(article)]


@pytest.mark.parametrize(("text", "surface"), [
    ("Hundreds\nof staff", "Hundreds\nof"),  # a vague amount across a line break
    ("TWO THOUSAND people", "TWO THOUSAND"),
    ("Twenty-five staff", "Twenty-five"),
    ("at least 10", "at least 10"),
])
def test_the_number_gate_lets_every_number_through(text: str, surface: str) -> None:
    rules = load_rules()
    found = NumberFinder(rules.numbers, rules.units).find(text)
    assert [text[match.start:match.end] for match in found] == [surface]


def test_a_sentence_without_figures_or_number_words_has_no_numbers() -> None:
    rules = load_rules()
    assert NumberFinder(rules.numbers, rules.units).find("Officials described the talks as constructive.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Office of Budget Responsibility said the plan was sound.", [("name", "Office of Budget Responsibility")]),
    ("Acme Robotics Institute opened a lab in Leeds.", [("name", "Acme Robotics Institute")]),
    ("Officials described the talks as constructive.", []),
])
def test_unknown_bodies_are_named_where_a_head_word_is(extractor: Extractor, text: str,
                                                       expected: list[tuple[str, str]]) -> None:
    assert _claims(extractor, text) == expected


@pytest.mark.parametrize(("text", "role"), [
    ("Deputy Prime Minister David Lammy visited the lab.", "Deputy Prime Minister David Lammy"),
    ("MICROSOFT GAMING CEO Phil Spencer spoke.", "MICROSOFT GAMING CEO Phil Spencer"),
    ("The regulator's chief executive, Sarah Cardell, said the deal was fair.",
     "The regulator's chief executive, Sarah Cardell"),
    ("Jonny Williams, Chief Digital Adviser at Red Hat, said the tools were ready.",
     "Jonny Williams, Chief Digital Adviser at Red Hat"),
])
def test_every_shape_of_role_passes_the_title_gates(extractor: Extractor, text: str, role: str) -> None:
    assert ("role", role) in _claims(extractor, text)
