"""``client.audio.tts``: Synthesise speech from text with a preset or custom voice.

``AudioTtsResource`` serves ``KlingClient`` and ``AsyncAudioTtsResource`` (coroutine methods)
serves ``AsyncKlingClient``: one template writes both, side by side, and both send through the
same plans of ``_http``. Generated from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Required, Unpack

from ..._designs import DESIGNS
from ..._http import CallOptions, HttpCore, last_request_id
from ..._parsing import mapping, stamp
from ..._raw import async_raw, raw
from ..._waiting import (
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    Cancel,
    Progress,
    async_wait_for,
    wait_for,
)
from ...models import Task

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["AudioTtsResource", "AsyncAudioTtsResource"]


class AudioTtsCreateParams(CallOptions, total=False):
    """The arguments of ``audio.tts.create`` (``create_and_wait`` takes them too)."""

    text: Required[str]
    voice_id: Required[str]
    voice_language: Required[Literal["zh", "en"]]
    voice_speed: float | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class AudioTtsResource:
    """``client.audio.tts``: Synthesise speech from text with a preset or custom voice.

    Methods: create, create_and_wait.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AudioTtsResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AudioTtsResourceRaw(self)

    def create(
        self,
        *,
        text: str,
        voice_id: str,
        voice_language: Literal["zh", "en"],
        voice_speed: float | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Synthesise speech from text with a preset or custom voice.

        Text-to-speech. Unlike the other families, the create response already holds the
        finished task (task_status and task_result.audios[{id, url, duration}]), so this route
        has no query companions: neither official page documents a GET by task_id, a lookup by
        external_task_id or a list for tts, and the request has no callback_url or
        external_task_id to make one useful. The audio id it returns can feed the avatar route.

        Sends ``POST /v1/audio/tts`` and returns the task as the server accepted it.

        Args:
            text: What to say; at most 1000 characters. The server also screens the content. At
                least 1 characters.
            voice_id: A preset voice (e.g. oversea_male1; see GET /v1/general/presets-voices) or one
                of the account's custom voices. At least 1 characters.
            voice_language: Language of the voice; it must match the voice_id. Required even though
                it has a default. Server default: 'zh'.
            voice_speed: Speaking rate, meant to lie in [0.8, 2.0]; the server clamps values outside
                that range into it and rounds to one decimal place. Server default: 1.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "POST",
            "/v1/audio/tts",
            operation_id="createTtsTask",
            body={
                "text": text,
                "voice_id": voice_id,
                "voice_language": voice_language,
                "voice_speed": voice_speed,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
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
        **params: Unpack[AudioTtsCreateParams],
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
        return wait_for(
            task,
            None,
            sleep=self._core.sleep,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            cancel=cancel,
            words=DESIGNS["legacy"],
        )


class AudioTtsResourceRaw:
    """``audio.tts.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AudioTtsResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)


class AsyncAudioTtsResource:
    """``client.audio.tts``: Synthesise speech from text with a preset or custom voice.

    Methods (coroutines; iter is an async iterator): create, create_and_wait.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncAudioTtsResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncAudioTtsResourceRaw(self)

    async def create(
        self,
        *,
        text: str,
        voice_id: str,
        voice_language: Literal["zh", "en"],
        voice_speed: float | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Synthesise speech from text with a preset or custom voice.

        Text-to-speech. Unlike the other families, the create response already holds the
        finished task (task_status and task_result.audios[{id, url, duration}]), so this route
        has no query companions: neither official page documents a GET by task_id, a lookup by
        external_task_id or a list for tts, and the request has no callback_url or
        external_task_id to make one useful. The audio id it returns can feed the avatar route.

        Sends ``POST /v1/audio/tts`` and returns the task as the server accepted it.

        Args:
            text: What to say; at most 1000 characters. The server also screens the content. At
                least 1 characters.
            voice_id: A preset voice (e.g. oversea_male1; see GET /v1/general/presets-voices) or one
                of the account's custom voices. At least 1 characters.
            voice_language: Language of the voice; it must match the voice_id. Required even though
                it has a default. Server default: 'zh'.
            voice_speed: Speaking rate, meant to lie in [0.8, 2.0]; the server clamps values outside
                that range into it and rounds to one decimal place. Server default: 1.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "POST",
            "/v1/audio/tts",
            operation_id="createTtsTask",
            body={
                "text": text,
                "voice_id": voice_id,
                "voice_language": voice_language,
                "voice_speed": voice_speed,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
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
        **params: Unpack[AudioTtsCreateParams],
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
        return await async_wait_for(
            task,
            None,
            sleep=self._core.sleep,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            cancel=cancel,
            words=DESIGNS["legacy"],
        )


class AsyncAudioTtsResourceRaw:
    """``audio.tts.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAudioTtsResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
