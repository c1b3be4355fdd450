"""What live calls refuse that the documentation lets through (reference kling-api-2026-12.md)."""

from __future__ import annotations

from mockapi import MockAPI

LIP_SYNC = "/v1/videos/lip-sync"


def spoken(voice_speed: float) -> dict[str, object]:
    return {
        "input": {
            "mode": "text2video",
            "video_url": "https://assets.example.com/presenter.mp4",
            "text": "Welcome back",
            "voice_id": "oversea_male1",
            "voice_speed": voice_speed,
        }
    }


def test_a_lip_sync_voice_speed_over_2_is_refused_not_clamped(api: MockAPI) -> None:
    answer = api.post(LIP_SYNC, spoken(2.5))
    assert (answer.status_code, answer.json()["code"]) == (400, 1201)
    assert answer.json()["message"] == "input.voiceSpeed: must be less than or equal to 2.0"


def test_a_lip_sync_voice_speed_of_2_is_served(api: MockAPI) -> None:
    assert api.post(LIP_SYNC, spoken(2.0)).status_code == 200


def test_omni_audio_original_needs_a_video_to_keep_the_sound_of(api: MockAPI) -> None:
    prompt = {"type": "prompt", "text": "a harbour at noon"}
    body = {"contents": [prompt], "settings": {"aspect_ratio": "16:9", "audio": "original"}}
    answer = api.post("/omni-video/kling-3.0-omni", body)
    assert (answer.status_code, answer.json()["code"]) == (400, 1201)
    edited = {"type": "base_video", "url": "https://assets.example.com/harbour.mp4"}
    kept = {"contents": [prompt, edited], "settings": {"audio": "original"}}
    assert api.post("/omni-video/kling-3.0-omni", kept).status_code == 200
