"""Loading articles: discovery, formats, encodings, metadata inference and boilerplate."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from factcheck.api import load_rules
from factcheck.errors import UsageError
from factcheck.load import discover, load_file
from factcheck.pipeline import Pipeline
from factcheck.results import ArticleResult, FileResult

# One sentence that yields name, date and statement claims; long enough not to be a dateline.
BODY = ("OpenAI and the UK government signed a memorandum of understanding on 21 July 2025 "
        "in London after months of talks.")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(load_rules())


@pytest.fixture
def extract(article_dir, pipeline: Pipeline):
    """Write one file and return the pipeline's FileResult for it."""

    def run(name: str, content: str | bytes) -> FileResult:
        folder = article_dir({name: content})
        return pipeline.extract_file(str(folder / name))

    return run


def only_article(result: FileResult) -> ArticleResult:
    assert result.skipped is None, result.skipped
    assert len(result.articles) == 1
    return result.articles[0]


def claim_lines(article: ArticleResult) -> set[int]:
    return {claim.line for claim in article.claims}


def signing_dates(article: ArticleResult) -> list[tuple[str, str, int]]:
    return [(claim.text, claim.value, claim.line) for claim in article.claims if claim.kind == "date"]


# discover ---------------------------------------------------------------------------------


def test_discover_walks_folders_in_a_stable_order_and_keeps_paths_as_given(article_dir) -> None:
    folder = article_dir({
        "b.txt": "x", "a.md": "x", "sub/c.html": "x", "sub/d.jsonl": "x", "e.json": "x",
        "notes.pdf": "x", "image.png": "x", ".hidden.txt": "x", ".git/f.txt": "x", "UPPER.TXT": "x",
    })
    given = str(folder) + os.sep
    assert discover([given]) == [os.path.join(given, name) for name in
                                 ("UPPER.TXT", "a.md", "b.txt", "e.json", "sub/c.html", "sub/d.jsonl")]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links on this system")
def test_discover_walks_each_subfolder_whole_before_the_next(article_dir) -> None:
    folder = article_dir({"z/3.txt": "x", "x/y/w/4.txt": "x", "x/1.txt": "x", "x/y/2.txt": "x", "x2/5.txt": "x",
                          "top.txt": "x"})
    assert [os.path.relpath(path, folder) for path in discover([str(folder)])] == [
        "top.txt", "x/1.txt", "x/y/2.txt", "x/y/w/4.txt", "x2/5.txt", "z/3.txt"]


def test_discover_walks_a_tree_nested_deeper_than_pythons_call_stack(tmp_path) -> None:
    (tmp_path / "top.txt").write_text("Top", encoding="utf-8")
    folders = [tmp_path]
    for _ in range(1_100):  # more levels than the interpreter's recursion limit
        folders.append(folders[-1] / "a")
        os.mkdir(folders[-1])
    (folders[-1] / "deep.txt").write_text("Deep", encoding="utf-8")
    try:
        found = discover([str(tmp_path)])
    finally:  # from the bottom up: shutil.rmtree, which pytest cleans up with, recurses per level
        (folders[-1] / "deep.txt").unlink()
        for folder in reversed(folders[1:]):
            os.rmdir(folder)
    assert [Path(path).name for path in found] == ["top.txt", "deep.txt"]
    assert found[1].count(os.sep + "a") == 1_100


def test_discover_keeps_links_to_files_but_does_not_follow_links_to_folders(article_dir, tmp_path) -> None:
    folder = article_dir({"a.txt": "x", "sub/b.txt": "x"})
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "c.txt").write_text("x", encoding="utf-8")
    (folder / "linked").symlink_to(outside, target_is_directory=True)
    (folder / "link.txt").symlink_to(folder / "a.txt")
    (folder / "broken.md").symlink_to(tmp_path / "nowhere.md")
    assert discover([str(folder)]) == [os.path.join(str(folder), name)
                                       for name in ("a.txt", "broken.md", "link.txt", "sub/b.txt")]


