"""``client.images.generations``: Generate images from text, optionally guided by a reference
image.

``ImagesGenerationsResource`` serves ``KlingClient`` and ``AsyncImagesGenerationsResource``
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
from ...models import ImageAspectRatio, Task
from ...params import ElementRefParam, WatermarkInfoParam

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["ImagesGenerationsResource", "AsyncImagesGenerationsResource"]


class ImagesGenerationsCreateParams(CallOptions, total=False):
    """The arguments of ``images.generations.create`` (``create_and_wait`` takes them too)."""

    prompt: Required[str]
    model_name: (
        Literal["kling-v1", "kling-v1-5", "kling-v2", "kling-v2-new", "kling-v2-1", "kling-v3"]
        | None
    )
    negative_prompt: str | None
    image: str | None
    image_reference: Literal["subject", "face"] | None
    image_fidelity: float | None
    human_fidelity: float | None
    element_list: builtins.list[ElementRefParam] | None
    resolution: Literal["1k", "2k"] | None
    n: int | None
    aspect_ratio: ImageAspectRatio | None
    watermark_info: WatermarkInfoParam | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class ImagesGenerationsResource(TaskQueries[Task]):
    """``client.images.generations``: Generate images from text, optionally guided by a reference
    image.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/images/generations/{task_id}",
                get_operation="getImageGenerationTask",
                list_path="/v1/images/generations",
                list_operation="listImageGenerationTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createImageGenerationTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> ImagesGenerationsResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return ImagesGenerationsResourceRaw(self)

    def create(
        self,
        *,
        prompt: str,
        model_name: Literal[
            "kling-v1", "kling-v1-5", "kling-v2", "kling-v2-new", "kling-v2-1", "kling-v3"
        ]
        | None = None,
        negative_prompt: str | None = None,
        image: str | None = None,
        image_reference: Literal["subject", "face"] | None = None,
        image_fidelity: float | None = None,
        human_fidelity: float | None = None,
        element_list: builtins.list[ElementRefParam] | None = None,
        resolution: Literal["1k", "2k"] | None = None,
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
        """Generate images from text, optionally guided by a reference image.

        Sends ``POST /v1/images/generations`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            prompt: What to generate, in natural language; at most 2500 characters.
            model_name: Which image model generates. Send kling-v3 for new integrations. Server
                default: 'kling-v3'.
            negative_prompt: What to keep out of the images; not accepted together with a reference
                image. At most 2500 characters.
            image: Reference image (URL or raw Base64); required when image_reference is set. At
                least 1 characters.
            image_reference: How the reference image is used: `subject` keeps the character's
                features, `face` its appearance (exactly one face).
            image_fidelity: How strongly the reference image shapes the result. >= 0; <= 1. Server
                default: 0.5.
            human_fidelity: How closely the person's likeness is kept; it only takes effect with
                image_reference = subject (ignored otherwise). >= 0; <= 1. Server default: 0.45.
            element_list: Subject-library elements to include; elements plus images at most 10. At
                most 10 items.
            resolution: Output resolution class. Server default: '1k'.
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
            "/v1/images/generations",
            operation_id="createImageGenerationTask",
            body={
                "model_name": model_name,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image": image,
                "image_reference": image_reference,
                "image_fidelity": image_fidelity,
                "human_fidelity": human_fidelity,
                "element_list": element_list,
                "resolution": resolution,
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
        **params: Unpack[ImagesGenerationsCreateParams],
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


class ImagesGenerationsResourceRaw:
    """``images.generations.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ImagesGenerationsResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class AsyncImagesGenerationsResource(AsyncTaskQueries[Task]):
    """``client.images.generations``: Generate images from text, optionally guided by a reference
    image.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/images/generations/{task_id}",
                get_operation="getImageGenerationTask",
                list_path="/v1/images/generations",
                list_operation="listImageGenerationTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createImageGenerationTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncImagesGenerationsResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncImagesGenerationsResourceRaw(self)

    async def create(
        self,
        *,
        prompt: str,
        model_name: Literal[
            "kling-v1", "kling-v1-5", "kling-v2", "kling-v2-new", "kling-v2-1", "kling-v3"
        ]
        | None = None,
        negative_prompt: str | None = None,
        image: str | None = None,
        image_reference: Literal["subject", "face"] | None = None,
        image_fidelity: float | None = None,
        human_fidelity: float | None = None,
        element_list: builtins.list[ElementRefParam] | None = None,
        resolution: Literal["1k", "2k"] | None = None,
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
        """Generate images from text, optionally guided by a reference image.

        Sends ``POST /v1/images/generations`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            prompt: What to generate, in natural language; at most 2500 characters.
            model_name: Which image model generates. Send kling-v3 for new integrations. Server
                default: 'kling-v3'.
            negative_prompt: What to keep out of the images; not accepted together with a reference
                image. At most 2500 characters.
            image: Reference image (URL or raw Base64); required when image_reference is set. At
                least 1 characters.
            image_reference: How the reference image is used: `subject` keeps the character's
                features, `face` its appearance (exactly one face).
            image_fidelity: How strongly the reference image shapes the result. >= 0; <= 1. Server
                default: 0.5.
            human_fidelity: How closely the person's likeness is kept; it only takes effect with
                image_reference = subject (ignored otherwise). >= 0; <= 1. Server default: 0.45.
            element_list: Subject-library elements to include; elements plus images at most 10. At
                most 10 items.
            resolution: Output resolution class. Server default: '1k'.
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
            "/v1/images/generations",
            operation_id="createImageGenerationTask",
            body={
                "model_name": model_name,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image": image,
                "image_reference": image_reference,
                "image_fidelity": image_fidelity,
                "human_fidelity": human_fidelity,
                "element_list": element_list,
                "resolution": resolution,
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
        **params: Unpack[ImagesGenerationsCreateParams],
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


class AsyncImagesGenerationsResourceRaw:
    """``images.generations.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncImagesGenerationsResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)
