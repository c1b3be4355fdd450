"""``client.video``: Video generation on the current design (model in the path).

Each resource comes twice from one template: ``XResource`` for ``KlingClient`` and
``AsyncXResource`` (coroutine methods) for ``AsyncKlingClient``; both send through the same
plans of ``_http``. Generated from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Required, Unpack

from .._designs import DESIGNS
from .._http import CallOptions, HttpCore, last_request_id
from .._parsing import mapping, stamp
from .._tasks import (
    AsyncTaskBatch,
    BatchRoute,
    TaskBatch,
)
from .._waiting import (
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    Cancel,
    Progress,
)
from ..models import CurrentTask, CurrentTaskCreated
from ..params import (
    ElementContentParam,
    FrameContentParam,
    ImageToVideoSettingsParam,
    MotionControlSettingsParam,
    MotionImageContentParam,
    MotionVideoContentParam,
    OmniIgnoredContentParam,
    OmniImageContentParam,
    OmniVideoContentParam,
    OmniVideoSettingsParam,
    PromptContentParam,
    TaskOptionsParam,
    TextToVideoSettingsParam,
    VoiceContentParam,
)

if TYPE_CHECKING:
    from .._async_http import AsyncHttpCore

GET_TASKS_BY_IDS_ROUTE = BatchRoute(
    path="/tasks",
    operation="getTasksByIds",
    params=("task_ids", "external_task_ids"),
    separator=",",
    words=DESIGNS["current"],
    max_total=20,
    exactly_one=True,
    messages={
        "missing": "task_ids or external_task_ids is required",
        "too_many": "task_ids and external_task_ids cannot exceed 20 in total",
    },
)
"""Where ``get`` reads tasks by ids, and the words of the design it answers in."""


class VideoTextToVideoCreateParams(CallOptions, total=False):
    """The arguments of ``video.text_to_video.create`` (``create_and_wait`` takes them too)."""

    prompt: Required[str]
    settings: TextToVideoSettingsParam | None
    options: TaskOptionsParam | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class VideoImageToVideoCreateParams(CallOptions, total=False):
    """The arguments of ``video.image_to_video.create`` (``create_and_wait`` takes them too)."""

    contents: Required[
        builtins.list[
            PromptContentParam | FrameContentParam | ElementContentParam | VoiceContentParam
        ]
    ]
    settings: ImageToVideoSettingsParam | None
    options: TaskOptionsParam | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class VideoOmniVideoCreateParams(CallOptions, total=False):
    """The arguments of ``video.omni_video.create`` (``create_and_wait`` takes them too)."""

    contents: Required[
        builtins.list[
            PromptContentParam
            | OmniImageContentParam
            | OmniVideoContentParam
            | ElementContentParam
            | VoiceContentParam
            | OmniIgnoredContentParam
        ]
    ]
    settings: OmniVideoSettingsParam | None
    options: TaskOptionsParam | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class VideoMotionControlCreateParams(CallOptions, total=False):
    """The arguments of ``video.motion_control.create`` (``create_and_wait`` takes them too)."""

    contents: Required[
        builtins.list[
            PromptContentParam
            | MotionImageContentParam
            | MotionVideoContentParam
            | ElementContentParam
        ]
    ]
    settings: Required[MotionControlSettingsParam]
    options: TaskOptionsParam | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class VideoResource:
    """``client.video``: Video generation on the current design (model in the path).

    Resources: text_to_video, image_to_video, omni_video, motion_control.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core
        self.text_to_video = VideoTextToVideoResource(core)
        self.image_to_video = VideoImageToVideoResource(core)
        self.omni_video = VideoOmniVideoResource(core)
        self.motion_control = VideoMotionControlResource(core)

    @cached_property
    def with_raw_response(self) -> VideoResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return VideoResourceRaw(self)


class VideoResourceRaw:
    """``video.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: VideoResource) -> None:
        self.resource = resource


class VideoTextToVideoResource:
    """``client.video.text_to_video``: Generate a video from a text prompt with the model named
    in the path.

    Call it with model to get the resource whose methods use it:
    ``client.video.text_to_video(...).create(...)``.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core

    def __call__(
        self,
        model: Literal[
            "kling-4.0",
            "kling-4.0-flash",
            "kling-3.0-turbo",
            "kling-3.0",
            "kling-2.6",
            "kling-2.5-turbo",
        ],
    ) -> VideoTextToVideoBoundResource:
        """The resource bound to these path values."""
        return VideoTextToVideoBoundResource(
            self._core,
            model,
        )


