"""Results follow the spec's defaults and the API's documented clamping, whatever is sent."""

from __future__ import annotations

from mockserver.domain.results import SPEECH_SPEEDS
from tests.mock.mockapi import MockAPI

OMNI = "/v1/images/omni-image"


def test_an_omni_series_without_series_amount_makes_the_spec_default_of_four(api: MockAPI) -> None:
    task = api.create(OMNI, {"model_name": "kling-v3-omni", "prompt": "p", "result_type": "series"})
    api.advance(60_000)
    done = api.task(task["task_id"], OMNI).json()["data"]
    assert len(done["task_result"]["series_images"]) == 4


def test_a_speech_speed_outside_the_documented_range_is_clamped_not_a_server_error(
    api: MockAPI,
) -> None:
    body = {"text": "one two three four five", "voice_id": "v", "voice_language": "en"}
    slowest = api.create("/v1/audio/tts", {**body, "voice_speed": 2.2e-311})
    fastest = api.create("/v1/audio/tts", {**body, "voice_speed": 1e308})
    at_floor = api.create("/v1/audio/tts", {**body, "voice_speed": SPEECH_SPEEDS[0]})
    at_ceiling = api.create("/v1/audio/tts", {**body, "voice_speed": SPEECH_SPEEDS[1]})
    duration = lambda task: task["task_result"]["audios"][0]["duration"]  # noqa: E731
    assert duration(slowest) == duration(at_floor)
    assert duration(fastest) == duration(at_ceiling)
