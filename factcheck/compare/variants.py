"""Find one body or person written two ways: names that no rule links and that differ only slightly.

Alias tables never cover everything. Two articles writing "AI Safety Institute" and
"AI Security Institute", or "Jonny Williams" and "Jonny William", when no rule says
they are one, are a possible conflict: reported, at a lower severity than a known
rename, for a person to settle with an alias or a former name.

Unlike the other comparators this one looks across keys, so it blocks before it scores
(no all-pairs loop): a body meets only bodies with its head word ("Institute") and its
first or last modifying word; a person meets only people with their first name or
surname. Each block is scored name against names by rapidfuzz's ``process.extract``,
whose loop over the block runs in C, and only the pairs that score high enough are
looked at further. A pair is reported when at least one name is unknown to the rules
(two known entities are different by definition), neither is built on a known body the
other lacks ("Google Cloud Summit", "Microsoft Cloud Summit"), two people's first names
are alike, each name has an article the other lacks, the two are not one name as two
languages render it (``_related``), their sentences share some context
(an entity, a content word, or for people a title), and rapidfuzz scores them at or
above the rules' threshold. Look-alikes that are different things ("AI Safety Summit" /
"AI Safety Institute") have different head words and never meet.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from rapidfuzz import fuzz, process

from factcheck.compare.members import Member, Verdict, first_per_article, labels
from factcheck.models import (
    NAME_PARTICLES,
    person_key,
    same_person,
    same_person_in_two_languages,
    unaccented,
)
from factcheck.ruleset import RuleSet
from factcheck.ruleset.schema import CompareSettings

KIND = "variant"
# A block larger than this is a head word so common ("Group") that comparing all its
# names would grow with the square of the corpus; such blocks are left out.
MAX_BLOCK_SIZE = 100
MIN_CONTEXT_WORD = 4
WORD = re.compile(r"[^\W\d_][\w'’&-]*")


@dataclass(frozen=True)
class _Form:
    """One way a body or person is written in the run, with the claims that write it so."""

    kind: Literal["body", "person"]
    text: str
    key: str
    known: bool
    plain: str
    words: tuple[str, ...]
    scored: str  # what is scored against other names: a person's whole name, a body's modifying words
    blocks: tuple[tuple[str, ...], ...]
    members: tuple[Member, ...]

    # A form meets many others, and a common one is written by thousands of articles:
    # what a pair needs of each form is worked out once per form, not once per pair.

    @cached_property
    def articles(self) -> frozenset[str]:
        """The ids of the articles that write the name this way."""
        return frozenset(member.article_id for member in self.members)

    @cached_property
    def languages(self) -> frozenset[str | None]:
        """The languages of the articles that write the name this way (None for an article's unknown one)."""
        return frozenset(member.language for member in self.members)

    @cached_property
    def labels(self) -> str:
        """The articles that write the name this way, for a message."""
        return labels(self.members)

    @cached_property
    def built_on(self) -> frozenset[str]:
        """The known bodies named inside this name ("Google" in "Google Cloud Summit"), from its sentences' entities."""
        inside = self.text.casefold()
        return frozenset(entity for member in self.members for entity in member.claim.entities
                         if entity != self.text and entity.casefold() in inside)

    @cached_property
    def cited(self) -> tuple[Member, ...]:
        """Each article's first claim writing the name this way."""
        return tuple(first_per_article(list(self.members)))


def compare(members: list[Member], rules: RuleSet, focus: Callable[[str], bool] | None = None) -> Iterator[Verdict]:
    """Yield a possible conflict for each pair of names that look like one written two ways.

    With ``focus`` (is this article id new?), only pairs with a form written by a focused
    article are scored: a verdict concerns exactly its two forms, so the others' verdicts
    could not involve a focused article.
    """
    forms = _forms(members, rules)
    common = frozenset(word.casefold() for word in (*rules.lexicon.stopwords, *rules.lexicon.generic_terms))
    context: dict[int, frozenset[str]] = {}

    def context_of(form: _Form) -> frozenset[str]:
        if id(form) not in context:
            context[id(form)] = _context(form, common)
        return context[id(form)]

    focused = None if focus is None else {id(form) for form in forms
                                          if any(focus(member.article_id) for member in form.members)}
    for first, second, score in _candidates(forms, rules.compare, focused):
        if _related(first, second, rules.compare) and context_of(first) & context_of(second):
            yield _verdict(first, second, score)


def _forms(members: list[Member], rules: RuleSet) -> list[_Form]:
    """Gather the distinct body names (from name claims) and person names (from role claims, and from the
    claims a person named in full is said to have stated: "said Bobby Morton" names someone as a
    title does)."""
    grouped: dict[tuple[str, str, str], list[Member]] = defaultdict(list)
    heads = frozenset(word.casefold() for word in rules.lexicon.org_head_words)
    for member in members:
        claim = member.claim
        if claim.kind == "name":
            grouped[("body", claim.key, claim.value)].append(member)
        elif claim.kind == "role":
            grouped[("person", claim.key, claim.subject)].append(member)
        elif claim.attribution and _is_person(claim.attribution, claim.entities, heads):
            grouped[("person", person_key(claim.attribution), claim.attribution)].append(member)
    connectors = frozenset(word.casefold() for word in rules.lexicon.name_connectors)
    places = frozenset(name.casefold() for entity in rules.entities if entity.type == "place"
                       for name in (entity.name, *entity.aliases))
    forms = []
    for (kind, key, text), group in grouped.items():
        known = kind == "body" and group[0].claim.name_form != "unknown"
        form = (_body(text, key, known, group, heads, connectors, places) if kind == "body"
                else _person(text, key, group))
        if form is not None:
            forms.append(form)
    return forms


def _is_person(attribution: str, entities: tuple[str, ...], heads: frozenset[str]) -> bool:
    """Return True when who a claim is attributed to reads as a person's full name: two to four
    capitalised words (small words of a name between them), no known body, no body's head word."""
    words = attribution.split()
    if not 2 <= len(words) <= 4 or attribution in entities or not words[0][:1].isupper():
        return False
    return all(word[:1].isupper() and word.casefold() not in heads and not any(char.isdigit() for char in word)
               or word in NAME_PARTICLES for word in words)


def _body(text: str, key: str, known: bool, members: list[Member], heads: frozenset[str],
          connectors: frozenset[str], places: frozenset[str]) -> _Form | None:
    """Describe a body's name by its head word and modifying words; None when it has no head word.

    A leading possessive or place ("UK's", "UK") only says where the body is, so it is
    set aside: "UK's Frontier AI Taskforce" is the Frontier AI Taskforce.
    """
    tokens = [token.casefold() for token in WORD.findall(text)]
    while tokens and (tokens[0].endswith(("'s", "’s")) or tokens[0] in places):
        tokens = tokens[1:]
    head = next((token for token in (tokens[-1:] + tokens[:1] + tokens[::-1]) if token in heads), None)
    if head is None:
        return None
    words = list(tokens)
    words.remove(head)
    words = [word for word in words if word not in connectors]
    if not words:
        return None
    blocks = (("body", head, words[0]), ("body", head, words[-1]))
    return _Form("body", text, key, known, " ".join(tokens), tuple(words), " ".join(words), blocks, tuple(members))


def _person(text: str, key: str, members: list[Member]) -> _Form | None:
    """Describe a person's name by its words, without accents; blocked by first name and by surname.

    Accents are left out as the person's key leaves them out: "Éric Lombard" is "Eric
    Lombard" written in English, and "Ménégault" is as far from "Menegaux" as "Menegault".
    """
    words = tuple(token.casefold() for token in WORD.findall(unaccented(text)))
    if len(words) < 2:
        return None
    blocks = (("person", "first", words[0]), ("person", "last", words[-1]))
    return _Form("person", text, key, False, " ".join(words), words, " ".join(words), blocks, tuple(members))


def _candidates(forms: list[_Form], settings: CompareSettings,
                focused: set[int] | None = None) -> list[tuple[_Form, _Form, float]]:
    """Return the pairs of forms sharing a block whose names score at or above their kind's threshold, with
    their score, in the order their names first appear.

    With ``focused`` (ids of forms), only pairs with at least one focused form.
    """
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, form in enumerate(forms):
        for block in dict.fromkeys(form.blocks):
            blocks[block].append(index)
    scores: dict[tuple[int, int], float] = {}
    for indices in blocks.values():
        if 1 < len(indices) <= MAX_BLOCK_SIZE:
            scores.update(_scored_block(forms, indices, settings, focused))
    first_seen = [min(member.order for member in form.members) for form in forms]
    ordered = sorted(scores, key=lambda pair: (max(first_seen[pair[0]], first_seen[pair[1]]),
                                               min(first_seen[pair[0]], first_seen[pair[1]])))
    return [(forms[a], forms[b], scores[a, b]) if first_seen[a] <= first_seen[b] else (forms[b], forms[a], scores[a, b])
            for a, b in ordered]


def _scored_block(forms: list[_Form], indices: list[int], settings: CompareSettings,
                  focused: set[int] | None) -> Iterator[tuple[tuple[int, int], float]]:
    """Yield the pairs of one block (as sorted pairs of form indices) that score at or above the threshold.

    Each name is scored against the rest of the block in one call: people whole ("jonny
    williams" / "jonny william"), bodies by the words that modify their shared head
    word, in any order, so the head word and connectors cannot make "Ministry of
    Justice" look like "Ministry of Defence".
    """
    person = forms[indices[0]].kind == "person"  # a block holds one kind of name
    scorer = fuzz.ratio if person else fuzz.token_sort_ratio
    cutoff = settings.variant_person_min_score if person else settings.variant_min_score
    names = [forms[index].scored for index in indices]
    for position, index in enumerate(indices):
        if focused is None:
            start, choices = position + 1, names[position + 1:]
        elif id(forms[index]) in focused:
            start, choices = 0, names
        else:
            continue
        for _name, score, offset in process.extract(names[position], choices, scorer=scorer, score_cutoff=cutoff,
                                                    limit=None):
            other = indices[start + offset]
            if other != index:
                yield (min(index, other), max(index, other)), score


def _related(first: _Form, second: _Form, settings: CompareSettings) -> bool:
    """Return True when the two forms could be one name written two ways by different articles.

    People whose first names are not alike (``variant_first_name_min_score``) are two
    people however alike the whole names: "Bram Harcombe" and "Kira Harcombe" share a
    family, not a spelling. Forms written only in different languages, one the other with
    letters added, are one name as each language renders its sounds ("Vladimir Poutine"
    in French, "Vladimir Putin" in English; "Netanyahou", "Netanyahu"); a letter changed
    ("Laurent Freixa" in English, "Laurent Freixe" in French) is still a spelling to check, and so is
    a letter written twice ("Aike Vissbeek", "Aike Visbeek"). Bodies written in different languages
    whose names differ only in their small words ("Art Institute de Chicago", "Art Institute of
    Chicago") are one name too; in one language ("Office for AI", "Office of AI") they are a
    difference to check.
    """
    if first.key == second.key or (first.known and second.known) or first.plain == second.plain:
        return False
    if first.kind == "person" and same_person(first.key) == same_person(second.key):
        return False  # "Thomas Schäfer" in one article, "Thomas Schaefer" in another: one person
    if first.kind == "person" and _written_apart(first, second) \
            and same_person_in_two_languages(first.key) == same_person_in_two_languages(second.key):
        return False  # "Denys Shmyhal" in English, "Denys Chmyhal" in French
    if first.kind == "body" and _reordered(first, second):
        return False
    if first.built_on - second.built_on and second.built_on - first.built_on:
        return False  # each is named after a different known body: two things
    if first.kind == "person" and fuzz.ratio(first.words[0], second.words[0]) < settings.variant_first_name_min_score:
        return False
    if _written_apart(first, second):
        if first.kind == "body" and first.words == second.words:
            return False  # the small words in each language: "Art Institute de Chicago", "Art Institute of Chicago"
        if _letters_added(first.plain, second.plain) and not _doubled(first.plain, second.plain):
            return False  # each language writes some names its own way: "Vladimir Poutine", "Vladimir Putin"
    return bool(first.articles - second.articles) and bool(second.articles - first.articles)


def _written_apart(first: _Form, second: _Form) -> bool:
    """Return True when every article of each form is known to be in another language than all of the other's."""
    languages = first.languages | second.languages
    return None not in languages and not first.languages & second.languages


def _doubled(one: str, other: str) -> bool:
    """Return True when the names differ only by a letter written twice ("Visbeek", "Vissbeek"): a
    slip of the keyboard, which no language's way of writing a name explains."""
    return _single_letters(one) == _single_letters(other)


def _single_letters(name: str) -> str:
    """Return the name with each run of one letter written once ("rizzotto": "rizoto")."""
    return "".join(letter for index, letter in enumerate(name) if not index or letter != name[index - 1])


def _letters_added(one: str, other: str) -> bool:
    """Return True when the shorter name is the longer with letters left out: "putin" of "poutine"."""
    shorter, longer = sorted((one, other), key=len)
    letters = iter(longer)
    return all(letter in letters for letter in shorter)


def _reordered(first: _Form, second: _Form) -> bool:
    """Return True when two bodies' names are the same words in another order: the head word moved from the
    end to the front ("Justice Department", "Department of Justice") or the others moved around it ("NASA
    Commercial Crew Program", "Commercial Crew Program de la NASA"). That is one body named the two usual
    ways, not a spelling to check. ("Office for AI" and "Office of AI" differ in their connector only, and are.)"""
    return sorted(first.words) == sorted(second.words) and (
        first.words != second.words or _head_first(first) != _head_first(second))


def _head_first(form: _Form) -> bool:
    """Return True when a body's name begins with its head word ("Department of Justice")."""
    return form.plain.split()[0] == form.blocks[0][1]


def _context(form: _Form, common: frozenset[str]) -> frozenset[str]:
    """Return what the form's sentences are about: entities, content words and (people) titles.

    ``common`` is the rules' stopwords and generic terms, folded once per run.
    """
    ignored = common | frozenset(form.plain.split())
    found: set[str] = set()
    for member in form.members:
        found.update(f"@{entity}" for entity in member.claim.entities if entity != form.text)
        found.update(word for word in (token.casefold() for token in WORD.findall(member.claim.quote))
                     if len(word) >= MIN_CONTEXT_WORD and word not in ignored)
        if member.claim.kind == "role":
            found.add(f"title:{member.claim.value.casefold()}")
    return frozenset(found)


def _verdict(first: _Form, second: _Form, score: float) -> Verdict:
    """Describe the pair as a possible conflict, naming the known form first when there is one."""
    if second.known and not first.known:
        first, second = second, first
    what = "one person whose name is spelt" if first.kind == "person" else "one body written"
    advice = ("check the spelling" if first.kind == "person"
              else "if they are one body, add one as an alias or former name of the other in a rule file")
    message = (f"{first.text} ({first.labels}) and {second.text} ({second.labels}) "
               f"may be {what} two ways ({score:.0f}% alike); no rule links them: {advice}.")
    return Verdict("conflict", first.text, "name", first.cited + second.cited, message,
                   tuple(sorted((first.text, second.text))))
