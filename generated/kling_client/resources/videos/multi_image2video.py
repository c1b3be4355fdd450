"""``client.videos.multi_image2video``: Generate a video from up to four reference images of
subjects.

``VideosMultiImage2videoResource`` serves ``KlingClient`` and
``AsyncVideosMultiImage2videoResource`` (coroutine methods) serves ``AsyncKlingClient``: one
template writes both, side by side, and both send through the same plans of ``_http``. Generated
from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Required, Unpack

from ..._designs import DESIGNS
from ..._http import CallOptions, HttpCore, last_request_id
from ..._parsing import mapping, stamp
from ..._raw import async_raw, raw
from ..._tasks import AsyncTaskQueries, TaskQueries, TaskRoutes
from ..._waiting import (
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    Cancel,
    Progress,
)
from ...models import Mode, Task, VideoAspectRatio
from ...params import Image2VideoDynamicMaskParam, MultiImage2VideoImageParam, WatermarkInfoParam

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["VideosMultiImage2videoResource", "AsyncVideosMultiImage2videoResource"]


class VideosMultiImage2videoCreateParams(CallOptions, total=False):
    """The arguments of ``videos.multi_image2video.create`` (``create_and_wait`` takes them too)."""

    image_list: Required[builtins.list[MultiImage2VideoImageParam]]
    prompt: Required[str]
    model_name: Literal["kling-v1-6"] | None
    negative_prompt: str | None
    mode: Mode | None
    duration: Literal["5", "10"] | None
    aspect_ratio: VideoAspectRatio | None
    cfg_scale: float | None
    static_mask: str | None
    dynamic_masks: builtins.list[Image2VideoDynamicMaskParam] | None
    watermark_info: WatermarkInfoParam | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class VideosMultiImage2videoResource(TaskQueries[Task]):
    """``client.videos.multi_image2video``: Generate a video from up to four reference images of
    subjects.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/multi-image2video/{task_id}",
                get_operation="getMultiImage2VideoTask",
                list_path="/v1/videos/multi-image2video",
                list_operation="listMultiImage2VideoTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createMultiImage2VideoTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> VideosMultiImage2videoResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return VideosMultiImage2videoResourceRaw(self)

    def create(
        self,
        *,
        image_list: builtins.list[MultiImage2VideoImageParam],
        prompt: str,
        model_name: Literal["kling-v1-6"] | None = None,
        negative_prompt: str | None = None,
        mode: Mode | None = None,
        duration: Literal["5", "10"] | None = None,
        aspect_ratio: VideoAspectRatio | None = None,
        cfg_scale: float | None = None,
        static_mask: str | None = None,
        dynamic_masks: builtins.list[Image2VideoDynamicMaskParam] | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate a video from up to four reference images of subjects.

        Sends ``POST /v1/videos/multi-image2video`` and returns the task as the server
        accepted it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            image_list: Up to 4 reference images. At least 1 items; at most 4 items.
            prompt: What the subjects do, at most 2500 characters; required. At least 1 characters.
            model_name: The only model this route took (documented default kling-v1-6, retired live;
                the route itself answers "This API is no longer available".
            negative_prompt: What to keep out of the result; at most 2500 characters.
            mode: `std` is faster and cheaper; `pro` gives higher quality. Server default: 'std'.
            duration: Video length in seconds, as a string. Server default: '5'.
            aspect_ratio: Width:height of the generated video. Server default: '16:9'.
            cfg_scale: How closely to follow the prompt (listed by CometAPI only). >= 0; <= 1.
                Server default: 0.5.
            static_mask: Static motion-brush area, as in image2video (listed by CometAPI only). At
                least 1 characters.
            dynamic_masks: Motion-brush groups, as in image2video (listed by CometAPI only). At most
                6 items.
            watermark_info: Whether results also carry a watermarked copy (`watermark_url`). Custom
                watermarks are not supported.
            callback_url: An http(s) URL the server POSTs the task object to whenever its status
                changes. An empty string (as the official examples send) means no callback. At most
                2048 characters; matches ^(https?://[^\\s]+)?$.
            external_task_id: Your own id for the task, unique within your account; usable to query
                it. An empty string (as the official examples send) means none. At most 128
                characters.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "POST",
            "/v1/videos/multi-image2video",
            operation_id="createMultiImage2VideoTask",
            body={
                "model_name": model_name,
                "image_list": image_list,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "mode": mode,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "cfg_scale": cfg_scale,
                "static_mask": static_mask,
                "dynamic_masks": dynamic_masks,
                "watermark_info": watermark_info,
                "callback_url": callback_url,
                "external_task_id": external_task_id,
            },
            extra_body=extra_body,
            validate=validate,
            retry="with_id",
            id_field="external_task_id",
            timeout=timeout,
            **call_options,
        )
        return stamp(Task.from_dict(mapping(data)), last_request_id())

    def create_and_wait(
        self,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        request_timeout: float | None = None,
        on_progress: Progress | None = None,
        cancel: Cancel | None = None,
        **params: Unpack[VideosMultiImage2videoCreateParams],
    ) -> Task:
        """Create the task (``params`` are the arguments of ``create``) and wait until it finishes.

        Args:
            timeout: Seconds to wait for the task to finish before ``WaitTimeoutError``.
            poll_interval: Seconds before the first poll (the pause grows, or follows the
                server's ``Retry-After``).
            request_timeout: Seconds to wait for each HTTP answer (default: the client's).
            on_progress: Called with the task after every poll.
            cancel: An event; once it is set, ``WaitCancelledError``.

        Raises:
            TaskFailedError: The task failed (its message says why).
            WaitTimeoutError: The task was still running after ``timeout`` seconds.
            WaitCancelledError: ``cancel`` was set before the task finished.
        """
        task = self.create(**params, timeout=request_timeout)
        return self._finish(
            task,
            timeout=timeout,
            poll_interval=poll_interval,
            request_timeout=request_timeout,
            on_progress=on_progress,
            cancel=cancel,
        )


class VideosMultiImage2videoResourceRaw:
    """``videos.multi_image2video.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: VideosMultiImage2videoResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class AsyncVideosMultiImage2videoResource(AsyncTaskQueries[Task]):
    """``client.videos.multi_image2video``: Generate a video from up to four reference images of
    subjects.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/multi-image2video/{task_id}",
                get_operation="getMultiImage2VideoTask",
                list_path="/v1/videos/multi-image2video",
                list_operation="listMultiImage2VideoTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createMultiImage2VideoTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncVideosMultiImage2videoResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncVideosMultiImage2videoResourceRaw(self)

    async def create(
        self,
        *,
        image_list: builtins.list[MultiImage2VideoImageParam],
        prompt: str,
        model_name: Literal["kling-v1-6"] | None = None,
        negative_prompt: str | None = None,
        mode: Mode | None = None,
        duration: Literal["5", "10"] | None = None,
        aspect_ratio: VideoAspectRatio | None = None,
        cfg_scale: float | None = None,
        static_mask: str | None = None,
        dynamic_masks: builtins.list[Image2VideoDynamicMaskParam] | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate a video from up to four reference images of subjects.

        Sends ``POST /v1/videos/multi-image2video`` and returns the task as the server
        accepted it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            image_list: Up to 4 reference images. At least 1 items; at most 4 items.
            prompt: What the subjects do, at most 2500 characters; required. At least 1 characters.
            model_name: The only model this route took (documented default kling-v1-6, retired live;
                the route itself answers "This API is no longer available".
            negative_prompt: What to keep out of the result; at most 2500 characters.
            mode: `std` is faster and cheaper; `pro` gives higher quality. Server default: 'std'.
            duration: Video length in seconds, as a string. Server default: '5'.
            aspect_ratio: Width:height of the generated video. Server default: '16:9'.
            cfg_scale: How closely to follow the prompt (listed by CometAPI only). >= 0; <= 1.
                Server default: 0.5.
            static_mask: Static motion-brush area, as in image2video (listed by CometAPI only). At
                least 1 characters.
            dynamic_masks: Motion-brush groups, as in image2video (listed by CometAPI only). At most
                6 items.
            watermark_info: Whether results also carry a watermarked copy (`watermark_url`). Custom
                watermarks are not supported.
            callback_url: An http(s) URL the server POSTs the task object to whenever its status
                changes. An empty string (as the official examples send) means no callback. At most
                2048 characters; matches ^(https?://[^\\s]+)?$.
            external_task_id: Your own id for the task, unique within your account; usable to query
                it. An empty string (as the official examples send) means none. At most 128
                characters.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "POST",
            "/v1/videos/multi-image2video",
            operation_id="createMultiImage2VideoTask",
            body={
                "model_name": model_name,
                "image_list": image_list,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "mode": mode,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "cfg_scale": cfg_scale,
                "static_mask": static_mask,
                "dynamic_masks": dynamic_masks,
                "watermark_info": watermark_info,
                "callback_url": callback_url,
                "external_task_id": external_task_id,
            },
            extra_body=extra_body,
            validate=validate,
            retry="with_id",
            id_field="external_task_id",
            timeout=timeout,
            **call_options,
        )
        return stamp(Task.from_dict(mapping(data)), last_request_id())

    async def create_and_wait(
        self,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        request_timeout: float | None = None,
        on_progress: Progress | None = None,
        cancel: Cancel | None = None,
        **params: Unpack[VideosMultiImage2videoCreateParams],
    ) -> Task:
        """Create the task (``params`` are the arguments of ``create``) and wait until it finishes.

        Args:
            timeout: Seconds to wait for the task to finish before ``WaitTimeoutError``.
            poll_interval: Seconds before the first poll (the pause grows, or follows the
                server's ``Retry-After``).
            request_timeout: Seconds to wait for each HTTP answer (default: the client's).
            on_progress: Called with the task after every poll.
            cancel: An event; once it is set, ``WaitCancelledError``.

        Raises:
            TaskFailedError: The task failed (its message says why).
            WaitTimeoutError: The task was still running after ``timeout`` seconds.
            WaitCancelledError: ``cancel`` was set before the task finished.
        """
        task = await self.create(**params, timeout=request_timeout)
        return await self._finish(
            task,
            timeout=timeout,
            poll_interval=poll_interval,
            request_timeout=request_timeout,
            on_progress=on_progress,
            cancel=cancel,
        )


class AsyncVideosMultiImage2videoResourceRaw:
    """``videos.multi_image2video.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncVideosMultiImage2videoResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)
