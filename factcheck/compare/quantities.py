"""Compare figures: intervals agree when they overlap (with their rounding and the rules' tolerance).

Figures of one unit further apart than ``quantity_max_ratio`` are taken for two facts
(one firm's "£5bn" and all firms' "£31bn"), never for a disagreement; so are one side's
demand or offer and the outcome ("asked for a 77% rise", "agreed on 62%").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import cache, lru_cache, partial
from itertools import groupby, pairwise
from operator import attrgetter

from factcheck.compare.context import claim_start, sharing_context
from factcheck.compare.members import Member, Verdict
from factcheck.compare.typed import NearestOnly, Relate, judge, kept
from factcheck.models import UNNAMED_SOURCES, Interval, PartialDate
from factcheck.resolve.alternation import alternation
from factcheck.ruleset import RuleSet

KIND = "quantity"
SPLIT_BY_ENTITIES = True  # the engine judges the figures of one unit per thing counted (see ``parts``)
# Clause punctuation, as the attribution extractor reads it; not imported from there, as importing
# the extract package would load every extractor into a run that only compares.
CLAUSE_MARKS = re.compile(r"[,;:()—–]")
NO_PROPOSAL = -1
PART_OF_A_WHOLE = -2
CAPACITY = -3
# A unit's word joined to its figure by a hyphen, as an adjective before a noun: "650-seat".
JOINED_UNIT = re.compile(r"\d-[^\W\d_]+$")
# Significant digits two figures must share, at least, to be read as one misprinted: "18" and "81" are,
# "1" and "10" (any round figures) are not.
MISPRINT_DIGITS = 2
SIGNIFICANT_DIGITS = 12  # digits a size is read to when its significant ones are compared
SIZES_REMEMBERED = 4096  # sizes whose significant digits are kept: a key's figures are compared many times


def compare(members: list[Member], rules: RuleSet) -> Iterator[Verdict]:
    """Judge the figures given for one unit about one thing."""
    settings = rules.compare
    relate: Relate = partial(_relate, tolerance=settings.quantity_tolerance, max_ratio=settings.quantity_max_ratio)
    relate = kept(kept(relate, _same_time), _same_part)
    unit = members[0].claim.attribute
    lexicon = rules.lexicon
    if lexicon.proposals or lexicon.increments or lexicon.partitives or unit in rules.capacity_units:
        relate = kept(relate, partial(_same_stance, stances=_stances(members, rules)))
    if unit.partition(" per ")[0] in rules.context_units:
        relate = kept(relate, sharing_context(members, rules.figure_context_ignored, rules.context_translations))
    nearest = NearestOnly(relate, members, _magnitude, _gap)
    relate = nearest.relate
    if unit in rules.running_units:
        # After ``NearestOnly``: a count and its update are one fact, of which a third source may tell
        # another apart, though they are no disagreement.
        relate = kept(relate, partial(_not_an_update, either_way=unit in rules.changing_units))
    subject = next((member.claim.subject for member in members if member.claim.subject), "")
    noun = f"the {_noun(unit, rules.unit_nouns)}" + (f" ({subject})" if subject else "")
    yield from judge(members, relate, noun, subject or unit, unit, nearest.no_clash)


def _gap(one: float, other: float) -> float:
    """Return how far apart two sizes are, as a ratio (its logarithm): 200 is as far from 100 as 50. A
    figure is nearest to its own misprint (``_misprinted``), whatever their ratio: "81 km" disputes
    another article's "18 km", not the "about 150 km" it also gives."""
    if one <= 0 or other <= 0:
        return 0.0 if one == other else math.inf
    return 0.0 if _misprinted(one, other) else abs(math.log(one / other))


def _misprints(sizes: list[float]) -> Iterator[tuple[int, int]]:
    """Yield the pairs of figures (positions) that are one misprinted (``_misprinted``), however far apart
    in size: "18 km" and "81 km"."""
    by_digits: dict[str, list[int]] = {}
    for position, size in enumerate(sizes):
        digits = _significant_digits(size)
        if len(digits.rstrip("0")) >= MISPRINT_DIGITS:
            by_digits.setdefault("".join(sorted(digits.replace("0", ""))), []).append(position)
    for positions in by_digits.values():
        for rank, a in enumerate(positions):
            for b in positions[rank + 1:]:
                if _misprinted(sizes[a], sizes[b]):
                    yield a, b


