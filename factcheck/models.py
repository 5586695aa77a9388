"""Contract models: what crosses a pipeline stage, and the JSON report itself.

Every model (and the ExtractedClaim named tuple) is frozen and forbids unknown fields,
so a stage cannot quietly mutate what an earlier stage produced and a typo in a
field name fails loudly. The JSON report is exactly ``Report.model_dump(mode="json")``;
its field names are the contract in DESIGN.md and must not change.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from factcheck.severity import Severity

ClaimKind = Literal["name", "date", "quantity", "role", "statement"]
# Kinds whose normalised values are for comparing, not for reading ("[1000, inf]" for
# "more than 1,000", "68700000000" for "$68.7bn"): messages and reports show each value
# as its first claim writes it (``shown_value``). A claim's JSON ``value`` stays normalised.
SHOWN_AS_WRITTEN = frozenset({"quantity"})
# What a check compares: a claim kind, or "variant" (names across keys: one body written two ways).
CheckKind = Literal["name", "date", "quantity", "role", "statement", "variant"]
FindingKind = Literal["agreement", "conflict", "single_source"]
REPORT_VERSION = "1"


class FrozenModel(BaseModel):
    """Base for every model: immutable, strict about field names."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class PartialDate(FrozenModel):
    """A date known to a year, a month or a day; ``str()`` is the partial ISO form.

    ``end``, when set, makes it a span running to the end of that other partial date
    ("Q3 2025" is 2025-07/2025-09, "last week" a run of seven days); ``str()`` is then
    the ISO 8601 interval form.
    """

    # Within the calendar Python's dates cover: comparing dates works out their first and
    # last days. Finders and readers make no other; a cache entry or report that says
    # otherwise is refused.
    year: int = Field(ge=dt.MINYEAR, le=dt.MAXYEAR)
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    end: PartialDate | None = None

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text if self.end is None else f"{text}/{self.end}"

    def as_tuple(self) -> tuple[int, int, int]:
        """Return (year, month, day) of the start with unknown parts as 0, for ordering."""
        return (self.year, self.month or 0, self.day or 0)

    def first_day(self) -> dt.date:
        """Return the first day the date (or span) covers."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """Return the last day the date (or span) covers."""
        if self.end is not None:
            return self.end.last_day()
        if self.day is not None:
            return dt.date(self.year, self.month or 1, self.day)
        if self.month is not None:
            following = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        return dt.date(self.year, 12, 31)

    def compatible(self, other: PartialDate) -> bool:
        """Return True when the two can be the same day: the finer falls inside the coarser, spans overlap."""
        return self.first_day() <= other.last_day() and other.first_day() <= self.last_day()

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Build from 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', or two of them joined by '/' for a span."""
        if "/" in text:
            start, end = text.split("/", 1)
            return cls.parse(start).model_copy(update={"end": cls.parse(end)})
        parts = [int(part) for part in text.split("-")]
        return cls(year=parts[0], month=parts[1] if len(parts) > 1 else None,
                   day=parts[2] if len(parts) > 2 else None)


