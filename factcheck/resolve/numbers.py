"""Find numbers in text and resolve them to intervals.

"more than 1,000" is (1000, inf), "about 2,500" a band of the rules' tolerance either
side, "nearly 50" a band just below 50, "£31bn" 31e9 in GBP, "two thousand" 2000.
Number words, scales and qualifiers come from ``rules/numbers.toml``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from factcheck.models import Interval
from factcheck.ruleset.schema import Numbers, Unit

# Languages whose articles write 2.500 for two thousand five hundred and 2,5 for two and a half.
DECIMAL_COMMA_LANGUAGES = frozenset({"fr", "de", "es", "it", "pt", "nl"})
DIGITS = r"\d{1,3}(?:(?:,|\u202f|\u00a0|\.)\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A number found in text, with its qualifier folded into the interval."""

    start: int
    end: int
    interval: Interval
    currency: str | None
    is_percent: bool
    plain_year: bool


class NumberFinder:
    """Compiled number patterns for one rule set."""

    def __init__(self, numbers: Numbers, units: tuple[Unit, ...]) -> None:
        self.words = {word.lower(): value for word, value in numbers.words.items()}
        self.min_word_value = numbers.min_word_value
        self.scales = {word.lower(): value for word, value in numbers.scales.items()}
        self.tolerance = numbers.qualifiers.approx_tolerance
        self.qualifier_kind: dict[str, str] = {}
        for kind in ("above", "at_least", "below", "at_most", "approx", "approx_below"):
            for phrase in getattr(numbers.qualifiers, kind):
                self.qualifier_kind[phrase.lower()] = kind
        self.symbols = {symbol: unit.id for unit in units for symbol in unit.symbols}
        self.percent_words = [word for unit in units if unit.id == "percent" for word in unit.synonyms]
        qualifier = _alternation(self.qualifier_kind)
        symbol = _alternation(self.symbols)
        word = _alternation(self.words)
        scale = _alternation(self.scales)
        percent = _alternation({word: 0 for word in self.percent_words})
        # A cheap first look: a number needs a digit or a number word.
        self.gate = re.compile(rf"\d|(?<![\w])(?:{word})(?![\w])", re.IGNORECASE)
        self.pattern = re.compile(
            rf"(?<![\w.,:/-])(?:(?P<qualifier>{qualifier})\s+)?(?:an?\s+)?"
            rf"(?P<symbol>{symbol})?\s?"
            rf"(?:(?P<digits>{DIGITS})|(?P<words>(?:{word})(?:[\s-]+(?:{word}))*))"
            rf"(?:\s?(?P<scale>{scale})(?![\w]))?"
            rf"(?:\s?(?P<percent>{percent}))?"
            rf"(?![\w]|[-/:]\w|[.,]\d)",
            re.IGNORECASE,
        )

    def find(self, text: str, language: str | None = None) -> list[NumberMatch]:
        """Return every number in the text with its interval."""
        found: list[NumberMatch] = []
        if not self.gate.search(text):
            return found
        for match in self.pattern.finditer(text):
            number = self._resolve(match, language)
            if number is not None:
                found.append(number)
        return found

    def _resolve(self, match: re.Match[str], language: str | None) -> NumberMatch | None:
        """Turn one regex match into a NumberMatch, or None when it is no quantity."""
        if match.group("digits"):
            value = parse_digits(match.group("digits"), language)
            digits_text = match.group("digits")
        else:
            value = self._parse_words(match.group("words"))
            digits_text = ""
            if value is not None and value < self.min_word_value and not match.group("scale"):
                return None
        if value is None:
            return None
        scale = match.group("scale")
        if scale:
            value *= self.scales[scale.lower()]
        symbol = match.group("symbol")
        currency = self.symbols.get(symbol) if symbol else None
        plain_year = (bool(re.fullmatch(r"(1[89]|20)\d{2}", digits_text)) and not scale and not symbol
                      and not match.group("percent"))
        interval = self._interval(value, (match.group("qualifier") or "").lower())
        return NumberMatch(match.start(), match.end(), interval, currency, bool(match.group("percent")),
                           plain_year)

    def _parse_words(self, words: str) -> float | None:
        """Read "two thousand" or "a dozen" as a number."""
        total, current = 0.0, 0.0
        for word in re.split(r"[\s-]+", words.lower()):
            value = self.words.get(word)
            if value is None:
                return None
            if value >= 1000:
                total += max(current, 1) * value
                current = 0
            elif value == 100:
                current = max(current, 1) * value
            else:
                current += value
        return total + current

    def _interval(self, value: float, qualifier: str) -> Interval:
        """Apply a qualifier phrase to a value."""
        kind = self.qualifier_kind.get(qualifier, "exact")
        band = value * self.tolerance
        bounds = {
            "exact": (value, value),
            "above": (math.nextafter(value, math.inf), math.inf),
            "at_least": (value, math.inf),
            "below": (-math.inf, math.nextafter(value, -math.inf)),
            "at_most": (-math.inf, value),
            "approx": (value - band, value + band),
            "approx_below": (value - band, value),
        }[kind]
        return Interval(low=bounds[0], high=bounds[1])


def parse_digits(text: str, language: str | None) -> float | None:
    """Read "2,500", "2.5", "2.500" (in French: 2500) or "2,5" (in French: 2.5)."""
    compact = text.replace("\u202f", "").replace("\u00a0", "")
    if language in DECIMAL_COMMA_LANGUAGES:
        compact = compact.replace(".", "").replace(",", ".") if re.search(r"\.\d{3}(?!\d)", compact) \
            else compact.replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", compact) and compact.count(".") > 1:
        compact = compact.replace(".", "")
    else:
        compact = compact.replace(",", "")
    try:
        return float(compact)
    except ValueError:
        return None


def _alternation(words: dict[str, object]) -> str:
    """Build a regex alternation, longest first; an empty table never matches."""
    if not words:
        return r"(?!x)x"
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
