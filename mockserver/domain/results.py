"""What a succeeded task produced: the result arrays for each x-kling-task result kind.

Everything is derived from the stored request and the task id, so a result reads the same every
time. Numbers come from the fields x-kling-task names (count_field, duration_field,
aspect_ratio_field, resolution_field; dotted paths reach into nested objects), or from the
request schema's default when the request leaves the field out; URLs point at the mock's own
asset route, which serves real files of the size and length they state.
"""

from __future__ import annotations

import copy
import hashlib
import math
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mockserver.domain.asset_urls import as_uri, asset_url
from spec.designs import SUCCEEDED, put_path
from spec.engine.models import ModelEntry, ModelTable
from spec.engine.rules import conditions_hold, field_values, image_size, schema_at
from spec.extensions import Series, TaskSpec

if TYPE_CHECKING:  # the state imports the settings, which import the limits, which import this
    from mockserver.core.state import MockState

#: Where a task's stored body keeps the path values of its create (the model in the path).
PATH_ARGS_KEY = "$path"


def child_id(task_id: str, label: str) -> str:
    """A stable decimal id for something a task made (a video, an audio, a voice)."""
    digest = hashlib.blake2b(f"{task_id}:{label}".encode(), digest_size=8).digest()
    return str(10**17 + int.from_bytes(digest, "big") % (9 * 10**17))


def seconds(value: float) -> str:
    """Seconds as the API writes them: a decimal string without a trailing .0."""
    return f"{value:g}" if value != int(value) else str(int(value))


def _number(value: Any, default: float) -> float:
    """value as a finite float, else default (NaN and infinities are not lengths or counts)."""
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return default
    return number if math.isfinite(number) else default


def value_at(body: Mapping[str, Any], path: str) -> Any:
    """The value at a dotted path of the request body (None when any step is missing)."""
    found = field_values(body, path)
    return found[0] if found else None


def field_defaults(task: TaskSpec, compiled: Mapping[str, Any] | None) -> dict[str, Any]:
    """field path -> its schema default (every top-level field, and the fields x-kling-task names),
    from the compiled request schema, so a result follows the default the API applies to an
    absent field."""
    found: dict[str, Any] = {}
    for name, node in ((compiled or {}).get("properties") or {}).items():
        if isinstance(node, Mapping) and "default" in node:
            found[name] = node["default"]
    for path in task.field_paths():
        if compiled:
            node = schema_at(compiled, path)
            if "default" in node:
                found[path] = node["default"]
    return found


@dataclass(frozen=True)
class ResultContext:
    """The facts a result is built from."""

    task: TaskSpec
    body: dict[str, Any]
    task_id: str
    base_url: str
    deleted: Collection[str] = frozenset()
    defaults: Mapping[str, Any] = field(default_factory=dict)
    image_ext: str = "png"
    models: ModelTable | None = None
    """The create's model table (``x-kling-models``), for prices and implied values."""

    def field(self, key: str) -> Any:
        """The body value of the field x-kling-task names under ``key``, else its default."""
        name = getattr(self.task, key)
        return self._value(name) if name else None

    def _value(self, path: str) -> Any:
        """The body value at a path, else the schema default."""
        value = value_at(self.body, path)
        return self.defaults.get(path) if value is None else value

    @property
    def series(self) -> Series | None:
        """x-kling-task's ``series`` block when this request asks for a series, else None."""
        spec = self.task.series
        if spec is None:
            return None
        asked = self._value(spec.field)
        return spec if asked is not None and asked == spec.equals else None

    @property
    def count(self) -> int:
        """Outputs the task makes: count_field, or for a series its own count ("auto": drawn
        per task from auto_range)."""
        series = self.series
        if series is None:
            return max(1, int(_number(self.field("count_field"), 1)))
        amount = str(self._value(series.count_field) or "auto")
        if amount.isdigit():
            return int(amount)
        low, high = series.auto_range
        digest = hashlib.blake2b(f"{self.task_id}:series".encode(), digest_size=4).digest()
        return int(low) + int.from_bytes(digest, "big") % (int(high) - int(low) + 1)

    @property
    def duration(self) -> float:
        return _number(self.field("duration_field"), self.task.default_duration)

    @property
    def watermark(self) -> bool:
        """Whether the request asked for watermarked copies (x-kling-task ``watermark_field``)."""
        return value_at(self.body, self.task.watermark_field) is True

    def url(self, name: str) -> str:
        return asset_url(self.base_url, self.task_id, name)


