"""Date claims: a date in a sentence, tied to the event word nearest to it in its clause.

"Harris, who arrived on Thursday, said Washington had announced its institute" dates
the arrival, not the announcement: a date and a trigger separated by clause
punctuation do not go together, unless the date opens the sentence ("On Wednesday,
29 countries signed"). A date just after a verb of saying ("Nintendo said on Wednesday
that it sold 3.5 million consoles after the launch") dates the saying, not the event,
and so does a date before one ("On Tuesday, the court said it would rule in 2026").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from factcheck.extract.context import SentenceContext
from factcheck.models import ExtractedClaim
from factcheck.resolve.alternation import alternation, lookup
from factcheck.ruleset.schema import TRIGGER_GAP, Event, Lexicon

# A colon between digits is a time ("12:50"), not a clause break.
CLAUSE_BREAK = re.compile(r"[,;()\[\]—–]|(?<!\d):|:(?!\d)|\s-\s")
OPENING = " \t\"'“‘«"
# A comma and the short preposition opening the date after it: ", on" of "The first, on Monday, April 17,".
DATE_PREPOSITION_AFTER_COMMA = re.compile(r",\s*(?:on|le|am|el)$", re.IGNORECASE)
# What may follow a date (or an age, ``extract.quantities``) set off by commas: the next comma,
# or the sentence's end.
SET_OFF_END = re.compile(r"\s*(?:[,;)—–]|[.!?]?\s*$)")
# A time of day after a date, with a word or two leading to it ("le mardi 3 octobre vers 19 h 45",
# "on 3 February at about 9 p.m."): the date is still set off when only the time follows it.
TIME_AFTER = re.compile(r"\s+(?:[^\W\d]+\s+){0,2}\d{1,2}(?:\s?[:.]\s?\d{2}|\s?h(?:\s?\d{2})?\b)?"
                        r"(?:\s?(?:a\.m\.|p\.m\.|am\b|pm\b))?")
LEAD_IN_WORDS = 2  # "Late on Tuesday," and "Earlier this month," still open the sentence
# Words of a phrase set off before a date that opens the sentence with it ("Three days later, on Monday 26 February,").
LEAD_IN_PHRASE_WORDS = 5
APPOSITION_WORDS = 6  # words of an apposition set off after a subject ("SVB Financial Group, la maison mère,")
# Words of a subject after a phrase set off before it ("face à Arsenal, Rodri s'est rompu"; "à l'aube, une
# portion de la voûte s'effondre").
SUBJECT_WORDS = 5
SAYING_GAP_WORDS = 3  # "said in a statement on Monday": words that may stand between a verb of saying and its date
# Characters before a date looked through for what stands just before it: a verb of saying,
# a bound, a plan given up (``_just_before``).
BEFORE_DATE_REACH = 60
NEGATION_GAP_WORDS = 3  # words between a negation and the verb it denies: "no statement was published"
PLAN_GAP_WORDS = 3  # words between a plan given up and its date: "had been scheduled for December 18"
OFFSET_REACH = 40  # characters before an event's noun looked through for a word setting it apart in time
# A named owner may stand where a determiner does, between a word that sets an event apart in time and
# the event's noun: "the eve of Hasina's resignation".
NAMED_OWNER = r"[^\W\d_][\w.-]*['’]s"
# A determiner just before a verb's participle makes it an adjective, in a language that writes one before
# its noun: "trapped inside a collapsed tunnel" dates no collapse. (French writes it after, "le tunnel
# effondré", and its "a" is a verb, "a annoncé": this is read only in a language that writes it before.)
# An English adverb or ordinal may stand between: "a democratically elected government", "the second elected
# leader".
ATTRIBUTIVE_BETWEEN = r"(?:[^\W\d_]+ly\s+|first\s+|second\s+|third\s+|last\s+|only\s+)?"
ATTRIBUTIVE_REACH = 32  # characters before a participle looked through for a determiner
# What may stand between an event's noun and its own date: a small word ("the vote on Tuesday", "la grève du 5 mai"),
# after a comma when the date is set off ("après l'annonce, le 5 novembre 2024, de la fermeture").
OWN_DATE = re.compile(r"\s*,?\s*(?:\w{1,3}\s+)?")
RELATIVE_GAP_WORDS = 2  # "la grève, qui a été lancée le 12": words between a relative pronoun and its verb
# A participle set off after the noun it tells of, the noun's complement between: "les obsèques du pape
# François, célébrées vendredi 25 avril", "the funeral of Pope Francis, held on Saturday".
PARTICIPLE_GAP = re.compile(r"(?:\s+[^\s,;:()—–]+){0,3}\s*,\s*")
# A trigger written with a gap ("found … guilty") holds up to this many words in it, none a clause's
# punctuation: "found former officer Derek Chauvin guilty", "a reconnu mardi Gérard Depardieu coupable".
TRIGGER_GAP_WORDS = 5
# Words between two dates after one event word that make the later one another clause's: "struck on Friday
# rose to 1,644 on Saturday", not a span's "mardi 14 au mercredi 15 mai".
NEARER_GAP_WORDS = 2
# A word of four letters or more joined by a hyphen before an event word ("quake-hit"): no prefix of it.
LONG_PREFIX = r"[^\W\d_]{4}-"


class Trigger(NamedTuple):
    """An event word found in a sentence: where it starts and ends, its event, and whether it is a noun."""

    start: int
    end: int
    event: str
    is_noun: bool


class DateExtractor:
    """Find event words and pair each date with the nearest one in its clause, verbs before nouns."""

    def __init__(self, events: tuple[Event, ...], lexicon: Lexicon,
                 describing_first: frozenset[str] = frozenset()) -> None:
        """``describing_first``: the languages (codes) that write the words describing a noun before it.
        The lexicon's word lists say what around an event word or a date tells it apart (see ``Lexicon``)."""
        speech_verbs, relative_pronouns, bounds = lexicon.speech_verbs, lexicon.relative_pronouns, lexicon.date_bounds
        offsets, when_words, plans_given_up = lexicon.event_offsets, lexicon.when_words, lexicon.plans_given_up
        negations, privatives, conjunctions = lexicon.negations, lexicon.privatives, lexicon.ampersand_words
        determiners = alternation(lexicon.determiners)
        # A determiner (or a named owner) between a word that sets an event apart and the event's noun.
        determiner = rf"(?:{determiners}|{NAMED_OWNER})"
        self.attributive = re.compile(rf"(?<!\w)(?:{determiners})\s+{ATTRIBUTIVE_BETWEEN}$", re.IGNORECASE)
        self.trigger_event = {noun.lower(): (event.id, True) for event in events for noun in event.nouns}
        self.trigger_event.update({trigger.lower(): (event.id, False) for event in events for trigger in event.triggers
                                   if TRIGGER_GAP not in trigger})
        words = alternation(self.trigger_event)  # never matches when every trigger has a gap
        # A short prefix joined by a hyphen still counts ("co-founded", "re-elected"); a word joined so
        # describes ("quake-hit areas", "flood-ravaged towns").
        self.triggers = re.compile(rf"(?<!\w)(?<!{LONG_PREFIX})(?:{words})(?![\w-])", re.IGNORECASE) if events else None
        # Verbs whose object stands inside them ("found … guilty"), one pattern per event; a plain trigger
        # inside one ("a reconnu" in "a reconnu Depardieu coupable") is part of it, not an event of its own.
        self.gapped = [(re.compile(_gapped_alternation(gapped), re.IGNORECASE), event.id) for event in events
                       if (gapped := [trigger for trigger in event.triggers if TRIGGER_GAP in trigger])]
        self.generic = frozenset(event.id for event in events if event.generic)
        self.bound_dated = frozenset(event.id for event in events if event.bound_dated)
        # Phrases that hold a trigger but name no such event ("shares closed down 4.9%"), with the event
        # they are no case of: another event's trigger inside one ("closed to traffic") still counts.
        self.friend_event = {phrase.lower(): event.id for event in events for phrase in event.false_friends}
        self.false_friends = (re.compile(rf"(?<!\w)(?:{alternation(self.friend_event)})(?![\w-])", re.IGNORECASE)
                              if self.friend_event else None)
        self.pronouns = frozenset(pronoun.casefold() for pronoun in relative_pronouns)
        self.negations = frozenset(word.casefold() for word in negations)
        # A word just before an event's noun saying it did not happen ("without a vote", "faute d'accord").
        self.lacking = (re.compile(rf"(?<!\w)(?:{alternation(privatives)})\s*(?:{determiner}\s*)?$", re.IGNORECASE)
                        if privatives else None)
        self.describing_first = describing_first
        # A conjunction between two dates after one event word gives that event both ("met on Monday and
        # again on Friday").
        self.conjunction = (re.compile(rf"(?<!\w)(?:{alternation(conjunctions)})(?!\w)", re.IGNORECASE)
                            if conjunctions else None)
        pronouns = alternation(relative_pronouns) if relative_pronouns else "(?!)"
        # What stands between a noun and the verb of a relative clause about it ("the strike, which started").
        self.relative_gap = re.compile(rf"\s*,\s*(?:{pronouns})(?:\s+[^\s,;:()—–]+){{0,{RELATIVE_GAP_WORDS}}}\s+",
                                       re.IGNORECASE)
        saying = alternation(speech_verbs) if speech_verbs else ""
        self.saying = re.compile(rf"(?<!\w)(?:{saying})(?:\s+[^\s,;:()—–]+){{0,{SAYING_GAP_WORDS}}}\s+$",
                                 re.IGNORECASE) if saying else None
        self.speech = re.compile(rf"(?<!\w)(?:{saying})(?!\w)", re.IGNORECASE) if saying else None
        # A word setting an event apart in time just before its noun ("ahead of the strike", "après l'annonce").
        self.offset = (re.compile(rf"(?<!\w)(?:{alternation(offsets)})\s+(?:{determiner}\s*)?$", re.IGNORECASE)
                       if offsets else None)
        # A clause that tells what happened at the time just given (", when Sanofi confirmed").
        # A when word may be elided into the word after it ("lorsqu'une fusée").
        self.when = (re.compile(rf"\s*,\s*(?:{alternation(when_words)})(?:(?<=['’])|(?!\w))", re.IGNORECASE)
                     if when_words else None)
        # A plan given up, a few words before a date ("had been scheduled for December 18").
        self.given_up = (re.compile(rf"(?<!\w)(?:{alternation(plans_given_up)})(?:\s+[^\s,;:()—–]+){{0,{PLAN_GAP_WORDS}}}"
                                    rf"\s+$", re.IGNORECASE) if plans_given_up else None)
        # A bound just before a date ("by Monday", "d'ici le 30 juin", "until the end of March").
        self.bound = (re.compile(rf"(?<!\w)(?:{alternation(bounds)})(?:\s+(?:{determiners}))?\s*$",
                                 re.IGNORECASE) if bounds else None)

    def extract(self, context: SentenceContext) -> Iterator[ExtractedClaim]:
        """Yield one claim per dated event in the sentence."""
        if self.triggers is None or not context.dates:
            return
        friends = ([(*match.span(), lookup(self.friend_event, match.group(0))) for match in
                    self.false_friends.finditer(context.text)] if self.false_friends else [])
        describing_first = context.article.language in self.describing_first
        gapped = [Trigger(match.start(), match.end(), event, False) for pattern, event in self.gapped
                  for match in pattern.finditer(context.text)
                  if not self._no_happening(context.text, match.start(), describing_first)]
        triggers: list[Trigger] = []
        denied: list[Trigger] = []  # verbs denied ("n'avait pas été annoncée jeudi"): their dates date nothing
        for match in self.triggers.finditer(context.text):
            event = lookup(self.trigger_event, match.group(0))
            if event is None or any(start <= match.start() < end and event[0] == friend_of
                                    for start, end, friend_of in friends) \
                    or any(held.start <= match.start() < held.end for held in gapped):
                continue
            if not self._not_happened(context.text, match.start(), event[1], describing_first):
                triggers.append(Trigger(match.start(), match.end(), *event))
            elif not event[1] and self._denied(context.text, match.start()):
                denied.append(Trigger(match.start(), match.end(), *event))
        if gapped:
            triggers = sorted(triggers + gapped)
        if not triggers:
            return
        date_starts = [date.start for date in context.dates]
        for date in context.dates:
            if self._dates_a_saying(context.text, date.start) or self._given_up(context.text, date.start):
                continue
            bounded = self._bounded(context.text, date.start)
            near = [trigger for trigger in triggers
                    if _same_clause(context.text, date.start, date.end, *trigger[:2], self.pronouns)
                    and not self._reported_after(context.text, date.end, trigger.start)
                    and not self._set_apart(context.text, trigger, date.start)
                    and not self._dated_nearer(context, trigger, date.start)
                    and (not bounded or trigger.event in self.bound_dated
                         or _holds_the_bound(context.text, trigger, date.start))]
            if self._denied_nearest(context.text, date.start, date.end, near, denied):
                continue
            told = self._told_when(context.text, triggers, near, date.end, date_starts)
            if not near and told is None:
                continue
            event = told or self._event(context.text, triggers, near, date.start, date.end)
            yield ExtractedClaim(
                kind="date", subject=event, attribute="date", value=str(date.date),
                text=context.text[date.start:date.end], quote=context.text, line=context.line_of(date.start),
                rule="X201", start=context.sentence.start + date.start, end=context.sentence.start + date.end,
                key=f"date:{event}", entities=context.topic_entities(), date=date.date,
            )

    def _event(self, text: str, triggers: list[Trigger], near: list[Trigger], date_start: int, date_end: int) -> str:
        """Return the event of the event word nearest the date: verbs before nouns, and a generic
        event's verb ("started") only when no other event's noun names what started, in the
        date's clause or as the noun a relative clause holding the verb is about ("the
        strike, which started on 13 September") or a participle set off after it ("les obsèques du pape
        François, célébrées vendredi"). A date written just before a noun is the noun's
        own, whatever verb is nearer: "won the September 2023 election and returned to power"."""
        described = [trigger for trigger in near if trigger.is_noun and trigger.event not in self.generic
                     and text[date_end:trigger.start].isspace()]
        if described:
            return described[0].event
        verbs = [trigger for trigger in near if not trigger.is_noun]
        nearest = _nearest(verbs or near, date_start, date_end)
        if nearest.event not in self.generic:
            return nearest.event
        # Another generic event's noun names what began: "the outage began" dates the outage.
        nouns = [trigger for trigger in near if trigger.is_noun and trigger.event != nearest.event]
        nouns += [noun for noun in triggers if noun.is_noun and noun.event != nearest.event and noun not in nouns
                  and any(self.relative_gap.fullmatch(text, noun.end, verb.start)
                          or PARTICIPLE_GAP.fullmatch(text, noun.end, verb.start) for verb in verbs)]
        return _nearest(nouns, date_start, date_end).event if nouns else nearest.event

    def _told_when(self, text: str, triggers: list[Trigger], near: list[Trigger], date_end: int,
                   date_starts: list[int]) -> str | None:
        """Return the event a "when" clause right after the date's clause names, when the date's own
        clause names none or only a generic one: "la séquence avait débuté le 11 octobre, lorsque Sanofi
        avait confirmé ..." dates the confirmation, not a beginning, "my phone started buzzing on
        Thursday night, when the update went out" the outage, and "after the night of April 15,
        2019, when flames tore through the roof" the fire. The clause tells the time of the last date
        before it: in "from 2018 until June 2023, when she stepped down" 2018 is no resignation's. None
        otherwise."""
        if self.when is None or any(trigger.event not in self.generic for trigger in near):
            return None
        clause_end = CLAUSE_BREAK.search(text, date_end)
        when = self.when.match(text, clause_end.start()) if clause_end is not None else None
        if when is None or any(date_end <= start < when.start() for start in date_starts):
            return None
        next_break = CLAUSE_BREAK.search(text, when.end())
        end = next_break.start() if next_break is not None else len(text)
        clause_events = {trigger.event for trigger in near}
        told = [trigger for trigger in triggers if when.end() <= trigger.start < end
                and not trigger.is_noun and trigger.event not in clause_events]
        return told[0].event if told else None

    def _dated_nearer(self, context: SentenceContext, trigger: Trigger, date_start: int) -> bool:
        """Return True when another date stands between an event word and this later date, and words that
        join no second date to the first lie between the two: "the earthquake that struck central Myanmar
        on Friday rose to 1,644 people on Saturday" dates the earthquake Friday, and Saturday is the
        toll's. Dates listed ("on Monday, Wednesday and Friday"), joined ("on Monday and again on
        Friday") or spanned ("dans la nuit de mardi 14 au mercredi 15 mai") are each the event's."""
        if trigger.end > date_start:
            return False
        between = [date for date in context.dates if trigger.end <= date.start and date.end <= date_start]
        if not between:
            return False
        gap = context.text[between[-1].end:date_start]
        joined = self.conjunction is not None and self.conjunction.search(gap) is not None
        return not joined and sum(any(char.isalpha() for char in word) for word in gap.split()) >= NEARER_GAP_WORDS

    def _denied_nearest(self, text: str, date_start: int, date_end: int, near: list[Trigger],
                        denied: list[Trigger]) -> bool:
        """Return True when the verb a date would go with is denied: "La date de la messe d'inauguration
        n'avait pas encore été annoncée jeudi soir" dates no announcement, and no inauguration either.
        A verb takes a date before any noun, so a denied verb the nearest of the clause's verbs holds it,
        unless the date is a noun's own ("no one has been found alive since the collapse on June 24")."""
        refused = [verb for verb in denied if _same_clause(text, date_start, date_end, *verb[:2], self.pronouns)]
        if not refused or any(trigger.is_noun and (trigger.end <= date_start
                                                   and OWN_DATE.fullmatch(text, trigger.end, date_start)
                                                   or text[date_end:trigger.start].isspace()) for trigger in near):
            return False
        verbs = [trigger for trigger in near if not trigger.is_noun]
        return not verbs or _nearest(verbs + refused, date_start, date_end) in refused

    def _dates_a_saying(self, text: str, date_start: int) -> bool:
        """Return True when a verb of saying stands just before the date, with no event word between."""
        saying = _just_before(self.saying, text, date_start)
        return saying is not None and (self.triggers is None or not self.triggers.search(saying.group(0)))

    def _not_happened(self, text: str, start: int, is_noun: bool, describing_first: bool) -> bool:
        """Return True when an event word tells of nothing that happened: a verb (``_no_happening``), or
        a noun after a privative word ("forced through without a vote", "faute d'accord")."""
        if is_noun:
            return _just_before(self.lacking, text, start, OFFSET_REACH) is not None
        return self._no_happening(text, start, describing_first)

    def _no_happening(self, text: str, verb_start: int, describing_first: bool) -> bool:
        """Return True when an event's verb tells of nothing that happened: it is denied (``_denied``) or, in a
        language that writes the words describing a noun before it, a participle describing one ("trapped
        inside a collapsed tunnel")."""
        return self._denied(text, verb_start) \
            or describing_first and _just_before(self.attributive, text, verb_start, ATTRIBUTIVE_REACH) is not None

    def _denied(self, text: str, verb_start: int) -> bool:
        """Return True when a word of ``negations`` stands up to ``NEGATION_GAP_WORDS`` words before an event's
        verb, in its clause: "no statement was published on Sunday", "Aucune déclaration n'avait été
        publiée dimanche" (the French "n'" joined to the auxiliary). Only verbs: in "son pas de tir",
        "pas" is a step."""
        clause = text[:verb_start]
        breaks = list(CLAUSE_BREAK.finditer(clause))
        words = clause[breaks[-1].end() if breaks else 0:].split()[-(NEGATION_GAP_WORDS + 1):]
        return any(word.casefold() in self.negations or word.casefold().endswith(("n't", "n’t"))
                   or word[:2].casefold() in ("n'", "n’") and len(word) > 2 for word in words)

    def _given_up(self, text: str, date_start: int) -> bool:
        """Return True when the date is the day of a plan since given up ("the vote, originally set for
        Monday, was held on Tuesday"): the event did not happen on it."""
        return _just_before(self.given_up, text, date_start) is not None

    def _bounded(self, text: str, date_start: int) -> bool:
        """Return True when the date is a deadline or a bound ("by Monday morning", "until 2027"): the
        event happens at some time before it, not on it; only a deadline is dated by it
        (``Event.bound_dated``)."""
        return _just_before(self.bound, text, date_start) is not None

    def _set_apart(self, text: str, trigger: Trigger, date_start: int) -> bool:
        """Return True when an event's noun follows a word that sets it apart in time ("ahead of", "after",
        "since", "avant") and the date is not the noun's own: in "rates, which had firmed ahead of the
        strike, eased on Friday" the strike is not on Friday; in "ahead of the vote on Tuesday" and "after
        Tuesday's collision" the vote and the collision are."""
        offset = _just_before(self.offset, text, trigger.start, OFFSET_REACH) if trigger.is_noun else None
        if offset is None or offset.start() <= date_start < trigger.start:
            return False
        return not (trigger.end <= date_start and OWN_DATE.fullmatch(text, trigger.end, date_start))

    def _reported_after(self, text: str, date_end: int, trigger_start: int) -> bool:
        """Return True when a verb of saying stands between the date and a later event word: "On Tuesday,
        the court said it would deliver a ruling in 2026" dates the saying; the ruling is what was said."""
        return self.speech is not None and date_end <= trigger_start \
            and self.speech.search(text, date_end, trigger_start) is not None


