"""Attribution: who a sentence says stated its figures, and which figures are only guesses."""

from __future__ import annotations

import json

import pytest

from factcheck.api import load_rules
from factcheck.extract.attribution import Attributor


@pytest.fixture(scope="module")
def attributor() -> Attributor:
    return Attributor(load_rules().lexicon)


def covered(attributor: Attributor, text: str, people: dict[str, str] | None = None) -> tuple[str, str] | None:
    """Return (who, the part of the sentence attributed to them)."""
    found = attributor.speaker(text, {} if people is None else people)
    return None if found is None else (found.who, text[found.start:found.end].strip(" ,"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Advertising revenue has fallen by roughly 50%, Musk said this month.",
     ("Musk", "Advertising revenue has fallen by roughly 50%")),
    ("Nvidia will deploy 120,000 processors, chief executive Jensen Huang said.",
     ("Jensen Huang", "Nvidia will deploy 120,000 processors, chief executive")),
    ("The new logo went live on Monday, a day after Musk told his followers that it would change.",
     ("Musk", "his followers that it would change.")),
    ("Ad revenue is down 59%, according to figures seen by several agencies.",
     ("figures seen by several agencies", "Ad revenue is down 59%, according to figures seen by several agencies.")),
    ("Les recettes ont chuté d'environ 50 %, selon Elon Musk.",
     ("Elon Musk", "Les recettes ont chuté d'environ 50 %, selon Elon Musk.")),
    ("Die Werbeeinnahmen sind nach Angaben von Musk um rund 50 Prozent eingebrochen.",
     ("Musk", "Die Werbeeinnahmen sind nach Angaben von Musk um rund 50 Prozent eingebrochen.")),
    ("The company was reportedly about to sell shares at a $90bn valuation.",
     ("unnamed sources", "The company was reportedly about to sell shares at a $90bn valuation.")),
    ("Congo has recorded 573 deaths so far this year, according to the WHO.",
     ("the WHO", "Congo has recorded 573 deaths so far this year, according to the WHO.")),
])
def test_who_stated_which_part_of_a_sentence(attributor: Attributor, text: str, expected: tuple[str, str]) -> None:
    assert covered(attributor, text) == expected


def test_an_outlets_own_sentence_has_no_attribution(attributor: Attributor) -> None:
    assert covered(attributor, "Microsoft paid $68.7bn for Activision Blizzard.") is None


@pytest.mark.parametrize("text", ["Le bilan est de 16 morts, selon elles.", "The toll is 16, according to him.",
                                  "Spotify, qui détient selon lui 65 % du marché, ne paie rien."])
def test_a_pronoun_names_no_source(attributor: Attributor, text: str) -> None:
    assert covered(attributor, text) is None


def test_a_surname_is_the_full_name_given_before(attributor: Attributor) -> None:
    people: dict[str, str] = {}
    covered(attributor, "The deal is done, Peter Kyle said.", people)
    assert covered(attributor, "It will bring 2,000 jobs, Kyle said.", people) == ("Peter Kyle", "It will bring 2,000 jobs")


@pytest.mark.parametrize(("text", "figure", "guessed"), [
    ("Stargate UK will start with 8,000 GPUs and could scale to 31,000.", "31,000", True),
    ("Stargate UK will start with 8,000 GPUs and could scale to 31,000.", "8,000", False),
    ("Analysts expect revenue of $5bn.", "$5bn", True),
    ("The company, which could be sold, employs 5,000 people.", "5,000", False),
    ("Microsoft said it would spend $30bn in Britain.", "$30bn", False),
    ("Les modélisations préalables tablaient plutôt sur une dizaine de minutes.", "une dizaine", True),
])
def test_a_figure_after_a_speculative_word_in_its_clause_is_a_guess(attributor: Attributor, text: str, figure: str,
                                                                   guessed: bool) -> None:
    assert attributor.guessed(text, text.index(figure)) is guessed


def test_conflict_messages_say_whose_figures_disagree(run_cli, article_dir) -> None:
    folder = article_dir({
        "a.txt": "Ad revenue\n\nSource: Atlantic Press\n\nAdvertising revenue at X has fallen by roughly 50%, Musk said.\n",
        "b.txt": "Ad revenue\n\nSource: Brand Ledger\n\nAd revenue at X is down 59%, according to agency figures.\n",
    })
    code, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    [conflict] = [finding for finding in json.loads(stdout)["findings"] if finding["kind"] == "conflict"]
    assert code == 1
    assert "a.txt citing Musk" in conflict["message"] and "b.txt citing agency figures" in conflict["message"]


def test_a_guessed_figure_is_no_claim(run_cli, article_dir) -> None:
    folder = article_dir({
        "a.txt": "Staff\n\nSource: Atlantic Press\n\nThe Ministry of Justice could hire 3,000 staff.\n",
        "b.txt": "Staff\n\nSource: Brand Ledger\n\nThe Ministry of Justice will hire 2,000 staff.\n",
    })
    code, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    report = json.loads(stdout)
    assert code == 0
    assert [claim["text"] for claim in report["claims"] if claim["kind"] == "quantity"] == ["2,000 staff"]


@pytest.mark.parametrize("text", [
    "Une étude de l'Ofcom, selon laquelle AWS et Microsoft détiennent 70 à 80 % du marché, a été publiée.",
    "Ofcom published a study according to which AWS and Microsoft hold 70% to 80% of the market.",
])
def test_a_sourcing_phrase_opening_a_relative_clause_names_no_source(attributor: Attributor, text: str) -> None:
    assert covered(attributor, text) is None
