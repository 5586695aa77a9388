"""Pydantic models of the rule files in ``rules/``: the schema a rule author writes to.

Each top-level table of a rule file maps to one model here. Models are frozen and
forbid unknown keys, so a misspelt key is reported with its file and line rather
than silently ignored.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from factcheck.models import CheckKind, ClaimKind, FindingKind, Severity
from factcheck.ruleset.safe_regex import check_pattern

# A regex written in a rule file: it must compile and must not backtrack catastrophically.
UserRegex = Annotated[str, AfterValidator(check_pattern)]


class RuleModel(BaseModel):
    """Base for rule-file models: immutable and strict about keys."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class FormerName(RuleModel):
    """A name an entity used to have, and the day it stopped being valid."""

    name: str
    until: dt.date


class Entity(RuleModel):
    """A body, programme, product, place or person the rules know by name."""

    id: str
    name: str
    type: Literal["organisation", "programme", "product", "place", "event", "person"] = "organisation"
    aliases: tuple[str, ...] = ()
    former_names: tuple[FormerName, ...] = ()
    case_sensitive: bool = False

    @model_validator(mode="after")
    def _former_names_sorted(self) -> Entity:
        dates = [former.until for former in self.former_names]
        if dates != sorted(dates):
            raise ValueError("former_names must be listed oldest first")
        return self


class Period(RuleModel):
    """Phrases naming a week, month or year relative to the article's date ("last week": week, -1)."""

    unit: Literal["week", "month", "year"]
    offset: int = Field(ge=-10, le=10)
    phrases: tuple[str, ...] = Field(min_length=1)


class YearPart(RuleModel):
    """A named run of months in a year: a quarter, a half, a season ("Q3", "summer": 7 to 9, 6 to 8).

    A part whose first month is after its last (winter: 12 to 2) straddles two years
    and is read as either of them.
    """

    names: tuple[str, ...] = Field(min_length=1)
    months: tuple[int, int]

    @model_validator(mode="after")
    def _months_exist(self) -> YearPart:
        if not all(1 <= month <= 12 for month in self.months):
            raise ValueError("months must be between 1 and 12")
        return self


class CalendarLanguage(RuleModel):
    """Month and weekday names of one language, each with its abbreviations, and relative date words."""

    months: tuple[tuple[str, ...], ...] = Field(min_length=12, max_length=12)
    weekdays: tuple[tuple[str, ...], ...] = Field(min_length=7, max_length=7)
    today: tuple[str, ...] = ()
    yesterday: tuple[str, ...] = ()
    tomorrow: tuple[str, ...] = ()
    # Parts of a day ("Sunday evening", "dimanche soir"): they say when, never what.
    day_parts: tuple[str, ...] = ()
    time_joiners: tuple[str, ...] = ()
    # Words joining two days of one month: "les 12 et 19 juin", "June 12 and 19".
    day_joiners: tuple[str, ...] = ()
    # Words placing a time in part of a month written without its year: "in late July", "fin juin",
    # "mi-juillet". The month is dated, as a whole.
    month_parts: tuple[str, ...] = ()
    # A night running from one weekday into the next, and the word between them: "dans la nuit de lundi
    # à mardi", "overnight from Monday to Tuesday". The two days are one span, which either day fits.
    nights: tuple[str, ...] = ()
    night_joiners: tuple[str, ...] = ()
    function_words: tuple[str, ...] = ()
    prepositions: tuple[str, ...] = ()
    weekday_prefixes: tuple[str, ...] = ()
    last: tuple[str, ...] = ()
    next: tuple[str, ...] = ()
    future: tuple[str, ...] = ()
    # Endings of a verb in the future tense, where the language marks it so ("prendra", "entreront"):
    # a lower-case word ending so speaks of the future as a ``future`` word does.
    future_endings: tuple[str, ...] = ()
    # Words just before a weekday, or a month's day written without its year, that make it the coming one,
    # whatever the sentence's tense: "declared a day of national mourning for Thursday", "for March 5".
    future_before: tuple[str, ...] = ()
    year_of: tuple[str, ...] = ()
    periods: tuple[Period, ...] = ()
    year_parts: tuple[YearPart, ...] = ()
    # Nouns come before the words that describe them ("vols annulés"): a unit no rule
    # names is read as the first word after a figure (see ``extract.quantities``).
    noun_first: bool = False
    nouns_capitalised: bool = False


