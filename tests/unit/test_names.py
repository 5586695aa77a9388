"""Names an article has claimed already are not built again: the claims are those a build-all-then-drop gives."""

from __future__ import annotations

import pytest

from factcheck.api import load_rules
from factcheck.extract import Extractor
from factcheck.extract.names import NameExtractor
from factcheck.ruleset.safe_regex import RegexGuard
from tests.articles import PUBLISHED, loaded


class _BuildingEveryName(NameExtractor):
    """The names extractor as it was: every name built, duplicates left to the article's check."""

    def extract(self, context, claimed=()):  # noqa: ANN001, ANN201 - the parent's signature
        return super().extract(context)


@pytest.mark.parametrize("text", [
    "OpenAI met the Ministry of Justice. OpenAI and the Ministry of Justice signed a deal worth £5m.",
    "The AI Safety Institute, now the AI Security Institute, tested it. The AI Safety Institute said so in 2024.",
    "Twitter, formerly Twitter, is X. X Corp said the Twitter brand was gone. Twitter rose 5%.",
    "The Regional Growth Agency paid £3m. Later the Regional Growth Agency and the Agency of Rural Affairs met.",
    "The Agency of Rural Affairs met OpenAI. The Agency of Rural Affairs paid OpenAI 4 million euros.",
])
def test_names_claimed_before_are_left_out_as_the_article_would_drop_them(text: str) -> None:
    article = loaded(text, published=PUBLISHED)
    rules = load_rules()
    extractor = Extractor(rules, RegexGuard(1.0))
    reference = Extractor(rules, RegexGuard(1.0))
    reference.names = _BuildingEveryName(rules.lexicon, rules.titles.head_words, rules.calendar_names)
    claims = extractor.extract(article)
    assert claims == reference.extract(article)
    assert sum(claim.kind == "name" for claim in claims) >= 2


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(load_rules(), RegexGuard(1.0))


@pytest.mark.parametrize(("text", "expected"), [
    # A name whose head word goes on to more of it is one body, not two.
    ("The Art Institute of Chicago lent two paintings.", ["Art Institute of Chicago"]),
    ("The Federal Reserve Bank of Richmond raised its forecast.", ["Federal Reserve Bank of Richmond"]),
    # A title before a body's name is no part of it.
    ("She will become the next Governor of the Reserve Bank of Australia.", ["Reserve Bank of Australia"]),
    # Nor is a date after it.
    ("It was approved by the Healthcare Regulatory Agency on December 2.", ["Healthcare Regulatory Agency"]),
    ("The Commission on Monday fined the firm.", []),
    # Nor a date before it, that "the" joins to it; a month that starts a name is part of it.
    ("On Monday the Regulatory Commission fined the firm.", ["Regulatory Commission"]),
    ("The Mars Wrigley Foundation gave $2m.", ["Mars Wrigley Foundation"]),
    # A conjunction and an article join two names; a conjunction alone may join a name's words.
    ("A later mission planned by NASA and the European Space Agency will return the tubes.",
     ["European Space Agency"]),
    ("The Competition and Markets Authority cleared the deal.", ["Competition and Markets Authority"]),
    # A conjunction right after the head word, or with an article after it, joins another name too.
    ("Investigators from the National Transportation Safety Board and Boeing are taking part.",
     ["National Transportation Safety Board"]),
    ("The Department of Science and Technology and the Ministry of Health & Welfare agreed.",
     ["Department of Science and Technology", "Ministry of Health & Welfare"]),
    # A small word opening the sentence opens no name.
    ("When the Constitutional Court removed the president, crowds cheered.", ["Constitutional Court"]),
    # A comma ends a name.
    ("Erdogan had 52.14% against 47.86% for Kilicdaroglu, Supreme Election Council chairman Ahmet Yener said.",
     ["Supreme Election Council"]),
])
def test_a_body_is_named_from_its_first_word_to_its_last(extractor: Extractor, text: str,
                                                         expected: list[str]) -> None:
    claims = extractor.extract(loaded(text, published=PUBLISHED))
    assert [claim.value for claim in claims if claim.kind == "name"] == expected
