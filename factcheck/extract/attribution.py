"""Who a sentence says stated its claims, and which of its claims are guesses.

"Advertising revenue has fallen by roughly 50%, Musk said" is Musk's figure, not the
outlet's; "down 59%, according to figures seen by several agencies" is the agencies'.
A claim keeps that attribution, so a conflict shows whose numbers disagree. A surname
("Kyle said") is the full name the article gave before. A figure or date after a
speculative word in its clause ("could scale to 31,000") is a guess, not a claim.
The cue words come from ``rules/lexicon.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from factcheck.extract.letters import UPPER
from factcheck.models import UNNAMED_SOURCES
from factcheck.resolve.alternation import alternation
from factcheck.resolve.gate import WordGate, passes
from factcheck.ruleset.schema import Lexicon

SPEAKER = rf"[{UPPER}][\w'’.-]*(?:\s+(?:de\s+|van\s+|von\s+)?[{UPPER}][\w'’-]*){{0,3}}"
PRONOUNS = frozenset({"he", "she", "they", "it", "il", "elle", "er", "sie", "él", "ella"})
# Who a source that is only a pronoun stands for is not known here: "selon elles", "according to him".
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "lui", "elle", "elles", "eux", "ihm", "ihr", "ihnen", "ellos",
                             "ellas"})
CLAUSE_MARKS = re.compile(r"[,;:()—–]")
# At most this many words follow the verb of a speaker who comes after what they said.
TAIL_WORDS = 3
# How far from a speech verb its speaker may be: a name, a title set off by commas.
SPEAKER_REACH = 160


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who stated the claims between ``start`` and ``end`` of a sentence."""

    who: str
    start: int
    end: int

    def covers(self, offset: int) -> bool:
        """Return True when a claim starting at ``offset`` lies in the attributed part."""
        return self.start <= offset < self.end


class Attributor:
    """Compiled attribution and speculation cues."""

    def __init__(self, lexicon: Lexicon) -> None:
        verbs = alternation(lexicon.speech_verbs)
        sourcing = alternation(lexicon.sourcing)
        cues = (*lexicon.speech_verbs, *lexicon.sourcing, *lexicon.unattributed)
        self.gate = WordGate(max(phrase.split(), key=len) for phrase in cues)  # "said" in "is said to"
        self.cues = re.compile(rf"(?<![\w-])(?:(?P<sourcing>{sourcing})|(?P<verb>{verbs})"
                               rf"|(?P<unattributed>{alternation(lexicon.unattributed)}))(?![\w-])", re.IGNORECASE)
        self.source = re.compile(rf"\s+(?P<who>{SPEAKER}|(?:[\w'’-]+\s+){{0,5}}[\w'’-]+)")
        self.before_verb = re.compile(
            rf"(?:^|[,\"”»]\s*|\s)(?P<who>{SPEAKER}|(?i:the|a|an|les?|la|der|die|el|los)\s+[\w'’-]+(?:\s+[\w'’-]+)?"
            rf"|(?i:{'|'.join(PRONOUNS)}))\s+(?i:{verbs})(?![\w-])")
        self.after_verb = re.compile(rf"(?<![\w-])(?i:{verbs})\s+(?P<who>{SPEAKER})")
        self.appositive = re.compile(rf"(?P<who>{SPEAKER}),[^,;:()]{{3,100}},\s+(?i:{verbs})(?![\w-])")
        self.speculative = re.compile(rf"(?<![\w-])(?:{alternation(lexicon.speculative)})(?![\w-])", re.IGNORECASE)
        # The first word of a cue phrase ("According") opens a sentence, not a name.
        self.not_names = frozenset(word.lower() for word in (*lexicon.stopwords, *(cue.split()[0] for cue in cues)))
        self.relative = frozenset(word.casefold() for word in lexicon.relative_pronouns)

    def speaker(self, text: str, people: dict[str, str], looks: Collection[object] | None = None) -> Attribution | None:
        """Return who the sentence says stated which part of it, or None when it is the outlet's own.

        "according to X" and "reportedly" cover the sentence. A speech verb covers what
        it reports: what follows "Musk told his followers that ...", what precedes
        "..., Musk said this month". ``looks`` are the first looks the sentence passed,
        when they were taken already (see ``FirstLooks``).
        """
        if not passes(self.gate, text, looks):
            return None
        cues: dict[str, list[re.Match[str]]] = {"sourcing": [], "verb": [], "unattributed": []}
        for cue in self.cues.finditer(text):
            cues[cue.lastgroup or ""].append(cue)
        for cue in cues["sourcing"]:
            source = self.source.match(text, cue.end())
            if source is None or source.group("who").split()[0].casefold() in self.relative:
                continue  # "une étude selon laquelle ...": a relative clause, naming no source
            who = self._name(source.group("who"), people)
            if who:
                return Attribution(who, 0, len(text))
        # Speakers are looked for around each speech verb only: the patterns are costly
        # to try at every word of a long sentence.
        for verb in cues["verb"]:
            before = max(0, verb.start() - SPEAKER_REACH)
            for pattern, start, end in ((self.before_verb, before, verb.end()), (self.appositive, before, verb.end()),
                                        (self.after_verb, verb.start(), verb.end() + SPEAKER_REACH)):
                match = pattern.search(text, start, end)
                who = self._name(match.group("who"), people) if match else None
                if match and who:
                    if self._trails(text, match.start("who"), match.end()):
                        return Attribution(who, 0, match.start("who"))
                    return Attribution(who, match.end(), len(text))
        return Attribution(UNNAMED_SOURCES, 0, len(text)) if cues["unattributed"] else None

    @staticmethod
    def _trails(text: str, start: int, end: int) -> bool:
        """Return True when a speaker comes after what they said: "..., Musk said this month, as ...".

        The speech verb then ends its clause, or nearly ("said in a statement."),
        instead of opening what is reported ("told his followers that ...").
        """
        clause = CLAUSE_MARKS.search(text, end)
        rest = text[end: clause.start() if clause else len(text)]
        return bool(text[:start].strip()) and len(rest.split()) <= TAIL_WORDS

    def guessed(self, text: str, start: int) -> bool:
        """Return True when a speculative word comes before ``start`` in its clause."""
        marks = [match.end() for match in CLAUSE_MARKS.finditer(text, 0, start)]
        return bool(self.speculative.search(text, marks[-1] if marks else 0, start))

    def _name(self, raw: str, people: dict[str, str]) -> str | None:
        """Tidy a speaker: drop a leading cue word, read a surname as the full name known before."""
        words = raw.strip().split()
        while words and words[0].lower() in self.not_names and words[0][0].isupper():
            words = words[1:]
        if words and words[0].lower() in OBJECT_PRONOUNS | PRONOUNS:
            return None  # "selon lui 65 % du marché": a pronoun, then what it said
        if not words:
            return None
        while len(words) > 1 and words[-1].lower() in self.not_names and not words[-1].isupper():
            words = words[:-1]  # a small word ends no name, but an acronym may be one ("the WHO")
        who = " ".join(words)
        if words[-1][0].isupper() and words[-1].lower() in people:
            return people[words[-1].lower()]
        if len(words) >= 2 and all(word[0].isupper() for word in words):
            people[words[-1].lower()] = who
        return who

