"""What the spec's design blocks (components.x-kling-designs) say, for tests that check answers
against them instead of spelling codes or texts the spec owns."""

from __future__ import annotations

import functools

from spec.documents import load_bundle


@functools.cache
def unknown_task_answer(design: str = "legacy") -> tuple[int, int]:
    """(HTTP status, business code) a lookup of an unknown task gets in this design."""
    stated = load_bundle()["components"]["x-kling-designs"][design]["not_found"]
    return int(stated["status"]), int(stated["code"])
