"""RuleSet: every rule file merged into one immutable value, with a stable hash."""

from __future__ import annotations

import hashlib

from pydantic import Field

from factcheck.ruleset.schema import (
    Boilerplate,
    CalendarLanguage,
    Check,
    CompareSettings,
    Entity,
    Event,
    ExtractionRule,
    Lexicon,
    MetadataRules,
    Numbers,
    RuleModel,
    Titles,
    Unit,
)


class RuleSet(RuleModel):
    """All rules in force for one run."""

    entities: tuple[Entity, ...] = ()
    calendar: dict[str, CalendarLanguage] = {}
    numbers: Numbers = Numbers()
    units: tuple[Unit, ...] = ()
    titles: Titles = Titles()
    events: tuple[Event, ...] = ()
    lexicon: Lexicon = Lexicon()
    boilerplate: Boilerplate = Boilerplate()
    metadata: MetadataRules = MetadataRules()
    checks: tuple[Check, ...] = ()
    extraction: tuple[ExtractionRule, ...] = ()
    compare: CompareSettings = CompareSettings()
    sources: tuple[str, ...] = Field(default=(), exclude=True)

    def fingerprint(self) -> str:
        """Return a hash of the rules' content, for cache keys."""
        payload = self.model_dump_json(exclude={"sources"})
        return hashlib.sha256(payload.encode()).hexdigest()[:16]

    def check_for(self, kind: str, finding: str) -> Check | None:
        """Return the enabled check reporting this verdict of this comparator, if any."""
        for check in self.checks:
            if check.kind == kind and check.finding == finding and check.enabled:
                return check
        return None
