"""Statement claims: check-worthy sentences, keyed by a signature of their terms.

A sentence is check-worthy when it names an entity and asserts something: with a
number, a date, a first or record, or a factual verb. Questions, hedged or
speculative sentences and quoted speech are not claims. The signature is the
sentence's content words, spelling-folded and stemmed, so that reworded reports of
one fact share most of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TypeVar

import snowballstemmer

from factcheck.extract.context import SentenceContext
from factcheck.models import ExtractedClaim
from factcheck.ruleset.safe_regex import RegexGuard, UserPattern
from factcheck.ruleset.schema import Lexicon

MIN_WORDS = 6
STEM_PREFIX = 5
TERM_CACHE_SIZE = 200_000
TOKEN = re.compile(r"[^\W_][\w'’-]*")
QUOTED = re.compile(r"[\"“«][^\"”»]{12,}[\"”»]")
STEMMER_LANGUAGES = {"en": "english", "fr": "french", "de": "german", "es": "spanish"}
T = TypeVar("T")


class StatementExtractor:
    """Decide which sentences are statements and compute their signatures."""

    def __init__(self, lexicon: Lexicon, guard: RegexGuard) -> None:
        self.stopwords = frozenset(word.lower() for word in lexicon.stopwords)
        self.generic = frozenset(word.lower() for word in lexicon.generic_terms)
        self.verbs = tuple(stem.lower() for stem in lexicon.factual_verbs)
        self.hedges = frozenset(word.lower() for word in lexicon.hedges if " " not in word)
        self.hedge_phrases = tuple(word.lower() for word in lexicon.hedges if " " in word)
        self.ordinals = frozenset(word.lower() for word in lexicon.ordinals)
        self.guard = guard
        # News vocabulary repeats: what a token gives a signature (its term, or None for a
        # stopword, a generic word or a figure) is worked out once per language (spelling
        # folds run through the regex guard, stemming is pure Python) and then looked up,
        # as is whether a token starts with a factual verb.
        self._terms: dict[str, _Memo[str | None]] = {}
        self._starts_with_verb = _Memo(lambda token: token.startswith(self.verbs))
        self.spelling = [(UserPattern.build(f"lexicon.spelling.{index}", rule.pattern), rule.replace)
                         for index, rule in enumerate(lexicon.spelling)]
        self.synonym_groups = lexicon.synonyms
        self._synonyms_by_language: dict[str, dict[str, str]] = {}

    def extract(self, context: SentenceContext, has_number: bool) -> Iterator[ExtractedClaim]:
        """Yield the sentence as a statement claim when it is check-worthy."""
        if not context.entities:
            return
        text = context.text
        entities = tuple(dict.fromkeys(mention.entity.name for mention in context.entities))
        if text.rstrip().endswith("?") or self._mostly_quoted(text):
            return
        tokens = list(map(str.lower, TOKEN.findall(text)))
        if len(tokens) < MIN_WORDS or self._hedged(tokens, text.lower()):
            return
        markers = self._markers(tokens, has_number, bool(context.dates))
        if not markers:
            return
        terms = self.signature(context)
        if not terms:
            return
        yield ExtractedClaim(
            kind="statement", subject=context.primary_entity() or entities[0], attribute="statement",
            value=" ".join(terms), text=text, quote=text, line=context.line_of(0), rule="X501",
            start=context.sentence.start, end=context.sentence.end, key="statement", entities=entities,
            terms=terms, markers=markers,
        )

    def signature(self, context: SentenceContext) -> tuple[str, ...]:
        """Return the sentence's content terms: no entity names, stopwords or generic words."""
        text = context.text
        for mention in sorted(context.entities, key=lambda m: -m.start):
            text = text[: mention.start] + " " * (mention.end - mention.start) + text[mention.end:]
        language = context.article.language or "en"
        stem = _stemmer(language)
        synonyms = self._synonyms(language)
        if language not in self._terms:
            self._terms[language] = _Memo(lambda token: self._term(token, stem, synonyms))
        terms = [term for term in map(self._terms[language].__getitem__, TOKEN.findall(text)) if term is not None]
        return tuple(dict.fromkeys(terms))

    def _term(self, token: str, stem, synonyms: dict[str, str]) -> str | None:  # noqa: ANN001 - a stemming function
        """Fold one word's spelling, stem it and map it to its synonym group; None for a word that is no term."""
        word = token.lower().replace("’", "'")
        if len(word) < 3 or word in self.stopwords or word in self.generic or _has_digit(word):
            return None
        for pattern, replacement in self.spelling:
            word = self.guard.sub(pattern, replacement, word)
        term = stem(word)[:STEM_PREFIX]
        return synonyms.get(term, term)

    def _synonyms(self, language: str) -> dict[str, str]:
        """Map each synonym's term to its group's first term, stemmed as the article is."""
        if language not in self._synonyms_by_language:
            stem = _stemmer(language)
            table: dict[str, str] = {}
            for group in self.synonym_groups:
                head = stem(group[0].lower())[:STEM_PREFIX]
                for word in group:
                    table.setdefault(stem(word.lower())[:STEM_PREFIX], head)
            self._synonyms_by_language[language] = table
        return self._synonyms_by_language[language]

    def _markers(self, tokens: list[str], has_number: bool, has_date: bool) -> tuple[str, ...]:
        """Return why the sentence is checkable: number, date, ordinal, verb."""
        markers = []
        if has_number:
            markers.append("number")
        if has_date:
            markers.append("date")
        if not self.ordinals.isdisjoint(tokens):
            markers.append("ordinal")
        if any(map(self._starts_with_verb.__getitem__, tokens)):
            markers.append("verb")
        return tuple(markers)

    def _hedged(self, tokens: list[str], lowered: str) -> bool:
        """Return True for speculation and opinion."""
        return not self.hedges.isdisjoint(tokens) or any(p in lowered for p in self.hedge_phrases)

    @staticmethod
    def _mostly_quoted(text: str) -> bool:
        """Return True when quoted speech makes up much of the sentence."""
        quoted = sum(len(match.group(0)) for match in QUOTED.finditer(text))
        return quoted >= 0.4 * len(text)


class _Memo(dict[str, T]):
    """A word's value, worked out the first time the word is asked for and then looked up.

    Looked up by ``map(memo.__getitem__, words)``, a sentence's words cost no Python
    step apiece once seen. At TERM_CACHE_SIZE words it starts afresh, so a huge
    article's vocabulary cannot fill memory.
    """

    def __init__(self, work_out: Callable[[str], T]) -> None:
        super().__init__()
        self.work_out = work_out

    def __missing__(self, word: str) -> T:
        if len(self) >= TERM_CACHE_SIZE:
            self.clear()
        value = self[word] = self.work_out(word)
        return value


def _has_digit(word: str) -> bool:
    """Return True when a character of the word is a digit (most words are all letters: checked first)."""
    return not word.isalpha() and any(ch.isdigit() for ch in word)


@lru_cache(maxsize=8)
def _stemmer(language: str):  # noqa: ANN202 - snowballstemmer has no types
    """Return a memoised stemming function for the language (English when unknown).

    News vocabulary repeats heavily, so caching word stems removes most stemming cost.
    """
    stemmer = snowballstemmer.stemmer(STEMMER_LANGUAGES.get(language, "english"))
    return lru_cache(maxsize=1 << 16)(stemmer.stemWord)
