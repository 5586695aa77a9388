"""Dates found in text and resolved to partial dates, with the real calendar rules."""

from __future__ import annotations

import pytest

from factcheck.api import load_rules
from factcheck.models import PartialDate
from factcheck.pipeline import Pipeline
from factcheck.resolve.dates import DateFinder
from tests.articles import loaded

PUBLISHED = PartialDate(year=2025, month=7, day=23)  # a Wednesday


@pytest.fixture(scope="module")
def finder() -> DateFinder:
    rules = load_rules()
    return DateFinder(rules.calendar, rules.lexicon.relative_pronouns)


def found(finder: DateFinder, text: str, published: PartialDate | None = None) -> list[tuple[str, str]]:
    """Return (surface text, partial ISO date) for every date found."""
    return [(text[match.start:match.end], str(match.date)) for match in finder.find(text, published)]


@pytest.mark.parametrize(("text", "expected"), [
    ("21 July 2025", [("21 July 2025", "2025-07-21")]),
    ("July 22, 2025", [("July 22, 2025", "2025-07-22")]),
    ("October 2025", [("October 2025", "2025-10")]),
    ("Sept. 3, 2025", [("Sept. 3, 2025", "2025-09-03")]),
    ("dimanche 19 avril 2026 à 12:326 min", [("dimanche 19 avril 2026", "2026-04-19")]),
    ("1er mars 2026", [("1er mars 2026", "2026-03-01")]),
    ("The office opened in 2023.", [("2023", "2023")]),
    ("21/07/2025", [("21/07/2025", "2025-07-21")]),
    ("07/13/2025", [("07/13/2025", "2025-07-13")]),
    ("2025-10-14", [("2025-10-14", "2025-10-14")]),
    ("signed on 21 July 2025 and announced in October 2025",
     [("21 July 2025", "2025-07-21"), ("October 2025", "2025-10")]),
], ids=lambda value: value if isinstance(value, str) else None)
def test_absolute_dates(finder: DateFinder, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(finder, text) == expected


@pytest.mark.parametrize("text", [
    "31 February 2025",
    "30/02/2025",
    "2025-13-01",
    "2,023 staff",
    "GPT-5 launched",
    "a 2023 staff count",
    "no date here at all",
])
def test_not_dates(finder: DateFinder, text: str) -> None:
    assert found(finder, text) == []


def test_us_month_day_date_with_day_over_19(finder: DateFinder) -> None:
    assert found(finder, "07/21/2025") == [("07/21/2025", "2025-07-21")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The deal was signed on Monday.", [("on Monday", "2025-07-21")]),
    ("The deal was signed yesterday.", [("yesterday", "2025-07-22")]),
    ("The deal is signed today.", [("today", "2025-07-23")]),
    ("The deal will be signed tomorrow.", [("tomorrow", "2025-07-24")]),
    ("They met on Wednesday.", [("on Wednesday", "2025-07-23")]),
    ("Le contrat a été signé hier.", [("hier", "2025-07-22")]),
    # Reported speech of what is to come: the coming day, not the one before.
    ("The agency said the branches would reopen on Monday morning.", [("on Monday", "2025-07-28")]),
    # A month named with a word of its own language; "past Mars" is the planet.
    ("Elle a été lancée en mars dernier.", [("en mars dernier", "2025-03")]),
    ("The probe will swing past Mars in early 2025.", []),
    ("It was signed last March.", [("last March", "2025-03")]),
])
def test_relative_dates_resolve_against_published(finder: DateFinder, text: str,
                                                  expected: list[tuple[str, str]]) -> None:
    assert found(finder, text, PUBLISHED) == expected
    assert all(match.relative for match in finder.find(text, PUBLISHED))


@pytest.mark.parametrize("text", [
    "« Aujourd'hui, l'Amérique retourne vers la Lune », a déclaré Bill Nelson.",
    "« Nous avons appris énormément. Aujourd'hui, l'Amérique retourne vers la Lune. »",
    '"We go back to the Moon today," Bill Nelson said.',
    "“Yesterday was a hard day,” the director said.",
])
def test_a_speakers_day_in_direct_speech_dates_nothing(finder: DateFinder, text: str) -> None:
    assert found(finder, text, PUBLISHED) == []


@pytest.mark.parametrize("text", [
    "« Nous irons sur la Lune », a déclaré hier Bill Nelson.",
    '"We will go back," Bill Nelson said today.',
])
def test_a_day_outside_the_quotation_marks_is_the_reports(finder: DateFinder, text: str) -> None:
    assert len(found(finder, text, PUBLISHED)) == 1


