"""``client.images.multi_image2image``: Generate images from up to four subject pictures plus
optional scene and style references.

``ImagesMultiImage2imageResource`` serves ``KlingClient`` and
``AsyncImagesMultiImage2imageResource`` (coroutine methods) serves ``AsyncKlingClient``: one
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
from ...models import ImageAspectRatio, Task
from ...params import MultiImage2ImageSubjectParam, WatermarkInfoParam

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["ImagesMultiImage2imageResource", "AsyncImagesMultiImage2imageResource"]


class ImagesMultiImage2imageCreateParams(CallOptions, total=False):
    """The arguments of ``images.multi_image2image.create`` (``create_and_wait`` takes them too)."""

    subject_image_list: Required[builtins.list[MultiImage2ImageSubjectParam]]
    model_name: Literal["kling-v2-1"] | None
    prompt: str | None
    negative_prompt: str | None
    scene_image: str | None
    style_image: str | None
    n: int | None
    aspect_ratio: ImageAspectRatio | None
    watermark_info: WatermarkInfoParam | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class ImagesMultiImage2imageResource(TaskQueries[Task]):
    """``client.images.multi_image2image``: Generate images from up to four subject pictures plus
    optional scene and style references.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/images/multi-image2image/{task_id}",
                get_operation="getMultiImage2ImageTask",
                list_path="/v1/images/multi-image2image",
                list_operation="listMultiImage2ImageTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createMultiImage2ImageTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> ImagesMultiImage2imageResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return ImagesMultiImage2imageResourceRaw(self)

    def create(
        self,
        *,
        subject_image_list: builtins.list[MultiImage2ImageSubjectParam],
        model_name: Literal["kling-v2-1"] | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        scene_image: str | None = None,
        style_image: str | None = None,
        n: int | None = None,
        aspect_ratio: ImageAspectRatio | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate images from up to four subject pictures plus optional scene and style
        references.

        Sends ``POST /v1/images/multi-image2image`` and returns the task as the server
        accepted it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            subject_image_list: One to four subject pictures, already cropped to the subject (the
                API does not crop). At least 1 items; at most 4 items.
            model_name: The only model that serves multi-image references. Server default:
                'kling-v2-1'.
            prompt: What to generate with the subjects; optional, at most 2500 characters.
            negative_prompt: What to keep out of the images; optional, at most 2500 characters.
            scene_image: Optional picture of the setting to place the subjects in. At least 1
                characters.
            style_image: Optional picture whose look the results should copy. At least 1 characters.
            n: How many images to generate; each one holds a concurrency slot. >= 1; <= 9. Server
                default: 1.
            aspect_ratio: Width:height of the generated images. Server default: '16:9'.
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
            "/v1/images/multi-image2image",
            operation_id="createMultiImage2ImageTask",
            body={
                "model_name": model_name,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "subject_image_list": subject_image_list,
                "scene_image": scene_image,
                "style_image": style_image,
                "n": n,
                "aspect_ratio": aspect_ratio,
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
        **params: Unpack[ImagesMultiImage2imageCreateParams],
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


class ImagesMultiImage2imageResourceRaw:
    """``images.multi_image2image.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ImagesMultiImage2imageResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class AsyncImagesMultiImage2imageResource(AsyncTaskQueries[Task]):
    """``client.images.multi_image2image``: Generate images from up to four subject pictures plus
    optional scene and style references.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/images/multi-image2image/{task_id}",
                get_operation="getMultiImage2ImageTask",
                list_path="/v1/images/multi-image2image",
                list_operation="listMultiImage2ImageTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createMultiImage2ImageTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncImagesMultiImage2imageResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncImagesMultiImage2imageResourceRaw(self)

    async def create(
        self,
        *,
        subject_image_list: builtins.list[MultiImage2ImageSubjectParam],
        model_name: Literal["kling-v2-1"] | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        scene_image: str | None = None,
        style_image: str | None = None,
        n: int | None = None,
        aspect_ratio: ImageAspectRatio | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate images from up to four subject pictures plus optional scene and style
        references.

        Sends ``POST /v1/images/multi-image2image`` and returns the task as the server
        accepted it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            subject_image_list: One to four subject pictures, already cropped to the subject (the
                API does not crop). At least 1 items; at most 4 items.
            model_name: The only model that serves multi-image references. Server default:
                'kling-v2-1'.
            prompt: What to generate with the subjects; optional, at most 2500 characters.
            negative_prompt: What to keep out of the images; optional, at most 2500 characters.
            scene_image: Optional picture of the setting to place the subjects in. At least 1
                characters.
            style_image: Optional picture whose look the results should copy. At least 1 characters.
            n: How many images to generate; each one holds a concurrency slot. >= 1; <= 9. Server
                default: 1.
            aspect_ratio: Width:height of the generated images. Server default: '16:9'.
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
            "/v1/images/multi-image2image",
            operation_id="createMultiImage2ImageTask",
            body={
                "model_name": model_name,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "subject_image_list": subject_image_list,
                "scene_image": scene_image,
                "style_image": style_image,
                "n": n,
                "aspect_ratio": aspect_ratio,
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
        **params: Unpack[ImagesMultiImage2imageCreateParams],
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


class AsyncImagesMultiImage2imageResourceRaw:
    """``images.multi_image2image.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncImagesMultiImage2imageResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)
