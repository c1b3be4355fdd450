"""Files behind the result URLs: real PNG/JPEG images, H.264 MP4 videos, MP3 and WAV audio.

A URL carries everything needed to make its file (``?ar=16:9&res=2k`` for images,
``?s=5&ar=9:16&res=1080p`` for videos, plus ``&audio=aac`` for one with sound, ``?s=5`` for
audio), so assets need no state and are the same on every request; the files themselves come
from ``mockserver.domain.media`` (cached per process). Flask sends each with its content type and
length. The first segment must name a task that exists or the operation whose synchronous
answer made the URL; anything else is 404/1203 like any unknown task.
"""

from __future__ import annotations

from collections.abc import Mapping

from flask import Blueprint, Response, request

from mockserver.core.errors import KlingError
from mockserver.domain import media
from mockserver.domain.asset_urls import ROUTE
from mockserver.http.current import current_state

CONTENT_TYPES = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "mp4": "video/mp4",
    "mov": "video/quicktime",
    "mp3": "audio/mpeg",
    "wav": "audio/wav",
}

IMAGE_FORMATS = {"png": "PNG", "jpg": "JPEG", "jpeg": "JPEG"}

bp = Blueprint("kling_assets", __name__)


def render(task_id: str, name: str, args: Mapping[str, str]) -> tuple[bytes, str]:
    """The bytes and content type of one asset (``-wm`` in the name: the watermarked version)."""
    stem, _, extension = name.rpartition(".")
    extension = extension.lower()
    if extension not in CONTENT_TYPES:
        raise KlingError(1203, f"asset {name} does not exist")
    content_type = CONTENT_TYPES[extension]
    if extension in IMAGE_FORMATS:
        width, height = media.image_size(args.get("ar", "1:1"), args.get("res", "1k"))
        seed = f"{task_id}/{stem.removesuffix('-wm')}"
        picture = media.image(seed, width, height, IMAGE_FORMATS[extension], stem.endswith("-wm"))
        return picture, content_type
    duration = media.clamp_seconds(args.get("s", "5"))
    if extension in ("mp4", "mov"):
        width, height = media.video_size(args.get("ar", "16:9"), args.get("res", "720p"))
        sound = args.get("audio") == "aac"
        return media.mp4(duration, width, height, f"{task_id}/{stem}", sound), content_type
    return (media.mp3(duration) if extension == "mp3" else media.wav(duration)), content_type


@bp.get(f"{ROUTE}/<task_id>/<name>")
def serve_asset(task_id: str, name: str) -> Response:
    state = current_state()
    if task_id not in state.index.operations and state.store.tasks.by_id(task_id) is None:
        raise KlingError(1203, f"task {task_id} does not exist")
    data, content_type = render(task_id, name, request.args.to_dict())
    response = Response(data, mimetype=content_type)
    response.cache_control.public = True
    response.cache_control.max_age = 86400
    return response