@pytest.mark.parametrize("published", [None, PartialDate(year=2025, month=7), PartialDate(year=2025)])
@pytest.mark.parametrize("text", ["The deal was signed on Monday.", "The deal was signed yesterday."])
def test_relative_dates_left_out_without_a_published_day(finder: DateFinder, text: str,
                                                         published: PartialDate | None) -> None:
    assert found(finder, text, published) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("It lifted off on Tuesday March 5.", "2025-03-05"),
    ("President Biden spoke March 5.", "2025-03-05"),
])
def test_a_month_and_day_after_a_weekday_or_a_lower_case_word_are_a_date(finder: DateFinder, text: str,
                                                                          expected: str) -> None:
    assert [str(match.date) for match in finder.find(text, PUBLISHED)] == [expected]


def test_relative_word_inside_an_absolute_date_is_not_counted_twice(finder: DateFinder) -> None:
    assert found(finder, "Monday, 21 July 2025", PUBLISHED) == [("Monday, 21 July 2025", "2025-07-21")]


@pytest.mark.parametrize(("left", "right", "compatible"), [
    ("2025-10", "2025-10-14", True),
    ("2025-10-14", "2025-10", True),
    ("2025-07-21", "2025-07-22", False),
    ("2025", "2025-03", True),
    ("2025", "2025-03-09", True),
    ("2025", "2024", False),
    ("2025-07", "2025-08-01", False),
    ("2025-07-21", "2025-07-21", True),
])
def test_partial_date_compatible(left: str, right: str, compatible: bool) -> None:
    assert PartialDate.parse(left).compatible(PartialDate.parse(right)) is compatible
    assert PartialDate.parse(right).compatible(PartialDate.parse(left)) is compatible


@pytest.mark.parametrize("text", ["2025", "2025-03", "2025-03-09"])
def test_partial_date_round_trips_through_its_iso_form(text: str) -> None:
    assert str(PartialDate.parse(text)) == text


MONDAY = PartialDate(year=2023, month=11, day=6)


