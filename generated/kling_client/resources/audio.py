"""``client.audio``: Sound effects, video soundtracks and speech synthesis.

Each resource comes twice from one template: ``XResource`` for ``KlingClient`` and
``AsyncXResource`` (coroutine methods) for ``AsyncKlingClient``; both send through the same
plans of ``_http``. Generated from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Required, Unpack

from .._designs import DESIGNS
from .._http import CallOptions, HttpCore, last_request_id
from .._parsing import mapping, stamp
from .._raw import async_raw, raw
from .._tasks import (
    AsyncTaskQueries,
    TaskQueries,
    TaskRoutes,
)
from .._waiting import (
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    Cancel,
    Progress,
    async_wait_for,
    wait_for,
)
from ..models import Task

if TYPE_CHECKING:
    from .._async_http import AsyncHttpCore


class AudioTextToAudioCreateParams(CallOptions, total=False):
    """The arguments of ``audio.text_to_audio.create`` (``create_and_wait`` takes them too)."""

    prompt: Required[str]
    duration: Required[float]
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class AudioVideoToAudioCreateParams(CallOptions, total=False):
    """The arguments of ``audio.video_to_audio.create`` (``create_and_wait`` takes them too)."""

    video_id: str | None
    video_url: str | None
    sound_effect_prompt: str | None
    bgm_prompt: str | None
    asmr_mode: bool | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class AudioTtsCreateParams(CallOptions, total=False):
    """The arguments of ``audio.tts.create`` (``create_and_wait`` takes them too)."""

    text: Required[str]
    voice_id: Required[str]
    voice_language: Required[Literal["zh", "en"]]
    voice_speed: float | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class AudioResource:
    """``client.audio``: Sound effects, video soundtracks and speech synthesis.

    Resources: text_to_audio, video_to_audio, tts.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core
        self.text_to_audio = AudioTextToAudioResource(core)
        self.video_to_audio = AudioVideoToAudioResource(core)
        self.tts = AudioTtsResource(core)

    @cached_property
    def with_raw_response(self) -> AudioResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AudioResourceRaw(self)


