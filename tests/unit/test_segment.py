"""Sentences with offsets: abbreviations, headings, hard wraps and skipped boilerplate."""

from __future__ import annotations

import pytest

from factcheck.api import load_rules
from factcheck.pipeline import Pipeline
from factcheck.segment import MAX_SENTENCE_CHARS, Segmenter


@pytest.fixture(scope="module")
def segmenter() -> Segmenter:
    """The pipeline's segmenter: the rules' abbreviations and wire datelines."""
    return Pipeline(load_rules()).extractor.segmenter


def sentences(segmenter: Segmenter, text: str, skipped: tuple[tuple[int, int], ...] = ()) -> list[str]:
    """Split the text and check every sentence's offsets map back to it exactly."""
    found = segmenter.split(text, skipped=skipped)
    for sentence in found:
        assert text[sentence.start:sentence.end] == sentence.text
    return [sentence.text for sentence in found]


@pytest.mark.parametrize(("text", "expected"), [
    ("OpenAI signed it. The UK agreed.", ["OpenAI signed it.", "The UK agreed."]),
    ("Is it? Yes! Done…", ["Is it?", "Yes!", "Done…"]),
    ("The U.S. government agreed. Mr. Smith said so.", ["The U.S. government agreed.", "Mr. Smith said so."]),
    ("The U.K. and the U.S. agreed. Next one.", ["The U.K. and the U.S. agreed.", "Next one."]),
    ("Dr. Jones met Prof. Lee on Jan. 5. They talked.", ["Dr. Jones met Prof. Lee on Jan. 5.", "They talked."]),
    ("A. B. Smith met J. Doe. Done.", ["A. B. Smith met J. Doe.", "Done."]),
    ("Senior Gen. Min Aung Hlaing spoke shortly before 1 p.m. local time. Done.",
     ["Senior Gen. Min Aung Hlaing spoke shortly before 1 p.m. local time.", "Done."]),
    ("Prices rose 2.5% in July. Revenue was high e.g. in London. Fine.",
     ["Prices rose 2.5% in July.", "Revenue was high e.g. in London.", "Fine."]),
    ('He said "It works." Then he left.', ['He said "It works."', "Then he left."]),
    ("Line one.\r\nLine two.", ["Line one.", "Line two."]),
    ("   \n\n  ", []),
    ("", []),
    ("... --- ...", []),
])
def test_sentences(segmenter: Segmenter, text: str, expected: list[str]) -> None:
    assert sentences(segmenter, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deal signed\nOpenAI and the UK government signed it. Officials agreed.",
     ["Deal signed", "OpenAI and the UK government signed it.", "Officials agreed."]),
    ("## The deal\nOpenAI signed it.", ["## The deal", "OpenAI signed it."]),
    ("Key points:\n- OpenAI signed.\n- The UK agreed.", ["Key points:", "- OpenAI signed.", "- The UK agreed."]),
    ("A short line ending in the\nMinistry of Justice said.",
     ["A short line ending in the", "Ministry of Justice said."]),
    # a long headline ending in a lowercase word does not run on into the wire dateline under it
    (("FAA grounds Boeing 737 MAX 9 jets after cabin panel blows out on Alaska Airlines flight\n"
      "PORTLAND, Ore., Jan. 7 (Cascade Wire) - Regulators acted on Saturday."),
     ["FAA grounds Boeing 737 MAX 9 jets after cabin panel blows out on Alaska Airlines flight",
      "PORTLAND, Ore., Jan. 7 (Cascade Wire) - Regulators acted on Saturday."]),
    (("La Deutsche Bahn cède DB Schenker au danois DSV pour 14,3 milliards d'euros et une place\n"
      "ESSEN, 13 septembre (Agence Rhin-Presse) - La vente est faite."),
     ["La Deutsche Bahn cède DB Schenker au danois DSV pour 14,3 milliards d'euros et une place",
      "ESSEN, 13 septembre (Agence Rhin-Presse) - La vente est faite."]),
])
def test_a_line_on_its_own_is_its_own_sentence(segmenter: Segmenter, text: str, expected: list[str]) -> None:
    assert sentences(segmenter, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a long line (>= 60 characters) ending in a lowercase word carries on
    ("The government said the new programme would be rolled out across the\n"
     "Ministry of Justice and its agencies next year. It starts soon.",
     ["The government said the new programme would be rolled out across the\n"
      "Ministry of Justice and its agencies next year.", "It starts soon."]),
    # a next line starting in lowercase carries on whatever the length
    ("Officials confirmed the plan\nwould continue.", ["Officials confirmed the plan\nwould continue."]),
    # a body in capitals opening the next line is no dateline without a desk or a dash after it
    (("The finance ministry said the loan would be renegotiated with the\n"
      "IMF, which has asked for new reforms. It starts soon."),
     [("The finance ministry said the loan would be renegotiated with the\n"
       "IMF, which has asked for new reforms."), "It starts soon."]),
])
def test_hard_wrapped_lines_join(segmenter: Segmenter, text: str, expected: list[str]) -> None:
    assert sentences(segmenter, text) == expected


