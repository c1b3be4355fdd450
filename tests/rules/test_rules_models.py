"""x-kling-models: what each value of the model selector supports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spec.engine.rules import Violation, check

MODELS = {
    "type": "object",
    "properties": {
        "model_name": {"type": "string", "default": "kling-v1"},
        "mode": {"type": "string", "default": "std"},
        "duration": {"type": "string", "default": "5"},
    },
    "x-kling-models": {
        "field": "model_name",
        "models": {
            "kling-v1": {
                "allow": {"resolution": ["1k"], "duration": ["5", "10"]},
                "unsupported": ["image_reference"],
                "when": [
                    {
                        "if": {"field": "mode", "equals": "pro"},
                        "then": {"allow": {"duration": ["5"]}, "forbid": ["camera_control"]},
                    }
                ],
            },
            "kling-v2-new": {"require": ["image"]},
        },
    },
}


def messages(body: object) -> list[str]:
    return [v.message for v in check(body, MODELS)]


def test_allow_names_the_values_and_the_model() -> None:
    assert check({"model_name": "kling-v1", "resolution": "2k"}, MODELS) == [
        Violation(
            "resolution", "x-kling-models", "resolution must be one of: 1k for model_name kling-v1"
        )
    ]


def test_allow_compares_by_string_form() -> None:
    assert check({"model_name": "kling-v1", "duration": 10}, MODELS, schema_checks=False) == []


def test_allow_does_not_check_absent_fields() -> None:
    assert messages({"model_name": "kling-v1"}) == []


def test_unsupported_fields_are_refused_for_the_model() -> None:
    assert messages({"model_name": "kling-v1", "image_reference": "face"}) == [
        "image_reference is not supported by model_name kling-v1"
    ]


def test_required_fields_are_required_for_the_model() -> None:
    assert check({"model_name": "kling-v2-new"}, MODELS) == [
        Violation("image", "x-kling-models", "image is required for model_name kling-v2-new")
    ]


def test_when_entries_name_the_model_and_the_condition() -> None:
    assert messages({"model_name": "kling-v1", "mode": "pro", "duration": "10"}) == [
        "duration must be one of: 5 for model_name kling-v1 when mode is pro"
    ]


def test_when_entries_can_forbid_fields() -> None:
    assert messages({"model_name": "kling-v1", "mode": "pro", "camera_control": {"type": "x"}}) == [
        "camera_control is not allowed for model_name kling-v1 when mode is pro"
    ]


def test_when_entries_do_nothing_when_their_condition_fails() -> None:
    assert messages({"model_name": "kling-v1", "mode": "std", "duration": "10"}) == []


def test_an_absent_selector_selects_its_default_model() -> None:
    assert messages({"resolution": "2k"}) == [
        "resolution must be one of: 1k for model_name kling-v1"
    ]


def test_a_model_missing_from_the_map_has_no_extra_limits() -> None:
    assert messages({"model_name": "kling-v3", "resolution": "4k", "image_reference": "x"}) == []


def test_a_selector_of_the_wrong_type_is_skipped() -> None:
    assert (
        check({"model_name": ["kling-v1"], "resolution": "2k"}, MODELS, schema_checks=False) == []
    )


def test_model_limits_are_checked_without_schema_checks() -> None:
    found = check({"model_name": "kling-v2-new"}, MODELS, schema_checks=False)
    assert [v.rule for v in found] == ["x-kling-models"]


def test_model_violations_come_in_allow_unsupported_require_when_order() -> None:
    body = {"model_name": "kling-v1", "image_reference": "x", "resolution": "2k", "mode": "pro"}
    assert messages({**body, "duration": "10"}) == [
        "resolution must be one of: 1k for model_name kling-v1",
        "image_reference is not supported by model_name kling-v1",
        "duration must be one of: 5 for model_name kling-v1 when mode is pro",
    ]


def test_kling_v1_refuses_2k_images(component: Callable[[str], dict[str, Any]]) -> None:
    body = {"model_name": "kling-v1", "prompt": "a fox", "resolution": "2k"}
    found = check(body, component("ImageGenerationRequest"))
    assert [v.message for v in found] == ["resolution must be one of: 1k for model_name kling-v1"]


def test_the_spec_default_model_kling_v3_takes_2k_images(
    component: Callable[[str], dict[str, Any]],
) -> None:
    assert check({"prompt": "a fox", "resolution": "2k"}, component("ImageGenerationRequest")) == []


def test_the_spec_restyle_model_needs_an_image(
    component: Callable[[str], dict[str, Any]],
) -> None:
    body = {"model_name": "kling-v2-new", "prompt": "in watercolour"}
    found = check(body, component("ImageGenerationRequest"))
    assert [v.message for v in found] == ["image is required for model_name kling-v2-new"]


def test_a_value_outside_the_fields_own_enum_is_not_also_refused_by_the_model() -> None:
    schema = {
        "type": "object",
        "properties": {
            "model_name": {"type": "string", "enum": ["m1", "m2"]},
            "ratio": {"type": "string", "enum": ["1:1", "16:9"]},
        },
        "x-kling-models": {"field": "model_name", "models": {"m1": {"allow": {"ratio": ["1:1"]}}}},
    }
    assert [v.message for v in check({"model_name": "m1", "ratio": "5:4"}, schema)] == [
        "ratio must be one of: 1:1, 16:9"
    ]
    assert [v.message for v in check({"model_name": "m1", "ratio": "16:9"}, schema)] == [
        "ratio must be one of: 1:1 for model_name m1"
    ]