class Interval(FrozenModel):
    """A numeric value as the range it allows: exact, open-ended or a tolerance band.

    ``rounding`` is half the place value of the last digit a figure was written with
    when a scale word follows it: "$69bn" may stand for anything from 68.5bn to 69.5bn,
    "$68.7bn" from 68.65bn to 68.75bn. It widens comparisons, not the printed value.
    """

    # Open-ended ranges hold infinities, which plain JSON turns into null: the claim
    # cache must read back exactly what it wrote.
    model_config = ConfigDict(frozen=True, extra="forbid", ser_json_inf_nan="constants")

    low: float
    high: float
    rounding: float = 0.0
    # How far past its one finite end an open-ended figure's words reach (0.0: not told): the
    # place of the last significant digit written. A writer who knew of 75 dead would not say
    # "more than 50", so "more than 50" and "plus de 70" are two tolls, while "more than 2,000"
    # and "more than 2,500" can be one. Only two figures open the same way are read so: "more
    # than 50" does not deny "63".
    reach: float = 0.0
    # True for a qualifier's band around a figure ("about 250" is 230 to 270). Two such bands
    # agree only when the wider holds the other's middle: "about 250 km" and "about 300 km" are
    # two distances, though the bands touch; "about 1,400" and "some 1,375" are one.
    approximate: bool = False
    # True for a cap ("up to 40 years", "jusqu'à 35 ans"): the words name the maximum itself, so
    # two caps on one figure agree only when their figures do, while any figure below a cap fits it.
    cap: bool = False

    def open_end(self) -> int:
        """Return 1 for a range open above ("more than 50"), -1 for one open below ("under 50"), else 0."""
        if math.isinf(self.high) and not math.isinf(self.low):
            return 1
        if math.isinf(self.low) and not math.isinf(self.high):
            return -1
        return 0

    def reached(self) -> Interval:
        """Return the closed range an open-ended figure's words reach (see ``reach``), or the range itself.

        Closed: "more than 900" and "more than 1,000" injured may be one toll a day apart.
        """
        side = self.open_end()
        if not side or not self.reach:
            return self
        if side > 0:
            return Interval(low=self.low, high=self.low + self.reach, rounding=self.rounding)
        return Interval(low=self.high - self.reach, high=self.high, rounding=self.rounding)

    def ceiling(self) -> Interval:
        """Return a cap's maximum as a figure of its own, with its rounding."""
        return Interval(low=self.high, high=self.high, rounding=self.rounding)

    def overlaps(self, other: Interval, slack: float = 0.0) -> bool:
        """Return True when the two ranges, each widened by its rounding and by ``slack``, share a value.

        Rounded ranges are half-open: "$43bn" (42.5bn to 43.5bn) and "$44bn" (43.5bn to
        44.5bn) only touch, and do not agree; nor do "$1bn" and "$1.5bn", the finer figure
        rounding to another than the coarser. Two ranges open the same way are read as far
        as their words reach (``reach``), and two caps by their maxima (``cap``).
        """
        if self.cap and other.cap:
            return self.ceiling().overlaps(other.ceiling(), slack)
        if self.reach and other.reach and self.open_end() and self.open_end() == other.open_end():
            return self.reached().overlaps(other.reached(), slack)
        if self.approximate and other.approximate:
            apart = abs(self.low + self.high - other.low - other.high) / 2
            return apart <= max(self.high - self.low, other.high - other.low) / 2 + self.rounding + other.rounding + slack
        if self.is_rounded_figure() and other.is_rounded_figure():
            return _one_rounded_figure(self, other, slack)
        low, high = self.low - self.rounding - slack, self.high + self.rounding + slack
        other_low, other_high = other.low - other.rounding, other.high + other.rounding
        if self.rounding or other.rounding:
            return low < other_high and other_low < high
        return low <= other_high and other_low <= high

    def is_rounded_figure(self) -> bool:
        """Return True for one figure written rounded ("$1bn", "45.4%"), not a range or a band."""
        return bool(self.rounding) and self.low == self.high

    def __str__(self) -> str:
        if self.low == self.high:
            return _format_number(self.low)
        low = "-inf" if math.isinf(self.low) else _format_number(self.low)
        high = "inf" if math.isinf(self.high) else _format_number(self.high)
        return f"[{low}, {high}]"


def _one_rounded_figure(one: Interval, other: Interval, slack: float = 0.0) -> bool:
    """Return True when two rounded figures can be one: the finer, rounded half up as the coarser is written,
    gives the coarser ("$1.45bn" is "$1bn", "1,5 milliard" is not, though their ranges touch); two written
    alike are one when nearer than their rounding."""
    if one.rounding == other.rounding:
        return abs(one.low - other.low) < one.rounding + slack
    finer, coarser = sorted((one, other), key=lambda interval: interval.rounding)
    return coarser.low - coarser.rounding - slack <= finer.low < coarser.low + coarser.rounding + slack