class AudioResourceRaw:
    """``audio.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AudioResource) -> None:
        self.text_to_audio = resource.text_to_audio.with_raw_response
        self.video_to_audio = resource.video_to_audio.with_raw_response
        self.tts = resource.tts.with_raw_response


class AudioTextToAudioResource(TaskQueries[Task]):
    """``client.audio.text_to_audio``: Generate a sound effect from a text prompt.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/audio/text-to-audio/{task_id}",
                get_operation="getTextToAudioTask",
                list_path="/v1/audio/text-to-audio",
                list_operation="listTextToAudioTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createTextToAudioTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AudioTextToAudioResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AudioTextToAudioResourceRaw(self)

    def create(
        self,
        *,
        prompt: str,
        duration: float,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate a sound effect from a text prompt.

        Starts a task that turns a short description into a sound clip of the requested
        length. The finished task carries one audio in MP3 and WAV form (url_mp3/url_wav with
        their durations).

        Sends ``POST /v1/audio/text-to-audio`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            prompt: The sound to generate, in natural language; at most 200 characters. At least 1
                characters.
            duration: Length of the audio in seconds, from 3.0 to 10.0, with at most one decimal
                place. >= 3; <= 10.
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
            "/v1/audio/text-to-audio",
            operation_id="createTextToAudioTask",
            body={
                "prompt": prompt,
                "duration": duration,
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
        **params: Unpack[AudioTextToAudioCreateParams],
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


class AudioTextToAudioResourceRaw:
    """``audio.text_to_audio.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AudioTextToAudioResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class AudioVideoToAudioResource(TaskQueries[Task]):
    """``client.audio.video_to_audio``: Generate sound effects and background music for a video.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/audio/video-to-audio/{task_id}",
                get_operation="getVideoToAudioTask",
                list_path="/v1/audio/video-to-audio",
                list_operation="listVideoToAudioTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createVideoToAudioTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AudioVideoToAudioResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AudioVideoToAudioResourceRaw(self)

    def create(
        self,
        *,
        video_id: str | None = None,
        video_url: str | None = None,
        sound_effect_prompt: str | None = None,
        bgm_prompt: str | None = None,
        asmr_mode: bool | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate sound effects and background music for a video.

        Starts a task that scores an existing video, given either as a Kling video id or as a
        downloadable URL. The finished task records the source in task_info.parent_video and
        returns the video with its new soundtrack (videos[]) plus the soundtrack alone (audios[],
        MP3 and WAV).

        Sends ``POST /v1/audio/video-to-audio`` and returns the task as the server accepted
        it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            video_id: A video generated by Kling within the last 30 days, 3.0 to 20.0 seconds long.
                Leave out (or empty) when video_url is given.
            video_url: A downloadable.mp4/.mov file of at most 100 MB, 3.0 to 20.0 seconds long.
                Leave out (or empty) when video_id is given. Matches ^(https?://\\S+)?$.
            sound_effect_prompt: What the sound effects should sound like; at most 200 characters.
            bgm_prompt: What the background music should sound like; at most 200 characters.
            asmr_mode: Emphasise fine, close-up sound detail for immersive content. Server default:
                False.
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
            "/v1/audio/video-to-audio",
            operation_id="createVideoToAudioTask",
            body={
                "video_id": video_id,
                "video_url": video_url,
                "sound_effect_prompt": sound_effect_prompt,
                "bgm_prompt": bgm_prompt,
                "asmr_mode": asmr_mode,
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
        **params: Unpack[AudioVideoToAudioCreateParams],
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


class AudioVideoToAudioResourceRaw:
    """``audio.video_to_audio.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AudioVideoToAudioResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


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


class AsyncAudioResource:
    """``client.audio``: Sound effects, video soundtracks and speech synthesis.

    Resources: text_to_audio, video_to_audio, tts.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        self._core = core
        self.text_to_audio = AsyncAudioTextToAudioResource(core)
        self.video_to_audio = AsyncAudioVideoToAudioResource(core)
        self.tts = AsyncAudioTtsResource(core)

    @cached_property
    def with_raw_response(self) -> AsyncAudioResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncAudioResourceRaw(self)


class AsyncAudioResourceRaw:
    """``audio.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAudioResource) -> None:
        self.text_to_audio = resource.text_to_audio.with_raw_response
        self.video_to_audio = resource.video_to_audio.with_raw_response
        self.tts = resource.tts.with_raw_response


class AsyncAudioTextToAudioResource(AsyncTaskQueries[Task]):
    """``client.audio.text_to_audio``: Generate a sound effect from a text prompt.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/audio/text-to-audio/{task_id}",
                get_operation="getTextToAudioTask",
                list_path="/v1/audio/text-to-audio",
                list_operation="listTextToAudioTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createTextToAudioTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncAudioTextToAudioResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncAudioTextToAudioResourceRaw(self)

    async def create(
        self,
        *,
        prompt: str,
        duration: float,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate a sound effect from a text prompt.

        Starts a task that turns a short description into a sound clip of the requested
        length. The finished task carries one audio in MP3 and WAV form (url_mp3/url_wav with
        their durations).

        Sends ``POST /v1/audio/text-to-audio`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            prompt: The sound to generate, in natural language; at most 200 characters. At least 1
                characters.
            duration: Length of the audio in seconds, from 3.0 to 10.0, with at most one decimal
                place. >= 3; <= 10.
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
            "/v1/audio/text-to-audio",
            operation_id="createTextToAudioTask",
            body={
                "prompt": prompt,
                "duration": duration,
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
        **params: Unpack[AudioTextToAudioCreateParams],
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


class AsyncAudioTextToAudioResourceRaw:
    """``audio.text_to_audio.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAudioTextToAudioResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)


class AsyncAudioVideoToAudioResource(AsyncTaskQueries[Task]):
    """``client.audio.video_to_audio``: Generate sound effects and background music for a video.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/audio/video-to-audio/{task_id}",
                get_operation="getVideoToAudioTask",
                list_path="/v1/audio/video-to-audio",
                list_operation="listVideoToAudioTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createVideoToAudioTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncAudioVideoToAudioResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncAudioVideoToAudioResourceRaw(self)

    async def create(
        self,
        *,
        video_id: str | None = None,
        video_url: str | None = None,
        sound_effect_prompt: str | None = None,
        bgm_prompt: str | None = None,
        asmr_mode: bool | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate sound effects and background music for a video.

        Starts a task that scores an existing video, given either as a Kling video id or as a
        downloadable URL. The finished task records the source in task_info.parent_video and
        returns the video with its new soundtrack (videos[]) plus the soundtrack alone (audios[],
        MP3 and WAV).

        Sends ``POST /v1/audio/video-to-audio`` and returns the task as the server accepted
        it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            video_id: A video generated by Kling within the last 30 days, 3.0 to 20.0 seconds long.
                Leave out (or empty) when video_url is given.
            video_url: A downloadable.mp4/.mov file of at most 100 MB, 3.0 to 20.0 seconds long.
                Leave out (or empty) when video_id is given. Matches ^(https?://\\S+)?$.
            sound_effect_prompt: What the sound effects should sound like; at most 200 characters.
            bgm_prompt: What the background music should sound like; at most 200 characters.
            asmr_mode: Emphasise fine, close-up sound detail for immersive content. Server default:
                False.
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
            "/v1/audio/video-to-audio",
            operation_id="createVideoToAudioTask",
            body={
                "video_id": video_id,
                "video_url": video_url,
                "sound_effect_prompt": sound_effect_prompt,
                "bgm_prompt": bgm_prompt,
                "asmr_mode": asmr_mode,
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
        **params: Unpack[AudioVideoToAudioCreateParams],
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


class AsyncAudioVideoToAudioResourceRaw:
    """``audio.video_to_audio.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAudioVideoToAudioResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)


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
