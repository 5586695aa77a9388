"""Claims of one key split by the things they are about: two firms' signings with one government stay apart."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.compare.members import Member
from factcheck.compare.mentions import Mentions
from factcheck.compare.parts import split_by_entities
from factcheck.models import ExtractedClaim

UK, OPENAI, DSIT, GOOGLE = "UK government", "OpenAI", "DSIT", "Google"


def member(order: int, article: str, *entities: str, kind: str = "date") -> Member:
    claim = ExtractedClaim(kind=kind, subject="signing", attribute="date", value=f"v{order}", text="", quote="",
                           line=1, rule="X201", start=0, end=0, key="date:signing", entities=entities)
    return Member(order, f"c{order + 1}", article, f"{article}.txt", order, None, claim)


def split(members: list[Member], context: list[Member] = ()) -> list[list[int]]:  # type: ignore[assignment]
    """Split ``members`` with the entities named by them and by ``context`` (other claims of their articles)."""
    parts = split_by_entities(members, Mentions([*members, *context]))
    return [[part_member.order for part_member in part] for part in parts]


def test_two_firms_signing_with_one_government_are_two_signings() -> None:
    members = [member(0, "a1", UK, OPENAI), member(1, "a2", UK, OPENAI), member(2, "b1", UK, GOOGLE),
               member(3, "b2", GOOGLE, UK)]
    assert split(members) == [[0, 1], [2, 3]]


def test_partners_one_article_names_together_make_one_signing() -> None:
    members = [member(0, "a1", UK, OPENAI), member(1, "a2", OPENAI, DSIT)]
    assert split(members) == [[0], [1]]
    # a2 also names the government elsewhere: it knows both partners, so one signing.
    assert split(members, [member(9, "a2", UK, DSIT, kind="name")]) == [[0, 1]]


def test_a_claim_naming_only_the_shared_entity_joins_each_thing_it_may_be_about() -> None:
    members = [member(0, "a1", UK, OPENAI), member(1, "b1", UK, GOOGLE), member(2, "c1", UK)]
    assert split(members) == [[0, 2], [1, 2]]
    assert split([member(0, "a1", UK, OPENAI), member(2, "c1", UK)]) == [[0, 2]]


def test_claims_naming_no_entity_join_every_part() -> None:
    members = [member(0, "n1"), member(1, "a1", UK, OPENAI), member(2, "b1", UK, GOOGLE)]
    assert split(members) == [[0, 1], [0, 2]]
    assert split([member(0, "n1"), member(1, "n2")]) == [[0, 1]]


def test_a_claim_naming_no_entity_is_about_what_its_article_names_most() -> None:
    members = [member(0, "a1", UK, OPENAI), member(1, "b1", UK, GOOGLE), member(2, "b1")]
    # b1 names Google more than anything else: its figure without a name is Google's.
    assert split(members, [member(9, "b1", GOOGLE, kind="name")]) == [[0], [1, 2]]
    # b1 names the government as often: that names both parts, so the claim joins both.
    assert split(members, [member(9, "b1", GOOGLE, UK, kind="name")]) == [[0, 2], [1, 2]]


def test_claims_sharing_no_entity_stay_apart_and_one_set_is_one_part() -> None:
    assert split([member(0, "a1", OPENAI), member(1, "b1", GOOGLE)]) == [[0], [1]]
    assert split([member(0, "a1", OPENAI, UK), member(1, "b1", UK, OPENAI)]) == [[0, 1]]
    assert split([]) == []


ENTITIES = ["E0", "E1", "E2", "E3", "E4"]


@st.composite
def claims(draw: st.DrawFn) -> tuple[list[Member], list[Member]]:
    """Claims of one key with drawn entities and articles, and other claims naming entities in those articles."""
    articles = [f"a{number}" for number in range(4)]
    entity_sets = st.lists(st.sampled_from(ENTITIES), max_size=3, unique=True)
    members = [member(order, draw(st.sampled_from(articles)), *draw(entity_sets))
               for order in range(draw(st.integers(min_value=0, max_value=10)))]
    context = [member(100 + order, draw(st.sampled_from(articles)), *draw(entity_sets), kind="name")
               for order in range(draw(st.integers(min_value=0, max_value=4)))]
    return members, context


@settings(max_examples=300, deadline=None)
@given(claims())
def test_parts_never_join_claims_that_share_no_entity_and_lose_none(case) -> None:  # noqa: ANN001
    members, context = case
    parts = split(members, context)
    by_order = {one.order: set(one.claim.entities) for one in members}
    assert {order for part in parts for order in part} == set(by_order)
    for part in parts:
        assert part == sorted(part)
        named = [by_order[order] for order in part if by_order[order]]
        # Every named claim of a part is linked to the others by shared entities (a chain).
        reached, entities = {0}, set(named[0]) if named else set()
        changed = True
        while changed:
            changed = False
            for index, these in enumerate(named):
                if index not in reached and these & entities:
                    reached.add(index)
                    entities |= these
                    changed = True
        assert len(reached) == len(named) or not named
    parts_of: dict[int, set[int]] = {}
    for number, part in enumerate(parts):
        for order in part:
            parts_of.setdefault(order, set()).add(number)
    for first in members:
        for second in members:
            if first.claim.entities and set(first.claim.entities) == set(second.claim.entities):
                assert parts_of[first.order] == parts_of[second.order]
    # A claim naming no entity joins the one part naming its article's main entity, else every part.
    mentions = Mentions([*members, *context])
    for unnamed in (one for one in members if not one.claim.entities):
        main = mentions.main(unnamed.article_id)
        naming = {number for number, part in enumerate(parts)
                  if any(main in by_order[order] for order in part)}
        assert parts_of[unnamed.order] == (naming if len(naming) == 1 else set(range(len(parts))))
    # The split does not depend on the order the claims come in.
    backwards = split(members[::-1], context)
    assert sorted(map(sorted, backwards)) == sorted(map(sorted, parts))


def test_an_archive_of_two_signings_reports_no_conflict_between_them(run_cli, article_dir) -> None:
    folder = article_dir({
        "a1.txt": "Deal signed\n\nOpenAI and the UK government signed the agreement on 21 July 2025.\n",
        "a2.txt": "Deal done\n\nThe agreement between OpenAI and the UK government was signed on 21 July 2025.\n",
        "b1.txt": "Second deal\n\nGoogle and the UK government signed the agreement on 8 September 2025.\n",
        "b2.txt": "Google deal\n\nThe agreement between Google and the UK government was signed on 9 September 2025.\n",
    })
    output = Path(folder.parent / "report.json")
    code, _, _ = run_cli(["check", folder, "--format", "json", "--output", output, "--no-cache"])
    report = json.loads(output.read_text(encoding="utf-8"))
    paths = {article["id"]: Path(article["path"]).name for article in report["articles"]}
    dated = sorted((finding["kind"], sorted(paths[article] for article in finding["articles"]))
                   for finding in report["findings"] if finding["rule"].startswith("FC20"))
    assert dated == [("agreement", ["a1.txt", "a2.txt"]), ("conflict", ["b1.txt", "b2.txt"])]
    assert code == 1
