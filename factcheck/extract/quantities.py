"""Quantity claims: a number with its qualifier and the unit it counts."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Collection, Iterator

from factcheck.extract.attribution import CLAUSE_MARKS
from factcheck.extract.context import SentenceContext
from factcheck.extract.dates import SET_OFF_END
from factcheck.extract.durations import Duration, DurationReader
from factcheck.extract.letters import UPPER
from factcheck.extract.parts import PartFinder
from factcheck.models import ExtractedClaim, Interval, PartialDate, unaccented
from factcheck.resolve.alternation import alternation, lookup
from factcheck.resolve.entities import EntityMention
from factcheck.resolve.numbers import NumberFinder, NumberMatch
from factcheck.ruleset.schema import CalendarLanguage, Lexicon, Numbers, Unit

UNIT_MAX_WORDS = 3
# Endings of the participles that may follow a counted noun in English ("people stranded", "staff working").
PARTICIPLE_ENDINGS = ("ed", "ing")
WORD = re.compile(r"\s*([^\W\d_][\w'’-]*)")
# A colon after a figure that opens its line: a fact box's label, its words what is counted
# ("**4.3 million**: homes and businesses without power").
LABELLED_FIGURE = re.compile(r"[*_]*\s*:\s+(?=[^\W\d_])")  # the figure maybe in bold
TOKEN = re.compile(r"[\w'’.,-]*\w[,;:]?")
LOOKBACK_WORDS = 6
NAMED = re.compile(rf"(?<![\w.])([{UPPER}][\w-]*) $")
LOOKBACK_CHARS = 80
MAX_AUXILIARIES = 3  # "had been still": auxiliaries read between a figure and what it counts
SUBJECT_REACH = 200  # characters before a figure looked through for the subject of a change verb
HOURS_IN_A_DAY = 24  # a larger number before a clock word ("plus de 70 heures") is a duration, not a time of day
# A figure set off by a comma after a name: "Pablo Isla, 61 ans," gives his age.
SET_OFF_AFTER_NAME = re.compile(rf"[{UPPER}][\w'’-]*,\s*\Z")
POSSESSIVE_END = re.compile(r"['’]s$", re.IGNORECASE)
# The words of a name after a figure, each set off by spaces: "Boeing 737 MAX 9" (see ``_unit_after_name``).
NAME_TOKEN = re.compile(r"\s+([\w'’-]+)")
NAME_MAX_WORDS = 5
# An elided article joined to the word after it: "l'article", "d’annexe".
ELISION = re.compile(r"^\w['’]")


class QuantityExtractor:
    """Find numbers and read the unit from the words that follow them."""

    def __init__(self, numbers: NumberFinder, rules: Numbers, units: tuple[Unit, ...], lexicon: Lexicon,
                 calendar: dict[str, CalendarLanguage], running_units: frozenset[str]) -> None:
        """``running_units``: the units of running counts, whose figures keep the day they were given
        (``RuleSet.running_units``)."""
        self.numbers = numbers
        self.parts = PartFinder(rules)
        self.noun_first = frozenset(code for code, language in calendar.items() if language.noun_first)
        self.nouns_capitalised = frozenset(code for code, language in calendar.items() if language.nouns_capitalised)
        self.measured_as = {unit.id: unit.measured_as for unit in units if unit.measured_as is not None}
        # A unit no word names (a person's age) is given by its own extractor, never read after a figure.
        self.unit_of = {synonym.lower(): unit.id for unit in units if unit.synonyms or unit.symbols
                        for synonym in (unit.id, *unit.synonyms)}
        # A unit's name read whole where a figure's words begin, small words and all ("0,5 point de pourcentage").
        self.unit_name = (re.compile(rf"\s*({alternation(self.unit_of)})(?![\w-])", re.IGNORECASE)
                          if self.unit_of else None)
        self.unit_verbs = {verb.lower(): unit.id for unit in units for verb in unit.verbs}
        self.known_units = frozenset(unit.id for unit in units)
        friends = [phrase for unit in units for phrase in unit.false_friends]
        self.false_friends = (re.compile(rf"(?<![\w-])(?:{alternation(friends)})(?![\w-])", re.IGNORECASE)
                              if friends else None)
        self.running = running_units
        self.stopwords = frozenset(word.lower() for word in lexicon.stopwords)
        self.translated = _one_name_each(lexicon.translations)
        self.label_words = frozenset(word.lower() for word in rules.label_words)
        self.auxiliaries = frozenset(word.lower() for word in rules.auxiliaries)
        self.generic_counts = frozenset(word.lower() for word in rules.generic_counts)
        self.change_verbs = frozenset(word.lower() for word in rules.change_verbs)
        self.change_prepositions = frozenset(word.lower() for word in rules.change_prepositions)
        # Never matching without count phrases (an empty alternation matches nothing).
        phrases, prepositions = alternation(rules.count_phrases), alternation(rules.change_prepositions)
        self.counted_after = re.compile(rf"\s+(?:the|le|la|die|el)?\s*(?:{phrases})\s*([^\W\d_][\w'’-]*)",
                                        re.IGNORECASE)
        self.counted_before = re.compile(rf"(?<!\w)(?:{phrases})\s*([^\W\d_][\w'’-]*)(?:\s+[^\s,;:()]+){{0,3}}?"
                                         rf"\s+(?:{prepositions})\s+$", re.IGNORECASE)
        self.joiner = re.compile(rf"\s*(?:{alternation(rules.unit_joiners)})(?:\s+|(?<=['’]))", re.IGNORECASE)
        self.partitive = re.compile(rf"\s*(?:{alternation(rules.unit_joiners)})\s[^.,;:\d]{{0,30}}", re.IGNORECASE)
        self.rate_of = {phrase.lower(): rate for phrase, rate in rules.rates.items()}
        self.small_word_units = frozenset(rules.small_word_units)
        # The words that name those units: a small number in words is looked at further only in a
        # sentence that has one (most sentences with "two" or "three" name no toll).
        toll_words = [word for word, unit in (*self.unit_of.items(), *self.unit_verbs.items())
                      if unit in self.small_word_units]
        self.toll_cue = (re.compile(rf"(?<![\w-])(?:{alternation(toll_words)})(?![\w-])", re.IGNORECASE)
                         if toll_words else None)
        self.clock = re.compile(rf"\s*(?:{alternation(rules.clock_words)})(?![\w-])", re.IGNORECASE)
        # The minutes of a time of day, or of a duration: "16 heures 10", "um 22 Uhr 30", "deux heures 30".
        self.minutes = re.compile(rf"(?<![\w-])(?:{alternation(rules.clock_words)})\s*\Z", re.IGNORECASE)
        self.spacing = (re.compile(rf"(?<![\w-])(?:{alternation(rules.spacing_words)})\s+\Z", re.IGNORECASE)
                        if rules.spacing_words else None)
        # A number before a month's name is a day of a date, even one no date was read from
        # (no year known: "CHOLET, 5 novembre (Wire Desk)"), never a figure counting months.
        self.months = frozenset(group[0].lower() for language in calendar.values() for group in language.months)
        ages = rules.ages
        self.age_unit = ages.unit
        self.age_before = re.compile(rf"(?<![\w-])(?:{alternation(ages.before)})\s*\Z", re.IGNORECASE)
        self.age_after = re.compile(rf"\s+(?:{alternation(ages.after)})(?![\w-])", re.IGNORECASE)
        self.age_set_off = re.compile(rf"(?<![\w-])(?:{alternation(ages.set_off_before)})\s*\Z", re.IGNORECASE)
        self.rate = re.compile(rf"\s+({alternation(self.rate_of)})(?![\w-])", re.IGNORECASE)
        self.durations = DurationReader(rules.durations, rules.words)

    def extract(self, context: SentenceContext, event_days: Collection[PartialDate] = ()) -> Iterator[ExtractedClaim]:
        """Yield a claim for every number with a unit that is not part of a date or of a compound duration
        ("2 h 13 min 44 s": ``extract.durations``). ``event_days``: the days the sentence's events
        took (its date claims'), which are no running count's day."""
        found = self.numbers.find(context.text, context.article.language, context.looks)
        if not found:
            return
        # The years and months the sentence names, written out ("5,8 % du PIB en 2024", "38 % en septembre
        # 2023") or relative to the article's date ("l'an dernier", "in January"): figures for two years
        # or months are two facts. A day is more often when the figure was told than what it measures.
        years = tuple(date.date for date in context.dates if date.date.day is None)
        durations = self.durations.find(context.text)
        if durations:
            found = [number for number in found
                     if not any(duration.start <= number.start < duration.end for duration in durations)]
            yield from self._durations(context, durations, years)
        date_starts = [date.start for date in context.dates]
        mentions = {mention.start: mention for mention in context.entities}
        if any(number.small_word for number in found) and not (self.toll_cue and self.toll_cue.search(context.text)):
            found = [number for number in found if not number.small_word]
        numbers = [number for number in found
                   if not _inside_date(context, date_starts, number.start, number.end)
                   and not number.plain_year and not (number.interval.low == number.interval.high == 1)
                   and not (number.factor == 1 and self._in_name(context.text, number.start))
                   and not (number.interval.high <= HOURS_IN_A_DAY and self.clock.match(context.text, number.end))
                   and not self.minutes.search(context.text, max(0, number.start - LOOKBACK_CHARS), number.start)
                   and not (self.spacing is not None
                            and self.spacing.search(context.text, max(0, number.start - LOOKBACK_CHARS), number.start))]
        units = [self._unit(context, number, mentions) for number in numbers]
        parts = self.parts.named(context.text)
        # The day a running count was given ("le haut-commissaire avait évoqué mercredi plus de 130
        # interpellations"): the latest day the sentence names (``Unit.rises``, ``Unit.changes``), a
        # night's last ("dans la nuit de jeudi à vendredi"); never a longer span's. When that day is
        # an event's the sentence dates, the count was given when the article was written ("l'explosion
        # du mardi 4 août a fait au moins 171 morts" was not counted on the day of the blast).
        days = [date.date.end or date.date for date in context.dates if date.date.day is not None
                and (date.date.end is None or _one_night(date.date))]
        as_of = max(days, key=PartialDate.first_day) if days else None
        if as_of in event_days:
            as_of = None
        for index, number in enumerate(numbers):
            unit, unit_end = units[index]
            following = units[index + 1][0] if index + 1 < len(numbers) else ""
            next_figure = numbers[index + 1].start if index + 1 < len(numbers) else None
            if ((following in self.known_units and unit not in self.known_units or following and not unit)
                    and self.partitive.fullmatch(context.text, number.end, numbers[index + 1].start)):
                unit, unit_end = following, number.end  # "700 of the company's 770 employees", "411 of the 650 seats"
            if not unit or unit == self.age_unit and self._is_age(context.text, number.start, unit_end):
                continue
            if number.small_word and unit not in self.small_word_units:
                continue  # "two sides", "three times": a small number in words counts only a toll
            rate = self.rate.match(context.text, unit_end)
            per = lookup(self.rate_of, rate.group(1)) if rate is not None else None
            if rate is not None and per is not None:
                unit, unit_end = f"{unit} per {per}", rate.end()
            interval = number.interval
            if (bounded := self.numbers.bounded_after(context.text, unit_end, interval)) is not None:
                interval, unit_end = bounded
            if unit in self.measured_as:  # "25 basis points" is read as 0.25 percentage points
                measure = self.measured_as[unit]
                unit, interval = measure.unit, _scaled(interval, measure.factor, number.place)
            yield _figure(context, number.start, unit_end, unit, interval, context.primary_entity(before=next_figure),
                          years, date=as_of if unit in self.running else None, parts=parts)

    def _durations(self, context: SentenceContext, durations: list[Duration],
                   years: tuple[PartialDate, ...]) -> Iterator[ExtractedClaim]:
        """Yield a claim for each compound duration, in seconds, of the rules' duration unit (none without one).
        Times of two years are two facts, as other figures are (``years``: "took four hours and 42 minutes"
        in 1982, "the 5-hour 53-minute final" of 2012)."""
        unit = self.durations.unit
        if unit is None:
            return
        for duration in durations:
            if duration.seconds is not None:
                interval = Interval(low=duration.seconds, high=duration.seconds)
                yield _figure(context, duration.start, duration.end, unit, interval, context.primary_entity(), years)

    def _unit(self, context: SentenceContext, number: NumberMatch,
              mentions: dict[int, EntityMention]) -> tuple[str, int]:
        """Return the canonical unit of a number and where its unit words end.

        A known unit among the first words wins ("2,500 employees access" counts
        employees, "120,000 Blackwell GPUs" counts GPUs); otherwise the unit is read
        from the words themselves (``_free_unit``). A joiner may come first ("120,000 of
        its processors", "31 milliards de livres").
        """
        if number.currency:
            return number.currency, number.end
        if number.is_percent:
            return "percent", number.end
        if number.joined:  # "a 64-game run", "a 15-year sentence": the word after the hyphen, if a unit's name
            return self._unit_named_at(context.text, number.end + 1) or ("", number.end)
        words: list[tuple[str, int]] = []
        written: list[str] = []  # the words as the article writes them
        joiner = self.joiner.match(context.text, number.end)
        position = joiner.end() if joiner is not None else number.end
        label = LABELLED_FIGURE.match(context.text, position)
        if label is not None and not any(char.isalnum() for char in context.text[:number.start]):
            position = label.end()
        named = self._unit_named_at(context.text, position)
        if named is not None:
            return named
        while len(words) < UNIT_MAX_WORDS:
            mention = mentions.get(position) or mentions.get(position + 1)
            if mention is not None and not words:
                position = mention.end
                continue
            match = WORD.match(context.text, position)
            if match is None or match.group(1).lower() in self.stopwords or match.group(1).lower() in self.auxiliaries \
                    or self._false_friend_at(context.text, match.start(1)):
                break
            if POSSESSIVE_END.search(match.group(1)):  # "358 of the town's 1,113 structures": the owner is not counted
                break
            written.append(match.group(1))
            words.append((match.group(1).lower(), match.end()))
            position = match.end()
        if words and words[0][0] in self.months:
            return "", number.end
        for first in range(len(words)):
            for count in (2, 1):
                known = self.unit_of.get(" ".join(word for word, _ in words[first:first + count]))
                if known is not None:
                    return known, words[min(first + count, len(words)) - 1][1]
        for word, end in words[1:]:
            if word in self.unit_verbs:  # "12 people killed", "200,000 people marched": the verb says what is counted
                return self.unit_verbs[word], end
        if len(words) <= 1 and (later := self._unit_after_auxiliaries(context.text, position)) is not None:
            return later
        before = self._unit_before(context.text, number.start, counted=bool(words))
        if before is not None:  # the words after say what is counted, unless they are a verb ("65,600 watched")
            unit, named_apart = before
            counts = words and not words[0][0].endswith(PARTICIPLE_ENDINGS)
            if counts and named_apart and words[0][0] not in self.generic_counts:
                return self._free_unit(words, context.article.language)  # "a delivery of 800,000 doses"
            return unit, self._free_unit(words, context.article.language)[1] if counts else number.end
        if words and words[0][0] in self.unit_verbs:  # "349 voted against him": the verb says what is counted
            return self.unit_verbs[words[0][0]], words[0][1]
        if not words:
            return (self._unit_of_subject(context.text, number.start)
                    or self._unit_of_count_phrase(context.text, number.start, number.end) or "", number.end)
        # "53 British nationals": a word in title case before a noun describes it ("the 737 MAX line" does not).
        describes_a_noun = len(written) > 1 and written[0].istitle() and written[1][:1].islower()
        if len(written[0]) == 1:
            return "", number.end  # a letter ("4 p.m.")
        if self._names_something(written, context.article.language) and not describes_a_noun:
            return self._unit_after_name(context.text, number.end) or ("", number.end)
        return self._free_unit(words, context.article.language)

    def _unit_after_name(self, text: str, position: int) -> tuple[str, int] | None:
        """Return the known unit named after a product's or a maker's name that follows a figure, and where it
        ends, or None when the figure is part of the name.

        "171 Boeing 737 MAX 9 planes" counts aircraft, "120 Airbus A320neo jets" too: a
        maker's name in title case, then a model with a digit, each word capitalised or with
        a digit. "10 Downing Street staff" names no model: the figure is the address's.
        """
        token = NAME_TOKEN.match(text, position)
        if token is None or not _title_case(token.group(1)):
            return None
        model = False
        for _ in range(NAME_MAX_WORDS):
            token = NAME_TOKEN.match(text, token.end())
            if token is None:
                return None
            word = token.group(1)
            unit = self.unit_of.get(word.lower())
            if unit is not None and word[:1].islower():
                return (unit, token.end()) if model else None
            has_digit = any(character.isdigit() for character in word)
            if not (word[:1].isupper() or has_digit):
                return None
            model = model or has_digit
        return None

    def _unit_named_at(self, text: str, position: int) -> tuple[str, int] | None:
        """Return the unit whose name, small words and all, is written at ``position`` ("0,5 point de
        pourcentage", "game" after "64-"), and where the name ends; None when none is."""
        named = self.unit_name.match(text, position) if self.unit_name is not None else None
        if named is None or self._false_friend_at(text, named.start(1)):
            return None
        known = self.unit_of.get(" ".join(named.group(1).lower().split()))
        return (known, named.end()) if known is not None else None

    def _false_friend_at(self, text: str, position: int) -> bool:
        """Return True when a unit's false friend is written at ``position``: "home to" counts no homes."""
        return self.false_friends is not None and self.false_friends.match(text, position) is not None

    def _unit_after_auxiliaries(self, text: str, position: int) -> tuple[str, int] | None:
        """Return the known unit (and where it ends) that auxiliaries lead to from ``position``, or None.

        "4,521 people had been injured" counts the injured, "441 were still unaccounted
        for" the missing, "2 700 ont été tuées" deaths (a verb of the unit); at least one
        auxiliary must come first, and nothing else.
        """
        for skipped in range(MAX_AUXILIARIES + 1):
            if skipped and (named := self._unit_named_at(text, position)) is not None:
                return named
            word = WORD.match(text, position)
            if word is None:
                return None
            written = word.group(1).lower()
            if skipped and written in self.unit_verbs:
                return self.unit_verbs[written], word.end()
            if written not in self.auxiliaries:
                return None
            position = word.end()
        return None

    def _unit_of_subject(self, text: str, start: int) -> str | None:
        """Return the known unit that the subject of a change verb just before a figure names, or None.

        "The death toll from the earthquake rose to 2,917" or "reached 24" counts deaths;
        "The number of people killed has risen to 2,719" too (a verb of the unit). The
        subject is the unit word nearest before the verb in the figure's clause.
        """
        before = [ELISION.sub("", word.lower()) for word in text[max(0, start - LOOKBACK_CHARS):start].split()[-2:]]
        verb_and_preposition = 1
        if before and before[-1] in self.change_prepositions:
            before.pop()  # "rose to 2,917"; "reached 24" has none
            verb_and_preposition = 2
        if not before or before[-1] not in self.change_verbs:
            return None  # most figures: looked at before the clause is read
        reach = max(0, start - SUBJECT_REACH)
        clause = max((mark.end() for mark in CLAUSE_MARKS.finditer(text, reach, start)), default=reach)
        words = [ELISION.sub("", token.lower().rstrip(",;:")) for token in TOKEN.findall(text, clause, start)]
        subject = words[:-verb_and_preposition]
        for index in range(len(subject) - 1, -1, -1):  # the nearest first: "Firefighters braced as the toll reached 24"
            word = subject[index]
            known = self.unit_of.get(" ".join(subject[index - 1:index + 1])) if index else None
            known = known or self.unit_of.get(word)
            if known is not None or word in self.unit_verbs:
                return known or self.unit_verbs[word]
        return None

    def _unit_of_count_phrase(self, text: str, start: int, end: int) -> str | None:
        """Return the known unit a count phrase names apart from the figure (``count_phrases``), or None:
        "portera à 7 500 le nombre de soldats" and "bringing the number of troops deployed to 7,500"
        count troops."""
        after = self.counted_after.match(text, end)
        if after is not None and (unit := self.unit_of.get(after.group(1).lower())) is not None:
            return unit
        reach = max(0, start - SUBJECT_REACH)
        clause = max((mark.end() for mark in CLAUSE_MARKS.finditer(text, reach, start)), default=reach)
        before = self.counted_before.search(text, clause, start)
        return self.unit_of.get(before.group(1).lower()) if before is not None else None

    def _names_something(self, written: list[str], language: str | None) -> bool:
        """Return True when the first word after a figure, which names no known unit, is capitalised in a
        language whose nouns are not: the figure is part of a name ("10 Downing Street", "the 737 MAX"),
        not a count of something. ("8.5 million Windows devices" counts devices, a known unit, and
        "53 British nationals" British nationals: a capitalised word before a noun describes it.)

        A capitalised plural counts a group, as English writes parties' members and French peoples
        ("208 Democrats", "32 Kényans", "17 Etats"), unless another capitalised word goes on with it
        ("3 Doors Down")."""
        first = written[0]
        if not first[0].isupper() or language in self.nouns_capitalised:
            return False
        plural = len(first) > 3 and first.endswith(("s", "x")) and not first.isupper()
        return not plural or len(written) > 1 and written[1][:1].isupper()

    def _free_unit(self, words: list[tuple[str, int]], language: str | None) -> tuple[str, int]:
        """Return the unit no rule names, from the words after a figure, and where it ends.

        A one-word unit that ``lexicon.translations`` names in one group only is read as that group's
        name: "10 hikes" and "12 hausses" count the same thing, an increase; so is a two-word one where
        nouns come first ("570 jeunes filles", "girls").

        Where nouns come before the words describing them (``noun_first`` languages:
        "1 350 vols annulés", "290 000 passagers ont été touchés") the unit is the first
        word. Elsewhere a count names a plural, so a first word that reads as one is the
        unit and what follows says what happened to it ("70 firefighters tackled", "700
        jobs cut"), as is a first word followed by a participle ("200,000 people
        stranded"); otherwise the first word describes the second ("probation officers",
        "507 commercial aircraft").
        """
        first, first_end = words[0]
        if len(words) > 1 and language in self.noun_first:
            # A noun of two words that a translation names: "570 jeunes filles" counts girls.
            pair = self.translated.get(_translation_key(f"{singular(first)} {singular(words[1][0])}"))
            if pair is not None:
                return pair, words[1][1]
        if len(words) == 1 or language in self.noun_first or singular(first) != first:
            unit = singular(first)
            return self.translated.get(_translation_key(unit), unit), first_end
        second, second_end = words[1]
        if second.endswith(PARTICIPLE_ENDINGS):
            return first, first_end
        unit = f"{first} {singular(second)}"
        return self.translated.get(_translation_key(unit), unit), second_end

    def _is_age(self, text: str, start: int, unit_end: int) -> bool:
        """Return True when a figure counted in years is a person's age (``Ages``): after "aged" or "âgé
        de", before "old", set off by commas after a name ("Paul Bulcke, 71 ans, devait ..."), or set off
        after "à" ("mort à 74 ans, dans un accident")."""
        reach = max(0, start - LOOKBACK_CHARS)
        set_off = SET_OFF_END.match(text, unit_end) is not None
        return bool(self.age_before.search(text, reach, start) or self.age_after.match(text, unit_end)
                    or set_off and (SET_OFF_AFTER_NAME.search(text, reach, start) and text.startswith(",", unit_end)
                                    or self.age_set_off.search(text, reach, start)))

    def _in_name(self, text: str, start: int) -> bool:
        """Return True when a figure is part of a name ("Fortune 500", "Windows 11", "Boeing 737") or a label
        ("section 2 of the Sherman Act", "l'article 49.3"). (Its caller asks only of a figure with no scale
        word after it: "verser à Figma 1,5 milliard de dollars" is a sum paid to Figma.)"""
        if not text[start].isdigit():
            return False
        named = NAMED.search(text, max(0, start - LOOKBACK_CHARS), start)
        if named is not None and named.group(1).lower() not in self.stopwords:
            return True
        before = text[max(0, start - LOOKBACK_CHARS):start].split()
        return bool(before) and ELISION.sub("", before[-1].lower()) in self.label_words

    def _unit_before(self, text: str, start: int, counted: bool) -> tuple[str, bool] | None:
        """Return a known unit named, or counted by a verb, just before a figure, and whether a noun named it
        with words between (so that words after the figure, when they say what it counts, say better).

        "cut its staff to about 1,500 from nearly 8,000" counts staff twice; "employs
        about 13,000 people" counts employees. Only small words and other figures may
        stand between. A unit written just after another figure is that figure's when
        words after this one say what it counts (``counted``): in "70 firefighters and
        10 fire engines" the 10 counts no firefighters; in "from 8,000 staff to 1,500" it does.
        """
        before = text[max(0, start - LOOKBACK_CHARS):start]
        if self.false_friends is not None:  # "home to 13.5m people" names no homes
            before = self.false_friends.sub(lambda friend: " " * len(friend.group()), before)
        tokens = TOKEN.findall(before)[-LOOKBACK_WORDS:]
        for position in range(len(tokens) - 1, -1, -1):
            token = tokens[position]
            word = token.lower()
            if word in self.unit_of or word in self.unit_verbs:
                if counted and word not in self.unit_verbs and position and tokens[position - 1][0].isdigit():
                    return None
                # A noun just before the figure names it ("a magnitude 6.8 earthquake"); one further
                # off ("a delivery of 800,000 doses") may be another thing than what the figure counts.
                apart = word in self.unit_of and position < len(tokens) - 1
                return (self.unit_of[word], apart) if word in self.unit_of else (self.unit_verbs[word], False)
            if token[-1] in ",;:" or not (word in self.stopwords or word[0].isdigit()):
                return None
        return None


def _title_case(word: str) -> bool:
    """Return True when a word opens with a capital and goes on in small letters ("Boeing", not "MAX")."""
    return word[:1].isupper() and not word.isupper()


def _figure(context: SentenceContext, start: int, end: int, unit: str, interval: Interval, subject: str,
            years: tuple[PartialDate, ...], date: PartialDate | None = None, parts: tuple[str, ...] = ()
            ) -> ExtractedClaim:
    """Build the claim of a figure written from ``start`` to ``end`` of the sentence, in ``unit``."""
    return ExtractedClaim(
        kind="quantity", subject=subject, attribute=unit, value=str(interval), text=context.text[start:end],
        quote=context.text, line=context.line_of(start), rule="X301", start=context.sentence.start + start,
        end=context.sentence.start + end, key=f"quantity:{unit}", entities=context.topic_entities(),
        interval=interval, sentence_dates=years, date=date, parts=parts,
    )


def _scaled(interval: Interval, factor: float, place: float) -> Interval:
    """Return the interval in a unit ``factor`` times this one, rounded at least to half the last digit written
    (``place``): "85 square metres (915 sq ft)" is one area, 915 square feet being 85 square metres to the foot.

    A factor that is no power of ten turns one system's unit into another's (miles into
    kilometres), and a writer rounds such a conversion: the figure is held to two
    significant digits at most ("830 miles" is the 1,340 km another article gives).
    """
    rounding = max(interval.rounding, place / 2)
    if not _power_of_ten(factor):
        rounding = max(rounding, _two_digits_rounding(max(abs(interval.low), abs(interval.high))))
    return Interval(low=interval.low * factor, high=interval.high * factor,
                    rounding=rounding * factor, reach=interval.reach * factor,
                    approximate=interval.approximate, cap=interval.cap)


def _power_of_ten(factor: float) -> bool:
    """Return True for a factor that only moves the decimal point (1, 10, 0.001): a change of scale (a
    ``Measure``'s factor is positive)."""
    exponent = math.log10(factor)
    return abs(exponent - round(exponent)) < 1e-9


def _two_digits_rounding(value: float) -> float:
    """Return half the place of a value's second significant digit (5 for 830, 50 for 1,000); 0 for no value."""
    if not math.isfinite(value) or value <= 0:
        return 0.0
    return 10 ** (math.floor(math.log10(value)) - 1) / 2


def _inside_date(context: SentenceContext, date_starts: list[int], start: int, end: int) -> bool:
    """Return True when the number overlaps a date (dates are sorted and do not overlap)."""
    index = bisect.bisect_right(date_starts, end) - 1
    return index >= 0 and context.dates[index].end > start


def _one_name_each(translations: tuple[tuple[str, ...], ...]) -> dict[str, str]:
    """Map each word of ``lexicon.translations`` that names one group only to that group's name (its first word)."""
    names: dict[str, set[str]] = {}
    for words in translations:
        for word in words:
            names.setdefault(_translation_key(word), set()).add(words[0])
    return {key: next(iter(named)) for key, named in names.items() if len(named) == 1}


def _translation_key(word: str) -> str:
    """Fold a word as translations are looked up: lower case, no accents, no plural's s."""
    folded = unaccented(word.casefold())
    return folded.removesuffix("s") if len(folded) > 3 else folded


def singular(word: str) -> str:
    """Fold a plural English noun to its singular, well enough for matching units. (French peoples'
    names in -ais and -ois are one and many alike: "Sénégalais", "Suédois".)"""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ais", "ois")):
        return word
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _one_night(span: PartialDate) -> bool:
    """Return True when a span runs from one day into the next (``calendar.nights``)."""
    return span.end is not None and span.end.day is not None \
        and (span.end.first_day() - span.first_day()).days == 1
