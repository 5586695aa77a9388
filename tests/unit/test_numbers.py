"""Numbers found in text and resolved to intervals, with the real number and unit rules."""

from __future__ import annotations

import math

import pytest

from factcheck.api import load_rules
from factcheck.models import Interval
from factcheck.resolve.numbers import NumberFinder

INF = math.inf
JUST_ABOVE_1000 = math.nextafter(1000, INF)


@pytest.fixture(scope="module")
def finder() -> NumberFinder:
    rules = load_rules()
    return NumberFinder(rules.numbers, rules.units)


def only(finder: NumberFinder, text: str, language: str | None = None):
    """Return the one number found in the text, failing when there is not exactly one."""
    matches = finder.find(text, language)
    assert len(matches) == 1, [text[match.start:match.end] for match in matches]
    return matches[0]


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("2,500", "2,500", 2500, 2500),
    ("1,234,567 people", "1,234,567", 1234567, 1234567),
    ("more than 1,000", "more than 1,000", 1000, INF),
    ("exceeded 1,000", "exceeded 1,000", 1000, INF),
    ("at least 10", "at least 10", 10, INF),
    ("up to 300", "up to 300", -INF, 300),
    ("about 2,500", "about 2,500", 2300, 2700),
    # A band is no wider than 2 units of the last significant digit written.
    ("about 45.4", "about 45.4", 45.2, 45.6),
    ("about 105,000", "about 105,000", 103000, 107000),
    ("about 510,000", "about 510,000", 490000, 530000),
    ("nearly 50", "nearly 50", 45, 50),
    ("2.5bn", "2.5bn", 2.5e9, 2.5e9),
    ("84.2 MLN", "84.2 MLN", 84.2e6, 84.2e6),  # a wire headline's scale
    ("two thousand", "two thousand", 2000, 2000),
    ("twenty-five", "twenty-five", 25, 25),
    ("a dozen", "a dozen", 12, 12),
    ("one hundred", "one hundred", 100, 100),
    ("1.5", "1.5", 1.5, 1.5),
])
def test_intervals(finder: NumberFinder, text: str, surface: str, low: float, high: float) -> None:
    match = only(finder, text)
    assert text[match.start:match.end] == surface
    assert (match.interval.low, match.interval.high) == pytest.approx((low, high))
    assert match.currency is None
    assert match.is_percent is False


def test_more_than_reaches_down_to_the_number_itself(finder: NumberFinder) -> None:
    """"More than 130 people died" and "130 died" are no disagreement: the round figure may be rounded
    down, and "more than" often only hedges it."""
    interval = only(finder, "more than 1,000").interval
    assert (interval.low, interval.high) == (1000, INF)
    assert str(interval) == "[1000, inf]"
    assert interval.overlaps(only(finder, "1,000").interval)


@pytest.mark.parametrize(("text", "language", "value", "currency"), [
    ("£31bn", None, 31e9, "GBP"),
    ("$1 billion", None, 1e9, "USD"),
    ("US$5m", None, 5e6, "USD"),
    ("€3m", None, 3e6, "EUR"),
    ("£1.5 trillion", None, 1.5e12, "GBP"),
    # French and German write the symbol after the figure, often after a scale.
    ("12 000 €", "fr", 12000, "EUR"),
    ("43,8 Md€", "fr", 43.8e9, "EUR"),
    ("300 M€", "fr", 300e6, "EUR"),
    ("1,5 milliard €", "fr", 1.5e9, "EUR"),
    ("25 $", "fr", 25, "USD"),
    ("CHF 1.4 billion", None, 1.4e9, "CHF"),
    ("60 000 FCFA", "fr", 60000, "CFA"),
])
def test_money(finder: NumberFinder, text: str, language: str | None, value: float, currency: str) -> None:
    match = only(finder, text, language)
    assert (match.start, match.end) == (0, len(text))
    assert match.interval.low == match.interval.high == pytest.approx(value)
    assert match.currency == currency


