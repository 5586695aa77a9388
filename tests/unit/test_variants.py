"""FC102 name.variant: one body or person written two ways, and look-alikes that are different things."""

from __future__ import annotations

from collections import Counter
from itertools import combinations
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from factcheck.api import check, load_rules
from factcheck.compare import variants as variant_module
from factcheck.models import Report
from factcheck.ruleset import RuleSet
from factcheck.settings import Settings

DEFAULTS = load_rules()
# The built-in rules know the institute's rename and the summit; these cases are about
# what happens when no rule says anything about the names.
UNTAUGHT = DEFAULTS.model_copy(update={"entities": tuple(
    entity for entity in DEFAULTS.entities if entity.id not in ("ai-security-institute", "ai-safety-summit"))})

DSIT = "Officials from the Department for Science, Innovation and Technology met OpenAI in London."
DOST = "Officials from the Department of Science and Technology met OpenAI in London."


def run(tmp_path: Path, first: str, second: str, rules: RuleSet = DEFAULTS) -> Report:
    """Check two one-paragraph articles and return the report."""
    (tmp_path / "01-first.txt").write_text(f"Officials meet\n\n{first}\n", encoding="utf-8")
    (tmp_path / "02-second.txt").write_text(f"Officials meet\n\n{second}\n", encoding="utf-8")
    return check([str(tmp_path)], rules)


def variants(report: Report) -> list[tuple[str, str]]:
    """Return (subject, severity) of each FC102 finding."""
    return [(finding.subject, finding.severity.value) for finding in report.findings if finding.rule == "FC102"]


@pytest.mark.parametrize(("first", "second", "rules", "subject"), [
    ("The AI Safety Institute tested the new OpenAI model.",
     "The AI Security Institute tested the new OpenAI model.", UNTAUGHT, "AI Safety Institute"),
    (DSIT, DOST, DEFAULTS, "Department for Science, Innovation and Technology"),
    ("Jonny Williams, Chief Digital Adviser at Red Hat, said the tools would help staff.",
     "Jonny William, Chief Digital Adviser at Red Hat, said the tools would help staff.", DEFAULTS,
     "Jonny Williams"),
    ("The Office for Artificial Intelligence advised OpenAI on the plan.",
     "The Office of Artificial Intelligence advised OpenAI on the plan.", DEFAULTS,
     "Office for Artificial Intelligence"),
    ("Le président du groupe, Florent Menegaux, a annoncé la fermeture de l'usine.",
     "Le président du groupe, Florent Ménégault, a annoncé la fermeture de l'usine.", DEFAULTS, "Florent Menegaux"),
    ("Union official Bobby Morton said the strike would begin on 21 August 2024.",
     "Bobby Moreton said the dock strike started on 21 August 2024.", DEFAULTS, "Bobby Morton"),
], ids=["institute-renamed-without-a-rule", "department-variant-of-a-known-body", "person-misspelt",
        "connector-differs", "accents-aside-misspelt", "speaker-misspelt"])
def test_one_name_written_two_ways_is_a_possible_conflict(tmp_path: Path, first: str, second: str,
                                                          rules: RuleSet, subject: str) -> None:
    report = run(tmp_path, first, second, rules)
    assert variants(report) == [(subject, "warning")]
    finding = next(finding for finding in report.findings if finding.rule == "FC102")
    assert finding.kind == "conflict"
    assert finding.articles == ("a1", "a2")
    assert "no rule links them" in finding.message