class Qualifiers(RuleModel):
    """Phrases that turn a number into a range, by the range they imply."""

    above: tuple[str, ...] = ()
    at_least: tuple[str, ...] = ()
    below: tuple[str, ...] = ()
    at_most: tuple[str, ...] = ()
    approx: tuple[str, ...] = ()
    approx_below: tuple[str, ...] = ()
    approx_tolerance: float = Field(0.1, ge=0, le=1)
    # An approximate band is no wider than this many units of the figure's last significant digit.
    approx_places: float = Field(2.0, gt=0)
    # A qualifier after one of its verbs is the verb's particle: "handed over 497 jets" hands 497.
    particle_after: dict[str, tuple[str, ...]] = {}
    # Phrases after a figure and its unit that make it a cap or a floor: "340 millions d'euros par
    # an au maximum", "10 000 personnes au moins".
    at_most_after: tuple[str, ...] = ()
    at_least_after: tuple[str, ...] = ()


class Ages(RuleModel):
    """How a figure is read as a person's age, which is no figure to compare: two people's ages
    ("Pablo Isla, 61 ans", "Paul Bulcke, 71 ans") are two facts, not a disagreement."""

    unit: str = ""  # the unit ages are counted in ("years")
    before: tuple[str, ...] = ()  # phrases just before an age: "aged", "âgé de", "at the age of"
    after: tuple[str, ...] = ()  # words just after an age's unit: "old" ("45 years old")
    # Phrases before an age only when a comma or a stop follows its unit: "mort à 74 ans, dans
    # un accident", "À 73 ans, Mgr Ulrich", but not "condamné à 15 ans de prison".
    set_off_before: tuple[str, ...] = ()


class Durations(RuleModel):
    """The words of a compound duration's parts ("2 h 13 min 44 s", "11 hours and 55 minutes"), whose
    numbers are then no figures of their own ("55 minutes")."""

    hours: tuple[str, ...] = ()
    minutes: tuple[str, ...] = ()
    seconds: tuple[str, ...] = ()
    joiners: tuple[str, ...] = ()  # words between two parts: "and", "et"
    # The unit a duration is a figure of, in seconds (a unit needing context: a story gives many times);
    # none, and a duration is no figure at all.
    unit: str | None = None


