"""Measure factcheck against hand-labelled sets: precision and recall per finding kind.

A labelled item is found when a reported finding of its kind has, for each labelled
file, a claim from that file whose surface text contains the labelled value (case
and spacing aside). A finding that matches no labelled item of its kind is spurious.
Conflicts are expected to be labelled exhaustively, so their precision is exact;
agreements and single-source facts are labelled where a reader would check them.

Nothing here prints: ``evaluate`` returns an ``EvalResult`` for a reporter to render.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from factcheck import api
from factcheck.load import discover
from factcheck.errors import UsageError
from factcheck.labels import LABELS_FILE, LabelledAgreement, LabelledConflict, LabelledSingle, Labels, load_labels
from factcheck.models import Finding, FrozenModel, Report, split_record
from factcheck.ruleset import RuleSet
from factcheck.settings import Settings

FINDING_KINDS = ("conflict", "agreement", "single_source")
TYPE_OF_KIND = {"date": "date", "quantity": "number", "name": "name", "role": "title", "statement": "other"}
# An article opening a labelled value, in the languages the rules read ("the", "l'", "la", "die", "el").
LEADING_ARTICLE = re.compile(r"^(?:(?:the|an?|les?|la|une?|des|der|die|das|den|dem|el|los|las)\s+|l')")
Label = LabelledConflict | LabelledAgreement | LabelledSingle
Evidence = list[tuple[str, str, str]]  # (file, normalised surface text, normalised value) per claim


class Tally(FrozenModel):
    """Counts for one finding kind and one label type ("all" for every type)."""

    kind: str
    type: str
    labelled: int = 0
    found: int = 0
    reported: int = 0
    correct: int = 0

    @property
    def recall(self) -> float | None:
        """Return found / labelled, or None when nothing is labelled."""
        return self.found / self.labelled if self.labelled else None

    @property
    def precision(self) -> float | None:
        """Return correct / reported, or None when nothing is reported."""
        return self.correct / self.reported if self.reported else None

    def plus(self, other: Tally) -> Tally:
        """Return the sum of two tallies of the same kind and type."""
        return self.model_copy(update={field: getattr(self, field) + getattr(other, field)
                                       for field in ("labelled", "found", "reported", "correct")})


class Missed(FrozenModel):
    """A labelled item no finding matched."""

    kind: str
    id: str
    type: str
    about: str


class Spurious(FrozenModel):
    """A finding that matched no labelled item of its kind."""

    kind: str
    type: str
    finding: str
    rule: str
    subject: str
    message: str


class Confusion(FrozenModel):
    """A labelled agreement or trap (its id in ``agreement``) whose claims a conflict puts on different sides."""

    agreement: str
    finding: str
    message: str


class SetScore(FrozenModel):
    """The evaluation of one labelled set."""

    folder: str
    articles: int
    tallies: tuple[Tally, ...]
    missed: tuple[Missed, ...]
    spurious: tuple[Spurious, ...]
    confusions: tuple[Confusion, ...]


class EvalResult(FrozenModel):
    """Every set's score and the totals over all sets."""

    sets: tuple[SetScore, ...]
    total: tuple[Tally, ...]


def evaluate(folders: Iterable[Path], rules: RuleSet, jobs: int | None = 1, settings: Settings | None = None) -> EvalResult:
    """Check each labelled folder on its own and score it against its labels.

    A folder without labels of its own stands for the labelled folders inside it
    (``factcheck eval fixtures/eval`` scores every set there).
    """
    sets = [labelled for folder in folders for labelled in labelled_sets(folder)]
    scores = tuple(evaluate_set(folder, rules, jobs, settings) for folder in sets)
    return EvalResult(sets=scores, total=combine(score.tallies for score in scores))