def test_discover_keeps_a_file_path_exactly_and_drops_repeats(article_dir) -> None:
    folder = article_dir({"a.txt": "x"})
    spelled = f"{folder}{os.sep}.{os.sep}a.txt"
    assert discover([spelled, spelled]) == [spelled]


@pytest.mark.parametrize(("name", "message"), [
    ("missing.txt", "no such file or folder"),
    ("notes.pdf", "unsupported article format '.pdf'"),
    ("README", "unsupported article format '(none)'"),
])
def test_discover_rejects_what_it_cannot_read(article_dir, name: str, message: str) -> None:
    folder = article_dir({"notes.pdf": "x", "README": "x"})
    with pytest.raises(UsageError) as error:
        discover([str(folder / name)])
    assert message in str(error.value)
    assert str(folder / name) in str(error.value)


# formats ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "title"), [
    (f"OpenAI signs deal with UK\n\n{BODY}\n", "OpenAI signs deal with UK"),
    (f"Breaking\n\nOpenAI signs deal with UK\n\n{BODY}\n", "OpenAI signs deal with UK"),
    (f"\n\n   \nOpenAI signs deal with UK\n\n{BODY}\n", "OpenAI signs deal with UK"),
    (f"# OpenAI signs a deal\n\n{BODY}\n", "OpenAI signs a deal"),
    ("Breaking\n" + "Update\n" * 20 + f"OpenAI signs deal with UK\n\n{BODY}\n", "OpenAI signs deal with UK"),  # far down
    ("Breaking\n\nNews\n", "Breaking"),  # no line of three words: the first line
])
def test_txt_title_is_the_first_line_of_three_words(extract, text: str, title: str) -> None:
    assert only_article(extract("a.txt", text)).title == title


def test_txt_claims_carry_file_lines(extract) -> None:
    article = only_article(extract("a.txt", f"OpenAI signs deal with UK\n\n\n{BODY}\n"))
    assert signing_dates(article) == [("21 July 2025", "2025-07-21", 4)]
    assert claim_lines(article) >= {4}


def test_a_short_body_sentence_with_a_date_is_a_claim_not_a_dateline(extract) -> None:
    article = only_article(extract(
        "a.txt", "Deal signed\n\nOpenAI and the UK government signed the agreement on 21 July 2025.\n"))
    assert signing_dates(article) == [("21 July 2025", "2025-07-21", 3)]
    assert article.published is None


YAML_FRONT = f"""---
title: Deal signed
outlet: Capital Wire
published: 2025-07-23
---

{BODY}
"""
TOML_FRONT = f"""+++
title = "Deal signed"
outlet = "Capital Wire"
published = "2025-07-23"
+++

{BODY}
"""


@pytest.mark.parametrize("text", [YAML_FRONT, TOML_FRONT, YAML_FRONT.replace("\n", "\r\n")],
                         ids=["yaml", "toml", "yaml-crlf"])
def test_markdown_front_matter_is_used_and_body_lines_stay_the_files(extract, text: str) -> None:
    article = only_article(extract("a.md", text))
    assert (article.title, article.outlet, str(article.published)) == ("Deal signed", "Capital Wire", "2025-07-23")
    assert signing_dates(article) == [("21 July 2025", "2025-07-21", 7)]
    assert claim_lines(article) == {7}


def test_markdown_front_matter_wins_over_the_text(extract) -> None:
    text = ("---\ntitle: Deal signed\npublished: 2025-08\n---\n\nLondon, July 20, 2025 — Capital Desk\n\n"
            "Source: Computer Weekly\n\n" + BODY + "\n")
    article = only_article(extract("a.md", text))
    assert (article.title, str(article.published)) == ("Deal signed", "2025-08")