def _holds_the_bound(text: str, trigger: Trigger, date_start: int) -> bool:
    """Return True when the trigger ends with the bound word just before the date: a rule that writes
    "shut since" or "fermé depuis" says the closure is dated by the day after it."""
    return trigger.end <= date_start and not text[trigger.end:date_start].strip()


def _gapped_alternation(phrases: list[str]) -> str:
    """Return a pattern matching any of the phrases, each gap (``TRIGGER_GAP``) standing for one to
    ``TRIGGER_GAP_WORDS`` words."""
    gap = rf"(?:\s+[^\s,;:()\[\]—–]+){{1,{TRIGGER_GAP_WORDS}}}?\s+"
    branches = [gap.join(alternation([part.strip()]) for part in phrase.lower().split(TRIGGER_GAP))
                for phrase in phrases]
    return rf"(?<!\w)(?:{'|'.join(branches)})(?![\w-])"


def _just_before(pattern: re.Pattern[str] | None, text: str, position: int,
                 reach: int = BEFORE_DATE_REACH) -> re.Match[str] | None:
    """Return what the pattern (anchored at its end) finds within ``reach`` characters before a position (a
    date, an event word), or None (also with no pattern)."""
    return pattern.search(text, max(0, position - reach), position) if pattern is not None else None


def _nearest(triggers: list[Trigger], date_start: int, date_end: int) -> Trigger:
    """Return the event word closest to the date, before or after it."""
    return min(triggers, key=lambda trigger: min(abs(trigger.start - date_end), abs(date_start - trigger.end)))