@pytest.mark.parametrize(("first", "second", "rules"), [
    ("The AI Safety Summit brought OpenAI and other firms to London.",
     "The AI Safety Institute brought OpenAI and other firms to London.", UNTAUGHT),
    ("Officials from the Ministry of Defence met OpenAI in London.", DOST.replace(
        "Department of Science and Technology", "Ministry of Justice"), DEFAULTS),
    ("The UK's Frontier AI Taskforce met OpenAI in London.", "The Frontier AI Taskforce met OpenAI in London.",
     DEFAULTS),
    ("Deputy Prime Minister David Lammy met OpenAI in London.", "Deputy Prime Minister David Lamb met OpenAI in London.",
     DEFAULTS),
    ("The AI Research Institute tested the new OpenAI model.",
     "The AI Safety Institute tested the new OpenAI model.", UNTAUGHT),
    ("The ChatGPT Enterprise rollout reached OpenAI's London office.",
     "The ChatGPT Edu rollout reached OpenAI's London office.", DEFAULTS),
    ("The Office for Artificial Intelligence opened on Monday.",
     "Critics praised the Office of Artificial Intelligence yesterday.", DEFAULTS),
    ("Bram Harquilcombe, Chief Digital Adviser at Red Hat, said the tools would help staff.",
     "Kira Harquilcombe, Chief Digital Adviser at Red Hat, said the tools would help staff.", DEFAULTS),
    ("The Harbour Department sued OpenAI in London.", "The Department of Harbour sued OpenAI in London.", DEFAULTS),
    ("Bobby Morton said the strike would begin on 21 August 2024.",
     "Sally Morten said the dock strike started on 21 August 2024.", DEFAULTS),
], ids=["summit-is-not-an-institute", "ministry-of-defence-is-not-justice", "place-qualifier-is-the-same-name",
        "different-surnames", "different-modifier", "two-known-products", "no-shared-context",
        "different-first-names", "same-words-in-another-order", "different-speakers"])
def test_look_alikes_are_not_merged(tmp_path: Path, first: str, second: str, rules: RuleSet) -> None:
    assert variants(run(tmp_path, first, second, rules)) == []


def test_an_article_using_both_names_is_not_a_conflict(tmp_path: Path) -> None:
    both = DSIT + " " + DOST
    assert variants(run(tmp_path, both, DOST)) == []


def test_a_known_rename_is_reported_once_as_fc101_not_as_a_variant(tmp_path: Path) -> None:
    report = run(tmp_path, "London, 1 July 2025 — Desk\n\nThe AI Safety Institute tested the OpenAI model.",
                 "London, 2 July 2025 — Desk\n\nThe AI Security Institute tested the OpenAI model.")
    assert [(finding.rule, finding.severity.value) for finding in report.findings if finding.kind == "conflict"] == [
        ("FC101", "error")]


def test_the_score_threshold_comes_from_the_config(tmp_path: Path) -> None:
    strict = Settings.model_validate({"thresholds": {"variant-min-score": 90}})
    report = run(tmp_path, DSIT, DOST, load_rules(settings=strict))
    assert variants(report) == []


def test_disabling_fc102_by_name_removes_it(tmp_path: Path) -> None:
    settings = Settings.model_validate({"disable": ["name.variant"]})
    assert variants(run(tmp_path, DSIT, DOST, load_rules(settings=settings))) == []


def test_names_built_on_two_known_bodies_are_two_things(tmp_path: Path) -> None:
    rules_folder = tmp_path / "rules"
    rules_folder.mkdir()
    (rules_folder / "entities.toml").write_text(
        '[[entity]]\nid = "amber-falcon"\nname = "Amber Falcon Labs"\n\n'
        '[[entity]]\nid = "amber-orbit"\nname = "Amber Orbit Labs"\n', encoding="utf-8")
    rules = load_rules([rules_folder])
    articles = tmp_path / "articles"
    articles.mkdir()
    spoke = "The minister spoke at the {} Frontiers Conference about data held in London."
    report = run(articles, spoke.format("Amber Falcon Labs"), spoke.format("Amber Orbit Labs"), rules)
    assert variants(report) == []
    # The same known body, one name misspelt around it: still a possible conflict.
    report = run(articles, spoke.format("Amber Falcon Labs"), spoke.format("Amber Falcon Labs").replace(
        "Frontiers", "Fronteirs"), rules)
    assert variants(report) == [("Amber Falcon Labs Frontiers Conference", "warning")]