@pytest.mark.parametrize(("text", "expected"), [
    ("signed on 2 November", [("2 November", "2023-11-02")]),
    ("signée mercredi 1er novembre", [("mercredi 1er novembre", "2023-11-01")]),
    ("am Montag, dem 25. Juli 2023", [("am Montag", "2023-11-06"), ("25. Juli 2023", "2023-07-25")]),
    ("el 18 de septiembre de 2025", [("18 de septiembre de 2025", "2025-09-18")]),
    ("on July 24", [("July 24", "2023-07-24")]),
    # A day without its year is the published date's year's, up to half a year ahead; then last year's.
    ("sworn in on December 4", [("December 4", "2023-12-04")]),
    ("sworn in on December 14", [("December 14", "2023-12-14")]),
    ("signed on 14 March", [("14 March", "2023-03-14")]),
    ("in the summer of 2025", [("summer of 2025", "2025-06/2025-08")]),
    ("Q3 2025", [("Q3 2025", "2025-07/2025-09")]),
    ("au troisième trimestre 2025", [("troisième trimestre 2025", "2025-07/2025-09")]),
    ("im Sommer 2025", [("Sommer 2025", "2025-06/2025-08")]),
    ("last Thursday", [("last Thursday", "2023-11-02")]),
    ("next Monday", [("next Monday", "2023-11-13")]),
    ("Microsoft said Friday", [("Friday", "2023-11-03")]),
    ("ont signé jeudi à Chequers", [("jeudi", "2023-11-02")]),
    ("lundi dernier", [("lundi dernier", "2023-10-30")]),
    ("last week", [("last week", "2023-10-30/2023-11-05")]),
    ("earlier this month", [("earlier this month", "2023-11")]),
    ("la semaine dernière", [("la semaine dernière", "2023-10-30/2023-11-05")]),
    ("last year", [("last year", "2022")]),
    # Two days of one month: two dates. A figure after a date's comma is no day.
    ("les élections des 12 et 19 juin", [("12", "2023-06-12"), ("19 juin", "2023-06-19")]),
    ("the rounds were held on June 12 and 19.", [("June 12", "2023-06-12"), ("19", "2023-06-19")]),
    ("the rounds were held on Sunday, June 12 and 19.", [("Sunday, June 12", "2023-06-12"), ("19", "2023-06-19")]),
    ("les tours du dimanche 12 et dimanche 19 juin", [("dimanche 12", "2023-06-12"), ("dimanche 19 juin", "2023-06-19")]),
    ("les rencontres de mardi 12 et mercredi 13 juin", [("mardi 12", "2023-06-12"), ("mercredi 13 juin", "2023-06-13")]),
    ("Between June 12 and 19 people died.", [("June 12", "2023-06-12")]),
    # A day or month without its year, then a phrase telling the year: one date.
    ("since his mother's death on 9 September last year", [("9 September last year", "2022-09-09")]),
    ("elle est morte le 8 mars de l'an dernier", [("8 mars de l'an dernier", "2022-03-08")]),
    ("he died in March of last year", [("in March of last year", "2022-03")]),
    ("blocked the deal in April", [("in April", "2023-04")]),
    # Part of a month without its year: the month, in the year a day of it would be in.
    ("a consignment that arrived in late July", [("late July", "2023-07")]),
    ("une offre lancée début novembre", [("début novembre", "2023-11")]),
    ("le vote doit être bouclé à la mi-novembre", [("mi-novembre", "2023-11")]),
    ("a strike that began in mid-September", [("mid-September", "2023-09")]),
    ("Les condamnés ont jusqu'à fin décembre pour faire appel.", [("fin décembre", "2023-12")]),
    ("the late Mayor of Paris", []),
    ("bought it last October", [("last October", "2023-10")]),  # the October before this month
    # A night from one day into the next: the span of both, ending on the report's day at the latest.
    ("l'incendie s'est déclaré dans la nuit de dimanche à lundi", [("nuit de dimanche à lundi",
                                                                   "2023-11-05/2023-11-06")]),
    ("dans la nuit de lundi à mardi", [("nuit de lundi à mardi", "2023-10-30/2023-10-31")]),
    ("the storm hit overnight from Saturday to Sunday", [("overnight from Saturday to Sunday",
                                                         "2023-11-04/2023-11-05")]),
], ids=lambda value: value if isinstance(value, str) else None)
def test_dates_resolved_against_the_published_date(finder: DateFinder, text: str,
                                                   expected: list[tuple[str, str]]) -> None:
    assert found(finder, text, MONDAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("She will meet Sunak on Thursday.", "2023-11-09"),
    ("She is due to attend the summit on Thursday.", "2023-11-09"),
    ("The real verdict is going to be given on Thursday.", "2023-11-09"),
    ("A victory parade on The Mall is planned for Thursday.", "2023-11-09"),
    ("Le défilé est prévu jeudi sur les Champs-Élysées.", "2023-11-09"),
    ("The first round is set for June 12.", "2024-06-12"),
    ("A sentencing hearing was scheduled for July 12.", "2024-07-12"),
    ("She met Sunak on Thursday.", "2023-11-02"),
    # A plan told in the past, of a day still to come.
    ("He was due to meet Lasconi in Sunday's run-off.", "2023-11-12"),
    # across a relative clause set off inside the sentence's own
    ("He was due to meet USR leader Elena Lasconi, who took 19.18%, in Sunday's run-off.", "2023-11-12"),
    ("Les festivités devaient se poursuivre jeudi avec un défilé.", "2023-11-09"),
    # the future word is in another clause: the arrival is past
    ("Harris, who arrived on Thursday, said Washington intends to write the rules.", "2023-11-02"),
    ("It will open in April.", "2024-04"),
    # French marks the future on the verb itself.
    ("Il prendra ses fonctions le 9 octobre.", "2024-10-09"),
    ("Elle entrera en fonctions en avril.", "2024-04"),
    ("Il a pris ses fonctions le 9 octobre.", "2023-10-09"),
    # A date a plan is set for is to come.
    ("Les élections législatives ont été fixées au 14 octobre.", "2024-10-14"),
    # A plan reported in the conditional, or a time things are to be done by, is to come.
    ("Il a indiqué qu'il poserait la question de confiance le 15 janvier.", "2024-01-15"),
    # A weekday after "for" is the coming one, whatever the tense.
    ("He declared a day of national mourning for Thursday.", "2023-11-09"),
    ("Le gouvernement a décrété une journée de deuil pour jeudi.", "2023-11-09"),
    # So is a month's day written without its year, a day's article between.
    ("The president called early elections for March 5.", "2024-03-05"),
    ("Le président a convoqué des élections anticipées pour le 5 mars.", "2024-03-05"),
    ("El presidente convocó elecciones para el 5 de marzo.", "2024-03-05"),
    ("Des élections anticipées pourraient avoir lieu d'ici à fin mars.", "2024-03"),
    # A capitalised word ending so is a name, not a verb.
    ("Le sommet de la Sierra a eu lieu le 9 octobre.", "2023-10-09"),
])
def test_a_sentence_about_the_future_points_forward(finder: DateFinder, text: str, expected: str) -> None:
    assert [str(match.date) for match in finder.find(text, MONDAY)] == [expected]