def labelled_sets(folder: Path) -> list[Path]:
    """Return the folder if it has labels, else its subfolders that have them, else the folder (to fail on)."""
    if not folder.is_dir():
        raise UsageError("not a folder (factcheck eval reads a folder of articles and its labels.json)",
                         path=str(folder))
    if (folder / LABELS_FILE).exists():
        return [folder]
    inside = sorted(child for child in folder.iterdir() if child.is_dir() and (child / LABELS_FILE).exists())
    return inside or [folder]


def evaluate_set(folder: Path, rules: RuleSet, jobs: int | None = 1, settings: Settings | None = None) -> SetScore:
    """Check the articles of one folder (never its labels file) and score the report."""
    files = discover([str(folder)])
    labels = load_labels(folder, {_relative(path, folder) for path in files})
    report = api.check(files, rules, jobs, settings=settings)
    return score(report, labels, folder)


def score(report: Report, labels: Labels, folder: Path) -> SetScore:
    """Match the report's findings to the labels and count what was found and what was not."""
    evidence = _evidence(report, folder)
    types = _types(report)
    by_kind: dict[str, tuple[Label, ...]] = {"conflict": labels.conflicts, "agreement": labels.agreements,
                                             "single_source": labels.single_source}
    found: set[str] = set()
    spurious: list[Spurious] = []
    correct: set[str] = set()
    for finding in report.findings:
        matched = [label for label in by_kind[finding.kind]
                   if label.type in ("other", types[finding.id]) and _matches(label, evidence[finding.id])]
        found.update(f"{finding.kind}:{label.id}" for label in matched)
        if matched:
            correct.add(finding.id)
        else:
            spurious.append(Spurious(kind=finding.kind, type=types[finding.id], finding=finding.id,
                                     rule=finding.rule, subject=finding.subject, message=finding.message))
    missed = [Missed(kind=kind, id=label.id, type=label.type, about=label.about)
              for kind in FINDING_KINDS for label in by_kind[kind] if f"{kind}:{label.id}" not in found]
    tallies = _tallies(report, types, by_kind, found, correct)
    return SetScore(folder=str(folder), articles=len(report.articles), tallies=tallies, missed=tuple(missed),
                    spurious=tuple(spurious), confusions=tuple(_confusions(report, labels, evidence)))


def combine(tallies: Iterable[tuple[Tally, ...]]) -> tuple[Tally, ...]:
    """Add up the tallies of several sets, row by row."""
    rows: dict[tuple[str, str], Tally] = {}
    for set_tallies in tallies:
        for tally in set_tallies:
            key = (tally.kind, tally.type)
            rows[key] = rows[key].plus(tally) if key in rows else tally
    return tuple(sorted(rows.values(), key=_row_order))


def _tallies(report: Report, types: dict[str, str], by_kind: dict[str, tuple[Label, ...]], found: set[str],
             correct: set[str]) -> tuple[Tally, ...]:
    """Count labelled, found, reported and correct per kind, overall and per type."""
    rows: dict[tuple[str, str], dict[str, int]] = {}

    def bump(kind: str, type_: str, field: str) -> None:
        for key in ((kind, "all"), (kind, type_)):
            row = rows.setdefault(key, {"labelled": 0, "found": 0, "reported": 0, "correct": 0})
            row[field] += 1

    for kind in FINDING_KINDS:
        rows.setdefault((kind, "all"), {"labelled": 0, "found": 0, "reported": 0, "correct": 0})
        for label in by_kind[kind]:
            bump(kind, label.type, "labelled")
            if f"{kind}:{label.id}" in found:
                bump(kind, label.type, "found")
    for finding in report.findings:
        bump(finding.kind, types[finding.id], "reported")
        if finding.id in correct:
            bump(finding.kind, types[finding.id], "correct")
    return tuple(sorted((Tally(kind=kind, type=type_, **counts) for (kind, type_), counts in rows.items()),
                        key=_row_order))


def _row_order(tally: Tally) -> tuple[int, int, str]:
    """Order rows by finding kind, the "all" row first."""
    return (FINDING_KINDS.index(tally.kind), tally.type != "all", tally.type)


