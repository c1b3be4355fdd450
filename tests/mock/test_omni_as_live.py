"""The omni route as live calls show it (2026-09-28 and 2026-10-04): the legacy name as a slug,
an unknown slug's words, the wider content vocabulary, a real seed, and a looser duration."""

from __future__ import annotations

from typing import Any

import pytest
from mockapi import MockAPI

PROMPT = {"type": "prompt", "text": "a lighthouse at dusk"}
WIDE = {"aspect_ratio": "16:9"}


def omni(api: MockAPI, slug: str, contents: list[dict[str, Any]], **settings: Any) -> Any:
    return api.post(f"/omni-video/{slug}", {"contents": contents, "settings": {**WIDE, **settings}})


def test_the_legacy_name_kling_v3_omni_is_served_as_a_slug(api: MockAPI) -> None:
    answer = omni(api, "kling-v3-omni", [PROMPT])
    assert (answer.status_code, answer.json()["data"]["status"]) == (200, "submitted")


@pytest.mark.parametrize("slug", ["kling-v3-1-omni", "elements", "kling-4.5"])
def test_an_unknown_slug_answers_model_is_not_supported(api: MockAPI, slug: str) -> None:
    answer = omni(api, slug, [PROMPT])
    assert (answer.status_code, answer.json()["code"]) == (400, 1201)
    assert answer.json()["message"] == "model is not supported"


@pytest.mark.parametrize("slug", ["kling-3.0-omni", "kling-v3-omni"])
def test_image_video_and_voice_items_are_accepted_as_live_accepts_them(
    api: MockAPI, slug: str
) -> None:
    contents = [
        PROMPT,
        {"type": "image", "url": "https://assets.example.com/never-fetched.png"},
        {"type": "video", "url": "https://assets.example.com/never-fetched.mp4"},
        {"type": "voice", "voice_id": "829701", "id": "1"},
    ]
    assert omni(api, slug, contents).status_code == 200


def test_kling_o1_keeps_the_documented_item_types(api: MockAPI) -> None:
    image = {"type": "image", "url": "https://assets.example.com/a.png"}
    answer = omni(api, "kling-o1", [PROMPT, image])
    assert (answer.status_code, answer.json()["code"]) == (400, 1201)


def test_settings_seed_is_a_real_field(api: MockAPI) -> None:
    served = omni(api, "kling-3.0-omni", [PROMPT], seed=42)
    assert "X-Mock-Warnings" not in served.headers
    refused = omni(api, "kling-3.0-omni", [PROMPT], seed="x")
    assert (refused.status_code, refused.json()["code"]) == (400, 1201)


@pytest.mark.parametrize("duration", [0, 1, 20])
def test_kling_3_0_omni_takes_any_whole_number_of_seconds_as_live_does(
    api: MockAPI, duration: int
) -> None:
    assert omni(api, "kling-v3-omni", [PROMPT], duration=duration).status_code == 200


def test_a_non_numeric_duration_is_refused(api: MockAPI) -> None:
    answer = omni(api, "kling-3.0-omni", [PROMPT], duration="soon")
    assert (answer.status_code, answer.json()["code"]) == (400, 1201)
