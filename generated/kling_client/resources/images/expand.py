"""``client.images.expand``: Extend an image beyond its borders (outpainting).

``ImagesExpandResource`` serves ``KlingClient`` and ``AsyncImagesExpandResource`` (coroutine
methods) serves ``AsyncKlingClient``: one template writes both, side by side, and both send
through the same plans of ``_http``. Generated from spec/ by kling-codegen: do not edit.
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

__all__ = ["ImagesExpandResource", "AsyncImagesExpandResource"]


class ImagesExpandCreateParams(CallOptions, total=False):
    """The arguments of ``images.expand.create`` (``create_and_wait`` takes them too)."""

    image: Required[str]
    up_expansion_ratio: Required[float]
    down_expansion_ratio: Required[float]
    left_expansion_ratio: Required[float]
    right_expansion_ratio: Required[float]
    prompt: str | None
    n: int | None
    watermark_info: WatermarkInfoParam | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class ImagesExpandResource(TaskQueries[Task]):
    """``client.images.expand``: Extend an image beyond its borders (outpainting).

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/images/editing/expand/{task_id}",
                get_operation="getImageExpandTask",
                list_path="/v1/images/editing/expand",
                list_operation="listImageExpandTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createImageExpandTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> ImagesExpandResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return ImagesExpandResourceRaw(self)

    def create(
        self,
        *,
        image: str,
        up_expansion_ratio: float,
        down_expansion_ratio: float,
        left_expansion_ratio: float,
        right_expansion_ratio: float,
        prompt: str | None = None,
        n: int | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Extend an image beyond its borders (outpainting).

        Sends ``POST /v1/images/editing/expand`` and returns the task as the server accepted
        it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            image: The picture to extend, as a URL or raw Base64. At least 1 characters.
            up_expansion_ratio: New area above the picture, as a multiple of its height (0.1 on a 20
                px tall image adds 2 px). >= 0; <= 2.
            down_expansion_ratio: New area below the picture, as a multiple of its height. >= 0; <=
                2.
            left_expansion_ratio: New area left of the picture, as a multiple of its width. >= 0; <=
                2.
            right_expansion_ratio: New area right of the picture, as a multiple of its width. >= 0;
                <= 2.
            prompt: What the new area should show; optional, at most 2500 characters.
            n: How many images to generate; each one holds a concurrency slot. >= 1; <= 9. Server
                default: 1.
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
            "/v1/images/editing/expand",
            operation_id="createImageExpandTask",
            body={
                "image": image,
                "up_expansion_ratio": up_expansion_ratio,
                "down_expansion_ratio": down_expansion_ratio,
                "left_expansion_ratio": left_expansion_ratio,
                "right_expansion_ratio": right_expansion_ratio,
                "prompt": prompt,
                "n": n,
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
        **params: Unpack[ImagesExpandCreateParams],
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


class ImagesExpandResourceRaw:
    """``images.expand.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ImagesExpandResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class AsyncImagesExpandResource(AsyncTaskQueries[Task]):
    """``client.images.expand``: Extend an image beyond its borders (outpainting).

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/images/editing/expand/{task_id}",
                get_operation="getImageExpandTask",
                list_path="/v1/images/editing/expand",
                list_operation="listImageExpandTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createImageExpandTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncImagesExpandResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncImagesExpandResourceRaw(self)

    async def create(
        self,
        *,
        image: str,
        up_expansion_ratio: float,
        down_expansion_ratio: float,
        left_expansion_ratio: float,
        right_expansion_ratio: float,
        prompt: str | None = None,
        n: int | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Extend an image beyond its borders (outpainting).

        Sends ``POST /v1/images/editing/expand`` and returns the task as the server accepted
        it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            image: The picture to extend, as a URL or raw Base64. At least 1 characters.
            up_expansion_ratio: New area above the picture, as a multiple of its height (0.1 on a 20
                px tall image adds 2 px). >= 0; <= 2.
            down_expansion_ratio: New area below the picture, as a multiple of its height. >= 0; <=
                2.
            left_expansion_ratio: New area left of the picture, as a multiple of its width. >= 0; <=
                2.
            right_expansion_ratio: New area right of the picture, as a multiple of its width. >= 0;
                <= 2.
            prompt: What the new area should show; optional, at most 2500 characters.
            n: How many images to generate; each one holds a concurrency slot. >= 1; <= 9. Server
                default: 1.
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
            "/v1/images/editing/expand",
            operation_id="createImageExpandTask",
            body={
                "image": image,
                "up_expansion_ratio": up_expansion_ratio,
                "down_expansion_ratio": down_expansion_ratio,
                "left_expansion_ratio": left_expansion_ratio,
                "right_expansion_ratio": right_expansion_ratio,
                "prompt": prompt,
                "n": n,
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
        **params: Unpack[ImagesExpandCreateParams],
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


class AsyncImagesExpandResourceRaw:
    """``images.expand.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncImagesExpandResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)
