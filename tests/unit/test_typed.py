"""The verdicts on one key's values: each value in exactly one verdict, whatever order pairs are met in."""

from __future__ import annotations

from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.compare.members import Member
from factcheck.compare.typed import judge, pairwise
from factcheck.models import ExtractedClaim

VALUES = [f"v{number}" for number in range(7)]


@st.composite
def cases(draw: st.DrawFn) -> tuple[list[Member], set[tuple[str, str]], set[tuple[str, str]]]:
    """Claims of one key (value and source drawn), which value pairs can be one fact, and which of those fit."""
    members = []
    for order in range(draw(st.integers(min_value=1, max_value=14))):
        value = draw(st.sampled_from(VALUES))
        claim = ExtractedClaim(kind="date", subject="", attribute="signing date", value=value, text=value,
                               quote="", line=1, rule="X201", start=0, end=0, key="date:signing")
        source = draw(st.integers(min_value=0, max_value=4))
        members.append(Member(order, f"c{order + 1}", f"a{source}", f"{source}.txt", source, None, claim))
    pairs = [(a, b) for index, a in enumerate(VALUES) for b in VALUES[index + 1:]]
    near = {pair for pair in pairs if draw(st.booleans())}
    fit = {pair for pair in near if draw(st.booleans())}
    return members, near, fit


def verdicts(members: list[Member], near: set[tuple[str, str]], fit: set[tuple[str, str]],
             reverse: bool) -> list[tuple[str, tuple[str, ...], str, tuple[int, ...]]]:
    def related(first: Member, second: Member) -> bool:
        return tuple(sorted((first.claim.value, second.claim.value))) in near

    def compatible(first: Member, second: Member) -> bool:
        return tuple(sorted((first.claim.value, second.claim.value))) in fit

    def relate(firsts: list[Member]) -> Iterator[tuple[int, int, bool]]:
        met = [pair for pair in pairwise(compatible)(firsts) if related(firsts[pair[0]], firsts[pair[1]])]
        return iter(met[::-1] if reverse else met)

    return [(verdict.finding, verdict.values, verdict.message, tuple(member.order for member in verdict.members))
            for verdict in judge(members, relate, "the signing date", "the deal", "signing date")]


@settings(max_examples=300, deadline=None)
@given(cases())
def test_verdicts_do_not_depend_on_the_order_pairs_are_met_in(case) -> None:  # noqa: ANN001
    members, near, fit = case
    forward, backward = verdicts(members, near, fit, False), verdicts(members, near, fit, True)
    assert forward == backward
    stated = {member.claim.value for member in members}
    judged = [value for _, values, _, _ in forward for value in values]
    assert sorted(judged) == sorted(stated)


def test_a_value_fitting_two_that_clash_joins_the_reading_more_sources_state() -> None:
    members, near, fit = [], {("v0", "v1"), ("v0", "v2"), ("v1", "v2")}, {("v0", "v1"), ("v0", "v2")}
    for order, (value, source) in enumerate([("v1", 0), ("v1", 1), ("v2", 2), ("v0", 3)]):
        claim = ExtractedClaim(kind="date", subject="", attribute="signing date", value=value, text=value,
                               quote="", line=1, rule="X201", start=0, end=0, key="date:signing")
        members.append(Member(order, f"c{order + 1}", f"a{source}", f"{source}.txt", source, None, claim))
    [(finding, values, message, _)] = verdicts(members, near, fit, False)
    assert finding == "conflict"
    assert values == ("v1", "v0", "v2")
    assert message.startswith("Sources disagree on the signing date: v1 / v0 (0.txt, 1.txt, 3.txt); v2 (2.txt)")


def _one_claim_each(values: list[str]) -> list[Member]:
    """Return one claim per article and source, stating the values in order."""
    members = []
    for order, value in enumerate(values):
        claim = ExtractedClaim(kind="quantity", subject="", attribute="staff", value=value, text=value, quote="",
                               line=1, rule="X301", start=0, end=0, key="quantity:staff")
        members.append(Member(order, f"c{order + 1}", f"a{order + 1}", f"{order + 1}.txt", order, None, claim))
    return members


def _judged(values: list[str], fits: bool) -> list[tuple[str, str]]:
    """Judge the values, every pair one fact, and every pair fitting when ``fits``."""
    def relate(firsts: list[Member]) -> Iterator[tuple[int, int, bool]]:
        return ((i, j, fits) for i in range(len(firsts)) for j in range(i + 1, len(firsts)))

    return [(verdict.finding, verdict.message)
            for verdict in judge(_one_claim_each(values), relate, "the staff", "the firm", "staff")]


def test_an_agreement_of_many_values_names_five_and_counts_the_rest() -> None:
    [(finding, message)] = _judged([f"more than {n}" for n in range(200, 207)], fits=True)
    assert finding == "agreement"
    assert message.startswith("7 independent sources agree on the staff: more than 200 / more than 201 / "
                              "more than 202 / more than 203 / more than 204 and 2 more (1.txt, ")


def test_a_conflict_of_many_readings_names_five_and_counts_the_rest() -> None:
    [(finding, message)] = _judged([str(n) for n in range(200, 208)], fits=False)
    assert finding == "conflict"
    assert message.count(" (") == 5 and message.endswith("; and 3 more readings.")
