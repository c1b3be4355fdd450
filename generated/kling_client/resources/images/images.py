"""``client.images``: Image generation and editing tasks.

``ImagesResource`` serves ``KlingClient`` and ``AsyncImagesResource`` (coroutine methods)
serves ``AsyncKlingClient``: one template writes both, side by side, and both send through the
same plans of ``_http``. Generated from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._http import HttpCore
from .expand import AsyncImagesExpandResource, ImagesExpandResource
from .generations import AsyncImagesGenerationsResource, ImagesGenerationsResource
from .multi_image2image import AsyncImagesMultiImage2imageResource, ImagesMultiImage2imageResource
from .omni_image import AsyncImagesOmniImageResource, ImagesOmniImageResource
from .virtual_try_on import AsyncImagesVirtualTryOnResource, ImagesVirtualTryOnResource

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["ImagesResource", "AsyncImagesResource"]


class ImagesResource:
    """``client.images``: Image generation and editing tasks.

    Resources: generations, omni_image, multi_image2image, expand, virtual_try_on.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core
        self.generations = ImagesGenerationsResource(core)
        self.omni_image = ImagesOmniImageResource(core)
        self.multi_image2image = ImagesMultiImage2imageResource(core)
        self.expand = ImagesExpandResource(core)
        self.virtual_try_on = ImagesVirtualTryOnResource(core)

    @cached_property
    def with_raw_response(self) -> ImagesResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return ImagesResourceRaw(self)


class ImagesResourceRaw:
    """``images.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ImagesResource) -> None:
        self.generations = resource.generations.with_raw_response
        self.omni_image = resource.omni_image.with_raw_response
        self.multi_image2image = resource.multi_image2image.with_raw_response
        self.expand = resource.expand.with_raw_response
        self.virtual_try_on = resource.virtual_try_on.with_raw_response


class AsyncImagesResource:
    """``client.images``: Image generation and editing tasks.

    Resources: generations, omni_image, multi_image2image, expand, virtual_try_on.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        self._core = core
        self.generations = AsyncImagesGenerationsResource(core)
        self.omni_image = AsyncImagesOmniImageResource(core)
        self.multi_image2image = AsyncImagesMultiImage2imageResource(core)
        self.expand = AsyncImagesExpandResource(core)
        self.virtual_try_on = AsyncImagesVirtualTryOnResource(core)

    @cached_property
    def with_raw_response(self) -> AsyncImagesResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncImagesResourceRaw(self)


class AsyncImagesResourceRaw:
    """``images.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncImagesResource) -> None:
        self.generations = resource.generations.with_raw_response
        self.omni_image = resource.omni_image.with_raw_response
        self.multi_image2image = resource.multi_image2image.with_raw_response
        self.expand = resource.expand.with_raw_response
        self.virtual_try_on = resource.virtual_try_on.with_raw_response
