"""x-kling-image and x-kling-media: URLs pass untouched, Base64 is decoded and measured."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import pytest

from spec.engine import rules
from spec.engine.rules import Violation, check
from tests.rules.conftest import ImageFactory

IMAGE_RULES = {
    "formats": ["jpeg", "png"],
    "max_bytes": 10485760,
    "min_side": 300,
    "min_aspect_ratio": 0.4,
    "max_aspect_ratio": 2.5,
}


def image_schema(**overrides: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {"image": {"type": "string", "x-kling-image": {**IMAGE_RULES, **overrides}}},
    }


def messages(image: object, **overrides: Any) -> list[str]:
    return [v.message for v in check({"image": image}, image_schema(**overrides))]


# ----------------------------------------------------------------------------- URLs and encoding


@pytest.mark.parametrize(
    "url",
    ["https://example.invalid/cat.png", "http://example.invalid/x", "HTTPS://EXAMPLE.INVALID/A"],
)
def test_a_url_is_accepted_without_being_fetched(url: str) -> None:
    assert messages(url) == []


def test_a_url_is_refused_when_urls_are_not_accepted() -> None:
    assert messages("https://example.invalid/a.png", accept_url=False) == [
        "image must be raw Base64 image data, not a URL"
    ]


def test_a_data_prefix_is_refused(png: ImageFactory) -> None:
    assert messages("data:image/png;base64," + png(400, 400)) == [
        "image must be raw Base64 without a data: prefix"
    ]


def test_a_data_prefix_is_stripped_when_it_is_not_refused(png: ImageFactory) -> None:
    assert messages("data:image/png;base64," + png(400, 400), refuse_data_prefix=False) == []


@pytest.mark.parametrize("text", ["not base64!", "iVBORw0KGgo", "iVBO\nRw0K", "ññññ"])
def test_text_that_is_not_strict_base64_is_refused(text: str) -> None:
    assert messages(text) == ["image is not valid Base64"]


def test_image_violations_carry_the_rule_name_and_code_1201() -> None:
    assert check({"image": "%%%%"}, image_schema()) == [
        Violation("image", "x-kling-image", "image is not valid Base64", 1201)
    ]


def test_an_empty_string_is_left_to_min_length() -> None:
    assert messages("") == []


# ----------------------------------------------------------------------------- bytes and formats


def test_a_png_and_a_jpeg_of_good_size_are_accepted(png: ImageFactory, jpeg: ImageFactory) -> None:
    assert messages(png(400, 400)) == [] and messages(jpeg(400, 400)) == []


def test_the_decoded_size_must_not_exceed_max_bytes(png: ImageFactory) -> None:
    image = png(400, 400)
    size = len(base64.b64decode(image))
    assert messages(image, max_bytes=size - 1) == [
        f"image must be at most {size - 1} bytes, got {size} bytes"
    ]


def test_a_megabyte_limit_is_named_in_megabytes(png: ImageFactory) -> None:
    big = base64.b64encode(base64.b64decode(png(400, 400)) + bytes(1024 * 1024)).decode()
    assert messages(big, max_bytes=1024 * 1024)[0].startswith(
        "image must be at most 1 MB (1048576 bytes), got "
    )


def test_a_format_outside_the_list_is_refused(webp: ImageFactory) -> None:
    assert messages(webp(400, 400)) == ["image must be a jpeg or png image, got webp"]


def test_a_listed_webp_is_accepted(webp: ImageFactory) -> None:
    assert messages(webp(400, 400), formats=["webp"]) == []


def test_bytes_of_no_known_format_are_refused() -> None:
    data = base64.b64encode(b"GIF89a" + bytes(64)).decode()
    assert messages(data) == ["image must be a jpeg or png image, got an unknown format"]


def test_a_picture_with_a_png_signature_but_no_image_is_not_readable() -> None:
    data = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"garbage" * 10).decode()
    assert messages(data) == ["image is not a readable image"]


# ----------------------------------------------------------------------------- pixels


def test_each_side_must_reach_min_side(png: ImageFactory) -> None:
    assert messages(png(299, 400)) == ["image must be at least 300 px on each side, got 299x400"]


def test_no_side_may_pass_max_side(jpeg: ImageFactory) -> None:
    assert messages(jpeg(800, 400), max_side=640) == [
        "image must be at most 640 px on each side, got 800x400"
    ]


def test_a_too_wide_picture_breaks_the_aspect_ratio(png: ImageFactory) -> None:
    assert messages(png(1000, 300)) == [
        "image aspect ratio must be from 1:2.5 to 2.5:1, got 1000x300"
    ]


def test_a_too_tall_picture_breaks_the_aspect_ratio(png: ImageFactory) -> None:
    assert messages(png(300, 760)) == [
        "image aspect ratio must be from 1:2.5 to 2.5:1, got 300x760"
    ]


def test_the_aspect_ratio_bounds_are_inclusive(png: ImageFactory) -> None:
    assert messages(png(300, 750)) == [] and messages(png(750, 300)) == []


def test_a_lone_minimum_ratio_is_worded_as_at_least(png: ImageFactory) -> None:
    assert messages(png(300, 900), max_aspect_ratio=None) == [
        "image aspect ratio must be at least 1:2.5, got 300x900"
    ]


def test_a_lone_maximum_ratio_is_worded_as_at_most(png: ImageFactory) -> None:
    assert messages(png(900, 300), min_aspect_ratio=None) == [
        "image aspect ratio must be at most 2.5:1, got 900x300"
    ]


def test_side_and_ratio_violations_are_all_reported(png: ImageFactory) -> None:
    assert messages(png(100, 400)) == [
        "image must be at least 300 px on each side, got 100x400",
        "image aspect ratio must be from 1:2.5 to 2.5:1, got 100x400",
    ]


def test_without_pillow_the_pixel_checks_are_skipped(
    png: ImageFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rules, "_pillow", lambda: None)
    assert messages(png(10, 10)) == []


def test_without_pillow_the_format_is_still_checked(
    webp: ImageFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rules, "_pillow", lambda: None)
    assert messages(webp(10, 10)) == ["image must be a jpeg or png image, got webp"]


# ----------------------------------------------------------------------------- where the checks run


def test_image_checks_run_without_schema_checks(png: ImageFactory) -> None:
    found = check({"image": png(100, 100)}, image_schema(), schema_checks=False)
    assert [v.rule for v in found] == ["x-kling-image"]


def test_a_non_string_image_is_left_to_the_type_check() -> None:
    assert messages(12) == ["image must be of type string"]
    assert check({"image": 12}, image_schema(), schema_checks=False) == []


def test_images_inside_array_items_are_named_by_index(png: ImageFactory) -> None:
    item = {"type": "object", "properties": image_schema()["properties"]}
    schema = {"properties": {"image_list": {"type": "array", "items": item}}}
    body = {"image_list": [{"image": png(400, 400)}, {"image": "data:x"}]}
    assert check(body, schema)[0].field == "image_list[1].image"


def test_the_spec_image_input_refuses_a_small_picture(
    component: Callable[[str], dict[str, Any]], png: ImageFactory
) -> None:
    found = check({"prompt": "a cat", "image": png(200, 200)}, component("ImageGenerationRequest"))
    assert [v.message for v in found] == ["image must be at least 300 px on each side, got 200x200"]


# ----------------------------------------------------------------------------- media

MEDIA = {"kind": "audio", "formats": ["mp3", "wav"], "max_bytes": 16}


def media_messages(value: str, **overrides: Any) -> list[str]:
    schema = {
        "properties": {"sound_file": {"type": "string", "x-kling-media": {**MEDIA, **overrides}}}
    }
    return [v.message for v in check({"sound_file": value}, schema)]


def test_media_accepts_a_url() -> None:
    assert media_messages("https://example.invalid/a.mp3") == []


def test_media_accepts_an_asset_id() -> None:
    assert media_messages("768245339421073482") == []


def test_media_refuses_a_data_url_when_base64_is_not_accepted() -> None:
    assert media_messages("data:audio/mp3;base64,AAAA") == [
        "sound_file must be a URL or an id, not a data: URL"
    ]


def test_media_refuses_a_data_prefix_when_base64_is_accepted() -> None:
    assert media_messages("data:audio/mp3;base64,AAAA", accept_base64=True) == [
        "sound_file must be raw Base64 without a data: prefix"
    ]


def test_media_accepts_raw_base64_when_accepted() -> None:
    assert (
        media_messages(base64.b64encode(b"ID3\x03" + bytes(8)).decode(), accept_base64=True) == []
    )


def test_media_refuses_broken_base64_when_base64_is_accepted() -> None:
    assert media_messages("ab+/cd=e", accept_base64=True) == ["sound_file is not valid Base64"]


def test_media_base64_must_not_exceed_max_bytes() -> None:
    assert media_messages(base64.b64encode(bytes(20)).decode(), accept_base64=True) == [
        "sound_file must be at most 16 bytes, got 20 bytes"
    ]
