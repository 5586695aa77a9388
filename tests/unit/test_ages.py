"""People's ages: read where an article ties them to a name, and compared per person."""

from __future__ import annotations

import json

import pytest

from factcheck.api import load_rules
from factcheck.pipeline import Pipeline
from tests.articles import loaded


@pytest.fixture(scope="module")
def extractor():
    return Pipeline(load_rules()).extractor


def ages(extractor, text: str, language: str = "en") -> list[tuple[str, str]]:
    article = loaded(text, language)
    return [(claim.subject, claim.value) for claim in extractor.extract(article) if claim.attribute == "age"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    # An age set off after a name, with or without its unit.
    ("Carlos Tavares, 66, said he would leave.", "en", [("Carlos Tavares", "66")]),
    ("Emmanuel Macron a nommé mardi Gabriel Attal, 34 ans, au poste de Premier ministre.", "fr",
     [("Gabriel Attal", "34")]),
    ("Prime Minister Gabriel Attal, aged 35, spoke first.", "en", [("Gabriel Attal", "35")]),
    ("Die Ministerin Anna Weber, 52 Jahre alt, trat zurück.", "de", [("Anna Weber", "52")]),
    # An age before a name.
    ("The list is led by 28-year-old Jordan Bardella.", "en", [("Jordan Bardella", "28")]),
    ("The list is headed by its 28-year-old president, Jordan Bardella.", "en", [("Jordan Bardella", "28")]),
    ("À 66 ans, Carlos Tavares quitte le groupe.", "fr", [("Carlos Tavares", "66")]),
    # After an article, the first of three capitalised words is a noun, not a first name.
    ("Le Suédois Ludvig Åberg, 23 ans, a brillé.", "fr", [("Ludvig Åberg", "23")]),
    # An honorific and a surname are the person named in full before.
    ("Angela Rayner spoke on Monday. Mrs Rayner, 45, resigned.", "en", [("Angela Rayner", "45")]),
    # So is a surname alone, set off before an age or after one.
    ("Le chef de Wagner, Evgueni Prigojine, était à bord. Le nom de Prigojine, âgé de 62 ans, figurait sur la liste.",
     "fr", [("Evgueni Prigojine", "62")]),
    ("Wagner founder Yevgeny Prigozhin was on board. Alongside the 61-year-old Prigozhin was Dmitry Utkin.", "en",
     [("Yevgeny Prigozhin", "61")]),
    ("In Paris, 62 people were hurt. Yesterday, 12, maybe more, left.", "en", []),
    # No person: a pronoun, a body, a clause, a date, a figure that is no age.
    ("At 35 he becomes the youngest prime minister.", "en", []),
    ("The Bank of England, 10 years on, kept rates.", "en", []),
    ("Laurent Fabius, who was appointed by François Mitterrand aged 37, in 1984.", "en", []),
    ("Les secours étaient à Gênes, Italie, 14 août.", "fr", []),
    ("Marilyn Monroe died in August 1962 at the age of 36.", "en", []),
    ("Hugo Martin, 300, ran.", "en", []),
])
def test_an_age_is_read_where_a_name_holds_it(extractor, text: str, language: str,
                                              expected: list[tuple[str, str]]) -> None:
    assert ages(extractor, text, language) == expected


def check(run_cli, article_dir, texts: dict[str, str]) -> dict:
    files = {name: f"Story\n\nParis, 10 January 2024 — Desk\nSource: Outlet {name}\n\n{text}\n"
             for name, text in texts.items()}
    _, stdout, _ = run_cli(["check", article_dir(files), "--format", "json", "--no-cache"])
    return json.loads(stdout)


def test_two_ages_for_one_person_conflict_and_two_people_do_not(run_cli, article_dir) -> None:
    report = check(run_cli, article_dir, {
        "a.txt": "Macron named Gabriel Attal, 34, prime minister; the far right's Jordan Bardella, 28, leads the polls.",
        "b.txt": "Le chef de l'État a nommé Gabriel Attal, 35 ans, à Matignon.",
        "c.txt": "The 28-year-old Jordan Bardella welcomed the news with a shrug."})
    assert [(finding["kind"], finding["message"]) for finding in report["findings"]
            if finding["attribute"] == "age"] == [
        ("conflict", ("Sources disagree on the age (Gabriel Attal): Gabriel Attal, 34 (a.txt); Gabriel Attal, 35 ans "
                      "(b.txt).")),
        ("agreement", "2 independent sources agree on the age (Jordan Bardella): Jordan Bardella, 28 (a.txt, c.txt).")]
