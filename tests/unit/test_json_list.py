"""A JSON list archive: each record read with the line it starts on, any fault named as json.loads names it."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import ArticleError
from factcheck.load.records import _list_items, read_json


def record_lines(text: str) -> list[int]:
    records = read_json(text, "a.json")
    return [records[index].anchors[0][1] for index in range(len(records))]


def loads_error(text: str) -> tuple[str, int | None]:
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        return f"invalid JSON: {error.msg}", error.lineno
    raise AssertionError("json.loads read it")


def test_each_record_of_a_pretty_printed_list_starts_on_its_own_line() -> None:
    text = json.dumps([{"title": "one", "text": "Deal signed."}, {"title": "two", "text": "Deal done."}], indent=2)
    assert record_lines(text) == [2, 6]
    assert record_lines("\n\n [ {\"text\": \"a\"} ,\n\n{\"text\": \"b\"}]\n") == [3, 5]


def test_one_object_is_one_record_on_the_first_line() -> None:
    assert record_lines('\n{"text": "Deal signed."}') == [1]


@pytest.mark.parametrize("text", ['[{"text": "a"} {"text": "b"}]', '[{"text": "a"},]', '[{"text": "a"}] x',
                                  '[{"text": "a"}', '[\n{"text": "a"},\n{"text": }]', "[", "", "[] []",
                                  '["a"\n,\n'])
def test_a_list_that_is_not_well_formed_is_refused_as_json_loads_says(text: str) -> None:
    with pytest.raises(ArticleError) as refused:
        read_json(text, "a.json")
    assert (refused.value.message, refused.value.line) == loads_error(text)


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner,
                                                                                         max_size=3), max_leaves=8)


@settings(max_examples=300, deadline=None)
@given(items=st.lists(st.tuples(JSON_VALUES, st.sampled_from([None, 0, 2]), st.sampled_from([",", ",\n", " ,\r\n\n\t"])),
                      max_size=6),
       edge=st.sampled_from(["", " ", "\n", "\r\n\t"]))
def test_any_list_gives_what_json_loads_gives_each_item_with_the_line_it_starts_on(
        items: list[tuple[object, int | None, str]], edge: str) -> None:
    text, starts = edge + "[" + edge, []
    for number, (item, indent, separator) in enumerate(items):
        text += separator if number else ""
        starts.append(len(text))
        text += json.dumps(item, indent=indent)
    text += edge + "]" + edge
    assert _list_items(text) == [(text.count("\n", 0, start) + 1, item) for start, (item, _, _) in zip(starts, items)]
    assert [item for _, item in _list_items(text)] == json.loads(text)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet='[]{},:" \n\\tu0a', max_size=30))
def test_any_text_is_read_or_refused_as_json_loads_reads_or_refuses_it(text: str) -> None:
    try:
        expected = json.loads(text)
    except json.JSONDecodeError:
        with pytest.raises(ArticleError) as refused:
            read_json(text, "a.json")
        assert (refused.value.message, refused.value.line) == loads_error(text)
        return
    listed = _list_items(text)
    assert listed is None or [item for _, item in listed] == expected
    assert len(read_json(text, "a.json")) == (len(expected) if isinstance(expected, list) else 1)