@pytest.mark.parametrize("text", ["signed on 2 November", "last week", "in April", "Microsoft said Friday"])
def test_dates_without_a_year_are_left_out_without_a_published_date(finder: DateFinder, text: str) -> None:
    assert found(finder, text, None) == []


@pytest.mark.parametrize("text", ["they sat at the table", "the company may grow", "a market of 2 million",
                                  "Sun Microsystems", "a Long March 5 rocket lifted off"])
def test_words_that_only_look_like_dates(finder: DateFinder, text: str) -> None:
    assert found(finder, text, MONDAY) == []


@pytest.mark.parametrize(("left", "right", "compatible"), [
    ("2025-07/2025-09", "2025-08-14", True),
    ("2025-07/2025-09", "2025-10", False),
    ("2023-10-30/2023-11-05", "2023-11-02", True),
    ("2023-10-30/2023-11-05", "2023-11-06", False),
    ("2024-12/2026-02", "2025-01", True),
])
def test_date_spans_are_compatible_when_they_overlap(left: str, right: str, compatible: bool) -> None:
    assert PartialDate.parse(left).compatible(PartialDate.parse(right)) is compatible
    assert PartialDate.parse(right).compatible(PartialDate.parse(left)) is compatible
    assert str(PartialDate.parse(left)) == left


@pytest.mark.parametrize("text", ["The deal was signed last\nweek.", "Results came in the first  half of 2025."])
def test_a_listed_phrase_split_by_a_line_break_or_spaces_is_read(text: str) -> None:
    """A space in a listed phrase matches any whitespace; the lookup must fold it back."""
    found = DateFinder(load_rules().calendar).find(text, PartialDate(year=2025, month=7, day=23))
    assert len(found) == 1


@pytest.mark.parametrize("parts", [{"year": 0}, {"year": 10_000}, {"year": 2025, "month": 13},
                                   {"year": 2025, "month": 0}, {"year": 2025, "month": 7, "day": 0},
                                   {"year": 2025, "month": 7, "day": 32}])
def test_a_partial_date_off_the_calendar_is_refused(parts: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        PartialDate(**parts)


def test_a_day_zero_is_no_date() -> None:
    finder = DateFinder(load_rules().calendar)
    assert [str(match.date) for match in finder.find("A draft of 0 July 2025 and another of 1 July 2025.")] == [
        "2025-07-01"]


def test_a_day_early_next_year_is_the_coming_one_near_the_end_of_a_year(finder: DateFinder) -> None:
    published = PartialDate(year=2023, month=12, day=20)
    assert found(finder, "takes office on 10 January", published) == [("10 January", "2024-01-10")]
    assert found(finder, "was signed on 12 December", published) == [("12 December", "2023-12-12")]


def test_a_day_more_than_half_a_year_ahead_is_last_years(finder: DateFinder) -> None:
    in_february = PartialDate(year=2024, month=2, day=20)
    assert found(finder, "was sworn in on December 14", in_february) == [("December 14", "2023-12-14")]
    in_april = PartialDate(year=2022, month=4, day=25)
    assert found(finder, "les législatives du 12 juin", in_april) == [("12 juin", "2022-06-12")]


# The articles and possessives an event's date is read past are the lexicon's, so a rule folder teaches more.
@pytest.mark.parametrize("text", [
    "The parliament passed the law without il vote on Tuesday 7 May 2024.",
    "Rescuers reached workers trapped inside yon collapsed tunnel on 12 November 2023.",
])
def test_the_determiners_around_an_event_word_come_from_the_lexicon(tmp_path, text: str) -> None:
    (tmp_path / "lexicon.toml").write_text('[lexicon]\ndeterminers = ["il", "yon"]\n', encoding="utf-8")
    shipped, taught = (Pipeline(load_rules(folders)).extractor for folders in ((), [tmp_path]))
    assert [claim.kind for claim in shipped.extract(loaded(text))].count("date") == 1
    assert [claim.kind for claim in taught.extract(loaded(text))].count("date") == 0
