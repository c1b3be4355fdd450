"""Turning a file, bytes or a URL into the raw Base64 the Kling API wants.

The API takes images as a URL or as raw Base64 *without* a ``data:`` prefix. These helpers do the
encoding; URLs are only downloaded when you ask for Base64 of a URL.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

import requests

ImageSource = str | bytes | bytearray | os.PathLike[str]


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def image_to_base64(
    source: ImageSource,
    *,
    session: requests.Session | None = None,
    timeout: float = 30.0,
) -> str:
    """Raw Base64 (no ``data:`` prefix) of an image given as a path, bytes, a data URL or a URL.

    A ``str`` is a URL when it starts with http:// or https://, a data URL when it starts with
    ``data:`` (the prefix is stripped), and a file path otherwise.
    """
    if isinstance(source, bytes | bytearray):
        return base64.b64encode(bytes(source)).decode("ascii")
    if isinstance(source, str) and source.startswith("data:"):
        return source.partition(",")[2]
    if isinstance(source, str) and is_url(source):
        if session is None:
            response = requests.get(source, timeout=timeout)
        else:
            response = session.get(source, timeout=timeout)
        response.raise_for_status()
        return base64.b64encode(response.content).decode("ascii")
    return base64.b64encode(Path(source).read_bytes()).decode("ascii")


def image_input(source: ImageSource, *, session: requests.Session | None = None) -> str:
    """What an image field accepts: URLs pass through unchanged, everything else becomes Base64."""
    if isinstance(source, str) and is_url(source):
        return source
    return image_to_base64(source, session=session)
