"""What the mock adds to the spec's designs (``spec.designs``): how an account pays for a task,
and which fields of a projected task an answer's schema keeps. The words of each design (field
names, status spellings) live in spec.designs only."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spec.designs import CASH, UNIT


def charged_as(balance: Mapping[str, float], pack: str) -> str:
    """How an account pays for a task of ``pack``: in cash when its balance (KLING_BALANCE) has a
    ``cash`` entry and no units of that pack, else off the pack (the mock's default)."""
    return CASH if CASH in balance and pack not in balance else UNIT


def restricted(task: Mapping[str, Any], schema: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of a projected task that a (resolved) object schema declares."""
    declared = schema.get("properties") or {}
    return {key: value for key, value in task.items() if key in declared}
