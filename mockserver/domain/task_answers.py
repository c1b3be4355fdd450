"""Reading a task back out of a recorded answer (for replay, not for the handlers that build
answers); a task's fields are read by its design (spec.designs)."""

from __future__ import annotations

from typing import Any

from spec.designs import Design


def id_of(task: Any, design: Design) -> str | None:
    """A task object's id, in the words of ``design``."""
    return design.read(task).id
