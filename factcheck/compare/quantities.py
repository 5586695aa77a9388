"""Compare figures: intervals agree when they overlap (with the rules' tolerance)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import partial

from factcheck.compare.members import Member, Verdict, split_by_entities
from factcheck.compare.typed import judge
from factcheck.ruleset.schema import CompareSettings

KIND = "quantity"


def compare(members: list[Member], settings: CompareSettings) -> Iterator[Verdict]:
    """Judge the figures given for one unit, per group of entities counted."""
    compatible = partial(_compatible, tolerance=settings.quantity_tolerance)
    for part in split_by_entities(members):
        unit = part[0].claim.attribute
        subject = next((member.claim.subject for member in part if member.claim.subject), "")
        noun = f"the number of {unit}" + (f" ({subject})" if subject else "")
        yield from judge(part, compatible, noun, subject or unit, unit)


def _compatible(first: Member, second: Member, tolerance: float) -> bool:
    """Return True when the ranges overlap once widened by the relative tolerance."""
    a, b = first.claim.interval, second.claim.interval
    assert a is not None and b is not None
    slack = tolerance * max((abs(v) for v in (a.low, a.high, b.low, b.high) if math.isfinite(v)), default=0.0)
    return a.low - slack <= b.high and b.low - slack <= a.high
