"""``client.general.elements``: Create a custom element (subject) from reference images or a
reference video.

``GeneralElementsResource`` serves ``KlingClient`` and ``AsyncGeneralElementsResource``
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
from ..._parsing import mapping, require_models, stamp
from ..._raw import async_raw, raw
from ..._tasks import AsyncTaskQueries, TaskQueries, TaskRoutes
from ..._waiting import (
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    Cancel,
    Progress,
)
from ...models import AssetDeletion, PresetElementRecord, Task
from ...params import (
    CustomElementImageListParam,
    CustomElementTagParam,
    CustomElementVideoListParam,
)

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["GeneralElementsResource", "AsyncGeneralElementsResource"]


class GeneralElementsCreateParams(CallOptions, total=False):
    """The arguments of ``general.elements.create`` (``create_and_wait`` takes them too)."""

    element_name: Required[str]
    element_description: Required[str]
    reference_type: Required[Literal["video_refer", "image_refer"]]
    element_image_list: CustomElementImageListParam | None
    element_video_list: CustomElementVideoListParam | None
    element_voice_id: str | None
    tag_list: builtins.list[CustomElementTagParam] | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class GeneralElementsResource(TaskQueries[Task]):
    """``client.general.elements``: Create a custom element (subject) from reference images or a
    reference video.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter, presets,
    delete, delete_advanced.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/general/advanced-custom-elements/{task_id}",
                get_operation="getCustomElementTask",
                list_path="/v1/general/advanced-custom-elements",
                list_operation="listCustomElementTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createCustomElementTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> GeneralElementsResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return GeneralElementsResourceRaw(self)

    def create(
        self,
        *,
        element_name: str,
        element_description: str,
        reference_type: Literal["video_refer", "image_refer"],
        element_image_list: CustomElementImageListParam | None = None,
        element_video_list: CustomElementVideoListParam | None = None,
        element_voice_id: str | None = None,
        tag_list: builtins.list[CustomElementTagParam] | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Create a custom element (subject) from reference images or a reference video.

        Starts a task that adds a subject to the account's element library. `image_refer`
        builds it from one frontal image plus one to three other views; `video_refer` builds a
        realistic human figure from one short video (if the video has a human voice, a voice is
        cloned and bound too). Video elements only work with kling-video-o3 and later models. The
        finished task lists the element in task_result.elements; its element_id is what
        element_list fields elsewhere take.

        Sends ``POST /v1/general/advanced-custom-elements`` and returns the task as the server
        accepted it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            element_name: Name of the element; at most 20 characters. At least 1 characters.
            element_description: What the element is; at most 100 characters. At least 1 characters.
            reference_type: `image_refer` defines the subject by element_image_list; `video_refer`
                defines a realistic human figure by element_video_list. The two kinds work with
                different models (see the capability map).
            element_image_list: The images defining an image element: one frontal view and one to
                three other views (other angles or close-ups) that differ from it. Each image is a
                URL or raw Base64.
            element_video_list: The video defining a video element (exactly one).
            element_voice_id: A voice from the voice library (preset or custom) to bind to the
                element; empty means no voice. Video elements only.
            tag_list: Tags for the element; an element may carry several.
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
            "/v1/general/advanced-custom-elements",
            operation_id="createCustomElementTask",
            body={
                "element_name": element_name,
                "element_description": element_description,
                "reference_type": reference_type,
                "element_image_list": element_image_list,
                "element_video_list": element_video_list,
                "element_voice_id": element_voice_id,
                "tag_list": tag_list,
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
        **params: Unpack[GeneralElementsCreateParams],
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

    def presets(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> builtins.list[PresetElementRecord]:
        """List the official preset elements.

        The elements Kling provides to every account (owned_by kling), in task-like records
        that hold them in task_result.elements. Their element_id works wherever an element_list
        is accepted.

        Sends ``GET /v1/general/advanced-presets-elements``; the answer holds the result.

        Args:
            page_num: Page number, starting at 1. >= 1; <= 1000. Server default: 1.
            page_size: Tasks per page. >= 1; <= 500. Server default: 30.
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "GET",
            "/v1/general/advanced-presets-elements",
            operation_id="listPresetElements",
            params={
                "pageNum": page_num,
                "pageSize": page_size,
            },
            retry="always",
            timeout=timeout,
            **call_options,
        )
        return require_models(data, PresetElementRecord.from_dict)

    def delete(
        self,
        *,
        element_id: str | int,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AssetDeletion:
        """Delete one of the account's custom elements.

        Marks a custom element as deleted (its record then shows status deleted). Preset
        elements (owned_by kling) cannot be deleted; an unknown element_id answers 404/1203.

        Sends ``POST /v1/general/delete-elements``; the answer holds the result.

        Args:
            element_id: The element_id of one of the account's custom elements, as a decimal string
                (the integer form is accepted too); preset elements cannot be deleted. >= 1; matches
                ^[1-9][0-9]*$.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "POST",
            "/v1/general/delete-elements",
            operation_id="deleteCustomElement",
            body={
                "element_id": element_id,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(AssetDeletion.from_dict(mapping(data)), last_request_id())

    def delete_advanced(
        self,
        *,
        element_id: str | int,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AssetDeletion:
        """Delete one of the account's advanced custom elements (video-side path).

        Sends ``POST /v1/general/delete-advanced-elements``; the answer holds the result.

        Args:
            element_id: The element_id of one of the account's custom elements, as a decimal string
                (the integer form is accepted too); preset elements cannot be deleted. >= 1; matches
                ^[1-9][0-9]*$.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "POST",
            "/v1/general/delete-advanced-elements",
            operation_id="deleteAdvancedCustomElement",
            body={
                "element_id": element_id,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(AssetDeletion.from_dict(mapping(data)), last_request_id())


class GeneralElementsResourceRaw:
    """``general.elements.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: GeneralElementsResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)
        self.presets = raw(resource.presets)
        self.delete = raw(resource.delete)
        self.delete_advanced = raw(resource.delete_advanced)


class AsyncGeneralElementsResource(AsyncTaskQueries[Task]):
    """``client.general.elements``: Create a custom element (subject) from reference images or a
    reference video.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter, presets, delete, delete_advanced.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/general/advanced-custom-elements/{task_id}",
                get_operation="getCustomElementTask",
                list_path="/v1/general/advanced-custom-elements",
                list_operation="listCustomElementTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createCustomElementTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncGeneralElementsResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncGeneralElementsResourceRaw(self)

    async def create(
        self,
        *,
        element_name: str,
        element_description: str,
        reference_type: Literal["video_refer", "image_refer"],
        element_image_list: CustomElementImageListParam | None = None,
        element_video_list: CustomElementVideoListParam | None = None,
        element_voice_id: str | None = None,
        tag_list: builtins.list[CustomElementTagParam] | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Create a custom element (subject) from reference images or a reference video.

        Starts a task that adds a subject to the account's element library. `image_refer`
        builds it from one frontal image plus one to three other views; `video_refer` builds a
        realistic human figure from one short video (if the video has a human voice, a voice is
        cloned and bound too). Video elements only work with kling-video-o3 and later models. The
        finished task lists the element in task_result.elements; its element_id is what
        element_list fields elsewhere take.

        Sends ``POST /v1/general/advanced-custom-elements`` and returns the task as the server
        accepted it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            element_name: Name of the element; at most 20 characters. At least 1 characters.
            element_description: What the element is; at most 100 characters. At least 1 characters.
            reference_type: `image_refer` defines the subject by element_image_list; `video_refer`
                defines a realistic human figure by element_video_list. The two kinds work with
                different models (see the capability map).
            element_image_list: The images defining an image element: one frontal view and one to
                three other views (other angles or close-ups) that differ from it. Each image is a
                URL or raw Base64.
            element_video_list: The video defining a video element (exactly one).
            element_voice_id: A voice from the voice library (preset or custom) to bind to the
                element; empty means no voice. Video elements only.
            tag_list: Tags for the element; an element may carry several.
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
            "/v1/general/advanced-custom-elements",
            operation_id="createCustomElementTask",
            body={
                "element_name": element_name,
                "element_description": element_description,
                "reference_type": reference_type,
                "element_image_list": element_image_list,
                "element_video_list": element_video_list,
                "element_voice_id": element_voice_id,
                "tag_list": tag_list,
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
        **params: Unpack[GeneralElementsCreateParams],
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

    async def presets(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> builtins.list[PresetElementRecord]:
        """List the official preset elements.

        The elements Kling provides to every account (owned_by kling), in task-like records
        that hold them in task_result.elements. Their element_id works wherever an element_list
        is accepted.

        Sends ``GET /v1/general/advanced-presets-elements``; the answer holds the result.

        Args:
            page_num: Page number, starting at 1. >= 1; <= 1000. Server default: 1.
            page_size: Tasks per page. >= 1; <= 500. Server default: 30.
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "GET",
            "/v1/general/advanced-presets-elements",
            operation_id="listPresetElements",
            params={
                "pageNum": page_num,
                "pageSize": page_size,
            },
            retry="always",
            timeout=timeout,
            **call_options,
        )
        return require_models(data, PresetElementRecord.from_dict)

    async def delete(
        self,
        *,
        element_id: str | int,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AssetDeletion:
        """Delete one of the account's custom elements.

        Marks a custom element as deleted (its record then shows status deleted). Preset
        elements (owned_by kling) cannot be deleted; an unknown element_id answers 404/1203.

        Sends ``POST /v1/general/delete-elements``; the answer holds the result.

        Args:
            element_id: The element_id of one of the account's custom elements, as a decimal string
                (the integer form is accepted too); preset elements cannot be deleted. >= 1; matches
                ^[1-9][0-9]*$.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "POST",
            "/v1/general/delete-elements",
            operation_id="deleteCustomElement",
            body={
                "element_id": element_id,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(AssetDeletion.from_dict(mapping(data)), last_request_id())

    async def delete_advanced(
        self,
        *,
        element_id: str | int,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AssetDeletion:
        """Delete one of the account's advanced custom elements (video-side path).

        Sends ``POST /v1/general/delete-advanced-elements``; the answer holds the result.

        Args:
            element_id: The element_id of one of the account's custom elements, as a decimal string
                (the integer form is accepted too); preset elements cannot be deleted. >= 1; matches
                ^[1-9][0-9]*$.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "POST",
            "/v1/general/delete-advanced-elements",
            operation_id="deleteAdvancedCustomElement",
            body={
                "element_id": element_id,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(AssetDeletion.from_dict(mapping(data)), last_request_id())


class AsyncGeneralElementsResourceRaw:
    """``general.elements.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncGeneralElementsResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)
        self.presets = async_raw(resource.presets)
        self.delete = async_raw(resource.delete)
        self.delete_advanced = async_raw(resource.delete_advanced)
