"""``client.general.custom_voices``: Clone a voice from an audio or video file, or from a Kling
video.

``GeneralCustomVoicesResource`` serves ``KlingClient`` and
``AsyncGeneralCustomVoicesResource`` (coroutine methods) serves ``AsyncKlingClient``: one
template writes both, side by side, and both send through the same plans of ``_http``. Generated
from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Required, Unpack

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
from ...models import AssetDeletion, PresetVoiceRecord, Task

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["GeneralCustomVoicesResource", "AsyncGeneralCustomVoicesResource"]


class GeneralCustomVoicesCreateParams(CallOptions, total=False):
    """The arguments of ``general.custom_voices.create`` (``create_and_wait`` takes them too)."""

    voice_name: Required[str]
    voice_url: str | None
    video_id: str | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class GeneralCustomVoicesResource(TaskQueries[Task]):
    """``client.general.custom_voices``: Clone a voice from an audio or video file, or from a
    Kling video.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter, presets,
    delete.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/general/custom-voices/{task_id}",
                get_operation="getCustomVoiceTask",
                list_path="/v1/general/custom-voices",
                list_operation="listCustomVoiceTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createCustomVoiceTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> GeneralCustomVoicesResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return GeneralCustomVoicesResourceRaw(self)

    def create(
        self,
        *,
        voice_name: str,
        voice_url: str | None = None,
        video_id: str | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Clone a voice from an audio or video file, or from a Kling video.

        Starts a task that builds a reusable voice from 5 to 30 seconds of one clean human
        voice. The finished task lists the new voice in task_result.voices; its voice_id works in
        text-to-speech, as an element's voice and wherever a voice_list is accepted. Voices that
        are no longer needed can be removed with POST /v1/general/delete-voices.

        Sends ``POST /v1/general/custom-voices`` and returns the task as the server accepted
        it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            voice_name: Name of the voice; at most 20 characters. At least 1 characters.
            voice_url: A downloadable.mp3/.wav audio or.mp4/.mov video file holding the voice sample
                (5 to 30 seconds). Leave out (or empty) when video_id is given. Matches
                ^(https?://\\S+)?$.
            video_id: A Kling video to take the voice from: one made by a v2.6 model with sound on,
                by the avatar route or by lip sync. Leave out (or empty) when voice_url is given.
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
            "/v1/general/custom-voices",
            operation_id="createCustomVoiceTask",
            body={
                "voice_name": voice_name,
                "voice_url": voice_url,
                "video_id": video_id,
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
        **params: Unpack[GeneralCustomVoicesCreateParams],
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
    ) -> builtins.list[PresetVoiceRecord]:
        """List the official preset voices.

        The voices Kling provides to every account (owned_by kling), in the same task-like
        records the custom voice list uses, each holding its voices in task_result.voices. Use a
        voice_id from here in text-to-speech together with its language.

        Sends ``GET /v1/general/presets-voices``; the answer holds the result.

        Args:
            page_num: Page number, starting at 1. >= 1; <= 1000. Server default: 1.
            page_size: Voices per page; the voice lists document a wider range than the task lists.
                >= 1; <= 1000. Server default: 30.
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "GET",
            "/v1/general/presets-voices",
            operation_id="listPresetVoices",
            params={
                "pageNum": page_num,
                "pageSize": page_size,
            },
            retry="always",
            timeout=timeout,
            **call_options,
        )
        return require_models(data, PresetVoiceRecord.from_dict)

    def delete(
        self,
        *,
        voice_id: str,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AssetDeletion:
        """Delete one of the account's custom voices.

        Removes a custom voice so it can no longer be used. Preset voices (owned_by kling)
        cannot be deleted; an unknown voice_id answers 404/1203.

        Sends ``POST /v1/general/delete-voices``; the answer holds the result.

        Args:
            voice_id: A voice_id from one of the account's custom voice tasks; preset voices cannot
                be deleted. At least 1 characters.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "POST",
            "/v1/general/delete-voices",
            operation_id="deleteCustomVoice",
            body={
                "voice_id": voice_id,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(AssetDeletion.from_dict(mapping(data)), last_request_id())


class GeneralCustomVoicesResourceRaw:
    """``general.custom_voices.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: GeneralCustomVoicesResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)
        self.presets = raw(resource.presets)
        self.delete = raw(resource.delete)


class AsyncGeneralCustomVoicesResource(AsyncTaskQueries[Task]):
    """``client.general.custom_voices``: Clone a voice from an audio or video file, or from a
    Kling video.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter, presets, delete.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/general/custom-voices/{task_id}",
                get_operation="getCustomVoiceTask",
                list_path="/v1/general/custom-voices",
                list_operation="listCustomVoiceTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createCustomVoiceTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncGeneralCustomVoicesResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncGeneralCustomVoicesResourceRaw(self)

    async def create(
        self,
        *,
        voice_name: str,
        voice_url: str | None = None,
        video_id: str | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Clone a voice from an audio or video file, or from a Kling video.

        Starts a task that builds a reusable voice from 5 to 30 seconds of one clean human
        voice. The finished task lists the new voice in task_result.voices; its voice_id works in
        text-to-speech, as an element's voice and wherever a voice_list is accepted. Voices that
        are no longer needed can be removed with POST /v1/general/delete-voices.

        Sends ``POST /v1/general/custom-voices`` and returns the task as the server accepted
        it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            voice_name: Name of the voice; at most 20 characters. At least 1 characters.
            voice_url: A downloadable.mp3/.wav audio or.mp4/.mov video file holding the voice sample
                (5 to 30 seconds). Leave out (or empty) when video_id is given. Matches
                ^(https?://\\S+)?$.
            video_id: A Kling video to take the voice from: one made by a v2.6 model with sound on,
                by the avatar route or by lip sync. Leave out (or empty) when voice_url is given.
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
            "/v1/general/custom-voices",
            operation_id="createCustomVoiceTask",
            body={
                "voice_name": voice_name,
                "voice_url": voice_url,
                "video_id": video_id,
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
        **params: Unpack[GeneralCustomVoicesCreateParams],
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
    ) -> builtins.list[PresetVoiceRecord]:
        """List the official preset voices.

        The voices Kling provides to every account (owned_by kling), in the same task-like
        records the custom voice list uses, each holding its voices in task_result.voices. Use a
        voice_id from here in text-to-speech together with its language.

        Sends ``GET /v1/general/presets-voices``; the answer holds the result.

        Args:
            page_num: Page number, starting at 1. >= 1; <= 1000. Server default: 1.
            page_size: Voices per page; the voice lists document a wider range than the task lists.
                >= 1; <= 1000. Server default: 30.
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "GET",
            "/v1/general/presets-voices",
            operation_id="listPresetVoices",
            params={
                "pageNum": page_num,
                "pageSize": page_size,
            },
            retry="always",
            timeout=timeout,
            **call_options,
        )
        return require_models(data, PresetVoiceRecord.from_dict)

    async def delete(
        self,
        *,
        voice_id: str,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AssetDeletion:
        """Delete one of the account's custom voices.

        Removes a custom voice so it can no longer be used. Preset voices (owned_by kling)
        cannot be deleted; an unknown voice_id answers 404/1203.

        Sends ``POST /v1/general/delete-voices``; the answer holds the result.

        Args:
            voice_id: A voice_id from one of the account's custom voice tasks; preset voices cannot
                be deleted. At least 1 characters.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "POST",
            "/v1/general/delete-voices",
            operation_id="deleteCustomVoice",
            body={
                "voice_id": voice_id,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(AssetDeletion.from_dict(mapping(data)), last_request_id())


class AsyncGeneralCustomVoicesResourceRaw:
    """``general.custom_voices.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncGeneralCustomVoicesResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)
        self.presets = async_raw(resource.presets)
        self.delete = async_raw(resource.delete)
