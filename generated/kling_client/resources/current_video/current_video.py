"""``client.current_video``: Video generation on the current design (model in the path).

``CurrentVideoResource`` serves ``KlingClient`` and ``AsyncCurrentVideoResource`` (coroutine
methods) serves ``AsyncKlingClient``: one template writes both, side by side, and both send
through the same plans of ``_http``. Generated from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._http import HttpCore
from .image_to_video import AsyncCurrentVideoImageToVideoResource, CurrentVideoImageToVideoResource
from .motion_control import (
    AsyncCurrentVideoMotionControlResource,
    CurrentVideoMotionControlResource,
)
from .omni_video import AsyncCurrentVideoOmniVideoResource, CurrentVideoOmniVideoResource
from .text_to_video import AsyncCurrentVideoTextToVideoResource, CurrentVideoTextToVideoResource

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["CurrentVideoResource", "AsyncCurrentVideoResource"]


class CurrentVideoResource:
    """``client.current_video``: Video generation on the current design (model in the path).

    Resources: text_to_video, image_to_video, omni_video, motion_control.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core
        self.text_to_video = CurrentVideoTextToVideoResource(core)
        self.image_to_video = CurrentVideoImageToVideoResource(core)
        self.omni_video = CurrentVideoOmniVideoResource(core)
        self.motion_control = CurrentVideoMotionControlResource(core)

    @cached_property
    def with_raw_response(self) -> CurrentVideoResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return CurrentVideoResourceRaw(self)


class CurrentVideoResourceRaw:
    """``current_video.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: CurrentVideoResource) -> None:
        self.resource = resource


class AsyncCurrentVideoResource:
    """``client.current_video``: Video generation on the current design (model in the path).

    Resources: text_to_video, image_to_video, omni_video, motion_control.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        self._core = core
        self.text_to_video = AsyncCurrentVideoTextToVideoResource(core)
        self.image_to_video = AsyncCurrentVideoImageToVideoResource(core)
        self.omni_video = AsyncCurrentVideoOmniVideoResource(core)
        self.motion_control = AsyncCurrentVideoMotionControlResource(core)

    @cached_property
    def with_raw_response(self) -> AsyncCurrentVideoResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncCurrentVideoResourceRaw(self)


class AsyncCurrentVideoResourceRaw:
    """``current_video.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncCurrentVideoResource) -> None:
        self.resource = resource