class Numbers(RuleModel):
    """Number words, scale words, qualifiers, vague amounts and rates used to read quantities."""

    words: dict[str, float] = {}
    min_word_value: float = Field(10, ge=0)
    small_word_units: tuple[str, ...] = ()
    scales: dict[str, float] = {}
    # Units' abbreviations written joined to their figure ("872km", "5kg"): the figure ends before them.
    joined_units: tuple[str, ...] = ()
    qualifiers: Qualifiers = Qualifiers()
    vague: dict[str, tuple[float, float]] = {}
    unit_joiners: tuple[str, ...] = ()
    rates: dict[str, str] = {}
    # Words joining the ends of a range ("70 to 80 per cent", "70 à 80 %"), pairs of words
    # around one ("between 5,000 and 6,000"), and words before a figure that make "X to Y"
    # a change rather than a range ("rose from 500 to 700").
    range_words: tuple[str, ...] = ()
    range_pairs: tuple[tuple[str, str], ...] = ()
    range_changes: tuple[str, ...] = ()
    # Nouns of a range, before a ``range_changes`` word: "la fourchette de 1 % à 3 %" is a range, not a change.
    range_nouns: tuple[str, ...] = ()
    # Words before a number that make it a label: "section 2", "l'article 49.3", "Flight 370".
    label_words: tuple[str, ...] = ()
    # "4,521 people had been injured": words between a figure and what it turns out to count.
    auxiliaries: tuple[str, ...] = ()
    # Words that count people without saying who they are: after a unit's noun ("a workforce of
    # 1,500 people") the noun says what is counted; other words after a figure do ("a delivery of
    # 800,000 doses" counts doses).
    generic_counts: tuple[str, ...] = ()
    # "the death toll rose to 2,917": verbs (and the word after them) that give a figure to
    # what the clause's subject names.
    change_verbs: tuple[str, ...] = ()
    change_prepositions: tuple[str, ...] = ()
    # "portera à 7 500 le nombre de soldats", "bringing the number of troops deployed to 7,500": phrases
    # naming what a figure counts from apart from it, just after it or before a change preposition.
    count_phrases: tuple[str, ...] = ()
    # Words after a number that make it a time of day, not a figure: "à 22 heures", "um 22 Uhr".
    clock_words: tuple[str, ...] = ()
    # Words before a figure that make it a spacing or a frequency, not an amount: "shelters dug
    # every 300 metres", "tous les 300 mètres".
    spacing_words: tuple[str, ...] = ()
    # Numbered parts of one thing that figures are given for, each group one kind of part in every
    # language, its first word naming it: "the first quarter", "au deuxième tour", "third reading".
    numbered_parts: tuple[tuple[str, ...], ...] = ()
    # The ordinal words that number such parts ("third", "troisième", "3e"), and the letters that
    # number one kind written with a digit ("Q3" is the third quarter).
    part_ordinals: dict[str, int] = {}
    part_letters: dict[str, str] = {}
    ages: Ages = Ages()
    durations: Durations = Durations()

    @model_validator(mode="after")
    def _letters_name_parts(self) -> Numbers:
        """A part's letter must name a kind of part the groups list (their first words)."""
        kinds = {group[0] for group in self.numbered_parts if group}
        for letter, kind in self.part_letters.items():
            if kind not in kinds:
                raise ValueError(f"part_letters: {letter!r} names {kind!r}, which no numbered_parts group opens")
        return self


class Measure(RuleModel):
    """Another unit a unit's figures are read in, and what one of this unit is in it."""

    unit: str
    factor: float = Field(gt=0, allow_inf_nan=False)


class Unit(RuleModel):
    """A counted or measured thing, the words that name it, the verbs that count it, and what findings call it.

    ``noun`` is what a finding says its figures are ("Sources disagree on the headcount",
    "the sum in pounds"): a unit's id ("GBP", "employees") is a key, not words to read.
    ``measured_as`` reads its figures in another unit, so that they meet that unit's:
    25 basis points is 0.25 percentage points.
    """

    id: str
    synonyms: tuple[str, ...] = ()
    symbols: tuple[str, ...] = ()
    verbs: tuple[str, ...] = ()
    noun: str | None = None
    measured_as: Measure | None = None
    # Its figures measure many things (a percentage: growth, a stake, a tariff), so two meet
    # only when the words around them share one ("a 15% tariff", "tariffs of 10%").
    needs_context: bool = False
    # A running count that only rises as it is updated (a toll): an article of a later day
    # giving more is an update ("2,012 dead" on Saturday, "2,862" on Tuesday), not a disagreement.
    rises: bool = False
    # A running count updated either way (the missing: more are reported, then found): an article
    # of a later day giving another figure is an update ("159 unaccounted for" on Friday, "121" a
    # fortnight later), not a disagreement.
    changes: bool = False
    # Joined to its figure by a hyphen before a noun ("the 650-seat House", "a 250-bed hospital"), it
    # tells that noun's size, not a count of its own: such a figure meets only other such sizes.
    capacity: bool = False
    # Phrases that hold one of its words but count no such thing: "home to 13.5m people" counts
    # no homes, "un foyer de quatre personnes" no households.
    false_friends: tuple[str, ...] = ()


