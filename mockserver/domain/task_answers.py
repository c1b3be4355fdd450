"""Reading tasks back out of an answer's ``data``, in either design's words (for the code that
reshapes or replays answers, not for the handlers that build them)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def id_of(task: Any) -> str | None:
    """A task object's id: ``task_id`` (legacy) or ``id`` (current design)."""
    found = task.get("task_id", task.get("id")) if isinstance(task, Mapping) else None
    return str(found) if isinstance(found, str | int) and not isinstance(found, bool) else None


def tasks_in(data: Any) -> list[dict[str, Any]]:
    """The task objects of a ``data``: itself, its items, or its ``result`` page."""
    if isinstance(data, dict):
        page = data.get("result")
        return [data] if not isinstance(page, list) else [t for t in page if isinstance(t, dict)]
    return [t for t in data if isinstance(t, dict)] if isinstance(data, list) else []