@pytest.mark.parametrize(("text", "value", "language"), [
    ("12 per cent", 12, None),
    ("40%", 40, None),
    ("3.5%", 3.5, None),
    ("12 pour cent", 12, "fr"),
])
def test_percent(finder: NumberFinder, text: str, value: float, language: str | None) -> None:
    match = only(finder, text, language)
    assert (match.start, match.end) == (0, len(text))
    assert (match.interval.low, match.interval.high) == (value, value)
    assert match.is_percent is True
    assert match.currency is None


@pytest.mark.parametrize("text", [
    "GPT-5",
    "GPT-4o and GPT-5",
    "G7",
    "the G7 summit",
    "12:32",
    "at 12:32 today",
    "COVID-19",
    "2024/25",
    "v2.5",
    "no numbers here",
])
def test_not_quantities(finder: NumberFinder, text: str) -> None:
    assert finder.find(text) == []


@pytest.mark.parametrize(("text", "value"), [("the 872km cable", 872), ("a 5kg bag", 5), ("in 15min", 15)])
def test_a_unit_abbreviation_may_be_joined_to_its_figure(finder: NumberFinder, text: str, value: float) -> None:
    [match] = finder.find(text)
    assert match.interval.low == value


@pytest.mark.parametrize(("text", "low", "high"), [
    ("l'inflation est repassée sous la barre des 2 %", -math.inf, 2),
    ("le bilan a franchi la barre des 1 000 morts", 1000, math.inf),
])
def test_a_bar_crossed_is_a_bound(finder: NumberFinder, text: str, low: float, high: float) -> None:
    [match] = finder.find(text, "fr")
    assert (match.interval.low, match.interval.high) == (low, high)


def test_a_figure_joined_to_other_letters_is_none(finder: NumberFinder) -> None:
    assert finder.find("the 3rd and the 4th") == []


def test_a_small_number_in_words_is_marked_for_the_units_it_may_count(finder: NumberFinder) -> None:
    """Below min_word_value a number word is a figure only for small_word_units (a toll): the
    extractor decides once it knows the unit."""
    assert [(number.interval.low, number.small_word) for number in finder.find("three staff and 2 sites")] == [
        (3.0, True), (2.0, False)]


@pytest.mark.parametrize(("text", "language", "value"), [
    ("2.500", "fr", 2500),
    ("2.500", None, 2.5),
    ("2,5", "fr", 2.5),
    ("2,5 millions", "fr", 2.5e6),
    ("2\u202f500", "fr", 2500),
    ("2\u00a0500", "fr", 2500),
    ("1.234.567", None, 1234567),
    # A comma before one or two digits groups no thousands, whatever the language.
    ("5,8 %", None, 5.8),
    ("5,8 %", "en", 5.8),
    ("2,500", "en", 2500),
])
def test_decimal_separators_follow_the_language(finder: NumberFinder, text: str, language: str | None,
                                                value: float) -> None:
    interval = only(finder, text, language).interval
    assert (interval.low, interval.high) == (value, value)


@pytest.mark.parametrize(("text", "plain_year"), [
    ("2025", True),
    ("2,025", False),
    ("£2025", False),
    ("2025%", False),
    ("1850", True),
    ("3000", False),
])
def test_plain_year(finder: NumberFinder, text: str, plain_year: bool) -> None:
    assert only(finder, text).plain_year is plain_year


def test_several_numbers_in_one_sentence(finder: NumberFinder) -> None:
    text = "about 2,500 staff and over 40% of them"
    matches = finder.find(text)
    assert [text[match.start:match.end] for match in matches] == ["about 2,500", "over 40%"]
    assert [match.is_percent for match in matches] == [False, True]


@pytest.mark.parametrize(("left", "right", "overlaps"), [
    ((2500, 2500), (2500, 2500), True),
    ((2500, 2500), (2000, 2000), False),
    ((2250, 2750), (2500, 2500), True),
    ((2250, 2750), (2000, 2000), False),
    ((JUST_ABOVE_1000, INF), (1000, 1000), False),
    ((JUST_ABOVE_1000, INF), (1200, 1200), True),
    ((-INF, 300), (300, 300), True),
    ((-INF, 300), (301, INF), False),
    ((10, 20), (20, 30), True),
    ((-INF, INF), (5, 5), True),
])
def test_interval_overlaps(left: tuple[float, float], right: tuple[float, float], overlaps: bool) -> None:
    first, second = Interval(low=left[0], high=left[1]), Interval(low=right[0], high=right[1])
    assert first.overlaps(second) is overlaps
    assert second.overlaps(first) is overlaps


