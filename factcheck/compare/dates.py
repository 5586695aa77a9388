"""Compare event dates: partial dates agree when the finer falls inside the coarser."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.compare.members import Member, Verdict, split_by_entities
from factcheck.compare.typed import judge, pairwise
from factcheck.ruleset.schema import CompareSettings

KIND = "date"


def compare(members: list[Member], settings: CompareSettings) -> Iterator[Verdict]:
    """Judge the dates given for one kind of event, per group of entities involved."""
    for part in split_by_entities(members):
        event = part[0].claim.subject
        subject = _subject(event, part)
        yield from judge(part, pairwise(_compatible), f"the date of the {event} ({subject})", subject, f"{event} date")


def _compatible(first: Member, second: Member) -> bool:
    """Return True when the two partial dates can be the same day."""
    assert first.claim.date is not None and second.claim.date is not None
    return first.claim.date.compatible(second.claim.date)


def _subject(event: str, part: list[Member]) -> str:
    """Name what was dated by the entities the sentences share most."""
    counts: dict[str, int] = {}
    for member in part:
        for entity in member.claim.entities:
            counts[entity] = counts.get(entity, 0) + 1
    top = sorted(counts, key=lambda entity: -counts[entity])[:2]
    return " & ".join(top) if top else event