class Title(RuleModel):
    """A title a person can hold, and its other spellings."""

    id: str
    name: str
    synonyms: tuple[str, ...] = ()
    # Titles (by id) that name the same office in other words: the UK's Foreign Secretary is
    # its foreign minister, so the two never conflict for one person.
    fits: tuple[str, ...] = ()
    # Titles it also fits where an article in that language writes it ({fr = ["chair"]}): a
    # French company's "président" chairs its board, an American union's "President" does not.
    fits_in: dict[str, tuple[str, ...]] = {}
    # A rank held beside an office ("Cardinal", "Rear Admiral"): compared only with the ranks
    # other articles give the person, so "Cardinal Dominique Mamberti, the protodeacon" holds one
    # of each, and a camerlengo elsewhere disputes the office, not the rank.
    rank: bool = False


class Titles(RuleModel):
    """Known titles, the head words that mark an unknown phrase as a title, and words around titles."""

    head_words: tuple[str, ...] = ()
    titles: tuple[Title, ...] = ()
    loose: tuple[str, ...] = ()
    qualifiers: tuple[str, ...] = ()
    # Qualifiers that mean the same, in any language, each read as its group's first when titles are
    # compared: "Interim President" and "président par intérim" are the "Acting President".
    same_qualifiers: tuple[tuple[str, ...], ...] = ()
    # Head words that name one office when the rest of the title is the same, each read as its
    # group's first when titles no rule knows are compared: a government's "Sports Secretary",
    # "Sports Cabinet Secretary" and "Sports Minister" hold one portfolio.
    same_heads: tuple[tuple[str, ...], ...] = ()
    # Words before a title that say where it is held ("French President"): kept in the
    # title, as a qualifier is, yet the title with them fits the title without them.
    places: tuple[str, ...] = ()
    # The same said after a title ("Premier ministre portugais"): dropped before the title is looked up.
    places_after: tuple[str, ...] = ()
    honorifics: tuple[str, ...] = ()
    past: tuple[str, ...] = ()
    # Words before a title that tell how long its holder has held it ("the new finance minister"):
    # the title is the one after them, though they are common words.
    tenure: tuple[str, ...] = ()
    # Verbs that give a person a title ("was appointed", "a été nommée"): the title after them is the person's.
    given_by: tuple[str, ...] = ()
    # Words after a title that open the clause going on, which no title holds: a relative clause
    # ("chief scientist who sat on the board"), a time ("Foreign Secretary since September 2022"),
    # or, after a title a verb gives, what happened beside ("was named foreign secretary as the new
    # prime minister sought ...").
    relative_openers: tuple[str, ...] = ()
    held_since: tuple[str, ...] = ()
    given_ends: tuple[str, ...] = ()
    # Verbs that give the person after them the title after the person ("appointed Rachel Reeves as
    # chancellor", "a nommé François Bayrou Premier ministre"), and the words that may stand before that title.
    appointing: tuple[str, ...] = ()
    appointed_as: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _fits_known_titles(self) -> Titles:
        ids = {title.id for title in self.titles}
        for title in self.titles:
            fitted = (*title.fits, *(other for others in title.fits_in.values() for other in others))
            unknown = [other for other in fitted if other not in ids]
            if unknown:
                raise ValueError(f"title '{title.id}' fits unknown title ids: {', '.join(unknown)}")
        return self


# Stands in a trigger for the words between its parts: "found … guilty" (``extract.dates``).
TRIGGER_GAP = "…"


def _gaps_between_words(triggers: tuple[str, ...]) -> tuple[str, ...]:
    """Refuse a trigger whose gap has no words on one side: it would match any word."""
    for trigger in triggers:
        if TRIGGER_GAP in trigger and not all(part.strip() for part in trigger.split(TRIGGER_GAP)):
            raise ValueError(f"trigger '{trigger}': a gap ('{TRIGGER_GAP}') needs words on both sides")
    return triggers