def _same_clause(text: str, date_start: int, date_end: int, trigger_start: int, trigger_end: int,
                 pronouns: frozenset[str] = frozenset()) -> bool:
    """Return True when no clause punctuation separates the date from the trigger.

    A date opening the sentence ("On Wednesday, 29 countries signed", "Late on
    Tuesday, ...") goes with the clause that follows its comma, and only that one, a
    short phrase set off before its subject aside ("Le 21 septembre, face à Arsenal,
    Rodri s'est rompu"; not "the minister, who signed": ``pronouns`` open a relative
    clause); a date set off by commas of its own ("a été nommé par le roi, samedi 6
    juillet, à l'issue ...") goes with the clause just before it, even with a time after
    it ("le mardi 3 octobre vers 19 h 45"), or after a name set off in apposition (``_name_in_apposition``).
    """
    between = text[date_end:trigger_start] if date_end <= trigger_start else text[trigger_end:date_start]
    breaks = list(CLAUSE_BREAK.finditer(between))
    if not breaks:
        return True
    if date_end <= trigger_start:
        # The date's own comma may follow a word or two of it ("Jeudi 9 mars au soir,").
        lead, after_comma = between[:breaks[0].start()], between[breaks[0].end():]
        return (_opens_the_sentence(text[:date_start].strip(OPENING)) and len(lead.split()) <= LEAD_IN_WORDS
                and (len(breaks) == 1 or _subject_in_apposition(after_comma)
                     or _phrase_then_subject(after_comma, pronouns)))
    set_off = len(between[breaks[-1].end():].split()) <= LEAD_IN_WORDS and (
        SET_OFF_END.match(text, date_end) or _set_off_after_a_time(text, date_end))
    return bool(set_off) and (len(breaks) == 1 or len(breaks) == 2 and _name_in_apposition(between, breaks))


