"""Fixtures for the rules engine tests: images as raw Base64, and compiled spec schemas."""

from __future__ import annotations

import base64
import io
from collections.abc import Callable
from typing import Any

import pytest
from PIL import Image

from spec.compile import compile_schema

ImageFactory = Callable[[int, int], str]


def encode_image(width: int, height: int, image_format: str) -> str:
    """A solid-colour picture of the given size, saved as ``image_format``, as raw Base64."""
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 120, 40)).save(buffer, format=image_format)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


@pytest.fixture(scope="session")
def png() -> ImageFactory:
    """png(width, height) -> raw Base64 of a PNG of that size."""
    return lambda width, height: encode_image(width, height, "PNG")


@pytest.fixture(scope="session")
def jpeg() -> ImageFactory:
    """jpeg(width, height) -> raw Base64 of a JPEG of that size."""
    return lambda width, height: encode_image(width, height, "JPEG")


@pytest.fixture(scope="session")
def webp() -> ImageFactory:
    """webp(width, height) -> raw Base64 of a WEBP of that size."""
    return lambda width, height: encode_image(width, height, "WEBP")


@pytest.fixture(scope="session")
def component(bundle: dict[str, Any]) -> Callable[[str], dict[str, Any]]:
    """component(name) -> the compiled form of components.schemas.<name> of the real spec."""

    def compiled(name: str) -> dict[str, Any]:
        return compile_schema(bundle, {"$ref": f"#/components/schemas/{name}"})

    return compiled