def _matches(label: Label, evidence: Evidence) -> bool:
    """Return True when the finding carries every labelled value in every labelled file."""
    if isinstance(label, LabelledConflict):
        wanted = [(file, side.value) for side in label.sides for file in side.files]
    elif isinstance(label, LabelledAgreement):
        wanted = label.pairs()
    else:
        wanted = [(label.file, label.value)]
    return all(_has(evidence, file, value) for file, value in wanted)


def _has(evidence: Evidence, file: str, value: str) -> bool:
    """Return True when a claim from ``file`` has ``value`` in its surface text, or is itself a telling part of it.

    A label may quote the words around a value ("en février 2020", "193 voix contre
    114", "21% of global trade") where the claim's text holds the value alone: a claim
    whose text lies within the label counts when it is a figure, a date ("for Tuesday" for
    a claim "Tuesday") or two words, as a single word ("ministre", "Paris") is too common to
    tell the labelled value.
    """
    needle = _needle(value)
    return any(claim_file == file and (needle in text or text in needle and _telling(text, claimed))
               for claim_file, text, claimed in evidence)


def _telling(text: str, value: str) -> bool:
    """Return True when a claim is a figure or a date (its text or value holds a digit: "Tuesday" is a
    day) or its text more than one word."""
    return any(char.isdigit() for char in text + value) or len(text.split()) > 1


def _needle(value: str) -> str:
    """Return a labelled value as a claim's surface text holds it: normalised, without an article opening it.

    A label copies the article's words ("L'avocate générale", "the outgoing justice
    minister"), and a claim's text begins where its title or figure does.
    """
    return LEADING_ARTICLE.sub("", normalise(value), count=1)


def _confusions(report: Report, labels: Labels, evidence: dict[str, Evidence]) -> list[Confusion]:
    """Find labelled agreements and traps that a conflict splits: their files' claims on different sides."""
    confusions = []
    for finding in report.findings:
        if finding.kind != "conflict":
            continue
        for label in (*labels.agreements, *labels.traps):
            sides = []
            for file, value in label.pairs():
                needle = _needle(value)
                values = {claim_value for claim_file, text, claim_value in evidence[finding.id]
                          if claim_file == file and needle in text}
                if values:
                    sides.append(values)
            if any(not (first & second) for i, first in enumerate(sides) for second in sides[i + 1:]):
                confusions.append(Confusion(agreement=label.id, finding=finding.id, message=finding.message))
    return confusions


def _evidence(report: Report, folder: Path) -> dict[str, Evidence]:
    """Return each finding's claims as (file, surface text, value), normalised for matching."""
    claims = {claim.id: claim for claim in report.claims}
    files = {article.id: _relative(article.path, folder) for article in report.articles}
    return {finding.id: [(files[claims[claim].article], normalise(claims[claim].text), normalise(claims[claim].value))
                         for claim in finding.claims]
            for finding in report.findings}


def _types(report: Report) -> dict[str, str]:
    """Return each finding's label type, from the kind of its claims ("other" for statements).

    A finding about how a body or person is named (a former name, one name spelt two
    ways) is of type name, whatever claims it cites: a misspelt person is found from
    their title or their words, yet what conflicts is the name.
    """
    kinds = {claim.id: claim.kind for claim in report.claims}

    def type_of(finding: Finding) -> str:
        if finding.attribute == "name":
            return "name"
        return TYPE_OF_KIND.get(kinds[finding.claims[0]], "other") if finding.claims else "other"

    return {finding.id: type_of(finding) for finding in report.findings}


def _relative(path: str, folder: Path) -> str:
    """Return an article path relative to the labelled folder, with forward slashes."""
    return Path(os.path.relpath(split_record(path)[0], folder)).as_posix()


def normalise(text: str) -> str:
    """Fold case, typographic apostrophes and every kind of space, so matching is on what is written."""
    text = text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(text.casefold().split())