def _images(ctx: ResultContext) -> list[dict[str, Any]]:
    ratio = str(ctx.field("aspect_ratio_field") or "1:1")
    resolution = str(ctx.field("resolution_field") or "1k")
    query = f"{ctx.image_ext}?ar={ratio}&res={resolution}"
    items = []
    for index in range(ctx.count):
        item = {"index": index, "url": ctx.url(f"image-{index}.{query}")}
        if ctx.watermark:
            item["watermark_url"] = ctx.url(f"image-{index}-wm.{query}")
        items.append(item)
    return items


_RATIO = re.compile(r"\d+(\.\d+)?:\d+(\.\d+)?")
_STORED_IMAGE = re.compile(r"<\d+ characters: a (\d+)x(\d+) image>")


def stored_string(value: str) -> str:
    """How a long request string (Base64 media) is stored: its length, and an image's pixel size
    (what a result needs of it)."""
    size = image_size(value)
    shown = f": a {size[0]}x{size[1]} image" if size is not None else ""
    return f"<{len(value)} characters{shown}>"


def output_ratio(value: str) -> str:
    """The aspect ratio of a result: a ratio as sent ("16:9"), or the pixel ratio of a Base64
    image, sent or stored (a video keeps its start frame's shape). A URL is never fetched: ""."""
    if _RATIO.fullmatch(value):
        return value
    stored = _STORED_IMAGE.fullmatch(value)
    size = (int(stored[1]), int(stored[2])) if stored else image_size(value)
    if size is None or min(size) <= 0:
        return ""
    width, height = size
    divisor = math.gcd(width, height) or 1
    if max(width, height) // divisor <= 100:
        return f"{width // divisor}:{height // divisor}"
    return f"{width / height:.4g}:1"


def _video_resolution(ctx: ResultContext) -> str | None:
    """The output size a video request asks for: the resolution field's value, through
    x-kling-task ``resolution_values`` when the field names a mode (std -> 720p)."""
    asked = ctx.field("resolution_field")
    if asked is None:
        return None
    return dict(ctx.task.resolution_values).get(str(asked), str(asked))


#: The audio choices that make a silent video (any other value, e.g. native, original or on, gives
#: the video a sound track).
SILENT = (None, False, "", "off")


def has_audio(ctx: ResultContext) -> bool:
    """Whether the video carries sound: the value at x-kling-task ``audio_field`` as the chosen
    model applies it (its ``implied`` value first), else as sent, else the schema default."""
    path = ctx.task.audio_field
    if not path:
        return False
    model = chosen_model(ctx)
    implied = model.implied if model is not None else {}
    return (implied[path] if path in implied else ctx._value(path)) not in SILENT


def _video(ctx: ResultContext) -> dict[str, Any]:
    length = seconds(ctx.duration)
    ratio = output_ratio(str(ctx.field("aspect_ratio_field") or ""))
    query = f"s={length}&ar={ratio or '16:9'}"
    resolution = _video_resolution(ctx)
    if resolution:
        query += f"&res={resolution}"
    if has_audio(ctx):
        query += "&audio=aac"
    video = {"id": child_id(ctx.task_id, "video"), "url": ctx.url(f"video.mp4?{query}")}
    if ctx.watermark:
        video["watermark_url"] = ctx.url(f"video-wm.mp4?{query}")
    video["duration"] = length
    if isinstance(ctx.body.get("session_id"), str):
        video["session_id"] = ctx.body["session_id"]
    return video


