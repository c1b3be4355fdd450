"""x-kling-rules: every rule kind, its wording, and where the rules apply."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from spec.engine.rules import Violation, check


def ruled(*rules: dict[str, Any], **properties: dict[str, Any]) -> dict[str, Any]:
    """An object schema carrying ``rules`` (and optional property schemas)."""
    return {"type": "object", "properties": properties, "x-kling-rules": list(rules)}


def messages(body: object, schema: dict[str, Any]) -> list[str]:
    return [v.message for v in check(body, schema)]


EXCLUSIVE = ruled(
    {
        "rule": "mutually_exclusive",
        "groups": [["image_tail"], ["static_mask", "dynamic_masks"], ["camera_control"]],
    }
)
EXACTLY_ONE = ruled({"rule": "exactly_one_of", "fields": ["audio_id", "sound_file"]})
AT_LEAST_ONE = ruled({"rule": "at_least_one_of", "fields": ["image", "image_tail"]})


# ----------------------------------------------------------------------------- presence


@pytest.mark.parametrize("absent", [None, "", [], {}])
def test_null_and_empty_values_count_as_absent(absent: object) -> None:
    assert (
        messages({"audio_id": absent, "sound_file": "https://a.invalid/x.mp3"}, EXACTLY_ONE) == []
    )


@pytest.mark.parametrize("present", [0, False, "x", [0], {"a": 1}])
def test_zero_false_and_non_empty_values_count_as_present(present: object) -> None:
    assert messages({"audio_id": present}, EXACTLY_ONE) == []


# ----------------------------------------------------------------------------- group rules


def test_mutually_exclusive_refuses_two_groups_together() -> None:
    assert check({"image_tail": "u", "camera_control": {"type": "down_back"}}, EXCLUSIVE) == [
        Violation(
            "image_tail",
            "mutually_exclusive",
            "only one of image_tail, static_mask/dynamic_masks, camera_control may be set",
        )
    ]


def test_mutually_exclusive_allows_several_fields_of_one_group() -> None:
    assert messages({"static_mask": "m", "dynamic_masks": [{"mask": "m"}]}, EXCLUSIVE) == []


def test_mutually_exclusive_names_the_first_present_field() -> None:
    found = check({"camera_control": {"type": "x"}, "dynamic_masks": [1]}, EXCLUSIVE)
    assert found[0].field == "dynamic_masks"


def test_exactly_one_of_refuses_neither() -> None:
    assert check({}, EXACTLY_ONE) == [
        Violation("audio_id", "exactly_one_of", "exactly one of audio_id, sound_file must be set")
    ]


def test_exactly_one_of_refuses_both() -> None:
    assert messages({"audio_id": "a", "sound_file": "s"}, EXACTLY_ONE) == [
        "exactly one of audio_id, sound_file must be set"
    ]


def test_exactly_one_of_names_the_first_present_field_when_both_are_set() -> None:
    assert check({"sound_file": "s", "audio_id": "a"}, EXACTLY_ONE)[0].field == "audio_id"


def test_at_least_one_of_refuses_none() -> None:
    assert messages({"prompt": "x"}, AT_LEAST_ONE) == [
        "at least one of image, image_tail must be set"
    ]


def test_at_least_one_of_accepts_both() -> None:
    assert messages({"image": "a", "image_tail": "b"}, AT_LEAST_ONE) == []


# ----------------------------------------------------------------------------- when


def when(condition: object, then: dict[str, Any], **properties: dict[str, Any]) -> dict[str, Any]:
    return ruled({"rule": "when", "if": condition, "then": then}, **properties)


def test_when_require_names_the_missing_field_and_the_condition() -> None:
    schema = when({"field": "image_reference"}, {"require": ["image"]})
    assert check({"image_reference": "subject"}, schema) == [
        Violation("image", "when", "image is required when image_reference is set")
    ]


def test_when_forbid_names_the_forbidden_field_and_the_condition() -> None:
    schema = when({"field": "image"}, {"forbid": ["negative_prompt"]})
    assert messages({"image": "u", "negative_prompt": "blur"}, schema) == [
        "negative_prompt is not allowed when image is set"
    ]


def test_when_allow_limits_the_values_of_a_field() -> None:
    schema = when({"field": "mode", "equals": "pro"}, {"allow": {"duration": ["5", "10"]}})
    assert messages({"mode": "pro", "duration": "7"}, schema) == [
        "duration must be one of: 5, 10 when mode is pro"
    ]


def test_when_does_nothing_when_its_condition_fails() -> None:
    schema = when({"field": "image_reference"}, {"require": ["image"]})
    assert messages({"prompt": "x"}, schema) == []


def test_conditions_compare_numbers_and_strings_by_string_form() -> None:
    schema = when({"field": "duration", "equals": 10}, {"require": ["prompt"]})
    assert messages({"duration": "10"}, schema) == ["prompt is required when duration is 10"]


def test_allowed_values_compare_by_string_form() -> None:
    schema = when({"field": "mode"}, {"allow": {"duration": ["5"]}})
    assert messages({"mode": "std", "duration": 5}, schema) == []


def test_in_conditions_match_any_listed_value() -> None:
    schema = when({"field": "type", "in": ["down_back", "forward_up"]}, {"forbid": ["config"]})
    assert messages({"type": "forward_up", "config": {"zoom": 1}}, schema) == [
        "config is not allowed when type is one of down_back, forward_up"
    ]


def test_absent_conditions_hold_when_the_field_is_missing() -> None:
    schema = when({"field": "image", "absent": True}, {"require": ["prompt"]})
    assert messages({}, schema) == ["prompt is required when image is not set"]
    assert messages({"image": "u"}, schema) == []


def test_a_missing_field_is_compared_by_its_schema_default() -> None:
    schema = when(
        {"field": "multi_shot", "equals": False},
        {"require": ["prompt"]},
        multi_shot={"type": "boolean", "default": False},
    )
    assert messages({}, schema) == ["prompt is required when multi_shot is false"]


def test_a_missing_field_without_default_matches_no_value() -> None:
    schema = when({"field": "mode", "equals": "std"}, {"require": ["prompt"]})
    assert messages({}, schema) == []


def test_a_list_of_conditions_must_all_hold() -> None:
    conditions = [
        {"field": "multi_shot", "equals": True},
        {"field": "shot_type", "equals": "customize"},
    ]
    schema = when(conditions, {"require": ["multi_prompt"]})
    assert messages({"multi_shot": True, "shot_type": "intelligence"}, schema) == []
    assert messages({"multi_shot": True, "shot_type": "customize"}, schema) == [
        "multi_prompt is required when multi_shot is true and shot_type is customize"
    ]


def test_nested_rules_apply_with_the_condition_in_their_wording() -> None:
    nested = {"rule": "max_total_items", "fields": ["image_list"], "max": 1}
    schema = when({"field": "edit_mode", "equals": "swap"}, {"rules": [nested]})
    assert messages({"edit_mode": "swap", "image_list": [1, 2]}, schema) == [
        "image_list must have at most 1 items when edit_mode is swap"
    ]


def test_require_on_every_item_names_each_item_missing_it() -> None:
    schema = when({"field": "shots"}, {"require": ["shots[].prompt"]})
    body = {"shots": [{"prompt": "a"}, {"duration": "5"}]}
    assert messages(body, schema) == ["shots[1].prompt is required when shots is set"]


def test_require_reaches_into_nested_objects() -> None:
    schema = when({"field": "mode"}, {"require": ["input.image"]})
    assert check({"mode": "pro", "input": {}}, schema)[0].field == "input.image"


# ----------------------------------------------------------------------------- sums and counts

STORYBOARD = ruled(
    {"rule": "sum_equals", "items": "multi_prompt", "item_field": "duration", "total": "duration"},
    duration={"type": "string", "default": "5"},
)


def shots(*durations: object) -> list[dict[str, object]]:
    return [{"index": i + 1, "prompt": "p", "duration": d} for i, d in enumerate(durations)]


def test_sum_equals_refuses_durations_that_do_not_add_up() -> None:
    assert check({"duration": "10", "multi_prompt": shots("3", "5")}, STORYBOARD) == [
        Violation(
            "multi_prompt",
            "sum_equals",
            "multi_prompt durations must add up to duration (10), got 8",
        )
    ]


def test_sum_equals_accepts_durations_that_add_up() -> None:
    assert messages({"duration": "10", "multi_prompt": shots("4", 6)}, STORYBOARD) == []


def test_sum_equals_uses_the_default_total_when_it_is_absent() -> None:
    assert messages({"multi_prompt": shots("2", "2")}, STORYBOARD) == [
        "multi_prompt durations must add up to duration (5), got 4"
    ]


def test_sum_equals_skips_items_of_the_wrong_type() -> None:
    assert messages({"duration": "10", "multi_prompt": shots("3", "five")}, STORYBOARD) == []
    assert messages({"duration": "10", "multi_prompt": ["x"]}, STORYBOARD) == []


MAX_ITEMS = ruled({"rule": "max_total_items", "fields": ["image_list", "element_list"], "max": 7})


def test_max_total_items_counts_the_arrays_together() -> None:
    assert check({"image_list": [1, 2, 3, 4], "element_list": [1, 2, 3, 4]}, MAX_ITEMS) == [
        Violation(
            "image_list",
            "max_total_items",
            "image_list and element_list together must have at most 7 items",
        )
    ]


def test_max_total_items_accepts_the_limit_itself() -> None:
    assert messages({"image_list": [1, 2, 3], "element_list": [1, 2, 3, 4]}, MAX_ITEMS) == []


def test_max_total_items_skips_values_that_are_not_arrays() -> None:
    assert messages({"image_list": "x" * 20, "element_list": [1]}, MAX_ITEMS) == []


CAMERA = ruled(
    {"rule": "nonzero_count", "fields": ["horizontal", "vertical", "zoom"], "min": 1, "max": 1}
)


def test_nonzero_count_refuses_all_zero() -> None:
    assert check({"horizontal": 0}, CAMERA) == [
        Violation(
            "horizontal",
            "nonzero_count",
            "exactly one of horizontal, vertical, zoom must be non-zero, got 0",
        )
    ]


def test_nonzero_count_refuses_two_non_zero_values() -> None:
    assert messages({"horizontal": 1, "zoom": -2.5}, CAMERA) == [
        "exactly one of horizontal, vertical, zoom must be non-zero, got 2"
    ]


def test_nonzero_count_accepts_one_non_zero_value() -> None:
    assert messages({"horizontal": 0, "zoom": 3}, CAMERA) == []


@pytest.mark.parametrize(
    ("bounds", "body", "expected"),
    [
        ({"min": 2}, {"a": 1}, "at least 2 of a, b, c must be non-zero, got 1"),
        ({"max": 1}, {"a": 1, "b": 1}, "at most 1 of a, b, c must be non-zero, got 2"),
        ({"min": 1, "max": 2}, {}, "between 1 and 2 of a, b, c must be non-zero, got 0"),
        ({"min": 2, "max": 2}, {"c": 4}, "exactly 2 of a, b, c must be non-zero, got 1"),
    ],
)
def test_nonzero_count_words_each_kind_of_bound(
    bounds: dict[str, int], body: dict[str, int], expected: str
) -> None:
    schema = ruled({"rule": "nonzero_count", "fields": ["a", "b", "c"], **bounds})
    assert messages(body, schema) == [expected]


# ----------------------------------------------------------------------------- ordering and area

CLIP = ruled(
    {"rule": "less_than", "left": "sound_start_time", "right": "sound_end_time", "min_gap": 2000}
)


def test_less_than_refuses_a_gap_below_min_gap() -> None:
    assert check({"sound_start_time": 1000, "sound_end_time": 2500}, CLIP) == [
        Violation(
            "sound_start_time",
            "less_than",
            "sound_start_time must be at least 2000 less than sound_end_time, got 1000 and 2500",
        )
    ]


def test_less_than_accepts_exactly_min_gap() -> None:
    assert messages({"sound_start_time": 0, "sound_end_time": 2000}, CLIP) == []


def test_less_than_without_gap_refuses_equal_values() -> None:
    schema = ruled({"rule": "less_than", "left": "start", "right": "end"})
    assert messages({"start": 3, "end": 3}, schema) == ["start must be less than end, got 3 and 3"]


def test_less_than_is_skipped_when_a_side_is_absent() -> None:
    assert messages({"sound_start_time": 5000}, CLIP) == []


EXPAND = ruled(
    {
        "rule": "canvas_area_max",
        "vertical": ["up_expansion_ratio", "down_expansion_ratio"],
        "horizontal": ["left_expansion_ratio", "right_expansion_ratio"],
        "max": 3,
    }
)


def test_canvas_area_max_refuses_a_canvas_grown_past_max() -> None:
    body = {"up_expansion_ratio": 0.5, "down_expansion_ratio": 0.5, "left_expansion_ratio": 0.6}
    assert check(body, EXPAND) == [
        Violation(
            "up_expansion_ratio",
            "canvas_area_max",
            "the expanded canvas (1 + up_expansion_ratio + down_expansion_ratio)"
            " * (1 + left_expansion_ratio + right_expansion_ratio)"
            " must be at most 3 times the original area, got 3.2",
        )
    ]


def test_canvas_area_max_accepts_exactly_max() -> None:
    assert (
        messages(
            {"up_expansion_ratio": 1, "down_expansion_ratio": 0.5, "left_expansion_ratio": 0.2},
            EXPAND,
        )
        == []
    )


def test_canvas_area_max_counts_absent_ratios_as_zero() -> None:
    assert messages({}, EXPAND) == []


# ----------------------------------------------------------------------------- where rules apply


def test_rules_apply_to_every_array_item_with_full_paths() -> None:
    item = ruled({"rule": "exactly_one_of", "fields": ["url", "id"]})
    schema = {"properties": {"refs": {"type": "array", "items": item}}}
    assert check({"refs": [{"url": "u"}, {"url": "u", "id": 1}]}, schema) == [
        Violation(
            "refs[1].url", "exactly_one_of", "exactly one of refs[1].url, refs[1].id must be set"
        )
    ]


def test_rules_of_nested_objects_name_full_paths(
    component: Callable[[str], dict[str, Any]],
) -> None:
    schema = {"properties": {"camera_control": component("CameraControl")}}
    assert messages({"camera_control": {"type": "simple"}}, schema) == [
        "camera_control.config is required when camera_control.type is simple"
    ]


def test_the_spec_camera_config_allows_exactly_one_non_zero_axis(
    component: Callable[[str], dict[str, Any]],
) -> None:
    found = check({"pan": 1, "zoom": 2}, component("CameraConfig"))
    assert [v.rule for v in found] == ["nonzero_count"]


def test_rules_run_without_schema_checks() -> None:
    assert [v.rule for v in check({}, EXACTLY_ONE, schema_checks=False)] == ["exactly_one_of"]


def test_rule_violations_follow_the_schema_violations() -> None:
    schema = {**EXACTLY_ONE, "required": ["prompt"]}
    assert [v.rule for v in check({}, schema)] == ["required", "exactly_one_of"]


def test_unknown_rule_kinds_and_malformed_rules_are_ignored() -> None:
    schema = ruled({"rule": "teleport"}, {"rule": "when", "if": 5}, {"rule": "exactly_one_of"}, {})
    assert check({"a": 1}, schema) == []


def test_rules_skip_parents_of_the_wrong_type() -> None:
    schema = when({"field": "mode"}, {"require": ["input.image"]})
    assert messages({"mode": "pro", "input": "not an object"}, schema) == []


def test_a_condition_on_every_item_reads_the_item_default() -> None:
    item = {"type": "object", "properties": {"kind": {"type": "string", "default": "text"}}}
    schema = when(
        {"field": "shots[].kind", "equals": "text"},
        {"require": ["prompt"]},
        shots={"type": "array", "items": item},
    )
    assert messages({"shots": [{}]}, schema) == ["prompt is required when shots[].kind is text"]