def _format_number(value: float) -> str:
    """Print integral floats without a decimal point."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def split_record(path: str) -> tuple[str, str]:
    """Split an article path into its file and record mark: 'a.jsonl#3' -> ('a.jsonl', '#3').

    A file holding several articles (JSON Lines, a JSON list) names each as ``path#N``;
    a path without such a mark is returned whole, '#' in a file name included.
    """
    head, mark, tail = path.rpartition("#")
    return (head, mark + tail) if mark and tail.isdigit() else (path, "")


class Article(FrozenModel):
    """One loaded article, with the metadata the report shows."""

    id: str
    path: str
    title: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None


class Claim(FrozenModel):
    """One checkable claim as the JSON report shows it."""

    id: str
    article: str
    kind: ClaimKind
    subject: str
    attribute: str
    value: str
    text: str
    quote: str
    line: int
    rule: str


# The attribution of a claim reported without naming its source ("reportedly").
UNNAMED_SOURCES = "unnamed sources"
# What joins the names of titles one person holds together: "Chair and Chief Executive".
TITLES_JOINED = " and "
# What makes two claims of one article the same fact: an article's claims state each once.
Identity = tuple[str, str, str, str]


def shown_value(claim: ExtractedClaim | Claim) -> str:
    """Return the claim's value as messages and reports show it: as written for a figure
    (``SHOWN_AS_WRITTEN``), else normalised."""
    return claim.text if claim.kind in SHOWN_AS_WRITTEN else claim.value


# Small words inside a person's name: "Amélie de Montchalin", "Ursula von der Leyen".
NAME_PARTICLES = ("de", "van", "von", "der", "da", "di", "le", "la")
# Definite articles, as a pattern's alternatives: what opens a noun phrase ("the", "la", "der").
DEFINITE_ARTICLES = r"the|la|le|el|die|der"


# Letters NFKD does not take apart, as English and French reporting write them: "Cœuré" is written
# "Coeuré" as often, Iceland's "Víðir" "Vidir", Poland's "Łukasz" "Lukasz", Denmark's "Søren" "Soren".
LIGATURES = str.maketrans({"œ": "oe", "Œ": "Oe", "æ": "ae", "Æ": "Ae", "ß": "ss", "ð": "d", "Ð": "D", "þ": "th",
                           "Þ": "Th", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i"})


def unaccented(text: str) -> str:
    """Return the text without its accents or the letters ``LIGATURES`` writes out: English reporting
    writes "Eric Lombard" for "Éric Lombard", and French "Coeuré" for "Cœuré"."""
    if text.isascii():
        return text
    bare = "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))
    return bare.translate(LIGATURES)


RANK_KEY = "rank:"  # how the keys of the ranks people hold open (``person_key``)
AGE_KEY = "quantity:age:"  # how the keys of people's ages open, the person's name after it (``extract.ages``)
# An umlaut written out, after the letter it follows ("Schaefer", "Kuehn", "Soeder").
UMLAUT_WRITTEN_OUT = re.compile(r"(?<=[^\W\d_])([aou])e")
# A transliteration's "y" read as an "i" may double it ("Zelenskyy", "Zelenskii").
# Letters that transliterations double or not: "ii" (Zelenskyy as Zelenskii), "uu" (an "oo" or an
# "ou" read as a "u"), "ss" (French doubles an "s" between vowels: "Oussama", "Moussa").
DOUBLED_LETTER = re.compile(r"([ius])\1+")
# Sounds French and English spell apart in names taken from Russian, Ukrainian or Arabic: "Choïgou" and
# "Shoigu", "Prigojine" and "Prigozhin", "Gorbatchev" and "Gorbachev", each read as French writes it.
TRANSLITERATED_SOUNDS = (("tch", "ch"), ("sh", "ch"), ("zh", "j"))
# A French surname's silent final "e" after a consonant: "Poutine" is "Putin", "Prigojine" "Prigozhin".
SILENT_FINAL_E = re.compile(r"(?<=[^\W\daeiouy])e$")
# Letters a word and its cognate in another language share, accents aside: "réserves" and
# "reserves", "passe" and "pass", "directeur" and "director", "ministre" and "minister".
COGNATE_LETTERS = 4
# An elided article joined to the word after it, folded: "l'économie" is "économie", "d'état" "état".
ELIDED_ARTICLE = re.compile(r"^[a-z]['’]")
# The words that open the body a title is held at, for or in ("chief executive of Microsoft Gaming",
# "directeur de la performance de l'équipe", "PDG chez Vinci", "ministre de l'Intérieur dans le
# gouvernement sortant"), or the country it is held in ("ambassador to the United States",
# "haut-commissaire au Royaume-Uni"); "d'" too, joined to the body's name.
EMPLOYER_PREPOSITIONS = ("at", "of", "for", "in", "to", "chez", "bei", "en", "dans", "de", "du", "des", "au", "aux")


def cognate_stem(word: str) -> str:
    """Return what a word's cognates in other languages share with it (``COGNATE_LETTERS``)."""
    return unaccented(word)[:COGNATE_LETTERS]


