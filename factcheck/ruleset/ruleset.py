"""RuleSet: every rule file merged into one immutable value, with a stable hash."""

from __future__ import annotations

import hashlib
from functools import cached_property

from pydantic import Field

from factcheck.models import unaccented
from factcheck.ruleset.schema import (
    TRIGGER_GAP,
    Boilerplate,
    CalendarLanguage,
    Check,
    CompareSettings,
    Entity,
    Event,
    ExtractionRule,
    Lexicon,
    Limits,
    MetadataRules,
    Numbers,
    RuleModel,
    Titles,
    Unit,
)


class RuleSet(RuleModel):
    """All rules in force for one run."""

    entities: tuple[Entity, ...] = ()
    calendar: dict[str, CalendarLanguage] = {}
    numbers: Numbers = Numbers()
    units: tuple[Unit, ...] = ()
    titles: Titles = Titles()
    events: tuple[Event, ...] = ()
    lexicon: Lexicon = Lexicon()
    boilerplate: Boilerplate = Boilerplate()
    metadata: MetadataRules = MetadataRules()
    checks: tuple[Check, ...] = ()
    extraction: tuple[ExtractionRule, ...] = ()
    compare: CompareSettings = CompareSettings()
    limits: Limits = Limits()
    sources: tuple[str, ...] = Field(default=(), exclude=True)
    # "checks:FC101" -> "rules/checks.toml:15": where each record was defined, for
    # `factcheck rules list`. Like `sources`, it is not part of what the rules say.
    origins: dict[str, str] = Field(default={}, exclude=True)

    def fingerprint(self) -> str:
        """Return a hash of the rules' content, for cache keys."""
        payload = self.model_dump_json()
        return hashlib.sha256(payload.encode()).hexdigest()[:16]

    @cached_property
    def unit_nouns(self) -> dict[str, str]:
        """Map each unit's id to what findings call its figures (``Unit.noun``), for the units that say."""
        return {unit.id: unit.noun for unit in self.units if unit.noun}

    @cached_property
    def calendar_names(self) -> frozenset[str]:
        """Every month's and weekday's name, in every language, as the calendar rules write them."""
        return frozenset(name for language in self.calendar.values()
                         for group in (*language.months, *language.weekdays) for name in group)

    @cached_property
    def describing_first(self) -> frozenset[str]:
        """The languages (codes) that write the words describing a noun before it (not ``noun_first``)."""
        return frozenset(code for code, language in self.calendar.items() if not language.noun_first)

    @cached_property
    def running_units(self) -> frozenset[str]:
        """The units of running counts, updated from day to day (``Unit.rises``, ``Unit.changes``)."""
        return frozenset(unit.id for unit in self.units if unit.rises or unit.changes)

    @cached_property
    def changing_units(self) -> frozenset[str]:
        """The units of running counts updated either way (``Unit.changes``)."""
        return frozenset(unit.id for unit in self.units if unit.changes)

    @cached_property
    def capacity_units(self) -> frozenset[str]:
        """The units whose figure joined by a hyphen before a noun is that noun's size (``Unit.capacity``)."""
        return frozenset(unit.id for unit in self.units if unit.capacity)

    @cached_property
    def context_units(self) -> frozenset[str]:
        """The units whose figures meet only figures with a word around them in common (``Unit.needs_context``)."""
        return frozenset(unit.id for unit in self.units if unit.needs_context)

    @cached_property
    def context_events(self) -> dict[str, frozenset[str]]:
        """Map each event whose dates meet only dates with a word around them in common
        (``Event.needs_context``) to its own words, folded: those say nothing of which event it is."""
        return {event.id: frozenset(word.casefold() for phrase in (*event.triggers, *event.nouns)
                                    for word in phrase.split() if word != TRIGGER_GAP)
                for event in self.events if event.needs_context}

    @cached_property
    def context_ignored(self) -> frozenset[str]:
        """Words that say nothing of what a claim is about, folded: small words, speech verbs ("said"),
        qualifiers ("about"), change verbs ("rose") and the calendar's words ("Sunday evening", "cette
        année", "next quarter"). Two claims sharing only these share no context: a deficit "cette année"
        and growth "cette année" are two figures."""
        qualifiers = self.numbers.qualifiers
        calendar = [word for language in self.calendar.values()
                    for word in (*language.day_parts, *language.today, *language.yesterday, *language.tomorrow,
                                 *language.last, *language.next,
                                 *(phrase for period in language.periods for phrase in period.phrases),
                                 *(name for part in language.year_parts for name in part.names))]
        phrases = (*self.lexicon.stopwords, *self.lexicon.speech_verbs, *self.numbers.change_verbs,
                   *qualifiers.above, *qualifiers.at_least,
                   *qualifiers.below, *qualifiers.at_most, *qualifiers.approx, *qualifiers.approx_below,
                   *self.calendar_names, *calendar)
        return frozenset(word.casefold() for phrase in phrases for word in phrase.split())

    @cached_property
    def figure_context_ignored(self) -> frozenset[str]:
        """The words ``context_ignored`` holds and the words of units ("per cent", "euros"): every figure of a
        unit stands by them, so they say nothing of what a figure counts. Around a date they may ("the
        end of the Euro 2024")."""
        return self.context_ignored | frozenset(word.casefold() for unit in self.units for synonym in unit.synonyms
                                                for word in synonym.split())

    @cached_property
    def context_translations(self) -> dict[str, frozenset[str]]:
        """Map each word of ``lexicon.translations``, folded and without a final s, to the groups it names
        (the first word of each): "participation" is a turnout and a stake."""
        groups: dict[str, set[str]] = {}
        for words in self.lexicon.translations:
            for word in words:
                folded = unaccented(word.casefold())
                groups.setdefault(folded.removesuffix("s") if len(folded) > 3 else folded, set()).add(words[0])
        return {word: frozenset(names) for word, names in groups.items()}

    @cached_property
    def small_words(self) -> frozenset[str]:
        """The lexicon's stopwords, folded: words that say nothing of what a phrase names."""
        return frozenset(word.casefold() for word in self.lexicon.stopwords)

    @cached_property
    def title_places(self) -> frozenset[str]:
        """The words before a title that say where it is held, folded ("french"), for comparing titles."""
        return frozenset(place.casefold() for place in self.titles.places)

    @cached_property
    def title_loose(self) -> frozenset[str]:
        """The head words of loose descriptions, folded ("head"), for comparing titles."""
        return frozenset(word.casefold() for word in self.titles.loose)

    @cached_property
    def title_standing_in(self) -> frozenset[str]:
        """The qualifiers that make a title's holder a deputy or a stand-in, as ``qualifier_readings`` reads
        them ("deputy", "acting"), for comparing titles."""
        return frozenset(self.qualifier_readings.values())

    @cached_property
    def title_heads(self) -> frozenset[str]:
        """The head words of titles, folded ("minister"), for comparing titles."""
        return frozenset(word.casefold() for word in self.titles.head_words)

    @cached_property
    def title_qualifiers(self) -> frozenset[str]:
        """The words that change what a title means, folded ("deputy"), for comparing titles."""
        return frozenset(word.casefold() for word in self.titles.qualifiers)

    @cached_property
    def qualifier_readings(self) -> dict[str, str]:
        """Map each qualifier of a group meaning the same to the group's first, folded ("par intérim":
        "acting"), for comparing titles (``Titles.same_qualifiers``)."""
        return _read_as_first(self.titles.same_qualifiers)

    @cached_property
    def head_readings(self) -> dict[str, str]:
        """Map the words titles no rule knows are compared by to one reading, folded: each head word of a
        group naming one office to the group's first ("secretary": "minister", ``Titles.same_heads``),
        and each one-word synonym of a one-word known title to its name ("gouverneur": "governor")."""
        readings = {synonym.casefold(): title.name.casefold() for title in self.titles.titles
                    if len(title.name.split()) == 1 for synonym in title.synonyms if len(synonym.split()) == 1}
        readings.update(_read_as_first(self.titles.same_heads))
        return readings

    @cached_property
    def title_names(self) -> frozenset[str]:
        """The known titles' names, folded ("chief financial officer"): what the extractor folds every
        synonym of a known title to."""
        return frozenset(title.name.casefold() for title in self.titles.titles)

    @cached_property
    def fitting_titles(self) -> frozenset[frozenset[str]]:
        """The pairs of title names, folded, that name one office two ways (``Title.fits``)."""
        names = {title.id: title.name.casefold() for title in self.titles.titles}
        return frozenset(frozenset((names[title.id], names[other]))
                         for title in self.titles.titles for other in title.fits)

    @cached_property
    def fitting_titles_in(self) -> dict[str, frozenset[tuple[str, str]]]:
        """Map a language to the title names, folded, that fit another where an article in it writes
        the first (``Title.fits_in``)."""
        names = {title.id: title.name.casefold() for title in self.titles.titles}
        fitting: dict[str, set[tuple[str, str]]] = {}
        for title in self.titles.titles:
            for language, others in title.fits_in.items():
                fitting.setdefault(language, set()).update((names[title.id], names[other]) for other in others)
        return {language: frozenset(pairs) for language, pairs in fitting.items()}

    def check_for(self, kind: str, finding: str) -> Check | None:
        """Return the enabled check reporting this verdict of this comparator, if any."""
        for check in self.checks:
            if check.kind == kind and check.finding == finding and check.enabled:
                return check
        return None

    def origin(self, field: str, record_id: str) -> str:
        """Return 'file:line' where a record of this field was defined, or '' if unknown."""
        return self.origins.get(f"{field}:{record_id}", "")


def _read_as_first(groups: tuple[tuple[str, ...], ...]) -> dict[str, str]:
    """Map each word of a group after its first to the first, folded: how groups of words meaning the
    same (``Titles.same_qualifiers``, ``Titles.same_heads``) are read when titles are compared."""
    return {form.casefold(): group[0].casefold() for group in groups for form in group[1:]}