class Event(RuleModel):
    """A kind of event whose date articles state, and the words that announce it.

    ``nouns`` name the event ("takeover", "announcement"); a date goes to them only
    when no trigger verb shares its clause, so "completed its takeover on Friday"
    dates the completion. A ``generic`` event's triggers say only that something
    happened or began ("started", "broke out"): a date they would take goes to the
    event another event's noun in the clause names, so "the strike started on 21
    August" dates the strike.
    """

    id: str
    # A trigger may hold a gap for its object ("found … guilty"), ``TRIGGER_GAP``.
    triggers: Annotated[tuple[str, ...], AfterValidator(_gaps_between_words)]
    nouns: tuple[str, ...] = ()
    generic: bool = False
    # A story holds many events of this kind (an airline's announcement on Saturday, the
    # investigators' on Friday), so two dates meet only when the words around them share one.
    needs_context: bool = False
    # A date after a bound word ("until Tuesday 6 pm", "jusqu'à mardi") is this event's own: a
    # deadline's date is the bound, while any other event happens some time before it.
    bound_dated: bool = False
    # Phrases that hold a trigger but name no such event: "shares closed down 4.9%" is no
    # completion, "a créé la surprise" no founding.
    false_friends: tuple[str, ...] = ()


class Spelling(RuleModel):
    """A regional spelling folded to one form before statements are compared."""

    pattern: UserRegex
    replace: str


class Lexicon(RuleModel):
    """Word lists that decide what a check-worthy statement is and how it is keyed."""

    stopwords: tuple[str, ...] = ()
    generic_terms: tuple[str, ...] = ()
    factual_verbs: tuple[str, ...] = ()
    hedges: tuple[str, ...] = ()
    ordinals: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    org_head_words: tuple[str, ...] = ()
    name_connectors: tuple[str, ...] = ()
    # Words a name may write as "&": "Competition & Markets Authority" is the Competition and Markets Authority.
    ampersand_words: tuple[str, ...] = ()
    spelling: tuple[Spelling, ...] = ()
    synonyms: tuple[tuple[str, ...], ...] = ()
    datelines: tuple[UserRegex, ...] = ()
    speech_verbs: tuple[str, ...] = ()
    sourcing: tuple[str, ...] = ()
    # Words after a sourcing phrase that make it a relative clause naming no source ("selon laquelle").
    relative_pronouns: tuple[str, ...] = ()
    # Words just before a date that make it a deadline, not the day of an event ("by Monday
    # morning the deal was being picked apart", "d'ici le 30 juin").
    date_bounds: tuple[str, ...] = ()
    # Words just before an event's noun that set the event apart in time from the clause's date
    # ("rates, which had firmed ahead of the strike, eased on Friday": the strike is not on Friday).
    event_offsets: tuple[str, ...] = ()
    # Words opening a clause that tells what happened at the time just given ("it began on 11
    # October, when Sanofi confirmed talks"): the event that clause names takes the date.
    when_words: tuple[str, ...] = ()
    # Words that make a date a few words after them the day of a plan since given up ("launch
    # had been scheduled for December 18", "initialement programmé au 18 décembre"): no event's date.
    plans_given_up: tuple[str, ...] = ()
    # Articles and possessives: "ahead of the strike", "without a vote", "by the end of March" read past
    # them to the noun; one just before a participle makes it an adjective ("a collapsed tunnel").
    determiners: tuple[str, ...] = ()
    # Words that deny the verb a few words after them ("no statement was published on Sunday",
    # "n'a pas été signé lundi"): a denied verb dates no event. Words ending in "n't", and the
    # French "n'" joined to the next word, deny as these do.
    negations: tuple[str, ...] = ()
    # Words just before an event's noun that say it did not happen ("without a vote", "faute
    # d'accord", "sans accord"): the noun dates nothing.
    privatives: tuple[str, ...] = ()
    unattributed: tuple[str, ...] = ()
    speculative: tuple[str, ...] = ()
    # Groups of words that make the figure after them, in its clause, one side's demand or offer
    # ("the union asked for 77%", "improved its offer to nearly 50%"), not the outcome ("agreed on 62%").
    proposals: tuple[tuple[str, ...], ...] = ()
    # Words that make the figure after them an amount added to an earlier one ("fell a further 0.9%").
    increments: tuple[str, ...] = ()
    # Words after a figure's number that make it a part of a whole the sentence refers to ("65 of the
    # jets", "12 d'entre elles"): compared only with other such parts.
    partitives: tuple[str, ...] = ()
    # Groups of words that name one measured thing in several languages ("vote", "voix", "Stimmen"):
    # figures of two languages meet only when their sentences share one of these or a cognate.
    translations: tuple[tuple[str, ...], ...] = ()
    rename_markers: tuple[str, ...] = ()


