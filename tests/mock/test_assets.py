"""Result files through the app: real images, videos and audio at the sizes and lengths stated."""

from __future__ import annotations

import io
import struct
import wave
from collections.abc import Callable
from typing import Any

import pytest
from mockapi import MockAPI, request_example
from PIL import Image

from mockserver.domain import media
from tests.mock.test_media import boxes, child

GENERATIONS = "/v1/images/generations"
TASK_MS = 10_000


def finished(api: MockAPI, path: str, body: dict[str, Any]) -> dict[str, Any]:
    task = api.create(path, body)
    api.advance(TASK_MS)
    data: dict[str, Any] = api.task(task["task_id"], path=path).json()["data"]
    assert data["task_status"] == "succeed"
    return data


def fetch(api: MockAPI, url: str) -> tuple[bytes, str]:
    response = api.session.get(url)
    assert response.status_code == 200
    assert int(response.headers["Content-Length"]) == len(response.content)
    return response.content, response.headers["Content-Type"]


def picture(api: MockAPI, url: str) -> Image.Image:
    data, content_type = fetch(api, url)
    shown = Image.open(io.BytesIO(data))
    assert content_type == Image.MIME[shown.format or ""]
    return shown


def example(api: MockAPI, operation_id: str) -> dict[str, Any]:
    body = request_example(api.index, api.operation(operation_id))
    assert isinstance(body, dict)
    return dict(body)


def test_an_image_without_aspect_ratio_follows_the_schema_default(api: MockAPI) -> None:
    (image,) = finished(api, GENERATIONS, {"prompt": "p"})["task_result"]["images"]
    assert picture(api, image["url"]).size == (1024, 576)  # the spec's default is 16:9 at 1k


@pytest.mark.parametrize(
    ("ratio", "resolution", "size"),
    [("1:1", "1k", (1024, 1024)), ("9:16", "2k", (1152, 2048)), ("3:2", "2k", (2048, 1365))],
)
def test_images_have_the_requested_ratio_and_resolution(
    api: MockAPI, ratio: str, resolution: str, size: tuple[int, int]
) -> None:
    body = {
        "prompt": "p",
        "model_name": "kling-v3",
        "aspect_ratio": ratio,
        "resolution": resolution,
    }
    (image,) = finished(api, GENERATIONS, body)["task_result"]["images"]
    shown = picture(api, image["url"])
    assert (shown.format, shown.size) == ("PNG", size)


def test_every_image_of_n_is_a_distinct_file(api: MockAPI) -> None:
    images = finished(api, GENERATIONS, {"prompt": "p", "n": 3})["task_result"]["images"]
    assert [i["index"] for i in images] == [0, 1, 2]
    assert len({fetch(api, i["url"])[0] for i in images}) == 3


def test_watermarking_adds_a_watermark_url_to_a_marked_file(api: MockAPI) -> None:
    body = {"prompt": "p", "watermark_info": {"enabled": True}}
    (image,) = finished(api, GENERATIONS, body)["task_result"]["images"]
    plain, marked = fetch(api, image["url"])[0], fetch(api, image["watermark_url"])[0]
    assert plain != marked
    assert Image.open(io.BytesIO(marked)).size == Image.open(io.BytesIO(plain)).size


def test_no_watermark_url_without_watermarking(api: MockAPI) -> None:
    (image,) = finished(api, GENERATIONS, {"prompt": "p"})["task_result"]["images"]
    assert "watermark_url" not in image


def test_images_can_be_jpeg(make_api: Callable[..., MockAPI]) -> None:
    api = make_api(KLING_IMAGE_FORMAT="jpeg")
    (image,) = finished(api, GENERATIONS, {"prompt": "p"})["task_result"]["images"]
    assert ".jpg?" in image["url"]
    assert picture(api, image["url"]).format == "JPEG"


def test_an_omni_series_has_series_amount_images(api: MockAPI) -> None:
    body = example(api, "createOmniImageTask")
    result = finished(api, "/v1/images/omni-image", {**body, "series_amount": 5})["task_result"]
    assert result["result_type"] == "series"
    assert len(result["series_images"]) == 5
    assert picture(api, result["series_images"][0]["url"]).size == (2048, 1536)


