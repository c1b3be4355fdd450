"""Reading tasks back out of an answer's ``data`` (for the code that reshapes or replays answers,
not for the handlers that build them); a task's fields are read by its design (spec.designs)."""

from __future__ import annotations

from typing import Any

from spec.designs import Design


def id_of(task: Any, design: Design) -> str | None:
    """A task object's id, in the words of ``design``."""
    return design.read(task).id


def tasks_in(data: Any) -> list[dict[str, Any]]:
    """The task objects of a ``data``: itself, its items, or its ``result`` page."""
    if isinstance(data, dict):
        page = data.get("result")
        return [data] if not isinstance(page, list) else [t for t in page if isinstance(t, dict)]
    return [t for t in data if isinstance(t, dict)] if isinstance(data, list) else []