class BoilerplatePattern(RuleModel):
    """A line pattern marking site furniture; ``scope`` says how much it drops."""

    id: str
    pattern: UserRegex
    scope: Literal["line", "rest", "block"] = "line"
    metadata: bool = False
    case_sensitive: bool = False
    summary: str = ""


class Boilerplate(RuleModel):
    """Boilerplate patterns, and how far a ``block`` pattern reaches back."""

    block_max_words: int = Field(25, ge=1)
    block_max_paragraphs: int = Field(3, ge=0)
    patterns: tuple[BoilerplatePattern, ...] = ()


class MetadataRules(RuleModel):
    """Line patterns that name an article's outlet or date in its text."""

    outlet_patterns: tuple[UserRegex, ...] = ()
    # Patterns for the outlet named in the text's first lines, inside a sentence: a wire
    # dateline ("SEATTLE, Nov 4 (Reuters) - ..."). Tried on those lines only, after the rest.
    opening_outlet_patterns: tuple[UserRegex, ...] = ()
    published_patterns: tuple[UserRegex, ...] = ()
    dateline_max_line: int = Field(15, ge=1)
    dateline_max_chars: int = Field(90, ge=10)
    title_min_words: int = Field(3, ge=1)


class Example(RuleModel):
    """A small case a check must get right: articles in, finding count out."""

    name: str
    articles: tuple[str, ...] = Field(min_length=1)
    expect: int = Field(ge=0)


class Check(RuleModel):
    """One check: which comparator verdict it reports, how severe, and its examples."""

    id: str = Field(pattern=r"^FC\d{3}$")
    name: str
    kind: CheckKind
    finding: FindingKind
    severity: Severity = Severity.WARNING
    enabled: bool = True
    summary: str
    examples: tuple[Example, ...] = ()


class ExtractionRule(RuleModel):
    """An extraction rule: the id a claim carries and what the rule looks for."""

    id: str = Field(pattern=r"^X\d{3}$")
    kind: ClaimKind
    summary: str


class CompareSettings(RuleModel):
    """Thresholds the comparators use."""

    quantity_tolerance: float = Field(0.0, ge=0, le=1)
    quantity_max_ratio: float = Field(3.0, ge=1)
    date_max_gap_days: int = Field(31, ge=0)
    statement_min_similarity: float = Field(0.2, ge=0, le=1)
    statement_min_shared_terms: int = Field(2, ge=1)
    statement_cluster_overlap: float = Field(0.3, ge=0, le=1)
    statement_single_source_markers: tuple[Literal["number", "date", "ordinal"], ...] = ("ordinal",)
    duplicate_similarity: float = Field(0.6, ge=0, le=1)
    variant_min_score: float = Field(65, ge=0, le=100)
    variant_person_min_score: float = Field(88, ge=0, le=100)
    variant_first_name_min_score: float = Field(60, ge=0, le=100)


class Limits(RuleModel):
    """Bounds that keep a run safe from rule files and articles it has never seen."""

    regex_timeout: float = Field(1.0, gt=0, le=60)
    max_article_mb: float = Field(50, gt=0)

    @property
    def max_article_bytes(self) -> int:
        """The size limit of an article file (of a JSON Lines record) in bytes."""
        return int(self.max_article_mb * 1e6)
