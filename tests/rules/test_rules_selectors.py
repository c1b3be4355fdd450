"""Path selectors (``contents[type=first_frame]``) and a model chosen by a path parameter."""

from __future__ import annotations

from typing import Any

from spec.engine.rules import check, field_values

CONTENTS: dict[str, Any] = {
    "type": "object",
    "properties": {
        "contents": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"type": {"type": "string"}, "url": {"type": "string"}},
            },
        },
        "settings": {
            "type": "object",
            "properties": {"resolution": {"type": "string", "default": "720p"}},
        },
    },
    "x-kling-rules": [
        {"rule": "max_total_items", "fields": ["contents[type=first_frame]"], "max": 1},
        {
            "rule": "when",
            "if": {"field": "contents[type=last_frame]"},
            "then": {"require": ["contents[type=first_frame]"]},
        },
        {
            "rule": "when",
            "if": {"field": "contents[type=base_video]"},
            "then": {"forbid": ["contents[type=first_frame]"]},
        },
    ],
}


def frame(kind: str, url: str = "https://example.com/a.png") -> dict[str, str]:
    return {"type": kind, "url": url}


def messages(body: object, schema: dict[str, Any] = CONTENTS, **path: str) -> list[str]:
    return [v.message for v in check(body, schema, path=path or None)]


def test_a_selector_counts_only_the_matching_items() -> None:
    two_firsts = {"contents": [frame("first_frame"), frame("element"), frame("first_frame")]}
    one_first = {"contents": [frame("first_frame"), frame("element"), frame("element")]}
    assert messages(two_firsts) == [
        "contents[type=first_frame] must have at most 1 items",
    ]
    assert messages(one_first) == []


def test_a_selector_that_matches_nothing_is_required_by_name() -> None:
    assert messages({"contents": [frame("last_frame")]}) == [
        "contents[type=first_frame] is required when contents[type=last_frame] is set"
    ]
    assert messages({"contents": [frame("first_frame"), frame("last_frame")]}) == []


def test_a_forbidden_selector_names_the_item_sent() -> None:
    body = {"contents": [frame("base_video"), frame("element"), frame("first_frame")]}
    assert messages(body) == ["contents[2] is not allowed when contents[type=base_video] is set"]


def test_a_selector_reads_the_fields_of_the_matching_items() -> None:
    body = {"contents": [frame("element", "e"), frame("first_frame", "f"), frame("tail", "t")]}
    assert field_values(body, "contents[type=first_frame].url") == ["f"]
    assert field_values(body, "contents[].url") == ["e", "f", "t"]


MODEL_IN_PATH: dict[str, Any] = {
    **CONTENTS,
    "properties": {**CONTENTS["properties"], "prompt": {"type": "string"}},
    "x-kling-models": {
        "field": "model",
        "in": "path",
        "models": {
            "kling-2.6": {
                "narrow": {"prompt": {"maxLength": 5}},
                "allow": {"settings.resolution": ["1080p"]},
            },
            "kling-3.0": {
                "rules": [
                    {"rule": "max_total_items", "fields": ["contents[type=element]"], "max": 1}
                ]
            },
        },
    },
}


def test_a_model_named_by_a_path_parameter_narrows_a_field() -> None:
    assert messages({"prompt": "a paper boat"}, MODEL_IN_PATH, model="kling-2.6") == [
        "prompt must be at most 5 characters"
    ]
    assert messages({"prompt": "a paper boat"}, MODEL_IN_PATH, model="kling-3.0") == []


def test_a_model_named_by_a_path_parameter_limits_values_in_its_name() -> None:
    body = {"settings": {"resolution": "720p"}}
    assert messages(body, MODEL_IN_PATH, model="kling-2.6") == [
        "settings.resolution must be one of: 1080p for model kling-2.6"
    ]


def test_a_models_own_rules_apply_without_a_condition() -> None:
    body = {"contents": [frame("element"), frame("element")]}
    assert messages(body, MODEL_IN_PATH, model="kling-3.0") == [
        "contents[type=element] must have at most 1 items for model kling-3.0"
    ]
    assert messages(body, MODEL_IN_PATH, model="kling-2.6") == []


def test_a_model_in_the_path_is_not_read_from_the_body() -> None:
    body = {"model": "kling-2.6", "prompt": "a paper boat"}
    assert messages(body, MODEL_IN_PATH) == []
