"""Compare figures: intervals agree when they overlap (with their rounding and the rules' tolerance).

Figures of one unit further apart than ``quantity_max_ratio`` are taken for two facts
(one firm's "£5bn" and all firms' "£31bn"), never for a disagreement.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import partial

from factcheck.compare.members import Member, Verdict, split_by_entities
from factcheck.compare.typed import judge
from factcheck.models import UNNAMED_SOURCES
from factcheck.ruleset.schema import CompareSettings

KIND = "quantity"


def compare(members: list[Member], settings: CompareSettings) -> Iterator[Verdict]:
    """Judge the figures given for one unit, per group of entities counted."""
    compatible = partial(_compatible, tolerance=settings.quantity_tolerance)
    comparable = partial(_comparable, max_ratio=settings.quantity_max_ratio, sizes={})
    for part in split_by_entities(members):
        unit = part[0].claim.attribute
        subject = next((member.claim.subject for member in part if member.claim.subject), "")
        noun = f"the number of {unit}" + (f" ({subject})" if subject else "")
        yield from judge(part, compatible, noun, subject or unit, unit, comparable)


def _compatible(first: Member, second: Member, tolerance: float) -> bool:
    """Return True when the ranges overlap once widened by their rounding and the relative tolerance."""
    a, b = first.claim.interval, second.claim.interval
    assert a is not None and b is not None
    slack = tolerance * max((abs(v) for v in (a.low, a.high, b.low, b.high) if math.isfinite(v)), default=0.0)
    return a.overlaps(b, slack)


def _comparable(first: Member, second: Member, max_ratio: float, sizes: dict[int, float]) -> bool:
    """Return True when two figures can be reports of one fact: close in size, or put in one source's mouth.

    Two figures of one unit that both articles attribute to the same named source
    ("Microsoft said 8.5 million", "Microsoft says 85 million") are that source's one
    figure, however far apart. ``sizes`` keeps each figure's magnitude (by claim
    identity) for the comparison's duration: a figure meets every other of its key.
    """
    said_by = first.claim.attribution
    if said_by and said_by == second.claim.attribution and said_by != UNNAMED_SOURCES:
        return True
    for member in (first, second):
        if id(member.claim) not in sizes:
            sizes[id(member.claim)] = _magnitude(member)
    a, b = sizes[id(first.claim)], sizes[id(second.claim)]
    if a == 0 or b == 0:
        return a == b
    return max(a, b) / min(a, b) <= max_ratio


def _magnitude(member: Member) -> float:
    """Return the size a figure stands for: its middle, or its finite bound when open-ended."""
    interval = member.claim.interval
    assert interval is not None
    bounds = [abs(value) for value in (interval.low, interval.high) if math.isfinite(value)]
    return sum(bounds) / len(bounds) if bounds else 0.0