def is_person_key(kind: str, key: str) -> bool:
    """Return True when claims of this kind and key are about one named person: their titles, ranks or age."""
    return kind == "role" or key.startswith(AGE_KEY)


def same_person(key: str) -> str:
    """Return a person's key as any language's spellings of one name read alike: with an umlaut's
    written-out "e" left out, so "Schäfer" (keyed "schafer", the dots left out), "Schafer" and "Schaefer"
    (German's way without the dots, which wires use) are one person, and with a "y" read as an "i", as
    languages transliterate a Russian or Kazakh name ("Dmitry" and "Dmitri", "Tokayev" and "Tokaïev",
    "Zelenskyy" and "Zelensky"), and with an "o" read as a "u" and a doubled "s", "u" or "i" as one, as
    French and English transliterate Arabic and Korean names ("Oussama" and "Osama", "Moustafa" and
    "Mustafa", "Yoon" and "Yun"); "Schäffer" stays another spelling than "Schäfer". Claims keep their
    keys, and findings their fingerprints, as each name is written."""
    prefix, _, name = key.rpartition(":")
    name = DOUBLED_LETTER.sub(r"\1", UMLAUT_WRITTEN_OUT.sub(r"\1", name).replace("y", "i").replace("o", "u"))
    return f"{prefix}:{name}" if prefix else name


def same_person_in_two_languages(key: str) -> str:
    """Return a person's key as ``same_person`` reads it, with the sounds French spells otherwise than English
    read as French does and a surname's silent final "e" left out: "Prigojine" and "Prigozhin", "Poutine" and
    "Putin", "Choïgou" and "Shoigu" are one person's names in two languages. In one language they are two
    spellings to check (``compare.variants``), though still one person's, whose claims are grouped so."""
    prefix, _, name = key.rpartition(":")
    for english, french in TRANSLITERATED_SOUNDS:
        name = name.replace(english, french)
    return same_person(f"{prefix}:{SILENT_FINAL_E.sub('', name)}" if prefix else SILENT_FINAL_E.sub("", name))


def person_key(name: str, rank: bool = False) -> str:
    """Return the key of a person's role claims: the name without accents, casefolded. The ranks a
    person holds beside an office (``Title.rank``) have a key of their own (``is_rank_key``)."""
    return f"{RANK_KEY if rank else 'role:'}{unaccented(name).casefold()}"


def is_rank_key(key: str) -> bool:
    """Return True when a role claim's key is that of a rank, not an office (``person_key``)."""
    return key.startswith(RANK_KEY)


def fact_identity(kind: str, key: str, subject: str, value: str) -> Identity:
    """Return the identity of a claim of this kind, key, subject and value (see ``ExtractedClaim.identity``)."""
    return (kind, key, subject, value)


class ExtractedClaim(NamedTuple):
    """A claim as extraction leaves it: the contract fields plus what comparison needs.

    Ids are given later, when the run's claims are gathered, so extraction of one
    article depends on nothing but that article and the rules (and can be cached).
    ``attribution`` is who the article says stated the claim ("Musk", "figures seen by
    several agencies", "reportedly"); findings quote it, the JSON claim does not carry it.

    A named tuple rather than a model or a dataclass: extraction builds it from values
    it has already checked, and it travels as a JSON array, which pydantic reads back
    into named tuples a quarter faster than it reads objects into frozen dataclasses
    (10,000 cached benchmark files: 0.45 s to 0.33 s), and reading the cache is much
    of what a warm or --new run does. An array with too many or too few items, or an
    item of the wrong type, is refused like an unknown field.
    """

    kind: ClaimKind
    subject: str
    attribute: str
    value: str
    text: str
    quote: str
    line: int
    rule: str
    start: int
    end: int
    key: str
    entities: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    markers: tuple[str, ...] = ()
    date: PartialDate | None = None  # a date claim's date; a running count's day (``Unit.rises``)
    interval: Interval | None = None
    name_form: str | None = None
    valid_until: str | None = None
    sentence_dates: tuple[PartialDate, ...] = ()
    attribution: str | None = None
    # The numbered parts a figure's sentence names ("quarter 1" for "the first quarter"): figures for
    # two parts of one kind are two facts (``extract.parts``).
    parts: tuple[str, ...] = ()

    @property
    def identity(self) -> Identity:
        """What makes this claim the same fact as another of its article (``fact_identity``)."""
        return fact_identity(self.kind, self.key, self.subject, self.value)


