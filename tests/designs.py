"""What the spec's design blocks (components.x-kling-designs) say, for tests that check answers
against them instead of spelling codes or texts the spec owns."""

from __future__ import annotations

import functools
from typing import Any

from spec.documents import load_bundle


def _not_found(design: str) -> dict[str, Any]:
    stated: dict[str, Any] = load_bundle()["components"]["x-kling-designs"][design]["not_found"]
    return stated


@functools.cache
def unknown_task_answer(design: str = "legacy") -> tuple[int, int]:
    """(HTTP status, business code) a lookup of an unknown task gets in this design."""
    stated = _not_found(design)
    return int(stated["status"]), int(stated["code"])


@functools.cache
def unknown_task_answers(design: str = "legacy") -> frozenset[tuple[int, int]]:
    """The answer above and, where the spec records a documented form that differs from the live
    one, that form too (the real API may give either)."""
    documented = _not_found(design).get("documented") or _not_found(design)
    return frozenset(
        {unknown_task_answer(design), (int(documented["status"]), int(documented["code"]))}
    )