@pytest.mark.parametrize(("low", "high", "text"), [
    (2500, 2500, "2500"),
    (2.5, 2.5, "2.5"),
    (2250, 2750, "[2250, 2750]"),
    (-INF, 300, "[-inf, 300]"),
])
def test_interval_str_is_the_normalised_value(low: float, high: float, text: str) -> None:
    assert str(Interval(low=low, high=high)) == text


@pytest.mark.parametrize(("text", "language", "low", "high"), [
    ("2,000-2,500", None, 2000, 2500),
    ("2,000–2,500 staff", None, 2000, 2500),
    ("hundreds of", None, 200, 1999),
    ("des centaines de", "fr", 200, 1999),
    # Hundreds of thousands are not hundreds.
    ("des centaines de milliers de", "fr", 200000, 1999999),
    ("cientos de miles de", "es", 200000, 1999999),
    ("13 000", "fr", 13000, 13000),
    ("rund 1.500", "de", 1350, 1650),
    ("44 Milliarden", "de", 44e9, 44e9),
    ("68,7 milliards", "fr", 68.7e9, 68.7e9),
    ("Vingt-huit", "fr", 28, 28),
    ("twenty-eight", None, 28, 28),
    # A larger number word multiplies the words before it, a smaller one adds to them.
    ("two dozen", None, 24, 24),
    ("quatre-vingt-dix", "fr", 90, 90),
    ("quatre-vingts", "fr", 80, 80),
    ("soixante-dix-huit", "fr", 78, 78),
    ("two thousand five hundred", None, 2500, 2500),
])
def test_ranges_vague_amounts_and_other_languages(finder: NumberFinder, text: str, language: str | None,
                                                  low: float, high: float) -> None:
    interval = only(finder, text, language).interval
    assert (interval.low, interval.high) == pytest.approx((low, high))


def test_a_plain_space_groups_thousands_only_in_languages_that_write_so(finder: NumberFinder) -> None:
    assert [match.interval.low for match in finder.find("in 2023 300 people", "en")] == [2023, 300]


@pytest.mark.parametrize(("text", "rounding"), [("$69bn", 0.5e9), ("$68.7bn", 0.05e9), ("2,500", 0.0),
                                               ("2,000-2,500", 0.0)])
def test_a_figure_with_a_scale_word_keeps_the_rounding_its_digits_imply(finder: NumberFinder, text: str,
                                                                         rounding: float) -> None:
    assert only(finder, text).interval.rounding == pytest.approx(rounding)


@pytest.mark.parametrize(("text", "language", "rounding"), [
    ("66.7%", "en", 0.05), ("31,37 %", "fr", 0.005), ("6.8", "en", 0.05), ("60%", "en", 0.0), ("2,012", "en", 0.0),
    ("about 6.8", "en", 0.0)])
def test_a_decimal_figure_keeps_its_rounding_and_a_whole_one_none(finder: NumberFinder, text: str, language: str,
                                                                  rounding: float) -> None:
    """"66.7%" is the "66,71 %" of another article; "2,012 deaths" is no 2,000, nor "60%" 59.7%."""
    assert only(finder, text, language).interval.rounding == pytest.approx(rounding)


@pytest.mark.parametrize(("left", "right", "overlaps"), [
    ("$69bn", "$68.7bn", True),
    ("$44bn", "$43bn", False),  # 43.5bn is where both roundings end: they touch, they do not agree
    ("£31bn", "£42bn", False),
    ("$75bn", "$68.7bn", False),
    # 1.5bn rounds to 2bn, not to the 1bn written: the ranges touch, the figures do not agree.
    ("$1bn", "$1.5bn", False),
    ("$2bn", "$2.46bn", True),
])
def test_rounded_figures_agree_only_within_their_rounding(finder: NumberFinder, left: str, right: str,
                                                          overlaps: bool) -> None:
    assert only(finder, left).interval.overlaps(only(finder, right).interval) is overlaps


