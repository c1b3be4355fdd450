"""Real media files for task results, made without codecs: PNG/JPEG, H.264 MP4, MP3 and WAV.

Clients that download a result (to probe its size, re-upload it, or show it) need files that real
tools open. Pillow draws the images. The video is a genuine H.264 Baseline stream in an MP4: one
uniformly coloured intra frame (a PCM macroblock whose colour the others inherit through DC
prediction, with no residual) followed by P frames that skip every macroblock, so a 5 s 720p clip
is a few kilobytes. A video with sound gets a second track of silent AAC-LC frames (the codec
Kling's outputs carry), as long as the picture. The MP3 is a run of silent MPEG-1 Layer III
frames; the WAV is silent PCM.
Every builder is pure and cached: the same arguments always give the same bytes.
"""

from __future__ import annotations

import functools
import hashlib
import io
import math
import struct
import wave

VIDEO_FPS = 24
VIDEO_SHORT_SIDE = 720
IMAGE_BASE_SIDE = 1024
MAX_SECONDS = 600.0


# ----------------------------------------------------------------------------- sizes
def _ratio(text: str) -> tuple[int, int]:
    """``"16:9"`` as (16, 9) in lowest terms; anything unreadable is 1:1."""
    width_part, _, height_part = str(text).partition(":")
    try:
        w, h = float(width_part), float(height_part)
    except ValueError:
        return 1, 1
    if not (0 < w <= 100 and 0 < h <= 100):
        return 1, 1
    scaled_w, scaled_h = round(w * 100), round(h * 100)
    divisor = math.gcd(scaled_w, scaled_h)
    return scaled_w // divisor, scaled_h // divisor


def _k(resolution: str) -> int:
    digits = "".join(c for c in str(resolution) if c.isdigit())
    return max(1, min(4, int(digits or 1)))


def image_size(ratio: str, resolution: str = "1k") -> tuple[int, int]:
    """Pixels of an image: the long side 1024 px per "k" of resolution (1k, 2k, 4k), the short
    side from the ratio (exact whenever the ratio allows it)."""
    a, b = _ratio(ratio)
    long_side = IMAGE_BASE_SIDE * _k(resolution)
    short_side = max(1, round(long_side * min(a, b) / max(a, b)))
    return (long_side, short_side) if a >= b else (short_side, long_side)


#: Short side of a video per resolution name (720p, 1080p, 4k = 3840x2160 at 16:9).
VIDEO_SHORT_SIDES = {"720p": 720, "1080p": 1080, "4k": 2160}


def video_size(ratio: str, resolution: str = "720p") -> tuple[int, int]:
    """Pixels of a video: the short side from the resolution (720 when unknown), even sizes
    (as 4:2:0 video needs), the ratio kept."""
    a, b = _ratio(ratio)
    short_side = VIDEO_SHORT_SIDES.get(str(resolution).lower(), VIDEO_SHORT_SIDE)
    short, long_ = (b, a) if a >= b else (a, b)
    long_side = round(short_side * long_ / short / 2) * 2
    long_side = min(long_side, 4096)
    return (long_side, short_side) if a >= b else (short_side, long_side)


def clamp_seconds(value: object, default: float = 5.0) -> float:
    try:
        seconds = float(str(value))
    except ValueError:
        return default
    if math.isnan(seconds):
        return default
    return min(max(seconds, 0.1), MAX_SECONDS)


def colour_of(seed: str) -> tuple[int, int, int]:
    digest = hashlib.blake2b(seed.encode(), digest_size=3).digest()
    return digest[0], digest[1], digest[2]


