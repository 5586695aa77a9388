"""Find numbers in text and resolve them to intervals.

"more than 1,000" is (1000, inf), "about 2,500" a band of the rules' tolerance either
side, "nearly 50" a band just below 50, "£31bn" 31e9 in GBP (and "31 Md£": a currency's
symbol may follow the figure, as French and German write "12 000 €"), "two thousand" 2000,
"hundreds of" 200 to 999, "2,000-2,500" 2000 to 2500. A figure written with a scale
word keeps the rounding its digits imply ("$69bn" is 68.5bn to 69.5bn when compared).
Number words, scales, vague amounts and qualifiers come from ``rules/numbers.toml``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from factcheck.models import Interval
from factcheck.resolve.alternation import alternation, lookup, phrase_key
from factcheck.resolve.gate import HAS_DIGIT, WordGate, passes
from factcheck.ruleset.schema import Numbers, Unit

# Languages whose articles write 2.500 or 2 500 for two thousand five hundred, and 2,5 for two and a half.
DECIMAL_COMMA_LANGUAGES = frozenset({"fr", "de", "es", "it", "pt", "nl"})
DIGITS = r"\d{1,3}(?:(?:,|\u202f|\u00a0|\.)\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
# In those languages a plain space may group thousands too ("13 000 salariés").
SPACED_DIGITS = r"\d{1,3}(?:(?:,|\u202f|\u00a0|\.| )\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
# Characters before a figure looked through for the word opening a range ("between") or making it a change ("from").
RANGE_WORD_REACH = 24


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A number found in text, with its qualifier folded into the interval."""

    start: int
    end: int
    interval: Interval
    currency: str | None
    is_percent: bool
    plain_year: bool
    factor: float = 1.0  # what a scale word after it multiplied it by ("bn": 1e9)
    small_word: bool = False  # written in words below ``min_word_value`` ("six"): a figure only for some units
    place: float = 1.0  # the place value of the last digit written, scaled: 1 for "915", 0.1 for "45.4", 1e8 for "4.5bn"
    # Joined by a hyphen to the word after it ("a 64-game run", "a 15-year sentence"): that word can
    # only be a unit's name, read by the quantity extractor, never a free unit ("a 5,000-strong crowd").
    joined: bool = False


