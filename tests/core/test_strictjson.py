"""The strict JSON reader: what Python's json lets through is refused, each with its place."""

from __future__ import annotations

import pytest

from relaxapp.core.strictjson import (
    MAX_DEPTH, UNENCODABLE, JsonSyntaxError, NonFinite, encodable, find_parse_problems,
    join_path, loads,
)


def test_ordinary_json_reads_as_python_values():
    assert loads('{"a": [1, 2.5, "x", true, null]}') == {"a": [1, 2.5, "x", True, None]}
    assert find_parse_problems(loads('{"a": {"b": [1]}}')) == []


def test_a_syntax_error_has_its_line_column_and_a_lower_case_message():
    with pytest.raises(JsonSyntaxError) as raised:
        loads('{\n  "a": 1,\n  "b": }')
    error = raised.value
    assert (error.line, error.column) == (3, 8)
    assert error.message == "expecting value" and str(error) == "expecting value"


def test_nesting_too_deep_is_refused_where_it_goes_too_deep():
    fine = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert loads(fine) is not None
    deep = "[\n" + "[" * MAX_DEPTH + "]" * (MAX_DEPTH + 1)
    with pytest.raises(JsonSyntaxError) as raised:
        loads(deep)
    assert raised.value.message == "nested more than 64 levels deep"
    assert (raised.value.line, raised.value.column) == (2, MAX_DEPTH)
    brackets_in_text = '["' + "[" * 100 + '"]'
    assert loads(brackets_in_text) == ["[" * 100]  # a bracket in a string is no nesting


def test_depth_counts_objects_and_arrays_and_comes_back_up():
    wide = "[" + "[], " * 69 + "[]]"  # many brackets, but only two deep
    assert loads(wide) == [[]] * 70
    objects = '{"a": ' * 64 + "1" + "}" * 64
    assert loads(objects) is not None  # 64 objects deep is allowed
    with pytest.raises(JsonSyntaxError) as raised:
        loads('{"a": ' * 65 + "1" + "}" * 65)
    assert (raised.value.line, raised.value.column) == (1, 64 * 6 + 1)  # the 65th "{"


def test_non_finite_and_overflowing_numbers_are_named():
    value = loads('{"a": NaN, "b": [Infinity, -Infinity, 1e999]}')
    assert find_parse_problems(value) == [
        ("a", "NaN is not a valid JSON number"),
        ("b[0]", "Infinity is not a valid JSON number"),
        ("b[1]", "-Infinity is not a valid JSON number"),
        ("b[2]", "1e999 is not a valid JSON number")]
    assert repr(value["a"]) == "NaN" and value["a"] == NonFinite("NaN")


def test_a_number_with_more_digits_than_python_reads_is_named():
    value = loads("9" * 5000)
    assert isinstance(value, NonFinite)
    assert value.literal == "9" * 20 + "..."


def test_every_repeated_key_is_named_once_at_its_place():
    value = loads('{"a": 1, "a": 2, "a": 3, "b": {"c": 1, "c": 2}}')
    assert value["a"] == 3
    assert find_parse_problems(value) == [('', 'key "a" appears more than once'),
                                          ("b", 'key "c" appears more than once')]


def test_a_lone_surrogate_in_a_key_or_a_text_is_named():
    value = loads('{"\\ud800x": 1, "ok": ["\\udfff"]}')
    assert find_parse_problems(value) == [('["\\\\ud800x"]', "this key " + UNENCODABLE),
                                          ("ok[0]", UNENCODABLE)]
    assert not encodable("\ud800") and encodable("é") and encodable("plain")


def test_odd_keys_are_quoted_in_paths():
    assert join_path("", "steps") == "steps"
    assert join_path("", "x y") == '["x y"]'
    assert join_path("steps[2]", "pattern") == "steps[2].pattern"
    assert join_path("steps[2]", "1st") == 'steps[2]["1st"]'
    assert join_path("a", "_ok-key9") == "a._ok-key9"


def test_nesting_that_closes_and_opens_again_is_counted_from_where_it_is():
    back_and_deeper = "[" * 63 + "[]," + "[[]]" + "]" * 63  # 64, back to 63, then 65
    with pytest.raises(JsonSyntaxError) as raised:
        loads(back_and_deeper)
    assert raised.value.column == 63 + 3 + 2  # the second "[" of "[[]]"


def test_the_place_of_too_deep_nesting_counts_every_line_before_it():
    text = "\n\n  " + "[" * 65 + "]" * 65
    with pytest.raises(JsonSyntaxError) as raised:
        loads(text)
    assert (raised.value.line, raised.value.column) == (3, 2 + 65)


def test_a_lone_surrogate_in_a_nested_key_is_named_at_its_place():
    value = loads('{"outer": {"\\ud800": 1}}')
    assert find_parse_problems(value) == [('outer["\\\\ud800"]', "this key " + UNENCODABLE)]
