"""``client.video``: Video generation on the current design (model in the path).

``VideoResource`` serves ``KlingClient`` and ``AsyncVideoResource`` (coroutine methods) serves
``AsyncKlingClient``: one template writes both, side by side, and both send through the same
plans of ``_http``. Generated from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._http import HttpCore
from .image_to_video import AsyncVideoImageToVideoResource, VideoImageToVideoResource
from .motion_control import AsyncVideoMotionControlResource, VideoMotionControlResource
from .omni_video import AsyncVideoOmniVideoResource, VideoOmniVideoResource
from .text_to_video import AsyncVideoTextToVideoResource, VideoTextToVideoResource

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["VideoResource", "AsyncVideoResource"]


class VideoResource:
    """``client.video``: Video generation on the current design (model in the path).

    Resources: text_to_video, image_to_video, omni_video, motion_control.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core
        self.text_to_video = VideoTextToVideoResource(core)
        self.image_to_video = VideoImageToVideoResource(core)
        self.omni_video = VideoOmniVideoResource(core)
        self.motion_control = VideoMotionControlResource(core)

    @cached_property
    def with_raw_response(self) -> VideoResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return VideoResourceRaw(self)


class VideoResourceRaw:
    """``video.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: VideoResource) -> None:
        self.resource = resource


class AsyncVideoResource:
    """``client.video``: Video generation on the current design (model in the path).

    Resources: text_to_video, image_to_video, omni_video, motion_control.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        self._core = core
        self.text_to_video = AsyncVideoTextToVideoResource(core)
        self.image_to_video = AsyncVideoImageToVideoResource(core)
        self.omni_video = AsyncVideoOmniVideoResource(core)
        self.motion_control = AsyncVideoMotionControlResource(core)

    @cached_property
    def with_raw_response(self) -> AsyncVideoResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncVideoResourceRaw(self)


class AsyncVideoResourceRaw:
    """``video.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncVideoResource) -> None:
        self.resource = resource
