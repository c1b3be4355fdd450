"""``client.general.ai_multi_shot``: Infer three sets of other views of an element from its front
view.

``GeneralAiMultiShotResource`` serves ``KlingClient`` and ``AsyncGeneralAiMultiShotResource``
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
from ...models import AiMultiShotTask

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["GeneralAiMultiShotResource", "AsyncGeneralAiMultiShotResource"]


class GeneralAiMultiShotCreateParams(CallOptions, total=False):
    """The arguments of ``general.ai_multi_shot.create`` (``create_and_wait`` takes them too)."""

    element_frontal_image: Required[str]
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class GeneralAiMultiShotResource(TaskQueries[AiMultiShotTask]):
    """``client.general.ai_multi_shot``: Infer three sets of other views of an element from its
    front view.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/general/ai-multi-shot/{task_id}",
                get_operation="getAiMultiShotTask",
                list_path="/v1/general/ai-multi-shot",
                list_operation="listAiMultiShotTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createAiMultiShotTask",
            ),
            AiMultiShotTask.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> GeneralAiMultiShotResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return GeneralAiMultiShotResourceRaw(self)

    def create(
        self,
        *,
        element_frontal_image: str,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AiMultiShotTask:
        """Infer three sets of other views of an element from its front view.

        Sends ``POST /v1/general/ai-multi-shot`` and returns the task as the server accepted
        it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            element_frontal_image: The element's front view (URL or raw Base64; JPG/PNG, <= 10 MB,
                >= 300 px, 1:2.5-2.5:1). At least 1 characters.
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
            "/v1/general/ai-multi-shot",
            operation_id="createAiMultiShotTask",
            body={
                "element_frontal_image": element_frontal_image,
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
        return stamp(AiMultiShotTask.from_dict(mapping(data)), last_request_id())

    def create_and_wait(
        self,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        request_timeout: float | None = None,
        on_progress: Progress | None = None,
        cancel: Cancel | None = None,
        **params: Unpack[GeneralAiMultiShotCreateParams],
    ) -> AiMultiShotTask:
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


class GeneralAiMultiShotResourceRaw:
    """``general.ai_multi_shot.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: GeneralAiMultiShotResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class AsyncGeneralAiMultiShotResource(AsyncTaskQueries[AiMultiShotTask]):
    """``client.general.ai_multi_shot``: Infer three sets of other views of an element from its
    front view.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/general/ai-multi-shot/{task_id}",
                get_operation="getAiMultiShotTask",
                list_path="/v1/general/ai-multi-shot",
                list_operation="listAiMultiShotTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createAiMultiShotTask",
            ),
            AiMultiShotTask.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncGeneralAiMultiShotResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncGeneralAiMultiShotResourceRaw(self)

    async def create(
        self,
        *,
        element_frontal_image: str,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AiMultiShotTask:
        """Infer three sets of other views of an element from its front view.

        Sends ``POST /v1/general/ai-multi-shot`` and returns the task as the server accepted
        it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            element_frontal_image: The element's front view (URL or raw Base64; JPG/PNG, <= 10 MB,
                >= 300 px, 1:2.5-2.5:1). At least 1 characters.
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
            "/v1/general/ai-multi-shot",
            operation_id="createAiMultiShotTask",
            body={
                "element_frontal_image": element_frontal_image,
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
        return stamp(AiMultiShotTask.from_dict(mapping(data)), last_request_id())

    async def create_and_wait(
        self,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        request_timeout: float | None = None,
        on_progress: Progress | None = None,
        cancel: Cancel | None = None,
        **params: Unpack[GeneralAiMultiShotCreateParams],
    ) -> AiMultiShotTask:
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


class AsyncGeneralAiMultiShotResourceRaw:
    """``general.ai_multi_shot.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncGeneralAiMultiShotResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)