# ----------------------------------------------------------------------------- images
@functools.lru_cache(maxsize=128)
def image(seed: str, width: int, height: int, fmt: str = "PNG", watermark: bool = False) -> bytes:
    """A PNG or JPEG of exactly width x height: a flat colour, a frame, and a mark if asked."""
    from PIL import Image, ImageDraw

    colour = colour_of(seed)
    picture = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(picture)
    inverse = (255 - colour[0], 255 - colour[1], 255 - colour[2])
    line = max(2, min(width, height) // 128)
    draw.rectangle(
        (width // 4, height // 4, 3 * width // 4, 3 * height // 4), outline=inverse, width=line
    )
    if watermark:
        band = max(8, height // 12)
        draw.rectangle((0, height - band, width, height), fill=(255, 255, 255))
        draw.text((band // 2, height - band + band // 4), "kling-mock watermark", fill=(0, 0, 0))
    out = io.BytesIO()
    if fmt.upper() in ("JPEG", "JPG"):
        picture.save(out, format="JPEG", quality=80)
    else:
        picture.save(out, format="PNG", compress_level=1)
    return out.getvalue()


# ----------------------------------------------------------------------------- H.264
class BitWriter:
    """MSB-first bit packing with the Exp-Golomb codes H.264 headers use."""

    def __init__(self) -> None:
        self._bits: list[str] = []

    def u(self, width: int, value: int) -> None:
        if width:
            self._bits.append(format(value, f"0{width}b"))

    def ue(self, value: int) -> None:
        code = value + 1
        self._bits.append("0" * (code.bit_length() - 1) + format(code, "b"))

    def se(self, value: int) -> None:
        self.ue(2 * value - 1 if value > 0 else -2 * value)

    def raw(self, bits: str) -> None:
        self._bits.append(bits)

    def align_zero(self) -> None:
        self._bits.append("0" * (-self.length % 8))

    def trailing(self) -> None:
        """rbsp_trailing_bits: a stop bit, then zeros up to the byte boundary."""
        self._bits.append("1")
        self.align_zero()

    @property
    def length(self) -> int:
        return sum(len(part) for part in self._bits)

    def bytes(self) -> bytes:
        bits = "".join(self._bits)
        return int(bits, 2).to_bytes(len(bits) // 8, "big") if bits else b""


def _escape(rbsp: bytes) -> bytes:
    """Emulation prevention: no 00 00 0x (x <= 3) may appear inside a NAL unit."""
    out = bytearray()
    zeros = 0
    for byte in rbsp:
        if zeros >= 2 and byte <= 3:
            out.append(3)
            zeros = 0
        out.append(byte)
        zeros = zeros + 1 if byte == 0 else 0
    return bytes(out)


def _nal(ref_idc: int, unit_type: int, rbsp: bytes) -> bytes:
    return bytes([(ref_idc << 5) | unit_type]) + _escape(rbsp)


_LOG2_MAX_FRAME_NUM = 8


def _level(macroblocks: int) -> int:
    for limit, level in ((1620, 30), (3600, 31), (5120, 32), (8192, 40), (22080, 50)):
        if macroblocks <= limit:
            return level
    return 51


def _sps(width: int, height: int) -> bytes:
    mbs_w, mbs_h = -(-width // 16), -(-height // 16)
    bits = BitWriter()
    bits.u(8, 66)  # Baseline
    bits.u(8, 0b11000000)  # constraint_set0 and set1: Constrained Baseline
    bits.u(8, _level(mbs_w * mbs_h))
    bits.ue(0)  # seq_parameter_set_id
    bits.ue(_LOG2_MAX_FRAME_NUM - 4)
    bits.ue(2)  # pic_order_cnt_type 2: output order is decoding order
    bits.ue(1)  # max_num_ref_frames
    bits.u(1, 0)  # gaps_in_frame_num_value_allowed_flag
    bits.ue(mbs_w - 1)
    bits.ue(mbs_h - 1)
    bits.u(1, 1)  # frame_mbs_only_flag
    bits.u(1, 1)  # direct_8x8_inference_flag
    crop_right, crop_bottom = (mbs_w * 16 - width) // 2, (mbs_h * 16 - height) // 2
    cropped = crop_right or crop_bottom
    bits.u(1, 1 if cropped else 0)
    if cropped:
        for offset in (0, crop_right, 0, crop_bottom):
            bits.ue(offset)
    bits.u(1, 0)  # vui_parameters_present_flag
    bits.trailing()
    return _nal(3, 7, bits.bytes())


def _pps() -> bytes:
    bits = BitWriter()
    bits.ue(0)  # pic_parameter_set_id
    bits.ue(0)  # seq_parameter_set_id
    bits.u(1, 0)  # CAVLC
    bits.u(1, 0)  # bottom_field_pic_order_in_frame_present_flag
    bits.ue(0)  # num_slice_groups_minus1
    bits.ue(0)  # num_ref_idx_l0_default_active_minus1
    bits.ue(0)  # num_ref_idx_l1_default_active_minus1
    bits.u(1, 0)  # weighted_pred_flag
    bits.u(2, 0)  # weighted_bipred_idc
    bits.se(0)  # pic_init_qp_minus26
    bits.se(0)  # pic_init_qs_minus26
    bits.se(0)  # chroma_qp_index_offset
    bits.u(1, 0)  # deblocking_filter_control_present_flag
    bits.u(1, 0)  # constrained_intra_pred_flag
    bits.u(1, 0)  # redundant_pic_cnt_present_flag
    bits.trailing()
    return _nal(3, 8, bits.bytes())


def _yuv(rgb: tuple[int, int, int]) -> tuple[int, int, int]:
    """BT.601 limited range, kept away from 0 so PCM samples never look like start codes."""
    r, g, b = rgb
    y = 16 + (65.738 * r + 129.057 * g + 25.064 * b) / 256
    u = 128 + (-37.945 * r - 74.494 * g + 112.439 * b) / 256
    v = 128 + (112.439 * r - 94.154 * g - 18.285 * b) / 256
    return tuple(min(235, max(16, round(c))) for c in (y, u, v))  # type: ignore[return-value]


def _idr_slice(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """An IDR picture: macroblock 0 is I_PCM in the colour, every other one I_16x16 DC, no residual.

    DC prediction copies the neighbours' edge samples, so the colour spreads over the frame. The
    coeff_token of a macroblock whose left or top neighbour is the PCM one is read with nC = 16
    (the fixed-length table); everywhere else nC = 0.
    """
    mbs_w, mbs_h = -(-width // 16), -(-height // 16)
    y, cb, cr = _yuv(rgb)
    bits = BitWriter()
    bits.ue(0)  # first_mb_in_slice
    bits.ue(7)  # slice_type: I (all slices)
    bits.ue(0)  # pic_parameter_set_id
    bits.u(_LOG2_MAX_FRAME_NUM, 0)  # frame_num
    bits.ue(0)  # idr_pic_id
    bits.u(1, 0)  # no_output_of_prior_pics_flag
    bits.u(1, 0)  # long_term_reference_flag
    bits.se(0)  # slice_qp_delta
    bits.ue(25)  # mb_type I_PCM
    bits.align_zero()
    pcm = bytes([y]) * 256 + bytes([cb]) * 64 + bytes([cr]) * 64
    bits.raw(format(int.from_bytes(pcm, "big"), f"0{len(pcm) * 8}b"))
    plain = "00100" + "1" + "1" + "1"  # I_16x16 DC pred, chroma DC, qp delta 0, no coefficients
    beside_pcm = "00100" + "1" + "1" + "000011"
    for address in range(1, mbs_w * mbs_h):
        row, column = divmod(address, mbs_w)
        bits.raw(beside_pcm if (row, column) in ((0, 1), (1, 0)) else plain)
    bits.trailing()
    return _nal(3, 5, bits.bytes())


def _p_slice(frame_num: int, macroblocks: int) -> bytes:
    """A P picture that skips every macroblock: it shows the previous frame again."""
    bits = BitWriter()
    bits.ue(0)  # first_mb_in_slice
    bits.ue(5)  # slice_type: P (all slices)
    bits.ue(0)  # pic_parameter_set_id
    bits.u(_LOG2_MAX_FRAME_NUM, frame_num % (1 << _LOG2_MAX_FRAME_NUM))
    bits.u(1, 0)  # num_ref_idx_active_override_flag
    bits.u(1, 0)  # ref_pic_list_modification_flag_l0
    bits.u(1, 0)  # adaptive_ref_pic_marking_mode_flag
    bits.se(0)  # slice_qp_delta
    bits.ue(macroblocks)  # mb_skip_run: all of them
    bits.trailing()
    return _nal(2, 1, bits.bytes())


# ----------------------------------------------------------------------------- MP4
def _box(kind: bytes, *parts: bytes) -> bytes:
    payload = b"".join(parts)
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def _full_box(kind: bytes, version: int, flags: int, *parts: bytes) -> bytes:
    return _box(kind, struct.pack(">I", (version << 24) | flags), *parts)


_MATRIX = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)


def _avc1(width: int, height: int, sps: bytes, pps: bytes) -> bytes:
    avcc = _box(
        b"avcC",
        bytes([1, sps[1], sps[2], sps[3], 0xFF, 0xE1]),
        struct.pack(">H", len(sps)),
        sps,
        b"\x01",
        struct.pack(">H", len(pps)),
        pps,
    )
    return _box(
        b"avc1",
        bytes(6),
        struct.pack(">H", 1),  # data_reference_index
        bytes(16),
        struct.pack(">HH", width, height),
        struct.pack(">II", 0x00480000, 0x00480000),
        bytes(4),
        struct.pack(">H", 1),  # frame_count
        bytes(32),  # compressorname
        struct.pack(">Hh", 0x0018, -1),
        avcc,
    )


def _stbl(entry: bytes, stts: tuple[int, int], sizes: list[int], data_offset: int) -> bytes:
    """A sample table: one sample entry, one run of equal durations, all samples in one chunk."""
    count, delta = stts
    return _box(
        b"stbl",
        _full_box(b"stsd", 0, 0, struct.pack(">I", 1), entry),
        _full_box(b"stts", 0, 0, struct.pack(">III", 1, count, delta)),
        *([_full_box(b"stss", 0, 0, struct.pack(">II", 1, 1))] if entry[4:8] == b"avc1" else []),
        _full_box(b"stsc", 0, 0, struct.pack(">IIII", 1, 1, count, 1)),
        _full_box(b"stsz", 0, 0, struct.pack(">II", 0, count), struct.pack(f">{count}I", *sizes)),
        _full_box(b"stco", 0, 0, struct.pack(">II", 1, data_offset)),
    )


_DINF = _box(b"dinf", _full_box(b"dref", 0, 0, struct.pack(">I", 1), _full_box(b"url ", 0, 1)))


def _trak(
    track_id: int, movie_duration: int, size: tuple[int, int], mdhd: tuple[int, int], minf: bytes
) -> bytes:
    """A track: header (the size is 0x0 for sound, which also gets full volume), media, minf."""
    width, height = size
    sound = size == (0, 0)
    tkhd = _full_box(
        b"tkhd",
        0,
        3,
        struct.pack(">IIII", 0, 0, track_id, 0),
        struct.pack(">I", movie_duration),
        bytes(8),
        struct.pack(">hhhH", 0, 1 if sound else 0, 0x100 if sound else 0, 0),
        _MATRIX,
        struct.pack(">II", width << 16, height << 16),
    )
    timescale, duration = mdhd
    header = _full_box(
        b"mdhd", 0, 0, struct.pack(">IIII", 0, 0, timescale, duration), b"\x55\xc4\x00\x00"
    )
    handler = (b"soun", b"SoundHandler\x00") if sound else (b"vide", b"VideoHandler\x00")
    hdlr = _full_box(b"hdlr", 0, 0, bytes(4), handler[0], bytes(12), handler[1])
    return _box(b"trak", tkhd, _box(b"mdia", header, hdlr, minf))


# ----------------------------------------------------------------------------- AAC
AUDIO_RATE = 44100
AAC_FRAME_SAMPLES = 1024
#: One AAC-LC mono frame of digital silence (a single channel element with zero spectral data).
_AAC_SILENT_FRAME = bytes([0x00, 0xC8, 0x00, 0x80, 0x23, 0x80])


def _descriptor(tag: int, payload: bytes) -> bytes:
    """An MPEG-4 descriptor (ES, decoder config, ...) with a one-byte length."""
    return bytes([tag, len(payload)]) + payload


def _mp4a() -> bytes:
    """The sample entry of AAC-LC, mono, 44.1 kHz, with its esds."""
    specific = _descriptor(0x05, bytes([0x12, 0x08]))  # AudioSpecificConfig: LC, 44.1 kHz, mono
    config = _descriptor(
        0x04,
        bytes([0x40, 0x15]) + bytes(3) + struct.pack(">II", 64000, 64000) + specific,
    )
    es = _descriptor(0x03, struct.pack(">HB", 2, 0) + config + _descriptor(0x06, b"\x02"))
    return _box(
        b"mp4a",
        bytes(6),
        struct.pack(">H", 1),  # data_reference_index
        bytes(8),
        struct.pack(">HHHH", 1, 16, 0, 0),  # channels, sample size, pre_defined, reserved
        struct.pack(">I", AUDIO_RATE << 16),
        _full_box(b"esds", 0, 0, es),
    )


def _audio_trak(seconds: float, movie_duration: int, data_offset: int) -> tuple[bytes, bytes]:
    """The sound track of ``seconds`` of silence and its samples (for the mdat)."""
    frames = max(1, math.ceil(seconds * AUDIO_RATE / AAC_FRAME_SAMPLES))
    sizes = [len(_AAC_SILENT_FRAME)] * frames
    minf = _box(
        b"minf",
        _full_box(b"smhd", 0, 0, bytes(4)),
        _DINF,
        _stbl(_mp4a(), (frames, AAC_FRAME_SAMPLES), sizes, data_offset),
    )
    trak = _trak(2, movie_duration, (0, 0), (AUDIO_RATE, frames * AAC_FRAME_SAMPLES), minf)
    return trak, _AAC_SILENT_FRAME * frames


def _moov(
    width: int,
    height: int,
    sps: bytes,
    pps: bytes,
    sizes: list[int],
    data_offset: int,
    audio_seconds: float | None = None,
) -> tuple[bytes, bytes]:
    """The movie box, and the audio samples that follow the video ones in the mdat."""
    frames = len(sizes)
    movie_duration = round(frames * 1000 / VIDEO_FPS)
    tracks = 1 if audio_seconds is None else 2
    mvhd = _full_box(
        b"mvhd",
        0,
        0,
        struct.pack(">IIII", 0, 0, 1000, movie_duration),
        struct.pack(">IH", 0x10000, 0x100),
        bytes(10),
        _MATRIX,
        bytes(24),
        struct.pack(">I", tracks + 1),
    )
    minf = _box(
        b"minf",
        _full_box(b"vmhd", 0, 1, bytes(8)),
        _DINF,
        _stbl(_avc1(width, height, sps, pps), (frames, 1000), sizes, data_offset),
    )
    video = _trak(1, movie_duration, (width, height), (VIDEO_FPS * 1000, frames * 1000), minf)
    if audio_seconds is None:
        return _box(b"moov", mvhd, video), b""
    audio, samples = _audio_trak(audio_seconds, movie_duration, data_offset + sum(sizes))
    return _box(b"moov", mvhd, video, audio), samples


@functools.lru_cache(maxsize=64)
def mp4(seconds: float, width: int, height: int, seed: str = "", audio: bool = False) -> bytes:
    """A playable H.264 MP4 of ``seconds`` (at 24 fps) and exactly width x height (even sizes);
    with ``audio``, also a silent AAC sound track of the same length."""
    width, height = max(2, width - width % 2), max(2, height - height % 2)
    frames = max(1, round(seconds * VIDEO_FPS))
    macroblocks = -(-width // 16) * -(-height // 16)
    sps, pps = _sps(width, height), _pps()
    nals = [_idr_slice(width, height, colour_of(seed))]
    nals += [_p_slice(n, macroblocks) for n in range(1, frames)]
    samples = [struct.pack(">I", len(nal)) + nal for nal in nals]
    sizes = [len(sample) for sample in samples]
    sound = frames / VIDEO_FPS if audio else None
    ftyp = _box(b"ftyp", b"isom", struct.pack(">I", 512), b"isomiso2avc1mp41")
    moov_size = len(_moov(width, height, sps, pps, sizes, 0, sound)[0])
    moov, sound_samples = _moov(width, height, sps, pps, sizes, len(ftyp) + moov_size + 8, sound)
    return ftyp + moov + _box(b"mdat", *samples, sound_samples)


# ----------------------------------------------------------------------------- audio
_MP3_HEADER = b"\xff\xfb\x50\xc4"  # MPEG-1 Layer III, no CRC, 64 kbit/s, 44.1 kHz, mono, original
_MP3_FRAME = _MP3_HEADER + bytes(208 - len(_MP3_HEADER))  # 144 * 64000 / 44100 = 208 bytes
MP3_FRAME_SECONDS = 1152 / 44100


@functools.lru_cache(maxsize=64)
def mp3(seconds: float) -> bytes:
    """Silent MPEG-1 Layer III frames lasting at least ``seconds``."""
    return _MP3_FRAME * max(1, math.ceil(seconds / MP3_FRAME_SECONDS))


@functools.lru_cache(maxsize=64)
def wav(seconds: float, rate: int = 16000) -> bytes:
    """Silent 16-bit mono PCM in a RIFF/WAVE file."""
    out = io.BytesIO()
    with wave.open(out, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(bytes(2 * round(seconds * rate)))
    return out.getvalue()
