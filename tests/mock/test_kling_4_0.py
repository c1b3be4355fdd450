"""The Kling 4.0 family on the current design: its limits, as Comfy Router publishes them.

Which routes serve it is inferred (components.x-kling-inferred.kling-4-0-paths); the limits are
the router's schema for kling-4.0 and kling-4.0-flash (reference kling-api-2026-12.md #2).
"""

from __future__ import annotations

from typing import Any

import pytest
from mockapi import MockAPI

FRAME = "https://assets.example.com/frame.png"
VIDEO = "https://assets.example.com/clip.mp4"


def refusal(api: MockAPI, path: str, body: dict[str, Any]) -> tuple[int, int, str]:
    answer = api.post(path, body)
    return answer.status_code, answer.json()["code"], answer.json()["message"]


@pytest.mark.parametrize("route", ["/text-to-video", "/image-to-video", "/omni-video"])
@pytest.mark.parametrize("model", ["kling-4.0", "kling-4.0-flash"])
def test_both_4_0_slugs_are_served_on_the_three_routes(
    api: MockAPI, route: str, model: str
) -> None:
    settings = {"duration": 5, "resolution": "720p", "aspect_ratio": "16:9"}
    bodies = {
        "/text-to-video": {"prompt": "a lantern festival", "settings": settings},
        "/image-to-video": {
            "contents": [{"type": "first_frame", "url": FRAME}],
            "settings": {"duration": 5, "resolution": "720p"},
        },
        "/omni-video": {
            "contents": [{"type": "prompt", "text": "a lantern festival"}],
            "settings": settings,
        },
    }
    created = api.create(f"{route}/{model}", bodies[route])
    assert created["status"] == "submitted"


def test_kling_4_0_takes_up_to_30_seconds_4k_and_21_9(api: MockAPI) -> None:
    body = {"prompt": "p", "settings": {"duration": 30, "resolution": "4k", "aspect_ratio": "21:9"}}
    assert api.post("/text-to-video/kling-4.0", body).status_code == 200
    too_long = {"prompt": "p", "settings": {"duration": 31}}
    assert refusal(api, "/text-to-video/kling-4.0", too_long) == (
        400,
        1201,
        "settings.duration must be <= 30",
    )


def test_4_3_and_3_4_are_flash_only(api: MockAPI) -> None:
    body = {"prompt": "p", "settings": {"aspect_ratio": "4:3"}}
    status, code, message = refusal(api, "/text-to-video/kling-4.0", body)
    assert (status, code) == (400, 1201)
    assert (
        message == "settings.aspect_ratio must be one of: 16:9, 9:16, 1:1, 21:9 for model kling-4.0"
    )
    flash = {
        "prompt": "p",
        "settings": {"aspect_ratio": "3:4", "duration": 20, "resolution": "720p"},
    }
    assert api.post("/text-to-video/kling-4.0-flash", flash).status_code == 200


def test_flash_needs_a_duration_and_720p(api: MockAPI) -> None:
    assert refusal(api, "/text-to-video/kling-4.0-flash", {"prompt": "p"}) == (
        400,
        1201,
        "settings.duration is required for model kling-4.0-flash",
    )
    timed = {"prompt": "p", "settings": {"duration": 5}}
    assert refusal(api, "/text-to-video/kling-4.0-flash", timed)[2] == (
        "settings.resolution is required for model kling-4.0-flash"
    )
    body = {"prompt": "p", "settings": {"duration": 21, "resolution": "1080p"}}
    assert refusal(api, "/text-to-video/kling-4.0-flash", body) == (
        400,
        1201,
        "settings.duration must be <= 20",
    )
    sharp = {"prompt": "p", "settings": {"duration": 20, "resolution": "1080p"}}
    assert refusal(api, "/text-to-video/kling-4.0-flash", sharp)[2] == (
        "settings.resolution must be one of: 720p for model kling-4.0-flash"
    )


def test_the_4_0_prompt_holds_26000_characters(api: MockAPI) -> None:
    assert api.post("/text-to-video/kling-4.0", {"prompt": "a" * 26_000}).status_code == 200
    assert refusal(api, "/text-to-video/kling-4.0", {"prompt": "a" * 26_001}) == (
        400,
        1201,
        "prompt must be at most 26000 characters",
    )
    three = refusal(api, "/text-to-video/kling-3.0", {"prompt": "a" * 3073})
    assert three[2] == "prompt must be at most 3072 characters"


def test_the_3_x_models_keep_15_seconds_and_three_shapes(api: MockAPI) -> None:
    body = {"prompt": "p", "settings": {"duration": 16, "aspect_ratio": "21:9"}}
    assert refusal(api, "/text-to-video/kling-3.0", body) == (
        400,
        1201,
        "settings.duration must be <= 15",
    )
    wide = {"prompt": "p", "settings": {"duration": 15, "aspect_ratio": "21:9"}}
    assert refusal(api, "/text-to-video/kling-3.0", wide)[2] == (
        "settings.aspect_ratio must be one of: 16:9, 9:16, 1:1 for model kling-3.0"
    )


def test_4_0_image_to_video_takes_a_middle_frame_and_at_most_ten_frames(api: MockAPI) -> None:
    three = [
        {"type": "first_frame", "url": FRAME},
        {"type": "middle_frame", "url": FRAME},
        {"type": "last_frame", "url": FRAME},
    ]
    assert api.post("/image-to-video/kling-4.0", {"contents": three}).status_code == 200
    eleven = [three[0], *[{"type": "middle_frame", "url": FRAME}] * 9, three[2]]
    status, code, message = refusal(api, "/image-to-video/kling-4.0", {"contents": eleven})
    assert (status, code) == (400, 1201)
    assert "at most 10" in message
    on_3_0 = refusal(api, "/image-to-video/kling-3.0", {"contents": three[:2]})
    assert on_3_0[2] == (
        "contents[1].type must be one of: prompt, first_frame, last_frame, element "
        "for model kling-3.0"
    )


def test_4_0_omni_takes_voices_elements_and_up_to_five_videos(api: MockAPI) -> None:
    [preset, *_] = api.get("/v1/general/advanced-presets-elements").json()["data"]
    hero = str(preset["task_result"]["elements"][0]["element_id"])  # an element the account holds
    contents: list[dict[str, Any]] = [
        {"type": "prompt", "text": "@narrator tells the story of @hero"},
        {"type": "voice", "voice_id": "829701", "id": "narrator"},
        {"type": "element", "element_id": hero, "id": "hero"},
        *[{"type": "feature_video", "url": VIDEO}] * 5,
    ]
    body = {"contents": contents, "settings": {"aspect_ratio": "16:9"}}
    assert api.post("/omni-video/kling-4.0", body).status_code == 200
    six = {**body, "contents": [*contents, {"type": "feature_video", "url": VIDEO}]}
    assert refusal(api, "/omni-video/kling-4.0", six)[:2] == (400, 1201)
    four_voices = [{"type": "voice", "voice_id": str(n), "id": f"v{n}"} for n in range(4)]
    voices = {"contents": [contents[0], *four_voices], "settings": {"aspect_ratio": "16:9"}}
    assert refusal(api, "/omni-video/kling-4.0", voices)[:2] == (400, 1201)
