"""A succeeded task carries the documented task_result of its kind; its URLs serve real files."""

from __future__ import annotations

import io
from typing import Any
from urllib.parse import urlsplit

from mockapi import BASE, MockAPI, request_example
from PIL import Image


def finished(api: MockAPI, path: str, body: dict[str, Any]) -> dict[str, Any]:
    task = api.create(path, body)
    api.advance(60_000)
    data: dict[str, Any] = api.get(f"{path}/{task['task_id']}").json()["data"]
    assert data["task_status"] == "succeed"
    return data


def fetch(api: MockAPI, url: str) -> tuple[str, bytes]:
    assert url.startswith(BASE + "/__mock/assets/")
    parts = urlsplit(url)
    response = api.session.get(BASE + parts.path + "?" + parts.query)
    assert response.status_code == 200
    return response.headers["Content-Type"], response.content


def test_an_image_task_yields_n_images(api: MockAPI) -> None:
    data = finished(api, "/v1/images/generations", {"prompt": "p", "n": 3})
    assert [image["index"] for image in data["task_result"]["images"]] == [0, 1, 2]
    assert data["final_unit_deduction"] == "3"


def test_image_urls_serve_a_png_of_the_requested_aspect_ratio(api: MockAPI) -> None:
    body = {"prompt": "p", "aspect_ratio": "16:9", "model_name": "kling-v3"}
    url = finished(api, "/v1/images/generations", body)["task_result"]["images"][0]["url"]
    content_type, data = fetch(api, url)
    width, height = Image.open(io.BytesIO(data)).size
    assert content_type == "image/png"
    assert abs(width / height - 16 / 9) < 0.02


def test_watermarking_adds_watermark_urls(api: MockAPI) -> None:
    body = {"prompt": "p", "watermark_info": {"enabled": True}}
    data = finished(api, "/v1/images/generations", body)
    assert data["task_result"]["images"][0]["watermark_url"]
    assert data["watermark_info"] == {"enabled": True}


def test_a_video_task_yields_one_video_with_its_duration(api: MockAPI) -> None:
    body = dict(request_example(api.index, api.operation("createText2VideoTask")))
    body.pop("external_task_id", None)
    data = finished(api, "/v1/videos/text2video", body)
    (video,) = data["task_result"]["videos"]
    assert video["duration"] == str(body.get("duration", "5"))
    content_type, payload = fetch(api, video["url"])
    assert content_type == "video/mp4"
    assert payload[4:8] == b"ftyp"


def test_a_sound_task_yields_mp3_and_wav_renditions(api: MockAPI) -> None:
    data = finished(api, "/v1/audio/text-to-audio", {"prompt": "rain", "duration": 6.5})
    (audio,) = data["task_result"]["audios"]
    assert audio["duration_mp3"] == audio["duration_wav"] == "6.5"
    assert fetch(api, audio["url_mp3"])[0] == "audio/mpeg"
    content_type, payload = fetch(api, audio["url_wav"])
    assert (content_type, payload[:4]) == ("audio/wav", b"RIFF")


def test_a_parent_video_is_recorded_in_task_info(api: MockAPI) -> None:
    data = finished(api, "/v1/audio/video-to-audio", {"video_id": "867283741759111202"})
    assert data["task_info"]["parent_video"]["id"] == "867283741759111202"
    assert set(data["task_result"]) == {"videos", "audios"}


def test_results_read_the_same_every_time(api: MockAPI) -> None:
    data = finished(api, "/v1/images/generations", {"prompt": "p"})
    again = api.get(f"/v1/images/generations/{data['task_id']}").json()["data"]
    assert again == data


def test_an_unknown_asset_type_is_a_kling_404(api: MockAPI) -> None:
    response = api.session.get(BASE + "/__mock/assets/1/readme.txt")
    assert (response.status_code, response.json()["code"]) == (404, 1203)


def test_an_echoed_request_url_is_made_a_valid_uri(api: MockAPI) -> None:
    body = {"video_url": "https://cdn.example.com/clip-é\\x.mp4"}
    data = finished(api, "/v1/audio/video-to-audio", body)
    assert data["task_info"]["parent_video"]["url"] == (
        "https://cdn.example.com/clip-%C3%A9%5Cx.mp4"
    )
