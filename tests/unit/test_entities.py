"""Entity mentions found sentence by sentence in one pass over the whole text."""

from __future__ import annotations

import pytest

from factcheck.api import load_rules
from factcheck.resolve.entities import EntityMatcher
from factcheck.resolve.gate import FirstLooks, WordGate
from factcheck.ruleset.schema import Entity

TEXTS = [
    "The AI Security Institute, formerly the AI Safety Institute, met OpenAI. OpenAI-backed firms and OpenAI too.",
    "OpenAI.The Ministry of Justice said. MoJ staff and the UK AI Security Institute agreed.",
    "İstanbul hosts OpenAI. The AI Safety Institute spoke.",  # lowers to a longer string
    "ΣOpenAI said. OpenAIΣ said. The AI Security Institute agreed.",  # capital sigma lowers by context
    "",
]


@pytest.fixture(scope="module")
def matcher() -> EntityMatcher:
    return EntityMatcher(load_rules().entities)


@pytest.mark.parametrize("text", TEXTS)
def test_one_pass_finds_what_each_span_alone_finds(matcher: EntityMatcher, text: str) -> None:
    assert matcher.find_each(text, [(0, len(text))]) == [matcher.find(text)]
    for cut in range(len(text) + 1):  # every place a sentence may end, inside a word or a name too
        for spans in ([(0, cut), (cut, len(text))], [(0, cut), (cut + 1, len(text))], [(cut, len(text))]):
            assert matcher.find_each(text, spans) == [matcher.find(text[start:end]) for start, end in spans]


def test_names_are_found_in_the_spans_that_hold_them(matcher: EntityMatcher) -> None:
    text = TEXTS[0]
    first = text.index(". ") + 1
    found = matcher.find_each(text, [(0, first), (first + 1, len(text))])
    assert [[mention.surface for mention in mentions] for mentions in found] == [
        ["AI Security Institute", "AI Safety Institute", "OpenAI"], ["OpenAI"]]


@pytest.mark.parametrize("text", TEXTS)
def test_names_found_in_a_reading_shared_with_first_looks_are_those_found_alone(matcher: EntityMatcher,
                                                                                text: str) -> None:
    # A gate word ("said") and names that are also gate words share the automaton.
    looks = FirstLooks([WordGate(["said", "openai", "institute"])], [], riders=matcher.folded_names())
    for cut in range(len(text) + 1):
        for spans in ([(0, cut), (cut, len(text))], [(0, cut), (cut + 1, len(text))], [(cut, len(text))], []):
            found, hits = looks.taken(text, spans)
            assert found == looks.taken(text, spans)[0] == FirstLooks(looks.gates, []).taken(text, spans)[0]
            assert matcher.find_each(text, spans, hits) == matcher.find_each(text, spans)


@pytest.mark.parametrize(("name", "text", "found"), [
    ("Competition and Markets Authority", "The Competition & Markets Authority will investigate.",
     "Competition & Markets Authority"),
    ("Procter & Gamble", "Procter and Gamble said so.", "Procter and Gamble"),
    ("Procter & Gamble", "Procter et Gamble a annoncé.", "Procter et Gamble"),
])
def test_a_name_is_found_with_an_ampersand_for_its_joining_word_and_back(name: str, text: str, found: str) -> None:
    entities = (Entity(id="x", name=name),)
    [mention] = EntityMatcher(entities, load_rules().lexicon.ampersand_words).find(text)
    assert (mention.surface, mention.entity.name) == (found, name)
    assert EntityMatcher(entities).find(text) == []  # without the rule's words, only the name as written


@pytest.mark.parametrize(("text", "named"), [
    ("Musk posted on X on Monday.", ["X"]),
    ("On X, he wrote that the deal was off.", ["X"]),
    ("The company says X has 540 million monthly users.", ["X"]),
    # A one-letter name after a capitalised word ends another name.
    ("Malcolm X spoke in Harlem.", []),
    ("Generation X voters stayed home.", []),
])
def test_a_one_letter_name_after_a_capitalised_word_ends_another_name(text: str, named: list[str]) -> None:
    rules = load_rules()
    matcher = EntityMatcher(rules.entities, rules.lexicon.ampersand_words, rules.lexicon.stopwords)
    assert [mention.surface for mention in matcher.find(text) if mention.entity.id == "x-corp"] == named