def test_markdown_without_front_matter_is_plain_text(extract) -> None:
    article = only_article(extract("a.md", f"## OpenAI signs a deal\n\n{BODY}\n"))
    assert article.title == "OpenAI signs a deal"
    assert signing_dates(article) == [("21 July 2025", "2025-07-21", 3)]


@pytest.mark.parametrize(("name", "content", "message", "line"), [
    ("open.md", f"---\ntitle: Deal signed\n\n{BODY}\n", "front matter opened with '---' is never closed", 1),
    ("open.md", f"+++\ntitle = 'Deal signed'\n\n{BODY}\n", "front matter opened with '+++' is never closed", 1),
    ("bad.md", f"---\ntitle: Deal signed\nnot a pair\n---\n\n{BODY}\n", "malformed front matter line", 3),
    ("bad.md", f"+++\ntitle = \n+++\n\n{BODY}\n", "malformed TOML front matter", None),
    ("only.md", "---\ntitle: Deal signed\n---\n", "is empty", None),
    ("empty.txt", "", "is empty", None),
    ("blank.txt", "  \n\n\t\n", "is empty", None),
    ("binary.txt", b"\x00\x01\x02binary\x00data", "looks like a binary file (NUL bytes)", None),
    ("control.txt", b"\x01\x02\xff\xfe\x03 not text", "looks like a binary file (control bytes)", None),
    ("bad.json", '{"title": "x",\n "text": }', "invalid JSON", 2),
    ("notext.json", '{"title": "Deal signed"}', "JSON article has none of the text fields", 1),
    ("list.json", '["just a string"]', "a JSON article must be an object", 1),
    ("bad.jsonl", '\n{oops\n{"text": " "}\n', "invalid JSON: Expecting property name enclosed in double "
                  "quotes (none of its 2 records can be read)", 2),
    ("none.json", "[]", "holds no article", None),
])
def test_unreadable_files_are_skipped_with_a_diagnostic(extract, name: str, content: str | bytes,
                                                        message: str, line: int | None) -> None:
    result = extract(name, content)
    assert result.articles == ()
    assert result.skipped is not None
    assert result.skipped.path.endswith(name)
    assert message in result.skipped.message
    assert result.skipped.line == line


HTML = f"""<!DOCTYPE html>
<html lang="en">
<head><title>Deal signed by OpenAI</title>
<script>var text = "OpenAI employs 9,000 staff";</script></head>
<body>
<nav>Home | News | OpenAI employs 2,000 staff.</nav>
<article>
<h1>Deal signed</h1>
<p>
{BODY}</p>
<script>document.write("OpenAI employs 3,000 workers");</script>
<p>OpenAI employs 4,000 staff in Britain.</p>
</article>
<aside>OpenAI employs 5,000 staff, says the sidebar.</aside>
<footer>OpenAI employs 6,000 staff. &copy; 2025</footer>
</body>
</html>
"""


def test_html_reads_the_article_and_drops_page_furniture(extract) -> None:
    article = only_article(extract("a.html", HTML))
    assert article.title == "Deal signed by OpenAI"
    assert article.language == "en"
    assert signing_dates(article) == [("21 July 2025", "2025-07-21", 10)]
    quantities = [(claim.text, claim.value, claim.line) for claim in article.claims if claim.kind == "quantity"]
    assert quantities == [("4,000 staff", "4000", 12)]
    assert claim_lines(article) == {10, 12}


def test_html_without_an_article_element_keeps_every_block_but_furniture(extract) -> None:
    html = (f"<html><head><title>Deal signed by OpenAI</title></head><body>\n<nav>OpenAI employs 2,000 staff.</nav>\n"
            f"<div>\n<p>{BODY}</p>\n<p>OpenAI employs 4,000 staff in Britain.</p>\n</div>\n</body></html>\n")
    article = only_article(extract("a.htm", html))
    assert [claim.value for claim in article.claims if claim.kind == "quantity"] == ["4000"]
    assert claim_lines(article) == {4, 5}


