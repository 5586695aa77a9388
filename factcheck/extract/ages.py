"""Age claims: how old an article says a named person is.

A figure counted in years that is someone's age is no figure to compare with others
("Pablo Isla, 61 ans" and "Paul Bulcke, 71 ans" are two facts; ``QuantityExtractor``
leaves ages out). Tied to the person it describes, it is: "Gabriel Attal, 34 ans," and
"the 35-year-old Gabriel Attal" disagree. Three shapes are read, in the languages the
rules' age words cover: an age set off after a name ("Carlos Tavares, 66, said",
"Jordan Bardella, 28 ans,", "X, aged 34,"), an age before a name ("28-year-old Jordan
Bardella", "À 66 ans, Carlos Tavares"), and nothing else: an age after a pronoun ("at 35
he becomes") names no one. In the first two shapes a surname alone is the person the article
named in full before it ("Prigojine, âgé de 62 ans", "the 61-year-old Prigozhin").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.context import SentenceContext
from factcheck.extract.letters import LOWER
from factcheck.extract.roles import FULL_NAME, NAME_WORD, RoleExtractor
from factcheck.models import AGE_KEY, ExtractedClaim, Interval, unaccented
from factcheck.resolve.alternation import alternation
from factcheck.resolve.gate import HAS_DIGIT
from factcheck.ruleset.schema import Ages

UNIT = "age"  # the unit of age claims: findings speak of "the age (Gabriel Attal)"; keys open with AGE_KEY
OLDEST = 120
AGE = r"(?P<age>\d{1,3})"
# An article just before a name: "le Suédois Ludvig Åberg", "the Swede Ludvig Aberg".
DETERMINER = re.compile(r"(?<![\w-])(?:the|a|an|le|la|les|l['’]|un|une|der|die|das|el|los|las)\s*\Z", re.IGNORECASE)


class AgeExtractor:
    """Find the ages articles give named people."""

    def __init__(self, ages: Ages, year_words: tuple[str, ...], roles: RoleExtractor) -> None:
        never = r"(?!x)x"
        before = alternation(ages.before) if ages.before else never
        after = alternation(ages.after) if ages.after else never
        years = alternation(year_words) if year_words else never
        opening = alternation(ages.set_off_before) if ages.set_off_before else never
        # A surname alone is the person the article named in full before it ("Prigojine, âgé de 62 ans").
        person = rf"{FULL_NAME}|{NAME_WORD}"
        # What may follow an age set off after a name: a comma, a bracket, a stop or a verb of saying (as after
        # a title).
        after_set_off = rf"(?=\s*[,;)]|\.(?:\s|$)|\s+{roles.speech})"
        self.set_off = re.compile(
            rf"(?<![\w-])(?P<person>{person}),\s+(?:(?i:{before})\s+)?{AGE}"
            rf"(?:\s+(?i:{years})(?:\s+(?i:{after}))?)?{after_set_off}")
        self.year_old = re.compile(
            rf"(?<![\w-]){AGE}-(?i:{years})-(?i:{after})\s+(?:[{LOWER}][\w'’-]*,?\s+){{0,3}}"
            rf"(?P<person>{person})(?![\w'’-])")
        self.opening = re.compile(rf"(?<![\w-])(?i:{opening})\s+{AGE}\s+(?i:{years}),\s+(?P<person>{FULL_NAME})")
        self.roles = roles  # who a name is: titles before it dropped, an honorific's surname resolved

    def extract(self, context: SentenceContext, people: dict[str, str]) -> Iterator[ExtractedClaim]:
        """Yield a claim for each named person whose age the sentence gives; ``people`` maps surnames to the
        full names the article gave before ("Mr Attal, 34," is the Gabriel Attal named earlier)."""
        if HAS_DIGIT not in context.looks:
            return
        text = context.text
        for pattern in (self.set_off, self.year_old, self.opening):
            for match in pattern.finditer(text):
                age = int(match.group("age"))
                person = self._person(match.group("person"), match.start("person"), people, context)
                if person is None or not 0 < age <= OLDEST \
                        or self.roles.names_an_entity(context, match.start("person"), match.end("person")):
                    continue
                start, end = match.start(), match.end()
                yield ExtractedClaim(
                    kind="quantity", subject=person, attribute=UNIT, value=str(age), text=text[start:end].strip(),
                    quote=text, line=context.line_of(start), rule="X302", start=context.sentence.start + start,
                    end=context.sentence.start + end, key=_key(person),
                    interval=Interval(low=age, high=age))

    def _person(self, written: str, start: int, people: dict[str, str], context: SentenceContext) -> str | None:
        """Return the person a name (at ``start``) is (``RoleExtractor.person``), or None when it is no one's
        full name or names a body ("Bank of England"). After an article, the first of three capitalised
        words is a noun ("le Suédois Ludvig Åberg", "the Frenchman Paul-Henri Nargeolet")."""
        person = self.roles.person(written, people, context) if " " in written \
            else self.roles.full_name(written, people, context)
        if person is not None and len(person.split()) > 2 and DETERMINER.search(context.text, 0, start):
            person = " ".join(person.split()[1:])  # "le Suédois Ludvig Åberg": a noun, then the name
        if person is None or len(person.split()) < 2 or person.split()[-1].lower() in self.roles.org_heads \
                or self.roles.is_title_word(person.split()[0]):
            return None
        return person


def _key(person: str) -> str:
    """Return the key of a person's age claims: the last two words of the name, without accents, casefolded.

    An age's name may open with a word the name pattern cannot tell from a first name
    ("23-year-old Swede Ludvig Aberg"); a person's first name and surname are enough to
    tell them from anyone else a story names.
    """
    return AGE_KEY + " ".join(unaccented(person).casefold().split()[-2:])
