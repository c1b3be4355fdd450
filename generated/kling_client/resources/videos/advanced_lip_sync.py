"""``client.videos.advanced_lip_sync``: Lip-sync a face found by identify-face to a cropped audio
clip.

``VideosAdvancedLipSyncResource`` serves ``KlingClient`` and
``AsyncVideosAdvancedLipSyncResource`` (coroutine methods) serves ``AsyncKlingClient``: one
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
from ..._parsing import mapping, stamp
from ..._raw import async_raw, raw
from ..._tasks import AsyncTaskQueries, TaskQueries, TaskRoutes
from ..._waiting import (
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    Cancel,
    Progress,
)
from ...models import IdentifyFaceData, Task
from ...params import FaceChoiceParam, WatermarkInfoParam

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["VideosAdvancedLipSyncResource", "AsyncVideosAdvancedLipSyncResource"]


class VideosAdvancedLipSyncCreateParams(CallOptions, total=False):
    """The arguments of ``videos.advanced_lip_sync.create`` (``create_and_wait`` takes them too)."""

    session_id: Required[str]
    face_choose: Required[builtins.list[FaceChoiceParam]]
    watermark_info: WatermarkInfoParam | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class VideosAdvancedLipSyncResource(TaskQueries[Task]):
    """``client.videos.advanced_lip_sync``: Lip-sync a face found by identify-face to a cropped
    audio clip.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter,
    identify_face.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/advanced-lip-sync/{task_id}",
                get_operation="getAdvancedLipSyncTask",
                list_path="/v1/videos/advanced-lip-sync",
                list_operation="listAdvancedLipSyncTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createAdvancedLipSyncTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> VideosAdvancedLipSyncResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return VideosAdvancedLipSyncResourceRaw(self)

    def create(
        self,
        *,
        session_id: str,
        face_choose: builtins.list[FaceChoiceParam],
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Lip-sync a face found by identify-face to a cropped audio clip.

        Sends ``POST /v1/videos/advanced-lip-sync`` and returns the task as the server
        accepted it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            session_id: The session identify-face opened. At least 1 characters.
            face_choose: The face to lip-sync; one face per task for now. At least 1 items; at most
                1 items.
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
            "/v1/videos/advanced-lip-sync",
            operation_id="createAdvancedLipSyncTask",
            body={
                "session_id": session_id,
                "face_choose": face_choose,
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
        **params: Unpack[VideosAdvancedLipSyncCreateParams],
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

    def identify_face(
        self,
        *,
        video_id: str | None = None,
        video_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IdentifyFaceData:
        """Find the faces of a video that can be lip-synced, and open a session for them.

        Sends ``POST /v1/videos/identify-face``; the answer holds the result.

        Args:
            video_id: A Kling video made in the last 30 days, at most 60 s long.
            video_url: A reachable MP4 or MOV, at most 100 MB, 2–60 s, 720p or 1080p, 512–2160 px
                per side.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "POST",
            "/v1/videos/identify-face",
            operation_id="identifyFace",
            body={
                "video_id": video_id,
                "video_url": video_url,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(IdentifyFaceData.from_dict(mapping(data)), last_request_id())


class VideosAdvancedLipSyncResourceRaw:
    """``videos.advanced_lip_sync.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: VideosAdvancedLipSyncResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)
        self.identify_face = raw(resource.identify_face)


class AsyncVideosAdvancedLipSyncResource(AsyncTaskQueries[Task]):
    """``client.videos.advanced_lip_sync``: Lip-sync a face found by identify-face to a cropped
    audio clip.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter, identify_face.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/advanced-lip-sync/{task_id}",
                get_operation="getAdvancedLipSyncTask",
                list_path="/v1/videos/advanced-lip-sync",
                list_operation="listAdvancedLipSyncTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createAdvancedLipSyncTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncVideosAdvancedLipSyncResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncVideosAdvancedLipSyncResourceRaw(self)

    async def create(
        self,
        *,
        session_id: str,
        face_choose: builtins.list[FaceChoiceParam],
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Lip-sync a face found by identify-face to a cropped audio clip.

        Sends ``POST /v1/videos/advanced-lip-sync`` and returns the task as the server
        accepted it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            session_id: The session identify-face opened. At least 1 characters.
            face_choose: The face to lip-sync; one face per task for now. At least 1 items; at most
                1 items.
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
            "/v1/videos/advanced-lip-sync",
            operation_id="createAdvancedLipSyncTask",
            body={
                "session_id": session_id,
                "face_choose": face_choose,
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
        **params: Unpack[VideosAdvancedLipSyncCreateParams],
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

    async def identify_face(
        self,
        *,
        video_id: str | None = None,
        video_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IdentifyFaceData:
        """Find the faces of a video that can be lip-synced, and open a session for them.

        Sends ``POST /v1/videos/identify-face``; the answer holds the result.

        Args:
            video_id: A Kling video made in the last 30 days, at most 60 s long.
            video_url: A reachable MP4 or MOV, at most 100 MB, 2–60 s, 720p or 1080p, 512–2160 px
                per side.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "POST",
            "/v1/videos/identify-face",
            operation_id="identifyFace",
            body={
                "video_id": video_id,
                "video_url": video_url,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(IdentifyFaceData.from_dict(mapping(data)), last_request_id())


class AsyncVideosAdvancedLipSyncResourceRaw:
    """``videos.advanced_lip_sync.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncVideosAdvancedLipSyncResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)
        self.identify_face = async_raw(resource.identify_face)