class NumberFinder:
    """Compiled number patterns for one rule set."""

    def __init__(self, numbers: Numbers, units: tuple[Unit, ...]) -> None:
        self.words = {word.lower(): value for word, value in numbers.words.items()}
        self.min_word_value = numbers.min_word_value
        self.scales = {word.lower(): value for word, value in numbers.scales.items()}
        self.joined_units = numbers.joined_units
        self.vague = {phrase.lower(): bounds for phrase, bounds in numbers.vague.items()}
        self.tolerance = numbers.qualifiers.approx_tolerance
        self.approx_places = numbers.qualifiers.approx_places
        self.qualifier_kind: dict[str, str] = {}
        for kind in ("above", "at_least", "below", "at_most", "approx", "approx_below"):
            for phrase in getattr(numbers.qualifiers, kind):
                self.qualifier_kind[phrase_key(phrase)] = kind
        self.particle_after = {phrase_key(qualifier): {verb.lower() for verb in verbs}
                               for qualifier, verbs in numbers.qualifiers.particle_after.items()}
        self.symbols = {symbol.lower(): unit.id for unit in units for symbol in unit.symbols}
        self.percent_words = [word for unit in units if unit.id == "percent" for word in unit.synonyms]
        word = alternation(self.words)
        vague = alternation(self.vague)
        # A cheap first look: a number needs a digit, a number word or a vague amount (of
        # which its longest word is enough to look for, spacing aside).
        self.words_gate = WordGate(max(phrase.split(), key=len) for phrase in (*self.words, *self.vague)
                                   if phrase.strip())
        self.pattern = self._compile(DIGITS, word, vague)
        self.spaced_pattern = self._compile(SPACED_DIGITS, word, vague)
        self.range_joint = (re.compile(rf"\s+(?:{alternation(numbers.range_words)})\s+", re.IGNORECASE)
                            if numbers.range_words else None)
        self.range_pairs = [(re.compile(rf"(?<![\w-])(?:{re.escape(opening)})\s+$", re.IGNORECASE),
                             re.compile(rf"\s+(?:{re.escape(joining)})\s+", re.IGNORECASE))
                            for opening, joining in numbers.range_pairs]
        self.range_change = (re.compile(rf"(?<![\w-])(?:{alternation(numbers.range_changes)})\s*$", re.IGNORECASE)
                             if numbers.range_changes else None)
        self.range_noun = re.compile(rf"(?<![\w-])(?:{alternation(numbers.range_nouns)})\s+$", re.IGNORECASE)
        self.bound_after = re.compile(rf"\s+(?:(?P<at_most>{alternation(numbers.qualifiers.at_most_after)})"
                                      rf"|(?P<at_least>{alternation(numbers.qualifiers.at_least_after)}))(?![\w-])",
                                      re.IGNORECASE)

    def _compile(self, digits: str, word: str, vague: str) -> re.Pattern[str]:
        """Build the number pattern for one way of grouping digits."""
        qualifier = alternation(self.qualifier_kind)
        symbol = alternation(self.symbols)
        scale = alternation(self.scales)
        percent = alternation({word: 0 for word in self.percent_words})
        joined_unit = alternation(self.joined_units)  # never matches when there are none
        return re.compile(
            rf"(?<![\w.,:/-])(?:(?P<qualifier>{qualifier})\s+)?(?P<article>an?\s+)?"
            rf"(?P<symbol>{symbol})?\s?"
            rf"(?:(?P<vague>{vague})|(?P<digits>{digits})(?:\s?[-–]\s?(?P<to>{digits})(?![-/:]\w))?"
            rf"|(?P<words>(?:{word})(?:[\s-]+(?:{word}))*))"
            rf"(?:\s?(?P<scale>{scale})(?![\w]))?"
            rf"(?:\s?(?P<symbol_after>{symbol}))?"
            rf"(?:\s?(?P<percent>{percent}))?"
            rf"(?:(?P<joined>-)(?=[^\W\d_])|(?=(?:{joined_unit})(?![\w-]))|(?![\w]|[-/:]\w|[.,]\d))",
            re.IGNORECASE,
        )

    def may_find(self, looks: Mapping[object, set[int]]) -> set[int]:
        """Return the indices of the sentences ``find`` may find a number in: with a digit or a number word."""
        return looks[HAS_DIGIT] | looks[self.words_gate]

    def find(self, text: str, language: str | None = None,
             looks: Collection[object] | None = None) -> list[NumberMatch]:
        """Return every number in the text with its interval.

        ``looks`` are the first looks the text passed, when they were taken already (see ``FirstLooks``).
        """
        found: list[NumberMatch] = []
        if not (passes(HAS_DIGIT, text, looks) or passes(self.words_gate, text, looks)):
            return found
        # Where the language is not known, "80 000 manifestants" is still 80,000, not "000 manifestants".
        pattern = self.spaced_pattern if language is None or language in DECIMAL_COMMA_LANGUAGES else self.pattern
        for match in pattern.finditer(text):
            number = self._resolve(match, language)
            if number is None:
                continue
            start = self._range_start(text, found[-1], number) if found else None
            if start is None:
                found.append(number)
            else:
                found[-1] = _range(found[-1], number, start)
        return found

    def _range_start(self, text: str, low: NumberMatch, high: NumberMatch) -> int | None:
        """Return where a range begins when two figures are written as its ends ("70 to 80 per cent",
        "between 5,000 and 6,000"), else None: they are two figures, as in "rose from 500 to 700"
        (a change, unless a range's noun names it: "la fourchette de 1 % à 3 %"), "by 364 votes to 194"
        (falling) or "3% to $45" (two units)."""
        if (low.plain_year or high.plain_year or low.currency not in (None, high.currency)
                or (low.is_percent and not high.is_percent) or _scaled_low(low, high) >= high.interval.low):
            return None
        between = text[low.end:high.start]
        before = max(0, low.start - RANGE_WORD_REACH)
        for opening, joining in self.range_pairs:
            opened = opening.search(text, before, low.start)
            if opened is not None and joining.fullmatch(between):
                return opened.start()
        if self.range_joint is not None and self.range_joint.fullmatch(between):
            change = self.range_change.search(text, before, low.start) if self.range_change is not None else None
            if change is None or self.range_noun.search(text, 0, change.start()):
                return low.start
        return None

    def _resolve(self, match: re.Match[str], language: str | None) -> NumberMatch | None:
        """Turn one regex match into a NumberMatch, or None when it is no quantity."""
        low, high, digits_text = self._value(match, language)
        if low is None or high is None:
            return None
        joined = bool(match.group("joined"))
        if joined and any(match.group(name) for name in ("to", "vague", "scale", "symbol", "symbol_after", "percent")):
            return None  # "$5bn-a-year", "3-2-1": no count joined to a noun
        scale = match.group("scale")
        factor = lookup(self.scales, scale) if scale else 1.0
        if factor is None:
            return None
        symbol = match.group("symbol") or match.group("symbol_after")
        currency = self.symbols.get(symbol.lower()) if symbol else None
        years = [text for text in (digits_text, match.group("to")) if text]
        plain_year = (all(re.fullmatch(r"(1[89]|20)\d{2}", text) for text in years) and bool(years)
                      and not scale and not symbol and not match.group("percent"))
        qualifier = phrase_key(match.group("qualifier") or "")
        if qualifier and _last_word(match.string, match.start()).lower() in self.particle_after.get(qualifier, ()):
            qualifier = ""  # "handed over 497 jets": a verb's particle
        if qualifier and match.group("article") and digits_text:
            qualifier = ""  # "under a $128 million task order": a preposition before a noun phrase
        precision = _significant_place(digits_text) * factor if digits_text else None
        # Scaled figures and decimals are written rounded: "66.7%" is the "66,71 %" another
        # article gives. Whole numbers are not: "2,012 deaths" is no 2,000, "60%" no 59.7%.
        # A qualifier's band already says how loosely the figure is meant: "roughly 4
        # billion" is 3.6bn to 4.4bn, not also anything that rounds to 4bn.
        rounded = (scale or _place_value(digits_text) < 1) and digits_text and not match.group("to") and not qualifier
        rounding = _place_value(digits_text) * factor / 2 if rounded else 0.0
        # "more than fifty" reaches as far as "more than 50" (``Interval.reach``).
        written = digits_text or (str(int(low)) if match.group("words") and low.is_integer() else "")
        reach = _significant_place(written) * factor if written else 0.0
        interval = self._interval(low * factor, high * factor, qualifier, precision, rounding, reach)
        # "a $4tn valuation": the article is read with a figure but is not its text; it is with a
        # number word ("a dozen") or a qualifier before it ("nearly a billion").
        alone = match.group("article") and not qualifier and not match.group("words")
        if alone:
            start = match.end("article")
        elif match.group("qualifier") and not qualifier:
            start = _after_qualifier(match)
        else:
            start = match.start()
        small_word = bool(match.group("words")) and not scale and low < self.min_word_value
        place = _place_value(digits_text) * factor if digits_text else 1.0
        return NumberMatch(start, match.start("joined") if joined else match.end(), interval, currency,
                           bool(match.group("percent")), plain_year, factor, small_word, place, joined)

    def bounded_after(self, text: str, end: int, interval: Interval) -> tuple[Interval, int] | None:
        """Return the range a figure's words make of it when a cap or a floor follows it and its unit at
        ``end`` ("340 millions d'euros par an au maximum", "10 000 personnes au moins"), and where those
        words end; None when none follows, or when the figure is qualified already ("about 300")."""
        if interval.low != interval.high or interval.approximate:
            return None
        match = self.bound_after.match(text, end)
        if match is None:
            return None
        if match.group("at_most"):
            return Interval(low=-math.inf, high=interval.high, rounding=interval.rounding, cap=True), match.end()
        return Interval(low=interval.low, high=math.inf, rounding=interval.rounding), match.end()

    def _value(self, match: re.Match[str], language: str | None) -> tuple[float | None, float | None, str]:
        """Return the low and high value written (equal unless a range or a vague amount) and the digits."""
        if match.group("vague"):
            bounds = lookup(self.vague, match.group("vague"))
            return (*bounds, "") if bounds is not None else (None, None, "")
        if match.group("digits"):
            value = parse_digits(match.group("digits"), language)
            upper = parse_digits(match.group("to"), language) if match.group("to") else value
            if value is not None and upper is not None and upper < value:
                return None, None, ""
            return value, upper, match.group("digits")
        value = self._parse_words(match.group("words"))
        return value, value, ""

    def _parse_words(self, words: str) -> float | None:
        """Read "two thousand", "twenty-eight", "two dozen" or "quatre-vingt-dix" as a number.

        A word worth more than the words before it multiplies them ("two hundred", "two dozen",
        "quatre-vingts"); a smaller one adds to them ("twenty-eight", "soixante-dix").
        """
        total, current = 0.0, 0.0
        for word in re.split(r"[\s-]+", words.lower()):
            value = self.words.get(word)
            if value is None:
                return None
            if value >= 1000:
                total += max(current, 1) * value
                current = 0
            elif current and value > current:
                current *= value
            else:
                current += value
        return total + current

    def _interval(self, low: float, high: float, qualifier: str, precision: float | None = None,
                  rounding: float = 0.0, reach: float = 0.0) -> Interval:
        """Apply a qualifier phrase to a value or range, with the figure's ``rounding``, and ``reach`` when
        the qualifier leaves it open-ended (see ``Interval``).

        An approximate band is the rules' share of the value, but no wider than
        ``approx_places`` units of the last digit the figure was written with
        (``precision``): "about 2,500" may be 2,300 to 2,700, while "about $45.4bn" is
        written to a tenth of a billion and never reaches "$54.5bn".
        """
        kind = self.qualifier_kind.get(qualifier, "exact")
        band_low, band_high = abs(low) * self.tolerance, abs(high) * self.tolerance
        if precision is not None:
            widest = self.approx_places * precision
            band_low, band_high = min(band_low, widest), min(band_high, widest)
        bounds = {
            "exact": (low, high),
            "above": (low, math.inf),
            "at_least": (low, math.inf),
            "below": (-math.inf, high),
            "at_most": (-math.inf, high),
            "approx": (low - band_low, high + band_high),
            "approx_below": (low - band_low, high),
        }[kind]
        open_ended = math.isinf(bounds[0]) != math.isinf(bounds[1])
        return Interval(low=bounds[0], high=bounds[1], rounding=rounding, reach=reach if open_ended else 0.0,
                        approximate=kind == "approx", cap=kind == "at_most")


