"""Properties: no crash on any text, and the JSON report round-trips through its model."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.api import check, load_rules
from factcheck.models import Article, Claim, Finding, PartialDate, Report, Severity, Summary, split_record
from factcheck.pipeline import Pipeline
from factcheck.resolve.dates import DateFinder
from factcheck.resolve.numbers import NumberFinder
from factcheck.segment import Segmenter
from factcheck.workload import Unit, joined

RULES = load_rules()
PIPELINE = Pipeline(RULES)
DATES = DateFinder(RULES.calendar)
NUMBERS = NumberFinder(RULES.numbers, RULES.units)
SEGMENTER = Segmenter(RULES.lexicon.abbreviations)

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text that looks like news often enough to reach deep code paths, plus arbitrary unicode.
NEWSY = st.sampled_from([
    "OpenAI", "UK government", "Ministry of Justice", "AI Safety Institute", "signed", "on", "21 July 2025",
    "July 22, 2025", "October 2025", "in 2023", "yesterday", "on Monday", "more than", "about", "2,500", "£31bn",
    "$1 billion", "two thousand", "40%", "12 per cent", "staff", "said", "Mr.", "U.S.", "Request a Demo",
    "Newsletter", "Source: Computer Weekly", "Published: October 2025", "London, July 20, 2025 — Desk",
    "dimanche 19 avril 2026 à 12:32", "2.500", "---", "+++", "#", ".", "\n", "\n\n", " ", "“", "”", "\r\n",
])
TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(NEWSY, st.text(max_size=8)), max_size=60).map(" ".join),
    st.lists(NEWSY, max_size=60).map("".join),
)


@SETTINGS
@given(text=TEXT)
def test_date_finder_never_crashes(text: str) -> None:
    for published in (None, PartialDate(year=2025, month=7, day=23)):
        for match in DATES.find(text, published):
            assert 0 <= match.start < match.end <= len(text)
            assert PartialDate.parse(str(match.date)) == match.date


@SETTINGS
@given(text=TEXT, language=st.sampled_from([None, "en", "fr", "de"]))
def test_number_finder_never_crashes(text: str, language: str | None) -> None:
    for match in NUMBERS.find(text, language):
        assert 0 <= match.start < match.end <= len(text)
        assert match.interval.low <= match.interval.high
        assert not math.isnan(match.interval.low) and not math.isnan(match.interval.high)


@SETTINGS
@given(text=TEXT, cuts=st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)), max_size=3))
def test_segments_map_back_to_the_text(text: str, cuts: list[tuple[float, float]]) -> None:
    """Skipped ranges lie inside the text, as the loader makes them."""
    skipped = tuple((round(min(a, b) * len(text)), round(max(a, b) * len(text))) for a, b in cuts)
    previous_end = 0
    for sentence in SEGMENTER.split(text, skipped):
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        assert sentence.start >= previous_end
        assert not any(start <= sentence.start < end for start, end in skipped)
        previous_end = sentence.end


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("properties")


@SETTINGS
@given(text=TEXT, suffix=st.sampled_from([".txt", ".md"]))
def test_extract_file_never_crashes(scratch: Path, text: str, suffix: str) -> None:
    path = scratch / f"article{suffix}"
    path.write_text(text, encoding="utf-8", newline="")
    result = PIPELINE.extract_file(str(path))
    assert (result.skipped is None) == bool(result.articles)
    line_count = text.count("\n") + text.count("\r") + 1
    for article in result.articles:
        for claim in article.claims:
            assert 1 <= claim.line <= line_count
            assert claim.text in claim.quote


@SETTINGS
@given(data=st.binary(max_size=300))
def test_extract_file_never_crashes_on_bytes(scratch: Path, data: bytes) -> None:
    path = scratch / "bytes.txt"
    path.write_bytes(data)
    result = PIPELINE.extract_file(str(path))
    assert (result.skipped is None) == bool(result.articles)


# A JSON Lines archive: records of any text, written as JSON with or without escapes, among lines of any text.
ARCHIVE_LINES = st.lists(st.one_of(
    st.builds(lambda text, ascii: json.dumps({"text": text}, ensure_ascii=ascii), TEXT, st.booleans()),
    st.text(max_size=40)), max_size=8)


@SETTINGS
@given(lines=ARCHIVE_LINES, parts=st.integers(2, 4))
def test_an_archive_never_crashes_and_its_parts_join_into_it(scratch: Path, lines: list[str], parts: int) -> None:
    path = scratch / "archive.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8", newline="")
    whole = PIPELINE.extract_file(str(path))
    planned: list[Unit] = [(str(path), (index, parts)) for index in range(parts)]
    assert list(joined(planned, [PIPELINE.extract_file(str(path), part) for _, part in planned])) == [whole]
    assert (whole.skipped is None) == bool(whole.articles)
    numbers = [int(split_record(article.path)[1][1:] or 1) for article in whole.articles]
    assert numbers == sorted(set(numbers))
    line_count = "\n".join(lines).count("\n") + 1
    assert all(1 <= claim.line <= line_count for article in whole.articles for claim in article.claims)


# Records of a signing story, so that archives built from them have findings to keep right.
STORY_RECORDS = st.sampled_from([json.dumps({"title": title, "text": text}) for title, text in (
    ("one", "Deal signed\n\nOpenAI and the UK government signed the agreement on 21 July 2025."),
    ("two", "Deal signed\n\nThe agreement between OpenAI and the UK government was signed on July 22, 2025."),
    ("three", "Hiring\n\nOpenAI employs about 2,500 staff in Britain, it said on 21 July 2025."),
    ("four", "Hiring\n\nOpenAI employs more than 1,000 staff in Britain."),
)])
STORY_ARCHIVE = st.lists(st.one_of(STORY_RECORDS, st.sampled_from(["", "{oops", '{"text": " "}'])), max_size=7)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=STORY_ARCHIVE, after=STORY_ARCHIVE)
def test_an_archive_cached_record_by_record_reports_as_if_read_whole(tmp_path: Path, before: list[str],
                                                                       after: list[str]) -> None:
    folder, cache_dir = tmp_path / f"corpus-{len(before)}-{len(after)}", tmp_path / "cache"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text("Deal signed\n\nOpenAI and the UK government signed the deal on 21 July 2025.\n")
    archive = folder / "archive.jsonl"
    for lines in (before, after):  # the cache holds ``before``'s records when ``after`` is checked
        archive.write_text("\n".join(lines), encoding="utf-8")
        assert check([str(folder)], RULES, cache_dir=cache_dir) == check([str(folder)], RULES)


# Lines of any bytes, and the ones an archive in the wild holds: a BOM, a NUL, Windows-1252, blanks.
BYTE_LINES = st.lists(st.one_of(st.binary(max_size=40), st.sampled_from([
    b"", b"\r", b"\xef\xbb\xbf", b"\x00", b'{"text": " "}', b'{"text": "OpenAI signed the deal on 21 July 2025."}',
    b'{"text": "The caf\xe9 deal was signed by OpenAI on 22 July 2025."}'])), max_size=6)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=BYTE_LINES, after=BYTE_LINES, crlf=st.booleans())
def test_an_archive_of_any_bytes_cached_record_by_record_reports_as_if_read_whole(
        tmp_path: Path, before: list[bytes], after: list[bytes], crlf: bool) -> None:
    folder, cache_dir = tmp_path / "bytes-corpus", tmp_path / "bytes-cache"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text("Deal signed\n\nOpenAI and the UK government signed the deal on 21 July 2025.\n")
    for lines in (before, after):
        (folder / "archive.jsonl").write_bytes((b"\r\n" if crlf else b"\n").join(lines))
        assert check([str(folder)], RULES, cache_dir=cache_dir) == check([str(folder)], RULES)


# JSON round trip --------------------------------------------------------------------------


def test_report_from_check_round_trips(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Deal signed\n\nOpenAI and the UK government signed the agreement on "
                                    "21 July 2025.\n\nOpenAI employs about 2,500 staff in Britain.\n")
    (tmp_path / "b.txt").write_text("Deal signed\n\nThe agreement between OpenAI and the UK government was signed "
                                    "on July 22, 2025.\n\nOpenAI employs more than 1,000 staff in Britain.\n")
    (tmp_path / "c.txt").write_text("")
    report = check([str(tmp_path)], RULES)
    assert report.findings and report.diagnostics
    assert Report.model_validate_json(report.model_dump_json()) == report
    assert Report.model_validate(report.model_dump(mode="json")) == report


IDS = st.text(alphabet="abcdefXFC0123456789", min_size=1, max_size=6)
ANY_TEXT = st.text(max_size=40)
CLAIMS = st.builds(
    Claim, id=IDS, article=IDS, kind=st.sampled_from(["name", "date", "quantity", "role", "statement"]),
    subject=ANY_TEXT, attribute=ANY_TEXT, value=ANY_TEXT, text=ANY_TEXT, quote=ANY_TEXT,
    line=st.integers(1, 10**6), rule=IDS,
)
FINDINGS = st.builds(
    Finding, id=IDS, rule=IDS, kind=st.sampled_from(["agreement", "conflict", "single_source"]),
    severity=st.sampled_from(list(Severity)), subject=ANY_TEXT, attribute=ANY_TEXT, message=ANY_TEXT,
    claims=st.lists(IDS, max_size=4).map(tuple), articles=st.lists(IDS, max_size=4).map(tuple),
    fingerprint=IDS,
)
ARTICLES = st.builds(
    Article, id=IDS, path=ANY_TEXT, title=ANY_TEXT, outlet=st.none() | ANY_TEXT, url=st.none() | ANY_TEXT,
    published=st.none() | st.sampled_from(["2025", "2025-07", "2025-07-21"]), language=st.none() | IDS,
)
REPORTS = st.builds(
    Report, articles=st.lists(ARTICLES, max_size=3).map(tuple), claims=st.lists(CLAIMS, max_size=4).map(tuple),
    findings=st.lists(FINDINGS, max_size=4).map(tuple),
    summary=st.builds(Summary, articles=st.integers(0, 99), claims=st.integers(0, 99),
                      agreements=st.integers(0, 99), conflicts=st.integers(0, 99),
                      single_source=st.integers(0, 99)),
)


@SETTINGS
@given(claim=CLAIMS)
def test_claim_round_trips(claim: Claim) -> None:
    assert Claim.model_validate_json(claim.model_dump_json()) == claim


@SETTINGS
@given(finding=FINDINGS)
def test_finding_round_trips(finding: Finding) -> None:
    assert Finding.model_validate_json(finding.model_dump_json()) == finding
    assert finding.model_dump(mode="json")["severity"] == finding.severity.value


@SETTINGS
@given(report=REPORTS)
def test_report_round_trips(report: Report) -> None:
    assert Report.model_validate_json(report.model_dump_json()) == report
