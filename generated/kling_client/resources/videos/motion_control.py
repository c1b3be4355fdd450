"""``client.videos.motion_control``: Make the character of a reference image perform the motion
of a reference video.

``VideosMotionControlResource`` serves ``KlingClient`` and
``AsyncVideosMotionControlResource`` (coroutine methods) serves ``AsyncKlingClient``: one
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
from ...models import Mode, Task
from ...params import ElementRefParam, WatermarkInfoParam

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["VideosMotionControlResource", "AsyncVideosMotionControlResource"]


class VideosMotionControlCreateParams(CallOptions, total=False):
    """The arguments of ``videos.motion_control.create`` (``create_and_wait`` takes them too)."""

    image_url: Required[str]
    video_url: Required[str]
    character_orientation: Required[Literal["image", "video"]]
    mode: Required[Mode]
    model_name: Literal["kling-v2-6", "kling-v3"] | None
    prompt: str | None
    element_list: builtins.list[ElementRefParam] | None
    keep_original_sound: Literal["yes", "no"] | None
    watermark_info: WatermarkInfoParam | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class VideosMotionControlResource(TaskQueries[Task]):
    """``client.videos.motion_control``: Make the character of a reference image perform the
    motion of a reference video.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/motion-control/{task_id}",
                get_operation="getMotionControlTask",
                list_path="/v1/videos/motion-control",
                list_operation="listMotionControlTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createMotionControlTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> VideosMotionControlResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return VideosMotionControlResourceRaw(self)

    def create(
        self,
        *,
        image_url: str,
        video_url: str,
        character_orientation: Literal["image", "video"],
        mode: Mode,
        model_name: Literal["kling-v2-6", "kling-v3"] | None = None,
        prompt: str | None = None,
        element_list: builtins.list[ElementRefParam] | None = None,
        keep_original_sound: Literal["yes", "no"] | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Make the character of a reference image perform the motion of a reference video.

        Sends ``POST /v1/videos/motion-control`` and returns the task as the server accepted
        it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            image_url: The character image as a reachable URL or raw Base64 (no `data:` prefix).
                JPG/JPEG/PNG, at most 10 MB, sides 300–65536 px, aspect ratio between 1:2.5 and
                2.5:1. Show the upper or whole body, head and limbs unobstructed. At least 1
                characters.
            video_url: URL of the motion video: MP4/MOV, at most 100 MB, 340–3850 px per side, 3 s
                to 30 s (10 s when character_orientation is image). One continuous shot of one
                person works best. At least 1 characters; matches ^https?://\\S+$.
            character_orientation: Whose facing the character keeps: `image` (reference video at
                most 10 s) or `video` (reference video at most 30 s).
            mode: `std` is faster and cheaper; `pro` gives higher quality.
            model_name: Which video model generates. Server default: 'kling-v2-6'.
            prompt: Extra direction (scene elements, camera effects), at most 2500 characters.
            element_list: At most one subject-library element; with one, the output follows the
                video's orientation. At most 1 items.
            keep_original_sound: Whether the output keeps the reference video's sound. Server
                default: 'yes'.
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
            "/v1/videos/motion-control",
            operation_id="createMotionControlTask",
            body={
                "model_name": model_name,
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "element_list": element_list,
                "keep_original_sound": keep_original_sound,
                "character_orientation": character_orientation,
                "mode": mode,
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
        **params: Unpack[VideosMotionControlCreateParams],
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


class VideosMotionControlResourceRaw:
    """``videos.motion_control.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: VideosMotionControlResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class AsyncVideosMotionControlResource(AsyncTaskQueries[Task]):
    """``client.videos.motion_control``: Make the character of a reference image perform the
    motion of a reference video.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/motion-control/{task_id}",
                get_operation="getMotionControlTask",
                list_path="/v1/videos/motion-control",
                list_operation="listMotionControlTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createMotionControlTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncVideosMotionControlResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncVideosMotionControlResourceRaw(self)

    async def create(
        self,
        *,
        image_url: str,
        video_url: str,
        character_orientation: Literal["image", "video"],
        mode: Mode,
        model_name: Literal["kling-v2-6", "kling-v3"] | None = None,
        prompt: str | None = None,
        element_list: builtins.list[ElementRefParam] | None = None,
        keep_original_sound: Literal["yes", "no"] | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Make the character of a reference image perform the motion of a reference video.

        Sends ``POST /v1/videos/motion-control`` and returns the task as the server accepted
        it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            image_url: The character image as a reachable URL or raw Base64 (no `data:` prefix).
                JPG/JPEG/PNG, at most 10 MB, sides 300–65536 px, aspect ratio between 1:2.5 and
                2.5:1. Show the upper or whole body, head and limbs unobstructed. At least 1
                characters.
            video_url: URL of the motion video: MP4/MOV, at most 100 MB, 340–3850 px per side, 3 s
                to 30 s (10 s when character_orientation is image). One continuous shot of one
                person works best. At least 1 characters; matches ^https?://\\S+$.
            character_orientation: Whose facing the character keeps: `image` (reference video at
                most 10 s) or `video` (reference video at most 30 s).
            mode: `std` is faster and cheaper; `pro` gives higher quality.
            model_name: Which video model generates. Server default: 'kling-v2-6'.
            prompt: Extra direction (scene elements, camera effects), at most 2500 characters.
            element_list: At most one subject-library element; with one, the output follows the
                video's orientation. At most 1 items.
            keep_original_sound: Whether the output keeps the reference video's sound. Server
                default: 'yes'.
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
            "/v1/videos/motion-control",
            operation_id="createMotionControlTask",
            body={
                "model_name": model_name,
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "element_list": element_list,
                "keep_original_sound": keep_original_sound,
                "character_orientation": character_orientation,
                "mode": mode,
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
        **params: Unpack[VideosMotionControlCreateParams],
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


class AsyncVideosMotionControlResourceRaw:
    """``videos.motion_control.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncVideosMotionControlResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)
