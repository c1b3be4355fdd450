"""Result media are real files: images at the asked size, playable H.264 MP4, MP3 and WAV."""

from __future__ import annotations

import io
import struct
import wave
from collections.abc import Iterator

import av
import pytest
from PIL import Image

from mockserver.domain import media


def boxes(data: bytes, start: int = 0, end: int | None = None) -> Iterator[tuple[bytes, bytes]]:
    """(type, payload) of each ISO-BMFF box between start and end."""
    end = len(data) if end is None else end
    at = start
    while at < end:
        (size,) = struct.unpack(">I", data[at : at + 4])
        assert size >= 8, "box size must cover its header"
        yield data[at + 4 : at + 8], data[at + 8 : at + size]
        at += size
    assert at == end, "boxes must tile their parent exactly"


def child(payload: bytes, path: str, skip: int = 0) -> bytes:
    node = payload
    for part in path.split("/"):
        found = dict(boxes(node, skip))
        skip = 0
        node = found[part.encode()]
    return node


@pytest.mark.parametrize(
    ("ratio", "resolution", "size"),
    [
        ("1:1", "1k", (1024, 1024)),
        ("1:1", "2k", (2048, 2048)),
        ("16:9", "1k", (1024, 576)),
        ("9:16", "2k", (1152, 2048)),
        ("4:3", "4k", (4096, 3072)),
        ("21:9", "1k", (1024, 439)),
        ("nonsense", "1k", (1024, 1024)),
    ],
)
def test_image_size_has_a_long_side_of_1024_px_per_k_at_the_asked_ratio(
    ratio: str, resolution: str, size: tuple[int, int]
) -> None:
    assert media.image_size(ratio, resolution) == size


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_images_decode_with_pillow_at_their_stated_size(fmt: str) -> None:
    data = media.image("task/0", 640, 360, fmt)
    picture = Image.open(io.BytesIO(data))
    assert picture.format == fmt
    assert picture.size == (640, 360)


def test_watermarked_image_differs_from_the_plain_one() -> None:
    plain = Image.open(io.BytesIO(media.image("t", 320, 320))).convert("RGB")
    marked = Image.open(io.BytesIO(media.image("t", 320, 320, watermark=True))).convert("RGB")
    assert plain.getpixel((5, 315)) != marked.getpixel((5, 315))


@pytest.mark.parametrize(("ratio", "size"), [("16:9", (1280, 720)), ("9:16", (720, 1280)),
                                             ("1:1", (720, 720))])  # fmt: skip
def test_video_size_follows_the_aspect_ratio_at_720p(ratio: str, size: tuple[int, int]) -> None:
    assert media.video_size(ratio) == size


def test_mp4_declares_an_h264_track_of_the_asked_size_and_length() -> None:
    data = media.mp4(5.0, 1280, 720, "seed")
    top = dict(boxes(data))
    assert set(top) == {b"ftyp", b"moov", b"mdat"}
    assert top[b"ftyp"][:4] == b"isom"
    moov = top[b"moov"]
    mvhd = dict(boxes(moov))[b"mvhd"]
    timescale, duration = struct.unpack(">II", mvhd[12:20])
    assert duration / timescale == pytest.approx(5.0, abs=0.05)
    tkhd = child(moov, "trak/tkhd")
    assert struct.unpack(">II", tkhd[-8:]) == (1280 << 16, 720 << 16)
    stsd = child(moov, "trak/mdia/minf/stbl/stsd")
    entries = dict(boxes(stsd, 8))
    avc1 = entries[b"avc1"]
    assert struct.unpack(">HH", avc1[24:28]) == (1280, 720)
    avcc = dict(boxes(avc1, 78))[b"avcC"]
    assert avcc[0] == 1 and avcc[1] == 66  # version 1, Baseline profile


def test_mp4_samples_are_one_idr_then_p_frames_covering_the_duration() -> None:
    data = media.mp4(2.0, 320, 180, "x")
    stbl = child(dict(boxes(data))[b"moov"], "trak/mdia/minf/stbl")
    stsz = dict(boxes(stbl))[b"stsz"]
    _, count = struct.unpack(">II", stsz[4:12])
    sizes = struct.unpack(f">{count}I", stsz[12 : 12 + 4 * count])
    assert count == 2 * media.VIDEO_FPS
    (offset,) = struct.unpack(">I", dict(boxes(stbl))[b"stco"][8:12])
    nal_types = []
    for size in sizes:
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        assert length == size - 4
        nal_types.append(data[offset + 4] & 0x1F)
        offset += size
    assert offset == len(data)
    assert nal_types == [5] + [1] * (count - 1)


def test_mp4_is_small() -> None:
    assert len(media.mp4(10.0, 1280, 720, "x")) < 20_000


def test_mp4_decodes_to_frames_of_one_colour() -> None:
    container = av.open(io.BytesIO(media.mp4(1.0, 256, 144, "colour")))
    frames = list(container.decode(video=0))
    assert len(frames) == media.VIDEO_FPS
    picture = frames[-1].to_image()
    assert picture.size == (256, 144)
    expected = media.colour_of("colour")
    for corner in ((0, 0), (255, 143)):
        assert all(abs(a - b) <= 4 for a, b in zip(picture.getpixel(corner), expected, strict=True))


def test_mp3_is_a_chain_of_frames_at_least_as_long_as_asked() -> None:
    data = media.mp3(3.0)
    frame = 208
    assert len(data) % frame == 0
    headers = {data[at : at + 4] for at in range(0, len(data), frame)}
    assert headers == {b"\xff\xfb\x50\xc4"}
    assert len(data) // frame * media.MP3_FRAME_SECONDS >= 3.0


def test_mp3_decodes_to_audio_at_least_as_long_as_asked() -> None:
    container = av.open(io.BytesIO(media.mp3(3.0)))
    frames = list(container.decode(audio=0))
    decoded = sum(frame.samples for frame in frames) / frames[0].sample_rate
    assert decoded >= 3.0


def test_wav_has_the_asked_duration() -> None:
    with wave.open(io.BytesIO(media.wav(2.5))) as reader:
        assert reader.getnframes() / reader.getframerate() == pytest.approx(2.5)
