"""Member and Verdict: what comparators take in and give back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from factcheck.models import ExtractedClaim, FindingKind, PartialDate

MAX_LISTED = 5


class Member(NamedTuple):
    """One claim as a comparator sees it: with its ids, its source and its article's date.

    A named tuple, not a frozen dataclass: a run builds one per claim (123,000 on the
    10,000-article benchmark), and a frozen dataclass sets each field through
    ``object.__setattr__``, three times slower.
    """

    order: int
    claim_id: str
    article_id: str
    label: str
    source: int
    published: PartialDate | None
    claim: ExtractedClaim
    language: str | None = None  # the article's, given or guessed; None when unknown


@dataclass(frozen=True, slots=True)
class Verdict:
    """A comparator's judgement on some claims; the engine turns it into a Finding."""

    finding: FindingKind
    subject: str
    attribute: str
    members: tuple[Member, ...]
    message: str
    values: tuple[str, ...]
    # The members whose articles the verdict holds at fault, when that is not all of
    # them: a former name used after the rename is wrong, the current name set against
    # it is not. Empty means every member. A --new run fails only on a new article's fault.
    blamed: tuple[Member, ...] = ()

    def at_fault(self) -> tuple[Member, ...]:
        """Return the members whose articles the verdict holds at fault."""
        return self.blamed or self.members


def sources_of(members: tuple[Member, ...] | list[Member]) -> int:
    """Return how many independent sources the members come from."""
    return len({member.source for member in members})


def listing(items: list[str] | tuple[str, ...], separator: str = ", ") -> str:
    """Join items for a message, naming at most MAX_LISTED and counting the rest.

    A message is one sentence a person can act on: with hundreds of copies of one story
    it must not name every article (the finding's claims still cite each one), nor every
    one of the open-ended figures ("more than 200", "more than 201", ...) that all fit
    one another (joined with " / ").
    """
    shown = separator.join(items[:MAX_LISTED])
    return shown + (f" and {len(items) - MAX_LISTED} more" if len(items) > MAX_LISTED else "")


def labels(members: tuple[Member, ...] | list[Member]) -> str:
    """Return the members' article labels, each once, in order."""
    return listing(list(dict.fromkeys(member.label for member in members)))


def cited(members: tuple[Member, ...] | list[Member]) -> str:
    """Return the members' article labels, each once, with whom each attributes its claim to."""
    seen: dict[str, list[str]] = {}
    for member in members:
        who = seen.setdefault(member.label, [])
        if member.claim.attribution and member.claim.attribution not in who:
            who.append(member.claim.attribution)
    return listing([label + (f" citing {' and '.join(who)}" if who else "") for label, who in seen.items()])


def source_note(members: tuple[Member, ...] | list[Member]) -> str:
    """Say which of the members' articles count as one source, or return "" when each is its own.

    Copies of one wire story, or articles of one outlet, are one source: the reader
    should see why three articles make only one confirmation.
    """
    by_source: dict[int, list[str]] = {}
    for member in members:
        names = by_source.setdefault(member.source, [])
        if member.label not in names:
            names.append(member.label)
    shared = [names for names in by_source.values() if len(names) > 1]
    if not shared:
        return ""
    notes = [f"{_together(names)} count as one source" for names in shared[:MAX_LISTED]]
    if len(shared) > MAX_LISTED:
        notes.append(f"{len(shared) - MAX_LISTED} more groups of articles count as one source each")
    return " (" + "; ".join(notes) + ")"


def _together(names: list[str]) -> str:
    """Join the names of articles counted as one source: all of a few, MAX_LISTED of many.

    Copies of one wire story can number in the thousands, and a finding's message is
    repeated wherever the finding is shown (once per article in SARIF).
    """
    return " and ".join(names) if len(names) <= MAX_LISTED else listing(names)


def first_per_article(members: list[Member]) -> list[Member]:
    """Keep each article's first claim, so a finding cites each article once per value."""
    seen: set[str] = set()
    kept = []
    for member in members:
        if member.article_id not in seen:
            seen.add(member.article_id)
            kept.append(member)
    return kept