def _name_in_apposition(between: str, breaks: list[re.Match[str]]) -> bool:
    """Return True when two commas set off only a name between an event word and its date set off after it:
    "à la mort de sa mère, Elizabeth II, le 8 septembre 2022," and "the death of his father, Prince Philip,
    on 9 April 2021," date the death."""
    words = between[breaks[0].end():breaks[1].start()].split()
    return (between[breaks[0].start()] == between[breaks[1].start()] == ","
            and 0 < len(words) <= APPOSITION_WORDS and all(word[0].isupper() for word in words))


def _opens_the_sentence(before: str) -> bool:
    """Return True when what stands before a date leaves it opening the sentence: a word or two ("Late on
    Tuesday"), or a short phrase set off by a comma ("Trois jours plus tard, lundi 26 février, le Parlement ...",
    "The first, on Monday, April 17, was scrubbed": the date's own preposition may follow the comma)."""
    before = DATE_PREPOSITION_AFTER_COMMA.sub(",", before)
    words = len(before.split())
    return words <= LEAD_IN_WORDS or (words <= LEAD_IN_PHRASE_WORDS and before.endswith(",")
                                      and CLAUSE_BREAK.search(before[:-1]) is None)


def _subject_in_apposition(between: str) -> bool:
    """Return True when what stands between an opening date's comma and the event word is a subject, an
    apposition set off by two commas, and at most an auxiliary ("SVB Financial Group, la maison mère,
    annonçait"; "the minister, who signed the deal" is a clause of its own, not an apposition)."""
    parts = between.split(",")
    return (len(parts) == 3 and len(parts[1].split()) <= APPOSITION_WORDS and len(parts[2].split()) <= 1
            and not any(CLAUSE_BREAK.search(part) for part in parts))


def _phrase_then_subject(between: str, pronouns: frozenset[str]) -> bool:
    """Return True when what stands between an opening date's comma and the event word is a short phrase
    set off by a comma, then a subject of a few words ("Le 21 septembre, face à Arsenal, Rodri s'est
    rompu le ligament"; "On Monday, in a statement, the company announced"), not a relative clause
    ("On Monday, the minister, who signed the deal, left": ``pronouns``)."""
    parts = between.split(",")
    subject = parts[-1].split()
    return (len(parts) == 2 and len(parts[0].split()) <= APPOSITION_WORDS and len(subject) <= SUBJECT_WORDS
            and not (subject and subject[0].casefold() in pronouns)
            and not any(CLAUSE_BREAK.search(part) for part in parts))


def _set_off_after_a_time(text: str, date_end: int) -> bool:
    """Return True when only a time of day stands between the date and what sets it off ("vers 19 h 45,")."""
    time = TIME_AFTER.match(text, date_end)
    return time is not None and SET_OFF_END.match(text, time.end()) is not None
