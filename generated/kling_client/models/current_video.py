"""What ``client.current_video`` answers, as typed models.

Generated from spec/ by kling-codegen: do not edit. Import the models from ``kling_client.models``,
which re-exports every module's names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .._parsing import (
    Model,
    extra,
    read,
    require,
)
from .shared import CurrentTaskStatus

__all__ = ["CurrentTaskCreated"]


@dataclass(frozen=True, kw_only=True)
class CurrentTaskCreated(Model):
    """The live create answer: id, status, an empty message and the times; external_id only when
    options.external_task_id was sent."""

    id: str

    status: CurrentTaskStatus
    """submitted -> processing -> succeeded | failed (note the -ed; the legacy design writes
    succeed)."""

    message: str | None = None
    """Empty on a create."""

    create_time: int

    update_time: int

    external_id: str | None = None
    """Absent when no external id was sent."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        ["id", "status", "message", "create_time", "update_time", "external_id"]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CurrentTaskCreated:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            id=require(data, "id", "str", "CurrentTaskCreated"),
            status=require(data, "status", "str", "CurrentTaskCreated"),
            message=read(data, "message", "str"),
            create_time=require(data, "create_time", "int", "CurrentTaskCreated"),
            update_time=require(data, "update_time", "int", "CurrentTaskCreated"),
            external_id=read(data, "external_id", "str"),
            extra=extra(data, cls.KEYS),
        )
