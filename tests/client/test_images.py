"""Image helpers: a path, bytes or a URL become the raw Base64 the API wants."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from kling_client import KlingClient, image_input, image_to_base64

from tests.client.conftest import FAST

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_bytes_become_raw_base64() -> None:
    assert image_to_base64(b"abc") == "YWJj"


def test_a_path_is_read_and_encoded(tmp_path: Path) -> None:
    picture = tmp_path / "p.png"
    picture.write_bytes(PNG_SIGNATURE)
    assert base64.b64decode(image_to_base64(picture)) == PNG_SIGNATURE
    assert image_to_base64(str(picture)) == image_to_base64(picture)


def test_a_data_url_loses_its_prefix() -> None:
    assert image_to_base64("data:image/png;base64,YWJj") == "YWJj"


def test_a_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        image_to_base64(tmp_path / "nope.png")


def test_a_url_is_downloaded_through_the_clients_session(client: KlingClient) -> None:
    done = client.images.generations.create_and_wait(prompt="a boat", **FAST)
    assert done.task_result is not None and done.task_result.images
    url = done.task_result.images[0].url
    assert base64.b64decode(client.image_to_base64(url)).startswith(PNG_SIGNATURE)


def test_image_input_passes_urls_through() -> None:
    assert image_input("https://example.com/a.png") == "https://example.com/a.png"
    assert image_input(b"abc") == "YWJj"


def test_a_base64_image_from_the_helper_is_accepted_by_the_mock(
    client: KlingClient, tmp_path: Path
) -> None:
    pytest.importorskip("PIL")
    from PIL import Image

    picture = tmp_path / "boat.png"
    Image.new("RGB", (400, 300), "navy").save(picture)
    done = client.images.generations.create_and_wait(
        prompt="a boat", image=image_to_base64(picture), **FAST
    )
    assert done.task_status == "succeed"