def _last_word(text: str, end: int) -> str:
    """Return the word just before ``end`` (spaces between), or ""."""
    words = text[max(0, end - 40):end].split()
    return words[-1] if words else ""


def _after_qualifier(match: re.Match[str]) -> int:
    """Return where a number's text begins when the qualifier matched before it is left out."""
    text, start = match.string, match.end("qualifier")
    while text[start].isspace():
        start += 1
    return start


def _scaled_low(low: NumberMatch, high: NumberMatch) -> float:
    """Return a range's low end in the scale of its high end: "5 to 6 billion" runs from 5 billion."""
    return low.interval.low * (high.factor if low.factor == 1.0 else 1.0)


def _range(low: NumberMatch, high: NumberMatch, start: int) -> NumberMatch:
    """Return the one figure two figures make as the ends of a range, from ``start``."""
    interval = Interval(low=_scaled_low(low, high), high=high.interval.high, rounding=high.interval.rounding)
    return NumberMatch(start, high.end, interval, high.currency, high.is_percent, False, high.factor,
                       low.small_word and high.small_word, high.place, high.joined)


def parse_digits(text: str, language: str | None) -> float | None:
    """Read "2,500", "2.5", "2.500" or "2 500" (in French: 2500) or "2,5" (in French, or in any language
    where a comma before one or two digits can only be a decimal one: 2.5)."""
    compact = text.replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if language in DECIMAL_COMMA_LANGUAGES:
        compact = compact.replace(".", "").replace(",", ".") if re.search(r"\.\d{3}(?!\d)", compact) \
            else compact.replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", compact) and compact.count(".") > 1:
        compact = compact.replace(".", "")
    elif re.fullmatch(r"\d+,\d{1,2}", compact):  # "5,8 %" quoted where the language is unknown: no thousands
        compact = compact.replace(",", ".")
    else:
        compact = compact.replace(",", "")
    try:
        return float(compact)
    except ValueError:
        return None


def _significant_place(digits: str) -> float:
    """Return the place value of the last significant digit written: 100 for "2,500", 1 for "69",
    0.1 for "45.4" or "45,4" (a whole number's trailing zeros say it was rounded)."""
    if re.search(r"[.,]\d{1,2}$", digits):
        return _place_value(digits)
    whole = re.sub(r"\D", "", digits)
    zeros = len(whole) - len(whole.rstrip("0"))
    return 10.0 ** min(zeros, len(whole) - 1) if whole else 1.0


def _place_value(digits: str) -> float:
    """Return the place value of the last digit written: 1 for "69", 0.1 for "68.7" or "68,7"."""
    decimals = re.search(r"[.,](\d{1,2})$", digits)
    return 10.0 ** -len(decimals.group(1)) if decimals else 1.0
