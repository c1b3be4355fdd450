"""``client.videos.video_extend``: Extend a generated video by 4–5 seconds, with the same model
and mode.

``VideosVideoExtendResource`` serves ``KlingClient`` and ``AsyncVideosVideoExtendResource``
(coroutine methods) serves ``AsyncKlingClient``: one template writes both, side by side, and both
send through the same plans of ``_http``. Generated from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Required, Unpack

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
from ...models import Task
from ...params import WatermarkInfoParam

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["VideosVideoExtendResource", "AsyncVideosVideoExtendResource"]


class VideosVideoExtendCreateParams(CallOptions, total=False):
    """The arguments of ``videos.video_extend.create`` (``create_and_wait`` takes them too)."""

    video_id: Required[str]
    prompt: str | None
    negative_prompt: str | None
    cfg_scale: float | None
    watermark_info: WatermarkInfoParam | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class VideosVideoExtendResource(TaskQueries[Task]):
    """``client.videos.video_extend``: Extend a generated video by 4–5 seconds, with the same
    model and mode.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/video-extend/{task_id}",
                get_operation="getVideoExtendTask",
                list_path="/v1/videos/video-extend",
                list_operation="listVideoExtendTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createVideoExtendTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> VideosVideoExtendResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return VideosVideoExtendResourceRaw(self)

    def create(
        self,
        *,
        video_id: str,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Extend a generated video by 4–5 seconds, with the same model and mode.

        Sends ``POST /v1/videos/video-extend`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            video_id: A video id from text2video, image2video or an earlier extension, made by a
                V1.0, V1.5 or V1.6 model in the last 30 days; the extended video may not pass 3
                minutes. At least 1 characters.
            prompt: What to generate, in natural language; at most 2500 characters.
            negative_prompt: What to keep out of the result; at most 2500 characters.
            cfg_scale: How closely to follow the prompt; higher is stricter. Not supported by
                kling-v2.x models. >= 0; <= 1. Server default: 0.5.
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
            "/v1/videos/video-extend",
            operation_id="createVideoExtendTask",
            body={
                "video_id": video_id,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
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
        **params: Unpack[VideosVideoExtendCreateParams],
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


class VideosVideoExtendResourceRaw:
    """``videos.video_extend.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: VideosVideoExtendResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class AsyncVideosVideoExtendResource(AsyncTaskQueries[Task]):
    """``client.videos.video_extend``: Extend a generated video by 4–5 seconds, with the same
    model and mode.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/video-extend/{task_id}",
                get_operation="getVideoExtendTask",
                list_path="/v1/videos/video-extend",
                list_operation="listVideoExtendTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createVideoExtendTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncVideosVideoExtendResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncVideosVideoExtendResourceRaw(self)

    async def create(
        self,
        *,
        video_id: str,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Extend a generated video by 4–5 seconds, with the same model and mode.

        Sends ``POST /v1/videos/video-extend`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            video_id: A video id from text2video, image2video or an earlier extension, made by a
                V1.0, V1.5 or V1.6 model in the last 30 days; the extended video may not pass 3
                minutes. At least 1 characters.
            prompt: What to generate, in natural language; at most 2500 characters.
            negative_prompt: What to keep out of the result; at most 2500 characters.
            cfg_scale: How closely to follow the prompt; higher is stricter. Not supported by
                kling-v2.x models. >= 0; <= 1. Server default: 0.5.
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
            "/v1/videos/video-extend",
            operation_id="createVideoExtendTask",
            body={
                "video_id": video_id,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
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
        **params: Unpack[VideosVideoExtendCreateParams],
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


class AsyncVideosVideoExtendResourceRaw:
    """``videos.video_extend.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncVideosVideoExtendResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)