def _sound(ctx: ResultContext) -> dict[str, Any]:
    length = seconds(ctx.duration)
    return {
        "id": child_id(ctx.task_id, "audio"),
        "url_mp3": ctx.url(f"audio.mp3?s={length}"),
        "url_wav": ctx.url(f"audio.wav?s={length}"),
        "duration_mp3": length,
        "duration_wav": length,
    }


#: The speaking rates text-to-speech honours; the official page clamps other values into them.
SPEECH_SPEEDS = (0.8, 2.0)


def _speech(ctx: ResultContext) -> dict[str, Any]:
    words = len(str(ctx.body.get("text", "")).split())
    low, high = SPEECH_SPEEDS
    speed = min(high, max(low, _number(ctx.body.get("voice_speed"), 1.0)))
    length = seconds(round(max(1.0, words / 2.5 / speed), 1))
    audio_id = child_id(ctx.task_id, "speech")
    return {"id": audio_id, "url": ctx.url(f"speech.mp3?s={length}"), "duration": length}


def _voice(ctx: ResultContext) -> list[dict[str, Any]]:
    voice_id = child_id(ctx.task_id, "voice")
    if voice_id in ctx.deleted:
        return []
    return [
        {
            "voice_id": voice_id,
            "voice_name": str(ctx.body.get("voice_name") or "custom voice"),
            "trial_url": ctx.url("trial.mp3?s=5"),
            "owned_by": "account",
        }
    ]


_ELEMENT_ECHO: dict[str, type] = {
    "element_description": str,
    "element_frontal_image": str,
    "element_refer_list": list,
    "reference_type": str,
    "element_image_list": dict,
    "element_video_list": dict,
    "tag_list": list,
}


def _element(ctx: ResultContext) -> list[dict[str, Any]]:
    element_id = int(child_id(ctx.task_id, "element"))
    element: dict[str, Any] = {
        "element_id": element_id,
        "element_name": str(ctx.body.get("element_name") or "element"),
    }
    body = ctx.body
    element.update({k: body[k] for k, t in _ELEMENT_ECHO.items() if isinstance(body.get(k), t)})
    element["owned_by"] = "account"
    element["status"] = "deleted" if str(element_id) in ctx.deleted else SUCCEEDED
    return [element]


#: Views in one AI multi-shot set (url_1..url_3) and sets per task (the page's index "0-2").
IMAGE_SET_VIEWS = 3
IMAGE_SETS = 3


def _image_sets(ctx: ResultContext) -> dict[str, Any]:
    """Sets of views of one element: ``{index, url_1, url_2, url_3}`` per set."""
    query = f"{ctx.image_ext}?ar=1:1&res=1k"
    sets = []
    for index in range(IMAGE_SETS):
        views = {
            f"url_{n}": ctx.url(f"set-{index}-{n}.{query}") for n in range(1, IMAGE_SET_VIEWS + 1)
        }
        sets.append({"index": index, **views})
    return {"images": sets}


def _omni(ctx: ResultContext) -> dict[str, Any]:
    if ctx.series is not None:
        return {"result_type": "series", "series_images": _images(ctx)}
    return {"result_type": "single", "images": _images(ctx)}


BUILDERS: dict[str, Callable[[ResultContext], dict[str, Any]]] = {
    "images": lambda ctx: {"images": _images(ctx)},
    "omni_images": _omni,
    "videos": lambda ctx: {"videos": [_video(ctx)]},
    "audios": lambda ctx: {"audios": [_sound(ctx)]},
    "video_audios": lambda ctx: {"videos": [_video(ctx)], "audios": [_sound(ctx)]},
    "tts_audios": lambda ctx: {"audios": [_speech(ctx)]},
    "voices": lambda ctx: {"voices": _voice(ctx)},
    "elements": lambda ctx: {"elements": _element(ctx)},
    "image_sets": _image_sets,
}