def test_the_first_name_threshold_comes_from_the_config(tmp_path: Path) -> None:
    siblings = ("Bram Harquilcombe, Chief Digital Adviser at Red Hat, said the tools would help staff.",
                "Kira Harquilcombe, Chief Digital Adviser at Red Hat, said the tools would help staff.")
    assert variants(run(tmp_path, *siblings)) == []
    lenient = Settings.model_validate({"thresholds": {"variant-first-name-min-score": 40}})
    assert variants(run(tmp_path, *siblings, load_rules(settings=lenient))) == [("Bram Harquilcombe", "warning")]


NAMES = st.text(alphabet="abcd ", min_size=1, max_size=9)


@settings(max_examples=200, deadline=None)
@given(names=st.lists(st.tuples(st.sampled_from(["body", "person"]), NAMES), min_size=2, max_size=14),
       focused=st.none() | st.sets(st.integers(0, 13)), block_size=st.integers(2, 6))
def test_block_scoring_finds_the_pairs_that_scoring_every_pair_finds(names: list[tuple[str, str]],
                                                                      focused: set[int] | None,
                                                                      block_size: int) -> None:
    # Names block by their kind and first letter; a block larger than block_size is left out.
    forms = [variant_module._Form(kind, text, f"k{index}", False, text, tuple(text.split()), text,
                                  ((kind, text[:1]),), (SimpleNamespace(order=index),))  # type: ignore[arg-type]
             for index, (kind, text) in enumerate(names)]
    chosen = None if focused is None else {id(form) for index, form in enumerate(forms) if index in focused}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(variant_module, "MAX_BLOCK_SIZE", block_size)
        found = variant_module._candidates(forms, DEFAULTS.compare, chosen)
    sizes = Counter(block for form in forms for block in form.blocks)
    expected = set()
    for first, second in combinations(forms, 2):
        if first.blocks != second.blocks or sizes[first.blocks[0]] > block_size:
            continue
        if chosen is not None and id(first) not in chosen and id(second) not in chosen:
            continue
        person = first.kind == "person"
        score = (fuzz.ratio if person else fuzz.token_sort_ratio)(first.scored, second.scored)
        if score >= (DEFAULTS.compare.variant_person_min_score if person else DEFAULTS.compare.variant_min_score):
            expected.add((first.text, first.key, second.text, second.key, score))
    assert {(first.text, first.key, second.text, second.key, score) for first, second, score in found} == expected
    # In the order their names first appear: by the later of the two, then the earlier.
    order = [(second.members[0].order, first.members[0].order) for first, second, _ in found]
    assert order == sorted(order)


PUTIN_EN = ("Vladimir Putin, the Russian president, told reporters in Moscow on Friday that the talks with "
            "Ukraine would go on, and that the Kremlin wanted a lasting settlement of the war.")
PUTIN_FR = ("Vladimir Poutine, le président russe, a déclaré vendredi à Moscou que les discussions avec "
            "l'Ukraine allaient continuer et que le Kremlin voulait un règlement durable de la guerre.")
PUTIN_FR_MISSPELT = PUTIN_FR.replace("Poutine", "Poutin")


@pytest.mark.parametrize(("first", "second", "expected"), [
    (PUTIN_EN, PUTIN_FR, []),
    (PUTIN_FR, PUTIN_FR_MISSPELT, [("Vladimir Poutine", "warning")]),
    (PUTIN_EN, PUTIN_EN.replace("Putin", "Puttin"), [("Vladimir Putin", "warning")]),
    (PUTIN_EN, PUTIN_FR.replace("Poutine", "Putim"), [("Vladimir Putin", "warning")]),
    (PUTIN_EN, PUTIN_FR.replace("Poutine", "Puttin"), [("Vladimir Putin", "warning")]),
    # French writes "ch" where English writes "sh".
    (PUTIN_EN.replace("Vladimir Putin", "Denys Shmyhal"), PUTIN_FR.replace("Vladimir Poutine", "Denys Chmyhal"), []),
    (PUTIN_EN.replace("Vladimir Putin", "Denys Shmyhal"), PUTIN_EN.replace("Vladimir Putin", "Denys Chmyhal"),
     [("Denys Shmyhal", "warning")]),
], ids=["english-and-french", "both-french", "both-english", "a-letter-changed-across-languages",
       "a-letter-written-twice-across-languages", "sh-and-ch-across-languages", "sh-and-ch-in-one-language"])