def _misprinted(one: float, other: float) -> bool:
    """Return True when two sizes are one figure with its digits transposed, the classic slip of a hurried
    desk: the same significant digits (``MISPRINT_DIGITS`` or more) in another order at the same scale
    ("18" and "81", "1.93" and "1.39", "310" and "301"). The same digits at another scale are not:
    "above 85%" inflation and an "8.5%" rate are two facts as often as one misplaced point."""
    if one <= 0 or other <= 0 or math.floor(math.log10(one)) != math.floor(math.log10(other)):
        return False
    first, second = _significant_digits(one), _significant_digits(other)
    # Read both to the longer's last significant digit: "310" and "301" are one slip.
    kept = max(len(first.rstrip("0")), len(second.rstrip("0")))
    first, second = first[:kept], second[:kept]
    return kept >= MISPRINT_DIGITS and first != second and sorted(first) == sorted(second)


@lru_cache(maxsize=SIZES_REMEMBERED)
def _significant_digits(size: float) -> str:
    """Return a size's digits from its first significant one, to ``SIGNIFICANT_DIGITS`` places: "209000000000"
    of 209 billion, the zeros that only place it at the end."""
    mantissa = f"{abs(size):.{SIGNIFICANT_DIGITS - 1}e}".partition("e")[0]
    return mantissa.replace(".", "")


@cache
def _proposal_pattern(groups: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    """Compile the proposal words (``lexicon.proposals``) into one pattern, a named group per group."""
    branches = "|".join(f"(?P<g{index}>{alternation(words)})" for index, words in enumerate(groups))
    return re.compile(rf"(?<![\w-])(?:{branches})(?![\w-])", re.IGNORECASE)


def _stances(members: list[Member], rules: RuleSet) -> dict[str, int]:
    """Return each figure's stance: what kind of reading of the unit it is, figures of two stances being
    two facts.

    An increment is a stance of its own: "fell a further 0.9% on Thursday" adds to Wednesday's
    fall, and is no reading of the 1.4% another article gives for Wednesday. So is a part of a
    whole ("Alaska, which flies 65 of the jets" counts some of the 171 grounded), and a size told
    as a unit joined to its figure before a noun (``Unit.capacity``: "the 650-seat House" is no
    count of the 411 seats one party won). Else a proposal's group (``_stance``).
    """
    proposals = _proposal_pattern((*rules.lexicon.proposals, rules.lexicon.increments))
    partitive = _partitive_pattern(rules.lexicon.partitives)
    sized = members[0].claim.attribute in rules.capacity_units

    def stance(member: Member) -> int:
        if partitive.search(member.claim.text):
            return PART_OF_A_WHOLE
        if sized and JOINED_UNIT.search(member.claim.text):
            return CAPACITY
        return _stance(member, proposals)

    return {member.claim_id: stance(member) for member in members}


@cache
def _partitive_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Compile the words that make a figure a part of a whole the sentence refers to (``lexicon.partitives``),
    as they stand after the figure's number in its text ("65 of the jets"); never matches with no words.
    A part of a whole the sentence counts ("358 of the town's 1,113 structures") is read as what it
    counts, which another article's "385 structures destroyed" may dispute."""
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"\d\s+(?:{alternation(words)})(?![\w-])", re.IGNORECASE)


def _stance(member: Member, proposals: re.Pattern[str]) -> int:
    """Return the group of the proposal or increment word nearest before the figure in its clause, or NO_PROPOSAL.

    "The union has asked for a 77% rise" is the union's demand; "it had improved its
    offer to a wage increase of nearly 50%" the employers' offer; in "Having asked for
    77%, the union settled for 62%" the 62% is the outcome, as its clause says. An
    increment is the group after the proposals'.
    """
    quote, start = member.claim.quote, claim_start(member)
    marks = [match.end() for match in CLAUSE_MARKS.finditer(quote, 0, start)]
    words = list(proposals.finditer(quote, marks[-1] if marks else 0, start))
    return int(words[-1].lastgroup[1:]) if words and words[-1].lastgroup else NO_PROPOSAL


def _same_stance(first: Member, second: Member, stances: dict[str, int]) -> bool:
    """Return True when both figures are outcomes, or both follow words of one proposal group (``_stance``)."""
    return stances[first.claim_id] == stances[second.claim_id]


def _noun(unit: str, nouns: dict[str, str]) -> str:
    """Say what a unit's figures are: its rules' noun ("headcount"), a rate's as its base unit's ("sum in
    dollars per share"), else "figure for" the unit, as one read from an article is ("probation officer").
    """
    base, per, rate = unit.partition(" per ")
    return nouns[base] + per + rate if base in nouns else f"figure for {unit}"


