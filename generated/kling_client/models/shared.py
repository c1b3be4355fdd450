"""The models several resources answer with (or none of the client's methods).

Generated from spec/ by kling-codegen: do not edit. Import the models from ``kling_client.models``,
which re-exports every module's names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeAlias

from .._designs import DESIGNS
from .._parsing import (
    Model,
    extra,
    parse_model,
    parse_models,
    read,
    require,
    require_models,
    succeeded_result,
    tagged,
)

__all__ = [
    "AudioItem",
    "AudioOutput",
    "BalanceDeduction",
    "BillingItem",
    "CurrentTask",
    "CurrentTaskStatus",
    "ElementItem",
    "ElementItemTagListItem",
    "ElementMaterial",
    "ElementOutput",
    "ElementOutputTagsItem",
    "ImageItem",
    "ImageOutput",
    "ParentVideo",
    "Task",
    "TaskInfo",
    "TaskResult",
    "TaskStatus",
    "VideoAspect",
    "VideoItem",
    "VideoOutput",
    "VideoResolution",
    "VoiceItem",
    "VoiceOutput",
    "WatermarkInfo",
]

CurrentTaskStatus: TypeAlias = Literal["submitted", "processing", "succeeded", "failed"]
"""submitted -> processing -> succeeded | failed (note the -ed; the legacy design writes
succeed)."""

TaskStatus: TypeAlias = Literal["submitted", "processing", "succeed", "failed"]
"""Lifecycle of an asynchronous task. Note the official spelling `succeed`."""

VideoAspect: TypeAlias = Literal["16:9", "9:16", "1:1", "21:9", "4:3", "3:4"]
"""Width:height of the output: 16:9, 9:16 and 1:1 everywhere, 21:9 on kling-4.0 and
kling-4.0-flash, 4:3 and 3:4 on kling-4.0-flash only."""

VideoResolution: TypeAlias = Literal["720p", "1080p", "4k"]
"""Output resolution; each model takes only some of these values (the client checks them)."""


@dataclass(frozen=True, kw_only=True)
class AudioItem(Model):
    """One generated audio. Sound effects and video-to-audio carry MP3 and WAV renditions
    (url_mp3/url_wav, duration_mp3/duration_wav); text-to-speech carries url and duration."""

    id: str

    url: str | None = None

    duration: str | None = None

    url_mp3: str | None = None

    url_wav: str | None = None

    duration_mp3: str | None = None

    duration_wav: str | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        ["id", "url", "duration", "url_mp3", "url_wav", "duration_mp3", "duration_wav"]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AudioItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            id=require(data, "id", "str", "AudioItem"),
            url=read(data, "url", "str"),
            duration=read(data, "duration", "str"),
            url_mp3=read(data, "url_mp3", "str"),
            url_wav=read(data, "url_wav", "str"),
            duration_mp3=read(data, "duration_mp3", "str"),
            duration_wav=read(data, "duration_wav", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class AudioOutput(Model):
    """An object in the API's answers the spec does not describe further."""

    type: Literal["audio"]

    id: str

    mp3_url: str | None = None

    wav_url: str | None = None

    mp3_duration: str | None = None

    wav_duration: str | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        ["type", "id", "mp3_url", "wav_url", "mp3_duration", "wav_duration"]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AudioOutput:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            type=require(data, "type", "str", "AudioOutput"),
            id=require(data, "id", "str", "AudioOutput"),
            mp3_url=read(data, "mp3_url", "str"),
            wav_url=read(data, "wav_url", "str"),
            mp3_duration=read(data, "mp3_duration", "str"),
            wav_duration=read(data, "wav_duration", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class BalanceDeduction(Model):
    """Money charged for the task (newest docs only)."""

    quota: str | None = None

    list_price: str | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["quota", "list_price"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BalanceDeduction:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            quota=read(data, "quota", "str"),
            list_price=read(data, "list_price", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class BillingItem(Model):
    """One charge. A task that failed before generating shows one entry with only `amount: "0"`;
    Comfy Router's output schema says some tasks omit `charge_type` and `cash_type` comes only
    with cash."""

    charge_type: Literal["cash", "unit"] | None = None
    """`cash` from the balance, `unit` from a resource pack; absent on the zero charge of a
    failed task."""

    cash_type: Literal["balance", "test_balance"] | None = None
    """Cash only."""

    amount: str
    """Decimal string: the discounted price (cash) or the units (unit)."""

    currency: Literal["CNY", "USD"] | None = None
    """Cash only."""

    package_type: Literal["video", "image", "audio"] | None = None
    """Unit only."""

    list_price: str | None = None
    """Cash only."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        ["charge_type", "cash_type", "amount", "currency", "package_type", "list_price"]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BillingItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            charge_type=read(data, "charge_type", "str"),
            cash_type=read(data, "cash_type", "str"),
            amount=require(data, "amount", "str", "BillingItem"),
            currency=read(data, "currency", "str"),
            package_type=read(data, "package_type", "str"),
            list_price=read(data, "list_price", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class CurrentTask(Model):
    """A task as /tasks and callbacks show it, whatever route (either design) created it. No
    task_result, no product or model field; a failed task has no business code, only message."""

    id: str
    """The system id: 18 digits live (2026-09-28), as the mock makes them."""

    status: CurrentTaskStatus
    """submitted -> processing -> succeeded | failed (note the -ed; the legacy design writes
    succeed)."""

    message: str | None = None
    """The failure reason (e.g. content risk); empty otherwise."""

    create_time: int
    """Unix milliseconds."""

    update_time: int
    """Unix milliseconds."""

    external_id: str | None = None
    """The options.external_task_id sent (note the different key)."""

    outputs: list[VideoOutput | ImageOutput | AudioOutput | VoiceOutput | ElementOutput] | None = (
        None
    )

    billing: list[BillingItem] = field(default_factory=list)
    """What the task was charged; units are deducted when the task completes."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        [
            "id",
            "status",
            "message",
            "create_time",
            "update_time",
            "external_id",
            "outputs",
            "billing",
        ]
    )

    def videos(self) -> list[VideoOutput]:
        """The task's outputs of type ``video`` (none until it has succeeded)."""
        return [item for item in self.outputs or [] if isinstance(item, VideoOutput)]

    def images(self) -> list[ImageOutput]:
        """The task's outputs of type ``image`` (none until it has succeeded)."""
        return [item for item in self.outputs or [] if isinstance(item, ImageOutput)]

    def audios(self) -> list[AudioOutput]:
        """The task's outputs of type ``audio`` (none until it has succeeded)."""
        return [item for item in self.outputs or [] if isinstance(item, AudioOutput)]

    def voices(self) -> list[VoiceOutput]:
        """The task's outputs of type ``voice`` (none until it has succeeded)."""
        return [item for item in self.outputs or [] if isinstance(item, VoiceOutput)]

    def elements(self) -> list[ElementOutput]:
        """The task's outputs of type ``element`` (none until it has succeeded)."""
        return [item for item in self.outputs or [] if isinstance(item, ElementOutput)]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CurrentTask:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            id=require(data, "id", "str", "CurrentTask"),
            status=require(data, "status", "str", "CurrentTask"),
            message=read(data, "message", "str"),
            create_time=require(data, "create_time", "int", "CurrentTask"),
            update_time=require(data, "update_time", "int", "CurrentTask"),
            external_id=read(data, "external_id", "str"),
            outputs=parse_models(
                data.get("outputs"),
                tagged(
                    "type",
                    {
                        "video": VideoOutput.from_dict,
                        "image": ImageOutput.from_dict,
                        "audio": AudioOutput.from_dict,
                        "voice": VoiceOutput.from_dict,
                        "element": ElementOutput.from_dict,
                    },
                ),
            ),
            billing=require_models(data.get("billing"), BillingItem.from_dict),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class ElementItem(Model):
    """An object in the API's answers the spec does not describe further."""

    element_id: int

    element_name: str

    element_description: str | None = None

    reference_type: Literal["video_refer", "image_refer"] | None = None

    element_image_list: dict[str, Any] | None = None

    element_video_list: dict[str, Any] | None = None

    element_voice_info: dict[str, Any] | None = None

    tag_list: list[ElementItemTagListItem] = field(default_factory=list)

    owned_by: str | None = None

    status: Literal["succeed", "deleted"] | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        [
            "element_id",
            "element_name",
            "element_description",
            "reference_type",
            "element_image_list",
            "element_video_list",
            "element_voice_info",
            "tag_list",
            "owned_by",
            "status",
        ]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ElementItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            element_id=require(data, "element_id", "int", "ElementItem"),
            element_name=require(data, "element_name", "str", "ElementItem"),
            element_description=read(data, "element_description", "str"),
            reference_type=read(data, "reference_type", "str"),
            element_image_list=read(data, "element_image_list", "dict"),
            element_video_list=read(data, "element_video_list", "dict"),
            element_voice_info=read(data, "element_voice_info", "dict"),
            tag_list=require_models(data.get("tag_list"), ElementItemTagListItem.from_dict),
            owned_by=read(data, "owned_by", "str"),
            status=read(data, "status", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class ElementItemTagListItem(Model):
    """An object in the API's answers the spec does not describe further."""

    tag_id: str | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["tag_id"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ElementItemTagListItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            tag_id=read(data, "tag_id", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class ElementMaterial(Model):
    """An object in the API's answers the spec does not describe further."""

    type: Literal["image", "video", "voice"]

    role: Literal["frontal", "reference", "refer"] | None = None
    """Image roles frontal/reference (English query page) or frontal/refer (callback and Chinese
    pages); video and voice are refer."""

    url: str

    id: str | None = None
    """Voice materials only."""

    name: str | None = None
    """Voice materials only."""

    owned_by: str | None = None
    """Voice materials only."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["type", "role", "url", "id", "name", "owned_by"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ElementMaterial:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            type=require(data, "type", "str", "ElementMaterial"),
            role=read(data, "role", "str"),
            url=require(data, "url", "str", "ElementMaterial"),
            id=read(data, "id", "str"),
            name=read(data, "name", "str"),
            owned_by=read(data, "owned_by", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class ElementOutput(Model):
    """An object in the API's answers the spec does not describe further."""

    type: Literal["element"]

    id: str

    name: str

    description: str | None = None

    element_type: Literal["video_character_elements", "multi_image_elements"] | None = None

    references: list[ElementMaterial] = field(default_factory=list)
    """Name on the English query pages."""

    materials: list[ElementMaterial] = field(default_factory=list)
    """Name on the callback page."""

    owned_by: str | None = None

    status: Literal["succeeded", "deleted"] | None = None

    tags: list[ElementOutputTagsItem] = field(default_factory=list)

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        [
            "type",
            "id",
            "name",
            "description",
            "element_type",
            "references",
            "materials",
            "owned_by",
            "status",
            "tags",
        ]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ElementOutput:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            type=require(data, "type", "str", "ElementOutput"),
            id=require(data, "id", "str", "ElementOutput"),
            name=require(data, "name", "str", "ElementOutput"),
            description=read(data, "description", "str"),
            element_type=read(data, "element_type", "str"),
            references=require_models(data.get("references"), ElementMaterial.from_dict),
            materials=require_models(data.get("materials"), ElementMaterial.from_dict),
            owned_by=read(data, "owned_by", "str"),
            status=read(data, "status", "str"),
            tags=require_models(data.get("tags"), ElementOutputTagsItem.from_dict),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class ElementOutputTagsItem(Model):
    """An object in the API's answers the spec does not describe further."""

    id: int | None = None

    name: str | None = None

    description: str | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["id", "name", "description"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ElementOutputTagsItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            id=read(data, "id", "int"),
            name=read(data, "name", "str"),
            description=read(data, "description", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class ImageItem(Model):
    """An object in the API's answers the spec does not describe further."""

    index: int
    """Position of the image in the batch. >= 0; <= 9."""

    url: str
    """Where the image can be downloaded (kept 30 days)."""

    watermark_url: str | None = None
    """The watermarked copy, when watermarking is on."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["index", "url", "watermark_url"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            index=require(data, "index", "int", "ImageItem"),
            url=require(data, "url", "str", "ImageItem"),
            watermark_url=read(data, "watermark_url", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class ImageOutput(Model):
    """An object in the API's answers the spec does not describe further."""

    type: Literal["image"]

    url: str

    watermark_url: str | None = None

    group_id: str | None = None
    """Only for grouped images. No id or index on image outputs."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["type", "url", "watermark_url", "group_id"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageOutput:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            type=require(data, "type", "str", "ImageOutput"),
            url=require(data, "url", "str", "ImageOutput"),
            watermark_url=read(data, "watermark_url", "str"),
            group_id=read(data, "group_id", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class ParentVideo(Model):
    """The video a task built on (video-extend, advanced lip sync, video-to-audio)."""

    id: str

    url: str

    duration: str
    """Length in seconds, as a decimal string."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["id", "url", "duration"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ParentVideo:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            id=require(data, "id", "str", "ParentVideo"),
            url=require(data, "url", "str", "ParentVideo"),
            duration=require(data, "duration", "str", "ParentVideo"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class Task(Model):
    """An asynchronous task as the query routes (and callbacks) return it."""

    task_id: str
    """The system's id for the task."""

    task_status: TaskStatus
    """Lifecycle of an asynchronous task. Note the official spelling `succeed`."""

    task_status_msg: str | None = None
    """Why the task failed (e.g. content moderation); empty otherwise."""

    task_info: TaskInfo | None = None
    """What the caller attached to the task."""

    task_result: TaskResult | None = None
    """What a finished task produced. Which arrays appear depends on the kind of task."""

    watermark_info: WatermarkInfo | None = None
    """Whether results also carry a watermarked copy (`watermark_url`). Custom watermarks are not
    supported."""

    final_unit_deduction: str | None = None
    """Units charged, as a decimal string."""

    final_balance_deduction: BalanceDeduction | None = None
    """Money charged for the task (newest docs only)."""

    created_at: int
    """Creation time, Unix milliseconds."""

    updated_at: int
    """Last change, Unix milliseconds."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        [
            "task_id",
            "task_status",
            "task_status_msg",
            "task_info",
            "task_result",
            "watermark_info",
            "final_unit_deduction",
            "final_balance_deduction",
            "created_at",
            "updated_at",
        ]
    )

    def result(self) -> TaskResult:
        """What the succeeded task produced (arrays it did not produce are empty).

        Raises:
            TaskFailedError: The task failed.
            KlingError: The task has not finished yet.
            ResponseShapeError: The task succeeded but the answer carries no result.
        """
        return succeeded_result(self, self.task_result, DESIGNS["legacy"], "Task")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Task:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            task_id=require(data, "task_id", "str", "Task"),
            task_status=require(data, "task_status", "str", "Task"),
            task_status_msg=read(data, "task_status_msg", "str"),
            task_info=parse_model(data.get("task_info"), TaskInfo.from_dict),
            task_result=parse_model(data.get("task_result"), TaskResult.from_dict),
            watermark_info=parse_model(data.get("watermark_info"), WatermarkInfo.from_dict),
            final_unit_deduction=read(data, "final_unit_deduction", "str"),
            final_balance_deduction=parse_model(
                data.get("final_balance_deduction"), BalanceDeduction.from_dict
            ),
            created_at=require(data, "created_at", "int", "Task"),
            updated_at=require(data, "updated_at", "int", "Task"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class TaskInfo(Model):
    """What the caller attached to the task."""

    external_task_id: str | None = None
    """The caller's own id, when one was sent."""

    parent_video: ParentVideo | None = None
    """The video a task built on (video-extend, advanced lip sync, video-to-audio)."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["external_task_id", "parent_video"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TaskInfo:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            external_task_id=read(data, "external_task_id", "str"),
            parent_video=parse_model(data.get("parent_video"), ParentVideo.from_dict),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class TaskResult(Model):
    """What a finished task produced. Which arrays appear depends on the kind of task."""

    result_type: Literal["single", "series"] | None = None
    """Image Omni only."""

    images: list[ImageItem] = field(default_factory=list)

    series_images: list[ImageItem] = field(default_factory=list)

    videos: list[VideoItem] = field(default_factory=list)

    audios: list[AudioItem] = field(default_factory=list)

    voices: list[VoiceItem] = field(default_factory=list)

    elements: list[ElementItem] = field(default_factory=list)

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        ["result_type", "images", "series_images", "videos", "audios", "voices", "elements"]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TaskResult:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            result_type=read(data, "result_type", "str"),
            images=require_models(data.get("images"), ImageItem.from_dict),
            series_images=require_models(data.get("series_images"), ImageItem.from_dict),
            videos=require_models(data.get("videos"), VideoItem.from_dict),
            audios=require_models(data.get("audios"), AudioItem.from_dict),
            voices=require_models(data.get("voices"), VoiceItem.from_dict),
            elements=require_models(data.get("elements"), ElementItem.from_dict),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class VideoItem(Model):
    """One generated video. Effects results carry no duration (the 2026-09-20 audit; no page in
    the reference sheets shows one, so unverified), hence duration is optional."""

    id: str
    """Video id, reusable by extend, lip sync and video-to-audio for 30 days."""

    url: str

    watermark_url: str | None = None

    duration: str | None = None
    """Length in seconds as a decimal string, e.g. "5" or "5.041"."""

    session_id: str | None = None
    """Multi-elements only; the selection session the video came from."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        ["id", "url", "watermark_url", "duration", "session_id"]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VideoItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            id=require(data, "id", "str", "VideoItem"),
            url=require(data, "url", "str", "VideoItem"),
            watermark_url=read(data, "watermark_url", "str"),
            duration=read(data, "duration", "str"),
            session_id=read(data, "session_id", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class VideoOutput(Model):
    """An object in the API's answers the spec does not describe further."""

    type: Literal["video"]

    id: str

    url: str
    """Hotlink-protected; cleared after 30 days."""

    watermark_url: str | None = None
    """Only when options.watermark_info.enabled was true."""

    duration: str | None = None
    """Seconds as a decimal string ("5.041"). Absent when the task's own route reports no
    duration (an effects video listed through /tasks)."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["type", "id", "url", "watermark_url", "duration"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VideoOutput:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            type=require(data, "type", "str", "VideoOutput"),
            id=require(data, "id", "str", "VideoOutput"),
            url=require(data, "url", "str", "VideoOutput"),
            watermark_url=read(data, "watermark_url", "str"),
            duration=read(data, "duration", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class VoiceItem(Model):
    """An object in the API's answers the spec does not describe further."""

    voice_id: str

    voice_name: str

    trial_url: str | None = None

    owned_by: str | None = None
    """`kling` for preset voices, otherwise the account's id."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["voice_id", "voice_name", "trial_url", "owned_by"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VoiceItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            voice_id=require(data, "voice_id", "str", "VoiceItem"),
            voice_name=require(data, "voice_name", "str", "VoiceItem"),
            trial_url=read(data, "trial_url", "str"),
            owned_by=read(data, "owned_by", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class VoiceOutput(Model):
    """An object in the API's answers the spec does not describe further."""

    type: Literal["voice"]

    id: str

    name: str

    url: str | None = None
    """The preview."""

    owned_by: str | None = None
    """`kling` for official voices, else the creator's id."""

    status: Literal["succeeded", "deleted"] | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["type", "id", "name", "url", "owned_by", "status"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VoiceOutput:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            type=require(data, "type", "str", "VoiceOutput"),
            id=require(data, "id", "str", "VoiceOutput"),
            name=require(data, "name", "str", "VoiceOutput"),
            url=read(data, "url", "str"),
            owned_by=read(data, "owned_by", "str"),
            status=read(data, "status", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class WatermarkInfo(Model):
    """Whether results also carry a watermarked copy (`watermark_url`). Custom watermarks are not
    supported."""

    enabled: bool | None = None
    """True to also produce a watermarked copy of every result."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["enabled"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WatermarkInfo:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            enabled=read(data, "enabled", "bool"),
            extra=extra(data, cls.KEYS),
        )