def test_html_decodes_entities(extract) -> None:
    html = ("<html><body><article><h1>Deal signed by OpenAI</h1>\n"
            "<p>OpenAI will invest &pound;31bn in Britain.</p></article></body></html>")
    article = only_article(extract("a.html", html))
    quantities = [(claim.text, claim.value) for claim in article.claims if claim.kind == "quantity"]
    assert quantities == [("£31bn", "31000000000")]


LINKED_DATA = ('{"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "Home"}, '
               '{"@type": ["NewsArticle"], "headline": "OpenAI signs with the UK", '
               '"datePublished": "2025-07-21T09:00:00+01:00", "inLanguage": "en-GB", '
               '"publisher": {"@type": "Organization", "name": "Northbridge Times"}}]}')


@pytest.mark.parametrize(("markup", "language"), [
    ('<html lang="fr-FR">', "fr"),
    ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "inLanguage": "fr-FR"}</script></head>',
     "fr"),
    ('<html lang="EN_gb">', "en"),
])
def test_a_language_tag_with_a_region_is_its_language(extract, markup: str, language: str) -> None:
    html = f"{markup}<body><article>\n<p>{BODY}</p>\n</article></body></html>"
    assert only_article(extract("a.html", html)).language == language


@pytest.mark.parametrize(("head", "expected"), [
    (f'<script type="application/ld+json">{LINKED_DATA}</script>',
     ("OpenAI signs with the UK", "Northbridge Times", "2025-07-21")),
    # A <meta> tag wins, wherever it stands; structured data fills in the rest.
    (f'<script type="application/ld+json">{LINKED_DATA}</script><meta property="og:site_name" content="Capital Wire">',
     ("OpenAI signs with the UK", "Capital Wire", "2025-07-21")),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>', ("Page", None, None)),
    ('<script type="application/ld+json">{"@type": "Recipe", "headline": "Soup"}</script>', ("Page", None, None)),
    ('<script type="application/ld+json">' + "[" * 100_000 + "</script>", ("Page", None, None)),
    ('<script type="application/ld+json">{"@type": {"@id": "x"}, "headline": "Soup"}</script>', ("Page", None, None)),
    ('<script type="application/ld+json">{"@type": [["NewsArticle"]], "headline": "Soup"}</script>',
     ("Page", None, None)),
])
def test_html_reads_the_structured_data_that_describes_the_article(
        extract, head: str, expected: tuple[str, str | None, str | None]) -> None:
    html = f"<html><head><title>Page</title>{head}</head><body><article>\n<p>{BODY}</p>\n</article></body></html>"
    article = only_article(extract("a.html", html))
    assert (article.title, article.outlet, str(article.published) if article.published else None) == expected


@pytest.mark.parametrize(("page", "published"), [
    ('<article><header><time datetime="2024-10-04">Oct. 4</time></header>\n<p>{body}</p></article>', "2024-10-04"),
    # A <meta> tag says it first; a <time> outside the article (a site header's clock) says nothing.
    ('<meta name="date" content="2024-10-05"><article><time datetime="2024-10-04">Oct. 4</time>\n<p>{body}</p>'
     '</article>', "2024-10-05"),
    ('<header><time datetime="2024-10-04">today</time></header><article>\n<p>{body}</p></article>', None),
])
def test_html_dates_the_article_by_its_first_time_tag(extract, page: str, published: str | None) -> None:
    html = f"<html><head><title>Page</title></head><body>{page.format(body=BODY)}</body></html>"
    article = only_article(extract("a.html", html))
    assert (str(article.published) if article.published else None) == published


def test_json_record_uses_its_metadata(extract) -> None:
    content = ('{"title": "Deal signed", "source": "Capital Wire", "date": "2025-07-23",\n'
               f' "url": "https://example.org/a", "text": "{BODY}"}}')
    article = only_article(extract("a.json", content))
    assert (article.title, article.outlet, str(article.published), article.url) == (
        "Deal signed", "Capital Wire", "2025-07-23", "https://example.org/a")
    assert signing_dates(article) == [("21 July 2025", "2025-07-21", 1)]


