"""Where the spec says its facts come from: the pages as the vendor serves them today."""

from __future__ import annotations

from typing import Any

import pytest

from spec.operations import iter_operations

MOVED = "https://kling.ai/document-api/api/video/3-0-omni/{}/legacy"


def source_of(bundle: dict[str, Any], operation_id: str) -> dict[str, Any]:
    [raw] = [raw for _, _, raw in iter_operations(bundle) if raw.get("operationId") == operation_id]
    source: dict[str, Any] = raw["x-kling-source"]
    return source


@pytest.mark.parametrize(
    ("operation_id", "page"),
    [
        ("createText2VideoTask", "text-to-video"),
        ("createImage2VideoTask", "image-to-video"),
        ("createOmniVideoTask", "video-omni"),
    ],
)
def test_the_legacy_video_bodies_cite_the_legacy_page_they_moved_to(
    bundle: dict[str, Any], operation_id: str, page: str
) -> None:
    """Since about 2026-10 the page without /legacy documents the current design."""
    assert source_of(bundle, operation_id)["page"] == MOVED.format(page)
