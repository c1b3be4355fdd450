"""Files behind the result URLs: small real PNGs, and valid placeholder MP4, MP3 and WAV files.

A URL carries everything needed to draw its file (``?ar=16:9&res=1k`` for images, ``?s=5`` for
seconds of media), so assets need no state and look the same on every request. Pillow draws the
PNGs; the media files are built by hand: an ISO-BMFF header with the duration, silent MPEG audio
frames, and a silent PCM WAV from the stdlib.
"""

from __future__ import annotations

import functools
import hashlib
import io
import math
import struct
import wave
from urllib.parse import quote

from flask import Blueprint, Response, request

from .errors import KlingError

ROUTE = "/__mock/assets"
MAX_SECONDS = 600.0
_MP3_FRAME = b"\xff\xfb\x50\xc0" + bytes(100)  # MPEG-1 layer III, 32 kbit/s, 44.1 kHz, mono
_MP3_FRAME_SECONDS = 1152 / 44100
CONTENT_TYPES = {
    "png": "image/png",
    "mp4": "video/mp4",
    "mov": "video/quicktime",
    "mp3": "audio/mpeg",
    "wav": "audio/wav",
}

bp = Blueprint("kling_assets", __name__)


def as_uri(text: str) -> str:
    """A caller's URL made safe to echo where the spec promises ``format: uri``.

    Request URLs are only pattern-checked (http(s)://...), so they may hold spaces or non-ASCII
    characters; those are percent-encoded, the URL's structure kept.
    """
    raw = text.encode("utf-8", "surrogatepass")
    return quote(raw, safe=":/?#[]@!$&'()*+,;=%~")


def asset_url(base_url: str, task_id: str, name: str) -> str:
    return f"{base_url.rstrip('/')}{ROUTE}/{task_id}/{name}"


def image_size(ratio: str, resolution: str) -> tuple[int, int]:
    """Pixel size of a mock image: long side 256 px per 'k' of resolution, the ratio kept."""
    long_side = 256 * max(1, min(4, int("".join(c for c in resolution if c.isdigit()) or 1)))
    width_part, _, height_part = ratio.partition(":")
    try:
        w, h = float(width_part), float(height_part)
    except ValueError:
        w = h = 1.0
    if w <= 0 or h <= 0:
        w = h = 1.0
    if w >= h:
        return long_side, max(1, round(long_side * h / w))
    return max(1, round(long_side * w / h)), long_side


@functools.lru_cache(maxsize=256)
def png(seed: str, width: int, height: int) -> bytes:
    from PIL import Image, ImageDraw

    colour = hashlib.blake2b(seed.encode(), digest_size=3).digest()
    image = Image.new("RGB", (width, height), tuple(colour))
    inverse = tuple(255 - c for c in colour)
    ImageDraw.Draw(image).rectangle(
        (width // 4, height // 4, 3 * width // 4, 3 * height // 4), outline=inverse, width=3
    )
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


@functools.lru_cache(maxsize=64)
def mp4(duration: float, brand: bytes = b"isom") -> bytes:
    """An ftyp + moov(mvhd) file: valid ISO-BMFF that states its duration, with no tracks."""
    ftyp = _box(b"ftyp", brand + struct.pack(">I", 512) + b"isomiso2mp41")
    matrix = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
    mvhd = _box(
        b"mvhd",
        struct.pack(">IIIII", 0, 0, 0, 1000, round(duration * 1000))
        + struct.pack(">IH", 0x10000, 0x100)
        + bytes(10)
        + matrix
        + bytes(24)
        + struct.pack(">I", 1),
    )
    return ftyp + _box(b"moov", mvhd)


@functools.lru_cache(maxsize=64)
def mp3(duration: float) -> bytes:
    return _MP3_FRAME * max(1, math.ceil(duration / _MP3_FRAME_SECONDS))


@functools.lru_cache(maxsize=64)
def wav(duration: float, rate: int = 8000) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(bytes(2 * round(duration * rate)))
    return out.getvalue()


def render(task_id: str, name: str, args: dict[str, str]) -> tuple[bytes, str]:
    """The bytes and content type of one asset."""
    extension = name.rpartition(".")[2].lower()
    if extension not in CONTENT_TYPES:
        raise KlingError(1203, f"asset {name} does not exist")
    if extension == "png":
        width, height = image_size(args.get("ar", "1:1"), args.get("res", "1k"))
        return png(f"{task_id}/{name}", width, height), CONTENT_TYPES[extension]
    try:
        duration = min(max(float(args.get("s", "5")), 0.1), MAX_SECONDS)
    except ValueError:
        duration = 5.0
    if extension in ("mp4", "mov"):
        data = mp4(duration, b"qt  " if extension == "mov" else b"isom")
    else:
        data = mp3(duration) if extension == "mp3" else wav(duration)
    return data, CONTENT_TYPES[extension]


@bp.get(f"{ROUTE}/<task_id>/<name>")
def serve_asset(task_id: str, name: str) -> Response:
    data, content_type = render(task_id, name, request.args.to_dict())
    response = Response(data, mimetype=content_type)
    response.cache_control.public = True
    response.cache_control.max_age = 86400
    return response
