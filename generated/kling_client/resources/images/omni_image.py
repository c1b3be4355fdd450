"""``client.images.omni_image``: Generate a single image or a series from a prompt with optional
reference images and elements.

``ImagesOmniImageResource`` serves ``KlingClient`` and ``AsyncImagesOmniImageResource``
(coroutine methods) serves ``AsyncKlingClient``: one template writes both, side by side, and both
send through the same plans of ``_http``. Generated from spec/ by kling-codegen: do not edit.
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
from ...models import Task
from ...params import ElementRefParam, OmniImageListItemParam, WatermarkInfoParam

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["ImagesOmniImageResource", "AsyncImagesOmniImageResource"]


class ImagesOmniImageCreateParams(CallOptions, total=False):
    """The arguments of ``images.omni_image.create`` (``create_and_wait`` takes them too)."""

    prompt: Required[str]
    model_name: Literal["kling-image-o1", "kling-v3-omni"] | None
    image_list: builtins.list[OmniImageListItemParam] | None
    element_list: builtins.list[ElementRefParam] | None
    resolution: Literal["1k", "2k", "4k"] | None
    result_type: Literal["single", "series"] | None
    n: int | None
    series_amount: int | str | None
    aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9", "auto"] | None
    watermark_info: WatermarkInfoParam | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class ImagesOmniImageResource(TaskQueries[Task]):
    """``client.images.omni_image``: Generate a single image or a series from a prompt with
    optional reference images and elements.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/images/omni-image/{task_id}",
                get_operation="getOmniImageTask",
                list_path="/v1/images/omni-image",
                list_operation="listOmniImageTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createOmniImageTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> ImagesOmniImageResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return ImagesOmniImageResourceRaw(self)

    def create(
        self,
        *,
        prompt: str,
        model_name: Literal["kling-image-o1", "kling-v3-omni"] | None = None,
        image_list: builtins.list[OmniImageListItemParam] | None = None,
        element_list: builtins.list[ElementRefParam] | None = None,
        resolution: Literal["1k", "2k", "4k"] | None = None,
        result_type: Literal["single", "series"] | None = None,
        n: int | None = None,
        series_amount: int | str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9", "auto"]
        | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate a single image or a series from a prompt with optional reference images and
        elements.

        Sends ``POST /v1/images/omni-image`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            prompt: What to generate, at most 2500 characters; may include what to avoid and may
                name a reference by position, e.g. <<<image_1>>>.
            model_name: Which Omni image model generates; series and 4K need kling-v3-omni. Server
                default: 'kling-image-o1'.
            image_list: Reference pictures; together with element_list at most 10 references. At
                most 10 items.
            element_list: Subject-library elements to include; together with image_list at most 10
                references. At most 10 items.
            resolution: Output resolution class; 4k only on kling-v3-omni. Server default: '1k'.
            result_type: `single` makes n independent images; `series` makes a coherent set of
                series_amount images (kling-v3-omni). Server default: 'single'.
            n: How many images for result_type = single (1 to 9); ignored for a series. >= 1; <= 9.
                Server default: 1.
            series_amount: How many images a series holds, 2 to 9, or `auto` to let the model decide
                (the task then holds as many concurrency slots as it produces). Ignored for
                result_type = single. >= 2; <= 9; matches ^(auto|[2-9])$. Server default: 4.
            aspect_ratio: Width:height of the images, or `auto` to follow the references. Server
                default: 'auto'.
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
            "/v1/images/omni-image",
            operation_id="createOmniImageTask",
            body={
                "model_name": model_name,
                "prompt": prompt,
                "image_list": image_list,
                "element_list": element_list,
                "resolution": resolution,
                "result_type": result_type,
                "n": n,
                "series_amount": series_amount,
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
        **params: Unpack[ImagesOmniImageCreateParams],
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


class ImagesOmniImageResourceRaw:
    """``images.omni_image.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ImagesOmniImageResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class AsyncImagesOmniImageResource(AsyncTaskQueries[Task]):
    """``client.images.omni_image``: Generate a single image or a series from a prompt with
    optional reference images and elements.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/images/omni-image/{task_id}",
                get_operation="getOmniImageTask",
                list_path="/v1/images/omni-image",
                list_operation="listOmniImageTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createOmniImageTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncImagesOmniImageResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncImagesOmniImageResourceRaw(self)

    async def create(
        self,
        *,
        prompt: str,
        model_name: Literal["kling-image-o1", "kling-v3-omni"] | None = None,
        image_list: builtins.list[OmniImageListItemParam] | None = None,
        element_list: builtins.list[ElementRefParam] | None = None,
        resolution: Literal["1k", "2k", "4k"] | None = None,
        result_type: Literal["single", "series"] | None = None,
        n: int | None = None,
        series_amount: int | str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9", "auto"]
        | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate a single image or a series from a prompt with optional reference images and
        elements.

        Sends ``POST /v1/images/omni-image`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            prompt: What to generate, at most 2500 characters; may include what to avoid and may
                name a reference by position, e.g. <<<image_1>>>.
            model_name: Which Omni image model generates; series and 4K need kling-v3-omni. Server
                default: 'kling-image-o1'.
            image_list: Reference pictures; together with element_list at most 10 references. At
                most 10 items.
            element_list: Subject-library elements to include; together with image_list at most 10
                references. At most 10 items.
            resolution: Output resolution class; 4k only on kling-v3-omni. Server default: '1k'.
            result_type: `single` makes n independent images; `series` makes a coherent set of
                series_amount images (kling-v3-omni). Server default: 'single'.
            n: How many images for result_type = single (1 to 9); ignored for a series. >= 1; <= 9.
                Server default: 1.
            series_amount: How many images a series holds, 2 to 9, or `auto` to let the model decide
                (the task then holds as many concurrency slots as it produces). Ignored for
                result_type = single. >= 2; <= 9; matches ^(auto|[2-9])$. Server default: 4.
            aspect_ratio: Width:height of the images, or `auto` to follow the references. Server
                default: 'auto'.
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
            "/v1/images/omni-image",
            operation_id="createOmniImageTask",
            body={
                "model_name": model_name,
                "prompt": prompt,
                "image_list": image_list,
                "element_list": element_list,
                "resolution": resolution,
                "result_type": result_type,
                "n": n,
                "series_amount": series_amount,
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
        **params: Unpack[ImagesOmniImageCreateParams],
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


class AsyncImagesOmniImageResourceRaw:
    """``images.omni_image.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncImagesOmniImageResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)