def _omit(node: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """The result with x-kling-task ``result_omits`` fields left out of every item."""
    return {
        key: [
            {k: v for k, v in item.items() if k not in names} if isinstance(item, dict) else item
            for item in value
        ]
        if isinstance(value, list)
        else value
        for key, value in node.items()
    }


def results_of(ctx: ResultContext) -> dict[str, Any]:
    """The result arrays (by name) of a succeeded task of this kind (empty for an unknown kind);
    a design writes them as its answer says (spec.designs)."""
    builder = BUILDERS.get(str(ctx.task.result))
    result = builder(ctx) if builder else {}
    return _omit(result, ctx.task.result_omits) if ctx.task.result_omits else result


def chosen_model(ctx: ResultContext) -> ModelEntry | None:
    """The model the request chose (a body field, or with ``in: path`` the path value stored with
    the task), as ``ModelTable.choose`` reads it; None when the create has no table."""
    if ctx.models is None:
        return None
    return ctx.models.choose(ctx.body, ctx.body.get(PATH_ARGS_KEY) or {})


def _as_applied(ctx: ResultContext, model: ModelEntry | None) -> dict[str, Any]:
    """The body with the model's ``implied`` values in place (they count as sent); the body
    itself when the model implies nothing (read it, never change it)."""
    if model is None or not model.implied:
        return ctx.body
    body = copy.deepcopy(ctx.body)
    for path, value in model.implied.items():
        put_path(body, str(path), value)
    return body


def units(ctx: ResultContext) -> str | None:
    """The units a task is charged: the chosen model's first ``price`` entry whose ``if`` holds,
    else x-kling-task's flat ``units``; per output, or per second (``per_second``)."""
    model = chosen_model(ctx)
    per, per_second = ctx.task.units, ctx.task.per_second
    applied = _as_applied(ctx, model)
    for entry in model.price if model is not None else ():
        if conditions_hold(applied, entry.get("if")):
            per, per_second = float(entry["units"]), bool(entry.get("per_second", per_second))
            break
    if per is None:
        return None
    amount = per * (ctx.duration if per_second else ctx.count)
    return seconds(round(amount, 3))


def parent_video(ctx: ResultContext) -> dict[str, Any]:
    """task_info.parent_video: the video the task built on (its id, or one made up for a URL)."""
    video_id = ctx.body.get("video_id") or child_id(ctx.task_id, "parent")
    given = ctx.body.get("video_url")
    url = as_uri(given) if isinstance(given, str) and given else ctx.url("parent.mp4?s=5")
    return {"id": str(video_id), "url": url, "duration": "5"}


def _defaults(state: MockState, operation_id: str) -> dict[str, Any]:
    """Schema defaults of the create's top-level fields and of those its x-kling-task names
    (worked out once per operation, kept on the state)."""
    found = state.defaults.get(operation_id)
    if found is None:
        op = state.index.operations.get(operation_id)
        task = op.task if op is not None else TaskSpec()
        found = field_defaults(task, state.checker.compiled.get(operation_id))
        state.defaults[operation_id] = found
    return found


def result_context(
    state: MockState,
    operation_id: str,
    body: dict[str, Any],
    task_id: str,
    base_url: str,
    deleted: Collection[str] = frozenset(),
) -> ResultContext:
    """What a result of this create operation is built from."""
    op = state.index.operations.get(operation_id)
    return ResultContext(
        task=op.task if op is not None else TaskSpec(),
        body=body,
        task_id=task_id,
        base_url=base_url,
        deleted=deleted,
        defaults=_defaults(state, operation_id),
        image_ext=state.settings.image_format,
        models=_model_table(state, operation_id),
    )


def _model_table(state: MockState, operation_id: str) -> ModelTable | None:
    """The create's model table (``x-kling-models`` of its compiled body), read once."""
    if operation_id not in state.model_tables:
        compiled = state.checker.compiled.get(operation_id) or {}
        state.model_tables[operation_id] = ModelTable.of(compiled)
    return state.model_tables[operation_id]
