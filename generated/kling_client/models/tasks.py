"""What ``client.tasks`` answers, as typed models.

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
    require_models,
)
from .shared import CurrentTask

__all__ = ["CurrentTaskCursorPage"]


@dataclass(frozen=True, kw_only=True)
class CurrentTaskCursorPage(Model):
    """An object in the API's answers the spec does not describe further."""

    result: list[CurrentTask] = field(default_factory=list)
    """Absent on an empty page (live)."""

    count: int
    """>= 0."""

    next_cursor: str | None = None
    """Absent on an empty page (live)."""

    has_more: bool

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["result", "count", "next_cursor", "has_more"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CurrentTaskCursorPage:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            result=require_models(data.get("result"), CurrentTask.from_dict),
            count=require(data, "count", "int", "CurrentTaskCursorPage"),
            next_cursor=read(data, "next_cursor", "str"),
            has_more=require(data, "has_more", "bool", "CurrentTaskCursorPage"),
            extra=extra(data, cls.KEYS),
        )
