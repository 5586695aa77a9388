"""First looks taken once over a document must admit exactly the sentences a look per sentence admits."""

from __future__ import annotations

import random
import re

import pytest

from factcheck.api import load_rules
from factcheck.extract import Extractor
from factcheck.extract.roles import HAS_NAME
from factcheck.resolve.gate import HAS_DIGIT, FirstLooks, WordGate, passed_by_span, passes
from factcheck.ruleset.safe_regex import RegexGuard
from tests.articles import PUBLISHED, loaded

NUMBERS = WordGate(["one", "ten", "dozen", "aujourd'hui"])
SPEECH = WordGate(["said", "says"])
SIGMA = WordGate(["ας"])  # a final sigma: "ΑΣ" lowers to it alone, not in "ΑΣΑ"
GATES = (NUMBERS, SPEECH, SIGMA)
# Matches that can run from one sentence into the next, or hide a shorter one inside a sentence.
STRADDLING = re.compile(r"Agency Board|Agency|[A-Z][a-z.]+\s+[A-Z][a-z]")
PATTERNS = (HAS_DIGIT, HAS_NAME, STRADDLING)


def _looks_per_span(text: str, spans: list[tuple[int, int]]) -> dict[object, set[int]]:
    looks: dict[object, set[int]] = {gate: {index for index, (start, end) in enumerate(spans)
                                           if gate.admits(text[start:end])} for gate in GATES}
    looks.update({pattern: {index for index, (start, end) in enumerate(spans) if pattern.search(text[start:end])}
                  for pattern in PATTERNS})
    return looks


@pytest.mark.parametrize(("text", "spans"), [
    ("Ten staff left. Someone said so.", [(0, 15), (16, 32)]),
    ("often written; the tent", [(0, 23)]),  # "ten" only inside longer words
    ("onesaid", [(0, 3), (3, 7)]),  # spans touching, no gap: their edges are word edges
    ("xone saidx", [(1, 4), (5, 9)]),  # spans starting and ending inside a word of the text
    ("It was one. Ten", [(0, 11), (12, 15)]),  # a word ending the text
    ("The Agency Board met. Agency Board", [(0, 17), (22, 34)]),  # a longer match cut by the span's end
    ("He met Mr. Smith. Then Jones said.", [(0, 17), (18, 34)]),  # a name pattern running into the next sentence
    ("ten 5 İstanbul said", [(0, 3), (4, 5), (6, 14), (15, 19)]),  # a letter that lowers to two letters
    ("ΣΟΦΙΑ said one", [(0, 5), (6, 10), (11, 14)]),  # a capital sigma, lowered by what surrounds it
    ("ΑΣΑ said", [(0, 2), (4, 8)]),
    ("Nous sommes aujourd'hui. Dozen", [(0, 24), (25, 30)]),
    ("", []),
])
def test_first_looks_admit_what_a_look_per_sentence_admits(text: str, spans: list[tuple[int, int]]) -> None:
    assert FirstLooks(GATES, PATTERNS).taken(text, spans)[0] == _looks_per_span(text, spans)


def test_first_looks_agree_with_a_look_per_sentence_on_random_texts() -> None:
    pieces = ["one", "ten", "Ten", "often", "said", "saids", "5", " ", ". ", "Agency", " Board", "Mr.", "Smith",
              "x", "-", "İ", "é", "'", "aujourd", "hui", "\n", "ΑΣ", "Α"]
    chooser = random.Random(7)
    looks = FirstLooks(GATES, PATTERNS)
    for _ in range(2000):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 14)))
        cuts = sorted(chooser.sample(range(len(text) + 1), min(len(text) + 1, 2 * chooser.randint(0, 3))))
        spans = [(start, end) for start, end in zip(cuts[::2], cuts[1::2]) if start < end]
        assert looks.taken(text, spans)[0] == _looks_per_span(text, spans), (text, spans)


def test_the_looks_a_sentence_passed_answer_for_the_looks_not_taken_again() -> None:
    text, spans = "Ten staff left. Someone said so. In 2025.", [(0, 15), (16, 32), (33, 41)]
    passed = passed_by_span(FirstLooks(GATES, PATTERNS).taken(text, spans)[0])
    for index, (start, end) in enumerate(spans):
        for look in (*GATES, *PATTERNS):
            assert passes(look, text[start:end], passed[index]) == passes(look, text[start:end], None)


def test_a_sentence_without_claims_still_names_the_speaker_later_ones_quote() -> None:
    extractor = Extractor(load_rules(), RegexGuard(1.0))
    text = "Jane Smith said the talks went well. Revenue rose by 5% last year, Smith said."
    article = loaded(text, published=PUBLISHED)
    assert [(claim.text, claim.attribution) for claim in extractor.extract(article)] == [("5%", "Jane Smith")]


@pytest.mark.parametrize("text", [
    "Peter Kyle said the talks went well. The visit was short. Technology Secretary Mr Kyle visited the lab.",
    "Peter Kyle said the talks went well. Technology Secretary Mr Kyle visited the lab. Later Jane Doe said so.",
])
def test_a_person_named_where_no_claim_is_is_known_to_a_later_title(text: str) -> None:
    extractor = Extractor(load_rules(), RegexGuard(1.0))
    article = loaded(text, published=PUBLISHED)
    assert [(claim.kind, claim.subject) for claim in extractor.extract(article)] == [("role", "Peter Kyle")]