def test_a_name_written_its_own_way_in_each_language_is_no_conflict(tmp_path: Path, first: str, second: str,
                                                                    expected: list[tuple[str, str]]) -> None:
    # The languages are guessed from the text: neither article says which it is in.
    assert variants(run(tmp_path, first, second)) == expected


def test_the_articles_own_languages_decide_whether_names_meet(tmp_path: Path) -> None:
    for name, language, text in (("01-en.md", "en", PUTIN_EN), ("02-fr.md", "fr", PUTIN_FR)):
        (tmp_path / name).write_text(f"---\ntitle: Talks\nlanguage: {language}\n---\n\n{text}\n", encoding="utf-8")
    assert variants(check([str(tmp_path)], DEFAULTS)) == []
    (tmp_path / "02-fr.md").write_text(f"---\ntitle: Talks\nlanguage: en\n---\n\n{PUTIN_FR}\n", encoding="utf-8")
    assert variants(check([str(tmp_path)], DEFAULTS)) == [("Vladimir Putin", "warning")]


MUSEUM_EN = ("Most of the series now hangs in major museums, among them the Art Institute of Chicago, which "
             "lent two of the paintings to the exhibition.")
MUSEUM_FR = ("La plupart des toiles de la série sont aujourd'hui dans de grands musées, dont l'Art Institute de "
             "Chicago, qui a prêté deux des tableaux à l'exposition.")


@pytest.mark.parametrize(("first", "second", "expected"), [
    (MUSEUM_EN, MUSEUM_FR, []),
    (MUSEUM_EN, MUSEUM_EN.replace("Institute of", "Institute for"), [("Art Institute of Chicago", "warning")]),
], ids=["english-and-french", "both-english"])
def test_a_body_whose_small_words_each_language_writes_its_own_way_is_no_conflict(
        tmp_path: Path, first: str, second: str, expected: list[tuple[str, str]]) -> None:
    assert variants(run(tmp_path, first, second)) == expected


SCHAEFER = ("Thomas Schäfer, the brand's chief executive, said the agreement secured the plants after talks "
            "that lasted through the night in Hanover.")


@pytest.mark.parametrize(("second", "expected"), [
    (SCHAEFER.replace("Schäfer", "Schaefer"), []),
    (SCHAEFER.replace("Schäfer", "Schafer"), []),
    (SCHAEFER.replace("Schäfer", "Schäffer"), [("Thomas Schäfer", "warning")]),
], ids=["umlaut-written-out", "dots-left-out", "a-letter-written-twice"])
def test_a_name_with_its_umlaut_written_out_or_left_out_is_no_conflict(tmp_path: Path, second: str,
                                                          expected: list[tuple[str, str]]) -> None:
    assert variants(run(tmp_path, SCHAEFER, second)) == expected


PESKOV = ("Kremlin spokesman Dmitry Peskov said Moscow would take countermeasures after talks that lasted "
          "through the night in Helsinki.")


@pytest.mark.parametrize(("second", "expected"), [
    (PESKOV.replace("Dmitry", "Dmitri"), []),
    (PESKOV.replace("Peskov", "Peskow"), [("Dmitry Peskov", "warning")]),
], ids=["y-for-i", "another-letter"])
def test_a_name_transliterated_with_y_or_i_is_no_conflict(tmp_path: Path, second: str,
                                                       expected: list[tuple[str, str]]) -> None:
    assert variants(run(tmp_path, PESKOV, second)) == expected
