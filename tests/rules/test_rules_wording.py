"""Where the API's own sentences come from (spec/engine/wording.py): a model's, a field's (by the
keyword or the fault it shows, in the branch its item takes), the design's, else the engine's."""

from __future__ import annotations

from typing import Any

from spec.engine.rules import check

URL = {"type": "string", "pattern": "^https?://"}
ITEMS = {
    "oneOf": [
        {
            "type": "object",
            "properties": {"type": {"const": "frame"}, "url": URL},
        },
        {
            "type": "object",
            "properties": {
                "type": {"const": "video"},
                "url": {**URL, "x-kling-messages": {"pattern": "Video URL is invalid"}},
            },
        },
    ]
}
PICTURE = {"type": "string", "x-kling-image": {"formats": ["png"], "min_side": 300}}
ONE_PIXEL = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJ"
    "RU5ErkJggg=="
)
RATIO = "ratio value '{value}' is invalid, supported values: {supported}"
REQUEST: dict[str, Any] = {
    "type": "object",
    "properties": {
        "model": {"type": "string", "enum": ["m1", "m2"]},
        "items": {"type": "array", "items": ITEMS},
        "image": {
            **PICTURE,
            "x-kling-messages": {"base64": "File is not in a valid base64 format"},
        },
        "resolution": {"type": "string", "enum": ["720p", "1080p", "4k"]},
        "ratio": {
            "type": "string",
            "enum": ["16:9", "9:16", "1:1", "21:9"],
            "x-kling-messages": {"enum": RATIO, "allow": RATIO},
        },
    },
    "x-kling-models": {
        "field": "model",
        "models": {
            "m1": {
                "allow": {"resolution": ["720p", "1080p"], "ratio": ["16:9", "9:16", "1:1"]},
                "messages": {"resolution": {"allow": "{field} must be {expected}"}},
            },
            "m2": {"allow": {"resolution": ["720p"]}},
        },
    },
}


def said(body: dict[str, Any]) -> list[str]:
    return [violation.message for violation in check(body, REQUEST)]


def test_an_items_field_is_worded_as_the_branch_its_type_chose() -> None:
    assert said({"items": [{"type": "video", "url": "notaurl"}]}) == ["Video URL is invalid"]
    assert said({"items": [{"type": "frame", "url": "notaurl"}]}) == [
        "items[0].url must match ^https?://"
    ]


def test_a_value_neither_url_nor_base64_gets_the_fields_base64_sentence() -> None:
    assert said({"image": "not-an-image"}) == ["File is not in a valid base64 format"]


def test_other_image_faults_keep_the_engines_words() -> None:
    assert said({"image": ONE_PIXEL}) == ["image must be at least 300 px on each side, got 1x1"]


def test_a_models_own_sentence_wins_for_a_value_outside_what_it_allows() -> None:
    assert said({"model": "m1", "resolution": "4k"}) == ["resolution must be 720p or 1080p"]


def test_a_model_without_its_own_sentence_keeps_the_engines_words() -> None:
    assert said({"model": "m2", "resolution": "4k"}) == [
        "resolution must be one of: 720p for model m2"
    ]


def test_supported_lists_what_the_model_allows_else_the_fields_enum() -> None:
    assert said({"model": "m1", "ratio": "99:1"}) == [
        "ratio value '99:1' is invalid, supported values: 16:9, 9:16, 1:1"
    ]
    assert said({"model": "m1", "ratio": "21:9"}) == [
        "ratio value '21:9' is invalid, supported values: 16:9, 9:16, 1:1"
    ]
    assert said({"model": "m2", "ratio": "99:1"}) == [
        "ratio value '99:1' is invalid, supported values: 16:9, 9:16, 1:1, 21:9"
    ]