def _same_time(first: Member, second: Member) -> bool:
    """Return False when both figures' sentences name years and none of one's is any of the other's:
    "a deficit of 5.8% in 2024" and "4.6% in 2026" are two facts."""
    years, others = first.claim.sentence_dates, second.claim.sentence_dates
    return not years or not others or any(year.compatible(other) for year in years for other in others)


def _same_part(first: Member, second: Member) -> bool:
    """Return False when both figures' sentences name parts of one kind and none of one's is any of the
    other's (``extract.parts``): "$10.2bn in the first quarter" and "$12.1bn in the second" are two facts."""
    kinds = {part.rpartition(" ")[0] for part in first.claim.parts}
    shared = kinds.intersection(part.rpartition(" ")[0] for part in second.claim.parts)
    return not shared or not set(first.claim.parts).isdisjoint(second.claim.parts)


def _not_an_update(first: Member, second: Member, either_way: bool = False) -> bool:
    """Return False when one running count (``Unit.rises``) is a later day's larger one than the other:
    "2,012 dead" in Saturday's article and "2,862" in Tuesday's is a toll updated, not a disagreement.
    A later count giving less still disagrees, unless the count goes ``either_way`` (``Unit.changes``)."""
    first_day, second_day = _count_day(first), _count_day(second)
    if first_day is None or second_day is None:
        return True
    (earlier_day, earlier), (later_day, later) = sorted(((first_day, first), (second_day, second)),
                                                        key=lambda pair: pair[0].first_day())
    if later_day.first_day() <= earlier_day.last_day():
        return True
    if either_way:
        return False
    assert earlier.claim.interval is not None and later.claim.interval is not None
    # "more than 130" on Wednesday reaches 140 (``Interval.reach``): "more than 200" on Thursday is more.
    before, after = earlier.claim.interval.reached(), later.claim.interval.reached()
    return after.low - after.rounding <= before.high + before.rounding


def _count_day(member: Member) -> PartialDate | None:
    """Return the day a running count was given: the one its sentence names ("said on Thursday that
    more than 200 had been arrested"), else its article's, if known."""
    return member.claim.date or member.published


def _relate(firsts: list[Member], tolerance: float, max_ratio: float) -> Iterator[tuple[int, int, bool]]:
    """Yield the pairs of figures that can be one fact, with whether they agree (see ``typed.Relate``).

    Two figures can be one fact when they are close in size, or put in one source's
    mouth ("Microsoft said 8.5 million", "Microsoft says 85 million": that source's one
    figure, however far apart). Figures are sorted by size, so each meets only those
    within ``max_ratio`` of it, not every other figure of its key.

    When one value lies inside every figure ("more than 200", "more than 201", ...,
    "more than 599" of an archive), every pair overlaps, so every pair agrees and none
    can clash: only the pairs that join each run of figures close in size are yielded
    (each figure and the next larger one), not every pair of a run.
    """
    sizes = [_magnitude(member) for member in firsts]
    by_size = sorted(range(len(firsts)), key=sizes.__getitem__)
    if len(firsts) > 1 and _share_a_value(firsts):
        close = _next_larger(by_size, sizes, max_ratio)
        pair = _agreeing
    else:
        close = _within_ratio(by_size, sizes, max_ratio)
        pair = partial(_overlapping, firsts, [_largest_bound(member) for member in firsts], tolerance)
    for a, b in close:
        yield pair(a, b)
    for a, b in (*_said_by_one_source(firsts), *_misprints(sizes)):
        if not _close(*sorted((sizes[a], sizes[b])), max_ratio):  # those close in size came above
            yield pair(a, b)


def _within_ratio(by_size: list[int], sizes: list[float], max_ratio: float) -> Iterator[tuple[int, int]]:
    """Yield every pair of figures within ``max_ratio`` of each other, from the figures in order of size."""
    for rank, smaller in enumerate(by_size):
        for larger in by_size[rank + 1:]:
            if not _close(sizes[smaller], sizes[larger], max_ratio):
                break
            yield smaller, larger


def _next_larger(by_size: list[int], sizes: list[float], max_ratio: float) -> Iterator[tuple[int, int]]:
    """Yield each figure with the next larger one when they are close.

    A figure between two close figures is close to both, so the figures that all pairs
    would join form runs in order of size, and each figure with the next joins them alike.
    """
    return ((smaller, larger) for smaller, larger in pairwise(by_size)
            if _close(sizes[smaller], sizes[larger], max_ratio))


