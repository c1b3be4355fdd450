"""``client.current_video.omni_video``: Generate or edit a video from a prompt, reference images,
elements and one video.

``CurrentVideoOmniVideoResource`` serves ``KlingClient`` and
``AsyncCurrentVideoOmniVideoResource`` (coroutine methods) serves ``AsyncKlingClient``: one
template writes both, side by side, and both send through the same plans of ``_http``. Generated
from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, Unpack

from ..._http import CallOptions, HttpCore, last_request_id
from ..._parsing import mapping, stamp
from ..._routes import GET_TASKS_BY_IDS_ROUTE
from ..._tasks import AsyncTaskBatch, TaskBatch
from ..._waiting import (
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    Cancel,
    Progress,
)
from ...models import CurrentTask, CurrentTaskCreated
from ...params import (
    ElementContentParam,
    OmniIgnoredContentParam,
    OmniIgnoredVideoContentParam,
    OmniImageContentParam,
    OmniVideoContentParam,
    OmniVideoSettingsParam,
    PromptContentParam,
    TaskOptionsParam,
    VoiceContentParam,
)

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["CurrentVideoOmniVideoResource", "AsyncCurrentVideoOmniVideoResource"]


class CurrentVideoOmniVideoCreateParams(CallOptions, total=False):
    """The arguments of ``current_video.omni_video.create`` (``create_and_wait`` takes them too)."""

    contents: Required[
        builtins.list[
            PromptContentParam
            | OmniImageContentParam
            | OmniVideoContentParam
            | ElementContentParam
            | VoiceContentParam
            | OmniIgnoredContentParam
            | OmniIgnoredVideoContentParam
        ]
    ]
    settings: OmniVideoSettingsParam | None
    options: TaskOptionsParam | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class CurrentVideoOmniVideoResource:
    """``client.current_video.omni_video``: Generate or edit a video from a prompt, reference
    images, elements and one video.

    Call it with model to get the resource whose methods use it:
    ``client.current_video.omni_video(...).create(...)``.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core

    def __call__(
        self,
        model: Literal[
            "kling-3.0-omni", "kling-o1", "kling-v3-omni", "kling-4.0", "kling-4.0-flash"
        ],
    ) -> CurrentVideoOmniVideoBoundResource:
        """The resource bound to these path values."""
        return CurrentVideoOmniVideoBoundResource(
            self._core,
            model,
        )


