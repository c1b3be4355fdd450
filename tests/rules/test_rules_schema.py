"""The JSON Schema subset of the rules engine: what it accepts, what it reports, in which words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spec.engine.rules import Violation, check, describe

OBJECT = {
    "type": "object",
    "required": ["prompt", "n"],
    "additionalProperties": False,
    "properties": {
        "prompt": {"type": "string", "minLength": 1, "maxLength": 5},
        "n": {"type": "integer", "minimum": 1, "maximum": 9},
        "mode": {"type": "string", "enum": ["std", "pro"]},
    },
}


def messages(body: object, schema: dict[str, Any], **options: bool) -> list[str]:
    return [v.message for v in check(body, schema, **options)]


# ----------------------------------------------------------------------------- wording


@pytest.mark.parametrize(
    ("keyword", "value", "expected"),
    [
        ("required", True, "n is required"),
        ("type", "integer", "n must be of type integer"),
        ("type", ["string", "null"], "n must be of type string or null"),
        ("enum", ["a", "b", "c"], "n must be one of: a, b, c"),
        ("minimum", 1, "n must be >= 1"),
        ("maximum", 9, "n must be <= 9"),
        ("exclusiveMinimum", 0, "n must be > 0"),
        ("exclusiveMaximum", 1, "n must be < 1"),
        ("minLength", 1, "n must be at least 1 characters"),
        ("maxLength", 2500, "n must be at most 2500 characters"),
        ("pattern", "^x$", "n must match ^x$"),
        ("minItems", 1, "n must have at least 1 items"),
        ("maxItems", 4, "n must have at most 4 items"),
        ("additionalProperties", False, "n is not a known field"),
        ("uniqueItems", True, "n must not contain duplicates"),
        ("const", 0, "n must be 0"),
    ],
)
def test_describe_words_each_keyword_as_the_contract_says(
    keyword: str, value: object, expected: str
) -> None:
    assert describe("n", keyword, value) == expected


def test_describe_prints_integral_numbers_without_trailing_zero() -> None:
    assert describe("n", "maximum", 9.0) == "n must be <= 9"
    assert describe("cfg_scale", "maximum", 0.5) == "cfg_scale must be <= 0.5"


def test_describe_names_the_body_when_the_field_is_empty() -> None:
    assert describe("", "type", "object") == "body must be of type object"


def test_violations_carry_field_rule_and_the_business_code_1201() -> None:
    assert check({"prompt": "hi"}, OBJECT) == [Violation("n", "required", "n is required", 1201)]


# ----------------------------------------------------------------------------- types


def test_a_valid_body_has_no_violations() -> None:
    assert check({"prompt": "hi", "n": 3, "mode": "pro"}, OBJECT) == []


def test_booleans_are_not_integers() -> None:
    assert messages(True, {"type": "integer"}) == ["body must be of type integer"]


def test_booleans_are_not_numbers() -> None:
    assert messages(False, {"type": "number"}) == ["body must be of type number"]


def test_integers_are_numbers() -> None:
    assert check(3, {"type": "number"}) == []


def test_integral_floats_are_integers() -> None:
    assert check(3.0, {"type": "integer"}) == []


def test_fractional_floats_are_not_integers() -> None:
    assert messages(3.5, {"type": "integer"}) == ["body must be of type integer"]


def test_a_type_union_accepts_each_member() -> None:
    schema = {"type": ["string", "null"]}
    assert check(None, schema) == [] and check("x", schema) == []


def test_a_type_union_names_every_member() -> None:
    assert messages(5, {"type": ["string", "null"]}) == ["body must be of type string or null"]


def test_a_wrong_type_hides_the_other_keywords_of_that_value() -> None:
    assert messages(5, {"type": "string", "enum": ["a"], "minLength": 2}) == [
        "body must be of type string"
    ]


# ----------------------------------------------------------------------------- keywords


def test_enum_compares_json_values_strictly() -> None:
    assert messages(5, {"enum": ["5"]}) == ["body must be one of: 5"]


def test_enum_does_not_take_true_for_one() -> None:
    assert messages(True, {"enum": [1]}) == ["body must be one of: 1"]


def test_const_requires_the_exact_value() -> None:
    assert messages(1, {"const": 0}) == ["body must be 0"]


def test_minimum_and_maximum_are_inclusive() -> None:
    schema = {"minimum": 1, "maximum": 9}
    assert check(1, schema) == [] and check(9, schema) == []
    assert messages(0, schema) == ["body must be >= 1"]
    assert messages(10, schema) == ["body must be <= 9"]


def test_exclusive_bounds_refuse_the_bound_itself() -> None:
    schema = {"exclusiveMinimum": 0, "exclusiveMaximum": 1}
    assert messages(0, schema) == ["body must be > 0"]
    assert messages(1, schema) == ["body must be < 1"]


def test_string_lengths_count_characters() -> None:
    assert check("ééé", {"maxLength": 3}) == []
    assert messages("", {"minLength": 1}) == ["body must be at least 1 characters"]


def test_pattern_is_searched_not_fully_matched() -> None:
    assert check("xx-abc-yy", {"pattern": "abc"}) == []
    assert messages("xyz", {"pattern": "^abc$"}) == ["body must match ^abc$"]


def test_an_invalid_pattern_is_ignored() -> None:
    assert check("anything", {"pattern": "(unclosed"}) == []


def test_item_counts_are_checked() -> None:
    schema = {"minItems": 1, "maxItems": 2}
    assert messages([], schema) == ["body must have at least 1 items"]
    assert messages([1, 2, 3], schema) == ["body must have at most 2 items"]


def test_unique_items_treats_one_and_one_point_zero_as_duplicates() -> None:
    assert messages([1, 1.0], {"uniqueItems": True}) == ["body must not contain duplicates"]


def test_unique_items_tells_true_from_one() -> None:
    assert check([True, 1], {"uniqueItems": True}) == []


def test_unique_items_compares_objects_by_value() -> None:
    body = [{"a": 1, "b": 2}, {"b": 2, "a": 1}]
    assert messages(body, {"uniqueItems": True}) == ["body must not contain duplicates"]


# ----------------------------------------------------------------------------- objects and arrays


def test_missing_required_fields_are_reported() -> None:
    assert messages({}, OBJECT) == ["prompt is required", "n is required"]


def test_required_fields_without_a_property_schema_are_reported() -> None:
    assert messages({}, {"type": "object", "required": ["x"]}) == ["x is required"]


def test_unknown_fields_are_refused_when_additional_properties_is_false() -> None:
    body = {"prompt": "hi", "n": 1, "modle": "pro"}
    assert check(body, OBJECT) == [
        Violation("modle", "additionalProperties", "modle is not a known field")
    ]


def test_additional_properties_as_a_schema_checks_the_extra_values() -> None:
    schema = {"type": "object", "additionalProperties": {"type": "integer"}}
    assert messages({"a": 1, "b": "x"}, schema) == ["b must be of type integer"]


def test_nested_fields_are_named_by_dotted_paths() -> None:
    schema = {"properties": {"watermark_info": {"properties": {"enabled": {"type": "boolean"}}}}}
    assert (
        check({"watermark_info": {"enabled": "yes"}}, schema)[0].field == "watermark_info.enabled"
    )


def test_array_items_are_named_by_index() -> None:
    schema = {
        "properties": {
            "multi_prompt": {
                "items": {"properties": {"duration": {"type": "string", "pattern": "^[1-9]"}}}
            }
        }
    }
    body = {"multi_prompt": [{"duration": "5"}, {"duration": "0"}]}
    assert messages(body, schema) == ["multi_prompt[1].duration must match ^[1-9]"]


def test_every_violation_is_reported_in_property_document_order() -> None:
    body = {"mode": "max", "n": 0, "prompt": "far too long", "extra": 1}
    assert messages(body, OBJECT) == [
        "prompt must be at most 5 characters",
        "n must be >= 1",
        "mode must be one of: std, pro",
        "extra is not a known field",
    ]


def test_the_order_of_violations_is_stable() -> None:
    body = {"mode": "max", "n": 0, "prompt": "far too long", "extra": 1}
    assert check(body, OBJECT) == check(dict(reversed(body.items())), OBJECT)


# ----------------------------------------------------------------------------- oneOf / anyOf

BRANCHES = [
    {"type": "object", "required": ["url"], "properties": {"url": {"type": "string"}}},
    {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "integer", "minimum": 1}, "name": {"type": "string"}},
    },
]


@pytest.mark.parametrize("keyword", ["oneOf", "anyOf"])
def test_a_value_is_valid_when_any_branch_is_valid(keyword: str) -> None:
    assert check({"id": 3}, {keyword: BRANCHES}) == []


@pytest.mark.parametrize("keyword", ["oneOf", "anyOf"])
def test_the_closest_branch_is_reported_when_none_fits(keyword: str) -> None:
    assert messages({"id": 0, "name": "x"}, {keyword: BRANCHES}) == ["id must be >= 1"]


def test_a_branch_of_the_right_type_is_closer_than_one_of_the_wrong_type() -> None:
    schema = {"oneOf": [{"type": "string"}, {"type": "object", "required": ["a", "b"]}]}
    assert messages({}, schema) == ["a is required", "b is required"]


def test_without_schema_checks_the_fitting_branch_still_applies_its_rules() -> None:
    ruled = {
        "type": "object",
        "required": ["kind"],
        "properties": {"kind": {"const": "b"}},
        "x-kling-rules": [{"rule": "at_least_one_of", "fields": ["x", "y"]}],
    }
    schema = {"oneOf": [{"type": "object", "properties": {"kind": {"const": "a"}}}, ruled]}
    assert messages({"kind": "b"}, schema, schema_checks=False) == [
        "at least one of x, y must be set"
    ]


def test_without_schema_checks_schema_violations_are_not_reported() -> None:
    assert check({"prompt": 5, "extra": 1}, OBJECT, schema_checks=False) == []


def test_a_schema_that_is_not_a_mapping_checks_nothing() -> None:
    assert check({"a": 1}, None) == []  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- robustness


REQUEST_FIELDS = (
    *("model_name", "prompt", "negative_prompt", "image", "image_reference", "human_fidelity"),
    *("n", "element_list", "resolution", "aspect_ratio", "watermark_info", "element_id"),
    "enabled",
)


def json_values() -> st.SearchStrategy[object]:
    """Any JSON value, with keys often taken from ImageGenerationRequest so the walk goes deep."""
    fields = st.sampled_from(REQUEST_FIELDS)
    scalars = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False)
        | st.text(max_size=20)
        | st.sampled_from(["kling-v1", "kling-v2-new", "subject", "2k", "21:9", "data:x", "iVBOR"])
    )
    return st.recursive(
        scalars,
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(fields | st.text(max_size=5), children, max_size=6)
        ),
        max_leaves=20,
    )


def nested(depth: int) -> object:
    value: object = []
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize(
    "value",
    [
        float("nan"),
        float("inf"),
        (1, 2),
        {1: "x"},
        b"bytes",
        object(),
        [nested(5000), nested(5000)],
    ],
    ids=["nan", "inf", "tuple", "int-key", "bytes", "object", "deep"],
)
def test_check_never_raises_on_python_values_outside_json(value: object) -> None:
    schema = {
        "type": ["array", "object", "number"],
        "uniqueItems": True,
        "enum": [[[]], 1],
        "maximum": 1,
        "additionalProperties": False,
    }
    assert isinstance(check(value, schema), list)


@given(body=json_values(), schema_checks=st.booleans())
def test_check_never_raises_on_any_json_value(
    component: Callable[[str], dict[str, Any]], body: object, schema_checks: bool
) -> None:
    found = check(body, component("ImageGenerationRequest"), schema_checks=schema_checks)
    assert all(isinstance(v, Violation) and v.message for v in found)


def test_an_int64_field_refuses_a_value_past_64_bits() -> None:
    schema = {"type": "object", "properties": {"id": {"type": "integer", "format": "int64"}}}
    assert [v.message for v in check({"id": 2**63}, schema)] == ["id must be a 64-bit integer"]
    assert check({"id": 2**63 - 1}, schema) == []


def test_an_int32_field_refuses_a_value_past_32_bits() -> None:
    schema = {"type": "object", "properties": {"n": {"type": "integer", "format": "int32"}}}
    assert [v.message for v in check({"n": -(2**31) - 1}, schema)] == ["n must be a 32-bit integer"]