class VideoTextToVideoBoundResource:
    """``client.video.text_to_video``: Generate a video from a text prompt with the model named
    in the path.

    Bound to its path values; methods: create, create_and_wait.
    """

    def __init__(
        self,
        core: HttpCore,
        model: Literal[
            "kling-4.0",
            "kling-4.0-flash",
            "kling-3.0-turbo",
            "kling-3.0",
            "kling-2.6",
            "kling-2.5-turbo",
        ],
    ) -> None:
        self._core = core
        self.model = model

    def create(
        self,
        *,
        prompt: str,
        settings: TextToVideoSettingsParam | None = None,
        options: TaskOptionsParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CurrentTaskCreated:
        """Generate a video from a text prompt with the model named in the path.

        Sends ``POST /text-to-video/{model}`` with the bound path values and returns the task
        as the server accepted it; read it back through ``client.tasks``, or call create_and_wait
        instead.

        Args:
            prompt: What to generate; 26,000 characters on the kling-4.0 family (11,000 when not
                English: described, not checked), 3072 on 3.0-turbo and 3.0 (<= 2500 recommended),
                2500 on 2.6 and 2.5-turbo. At least 1 characters; at most 26000 characters.
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
            "/text-to-video/{model}",
            operation_id="createTextToVideoTask",
            path_params={
                "model": model,
            },
            body={
                "prompt": prompt,
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
        **params: Unpack[VideoTextToVideoCreateParams],
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


class VideoImageToVideoResource:
    """``client.video.image_to_video``: Animate a first frame (optionally towards a last frame)
    with the model named in the path.

    Call it with model to get the resource whose methods use it:
    ``client.video.image_to_video(...).create(...)``.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core

    def __call__(
        self,
        model: Literal[
            "kling-4.0",
            "kling-4.0-flash",
            "kling-3.0-turbo",
            "kling-3.0",
            "kling-2.6",
            "kling-2.5-turbo",
        ],
    ) -> VideoImageToVideoBoundResource:
        """The resource bound to these path values."""
        return VideoImageToVideoBoundResource(
            self._core,
            model,
        )


class VideoImageToVideoBoundResource:
    """``client.video.image_to_video``: Animate a first frame (optionally towards a last frame)
    with the model named in the path.

    Bound to its path values; methods: create, create_and_wait.
    """

    def __init__(
        self,
        core: HttpCore,
        model: Literal[
            "kling-4.0",
            "kling-4.0-flash",
            "kling-3.0-turbo",
            "kling-3.0",
            "kling-2.6",
            "kling-2.5-turbo",
        ],
    ) -> None:
        self._core = core
        self.model = model

    def create(
        self,
        *,
        contents: builtins.list[
            PromptContentParam | FrameContentParam | ElementContentParam | VoiceContentParam
        ],
        settings: ImageToVideoSettingsParam | None = None,
        options: TaskOptionsParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CurrentTaskCreated:
        """Animate a first frame (optionally towards a last frame) with the model named in the
        path.

        Sends ``POST /image-to-video/{model}`` with the bound path values and returns the task
        as the server accepted it; read it back through ``client.tasks``, or call create_and_wait
        instead.

        Args:
            contents: One first frame, optionally a last frame, a prompt, elements (3.0) or voices
                (2.6). At least 1 items.
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
            "/image-to-video/{model}",
            operation_id="createImageToVideoTask",
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
        **params: Unpack[VideoImageToVideoCreateParams],
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


class VideoOmniVideoResource:
    """``client.video.omni_video``: Generate or edit a video from a prompt, reference images,
    elements and one video.

    Call it with model to get the resource whose methods use it:
    ``client.video.omni_video(...).create(...)``.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core

    def __call__(
        self,
        model: Literal[
            "kling-4.0", "kling-4.0-flash", "kling-3.0-omni", "kling-v3-omni", "kling-o1"
        ],
    ) -> VideoOmniVideoBoundResource:
        """The resource bound to these path values."""
        return VideoOmniVideoBoundResource(
            self._core,
            model,
        )


class VideoOmniVideoBoundResource:
    """``client.video.omni_video``: Generate or edit a video from a prompt, reference images,
    elements and one video.

    Bound to its path values; methods: create, create_and_wait.
    """

    def __init__(
        self,
        core: HttpCore,
        model: Literal[
            "kling-4.0", "kling-4.0-flash", "kling-3.0-omni", "kling-v3-omni", "kling-o1"
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
        **params: Unpack[VideoOmniVideoCreateParams],
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


class VideoMotionControlResource:
    """``client.video.motion_control``: Make the character of a reference image perform the
    motion of a reference video.

    Call it with model to get the resource whose methods use it:
    ``client.video.motion_control(...).create(...)``.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core

    def __call__(
        self,
        model: Literal["kling-3.0", "kling-2.6"],
    ) -> VideoMotionControlBoundResource:
        """The resource bound to these path values."""
        return VideoMotionControlBoundResource(
            self._core,
            model,
        )


class VideoMotionControlBoundResource:
    """``client.video.motion_control``: Make the character of a reference image perform the
    motion of a reference video.

    Bound to its path values; methods: create, create_and_wait.
    """

    def __init__(
        self,
        core: HttpCore,
        model: Literal["kling-3.0", "kling-2.6"],
    ) -> None:
        self._core = core
        self.model = model

    def create(
        self,
        *,
        contents: builtins.list[
            PromptContentParam
            | MotionImageContentParam
            | MotionVideoContentParam
            | ElementContentParam
        ],
        settings: MotionControlSettingsParam,
        options: TaskOptionsParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CurrentTaskCreated:
        """Make the character of a reference image perform the motion of a reference video.

        Sends ``POST /motion-control/{model}`` with the bound path values and returns the task
        as the server accepted it; read it back through ``client.tasks``, or call create_and_wait
        instead.

        Args:
            contents: One appearance image, one motion video, optionally a prompt and (3.0) one
                element. At least 2 items.
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
            "/motion-control/{model}",
            operation_id="createMotionControlV2Task",
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
        **params: Unpack[VideoMotionControlCreateParams],
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


class AsyncVideoResource:
    """``client.video``: Video generation on the current design (model in the path).

    Resources: text_to_video, image_to_video, omni_video, motion_control.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        self._core = core
        self.text_to_video = AsyncVideoTextToVideoResource(core)
        self.image_to_video = AsyncVideoImageToVideoResource(core)
        self.omni_video = AsyncVideoOmniVideoResource(core)
        self.motion_control = AsyncVideoMotionControlResource(core)

    @cached_property
    def with_raw_response(self) -> AsyncVideoResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncVideoResourceRaw(self)


class AsyncVideoResourceRaw:
    """``video.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncVideoResource) -> None:
        self.resource = resource


class AsyncVideoTextToVideoResource:
    """``client.video.text_to_video``: Generate a video from a text prompt with the model named
    in the path.

    Call it with model to get the resource whose methods use it:
    ``client.video.text_to_video(...).create(...)``.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        self._core = core

    def __call__(
        self,
        model: Literal[
            "kling-4.0",
            "kling-4.0-flash",
            "kling-3.0-turbo",
            "kling-3.0",
            "kling-2.6",
            "kling-2.5-turbo",
        ],
    ) -> AsyncVideoTextToVideoBoundResource:
        """The resource bound to these path values."""
        return AsyncVideoTextToVideoBoundResource(
            self._core,
            model,
        )


class AsyncVideoTextToVideoBoundResource:
    """``client.video.text_to_video``: Generate a video from a text prompt with the model named
    in the path.

    Bound to its path values; methods: create, create_and_wait.
    """

    def __init__(
        self,
        core: AsyncHttpCore,
        model: Literal[
            "kling-4.0",
            "kling-4.0-flash",
            "kling-3.0-turbo",
            "kling-3.0",
            "kling-2.6",
            "kling-2.5-turbo",
        ],
    ) -> None:
        self._core = core
        self.model = model

    async def create(
        self,
        *,
        prompt: str,
        settings: TextToVideoSettingsParam | None = None,
        options: TaskOptionsParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CurrentTaskCreated:
        """Generate a video from a text prompt with the model named in the path.

        Sends ``POST /text-to-video/{model}`` with the bound path values and returns the task
        as the server accepted it; read it back through ``client.tasks``, or call create_and_wait
        instead.

        Args:
            prompt: What to generate; 26,000 characters on the kling-4.0 family (11,000 when not
                English: described, not checked), 3072 on 3.0-turbo and 3.0 (<= 2500 recommended),
                2500 on 2.6 and 2.5-turbo. At least 1 characters; at most 26000 characters.
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
            "/text-to-video/{model}",
            operation_id="createTextToVideoTask",
            path_params={
                "model": model,
            },
            body={
                "prompt": prompt,
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
        **params: Unpack[VideoTextToVideoCreateParams],
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


class AsyncVideoImageToVideoResource:
    """``client.video.image_to_video``: Animate a first frame (optionally towards a last frame)
    with the model named in the path.

    Call it with model to get the resource whose methods use it:
    ``client.video.image_to_video(...).create(...)``.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        self._core = core

    def __call__(
        self,
        model: Literal[
            "kling-4.0",
            "kling-4.0-flash",
            "kling-3.0-turbo",
            "kling-3.0",
            "kling-2.6",
            "kling-2.5-turbo",
        ],
    ) -> AsyncVideoImageToVideoBoundResource:
        """The resource bound to these path values."""
        return AsyncVideoImageToVideoBoundResource(
            self._core,
            model,
        )


class AsyncVideoImageToVideoBoundResource:
    """``client.video.image_to_video``: Animate a first frame (optionally towards a last frame)
    with the model named in the path.

    Bound to its path values; methods: create, create_and_wait.
    """

    def __init__(
        self,
        core: AsyncHttpCore,
        model: Literal[
            "kling-4.0",
            "kling-4.0-flash",
            "kling-3.0-turbo",
            "kling-3.0",
            "kling-2.6",
            "kling-2.5-turbo",
        ],
    ) -> None:
        self._core = core
        self.model = model

    async def create(
        self,
        *,
        contents: builtins.list[
            PromptContentParam | FrameContentParam | ElementContentParam | VoiceContentParam
        ],
        settings: ImageToVideoSettingsParam | None = None,
        options: TaskOptionsParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CurrentTaskCreated:
        """Animate a first frame (optionally towards a last frame) with the model named in the
        path.

        Sends ``POST /image-to-video/{model}`` with the bound path values and returns the task
        as the server accepted it; read it back through ``client.tasks``, or call create_and_wait
        instead.

        Args:
            contents: One first frame, optionally a last frame, a prompt, elements (3.0) or voices
                (2.6). At least 1 items.
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
            "/image-to-video/{model}",
            operation_id="createImageToVideoTask",
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
        **params: Unpack[VideoImageToVideoCreateParams],
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


class AsyncVideoOmniVideoResource:
    """``client.video.omni_video``: Generate or edit a video from a prompt, reference images,
    elements and one video.

    Call it with model to get the resource whose methods use it:
    ``client.video.omni_video(...).create(...)``.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        self._core = core

    def __call__(
        self,
        model: Literal[
            "kling-4.0", "kling-4.0-flash", "kling-3.0-omni", "kling-v3-omni", "kling-o1"
        ],
    ) -> AsyncVideoOmniVideoBoundResource:
        """The resource bound to these path values."""
        return AsyncVideoOmniVideoBoundResource(
            self._core,
            model,
        )


class AsyncVideoOmniVideoBoundResource:
    """``client.video.omni_video``: Generate or edit a video from a prompt, reference images,
    elements and one video.

    Bound to its path values; methods: create, create_and_wait.
    """

    def __init__(
        self,
        core: AsyncHttpCore,
        model: Literal[
            "kling-4.0", "kling-4.0-flash", "kling-3.0-omni", "kling-v3-omni", "kling-o1"
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
        **params: Unpack[VideoOmniVideoCreateParams],
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


class AsyncVideoMotionControlResource:
    """``client.video.motion_control``: Make the character of a reference image perform the
    motion of a reference video.

    Call it with model to get the resource whose methods use it:
    ``client.video.motion_control(...).create(...)``.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        self._core = core

    def __call__(
        self,
        model: Literal["kling-3.0", "kling-2.6"],
    ) -> AsyncVideoMotionControlBoundResource:
        """The resource bound to these path values."""
        return AsyncVideoMotionControlBoundResource(
            self._core,
            model,
        )


class AsyncVideoMotionControlBoundResource:
    """``client.video.motion_control``: Make the character of a reference image perform the
    motion of a reference video.

    Bound to its path values; methods: create, create_and_wait.
    """

    def __init__(
        self,
        core: AsyncHttpCore,
        model: Literal["kling-3.0", "kling-2.6"],
    ) -> None:
        self._core = core
        self.model = model

    async def create(
        self,
        *,
        contents: builtins.list[
            PromptContentParam
            | MotionImageContentParam
            | MotionVideoContentParam
            | ElementContentParam
        ],
        settings: MotionControlSettingsParam,
        options: TaskOptionsParam | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CurrentTaskCreated:
        """Make the character of a reference image perform the motion of a reference video.

        Sends ``POST /motion-control/{model}`` with the bound path values and returns the task
        as the server accepted it; read it back through ``client.tasks``, or call create_and_wait
        instead.

        Args:
            contents: One appearance image, one motion video, optionally a prompt and (3.0) one
                element. At least 2 items.
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
            "/motion-control/{model}",
            operation_id="createMotionControlV2Task",
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
        **params: Unpack[VideoMotionControlCreateParams],
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