def test_json_list_and_jsonl_give_one_article_per_record(extract) -> None:
    records = [f'{{"title": "Deal one", "text": "{BODY}"}}',
               '{"title": "Deal two", "body": "OpenAI employs 4,000 staff in Britain."}']
    listed = extract("list.json", "[" + ",\n".join(records) + "]")
    lined = extract("lines.jsonl", records[0] + "\n\n" + records[1] + "\n")
    for result, name in ((listed, "list.json"), (lined, "lines.jsonl")):
        assert result.skipped is None
        assert [Path(article.path).name for article in result.articles] == [f"{name}#1", f"{name}#2"]
        assert [article.title for article in result.articles] == ["Deal one", "Deal two"]
    assert [claim_lines(article) for article in lined.articles] == [{1}, {3}]
    assert [claim_lines(article) for article in listed.articles] == [{1}, {2}]


def test_a_json_line_breaks_only_at_line_feeds_not_at_breaks_a_json_string_may_hold(extract) -> None:
    records = [json.dumps({"title": f"Deal {n}", "text": f"Deal signed\n\nOpenAI{brk}signed on 21 July 2025."},
                          ensure_ascii=False) for n, brk in enumerate(["\u2028", "\x85", "\x1e", "\u2029"])]
    result = extract("lines.jsonl", "\r\n".join(records) + "\r\n")
    assert result.diagnostics == ()
    assert [(Path(article.path).name, article.title) for article in result.articles] == [
        (f"lines.jsonl#{n}", f"Deal {n - 1}") for n in range(1, 5)]
    assert [signing_dates(article)[0][2] for article in result.articles] == [1, 2, 3, 4]


@pytest.mark.parametrize("name", ["lines.jsonl", "list.json"])
def test_an_unreadable_record_is_skipped_alone_and_the_others_keep_their_numbers(extract, name: str) -> None:
    records = [f'{{"title": "Deal one", "text": "{BODY}"}}', '{"title": "no text"}', '"just a string"',
               '{"text": "  "}', '{"title": "Deal five", "body": "OpenAI employs 4,000 staff in Britain."}']
    content = "\n".join(records) + "\n" if name.endswith("jsonl") else "[" + ",\n".join(records) + "]"
    result = extract(name, content)
    assert result.skipped is None
    assert [(Path(article.path).name, article.title) for article in result.articles] == [
        (f"{name}#1", "Deal one"), (f"{name}#5", "Deal five")]
    lines = [2, 3, 4]  # each record's own line, in a JSON list as in JSON Lines
    assert [(Path(problem.path).name, problem.message.split(" (")[0], problem.line)
            for problem in result.diagnostics] == [
        (f"{name}#2", "JSON article has none of the text fields text, body, content, article", lines[0]),
        (f"{name}#3", "a JSON article must be an object with a 'text' field", lines[1]),
        (f"{name}#4", "is empty", lines[2])]
    assert result.timed_out == ()


def test_a_line_that_is_not_json_is_skipped_alone(extract) -> None:
    result = extract("lines.jsonl", f'{{oops\n{{"title": "Deal two", "text": "{BODY}"}}\n')
    assert [Path(article.path).name for article in result.articles] == ["lines.jsonl#2"]
    assert [(Path(problem.path).name, problem.message, problem.line) for problem in result.diagnostics] == [
        ("lines.jsonl#1", "invalid JSON: Expecting property name enclosed in double quotes", 1)]


# encodings --------------------------------------------------------------------------------

CAFE = "Le café de OpenAI ouvre à Londres\n\n" + BODY + "\n"


