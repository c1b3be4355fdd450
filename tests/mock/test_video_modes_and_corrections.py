"""Legacy video modes (std, pro, 4k) give outputs of their size, and the audit's corrections hold:
who may ask for 4K, O1 and 3.0 Omni durations and sound, effects results, image references."""

from __future__ import annotations

import io
from typing import Any

import av
import pytest
from mockapi import MockAPI, request_example

T2V = "/v1/videos/text2video"
OMNI = "/v1/videos/omni-video"
REFERENCE = [{"video_url": "https://example.com/clip.mp4", "refer_type": "feature"}]


def finished(api: MockAPI, path: str, body: dict[str, Any]) -> dict[str, Any]:
    task = api.create(path, body, headers={"X-Mock-Outcome": "succeed"})
    api.advance(60_000)
    data: dict[str, Any] = api.get(f"{path}/{task['task_id']}").json()["data"]
    return data


def refusal(response: Any) -> tuple[int, int]:
    return response.status_code, response.json()["code"]


@pytest.mark.parametrize(
    ("mode", "size"), [(None, (1280, 720)), ("pro", (1920, 1080)), ("4k", (3840, 2160))]
)
def test_a_kling_v3_video_has_the_size_of_its_mode(
    api: MockAPI, mode: str | None, size: tuple[int, int]
) -> None:
    body = {"model_name": "kling-v3", "prompt": "a paper boat", "aspect_ratio": "16:9"}
    if mode:
        body["mode"] = mode
    video = finished(api, T2V, body)["task_result"]["videos"][0]
    container = av.open(io.BytesIO(api.session.get(video["url"]).content))
    stream = container.streams.video[0]
    assert (stream.codec_context.width, stream.codec_context.height) == size


def test_4k_is_refused_to_a_model_other_than_kling_v3(api: MockAPI) -> None:
    body = {"model_name": "kling-v2-6", "prompt": "a paper boat", "mode": "4k"}
    assert refusal(api.post(T2V, body)) == (400, 1201)


def test_4k_omni_video_is_refused_with_a_reference_video(api: MockAPI) -> None:
    body = {"model_name": "kling-v3-omni", "prompt": "the next shot", "mode": "4k"}
    assert api.post(OMNI, {**body, "aspect_ratio": "16:9"}).status_code == 200
    assert refusal(api.post(OMNI, {**body, "video_list": REFERENCE})) == (400, 1201)


def test_kling_video_o1_makes_text_to_video_of_any_length_from_3_to_10_s(api: MockAPI) -> None:
    body = {"model_name": "kling-video-o1", "prompt": "a paper boat", "aspect_ratio": "16:9"}
    assert api.post(OMNI, {**body, "duration": "7"}).status_code == 200


def test_kling_video_o1_makes_no_sound(api: MockAPI) -> None:
    body = {"model_name": "kling-video-o1", "prompt": "a boat", "aspect_ratio": "16:9"}
    assert refusal(api.post(OMNI, {**body, "sound": "on"})) == (400, 1201)


def test_kling_v3_omni_takes_15_s_with_a_reference_video(api: MockAPI) -> None:
    body = {"model_name": "kling-v3-omni", "prompt": "the next shot", "duration": "15"}
    response = api.post(OMNI, {**body, "video_list": REFERENCE, "aspect_ratio": "16:9"})
    assert response.status_code == 200, response.text


def test_video_effects_results_carry_no_duration(api: MockAPI) -> None:
    op = api.operation("createVideoEffectsTask")
    video = finished(api, op.path, request_example(api.index, op))["task_result"]["videos"][0]
    assert "duration" not in video
    assert video["url"]


@pytest.mark.parametrize("model", ["kling-v3"])  # the other live image model
def test_image_reference_is_only_for_kling_v2_1(api: MockAPI, model: str) -> None:
    """Other models ignore it as Kling does (with a warning), and strict mode refuses it."""
    body = {
        "prompt": "a portrait",
        "image": "https://example.com/face.png",
        "image_reference": "subject",
    }
    path = "/v1/images/generations"
    assert api.post(path, {**body, "model_name": "kling-v2-1"}).status_code == 200
    ignored = api.post(path, {**body, "model_name": model})
    assert ignored.status_code == 200
    assert "image_reference" in ignored.headers["X-Mock-Warnings"]
    strict = api.post(path, {**body, "model_name": model}, headers={"X-Mock-Strict": "true"})
    assert refusal(strict) == (400, 1201)
