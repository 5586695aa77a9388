"""Independent sources: a wire story and its trimmed, retitled copies count once, and the report says so."""

from __future__ import annotations

import json

from factcheck.compare.members import Member, source_note
from factcheck.compare.sources import estimate_similarity, sketch, source_groups

WIRE = ("LONDON, Nov 1 (Meridian Wire) - Twenty-eight countries and the European Union signed a declaration "
        "on Wednesday that commits them to study together the dangers posed by the most powerful artificial "
        "intelligence systems. The Bletchley Declaration was agreed on the opening day of the two-day summit "
        "hosted by the Prime Minister at the former codebreaking base. The government has already committed "
        "money to its taskforce, which would become a permanent institute based in Britain. South Korea will "
        "co-host a smaller virtual summit within six months and France will host the next in-person meeting in "
        "a year, the organisers said. China's vice minister of science and technology told delegates Beijing was "
        "ready to deepen dialogue on safety. Tesla's chief executive will join the Prime Minister for a "
        "conversation on Thursday evening that will be streamed online.")
# The copy keeps the first four sentences, gets a new headline and a local line.
COPY = ("World powers sign AI safety pledge\n\n" + " ".join(WIRE.split(". ")[:4]) +
        ". The base is a short drive from Milton Keynes, where software firms followed the summit closely.")
OTHER = ("Officials from many countries gathered at Bletchley Park this week for a summit on the risks of advanced "
         "artificial intelligence, agreeing a short declaration and planning further meetings in Seoul and Paris "
         "over the coming year, while critics said the text would bind nobody to anything in particular.")


def test_a_trimmed_retitled_copy_is_a_near_duplicate() -> None:
    assert estimate_similarity(sketch(WIRE), sketch(COPY)) >= 0.6
    assert estimate_similarity(sketch(WIRE), sketch(OTHER)) < 0.2


def test_copies_and_one_outlets_articles_share_a_source_and_say_why() -> None:
    sources = source_groups(["Meridian Wire", "Valley Gazette", "Northern Chronicle", "Northern Chronicle"],
                            [sketch(WIRE), sketch(COPY), sketch(OTHER), sketch("A different story altogether.")],
                            0.6)
    assert sources.numbers[0] == sources.numbers[1] and sources.numbers[2] == sources.numbers[3]
    assert sources.numbers[0] != sources.numbers[2]
    assert sources.groups == (((0, 1), ("near-duplicate text",)), ((2, 3), ("same outlet",)))


def test_the_report_names_the_articles_counted_as_one(run_cli, article_dir) -> None:
    folder = article_dir({"01-wire.txt": "Declaration signed\n\nSource: Meridian Wire\n\n" + WIRE,
                          "02-copy.txt": "Source: Valley Gazette\n\n" + COPY,
                          "03-other.txt": "Bletchley summit\n\nSource: Northern Chronicle\n\n" + OTHER})
    code, stdout, _ = run_cli(["check", folder, "--format", "json", "--no-cache"])
    report = json.loads(stdout)
    names = {article["id"]: article["path"].rsplit("/", 1)[-1] for article in report["articles"]}
    assert [([names[a] for a in group["articles"]], group["reasons"]) for group in report["sources"]] == [
        (["01-wire.txt", "02-copy.txt"], ["near-duplicate text"])]
    shared = [finding for finding in report["findings"] if set(finding["articles"]) == {"a1", "a2"}]
    assert shared and all(finding["kind"] != "agreement" for finding in shared)
    assert any("01-wire.txt and 02-copy.txt count as one source" in finding["message"] for finding in shared)


def _members(sources: list[int]) -> list[Member]:
    """Return one claim per article, article n (from 1) from source ``sources[n - 1]``."""
    return [Member(n, f"c{n}", f"a{n}", f"{n:04d}.txt", source, None, None)  # type: ignore[arg-type]
            for n, source in enumerate(sources, start=1)]


def test_a_note_on_thousands_of_copies_names_a_few_and_counts_the_rest() -> None:
    assert source_note(_members([0, 0, 1])) == " (0001.txt and 0002.txt count as one source)"
    assert source_note(_members([0] * 5)) == (
        " (0001.txt and 0002.txt and 0003.txt and 0004.txt and 0005.txt count as one source)")
    assert source_note(_members([0] * 2001)) == (
        " (0001.txt, 0002.txt, 0003.txt, 0004.txt, 0005.txt and 1996 more count as one source)")


def test_a_note_on_many_groups_of_copies_names_a_few_and_counts_the_rest() -> None:
    note = source_note(_members([group for group in range(300) for _ in range(2)]))
    assert note.startswith(" (0001.txt and 0002.txt count as one source; 0003.txt and 0004.txt count as one source;")
    assert note.endswith("; 295 more groups of articles count as one source each)")
    assert note.count("count as one source;") == 5
