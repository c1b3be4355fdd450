"""Refusals in live's words, one sentence per answer (reference kling-api-2026-12.md #6, #7, #10).

Each body is the one the live probes sent (code index ids 70621381383, 70071808744; the turbo text
from the relay client, id 59990116060); each answer is the status, code and sentence live gave.
The client says the same before sending (tests/client/test_live_wording.py).

The relay (id 59990116060) re-sends Kling's refusals as HTTP 429 with ``code: 400``; the answers
below are Kling's own, 400/1201 as every validation fault live gives (not the relay's wrapping).
"""

from __future__ import annotations

from typing import Any

import pytest
from mockapi import MockAPI

OMNI = "/omni-video/kling-v3-omni"
PROMPT = {"type": "prompt", "text": "a lighthouse at dusk"}
WIDE = {"aspect_ratio": "16:9"}
VIDEO = "https://assets.example.com/presenter.mp4"


def answered(api: MockAPI, path: str, body: Any) -> tuple[int, int, str]:
    response = api.post(path, body)
    envelope = response.json()
    return response.status_code, envelope["code"], envelope["message"]


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        ({"prompt": "a lighthouse", "settings": WIDE}, "contents cannot be empty"),
        ({"contents": [], "settings": WIDE}, "contents cannot be empty"),
        (
            {"contents": "a lighthouse", "settings": WIDE},
            "contents value type is invalid, expected array",
        ),
        (
            {"contents": [{"type": "prompt", "text": ""}], "settings": WIDE},
            "content item of type 'prompt' must have non-blank text",
        ),
        (
            {"contents": [PROMPT, {"type": "first_frame", "url": ""}]},
            "content item of type 'first_frame' must have a non-blank url",
        ),
        (
            {
                "contents": [
                    PROMPT,
                    {"type": "first_frame", "url": "https://a.example/f.png"},
                    {"type": "last_frame"},
                ]
            },
            "content item of type 'last_frame' must have a non-blank url",
        ),
        (
            {"contents": [PROMPT], "settings": {**WIDE, "resolution": "bogus"}},
            "settings.resolution value 'bogus' is invalid, allowed values: 720p, 1080p, 4k",
        ),
        (
            {"contents": [PROMPT], "settings": {**WIDE, "seed": "x"}},
            "settings.seed value 'x' is invalid",
        ),
        (
            {"contents": [PROMPT]},
            "Aspect ratio must be specified unless a first frame is provided or the task is "
            "video editing",
        ),
        (
            {"contents": [PROMPT], "settings": {**WIDE, "audio": "original"}},
            "audio mode 'original' is not supported by the current model",
        ),
        (
            {"contents": [PROMPT], "settings": {"aspect_ratio": "99:1"}},
            "aspect_ratio value '99:1' is invalid, supported values: 16:9, 9:16, 1:1",
        ),
        (
            {"contents": [PROMPT, {"type": "video", "url": "notaurl"}], "settings": WIDE},
            "Video URL is invalid",
        ),
    ],
)
def test_omni_refusals_are_worded_as_live_words_them(
    api: MockAPI, body: dict[str, Any], sentence: str
) -> None:
    assert answered(api, OMNI, body) == (400, 1201, sentence)


@pytest.mark.parametrize("kind", ["end_frame", "image_tail", "reference_image", "text"])
def test_an_omni_item_of_an_unknown_type_is_refused_on_its_type(api: MockAPI, kind: str) -> None:
    """Not on a field the closest item type would require (it said ``contents[1].text is
    required``); live's sentence is ``contents[i].type value '<x>' is invalid`` (the list of
    allowed values after it is the design's enum wording, inferred)."""
    body = {
        "contents": [PROMPT, {"type": kind, "url": "https://a.example/f.png"}],
        "settings": WIDE,
    }
    status, code, message = answered(api, OMNI, body)
    assert (status, code) == (400, 1201)
    assert message.startswith(f"contents[1].type value '{kind}' is invalid, allowed values: ")
    assert "element" in message.split("allowed values: ")[1].split(", ")


@pytest.mark.parametrize(
    ("inputs", "sentence"),
    [
        (
            {"mode": "x", "video_url": VIDEO},
            "input.mode value 'x' is invalid, allowed values: text2video, audio2video",
        ),
        (
            {"mode": "audio2video", "video_url": VIDEO, "audio_type": "bogus"},
            "input.audio_type value 'bogus' is invalid, allowed values: file, url",
        ),
        (
            {
                "mode": "text2video",
                "video_url": VIDEO,
                "text": "hi",
                "voice_id": "oversea_male1",
                "voice_language": "bogus",
            },
            "input.voice_language value 'bogus' is invalid, allowed values: zh, en",
        ),
        ({"mode": "audio2video", "video_url": VIDEO}, "Audio type is null"),
        (
            {"mode": "text2video", "voice_id": "oversea_male1", "text": "hi"},
            "video_id or video_url is required",
        ),
        (
            {"mode": "text2video", "video_url": VIDEO, "voice_id": "oversea_male1"},
            "text is required",
        ),
        (
            {
                "mode": "text2video",
                "video_url": VIDEO,
                "text": "hi",
                "voice_id": "oversea_male1",
                "voice_speed": 2.5,
            },
            "input.voiceSpeed: must be less than or equal to 2.0",
        ),
    ],
)
def test_lip_sync_refusals_are_worded_as_live_words_them(
    api: MockAPI, inputs: dict[str, Any], sentence: str
) -> None:
    assert answered(api, "/v1/videos/lip-sync", {"input": inputs}) == (400, 1201, sentence)


