"""Role claims: a person and the title an article gives them.

Two shapes are read: a title before a name ("Deputy Prime Minister David Lammy") and
a name followed by a title ("Jonny Williams, Chief Digital Adviser at Red Hat,").
Known titles fold their synonyms to one name; unknown ones are recognised by a head
word ("adviser", "minister") and kept as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.context import SentenceContext
from factcheck.models import ExtractedClaim
from factcheck.ruleset.schema import Titles

NAME_WORD = r"[A-Z][a-zà-öø-ÿ'’]+(?:-[A-Z][a-zà-öø-ÿ'’]+)?"
PERSON = rf"{NAME_WORD}(?:\s+(?:(?:de|van|von|der|da|di|le|la)\s+)?{NAME_WORD}){{1,2}}"
# Both shapes need a person's name: two capitalised words in a row. Most sentences have none.
HAS_NAME = re.compile(r"[A-Z][a-zà-öø-ÿ'’]+\s+[A-Z][a-zà-öø-ÿ'’]")
TITLE_WORD = r"(?:[A-Z][\w'’-]*|of|for|and|the|&)"


class RoleExtractor:
    """Find people with titles."""

    def __init__(self, titles: Titles, org_head_words: tuple[str, ...]) -> None:
        self.canonical: dict[str, str] = {}
        for title in titles.titles:
            for form in (title.name, *title.synonyms):
                self.canonical[_fold(form)] = title.name
        heads = "|".join(re.escape(word) for word in sorted(titles.head_words, key=len, reverse=True))
        known = "|".join(re.escape(form) for form in sorted(
            (f for t in titles.titles for f in (t.name, *t.synonyms)), key=len, reverse=True))
        head_title = rf"(?:[A-Z][\w'’-]*\s+){{0,4}}(?i:{heads})" if heads else r"(?!x)x"
        known_title = rf"(?i:{known})" if known else r"(?!x)x"
        self.before = re.compile(
            rf"(?<![\w-])(?P<title>{known_title}|{head_title})\s+(?P<person>{PERSON})(?![\w-])")
        self.after = re.compile(
            rf"(?<![\w-])(?P<person>{PERSON}),\s+(?:the\s+|(?P<org>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*)['’]s\s+)?"
            rf"(?P<title>{known_title}(?=[,.;)]|\s+(?:said|says|told|added|noted|explained)\b|$)|[^,.;:()]{{3,120}}?)"
            rf"(?=,|\.|;|\)|\s+(?:said|says|told|added|noted|explained)\b|$)")
        self.head_re = re.compile(rf"\b(?:{heads})\b", re.IGNORECASE) if heads else None
        self.org_heads = frozenset(word.lower() for word in org_head_words)

    def extract(self, context: SentenceContext) -> Iterator[ExtractedClaim]:
        """Yield a claim for each person-title pair in the sentence."""
        seen: set[tuple[str, str]] = set()
        for match, rule in self._matches(context):
            person = match.group("person")
            if self._is_entity(context, match.start("person"), match.end("person")):
                continue
            title = self._title(match.group("title"))
            if person.split()[-1].lower() in self.org_heads:
                continue
            if not title or (person, title) in seen:
                continue
            seen.add((person, title))
            start, end = match.start(), match.end()
            yield ExtractedClaim(
                kind="role", subject=person, attribute="title", value=title, text=context.text[start:end].strip(),
                quote=context.text, line=context.line_of(start), rule=rule,
                start=context.sentence.start + start, end=context.sentence.start + end,
                key=f"role:{person.lower()}", entities=context.topic_entities(),
            )

    def _matches(self, context: SentenceContext) -> Iterator[tuple[re.Match[str], str]]:
        """Yield matches of both shapes with their rule ids."""
        if not HAS_NAME.search(context.text):
            return
        for match in self.before.finditer(context.text):
            yield match, "X401"
        for match in self.after.finditer(context.text):
            if self.head_re is not None and self.head_re.search(" ".join(match.group("title").split()[:6])):
                yield match, "X402"

    def _title(self, raw: str) -> str:
        """Return the canonical title, trimming an employer after 'at'."""
        text = re.split(r"\s+(?:at|chez|bei|en)\s+", raw.strip(), maxsplit=1)[0]
        text = re.sub(r"^(?:the|a|an|le|la)\s+", "", text, flags=re.IGNORECASE).strip()
        if not text or len(text.split()) > 12:
            return ""
        return self.canonical.get(_fold(text), text)

    @staticmethod
    def _is_entity(context: SentenceContext, start: int, end: int) -> bool:
        """Return True when the would-be person's name is a known entity's name."""
        return any(mention.start < end and start < mention.end for mention in context.entities)


def _fold(text: str) -> str:
    """Fold case and spacing so title spellings compare equal."""
    return " ".join(text.lower().replace("-", " ").split())