@pytest.mark.parametrize("content", [
    codecs.BOM_UTF8 + CAFE.encode("utf-8"),
    CAFE.encode("utf-16"),
    codecs.BOM_UTF16_BE + CAFE.encode("utf-16-be"),
    CAFE.encode("cp1252"),
    CAFE.replace("\n", "\r\n").encode("utf-8"),
], ids=["utf-8-bom", "utf-16-bom", "utf-16-be-bom", "windows-1252", "utf-8-crlf"])
def test_encodings_decode(extract, content: bytes) -> None:
    article = only_article(extract("a.txt", content))
    assert article.title == "Le café de OpenAI ouvre à Londres"
    assert signing_dates(article) == [("21 July 2025", "2025-07-21", 3)]


@pytest.mark.parametrize("encode", [
    lambda lines: codecs.BOM_UTF8 + "\n".join(lines).encode("utf-8"),
    lambda lines: "\n".join(lines).encode("utf-16"),
    lambda lines: "\n".join(lines).encode("cp1252"),
    lambda lines: lines[0].encode("cp1252") + b"\n" + lines[1].encode("utf-8"),
], ids=["utf-8-bom", "utf-16-bom", "windows-1252", "each-line-its-own"])
def test_json_lines_decode_in_each_encoding_a_file_may_have(extract, encode) -> None:  # noqa: ANN001
    lines = [json.dumps({"title": title, "text": CAFE}, ensure_ascii=False) for title in ("Le café", "Déjà vu")]
    result = extract("lines.jsonl", encode(lines))
    assert (result.skipped, result.diagnostics) == (None, ())
    assert [article.title for article in result.articles] == ["Le café", "Déjà vu"]


def test_a_json_line_in_no_known_encoding_is_skipped_alone(extract) -> None:
    good = json.dumps({"title": "Deal", "text": CAFE}).encode()
    result = extract("lines.jsonl", good + b"\n" + b'{"text": "\x81\x8d\x01"}\n' + good + b"\n")
    assert [Path(article.path).name for article in result.articles] == ["lines.jsonl#1", "lines.jsonl#3"]
    assert [(Path(problem.path).name, problem.message, problem.line) for problem in result.diagnostics] == [
        ("lines.jsonl#2", "looks like binary data (control bytes), not an article", 2)]


def test_a_json_lines_file_with_nul_bytes_is_refused_as_binary(extract) -> None:
    result = extract("lines.jsonl", b'{"text": "x"}\n\x00\x01\x02')
    assert result.skipped is not None and result.skipped.message.startswith("looks like a binary file")


def test_a_broken_utf16_file_is_skipped_with_its_byte(extract) -> None:
    result = extract("a.txt", codecs.BOM_UTF16_LE + "Deal".encode("utf-16-le") + b"\x00\xd8")
    assert result.skipped is not None
    assert result.skipped.message.startswith("invalid utf-16 at byte")