def test_turbo_image_to_video_without_a_first_frame_is_refused_in_live_words(api: MockAPI) -> None:
    body = {"contents": [PROMPT]}
    assert answered(api, "/image-to-video/kling-3.0-turbo", body) == (
        400,
        1201,
        "contents must include at least one first_frame item",
    )


def test_a_ratio_the_route_knows_but_the_model_does_not_is_worded_as_an_unknown_one(
    api: MockAPI,
) -> None:
    """21:9 is a kling-4.0 ratio: on kling-3.0-omni live's validator would list the model's three
    (inferred: one validator for both faults)."""
    body = {"contents": [PROMPT], "settings": {"aspect_ratio": "21:9"}}
    assert answered(api, "/omni-video/kling-3.0-omni", body) == (
        400,
        1201,
        "aspect_ratio value '21:9' is invalid, supported values: 16:9, 9:16, 1:1",
    )


def test_an_image_items_url_is_not_checked_as_a_video_items_is(api: MockAPI) -> None:
    body = {"contents": [PROMPT, {"type": "image", "url": "notaurl"}], "settings": WIDE}
    assert api.post(OMNI, body).status_code == 200


#: What the relay client sends (id 59990116060), one late-validated field poisoned per route; the
#: legacy duration as the relay forwards it (a string, as Kling takes it).
RELAY_LEGACY = {"model_name": "kling-v1", "prompt": "a paper boat", "mode": "std", "duration": "5"}
RELAY_TURBO = {"resolution": "720p", "duration": 5}


@pytest.mark.parametrize(
    ("path", "body", "sentence"),
    [
        (
            "/kling/v1/videos/text2video",
            {**RELAY_LEGACY, "aspect_ratio": "99:1"},
            "aspect_ratio value '99:1' is invalid, supported values: 16:9, 9:16, 1:1",
        ),
        (
            "/kling/v1/videos/image2video",
            {**RELAY_LEGACY, "image": "not-an-image"},
            "File is not in a valid base64 format",
        ),
        (
            "/kling/text-to-video/kling-3.0-turbo",
            {
                "prompt": "a paper boat",
                "settings": {**RELAY_TURBO, "resolution": "4k", "aspect_ratio": "16:9"},
            },
            "settings.resolution must be 720p or 1080p",
        ),
        (
            "/kling/image-to-video/kling-3.0-turbo",
            {
                "contents": [
                    {"type": "prompt", "text": "a paper boat"},
                    {"type": "first_frame", "url": "https://assets.example.com/boat.png"},
                ],
                "settings": {**RELAY_TURBO, "resolution": "4k"},
            },
            "settings.resolution must be 720p or 1080p",
        ),
    ],
)
def test_relay_measured_refusals_are_worded_as_kling_words_them(
    api: MockAPI, path: str, body: dict[str, Any], sentence: str
) -> None:
    """The turbo image-to-video sentence is inferred from text-to-video's (same model)."""
    assert answered(api, path, body) == (400, 1201, sentence)


def test_an_image_that_is_base64_but_too_small_keeps_its_own_words(api: MockAPI) -> None:
    """Only a value that is neither a URL nor Base64 gets live's base64 sentence."""
    tiny_png = (  # one pixel
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJ"
        "RU5ErkJggg=="
    )
    body = {**RELAY_LEGACY, "model_name": "kling-v3", "image": tiny_png}
    status, code, message = answered(api, "/v1/videos/image2video", body)
    assert (status, code) == (400, 1201)
    assert message != "File is not in a valid base64 format"
    assert "300 px" in message


def test_a_refusal_is_one_sentence_even_when_several_things_are_wrong(api: MockAPI) -> None:
    body = {"contents": [], "settings": {"resolution": "bogus", "seed": "x"}}
    assert answered(api, OMNI, body) == (400, 1201, "settings.seed value 'x' is invalid")


@pytest.mark.parametrize("path", ["/v1/videos/text2video", "/v1/videos/image2video"])
@pytest.mark.parametrize("model", ["kling-v4", "kling-v3-5", "kling-v3-1", "kling-v4-0-flash"])
def test_an_unknown_legacy_model_name_is_not_supported_for_this_api(
    api: MockAPI, path: str, model: str
) -> None:
    """Live answers 1203 (its HTTP status unrecorded: 404 inferred from the code table), whatever
    else the body lacks."""
    body = {"model_name": model, "prompt": "a paper boat"}
    assert answered(api, path, body) == (
        404,
        1203,
        f"model_name '{model}' is not supported for this API",
    )


def test_a_retired_legacy_model_is_still_discontinued_not_unknown(api: MockAPI) -> None:
    body = {"model_name": "kling-v1", "prompt": "a paper boat"}
    assert answered(api, "/v1/videos/text2video", body) == (
        400,
        1201,
        "The model 'kling-v1' has been discontinued and is no longer available.",
    )