def test_a_long_line_ending_in_punctuation_does_not_join(segmenter: Segmenter) -> None:
    text = ("The government said the new programme would be rolled out in the Ministry.\n"
            "Officials agreed with it")
    assert sentences(segmenter, text) == [text.split("\n")[0], "Officials agreed with it"]


def test_blank_line_separates_paragraphs(segmenter: Segmenter) -> None:
    text = ("The government said the new programme would be rolled out across the\n\n"
            "Ministry of Justice and its agencies next year.")
    assert sentences(segmenter, text) == [
        "The government said the new programme would be rolled out across the",
        "Ministry of Justice and its agencies next year.",
    ]


def test_offsets_in_a_longer_text(segmenter: Segmenter) -> None:
    text = "Title of the piece\n\nFirst sentence here.  Second one, with Mr. Brown.\n\nThird."
    found = segmenter.split(text, skipped=())
    assert [(s.start, s.end) for s in found] == [(0, 18), (20, 40), (42, 69), (71, 77)]
    assert [text[s.start:s.end] for s in found] == [s.text for s in found]


@pytest.mark.parametrize(("skipped", "expected"), [
    (((21, 37),), ["First sentence here.", "Last one."]),
    (((0, 21),), ["Skip me please.", "Last one."]),
    (((21, 47),), ["First sentence here."]),
    (((21, 30), (25, 37)), ["First sentence here.", "Last one."]),  # overlapping ranges
    (((37, 46), (21, 37)), ["First sentence here."]),  # unsorted ranges
    (((0, 47),), []),
])
def test_skipped_ranges_are_excluded(segmenter: Segmenter, skipped: tuple[tuple[int, int], ...],
                                     expected: list[str]) -> None:
    text = "First sentence here. Skip me please. Last one."
    assert sentences(segmenter, text, skipped) == expected


def test_a_sentence_cut_by_a_skipped_range_keeps_true_offsets(segmenter: Segmenter) -> None:
    text = "Ad line here\nOpenAI signed it. The UK agreed."
    found = segmenter.split(text, skipped=((0, 12),))
    assert [(s.start, s.text) for s in found] == [(13, "OpenAI signed it."), (31, "The UK agreed.")]


def test_a_page_without_full_stops_is_cut_at_spaces_into_bounded_sentences(segmenter: Segmenter) -> None:
    text = " ".join(["OpenAI signed the deal on 21 July 2025 with the ministry"] * 50)  # 2,849 characters
    sentences = segmenter.split(text, ())
    assert [len(sentence.text) for sentence in sentences] == [997, 996, 854]
    assert all(len(sentence.text) <= MAX_SENTENCE_CHARS for sentence in sentences)
    assert all(text[sentence.start:sentence.end] == sentence.text for sentence in sentences)
    assert " ".join(sentence.text for sentence in sentences) == text  # nothing lost at the cuts


def test_one_word_longer_than_a_sentence_is_cut_where_it_must_be(segmenter: Segmenter) -> None:
    text = "x" * 2500
    assert [len(sentence.text) for sentence in segmenter.split(text, ())] == [1000, 1000, 500]
