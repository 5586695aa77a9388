"""Name claims: each known entity as named, and unknown bodies by their shape."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping, Sequence

from factcheck.extract.context import SentenceContext
from factcheck.extract.letters import UPPER
from factcheck.models import DEFINITE_ARTICLES, ExtractedClaim, Identity, fact_identity
from factcheck.resolve.alternation import alternation
from factcheck.resolve.entities import EntityMention
from factcheck.ruleset.schema import Lexicon


# An unknown name is at most this many capitalised words before its head word. The
# bound keeps the pattern linear: unbounded, a long run of capitalised words is
# rescanned from every position.
MAX_NAME_WORDS = 7


class NameExtractor:
    """Turn entity mentions, and capitalised phrases ending or starting with an org word, into name claims."""

    def __init__(self, lexicon: Lexicon, title_words: tuple[str, ...], calendar_words: Collection[str]) -> None:
        heads = "|".join(re.escape(word[:1].upper() + word[1:])
                         for word in sorted(lexicon.org_head_words, key=len, reverse=True))
        connectors = "|".join(re.escape(word) for word in lexicon.name_connectors)
        capital = rf"(?:[{UPPER}][\w'’&.-]*|[{UPPER}]{{2,}})"
        # A conjunction and an article join two names, not the words of one: "NASA and the European Space Agency".
        conjunctions = "|".join(re.escape(word) for word in (*lexicon.ampersand_words, "&"))
        no_second_name = rf"(?!(?:{conjunctions})\s+(?:{DEFINITE_ARTICLES})\s)"
        # A comma ends a name: "47.86% for Kilicdaroglu, Supreme Election Council chairman Ahmet Yener".
        self.unknown = re.compile(
            rf"(?<![\w-]){capital}(?:\s+{no_second_name}(?:(?:{connectors})\s+){{0,2}}{capital})"
            rf"{{0,{MAX_NAME_WORDS}}}?\s+(?:{heads})(?![\w-])"
            if heads else r"(?!x)x", re.UNICODE)
        # "Department of Science and Technology": a head word, a connector, capitalised words;
        # a title word ends it, so "Ministry of Justice Secretary Jane Doe" stays a body, and so
        # does a month or a day ("the Regulatory Agency on December 2").
        titles = "|".join(re.escape(word) for word in title_words) or "(?!x)x"
        stops = "|".join(re.escape(word) for word in sorted({*title_words, *calendar_words},
                                                            key=lambda word: (-len(word), word)))
        word = rf"(?!(?i:{stops})\b)[{UPPER}][\w&-]*"
        # A title and its connectors before a body's name: "Governor of the Reserve Bank" names the bank.
        self.title_of = re.compile(rf"^(?:\S+\s+){{0,2}}?(?i:{titles})\s+(?:(?:{connectors})\s+)+"
                                   if connectors else r"(?!x)x", re.UNICODE)
        # A conjunction straight after the head word joins another name: "the Safety Board and Boeing".
        self.head_first = re.compile(
            rf"(?<![\w-])(?:{heads})(?!\s+(?:{conjunctions})\s)(?:\s+(?:{connectors})){{1,2}}\s+{word}"
            rf"(?:\s+{no_second_name}(?:(?:{connectors})\s+){{0,2}}{word}){{0,{MAX_NAME_WORDS}}}(?![\w-])"
            if heads and connectors else r"(?!x)x", re.UNICODE)
        self.head_words = {word.lower() for word in lexicon.org_head_words}
        self.stopwords = frozenset(word.casefold() for word in lexicon.stopwords)
        self.calendar_words = frozenset(word.casefold() for word in calendar_words)
        # Both shapes hold a capitalised head word: most sentences have none, and looking
        # for one costs a fraction of trying the shapes at every capital letter.
        self.has_head = re.compile(heads) if heads else None
        self.rename_markers = re.compile(rf"(?<![\w-])(?:{alternation(lexicon.rename_markers)})(?:(?<=-)|(?!\w))",
                                         re.IGNORECASE)

    def may_find(self, looks: Mapping[object, set[int]], mentions: Sequence[Sequence[EntityMention]]) -> set[int]:
        """Return the indices of the sentences ``extract`` may name something in: with an entity or a head word."""
        heads = looks[self.has_head] if self.has_head is not None else set()
        return heads.union(index for index, found in enumerate(mentions) if found)

    def extract(self, context: SentenceContext,
                claimed: Collection[Identity] = ()) -> Iterator[ExtractedClaim]:
        """Yield a claim for every entity mention and unknown organisation in the sentence.

        A name the article has already claimed (its ``fact_identity`` is in ``claimed``)
        is not built again only to be dropped as a duplicate:
        an article names the same bodies sentence after sentence.
        """
        for mention in context.entities:
            if mention.entity.type == "place":
                continue
            value = mention.surface if mention.form == "former" else mention.entity.name
            if fact_identity("name", f"name:{mention.entity.id}", mention.entity.name, value) in claimed:
                continue
            claim = self._claim(context, mention.start, mention.end, mention.entity.name, value, "X101",
                                key=f"name:{mention.entity.id}", form=mention.form,
                                until=mention.valid_until.isoformat() if mention.valid_until else None)
            if mention.form == "former" and self._tells_of_rename(context, mention):
                claim = claim._replace(markers=("rename",))
            yield claim
        if self.has_head not in context.looks:
            return
        head_first = [match for match in self.head_first.finditer(context.text)
                      if not any(mention.start < match.end() and match.start() < mention.end
                                 for mention in context.entities)]
        for match in self.unknown.finditer(context.text):
            if self._overlaps_known(context, match.start(), match.end()):
                continue
            words = self._after_calendar_words(re.sub(r"\s+", " ", match.group(0)).strip()).split()
            while len(words) > 1 and words[0].lower() in self.stopwords:
                # A small word opens the sentence or the phrase, not the name: "When the Constitutional Court
                # removed Yoon", "The Supreme Court".
                words = words[1:]
            phrase = " ".join(words)
            phrase = self.title_of.sub("", phrase)
            if len(phrase.split()) < 2 or not phrase[0].isupper():
                continue
            start, end = match.end() - len(phrase), match.end()
            # Its head word opens a name that goes on ("Art Institute" of "Art Institute of Chicago"): one body.
            head_at = end - len(phrase.split()[-1])
            going_on = next((later for later in head_first if later.start() == head_at), None)
            if going_on is not None:
                head_first.remove(going_on)
                end = going_on.end()
                phrase = " ".join(context.text[start:end].split())
            yield from self._unknown(context, start, end, phrase, claimed)
        for match in head_first:
            yield from self._unknown(context, match.start(), match.end(), " ".join(match.group(0).split()), claimed)

    def _unknown(self, context: SentenceContext, start: int, end: int, phrase: str,
                 claimed: Collection[Identity]) -> Iterator[ExtractedClaim]:
        """Yield the claim of a body's name no rule knows, unless the article has claimed it already."""
        key = f"name:{phrase.lower()}"
        if fact_identity("name", key, phrase, phrase) not in claimed:
            yield self._claim(context, start, end, phrase, phrase, "X102", key=key, form="unknown", until=None)

    def _after_calendar_words(self, phrase: str) -> str:
        """Return the phrase after a month or weekday that a small word follows: "On Monday the European
        Commission" opens with a date, not the body's name (its words are capitalised, and "the" joins
        names). A month that starts a name keeps it: "Mars Wrigley Company"."""
        words = phrase.split(" ")
        last = max((index for index, word in enumerate(words[:-1])
                    if word.casefold() in self.calendar_words and words[index + 1].islower()), default=-1)
        return " ".join(words[last + 1:])

    def _tells_of_rename(self, context: SentenceContext, former: EntityMention) -> bool:
        """Return True when the sentence recalls a former name rather than uses it.

        It does so when it also names the body by a later name ("X, formerly Twitter";
        "the AI Security Institute, known until February as the AI Safety Institute") or
        speaks of a rename ("anciennement appelé Twitter").
        """
        until = former.valid_until
        later = any(mention.entity.id == former.entity.id and mention is not former
                    and (mention.form != "former" or (until and mention.valid_until and mention.valid_until > until))
                    for mention in context.entities)
        return later or bool(self.rename_markers.search(context.text))

    @staticmethod
    def _overlaps_known(context: SentenceContext, start: int, end: int) -> bool:
        """Return True when a known entity covers the phrase's last word (its head)."""
        return any(mention.start < end and start < mention.end and mention.end >= end - 1
                   for mention in context.entities)

    @staticmethod
    def _claim(context: SentenceContext, start: int, end: int, subject: str, value: str, rule: str,
               key: str, form: str, until: str | None) -> ExtractedClaim:
        return ExtractedClaim(
            kind="name", subject=subject, attribute="name", value=value, text=context.text[start:end],
            quote=context.text, line=context.line_of(start), rule=rule,
            start=context.sentence.start + start, end=context.sentence.start + end, key=key,
            entities=context.topic_entities(), name_form=form, valid_until=until,
            sentence_dates=tuple(match.date for match in context.dates if not match.relative),
        )

