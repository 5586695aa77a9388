"""Compare titles: one person, one title; two titles for one person conflict.

A loose description ("head of Xbox") fits any title and conflicts with none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial

from rapidfuzz import fuzz

from factcheck.compare.members import Member, Verdict
from factcheck.compare.typed import judge, pairwise
from factcheck.models import (ELIDED_ARTICLE, EMPLOYER_PREPOSITIONS, TITLES_JOINED, cognate_stem, is_rank_key,
                              unaccented)
from factcheck.ruleset import RuleSet

KIND = "role"
# A word opening the body a title is held at or for ("of the agency", "de l'équipe", "d'Apple").
EMPLOYER_WORD = re.compile(rf"(?:{'|'.join(EMPLOYER_PREPOSITIONS)}|d['’]\S*)$")
# Words this long that score this alike (rapidfuzz's ratio) are one word in two spellings.
FUZZY_COGNATE_LETTERS = 6
FUZZY_COGNATE_SCORE = 85
SPLIT_BY_ENTITIES = False  # a title is keyed by its holder: other entities in the sentence do not change it


def compare(members: list[Member], rules: RuleSet) -> Iterator[Verdict]:
    """Judge the titles given to one person (or the ranks: ``models.is_rank_key``)."""
    person = members[0].claim.subject
    what = "rank" if is_rank_key(members[0].claim.key) else "title"
    yield from judge(members, pairwise(partial(_compatible, rules=rules)), f"the {what} of {person}", person,
                     "title")


def _compatible(first: Member, second: Member, rules: RuleSet) -> bool:
    """Return True when the (already canonical) titles are the same, or the same but for where one says
    it is held ("French President", "President"), or name one office (``Title.fits``, or ``Title.fits_in``
    in the language of the article writing it: a French "président" of a bank is its chair), or one is
    only the other's head word (``_bare_head``), or the other with its employer added
    (``_employer_added``), or one is the other worded otherwise or in another language (``_reworded``),
    or one is a loose description (unless the other is a deputy's or a stand-in's to that loose head:
    ``_standing_in_for_a_head``). Titles held together ("Chair and Chief
    Executive") fit any one of them."""
    loose = [member for member in (first, second) if "loose" in member.claim.markers]
    if len(loose) == 2:
        return True
    if loose:
        other = second if loose[0] is first else first
        return not _standing_in_for_a_head(other.claim.value, rules)
    as_written = (rules.fitting_titles_in.get(first.language or "", frozenset()),
                  rules.fitting_titles_in.get(second.language or "", frozenset()))
    two_languages = first.language is not None and second.language is not None and first.language != second.language
    return any(_fit(one, other, rules, as_written, two_languages)
               for one in first.claim.value.split(TITLES_JOINED) for other in second.claim.value.split(TITLES_JOINED))


def _fit(one_written: str, other_written: str, rules: RuleSet,
         as_written: tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]], two_languages: bool) -> bool:
    """Return True when two single titles, as written, fit (see ``_compatible``)."""
    one, other = (_qualifiers_read_alike(written.casefold(), rules) for written in (one_written, other_written))
    one_words, other_words = one.split(), other.split()
    return (_same_title(one_words, other_words, rules.title_places)
            or _fitting(one_words, other_words, rules)
            or (one, other) in as_written[0] or (other, one) in as_written[1]
            or _reworded(one_words, other_words, rules, two_languages)
            or _bare_head(one_words, other_words, rules) or _bare_head(other_words, one_words, rules)
            or _employer_added(one_words, other_words, rules) or _employer_added(other_words, one_words, rules)
            or _loose_head_qualified_alike(one_words, other_words, rules)
            or _loose_head_qualified_alike(other_words, one_words, rules)
            or _body_named_before(one_written, other_written, rules)
            or _body_named_before(other_written, one_written, rules))


def _standing_in_for_a_head(title: str, rules: RuleSet) -> bool:
    """Return True when a title is a loose head word with a qualifier that makes its holder a deputy or a
    stand-in ("chef adjoint de la protection civile", "deputy head of the council"): the loose "head of
    civil protection" another article gives the same person is no description of that, but another post."""
    words = _qualifiers_read_alike(title.casefold(), rules).split()  # "adjoint" read as "deputy"
    return not rules.title_loose.isdisjoint(words) and not rules.title_standing_in.isdisjoint(words)


def _qualifiers_read_alike(title: str, rules: RuleSet) -> str:
    """Return the folded title with each qualifier read apart from a head it is joined to by a hyphen
    ("vice-gouverneur" as "vice gouverneur"), and as the first of those meaning the same
    (``Titles.same_qualifiers``): "président par intérim" as "président acting"."""
    words: list[str] = []
    for word in title.split():
        qualifier, hyphen, head = word.partition("-")
        words.extend((qualifier, head) if hyphen and head and qualifier in rules.title_qualifiers else (word,))
    padded = f" {' '.join(words)} "
    for form, reading in rules.qualifier_readings.items():
        padded = padded.replace(f" {form} ", f" {reading} ")
    return padded.strip()


def _bare_head(one: list[str], other: list[str], rules: RuleSet) -> bool:
    """Return True when one title is only the other's head word: "minister" of "culture minister",
    "director" of "sporting director", "ministre" of "ministre de la Culture", "director" of
    "directeur du projet" (a cognate). The bare word says less, not something else, unless the other
    title's words change the office ("deputy minister")."""
    return (len(one) == 1 < len(other) and one[0] in rules.title_heads
            and (_cognate(one[0], other[0]) or _cognate(one[0], other[-1]))
            and not rules.title_qualifiers.intersection(other))


