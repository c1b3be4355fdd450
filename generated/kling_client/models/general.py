"""What ``client.general`` answers, as typed models.

Generated from spec/ by kling-codegen: do not edit. Import the models from ``kling_client.models``,
which re-exports every module's names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .._designs import DESIGNS
from .._parsing import (
    Model,
    extra,
    parse_model,
    read,
    require,
    require_model,
    require_models,
    succeeded_result,
)
from .shared import TaskInfo, TaskStatus

__all__ = [
    "AiMultiShotResult",
    "AiMultiShotTask",
    "AssetDeletion",
    "ImageSetItem",
    "OldCustomElement",
    "OldCustomElementElementReferListItem",
    "OldCustomElementTagListItem",
    "PresetElement",
    "PresetElementRecord",
    "PresetElementRecordTaskResult",
    "PresetElementTagListItem",
    "PresetVoice",
    "PresetVoiceRecord",
    "PresetVoiceRecordTaskResult",
]


@dataclass(frozen=True, kw_only=True)
class AiMultiShotResult(Model):
    """The sets of views a finished AI multi-shot task made."""

    images: list[ImageSetItem] = field(default_factory=list)

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["images"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AiMultiShotResult:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            images=require_models(data.get("images"), ImageSetItem.from_dict),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class AiMultiShotTask(Model):
    """An AI multi-shot task: the task object of every family, except that task_result.images
    lists sets of views (ImageSetItem) instead of single images."""

    task_id: str
    """The system's id for the task."""

    task_status: TaskStatus
    """Lifecycle of an asynchronous task. Note the official spelling `succeed`."""

    task_status_msg: str | None = None
    """Why the task failed; empty otherwise."""

    task_info: TaskInfo | None = None
    """What the caller attached to the task."""

    task_result: AiMultiShotResult | None = None
    """The sets of views a finished AI multi-shot task made."""

    final_unit_deduction: str | None = None
    """Units charged, as a decimal string."""

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
            "final_unit_deduction",
            "created_at",
            "updated_at",
        ]
    )

    def result(self) -> AiMultiShotResult:
        """What the succeeded task produced (arrays it did not produce are empty).

        Raises:
            TaskFailedError: The task failed.
            KlingError: The task has not finished yet.
            ResponseShapeError: The task succeeded but the answer carries no result.
        """
        return succeeded_result(self, self.task_result, DESIGNS["legacy"], "AiMultiShotTask")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AiMultiShotTask:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            task_id=require(data, "task_id", "str", "AiMultiShotTask"),
            task_status=require(data, "task_status", "str", "AiMultiShotTask"),
            task_status_msg=read(data, "task_status_msg", "str"),
            task_info=parse_model(data.get("task_info"), TaskInfo.from_dict),
            task_result=parse_model(data.get("task_result"), AiMultiShotResult.from_dict),
            final_unit_deduction=read(data, "final_unit_deduction", "str"),
            created_at=require(data, "created_at", "int", "AiMultiShotTask"),
            updated_at=require(data, "updated_at", "int", "AiMultiShotTask"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class AssetDeletion(Model):
    """What a delete route answers with."""

    task_id: str
    """Id of the deletion."""

    task_status: TaskStatus
    """Lifecycle of an asynchronous task. Note the official spelling `succeed`."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["task_id", "task_status"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AssetDeletion:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            task_id=require(data, "task_id", "str", "AssetDeletion"),
            task_status=require(data, "task_status", "str", "AssetDeletion"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class ImageSetItem(Model):
    """One set of three views of an element (AI multi-shot). The page's index comment reads
    "0-2", so a task makes three sets."""

    index: int
    """Position of the set. >= 0; <= 2."""

    url_1: str

    url_2: str

    url_3: str

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["index", "url_1", "url_2", "url_3"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageSetItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            index=require(data, "index", "int", "ImageSetItem"),
            url_1=require(data, "url_1", "str", "ImageSetItem"),
            url_2=require(data, "url_2", "str", "ImageSetItem"),
            url_3=require(data, "url_3", "str", "ImageSetItem"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class OldCustomElement(Model):
    """An object in the API's answers the spec does not describe further."""

    element_id: int

    element_name: str

    element_description: str | None = None

    element_frontal_image: str | None = None

    element_refer_list: list[OldCustomElementElementReferListItem] = field(default_factory=list)

    tag_list: list[OldCustomElementTagListItem] = field(default_factory=list)

    owned_by: str | None = None

    final_unit_deduction: str | None = None
    """Preset elements only."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        [
            "element_id",
            "element_name",
            "element_description",
            "element_frontal_image",
            "element_refer_list",
            "tag_list",
            "owned_by",
            "final_unit_deduction",
        ]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OldCustomElement:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            element_id=require(data, "element_id", "int", "OldCustomElement"),
            element_name=require(data, "element_name", "str", "OldCustomElement"),
            element_description=read(data, "element_description", "str"),
            element_frontal_image=read(data, "element_frontal_image", "str"),
            element_refer_list=require_models(
                data.get("element_refer_list"), OldCustomElementElementReferListItem.from_dict
            ),
            tag_list=require_models(data.get("tag_list"), OldCustomElementTagListItem.from_dict),
            owned_by=read(data, "owned_by", "str"),
            final_unit_deduction=read(data, "final_unit_deduction", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class OldCustomElementElementReferListItem(Model):
    """An object in the API's answers the spec does not describe further."""

    image_url: str | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["image_url"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OldCustomElementElementReferListItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            image_url=read(data, "image_url", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class OldCustomElementTagListItem(Model):
    """An object in the API's answers the spec does not describe further."""

    id: str | None = None

    name: str | None = None

    description: str | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["id", "name", "description"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OldCustomElementTagListItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            id=read(data, "id", "str"),
            name=read(data, "name", "str"),
            description=read(data, "description", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class PresetElement(Model):
    """An official element; owned_by is always kling."""

    element_id: int

    element_name: str

    element_description: str | None = None

    reference_type: Literal["video_refer", "image_refer"] | None = None

    element_image_list: dict[str, Any] | None = None

    element_video_list: dict[str, Any] | None = None

    element_voice_info: dict[str, Any] | None = None

    tag_list: list[PresetElementTagListItem] = field(default_factory=list)

    owned_by: Literal["kling"]

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
    def from_dict(cls, data: Mapping[str, Any]) -> PresetElement:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            element_id=require(data, "element_id", "int", "PresetElement"),
            element_name=require(data, "element_name", "str", "PresetElement"),
            element_description=read(data, "element_description", "str"),
            reference_type=read(data, "reference_type", "str"),
            element_image_list=read(data, "element_image_list", "dict"),
            element_video_list=read(data, "element_video_list", "dict"),
            element_voice_info=read(data, "element_voice_info", "dict"),
            tag_list=require_models(data.get("tag_list"), PresetElementTagListItem.from_dict),
            owned_by=require(data, "owned_by", "str", "PresetElement"),
            status=read(data, "status", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class PresetElementRecord(Model):
    """A task-like record of the preset list, holding official elements in task_result.elements."""

    task_id: str

    task_status: TaskStatus
    """Lifecycle of an asynchronous task. Note the official spelling `succeed`."""

    task_status_msg: str | None = None

    task_info: TaskInfo | None = None
    """What the caller attached to the task."""

    task_result: PresetElementRecordTaskResult

    final_unit_deduction: str | None = None

    created_at: int
    """Unix milliseconds."""

    updated_at: int
    """Unix milliseconds."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        [
            "task_id",
            "task_status",
            "task_status_msg",
            "task_info",
            "task_result",
            "final_unit_deduction",
            "created_at",
            "updated_at",
        ]
    )

    def result(self) -> PresetElementRecordTaskResult:
        """What the succeeded task produced (arrays it did not produce are empty).

        Raises:
            TaskFailedError: The task failed.
            KlingError: The task has not finished yet.
            ResponseShapeError: The task succeeded but the answer carries no result.
        """
        return succeeded_result(self, self.task_result, DESIGNS["legacy"], "PresetElementRecord")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PresetElementRecord:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            task_id=require(data, "task_id", "str", "PresetElementRecord"),
            task_status=require(data, "task_status", "str", "PresetElementRecord"),
            task_status_msg=read(data, "task_status_msg", "str"),
            task_info=parse_model(data.get("task_info"), TaskInfo.from_dict),
            task_result=require_model(
                data.get("task_result"), PresetElementRecordTaskResult.from_dict
            ),
            final_unit_deduction=read(data, "final_unit_deduction", "str"),
            created_at=require(data, "created_at", "int", "PresetElementRecord"),
            updated_at=require(data, "updated_at", "int", "PresetElementRecord"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class PresetElementRecordTaskResult(Model):
    """An object in the API's answers the spec does not describe further."""

    elements: list[PresetElement]

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["elements"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PresetElementRecordTaskResult:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            elements=require_models(data.get("elements"), PresetElement.from_dict),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class PresetElementTagListItem(Model):
    """An object in the API's answers the spec does not describe further."""

    tag_id: str | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["tag_id"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PresetElementTagListItem:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            tag_id=read(data, "tag_id", "str"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class PresetVoice(Model):
    """An official voice; owned_by is always kling."""

    voice_id: str

    voice_name: str

    trial_url: str

    owned_by: Literal["kling"]
    """`kling` for preset voices, otherwise the account's id."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["voice_id", "voice_name", "trial_url", "owned_by"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PresetVoice:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            voice_id=require(data, "voice_id", "str", "PresetVoice"),
            voice_name=require(data, "voice_name", "str", "PresetVoice"),
            trial_url=require(data, "trial_url", "str", "PresetVoice"),
            owned_by=require(data, "owned_by", "str", "PresetVoice"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class PresetVoiceRecord(Model):
    """A task-like record of the preset list, holding official voices in task_result.voices."""

    task_id: str

    task_status: TaskStatus
    """Lifecycle of an asynchronous task. Note the official spelling `succeed`."""

    task_status_msg: str | None = None

    task_result: PresetVoiceRecordTaskResult

    created_at: int
    """Unix milliseconds."""

    updated_at: int
    """Unix milliseconds."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        ["task_id", "task_status", "task_status_msg", "task_result", "created_at", "updated_at"]
    )

    def result(self) -> PresetVoiceRecordTaskResult:
        """What the succeeded task produced (arrays it did not produce are empty).

        Raises:
            TaskFailedError: The task failed.
            KlingError: The task has not finished yet.
            ResponseShapeError: The task succeeded but the answer carries no result.
        """
        return succeeded_result(self, self.task_result, DESIGNS["legacy"], "PresetVoiceRecord")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PresetVoiceRecord:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            task_id=require(data, "task_id", "str", "PresetVoiceRecord"),
            task_status=require(data, "task_status", "str", "PresetVoiceRecord"),
            task_status_msg=read(data, "task_status_msg", "str"),
            task_result=require_model(
                data.get("task_result"), PresetVoiceRecordTaskResult.from_dict
            ),
            created_at=require(data, "created_at", "int", "PresetVoiceRecord"),
            updated_at=require(data, "updated_at", "int", "PresetVoiceRecord"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class PresetVoiceRecordTaskResult(Model):
    """An object in the API's answers the spec does not describe further."""

    voices: list[PresetVoice]

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["voices"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PresetVoiceRecordTaskResult:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            voices=require_models(data.get("voices"), PresetVoice.from_dict),
            extra=extra(data, cls.KEYS),
        )