def test_a_qualifier_split_by_a_line_break_still_qualifies() -> None:
    finder = NumberFinder(load_rules().numbers, load_rules().units)
    [number] = finder.find("more\nthan 1,000 officers")
    assert number.interval.high == float("inf")


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("Boeing handed over 497 jets this year.", "497", 497, 497),
    ("It has turned over 1,200 files to the court.", "1,200", 1200, 1200),
    ("The start-up raised over $5m.", "over $5m", 5e6, INF),
    ("Over 300 flights were cancelled.", "Over 300", 300, INF),
    # Nor is a preposition before an article and a figure: the noun phrase is what it governs.
    ("It flies its instruments under a $128 million task order.", "$128 million", 128e6, 128e6),
    ("Over a dozen firms signed.", "Over a dozen", 12, INF),
])
def test_a_verbs_particle_is_no_qualifier(finder: NumberFinder, text: str, surface: str, low: float,
                                          high: float) -> None:
    number = only(finder, text)
    assert text[number.start:number.end] == surface
    assert (number.interval.low, number.interval.high) == (low, high)


@pytest.mark.parametrize(("text", "surface"), [
    ("The company passed a $4tn valuation in July.", "$4tn"),
    ("It closed a €2 billion round.", "€2 billion"),
    ("ASML takes an 11% stake.", "11%"),
    ("A dozen firms signed.", "A dozen"),
    ("Nearly a dozen firms signed.", "Nearly a dozen"),
])
def test_an_article_before_a_figure_is_not_its_text(finder: NumberFinder, text: str, surface: str) -> None:
    number = only(finder, text)
    assert text[number.start:number.end] == surface


@pytest.mark.parametrize(("text", "language", "surface", "low", "high"), [
    ("They held a combined share of 70 to 80 per cent.", None, "70 to 80 per cent", 70, 80),
    ("They held between 70% and 80% of the market.", None, "between 70% and 80%", 70, 80),
    ("Ils détiennent 70 à 80 % du marché.", "fr", "70 à 80 %", 70, 80),
    ("Es geht um 5.000 bis 6.000 Stellen.", "de", "5.000 bis 6.000", 5000, 6000),
    ("Il supprime entre 5 000 et 6 000 emplois.", "fr", "entre 5 000 et 6 000", 5000, 6000),
    ("The deal is worth 5 to 6 billion dollars.", None, "5 to 6 billion", 5e9, 6e9),
    ("The deal is worth £5bn to £6bn.", None, "£5bn to £6bn", 5e9, 6e9),
    # A range's noun before a change's word keeps the two figures a range.
    ("Elle est rentrée dans la fourchette de 1 % à 3 % que vise la Banque.", "fr", "1 % à 3 %", 1, 3),
    ("Inflation is back in the target range from 1% to 3%.", None, "1% to 3%", 1, 3),
])
def test_two_figures_written_as_the_ends_of_a_range_are_one(finder: NumberFinder, text: str, language: str | None,
                                                             surface: str, low: float, high: float) -> None:
    number = only(finder, text, language)
    assert (text[number.start:number.end], number.interval.low, number.interval.high) == (surface, low, high)


@pytest.mark.parametrize(("text", "language"), [
    ("Staff numbers rose from 500 to 700.", None),  # a change
    ("Le taux est passé de 70 à 80 %.", "fr"),
    ("The motion fell by 364 votes to 194.", None),  # the larger first
    ("Shares rose 3% to $45.", None),  # two units
    ("The plan ran between 2020 and 2022.", None),  # years
])
def test_figures_that_are_no_range_stay_two(finder: NumberFinder, text: str, language: str | None) -> None:
    assert len(finder.find(text, language)) == 2


@pytest.mark.parametrize(("text", "surfaces"), [
    ("a 64-game run and a 15-year sentence", ["64", "15"]),
    # A sum, a range or a percentage joined to a word is no count of it; nor a number after a name's hyphen.
    ("a $5bn-a-year plan, a 3-4-hour wait, a 5%-stake, COVID-19 cases", []),
])
def test_a_figure_joined_by_a_hyphen_ends_before_it(finder: NumberFinder, text: str, surfaces: list[str]) -> None:
    matches = finder.find(text)
    assert [text[match.start:match.end] for match in matches] == surfaces
    assert all(match.joined for match in matches)