# metadata inference -----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "published", "outlet", "language"), [
    (f"OpenAI expands in London\n\nLondon, July 20, 2025 — Desk\n\n{BODY}\n", "2025-07-20", "Desk", "en"),
    (f"OpenAI expands in London\n\nLondon, 20 July 2025 — Capital Wire\n\n{BODY}\n",
     "2025-07-20", "Capital Wire", "en"),
    (f"OpenAI expands in London\n\n{BODY}\n\nThe office will open next year.\n\nPublished: October 2025\n",
     "2025-10", None, "en"),
    (f"OpenAI expands in London\n\nPublished: 2025-07-23\n\n{BODY}\n", "2025-07-23", None, "en"),
    (f"OpenAI expands in London\n\nSource: Computer Weekly\n\n{BODY}\n", None, "Computer Weekly", "en"),
    (f"OpenAI expands in London\n\nBy Priya Raman, Northbridge Times\n\n{BODY}\n", None, "Northbridge Times", "en"),
    (f"OpenAI expands in London\n\nLONDON, July 20 (Capital Wire) - {BODY}\n", None, "Capital Wire", "en"),
    (f"OpenAI expands in London\n\n{BODY}\n\nIts (new) office - in London - opens soon.\n", None, None, "en"),
    # A byline that ends with the date gives the date, and no outlet made of it.
    (f"OpenAI expands in London\n\nBy Staff Reporter, 30 October 2025\n\n{BODY}\n", "2025-10-30", None, "en"),
    (f"OpenAI expands in London\n\nBy Staff Reporter, on 30 October 2025\n\n{BODY}\n", "2025-10-30", None, "en"),
    (f"OpenAI expands in London\n\nBy Priya Raman, Northbridge Times, 30 October 2025\n\n{BODY}\n",
     "2025-10-30", "Northbridge Times", "en"),
    (("OpenAI signe un accord avec le gouvernement\n\nPar Jeanne Morel, le 19 avril 2026\n\n"
      "Le gouvernement et OpenAI ont signé un accord pour les services publics du pays.\n"), "2026-04-19", None, "fr"),
    ("OpenAI signe un accord avec le gouvernement\n\ndimanche 19 avril 2026 à 12:326 min\n\n"
     "Le gouvernement et OpenAI ont signé un accord pour les services publics du pays.\n", "2026-04-19", None, "fr"),
    # A wire dateline with its year dates the story it opens; a credit line of names is no outlet.
    ("Mbappé signe au Real Madrid\n\nMADRID, 3 juin 2024 (Sport Dépêche) - Le Real Madrid a officialisé lundi "
     "l'arrivée de Kylian Mbappé, qui a signé pour cinq saisons avec le club.\n\n"
     "(Rédaction : Lucas Ferrand ; édition : Inès Boulanger)\n", "2024-06-03", "Sport Dépêche", "fr"),
    # The place may be named with its country in brackets.
    (("Turquie : 41 morts dans une mine\n\nAMASRA (Turquie), 15 octobre 2022 (Agence Euromed) - Au moins 41 "
      "mineurs ont été tués dans l'explosion survenue vendredi soir dans une mine de charbon.\n"), "2022-10-15",
     "Agence Euromed", "fr"),
    # A place in capitals with accents.
    (("Canal de Suez : le trafic reprend\n\nISMAÏLIA (Égypte), 29 mars 2021 (Agence Nil) - Le porte-conteneurs "
      "qui bloquait le canal depuis une semaine a été remis à flot lundi, et le trafic a repris dans la soirée.\n"),
     "2021-03-29", "Agence Nil", "fr"),
])
def test_published_date_and_outlet_are_inferred(extract, text: str, published: str | None,
                                                outlet: str | None, language: str) -> None:
    article = only_article(extract("a.txt", text))
    assert (str(article.published) if article.published else None, article.outlet, article.language) == (
        published, outlet, language)


@pytest.mark.parametrize(("text", "day"), [
    ("Sweden joins NATO\n\nWASHINGTON, March 7 (Atlantic Desk) - Sweden became a member on Thursday.\n", (3, 7)),
    ("Suède : l'adhésion est faite\n\nSTOCKHOLM, 1er mars (Agence Nord) - La Suède a rejoint l'Otan jeudi.\n", (3, 1)),
    ("Leap day\n\nLONDON, Feb. 29 (Test Wire) - The deal was signed on Thursday.\n", (2, 29)),
    # Dated some other way, or with no dateline: nothing to be dated by the run.
    ("Sweden joins NATO\n\nWASHINGTON, March 7, 2024 (Atlantic Desk) - Sweden joined on Thursday.\n", None),
    ("Sweden joins NATO\n\nSweden became a member on Thursday, March 7, after a vote in Budapest.\n", None),
])
def test_a_wire_dateline_without_a_year_is_kept_for_the_run_to_date(extract, text: str,
                                                                     day: tuple[int, int] | None) -> None:
    assert only_article(extract("wire.txt", text)).day_without_year == day


