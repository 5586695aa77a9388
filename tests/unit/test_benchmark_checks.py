"""The benchmark's own checks: a corpus whose stories share no names, and accuracy counted strictly.

The benchmark used to count a planted conflict as found inside one conflict that lumped
every story together, so its recall could not fail; these tests keep it able to.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))
from bench import accuracy  # noqa: E402
from corpus import _story_facts  # noqa: E402

STORIES = 2304  # the corpus docstring's promise: names unique for this many stories
CHECKS = [{"id": "FC201", "kind": "date"}, {"id": "FC102", "kind": "variant"}]
TRUTH = {"planted": [{"story": 1, "rule": "FC201", "files": ["s00001-01-a.txt", "s00001-03-c.txt"]},
                     {"story": 3, "rule": "FC201", "files": ["s00003-01-a.txt", "s00003-03-c.txt"]}]}


def test_each_story_names_its_company_ministry_and_people_once() -> None:
    facts = [_story_facts(story) for story in range(STORIES)]
    for field in ("vendor", "ministry", "person", "adviser", "acronym"):
        assert len({fact[field] for fact in facts}) == STORIES, field
    assert not {fact["person"] for fact in facts} & {fact["adviser"] for fact in facts}


def report(*findings: tuple[str, list[str]]) -> dict:
    """Build a JSON report holding conflicts (rule, file names), as the CLI writes them."""
    files = sorted({name for _, names in findings for name in names})
    ids = {name: f"a{index}" for index, name in enumerate(files, start=1)}
    return {"articles": [{"id": ids[name], "path": f"corpus/{name}"} for name in files], "checks": CHECKS,
            "findings": [{"kind": "conflict", "rule": rule, "articles": [ids[name] for name in names]}
                         for rule, names in findings]}


def test_a_planted_conflict_counts_only_when_found_within_its_story() -> None:
    own = ("FC201", ["s00001-01-a.txt", "s00001-03-c.txt"])
    lumped = ("FC201", ["s00001-01-a.txt", "s00001-03-c.txt", "s00003-01-a.txt", "s00003-03-c.txt"])
    assert accuracy(report(own), TRUTH) == (0.5, 0)
    assert accuracy(report(lumped), TRUTH) == (0.0, 1)
    assert accuracy(report(own, ("FC201", ["s00003-01-a.txt", "s00003-03-c.txt"])), TRUTH) == (1.0, 0)


def test_look_alike_names_across_stories_are_not_stray_conflicts() -> None:
    variant = ("FC102", ["s00001-04-d.txt", "s00002-04-d.txt"])
    assert accuracy(report(variant), TRUTH) == (0.0, 0)