def test_an_auto_series_picks_a_stable_count_from_2_to_9(api: MockAPI) -> None:
    body = {**example(api, "createOmniImageTask"), "series_amount": "auto"}
    body.pop("external_task_id")
    result = finished(api, "/v1/images/omni-image", body)
    count = len(result["task_result"]["series_images"])
    assert 2 <= count <= 9
    again = api.task(result["task_id"], path="/v1/images/omni-image").json()["data"]
    assert len(again["task_result"]["series_images"]) == count


@pytest.mark.parametrize(("ratio", "size"), [("16:9", (1280, 720)), ("9:16", (720, 1280))])
def test_videos_are_h264_mp4_of_the_requested_ratio(
    api: MockAPI, ratio: str, size: tuple[int, int]
) -> None:
    body = {"prompt": "p", "aspect_ratio": ratio, "duration": "10"}
    (video,) = finished(api, "/v1/videos/text2video", body)["task_result"]["videos"]
    assert video["duration"] == "10"
    data, content_type = fetch(api, video["url"])
    assert content_type == "video/mp4"
    moov = dict(boxes(data))[b"moov"]
    assert struct.unpack(">II", child(moov, "trak/tkhd")[-8:]) == (size[0] << 16, size[1] << 16)
    mvhd = dict(boxes(moov))[b"mvhd"]
    timescale, duration = struct.unpack(">II", mvhd[12:20])
    assert duration / timescale == pytest.approx(10, abs=0.05)


def test_a_dotted_duration_field_is_followed(api: MockAPI) -> None:
    body = example(api, "createVideoEffectsTask")
    body["input"] = {**body["input"], "duration": "10"}
    body.pop("external_task_id", None)
    response = api.post("/v1/videos/effects", body)
    if response.status_code != 200:
        pytest.skip(f"the effects example does not take input.duration: {response.text}")
    task_id = response.json()["data"]["task_id"]
    api.advance(TASK_MS)
    data = api.task(task_id, path="/v1/videos/effects").json()["data"]
    video, _ = fetch(api, data["task_result"]["videos"][0]["url"])
    mvhd = dict(boxes(dict(boxes(video))[b"moov"]))[b"mvhd"]
    timescale, duration = struct.unpack(">II", mvhd[12:20])
    assert duration / timescale == pytest.approx(10, abs=0.05)


def test_audio_results_are_mp3_and_wav_of_the_stated_length(api: MockAPI) -> None:
    body = example(api, "createTextToAudioTask")
    body.pop("external_task_id", None)
    (audio,) = finished(api, "/v1/audio/text-to-audio", body)["task_result"]["audios"]
    mp3, mp3_type = fetch(api, audio["url_mp3"])
    wav_data, wav_type = fetch(api, audio["url_wav"])
    assert (mp3_type, wav_type) == ("audio/mpeg", "audio/wav")
    assert mp3[:2] == b"\xff\xfb"
    seconds = float(audio["duration_wav"])
    assert len(mp3) // 208 * media.MP3_FRAME_SECONDS >= seconds
    with wave.open(io.BytesIO(wav_data)) as reader:
        assert reader.getnframes() / reader.getframerate() == pytest.approx(seconds)


def test_an_unknown_asset_type_is_a_kling_404(api: MockAPI) -> None:
    response = api.session.get("http://127.0.0.1:4010/__mock/assets/1/file.exe")
    assert (response.status_code, response.json()["code"]) == (404, 1203)


def test_an_asset_of_a_task_that_does_not_exist_is_a_kling_404(api: MockAPI) -> None:
    response = api.session.get("http://127.0.0.1:4010/__mock/assets/no-such-task/image-0.png")
    assert (response.status_code, response.json()["code"]) == (404, 1203)


def test_assets_of_synchronous_answers_are_served(api: MockAPI) -> None:
    op = next(op for op in api.index.operations.values() if op.kind.value == "sync")
    response = api.session.get(f"http://127.0.0.1:4010/__mock/assets/{op.operation_id}/x.png")
    assert response.status_code == 200