def test_dateline_and_metadata_lines_make_no_claims(extract) -> None:
    text = (f"OpenAI expands in London\n\nLondon, July 20, 2025 — Capital Desk\nSource: Computer Weekly\n"
            f"Published: 20 July 2025\n\n{BODY}\n")
    article = only_article(extract("a.txt", text))
    assert claim_lines(article) - {1} == {7}


# boilerplate ------------------------------------------------------------------------------

PAGE = """OpenAI expands its London office

London, July 20, 2025 — Capital Desk

OpenAI said it would hire 300 engineers in London over the next two years as part of a plan to expand its research work, the company said in a statement on its website.

Acme Cloud serves 500 customers

The fastest platform for 40,000 developers.

Request a Demo

Partager :Twitter/XFacebookWhatsApp

The UK government signed a memorandum of understanding with OpenAI on 21 July 2025 in London.

The Ministry of Justice plans to give 2,500 staff access to the tools by October 2025.

Officials said the programme would cost £31bn over ten years.

Newsletter

Sign up to get 5,000 stories about OpenAI every week from the Ministry of Justice.

OpenAI employs 4,000 staff in Britain.
"""
AD_LINES = {7, 9, 11}
SHARE_LINE = 13
NEWSLETTER_LINES = set(range(21, 26))
ARTICLE_LINES = {5, 15, 17, 19}


def file_lines(text: str, ranges: tuple[tuple[int, int], ...]) -> set[int]:
    """Return the 1-based file lines the character ranges cover."""
    return {number for start, end in ranges
            for number in range(text.count("\n", 0, start) + 1, text.count("\n", 0, max(start, end - 1)) + 2)}


def test_boilerplate_lines_make_no_claims(extract) -> None:
    article = only_article(extract("a.txt", PAGE))
    lines = claim_lines(article)
    assert not lines & (AD_LINES | {SHARE_LINE} | NEWSLETTER_LINES)
    assert ARTICLE_LINES <= lines


def test_without_the_boilerplate_markers_those_lines_do_make_claims(extract) -> None:
    """The control for the test above: the dropped lines would otherwise give claims."""
    text = PAGE.replace("Request a Demo\n", "\n").replace("Newsletter\n", "\n")
    lines = claim_lines(only_article(extract("a.txt", text)))
    assert {7, 9} <= lines
    assert {23, 25} <= lines


def test_boilerplate_ranges_are_kept_so_lines_stay_true(article_dir, pipeline: Pipeline) -> None:
    folder = article_dir({"a.txt": PAGE})
    [loaded] = load_file(str(folder / "a.txt"), pipeline.marker, pipeline.reader)
    assert loaded.document.text == PAGE
    skipped = file_lines(PAGE, loaded.skipped)
    assert AD_LINES | {SHARE_LINE} <= skipped
    assert NEWSLETTER_LINES <= skipped
    assert not ARTICLE_LINES & skipped
    assert 3 in skipped  # the dateline


def test_a_newsletter_line_in_the_first_half_drops_only_itself(extract) -> None:
    text = (f"OpenAI expands in London\n\nNewsletter\n\n{BODY}\n\n"
            "OpenAI employs 4,000 staff in Britain, the company said in a statement on its website.\n\n"
            "The Ministry of Justice plans to give 2,500 staff access to the tools by October 2025.\n\n"
            "Officials said the programme would cost £31bn over ten years.\n")
    article = only_article(extract("a.txt", text))
    assert 3 not in claim_lines(article)
    assert {5, 7, 9, 11} <= claim_lines(article)


def test_a_long_paragraph_stops_an_ad_block_reaching_back(extract) -> None:
    long_paragraph = BODY + " The memorandum is voluntary and creates no legal obligations for either side."
    text = f"OpenAI expands in London\n\n{long_paragraph}\n\nOpenAI employs 4,000 staff.\n\nSign up now\n"
    lines = claim_lines(only_article(extract("a.txt", text)))
    assert 5 not in lines  # the short paragraph above the call to action is the ad's
    assert 3 in lines  # the long paragraph above it is the article's
