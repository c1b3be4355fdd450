"""``client.videos``: Video generation, extension and effect tasks.

``VideosResource`` serves ``KlingClient`` and ``AsyncVideosResource`` (coroutine methods)
serves ``AsyncKlingClient``: one template writes both, side by side, and both send through the
same plans of ``_http``. Generated from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from ..._http import CallOptions, HttpCore, last_request_id
from ..._parsing import mapping, stamp
from ..._raw import async_raw, raw
from ...models import ImageRecognizeData
from .advanced_lip_sync import AsyncVideosAdvancedLipSyncResource, VideosAdvancedLipSyncResource
from .avatar import AsyncVideosAvatarResource, VideosAvatarResource
from .effects import AsyncVideosEffectsResource, VideosEffectsResource
from .image2video import AsyncVideosImage2videoResource, VideosImage2videoResource
from .lip_sync import AsyncVideosLipSyncResource, VideosLipSyncResource
from .motion_control import AsyncVideosMotionControlResource, VideosMotionControlResource
from .multi_elements import AsyncVideosMultiElementsResource, VideosMultiElementsResource
from .multi_image2video import AsyncVideosMultiImage2videoResource, VideosMultiImage2videoResource
from .omni_video import AsyncVideosOmniVideoResource, VideosOmniVideoResource
from .text2video import AsyncVideosText2videoResource, VideosText2videoResource
from .video_extend import AsyncVideosVideoExtendResource, VideosVideoExtendResource

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["VideosResource", "AsyncVideosResource"]


class VideosResource:
    """``client.videos``: Video generation, extension and effect tasks.

    Methods: image_recognize.

    Resources: multi_elements, lip_sync, advanced_lip_sync, avatar, text2video, image2video,
    omni_video, multi_image2video, motion_control, video_extend, effects.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core
        self.multi_elements = VideosMultiElementsResource(core)
        self.lip_sync = VideosLipSyncResource(core)
        self.advanced_lip_sync = VideosAdvancedLipSyncResource(core)
        self.avatar = VideosAvatarResource(core)
        self.text2video = VideosText2videoResource(core)
        self.image2video = VideosImage2videoResource(core)
        self.omni_video = VideosOmniVideoResource(core)
        self.multi_image2video = VideosMultiImage2videoResource(core)
        self.motion_control = VideosMotionControlResource(core)
        self.video_extend = VideosVideoExtendResource(core)
        self.effects = VideosEffectsResource(core)

    @cached_property
    def with_raw_response(self) -> VideosResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return VideosResourceRaw(self)

    def image_recognize(
        self,
        *,
        image: str,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ImageRecognizeData:
        """Check which regions (subject, head, face, clothing) an image contains.

        Sends ``POST /v1/videos/image-recognize``; the answer holds the result.

        Args:
            image: The image to check (URL or raw Base64). At least 1 characters.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "POST",
            "/v1/videos/image-recognize",
            operation_id="recognizeImage",
            body={
                "image": image,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(ImageRecognizeData.from_dict(mapping(data)), last_request_id())


class VideosResourceRaw:
    """``videos.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: VideosResource) -> None:
        self.image_recognize = raw(resource.image_recognize)
        self.multi_elements = resource.multi_elements.with_raw_response
        self.lip_sync = resource.lip_sync.with_raw_response
        self.advanced_lip_sync = resource.advanced_lip_sync.with_raw_response
        self.avatar = resource.avatar.with_raw_response
        self.text2video = resource.text2video.with_raw_response
        self.image2video = resource.image2video.with_raw_response
        self.omni_video = resource.omni_video.with_raw_response
        self.multi_image2video = resource.multi_image2video.with_raw_response
        self.motion_control = resource.motion_control.with_raw_response
        self.video_extend = resource.video_extend.with_raw_response
        self.effects = resource.effects.with_raw_response


class AsyncVideosResource:
    """``client.videos``: Video generation, extension and effect tasks.

    Methods (coroutines; iter is an async iterator): image_recognize.

    Resources: multi_elements, lip_sync, advanced_lip_sync, avatar, text2video, image2video,
    omni_video, multi_image2video, motion_control, video_extend, effects.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        self._core = core
        self.multi_elements = AsyncVideosMultiElementsResource(core)
        self.lip_sync = AsyncVideosLipSyncResource(core)
        self.advanced_lip_sync = AsyncVideosAdvancedLipSyncResource(core)
        self.avatar = AsyncVideosAvatarResource(core)
        self.text2video = AsyncVideosText2videoResource(core)
        self.image2video = AsyncVideosImage2videoResource(core)
        self.omni_video = AsyncVideosOmniVideoResource(core)
        self.multi_image2video = AsyncVideosMultiImage2videoResource(core)
        self.motion_control = AsyncVideosMotionControlResource(core)
        self.video_extend = AsyncVideosVideoExtendResource(core)
        self.effects = AsyncVideosEffectsResource(core)

    @cached_property
    def with_raw_response(self) -> AsyncVideosResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncVideosResourceRaw(self)

    async def image_recognize(
        self,
        *,
        image: str,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ImageRecognizeData:
        """Check which regions (subject, head, face, clothing) an image contains.

        Sends ``POST /v1/videos/image-recognize``; the answer holds the result.

        Args:
            image: The image to check (URL or raw Base64). At least 1 characters.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "POST",
            "/v1/videos/image-recognize",
            operation_id="recognizeImage",
            body={
                "image": image,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(ImageRecognizeData.from_dict(mapping(data)), last_request_id())


class AsyncVideosResourceRaw:
    """``videos.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncVideosResource) -> None:
        self.image_recognize = async_raw(resource.image_recognize)
        self.multi_elements = resource.multi_elements.with_raw_response
        self.lip_sync = resource.lip_sync.with_raw_response
        self.advanced_lip_sync = resource.advanced_lip_sync.with_raw_response
        self.avatar = resource.avatar.with_raw_response
        self.text2video = resource.text2video.with_raw_response
        self.image2video = resource.image2video.with_raw_response
        self.omni_video = resource.omni_video.with_raw_response
        self.multi_image2video = resource.multi_image2video.with_raw_response
        self.motion_control = resource.motion_control.with_raw_response
        self.video_extend = resource.video_extend.with_raw_response
        self.effects = resource.effects.with_raw_response
