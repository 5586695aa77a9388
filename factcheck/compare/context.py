"""What a claim's sentence says around it: two claims of one key are one fact only when it shares words.

"Exports fell 4%" and "the economy grew 10%" are two percentages; "the airline announced on
Saturday a payment to families" and "investigators announced on Friday they had found the
recorder" are two announcements. A unit or an event whose claims can be of many things
(``Unit.needs_context``, ``Event.needs_context``) compares only claims whose sentences share an
entity or a word near the claim, or in two languages a word's translation or cognate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import islice

from factcheck.compare.members import Member
from factcheck.models import ELIDED_ARTICLE, cognate_stem, unaccented

CONTEXT_WORDS = 5  # telling words either side of a claim that say what it is about (small words not counted)
MIN_CONTEXT_LETTERS = 3
WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A possessive's ending: "his mother's death" is about a mother.
POSSESSIVE_ENDING = re.compile(r"['’]s?$")


def sharing_context(members: list[Member], ignored: frozenset[str],
                    translations: dict[str, frozenset[str]]) -> Callable[[Member, Member], bool]:
    """Return the test of whether two of the members' claims share their context (``_in_context``).

    ``ignored`` holds the folded words that say nothing of what a claim is about (small
    words, speech verbs, the unit's or the event's own words); ``translations`` maps words
    to the groups of ``lexicon.translations`` they name.
    """
    contexts = _contexts(members, ignored)
    groups = {value: frozenset(group for word in words for group in translations.get(unaccented(word), ()))
              for value, words in contexts.items()}
    return partial(_in_context, contexts=contexts, groups=groups, concepts=_concepts(contexts, translations))


def claim_start(member: Member) -> int:
    """Return where the claim stands in its sentence (the claim's quote); 0 if the quote does not hold it."""
    return max(member.claim.quote.find(member.claim.text), 0)


def _contexts(members: list[Member], ignored: frozenset[str]) -> dict[str, frozenset[str]]:
    """Return, for each value, the entities its sentences name and the words around its claims in them:
    the first ``CONTEXT_WORDS`` either side that tell what the claim is about (``_telling``: not
    ``ignored`` words, short words, the words naming whom the claim is attributed to, as one story's
    sources give many figures), folded and without a plural's final s."""
    contexts: dict[str, set[str]] = {}
    for member in members:
        quote, start = member.claim.quote, claim_start(member)
        words = contexts.setdefault(member.claim.value, set())
        words.update(f"@{entity}" for entity in member.claim.entities)
        source = frozenset(word.casefold() for word in WORD.findall(member.claim.attribution or ""))
        before = reversed(WORD.findall(quote[:start]))
        after = WORD.findall(quote[start + len(member.claim.text):])
        for side in (before, after):
            words.update(islice(_telling(side, ignored, source), CONTEXT_WORDS))
    return {value: frozenset(words) for value, words in contexts.items()}


def _telling(words: Iterable[str], ignored: frozenset[str], source: frozenset[str]) -> Iterator[str]:
    """Yield the words, folded and without a possessive's or a plural's ending, that say what a claim is about: not
    ``ignored`` ones, short ones, or those naming whom the claim is attributed to."""
    for word in words:
        folded = POSSESSIVE_ENDING.sub("", ELIDED_ARTICLE.sub("", word.casefold()))
        if len(folded) >= MIN_CONTEXT_LETTERS and folded not in ignored and folded not in source:
            yield folded[:-1] if folded.endswith("s") and len(folded) > MIN_CONTEXT_LETTERS else folded


def _concepts(contexts: dict[str, frozenset[str]],
              translations: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Return each value's context words as another language's can match them: a word of
    ``lexicon.translations`` as the groups it names ("voix" and "votes" are both "vote"),
    any other by its first letters without accents, which cognates share ("réserves",
    "reserves"; "inflation"), and entities as they are."""
    def concepts(word: str) -> frozenset[str] | tuple[str]:
        if word.startswith("@"):
            return (word,)
        return translations.get(unaccented(word)) or (cognate_stem(word),)

    return {value: frozenset(concept for word in words for concept in concepts(word))
            for value, words in contexts.items()}


def _in_context(first: Member, second: Member, contexts: dict[str, frozenset[str]],
                groups: dict[str, frozenset[str]], concepts: dict[str, frozenset[str]]) -> bool:
    """Return True unless the two claims' sentences share no word around them (``_contexts``), nor two
    words of one group of ``lexicon.translations`` ("€9.7bn in state aid", "9.9 billion euros in
    subsidies"): "exports fell 4%" and "the economy grew 10%" measure two things. Claims in two
    languages share a word's translation or cognate instead (``_concepts``): "58 % des voix" and "the
    price cap will rise 80 per cent" measure two things. Where an article's language is not known, any
    two claims may meet."""
    if first.language is None or second.language is None:
        return True
    one, other = first.claim.value, second.claim.value
    if first.language == second.language:
        return bool(contexts[one] & contexts[other] or groups[one] & groups[other])
    return bool(concepts[one] & concepts[other])
