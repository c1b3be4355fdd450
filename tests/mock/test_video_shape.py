"""A video made from a start frame keeps the frame's shape when the frame is Base64 (the mock reads
its pixels); a URL is never fetched, so its video keeps the default 16:9."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from mockapi import MockAPI, png_base64

from mockserver.domain.media import video_size
from mockserver.domain.results import output_ratio

I2V = "/v1/videos/image2video"


def video_ratio(api: MockAPI, image: str) -> str:
    created = api.create(I2V, {"model_name": "kling-v2-6", "image": image, "prompt": "a cat"})
    api.advance(600_000)
    task = api.get(f"{I2V}/{created['task_id']}").json()["data"]
    url = task["task_result"]["videos"][0]["url"]
    return str(parse_qs(urlsplit(url).query)["ar"][0])


@pytest.mark.parametrize(
    ("width", "height", "ratio"), [(600, 1000, "3:5"), (1280, 720, "16:9"), (500, 500, "1:1")]
)
def test_a_base64_start_frame_gives_the_video_its_aspect_ratio(
    api: MockAPI, width: int, height: int, ratio: str
) -> None:
    assert video_ratio(api, png_base64(width, height)) == ratio


def test_a_url_start_frame_keeps_the_default_aspect_ratio(api: MockAPI) -> None:
    assert video_ratio(api, "https://example.com/portrait.png") == "16:9"


def test_a_video_of_a_portrait_frame_is_portrait() -> None:
    width, height = video_size(output_ratio(png_base64(600, 1000)))
    assert (width, height) == (720, 1200)


def test_an_odd_pixel_ratio_is_written_as_a_decimal() -> None:
    assert output_ratio(png_base64(1001, 700)) == "1.43:1"