def _agreeing(a: int, b: int) -> tuple[int, int, bool]:
    """Return the pair, earlier position first, as one that agrees (every pair does when all share a value)."""
    return min(a, b), max(a, b), True


def _overlapping(firsts: list[Member], bounds: list[float], tolerance: float,
                 a: int, b: int) -> tuple[int, int, bool]:
    """Return the pair, earlier position first, with whether the figures overlap within the tolerance."""
    first, second = min(a, b), max(a, b)
    interval, other = firsts[first].claim.interval, firsts[second].claim.interval
    assert interval is not None and other is not None
    return first, second, interval.overlaps(other, tolerance * max(bounds[first], bounds[second]))


def _said_by_one_source(firsts: list[Member]) -> Iterator[tuple[int, int]]:
    """Yield the pairs of figures one named source gave, earlier position first ("officials" name no one)."""
    said: dict[str, list[int]] = {}
    for position, member in enumerate(firsts):
        said_by = member.claim.attribution
        if said_by and said_by != UNNAMED_SOURCES:
            said.setdefault(said_by, []).append(position)
    for positions in said.values():
        for rank, a in enumerate(positions):
            for b in positions[rank + 1:]:
                yield a, b


def _share_a_value(firsts: list[Member]) -> bool:
    """Return True when all pairs overlap (``Interval.overlaps``): one value lies strictly inside every
    figure widened by its rounding, every two rounded figures are one (``_rounded_figures_agree``), another
    inside what the words of each figure open the same way reach ("more than 50" and "more than 70" both
    hold 80, yet do not agree), one inside the maxima of
    the caps ("up to 40" and "up to 35" do not agree), and the middles of the approximate figures are
    no further apart than the narrowest of their bands reaches (so each pair's wider band does)."""
    intervals = [member.claim.interval for member in firsts if member.claim.interval is not None]
    if not _one_value_in(intervals) or not _rounded_figures_agree(intervals):
        return False
    for side in (-1, 1):  # open below, open above
        if not _one_value_in([interval.reached() for interval in intervals
                              if interval.reach and interval.open_end() == side]):
            return False
    if not _one_value_in([interval.ceiling() for interval in intervals if interval.cap]):
        return False
    bands = [interval for interval in intervals if interval.approximate]
    if not bands:
        return True
    middles = [interval.low + interval.high for interval in bands]  # twice each middle, as widths are twice
    return max(middles) - min(middles) < min(interval.high - interval.low for interval in bands)


def _one_value_in(intervals: list[Interval]) -> bool:
    """Return True when one value lies strictly inside every interval widened by its rounding (or there are none)."""
    if not intervals:
        return True
    highest_low = max(interval.low - interval.rounding for interval in intervals)
    lowest_high = min(interval.high + interval.rounding for interval in intervals)
    return highest_low < lowest_high


def _rounded_figures_agree(intervals: list[Interval]) -> bool:
    """Return True when every two rounded figures are one as ``Interval.overlaps`` reads them, without trying
    every pair: taken finest first, the figures written alike lie nearer than their rounding, and each lies
    where all finer ones round to it."""
    figures = sorted((interval for interval in intervals if interval.is_rounded_figure()),
                     key=attrgetter("rounding"))
    finer: tuple[float, float] | None = None  # the lowest and the highest of the finer figures
    for rounding, alike in groupby(figures, key=attrgetter("rounding")):
        values = [interval.low for interval in alike]
        low, high = min(values), max(values)
        if high - low >= rounding:
            return False
        if finer is not None and not (high - rounding <= finer[0] and finer[1] < low + rounding):
            return False
        finer = (low, high) if finer is None else (min(finer[0], low), max(finer[1], high))
    return True


def _close(smaller: float, larger: float, max_ratio: float) -> bool:
    """Return True when two sizes (smaller first) are within ``max_ratio`` of each other; zero is close only to zero."""
    if smaller == 0 or larger == 0:
        return smaller == larger
    return larger / smaller <= max_ratio


def _largest_bound(member: Member) -> float:
    """Return the largest finite bound of a figure, in absolute value (0.0 for none): the tolerance scales with it."""
    interval = member.claim.interval
    assert interval is not None
    return max((abs(value) for value in (interval.low, interval.high) if math.isfinite(value)), default=0.0)


def _magnitude(member: Member) -> float:
    """Return the size a figure stands for: its middle, or its finite bound when open-ended."""
    interval = member.claim.interval
    assert interval is not None
    bounds = [abs(value) for value in (interval.low, interval.high) if math.isfinite(value)]
    return sum(bounds) / len(bounds) if bounds else 0.0