class Finding(FrozenModel):
    """A verdict on a group of claims: they agree, they conflict, or one source stands alone."""

    id: str
    rule: str
    kind: FindingKind
    severity: Severity
    subject: str
    attribute: str
    message: str
    claims: tuple[str, ...]
    articles: tuple[str, ...]
    fingerprint: str

    @property
    def topic(self) -> str:
        """Say what the finding is about for a heading: "Microsoft · USD", or "percent" alone for a
        figure about no named thing, whose subject is its unit."""
        return topic(self.subject, self.attribute)


def topic(subject: str, attribute: str) -> str:
    """Join a subject and an attribute for a heading, once when they are the same word."""
    return attribute if subject.casefold() == attribute.casefold() else f"{subject} · {attribute}"


class Diagnostic(FrozenModel):
    """A non-fatal problem met during the run, such as a skipped file."""

    path: str
    message: str
    line: int | None = None
    rule: str | None = None


class Suppressed(FrozenModel):
    """A finding kept out of the report: by a suppression comment, the config or a baseline."""

    finding: Finding
    source: Literal["comment", "config", "baseline"]
    reason: str | None = None
    location: str | None = None


class CheckInfo(FrozenModel):
    """A check that ran, as its rule file describes it.

    The report carries these so that a reporter can describe the rules behind its
    findings (SARIF's ``tool.driver.rules``) from the Report alone.
    """

    id: str
    name: str
    kind: CheckKind
    finding: FindingKind
    severity: Severity
    summary: str


class SourceGroup(FrozenModel):
    """Articles counted as one independent source, and why: one outlet, or copies of one text."""

    articles: tuple[str, ...]
    reasons: tuple[Literal["same outlet", "near-duplicate text"], ...]


class Summary(FrozenModel):
    """Counts shown on the report's first line."""

    articles: int
    claims: int
    agreements: int
    conflicts: int
    single_source: int
    suppressed: int = 0

    @classmethod
    def count(cls, articles: int, claims: int, findings: tuple[Finding, ...] | list[Finding],
              suppressed: int = 0) -> Summary:
        """Count findings by kind."""
        return cls(articles=articles, claims=claims,
                   agreements=sum(finding.kind == "agreement" for finding in findings),
                   conflicts=sum(finding.kind == "conflict" for finding in findings),
                   single_source=sum(finding.kind == "single_source" for finding in findings),
                   suppressed=suppressed)


class Report(FrozenModel):
    """The one result every reporter renders."""

    version: str = REPORT_VERSION
    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    summary: Summary
    diagnostics: tuple[Diagnostic, ...] = ()
    suppressed: tuple[Suppressed, ...] = ()
    baseline: str | None = None
    checks: tuple[CheckInfo, ...] = ()
    sources: tuple[SourceGroup, ...] = ()
    # The articles a --new or --since run checks (ids); empty when every article is checked.
    new: tuple[str, ...] = ()

    def keep(self, findings: list[Finding] | tuple[Finding, ...], suppressed: tuple[Suppressed, ...] = ()) -> Report:
        """Return a copy reporting only ``findings``, adding ``suppressed`` and recounting the summary.

        Filters (suppressions, baselines) go through here so that the summary
        always counts exactly what the report holds.
        """
        all_suppressed = self.suppressed + suppressed
        summary = Summary.count(self.summary.articles, self.summary.claims, findings, len(all_suppressed))
        return self.model_copy(update={"findings": tuple(findings), "suppressed": all_suppressed,
                                       "summary": summary})


class ClaimsReport(FrozenModel):
    """What ``factcheck claims`` shows: every claim extracted, nothing compared."""

    version: str = REPORT_VERSION
    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
