"""Compare event dates: partial dates agree when the finer falls inside the coarser."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.compare.members import Member, Verdict
from factcheck.compare.typed import judge, pairwise
from factcheck.ruleset import RuleSet

KIND = "date"
SPLIT_BY_ENTITIES = True  # the engine judges the dates of one event per thing dated (see ``parts``)


def compare(members: list[Member], rules: RuleSet) -> Iterator[Verdict]:
    """Judge the dates given for one kind of event about one thing."""
    event = members[0].claim.subject
    subject = _subject(event, members)
    noun = f"the date of the {event}" + (f" ({subject})" if subject != event else "")
    yield from judge(members, pairwise(_compatible), noun, subject, f"{event} date")


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
