"""A result's files match what was asked: sound when the audio choice gives sound, the pixel size
of the asked resolution, a watermarked copy only when one was asked for."""

from __future__ import annotations

import io
from typing import Any

import av
import pytest
from mockapi import MockAPI

from mockserver.domain import media


def output_of(api: MockAPI, path: str, body: dict[str, Any]) -> dict[str, Any]:
    """The one output of a finished current-design task."""
    created = api.create(path, body)
    api.advance(600_000)
    [task] = api.get("/tasks", params={"task_ids": created["id"]}).json()["data"]
    [output] = task["outputs"]
    assert isinstance(output, dict)
    return output


def probe(api: MockAPI, url: str) -> tuple[tuple[int, int], list[str]]:
    """(width, height) of the video stream and the codecs of every stream of the file at url."""
    response = api.session.get(url)
    assert response.headers["Content-Type"] == "video/mp4"
    container = av.open(io.BytesIO(response.content))
    video = container.streams.video[0].codec_context
    return (video.width, video.height), [s.codec_context.name for s in container.streams]


def test_a_silent_aac_track_lasts_as_long_as_the_picture() -> None:
    container = av.open(io.BytesIO(media.mp4(3.0, 320, 180, "sound", audio=True)))
    assert [stream.type for stream in container.streams] == ["video", "audio"]
    frames = list(container.decode(audio=0))
    assert sum(frame.samples for frame in frames) / frames[0].sample_rate == pytest.approx(3, 0.02)
    assert set(bytes(frames[1].planes[0])) == {0}


@pytest.mark.parametrize(
    ("path", "settings", "codecs"),
    [
        ("/text-to-video/kling-3.0-turbo", {}, ["h264", "aac"]),  # audio always on (implied)
        ("/text-to-video/kling-4.0", {}, ["h264", "aac"]),  # stereo always on (implied)
        ("/text-to-video/kling-3.0", {"audio": "native"}, ["h264", "aac"]),
        ("/text-to-video/kling-3.0", {}, ["h264"]),  # the default is off
        ("/text-to-video/kling-2.5-turbo", {}, ["h264"]),  # no audio field at all
    ],
)
def test_a_video_has_a_sound_track_exactly_when_its_audio_gives_sound(
    api: MockAPI, path: str, settings: dict[str, Any], codecs: list[str]
) -> None:
    output = output_of(api, path, {"prompt": "waves", "settings": {"duration": 5, **settings}})
    assert probe(api, output["url"])[1] == codecs


def test_motion_control_keeps_the_reference_sound_by_default(api: MockAPI) -> None:
    body = {
        "contents": [
            {"type": "image", "url": "https://assets.example.com/a.png"},
            {"type": "video", "url": "https://assets.example.com/dance.mp4"},
        ],
        "settings": {"character_orientation": "image"},
    }
    output = output_of(api, "/motion-control/kling-2.6", body)
    assert probe(api, output["url"])[1] == ["h264", "aac"]


def test_a_legacy_video_with_sound_on_has_a_sound_track(api: MockAPI) -> None:
    body = {"model_name": "kling-v2-6", "prompt": "gulls", "mode": "pro", "sound": "on"}
    created = api.create("/v1/videos/text2video", body)
    api.advance(600_000)
    task = api.task(created["task_id"], "/v1/videos/text2video").json()["data"]
    [video] = task["task_result"]["videos"]
    assert probe(api, video["url"]) == ((1920, 1080), ["h264", "aac"])


@pytest.mark.parametrize(
    ("model", "settings", "size"),
    [
        ("kling-3.0", {"resolution": "4k"}, (3840, 2160)),
        ("kling-3.0", {"resolution": "1080p", "aspect_ratio": "9:16"}, (1080, 1920)),
        ("kling-3.0-turbo", {"resolution": "1080p", "aspect_ratio": "1:1"}, (1080, 1080)),
        ("kling-2.6", {}, (1280, 720)),
    ],
)
def test_a_video_has_the_pixel_size_of_its_resolution_and_ratio(
    api: MockAPI, model: str, settings: dict[str, Any], size: tuple[int, int]
) -> None:
    output = output_of(api, f"/text-to-video/{model}", {"prompt": "a pier", "settings": settings})
    assert probe(api, output["url"])[0] == size


def test_a_watermarked_copy_comes_only_when_asked(api: MockAPI) -> None:
    plain = output_of(api, "/text-to-video/kling-3.0-turbo", {"prompt": "p"})
    assert "watermark_url" not in plain
    asked = {"prompt": "p", "options": {"watermark_info": {"enabled": True}}}
    marked = output_of(api, "/text-to-video/kling-3.0-turbo", asked)
    assert marked["watermark_url"] != marked["url"]
    assert probe(api, marked["watermark_url"])[1] == ["h264", "aac"]
