"""Numbered parts: "the first quarter", "au deuxième tour", "Q3" (``extract.parts``), and figures
for two parts of one kind kept apart when compared."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.api import load_rules
from factcheck.extract.parts import PartFinder
from factcheck.ruleset.schema import Numbers

FINDER = PartFinder(load_rules().numbers)


@pytest.mark.parametrize(("text", "parts"), [
    ("Revenue rose to $10.2bn in the first quarter.", ("quarter 1",)),
    ("Third-quarter revenue beat forecasts.", ("quarter 3",)),
    ("Le chiffre d'affaires du 3e trimestre a reculé, après un deuxième trimestre solide.", ("quarter 3", "quarter 2")),
    ("Im dritten Quartal stieg der Umsatz.", ("quarter 3",)),
    ("Q4 sales fell; H1 margins held.", ("quarter 4", "half 1")),
    ("Le texte a été adopté en deuxième lecture par 204 voix contre 115.", ("reading 2",)),
    ("Lawmakers approved it at third reading by 195 votes to 106.", ("reading 3",)),
    ("Il est arrivé en tête du premier tour avec 28 % des voix.", ("round 1",)),
    # No ordinal, or a word that is no part: nothing.
    ("Revenue rose in the quarter to September.", ()),
    ("The first time the index fell, it lost a quarter of its value.", ()),
    ("The Q7 is a car, Q12 no quarter and H1N1 a virus.", ()),
])
def test_the_parts_a_sentence_names(text: str, parts: tuple[str, ...]) -> None:
    assert FINDER.named(text) == parts


def test_rules_without_parts_find_none() -> None:
    assert PartFinder(Numbers()).named("Revenue rose in the first quarter.") == ()


@given(st.text(max_size=200))
def test_any_text_gives_parts_of_known_kinds(text: str) -> None:
    kinds = {group[0] for group in load_rules().numbers.numbered_parts}
    assert all(part.rpartition(" ")[0] in kinds for part in FINDER.named(text))


@pytest.mark.parametrize(("first", "second", "kinds_found"), [
    ("Acme reported revenue of $10.2bn in the first quarter.", "Acme reported revenue of $12.1bn in the second quarter.",
     ["single_source", "single_source"]),
    ("Acme a publié un chiffre d'affaires de 10,2 milliards de dollars au premier trimestre.",
     "Acme reported Q1 revenue of $12.1bn.", ["conflict"]),
    ("Acme reported third-quarter revenue of $10.2bn.", "Acme's revenue reached $12.1bn.", ["conflict"]),
    ("Le texte a été adopté en deuxième lecture par 204 voix.", "Lawmakers approved it at third reading by 195 votes.",
     ["single_source", "single_source"]),
])
def test_figures_for_two_parts_of_one_kind_are_two_facts(run_cli, article_dir, first: str, second: str,
                                                          kinds_found: list[str]) -> None:
    import json

    folder = article_dir({"a.txt": first, "b.txt": second})
    _, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    assert [finding["kind"] for finding in json.loads(stdout)["findings"] if finding["rule"].startswith("FC3")] \
        == kinds_found
