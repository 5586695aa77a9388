"""Role claims: a person and the title an article gives them.

Three shapes are read: a title before a name ("Deputy Prime Minister David Lammy",
"Microsoft Gaming CEO Phil Spencer"), a name followed by a title ("Jonny Williams,
Chief Digital Adviser at Red Hat,") and a title set off before a name ("the CMA's
chief executive, Sarah Cardell,"). Known titles fold their synonyms to one name,
with an employer before or after them dropped ("chief executive of Microsoft Gaming"
is a Chief Executive); unknown ones are recognised by a head word and kept as
written. A later mention by surname ("Mr Kyle") is the person the article named in
full before; a loose description ("head of Xbox") is marked so it conflicts with no title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from factcheck.extract.context import SentenceContext
from factcheck.extract.letters import LOWER, UPPER
from factcheck.models import (DEFINITE_ARTICLES, EMPLOYER_PREPOSITIONS, NAME_PARTICLES, TITLES_JOINED, ExtractedClaim,
                              person_key, unaccented)
from factcheck.resolve.alternation import alternation
from factcheck.resolve.gate import WordGate
from factcheck.ruleset.schema import Lexicon, Titles

# A capitalised word; a second capital may follow an apostrophe or a first syllable ("O'Leary",
# "McDonald", "DeSantis"), and a hyphen may join two ("Jean-Noël"). A capital, an apostrophe and a
# small letter is an elided French word ("C'est", "L'entreprise"), not a name. (Each letter class
# is written out whole in the pattern, and compiling them is most of the extractor's start-up:
# the apostrophe is ruled out with a class of two.)
NAME_PART = rf"[{UPPER}](?:['’]?[{UPPER}])?(?!['’])[{LOWER}'’]+(?:[{UPPER}][{LOWER}'’]+)?"
# A hyphen may also join a small syllable, as romanised Chinese and Korean names do ("Lai Ching-te",
# "Kim Jong-un"), even to a first syllable of one letter ("Kim E-bae").
SYLLABLE_JOINED = rf"-(?:{NAME_PART}|[{LOWER}]{{2,}})"
NAME_WORD = rf"(?:{NAME_PART}(?:{SYLLABLE_JOINED})?|[{UPPER}]{SYLLABLE_JOINED})"
# Small words inside a name: "Amélie de Montchalin", "Ursula von der Leyen".
PARTICLE = rf"(?:(?:{'|'.join(NAME_PARTICLES)})\s+)"
# An initial or two ("S. Somanath", "J.K. Rowling", "George W. Bush").
INITIALS = rf"[{UPPER}]\.(?:\s?[{UPPER}]\.)?"
# An Arabic article joined to a later part of a name: "Mohammed Ghazi al-Jalali", "Ahmed al-Sharaa".
LATER_NAME_WORD = rf"(?:{NAME_WORD}|(?:al|el|ad|ar|as|ash|at|az|an)-{NAME_PART})"


def _name_of(most_words: int, fewest_first: bool = False) -> str:
    """Return the pattern of a person's name in two to ``most_words`` words, or an initial and a surname;
    ``fewest_first`` tries the fewest words first, for a name a title written in capitals may follow."""
    lazy = "?" if fewest_first else ""
    return (rf"(?:{INITIALS}\s*{NAME_WORD}"
            rf"|{NAME_WORD}(?:\s+(?:{INITIALS}\s+)?{PARTICLE}{{0,2}}{LATER_NAME_WORD}){{1,{most_words - 1}}}{lazy})")


FULL_NAME = _name_of(3)
# A title's holder may be named in up to four words ("Ram Mohan Naidu Kinjarapu"); elsewhere a
# capitalised word before a name is more often no part of it ("Le Suédois Ludvig Åberg, 23 ans").
HOLDER_NAME = _name_of(4)
# The first name (and small words of a name) just before a surname: "Michele " of "Michele Bullock".
FIRST_NAME_BEFORE = re.compile(rf"(?<![\w-])({NAME_WORD})\s+({PARTICLE}{{0,2}})\Z")
FIRST_NAME_REACH = 80  # characters before a surname that its first name and small words may take
# Both shapes need a person's name: two capitalised words in a row (small words between
# them allowed), or an honorific and a surname.
HAS_NAME = re.compile(rf"[{UPPER}][{LOWER}'’.]+\s+{PARTICLE}{{0,2}}[{UPPER}][{LOWER}'’]")
TITLE_REACH = 80  # characters around a title word that a title and a name may take
SET_OFF_REACH = 200  # characters before a comma that a title set off by it may take, with its opening word
NAME_REACH = 120  # characters after such a comma that the name and what follows it may take
# A capital after a comma, or the article of a holder's nationality before one ("l'Italien Giovanni Re").
NAME_AFTER_COMMA = re.compile(rf",\s+(?:l['’]|le\s+|la\s+)?[{UPPER}]")
# A verb inside what seemed a title set off before a name makes it a clause: "le chancelier a choisi un
# proche, Jörg Kukies", "the chancellor has picked an ally, Jörg Kukies", "a officiellement révoqué jeudi
# le ministre". (An English "a" is an article: only French participles' endings are read after it.)
CLAUSE_VERB = re.compile(r"(?<!\w)(?:(?:a|ont|avait|avaient)\s+(?:[^\W\d_]{3,}ment\s+)?(?:été\s+)?"
                         r"(?:[^\W\d_]{3,}(?:é|ée|és|ées|i)"
                         r"|fait|dit|[^\W\d_]*pris|[^\W\d_]*mis|écrit|reçu|obtenu|tenu|vu|pu)"
                         r"|(?:has|have|had|was|were)\s+(?:been\s+)?[^\W\d_]{3,}(?:ed|en))(?!\w)")
POSSESSIVE = re.compile(r"['’]s$")
# A day's number written before or after its month: "12", "1er", "12th", "12,".
DAY_NUMBER = re.compile(r"\d{1,2}(?:er|st|nd|rd|th)?,?", re.IGNORECASE)
POSSESSIVES = r"his|her|their|its|son|sa|leur|sein|seine|ihr|ihre|su"
# A word after a title's head word with an article or a possessive after it is a verb with its object: what
# was set off after a name is a clause, the name having closed a phrase before it ("Accompanied by Gov. Greg
# Abbott, the president toured the area"). A title's own words go on with a preposition ("head coach of PSG").
VERB_AND_OBJECT = re.compile(rf"\s+(?P<verb>[{LOWER}][{LOWER}'’-]*)\s+"
                             rf"(?:{DEFINITE_ARTICLES}|les|a|an|{POSSESSIVES})\s")
# An elided article, joined to the word after it ("L'administrateur").
ELIDED_OPENING = r"l['’]"
# Words before a title that only point to it: an article or a possessive ("the", "a", "his", "ses").
LEADING_DETERMINER = re.compile(rf"^(?:(?:{DEFINITE_ARTICLES}|a|an|{POSSESSIVES}|ses)\s+|{ELIDED_OPENING})",
                                re.IGNORECASE)
# What may open a title set off before a name: a definite article, French joined to a preposition
# ("au doyen du Collège, ...", "du président de la République, ..."), or a possessive ("Its chief
# executive, ..."); never "a", which in French is a verb ("a nommé"). An elided article is
# joined to the title ("L'administrateur de la NASA, Bill Nelson,").
SET_OFF_OPENING = rf"{DEFINITE_ARTICLES}|au|aux|du|{POSSESSIVES}"
# Or a name's possessive ("Google's chief executive, Sundar Pichai,"; "London's Transport Commissioner, ...").
NAMED_POSSESSOR = rf"[{UPPER}][\w&.-]*['’]s"
# The owner a title may open with: one word ("the company's head developer") or a name in capitals ("Giorgia
# Meloni's finance minister"), but not "minister in Giorgia Meloni's" of "a minister in Giorgia Meloni's government".
OWNER_BEFORE = re.compile(rf"^(?:[\w&.-]+['’]s|(?:[{UPPER}][\w&.-]*\s+){{1,3}}{NAMED_POSSESSOR})\s+")
# An owner inside a title is its employer: "chair of Enedis's management board" is the chair of the management board.
OWNER_INSIDE = re.compile(rf"(?<=\bof\s)(?:[{UPPER}][\w&.-]*\s+){{0,2}}{NAMED_POSSESSOR}(?=\s)")
# The body a title serves going on after the name it seemed to end at: "... the UK Public Sector at Red Hat".
SERVED_GOES_ON = re.compile(rf"\s+(?:at|of|for|chez)\s+[{UPPER}]")
EMPLOYER_START = re.compile(rf"\s+(?:{'|'.join(EMPLOYER_PREPOSITIONS)})\s+(?=\S)|\s+d['’](?=\S)", re.IGNORECASE)


# A person's name just after a title's words: "chief executive Bob Iger" (see ``_names_another``).
ANOTHER_NAME = re.compile(rf"\s+{NAME_PART}\s+{NAME_PART}(?![\w'’-])")
# Words before a title's last words that make those words whose the holder is, not what: "a close
# ally of the president", "an adviser to the president", "conseillère du président".
OWNED_BY = frozenset((*EMPLOYER_PREPOSITIONS, "auprès"))


class RoleExtractor:
    """Find people with titles."""

    def __init__(self, titles: Titles, lexicon: Lexicon, not_names: frozenset[str] = frozenset(),
                 calendar_names: frozenset[str] = frozenset()) -> None:
        """The lexicon's ``relative_pronouns`` may open the clause a title-giving verb stands in: "Jane
        Holloway, who was appointed chief executive"; its ``speech_verbs`` end a title set off after a
        name ("Jane Holloway, chief executive, said"), and its ``ampersand_words`` join two titles
        ("chairman and chief executive"). ``calendar_names`` (months, weekdays) end a title:
        "François Bayrou, nommé Premier ministre vendredi 13 décembre," holds the Prime Minister's."""
        self.calendar_words = frozenset(name.casefold() for name in calendar_names)
        forms = [(form, title.name) for title in titles.titles for form in (title.name, *title.synonyms)]
        self.canonical = {_fold(form): name for form, name in forms}
        self.ranks = frozenset(title.name for title in titles.titles if title.rank)
        self.known_forms = sorted(self.canonical, key=len, reverse=True)
        # The last words of known titles ("general" of "Lieutenant General"): never the first word of a name.
        self.title_ends = frozenset(form.split()[-1] for form in self.canonical)
        self.loose = frozenset(word.lower() for word in titles.loose)
        # Words making a loose head a title of its own: a "deputy head" or an "acting head" is no head.
        self.second_or_standing_in = frozenset(_fold(word) for group in titles.same_qualifiers for word in group)
        self.qualifiers = frozenset(_fold(word) for word in (*titles.qualifiers, *titles.places))
        self.honorifics = frozenset(word.lower().rstrip(".") for word in titles.honorifics)
        self.past = frozenset(_fold(word) for word in titles.past)
        self.tenure = frozenset(word.casefold() for phrase in titles.tenure for word in phrase.split())
        self.places_after = frozenset(_fold(word) for word in titles.places_after)
        self.places = frozenset(_fold(word) for word in titles.places)
        honorific = alternation(titles.honorifics) if titles.honorifics else ""
        # A verb of saying ends a title set off after a name: "Jane Holloway, chief executive, said".
        self.speech = speech = rf"(?:{alternation(lexicon.speech_verbs)})\b"
        conjunctions = alternation(lexicon.ampersand_words)
        self.joined_titles = re.compile(rf"\s+(?:{conjunctions}|&)\s+", re.IGNORECASE)
        # A name set off after a title: what makes that title the next name's, not the one before it. The body's
        # initials may stand between them: "le président de la Banque nationale suisse (BNS), Thomas Jordan,".
        self.next_name = re.compile(
            rf"(?:\s*\([^()]{{1,40}}\))?,\s+{FULL_NAME}(?=\s*[,.;)]|\s+{speech}|\s+(?:{conjunctions})\s)")
        self.relative_clause = re.compile(rf"\s+(?:{alternation(titles.relative_openers)})\s+", re.IGNORECASE)
        self.held_since = re.compile(rf"\s+(?:{alternation(titles.held_since)})(?:\s+|$)", re.IGNORECASE)
        person = rf"(?:{HOLDER_NAME}|(?:{honorific})\s+{NAME_WORD})" if honorific else HOLDER_NAME
        # Matched ignoring case, so built in lower case: "PM", "PDG" and "président" then share
        # one branch of the pattern's trie instead of each case having its own.
        heads = alternation(word.lower() for word in titles.head_words) if titles.head_words else ""
        known = alternation(form.lower() for form, _ in forms) if forms else ""
        # Lower-case words that change a title may open it ("acting chief executive", "former
        # prime minister"): left out, the title would read as the office itself.
        changing = alternation(word.lower() for word in (*titles.qualifiers, *titles.past))
        opening = rf"(?:(?i:{changing})\s+){{0,2}}" if changing else ""
        # A head word may be followed by the body it serves, in capitals, before the name: "Minister of
        # State for Petroleum Resources Timipre Sylva". Where the body goes on after what would be the
        # name ("Chief Digital Adviser for the UK Public Sector at Red Hat"), those words were the
        # body's (``SERVED_GOES_ON``).
        served = (rf"(?P<served>\s+(?:of|for|de|du|des)\s+(?:the\s+|la\s+|l['’])?"
                  rf"(?:[{UPPER}][\w'’&-]*\s+(?:(?:of|for|and|&)\s+)?){{0,3}}[{UPPER}][\w'’&-]*)?")
        # Two capitalised portfolios may share the head word: "Interior and Overseas Minister".
        head_title = (rf"{opening}(?:[{UPPER}][\w'’-]*\s+(?:and\s+(?=[{UPPER}]))?){{0,4}}(?i:{heads}){served}"
                      if heads else r"(?!x)x")
        known_title = (rf"{opening}(?:[{UPPER}][\w'’&-]*\s+(?:and\s+(?=[{UPPER}]))?){{0,3}}(?i:{known})"
                       if known else r"(?!x)x")
        self.before = re.compile(
            rf"(?<![\w-])(?P<title>{known_title}|{head_title})\s+(?P<person>{person})(?![\w-])")
        self.after = re.compile(
            rf"(?<![\w-])(?P<person>{person}),\s+(?:the\s+|(?P<org>[{UPPER}][\w'’&-]*(?:\s+[{UPPER}][\w'’&-]*)*)['’]s\s+)?"
            rf"(?P<title>(?i:{known})(?=[,.;)]|\s+{speech}|$)|[^,.;:()]{{3,120}}?)"
            rf"(?=,|\.|;|\)|\s+\(|\s+{speech}|$)")  # "(USS)" may follow: the body's short name
        self.set_off = re.compile(
            rf"(?<![\w-])(?:(?:(?i:{SET_OFF_OPENING})|{NAMED_POSSESSOR})\s+|(?i:{ELIDED_OPENING}))"
            rf"(?P<title>(?:[^\s,.;:()\"“”]+\s+){{0,11}}[^\s,.;:()\"“”]+)"
            rf"(?:\s+\([{UPPER}][\w.&-]{{0,11}}\))?,"  # the body's short name may close it: "(SCA)"
            # The holder's nationality may open the name in French: "le doyen du Collège, l'Italien Giovanni Re,".
            rf"\s+(?:(?:l['’]|le\s+|la\s+)[{UPPER}][{LOWER}]+\s+)?(?P<person>{person})(?=\s*[,.;)]|\s+{speech})")
        # A title given by a verb: "Jane Holloway was appointed chief executive", "Holloway, qui a été nommée
        # directrice financière".
        given = alternation(phrase.lower() for phrase in titles.given_by) if titles.given_by else ""
        relative = rf"(?:,\s+(?i:{alternation(lexicon.relative_pronouns)}))?" if lexicon.relative_pronouns else ""
        ends = alternation(titles.given_ends)
        given_title = rf"(?P<title>[^,.;:()\"“”]{{2,80}}?)(?=\s*[,.;:()]|\s+{speech}|\s+(?:{ends})\s|$)"
        self.given = re.compile(rf"(?<![\w-])(?P<person>{person}){relative}\s+(?i:{given})\s+{given_title}"
                                ) if given else None
        # Or by a verb before the person, the title after them: "Starmer appointed Rachel Reeves as chancellor",
        # "a nommé François Bayrou Premier ministre". The name is read as short as it may be, as a title in
        # capitals may follow it.
        appointing = alternation(phrase.lower() for phrase in titles.appointing) if titles.appointing else ""
        appointee = _name_of(4, fewest_first=True)
        appointee = rf"(?:{appointee}|(?:{honorific})\s+{NAME_WORD})" if honorific else appointee
        self.appointed = re.compile(
            rf"(?<![\w-])(?i:{appointing})\s+(?P<person>{appointee})\s+"
            rf"(?:(?i:{alternation(titles.appointed_as)})\s+)?{given_title}") if appointing else None
        # A head word may carry a qualifier joined by a hyphen: "vice-gouverneur", "vice-governor".
        joined = alternation(word.lower() for word in titles.qualifiers if _fold(word) not in self.past)
        qualified_heads = rf"(?:(?:{joined})-)?(?:{heads})" if heads and joined else heads
        self.head_re = re.compile(rf"(?<![\w-]){qualified_heads}(?![\w-])", re.IGNORECASE) if heads else None
        # A known title may carry one too: "vice-doyen du Collège cardinalice".
        qualified_known = rf"(?:(?:{joined})-)?(?:{known})" if known and joined else known
        self.title_word = re.compile(
            rf"(?<![\w-])(?:{'|'.join(part for part in (qualified_heads, qualified_known) if part)})(?![\w-])",
            re.IGNORECASE) if heads or known else None
        # Most sentences that name someone hold no title word: a word gate tells so at a
        # fraction of the cost of the title-word scan (a phrase's longest word is enough).
        phrases = (*titles.head_words, *(form for form, _ in forms))
        self.title_gate = WordGate(max(phrase.split(), key=len) for phrase in phrases if phrase.split())
        self.org_heads = frozenset(word.lower() for word in lexicon.org_head_words)
        self.not_names = not_names
        self.stopwords = frozenset(word.casefold() for word in lexicon.stopwords)

    def may_find(self, looks: Mapping[object, set[int]], text: str, spans: Sequence[tuple[int, int]]) -> set[int]:
        """Return the indices of the sentences (``spans`` of ``text``) ``extract`` may find a role in.

        Those are the sentences with a title word and a name.
        """
        if self.title_word is None:
            return set()
        return {index for index in looks[self.title_gate] if HAS_NAME.search(text, *spans[index])}

    def extract(self, context: SentenceContext, people: dict[str, str] | None = None) -> Iterator[ExtractedClaim]:
        """Yield a claim for each person-title pair; ``people`` maps surnames to full names seen before."""
        seen: set[tuple[str, str]] = set()
        people = {} if people is None else people
        for match, rule in self._matches(context):
            written_title, written_person = self._title_and_person(match)
            person = self.person(written_person, people, context)
            if person is None or self.names_an_entity(context, match.start("person"), match.end("person")):
                continue
            title, loose = self._title(written_title)
            if person.split()[-1].lower() in self.org_heads or not title or (person, title) in seen:
                continue
            seen.add((person, title))
            people.setdefault(person.split()[-1].lower(), person)
            start, end = match.start(), match.end()
            yield ExtractedClaim(
                kind="role", subject=person, attribute="title", value=title, text=context.text[start:end].strip(),
                quote=context.text, line=context.line_of(start), rule=rule,
                start=context.sentence.start + start, end=context.sentence.start + end,
                key=person_key(person, rank=title in self.ranks), entities=context.topic_entities(),
                markers=("loose",) if loose else (),
            )

    def _title_and_person(self, match: re.Match[str]) -> tuple[str, str]:
        """Return the title and the person's name a match holds as written.

        A title's last word that the name's pattern took as a first name goes back to the
        title just before it: "NATO Secretary General Jens Stoltenberg" matches as "NATO
        Secretary" and "General Jens Stoltenberg".
        """
        title, person = match.group("title"), match.group("person")
        words = person.split()
        if len(words) > 2 and self.is_title_word(words[0]) \
                and match.string[match.end("title"):match.start("person")].isspace():
            return f"{title} {words[0]}", " ".join(words[1:])
        return title, person

    def _matches(self, context: SentenceContext) -> Iterator[tuple[re.Match[str], str]]:
        """Yield matches of every shape with their rule ids."""
        if self.title_word is None or self.title_gate not in context.looks or not HAS_NAME.search(context.text):
            return
        # The title-first shape is tried only around title words: tried at every word of a
        # sentence, its runs of capitalised words make it the costliest pattern here.
        done = 0
        words = list(self.title_word.finditer(context.text))
        # The other shapes count only with a head word or a known title in their title, so
        # only in a sentence that has a title word.
        others = [*self._set_off(context.text), *self._after(context.text), *self._given(context)] \
            if words and self.head_re is not None else []
        for word in words:
            if word.end() <= done:
                continue
            end = word.end() + TITLE_REACH
            match = self.before.search(context.text, max(done, word.start() - TITLE_REACH), end)
            if match is not None and match.end() == end and context.text[end:end + 1].isalnum():
                # The window cut the name ("President Andrés Manuel López Ob|rador"): read it whole.
                match = self.before.search(context.text, match.start(), end + TITLE_REACH)
            if match is not None:
                done = match.end()
                if not (match.group("served") and SERVED_GOES_ON.match(context.text, match.end())) \
                        and not self._inside_another_title(match, others):
                    yield match, "X401"
        yield from others

    def _after(self, text: str) -> Iterator[tuple[re.Match[str], str]]:
        """Yield the titles set off after a name ("Jonny Williams, Chief Digital Adviser at Red Hat,").

        What seemed a title may be the next name: in "at the Norwegian Nobel Institute, Jorgen
        Watne Frydnes, chair of the Committee," the institute is no person and Frydnes no title,
        so the search goes on from there, where the name is, not after it."""
        position = 0
        while (match := self.after.search(text, position)) is not None:
            if (self._headed(match.group("title")) or self._is_known(match.group("title"))) \
                    and not self._in_a_list(match) and not self._goes_on_as_a_clause(match.group("title")):
                yield match, "X402"
                position = match.end()
            else:
                position = match.start("title")

    def _goes_on_as_a_clause(self, title: str) -> bool:
        """Return True when a word with an object after it follows the head word of what was set off, a word
        that is neither a small word ("Adviser for the UK Public Sector") nor a title's (``VERB_AND_OBJECT``).
        (A verb with its auxiliary, "le Premier ministre avait promis un gouvernement", makes any title a
        clause: ``_title`` reads ``CLAUSE_VERB``.)"""
        assert self.title_word is not None
        words = LEADING_DETERMINER.sub("", " ".join(title.split()))
        head = self.title_word.search(words)
        if head is None:
            return False
        verb = VERB_AND_OBJECT.match(words, head.end())
        return verb is not None and verb.group("verb") not in self.stopwords \
            and not self.is_title_word(verb.group("verb"))

    def _given(self, context: SentenceContext) -> Iterator[tuple[re.Match[str], str]]:
        """Yield the known titles a verb gives the name before it, an employer after them aside ("Jane Holloway
        was appointed chief executive of the group"), or the name after it ("Starmer appointed Rachel Reeves
        as chancellor"), a day after them aside ("on Friday"), unless the sentence names an earlier year than the
        article's: "was named chief executive in 2015" tells history, not the title held now. A verb names
        many things besides titles ("was named the best manager of the year", "was named minister last
        year"), so only a known title counts here."""
        published = context.article.published
        if published is not None and any(date.date.year < published.year for date in context.dates):
            return
        for pattern in (self.given, self.appointed):
            for match in pattern.finditer(context.text) if pattern is not None else ():
                title = LEADING_DETERMINER.sub("", " ".join(match.group("title").split()))
                if self._known(self._before_a_date(title)):
                    yield match, "X403"

    def _inside_another_title(self, match: re.Match[str], others: list[tuple[re.Match[str], str]]) -> bool:
        """Return True when the name a title was found before lies inside a title that another shape sets off by
        commas from another name: in "Le directeur de l'écurie Red Bull, Christian Horner," Red Bull is the
        team, and in "David Zaslav, chief executive of Warner Bros Discovery," Bros Discovery is no person."""
        return any(other.start("title") <= match.start("person") and match.end("person") <= other.end("title")
                   and self._title(other.group("title"))[0] for other, _rule in others)

    def _in_a_list(self, match: re.Match[str]) -> bool:
        """Return True when a title after a name is the next person's in a list of people: it holds their name
        ("Polish Prime Minister Donald Tusk, Czech Prime Minister Petr Fiala, ...") or is set off before it
        ("le Premier ministre polonais, Donald Tusk, le président tchèque, Petr Fiala, ...")."""
        holding = self.before.fullmatch(match.group("title").strip())
        # Capitals after a body a title serves are the body's name: "president of the Patuxent Amateur Astronomers".
        return holding is not None and not holding.group("served") \
            and holding.group("person").split()[-1].lower() not in self.org_heads \
            or self.next_name.match(match.string, match.end()) is not None

    def _set_off(self, text: str) -> Iterator[tuple[re.Match[str], str]]:
        """Yield the titles set off before a name ("the CMA's chief executive, Sarah Cardell,").

        Such a title ends at a comma a capital follows, so it is looked for only before
        those: the words it may open with ("the", "his", "sa") are among a sentence's most
        frequent, and trying the pattern at each was a third of role extraction.

        The title opens at the last such word that leaves a title: in "His party chose the
        outgoing justice minister, Dilan Yeşilgöz," it is not "party chose the outgoing
        justice minister" but what "the" opens.
        """
        done = 0
        for comma in NAME_AFTER_COMMA.finditer(text):
            if comma.start() < done:
                continue
            start = max(done, comma.start() - SET_OFF_REACH)
            while (match := self.set_off.search(text, start, comma.end() + NAME_REACH)) is not None \
                    and match.start() < comma.start():
                title = match.group("title")
                if (self._headed(title) or self._is_known(title)) and not CLAUSE_VERB.search(title):
                    done = match.end()
                    yield match, "X401"
                    break
                start = match.start("title")

    def _headed(self, title: str) -> bool:
        """Return True when a title set off by commas has a head word or a known title among its first words,
        and only words describing it before that: "Chief Digital Adviser at Red Hat", "his armed forces
        minister", "capitaine de l'équipe d'Espagne".

        A small word before the head word starts another phrase, so what was set off is a
        clause, not a title: "Emmanuel Macron, a nommé mardi soir le ministre des Armées".
        Between capitalised words it is part of the title's name: "Science and Technology
        Secretary". A word of tenure opens none ("the new international trade minister").
        """
        assert self.title_word is not None
        words = LEADING_DETERMINER.sub("", " ".join(title.split())).split()[:6]
        head = self.title_word.search(" ".join(words))
        if head is None:
            return False
        before = " ".join(words)[:head.start()].split()
        return not any(word.casefold() in self.stopwords and word.casefold() not in self.tenure
                       and not _inside_a_name(before, position) for position, word in enumerate(before))

    def _is_known(self, title: str) -> bool:
        """Return True when what is set off by commas is a known title as a whole, head word or none
        ("le chef du gouvernement, François Bayrou,")."""
        text = LEADING_DETERMINER.sub("", " ".join(title.split()))
        return _fold(text) in self.canonical

    def person(self, written: str, people: dict[str, str], context: SentenceContext) -> str | None:
        """Return the person's full name: as written, or the earlier full name an honorific mention stands for.

        A leading capitalised word that is no name ("Selon Linda Yaccarino") or a title's words
        before a full name ("General Osama Rabie", the end of "Lieutenant General Osama Rabie, the
        authority's chairman,"; "Rear Admiral John Mauger", a name being up to four words) are
        dropped, and so is a possessive ending ("Prime Minister Michel Barnier's government"); an honorific before a full name is dropped ("Sir Roly Keating" is Roly Keating), and
        an honorific with a surname the article has not named in full before is no one yet.
        """
        words = written.split()
        words[-1] = POSSESSIVE.sub("", words[-1])
        if words[0].lower() in self.not_names or (len(words) > 2 and self.is_title_word(words[0])):
            words = words[1:]
        if len(words) > 3 and _fold(" ".join(words[:2])) in self.canonical:  # "Rear Admiral John Mauger"
            words = words[2:]
        elif len(words) > 2 and self.is_title_word(words[0]):  # "Lieutenant General Osama Rabie"
            words = words[1:]
        if self._honorific(words[0]):
            if len(words) > 2:
                return " ".join(words[1:])  # "Sir Roly Keating" is named in full
            known = self.full_name(words[-1], people, context)
            return " ".join(known.split()[1:]) if known and self._honorific(known.split()[0]) else known
        return " ".join(words) if len(words) > 1 else None

    def full_name(self, surname: str, people: dict[str, str], context: SentenceContext) -> str | None:
        """Return the full name the article gave this surname before (``people``, or its text), or None."""
        return people.get(surname.lower()) or self._named_before(surname, context)

    def _named_before(self, surname: str, context: SentenceContext) -> str | None:
        """Return the full name the article gave a surname earlier in its text, or None.

        Most people are named in full where no title or quote is ("the government named
        Michele Bullock on Friday"), and only later called "Mme Bullock, deputy governor":
        the surname is looked for before the sentence only when such a mention needs it.
        The word before it must be a first name, not an honorific, a title or a small word.
        """
        text = context.article.document.text
        written = re.compile(rf"(?<![\w-]){re.escape(surname)}(?![\w'’-])")
        for found in reversed(list(written.finditer(text, 0, context.sentence.start))):
            match = FIRST_NAME_BEFORE.search(text, max(0, found.start() - FIRST_NAME_REACH), found.start())
            first = match.group(1) if match else ""
            if first and not self._honorific(first) and not self.is_title_word(first) \
                    and first.casefold() not in self.stopwords and first.lower() not in self.not_names:
                return " ".join([first, *match.group(2).split(), surname])
        return None

    def is_title_word(self, word: str) -> bool:
        """Return True when the word is a title's head word, ends a known title or changes one
        ("President", "Admiral", the "General" of "Lieutenant General", "Deputy")."""
        return bool(self.head_re and self.head_re.fullmatch(word)) or _fold(word) in self.qualifiers \
            or _fold(word) in self.past or word.lower() in self.loose or _fold(word) in self.title_ends

    def _honorific(self, word: str) -> bool:
        """Return True when the word is an honorific ("Sir", "Mr.")."""
        return word.lower().rstrip(".") in self.honorifics

    def _title(self, raw: str) -> tuple[str, bool]:
        """Return the canonical title and whether it is a loose description ("head of Xbox").

        Small words opening it are the sentence's, not the title's: "But BOJ Governor Kazuo
        Ueda" holds a governor's title.
        """
        words = raw.split()
        while len(words) > 1 and words[0].casefold() in self.stopwords:
            words = words[1:]
        text = LEADING_DETERMINER.sub("", " ".join(words))
        text = OWNER_INSIDE.sub("the", OWNER_BEFORE.sub("", text))
        text = self.relative_clause.split(text, maxsplit=1)[0]
        text = self._before_a_date(self.held_since.split(text, maxsplit=1)[0])
        folded = _fold(text)
        if not text or len(text.split()) > 12 or self._past(folded) or self._names_another(text) \
                or CLAUSE_VERB.search(text):
            return "", False
        known = self._known_together(text) or self._known(text) or self._known_before_more(text)
        if known:
            return known, False
        bare = re.split(r"\s+(?:at|chez|bei|en)\s+", self._without_places_after(text), maxsplit=1)[0]
        # A loose description first makes the whole loose: "the CDU leader and the conservatives' candidate
        # for chancellor" describes Friedrich Merz, and disputes no "président de la CDU". A first part with
        # no title word shares the head word after it: "Altman and OpenAI co-founder" is a co-founder.
        first = self.joined_titles.split(bare, maxsplit=1)[0]
        if self.title_word is not None and self.title_word.search(first) is None:
            first = bare
        first_employer = EMPLOYER_START.search(first)
        head = (first[:first_employer.start()] if first_employer else first).split()
        loose = bool(head) and head[-1].lower() in self.loose \
            and self.second_or_standing_in.isdisjoint(_fold(word) for word in head[:-1])
        return bare, loose

    def _before_a_date(self, text: str) -> str:
        """Return a title's words up to a month's or a weekday's name: the day it was given is no part of it,
        nor the day's number and the small words that open the date ("nommé Premier ministre le 12 mai",
        "appointed prime minister on May 12")."""
        words = text.split()
        end = next((index for index, word in enumerate(words) if index and word.casefold() in self.calendar_words),
                   len(words))
        if end < len(words):
            while end > 1 and (DAY_NUMBER.fullmatch(words[end - 1]) or words[end - 1].casefold() in self.stopwords):
                end -= 1
        return " ".join(words[:end])

    def _names_another(self, text: str) -> bool:
        """Return True when a title's words are followed, within the phrase, by a person's name: set off
        after "Ted Sarandos,", "Disney chief executive Bob Iger and Warner Bros" lists another person
        with their own title (a body named after a preposition is no person: "chief executive of
        Warner Bros")."""
        assert self.title_word is not None
        return any(ANOTHER_NAME.match(text, word.end()) for word in self.title_word.finditer(text))

    def _past(self, folded: str) -> bool:
        """Return True when a title is one the person held before: a past word opens it ("former
        Twitch chief executive", "previously Brexit secretary") or describes it ("a combative former
        welfare minister")."""
        return any(f"{folded} ".startswith(f"{past} ") for past in self.past) \
            or not self.past.isdisjoint(folded.split())

    def _known_together(self, text: str) -> str | None:
        """Return two or more known titles held together ("chairman and chief executive of Capital One"),
        each folded to its name and joined by " and " (``TITLES_JOINED``), or None."""
        parts = self._titles_joined(text)
        if len(parts) < 2:
            return None
        known = [self._known(part) or self._known_before_more(part) for part in parts]
        return TITLES_JOINED.join(known) if all(known) else None  # type: ignore[arg-type]

    def _titles_joined(self, text: str) -> list[str]:
        """Split a phrase at the words joining titles, keeping a part that is no title with the one before it:
        in "vice-Premier ministre et ministre de la Santé et de la Population" the second "et" joins two
        parts of one ministry's name, not two titles."""
        spans: list[list[int]] = []
        start = 0
        for joint in [*self.joined_titles.finditer(text), None]:
            end = joint.start() if joint else len(text)
            if spans and not self._headed(text[start:end]):
                spans[-1][1] = end
            else:
                spans.append([start, end])
            start = joint.end() if joint else len(text)
        return [text[first:last] for first, last in spans]

    def _known_before_more(self, text: str) -> str | None:
        """Return the known title that opens the phrase when what is joined to it is no title: "ministre
        des Affaires étrangères et fidèle d'entre les fidèles" is a Foreign Minister. None otherwise."""
        first, *rest = self.joined_titles.split(text)
        if not rest or any(self._headed(part) for part in rest):
            return None
        return self._known(first)

    def _known(self, text: str) -> str | None:
        """Return the known title the phrase names, with an employer before or after it dropped.

        A qualifier or a place just before the title is part of it ("Deputy Prime Minister",
        "German Chancellor"), and the phrase is then no known title as such, though a place
        keeps the title's own name after it ("Chinese Commerce Minister" is the "Chinese Trade
        Minister", which fits the "Trade Minister" of "le ministre chinois du Commerce"); a place further
        before is the employer's ("European Commission President" is a President), and words
        that only describe the holder are dropped ("his outspoken interior minister"), and so is a place
        after the title's first word ("Premier ministre portugais", "ministre britannique des Transports").
        """
        text = self._without_places_after(text)
        folded = _fold(text)
        if folded in self.canonical:
            return self.canonical[folded]
        shared = self._sharing_a_head(text)
        if shared is not None:
            return shared
        # A known title of several words followed by a name is that title, of that body: "présidente du
        # groupe Rassemblement national" leads a parliamentary group, not the party.
        words = text.split()
        for count in range(len(words) - 1, 1, -1):
            opening = _fold(" ".join(words[:count]))
            if words[count][:1].isupper() and opening in self.canonical:
                return self.canonical[opening]
        # The employer begins at the last "of"/"de" that leaves a known title before it:
        # "président du conseil d'administration d'Apple" is a board chair, not a president.
        for employer in reversed(list(EMPLOYER_START.finditer(text))):
            if _fold(text[:employer.start()]) in self.canonical:
                return self.canonical[_fold(text[:employer.start()])]
        for form in self.known_forms:
            if folded.endswith(" " + form):
                before = folded[: -len(form) - 1].split()
                owned = not OWNED_BY.isdisjoint(before[-2:])  # "a close ally of the president" is no President
                if before and before[-1] not in self.qualifiers and not owned:
                    return self.canonical[form]
        place, _, rest = text.partition(" ")
        if _fold(place) in self.places and _fold(rest) in self.canonical:
            return f"{place} {self.canonical[_fold(rest)]}"
        return self._known_before_a_name(text)

    def _sharing_a_head(self, text: str) -> str | None:
        """Return the two known titles a head word shared by two portfolios names ("Interior and Overseas
        Minister" holds the Interior Minister's title and the Overseas Minister's), joined, or None."""
        words = text.split()
        if len(words) < 4 or self.joined_titles.fullmatch(f" {words[1]} ") is None:
            return None
        first, second = _fold(" ".join([words[0], *words[3:]])), _fold(" ".join(words[2:]))
        if first in self.canonical and second in self.canonical:
            return TITLES_JOINED.join((self.canonical[first], self.canonical[second]))
        return None

    def _without_places_after(self, text: str) -> str:
        """Return the title without the words after its first that say where it is held or by whom
        (``places_after``): "commissaire européen au Marché intérieur" is the "commissaire au Marché
        intérieur" another article names."""
        return " ".join(word for index, word in enumerate(text.split())
                        if not index or _fold(word) not in self.places_after)

    def _known_before_a_name(self, text: str) -> str | None:
        """Return the known title that opens the phrase when only capitalised words follow it: they name the
        employer, as French writes it without a preposition ("directeur de l'écurie Mercedes"). None otherwise."""
        words = text.split()
        for end in range(len(words) - 1, 0, -1):
            if not words[end][:1].isupper():
                return None
            head = _fold(" ".join(words[:end]))
            if head in self.canonical:
                return self.canonical[head]
        return None

    @staticmethod
    def names_an_entity(context: SentenceContext, start: int, end: int) -> bool:
        """Return True when the would-be person's name is a known entity's name."""
        return any(mention.start < end and start < mention.end for mention in context.entities)


def _inside_a_name(words: list[str], position: int) -> bool:
    """Return True when the word at ``position`` stands between two capitalised words ("Science and Technology")."""
    return 0 < position < len(words) - 1 and words[position - 1][0].isupper() and words[position + 1][0].isupper()


def _fold(text: str) -> str:
    """Fold case, accents and spacing so title spellings compare equal ("ministre de l'Economie")."""
    return " ".join(unaccented(text).lower().replace("-", " ").replace("’", "'").split())