class CurrentVideoOmniVideoBoundResource:
    """``client.current_video.omni_video``: Generate or edit a video from a prompt, reference
    images, elements and one video.

    Bound to its path values; methods: create, create_and_wait.
    """

    def __init__(
        self,
        core: HttpCore,
        model: Literal[
            "kling-3.0-omni", "kling-o1", "kling-v3-omni", "kling-4.0", "kling-4.0-flash"
        ],
    ) -> None:
        self._core = core
        self.model = model

    def create(
        self,
        *,
        contents: builtins.list[
            PromptContentParam
            | OmniImageContentParam
            | OmniVideoContentParam
            | ElementContentParam
            | VoiceContentParam
            | OmniIgnoredContentParam
            | OmniIgnoredVideoContentParam
        ],
        settings: OmniVideoSettingsParam | None = None,
        options: TaskOptionsParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CurrentTaskCreated:
        """Generate or edit a video from a prompt, reference images, elements and one video.

        Sends ``POST /omni-video/{model}`` with the bound path values and returns the task as
        the server accepted it; read it back through ``client.tasks``, or call create_and_wait
        instead.

        Args:
            contents: A prompt plus frames, reference images, videos, elements and voices (what each
                model takes is in. At least 1 items.
            settings: How to generate (resolution, duration, aspect ratio, audio); what each model
                accepts is in.
            options: What the caller attaches to the task. A top-level callback_url is not read (it
                must be here).
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        model = self.model
        data = self._core.call(
            "POST",
            "/omni-video/{model}",
            operation_id="createOmniVideoV2Task",
            path_params={
                "model": model,
            },
            body={
                "contents": contents,
                "settings": settings,
                "options": options,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(CurrentTaskCreated.from_dict(mapping(data)), last_request_id())

    def create_and_wait(
        self,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        request_timeout: float | None = None,
        on_progress: Progress | None = None,
        cancel: Cancel | None = None,
        **params: Unpack[CurrentVideoOmniVideoCreateParams],
    ) -> CurrentTask:
        """Create the task (``params`` are the arguments of ``create``) and wait until it finishes.

        Polls ``GET /tasks`` (as ``client.tasks.wait`` does) and returns the task in the shape
        that route answers.

        Args:
            timeout: Seconds to wait for the task to finish before ``WaitTimeoutError``.
            poll_interval: Seconds before the first poll (the pause grows, or follows the
                server's ``Retry-After``).
            request_timeout: Seconds to wait for each HTTP answer (default: the client's).
            on_progress: Called with the task after every poll.
            cancel: An event; once it is set, ``WaitCancelledError``.

        Raises:
            TaskFailedError: The task ended with ``status == 'failed'``.
            WaitTimeoutError: The task was still running after ``timeout`` seconds.
            WaitCancelledError: ``cancel`` was set before the task finished.
        """
        task = self.create(**params, timeout=request_timeout)
        tasks = TaskBatch(self._core, GET_TASKS_BY_IDS_ROUTE, CurrentTask.from_dict)
        return tasks._finish(
            task,
            timeout=timeout,
            poll_interval=poll_interval,
            request_timeout=request_timeout,
            on_progress=on_progress,
            cancel=cancel,
        )


class AsyncCurrentVideoOmniVideoResource:
    """``client.current_video.omni_video``: Generate or edit a video from a prompt, reference
    images, elements and one video.

    Call it with model to get the resource whose methods use it:
    ``client.current_video.omni_video(...).create(...)``.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        self._core = core

    def __call__(
        self,
        model: Literal[
            "kling-3.0-omni", "kling-o1", "kling-v3-omni", "kling-4.0", "kling-4.0-flash"
        ],
    ) -> AsyncCurrentVideoOmniVideoBoundResource:
        """The resource bound to these path values."""
        return AsyncCurrentVideoOmniVideoBoundResource(
            self._core,
            model,
        )


class AsyncCurrentVideoOmniVideoBoundResource:
    """``client.current_video.omni_video``: Generate or edit a video from a prompt, reference
    images, elements and one video.

    Bound to its path values; methods: create, create_and_wait.
    """

    def __init__(
        self,
        core: AsyncHttpCore,
        model: Literal[
            "kling-3.0-omni", "kling-o1", "kling-v3-omni", "kling-4.0", "kling-4.0-flash"
        ],
    ) -> None:
        self._core = core
        self.model = model

    async def create(
        self,
        *,
        contents: builtins.list[
            PromptContentParam
            | OmniImageContentParam
            | OmniVideoContentParam
            | ElementContentParam
            | VoiceContentParam
            | OmniIgnoredContentParam
            | OmniIgnoredVideoContentParam
        ],
        settings: OmniVideoSettingsParam | None = None,
        options: TaskOptionsParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CurrentTaskCreated:
        """Generate or edit a video from a prompt, reference images, elements and one video.

        Sends ``POST /omni-video/{model}`` with the bound path values and returns the task as
        the server accepted it; read it back through ``client.tasks``, or call create_and_wait
        instead.

        Args:
            contents: A prompt plus frames, reference images, videos, elements and voices (what each
                model takes is in. At least 1 items.
            settings: How to generate (resolution, duration, aspect ratio, audio); what each model
                accepts is in.
            options: What the caller attaches to the task. A top-level callback_url is not read (it
                must be here).
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        model = self.model
        data = await self._core.call(
            "POST",
            "/omni-video/{model}",
            operation_id="createOmniVideoV2Task",
            path_params={
                "model": model,
            },
            body={
                "contents": contents,
                "settings": settings,
                "options": options,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(CurrentTaskCreated.from_dict(mapping(data)), last_request_id())

    async def create_and_wait(
        self,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        request_timeout: float | None = None,
        on_progress: Progress | None = None,
        cancel: Cancel | None = None,
        **params: Unpack[CurrentVideoOmniVideoCreateParams],
    ) -> CurrentTask:
        """Create the task (``params`` are the arguments of ``create``) and wait until it finishes.

        Polls ``GET /tasks`` (as ``client.tasks.wait`` does) and returns the task in the shape
        that route answers.

        Args:
            timeout: Seconds to wait for the task to finish before ``WaitTimeoutError``.
            poll_interval: Seconds before the first poll (the pause grows, or follows the
                server's ``Retry-After``).
            request_timeout: Seconds to wait for each HTTP answer (default: the client's).
            on_progress: Called with the task after every poll.
            cancel: An event; once it is set, ``WaitCancelledError``.

        Raises:
            TaskFailedError: The task ended with ``status == 'failed'``.
            WaitTimeoutError: The task was still running after ``timeout`` seconds.
            WaitCancelledError: ``cancel`` was set before the task finished.
        """
        task = await self.create(**params, timeout=request_timeout)
        tasks = AsyncTaskBatch(self._core, GET_TASKS_BY_IDS_ROUTE, CurrentTask.from_dict)
        return await tasks._finish(
            task,
            timeout=timeout,
            poll_interval=poll_interval,
            request_timeout=request_timeout,
            on_progress=on_progress,
            cancel=cancel,
        )