def _loose_head_qualified_alike(one: list[str], other: list[str], rules: RuleSet) -> bool:
    """Return True when one title is a loose head word ("head", "chief") after the qualifiers that open the
    other: a "deputy head of the council" is its "deputy chairman", and no "chairman"."""
    qualifiers = 0
    while qualifiers < min(len(one), len(other)) - 1 and one[qualifiers] == other[qualifiers] \
            and one[qualifiers] in rules.title_qualifiers:
        qualifiers += 1
    return qualifiers > 0 and one[qualifiers] in rules.title_loose and other[qualifiers] not in rules.title_qualifiers


def _employer_added(one: list[str], other: list[str], rules: RuleSet) -> bool:
    """Return True when the other title is this one with whom it is held for added: "directeur de la
    performance de l'équipe", "chief scientist at the agency". Titles no rule knows keep such words, so
    one article writing them and another not would otherwise conflict."""
    return (0 < len(one) < len(other) and other[:len(one)] == one
            and EMPLOYER_WORD.match(other[len(one)]) is not None
            and not rules.title_qualifiers.intersection(other[len(one):]))


def _body_named_before(one: str, other: str, rules: RuleSet) -> bool:
    """Return True when the other title is this one of several words with the body it is held at named
    before it, in capitals: "Ingenuity project manager" and "project manager". Words that change the
    office ("Deputy", "Senior") or are titles' own head words ("Executive Director") are no body."""
    shorter, longer = one.split(), other.split()
    added = longer[:len(longer) - len(shorter)]
    return (1 < len(shorter) < len(longer) and [word.casefold() for word in longer[len(added):]]
            == [word.casefold() for word in shorter]
            and all(word[:1].isupper() and word.casefold() not in rules.title_qualifiers
                    and word.casefold() not in rules.title_heads for word in added))


def _reworded(one: list[str], other: list[str], rules: RuleSet, two_languages: bool) -> bool:
    """Return True when the shorter title's words, small words aside, have cognates in the longer, and
    the longer adds no qualifier: one title no rule knows, worded two ways. In one language every word
    must be found ("Housing Minister", "minister responsible for housing"; "Communications Director",
    "director of communications"); in two, the head words and at least half of the others, as a
    translation words one thing differently ("Transport Commissioner" and "commissaire aux transports
    de Londres", "Data Protection Commissioner" and "commissaire à la protection des données"). Head
    words naming one office are read alike (``Titles.same_heads``: "Sports Cabinet Secretary" and
    "Sports Minister"). Two
    known titles are never each other's rewording: every language's words for them were folded to
    their names already, and "Chief Operating Officer" is no "Chief Financial Officer"."""
    if " ".join(one) in rules.title_names and " ".join(other) in rules.title_names:
        return False
    shorter, longer = sorted(([word for word in words if word not in rules.small_words] for words in (one, other)),
                             key=len)
    if not shorter or rules.title_qualifiers.intersection(longer).difference(shorter):
        return False
    read = rules.head_readings
    matched = [any(_cognate(word, their) or _cognate(read.get(word, word), read.get(their, their)) for their in longer)
               for word in shorter]
    heads = [found for word, found in zip(shorter, matched) if word in rules.title_heads]
    others = [found for word, found in zip(shorter, matched) if word not in rules.title_heads]
    if not two_languages:
        return bool(heads) and all(matched)
    return all(heads) and (sum(others) * 2 >= len(others) if heads else all(others))


def _cognate(word: str, other: str) -> bool:
    """Return True when two words are one, or one in two languages: they begin alike
    (``models.cognate_stem``: "director", "directeur"; "minister", "ministre"), or, long enough to
    tell, are spelt alike but for a letter or two ("resources", "ressources"). An elided article
    before a word is no part of it ("d'État")."""
    word, other = ELIDED_ARTICLE.sub("", word), ELIDED_ARTICLE.sub("", other)
    if word == other or cognate_stem(word) == cognate_stem(other):
        return True
    return min(len(word), len(other)) >= FUZZY_COGNATE_LETTERS and \
        fuzz.ratio(unaccented(word), unaccented(other)) >= FUZZY_COGNATE_SCORE


def _same_title(one: list[str], other: list[str], places: frozenset[str]) -> bool:
    """Return True when two titles' words are the same, or the same but for where one says it is held."""
    return one == other or _placeless(one, places) == other or one == _placeless(other, places)


def _fitting(one: list[str], other: list[str], rules: RuleSet) -> bool:
    """Return True when two titles name one office (``Title.fits``), where they are held aside as
    ``_same_title`` sets it aside: said by one only, or the same place by both ("England manager",
    "the England coach"; but "England manager" and "France coach" are two offices)."""
    places = rules.title_places
    pairs = [(one, other), (_placeless(one, places), other), (one, _placeless(other, places))]
    if len(one) > 1 and len(other) > 1 and one[0] == other[0] and one[0] in places:
        pairs.append((one[1:], other[1:]))
    return any(frozenset((" ".join(first), " ".join(second))) in rules.fitting_titles for first, second in pairs)


def _placeless(words: list[str], places: frozenset[str]) -> list[str]:
    """Return a title's words without the words before it that say where it is held ("French President":
    "President"); two places ("French President", "US President") still differ."""
    while len(words) > 1 and words[0] in places:
        words = words[1:]
    return words
