"""``client.videos.multi_elements``: Add, swap or remove an element in a video prepared by
init-selection.

``VideosMultiElementsResource`` serves ``KlingClient`` and
``AsyncVideosMultiElementsResource`` (coroutine methods) serves ``AsyncKlingClient``: one
template writes both, side by side, and both send through the same plans of ``_http``. Generated
from spec/ by kling-codegen: do not edit.
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
from ...models import (
    ClearSelectionData,
    InitSelectionData,
    Mode,
    PreviewSelectionData,
    SelectionMaskData,
    Task,
)
from ...params import MultiElementsImageParam, SelectionPointParam, WatermarkInfoParam

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["VideosMultiElementsResource", "AsyncVideosMultiElementsResource"]


class VideosMultiElementsCreateParams(CallOptions, total=False):
    """The arguments of ``videos.multi_elements.create`` (``create_and_wait`` takes them too)."""

    session_id: Required[str]
    edit_mode: Required[Literal["addition", "swap", "removal"]]
    prompt: Required[str]
    model_name: Literal["kling-v1-6"] | None
    image_list: builtins.list[MultiElementsImageParam] | None
    negative_prompt: str | None
    mode: Mode | None
    duration: Literal["5", "10"] | None
    watermark_info: WatermarkInfoParam | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class VideosMultiElementsResource(TaskQueries[Task]):
    """``client.videos.multi_elements``: Add, swap or remove an element in a video prepared by
    init-selection.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter,
    init_selection, add_selection, delete_selection, clear_selection, preview_selection.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/multi-elements/{task_id}",
                get_operation="getMultiElementsTask",
                list_path="/v1/videos/multi-elements",
                list_operation="listMultiElementsTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createMultiElementsTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> VideosMultiElementsResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return VideosMultiElementsResourceRaw(self)

    def create(
        self,
        *,
        session_id: str,
        edit_mode: Literal["addition", "swap", "removal"],
        prompt: str,
        model_name: Literal["kling-v1-6"] | None = None,
        image_list: builtins.list[MultiElementsImageParam] | None = None,
        negative_prompt: str | None = None,
        mode: Mode | None = None,
        duration: Literal["5", "10"] | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Add, swap or remove an element in a video prepared by init-selection.

        Sends ``POST /v1/videos/multi-elements`` and returns the task as the server accepted
        it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            session_id: The session init-selection opened (valid 24 hours). At least 1 characters.
            edit_mode: `addition` adds an element, `swap` replaces a marked one, `removal` deletes a
                marked one.
            prompt: What to do, naming the inputs as <<<video_1>>> and <<<image_1>>>; at most 2500
                characters. At least 1 characters.
            model_name: The only model that edits elements. The docs name it as the default; live
                calls refuse kling-v1-6 as discontinued, so the client sends none unless you do.
            image_list: Reference pictures: 1 or 2 for addition, exactly 1 for swap, none for
                removal. At most 2 items.
            negative_prompt: What to keep out of the result; at most 2500 characters.
            mode: `std` is faster and cheaper; `pro` gives higher quality. Server default: 'std'.
            duration: Output length in seconds; 5 needs a 2–5 s source video, 10 a 7–10 s one.
                Server default: '5'.
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
            "/v1/videos/multi-elements",
            operation_id="createMultiElementsTask",
            body={
                "model_name": model_name,
                "session_id": session_id,
                "edit_mode": edit_mode,
                "image_list": image_list,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "mode": mode,
                "duration": duration,
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
        **params: Unpack[VideosMultiElementsCreateParams],
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

    def init_selection(
        self,
        *,
        video_id: str | None = None,
        video_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> InitSelectionData:
        """Prepare a video for multi-elements editing and open a selection session.

        Sends ``POST /v1/videos/multi-elements/init-selection``; the answer holds the result.

        Args:
            video_id: A Kling video made in the last 30 days, 2–5 s or 7–10 s long.
            video_url: A reachable MP4 or MOV, 2–5 s or 7–10 s long (5–7 s is refused), 720–2160 px
                on each side, at 24, 30 or 60 fps.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "POST",
            "/v1/videos/multi-elements/init-selection",
            operation_id="initMultiElementsSelection",
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
        return stamp(InitSelectionData.from_dict(mapping(data)), last_request_id())

    def add_selection(
        self,
        *,
        session_id: str,
        frame_index: int,
        points: builtins.list[SelectionPointParam],
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> SelectionMaskData:
        """Mark an element on one frame by clicking points on it.

        Sends ``POST /v1/videos/multi-elements/add-selection``; the answer holds the result.

        Args:
            session_id: The session init-selection opened; it does not change while the selection is
                edited. At least 1 characters.
            frame_index: The frame the points are on, counted from 0. >= 0.
            points: The clicks on the element, 1 to 10 per frame. At least 1 items; at most 10
                items.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "POST",
            "/v1/videos/multi-elements/add-selection",
            operation_id="addMultiElementsSelection",
            body={
                "session_id": session_id,
                "frame_index": frame_index,
                "points": points,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(SelectionMaskData.from_dict(mapping(data)), last_request_id())

    def delete_selection(
        self,
        *,
        session_id: str,
        frame_index: int,
        points: builtins.list[SelectionPointParam],
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> SelectionMaskData:
        """Take points back out of a frame's selection.

        Sends ``POST /v1/videos/multi-elements/delete-selection``; the answer holds the
        result.

        Args:
            session_id: The session init-selection opened; it does not change while the selection is
                edited. At least 1 characters.
            frame_index: The frame the points are on, counted from 0. >= 0.
            points: The clicks to remove, exactly as they were added. At least 1 items; at most 10
                items.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "POST",
            "/v1/videos/multi-elements/delete-selection",
            operation_id="deleteMultiElementsSelection",
            body={
                "session_id": session_id,
                "frame_index": frame_index,
                "points": points,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(SelectionMaskData.from_dict(mapping(data)), last_request_id())

    def clear_selection(
        self,
        *,
        session_id: str,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ClearSelectionData:
        """Drop every selection of a session.

        Sends ``POST /v1/videos/multi-elements/clear-selection``; the answer holds the result.

        Args:
            session_id: The session init-selection opened; it does not change while the selection is
                edited. At least 1 characters.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "POST",
            "/v1/videos/multi-elements/clear-selection",
            operation_id="clearMultiElementsSelection",
            body={
                "session_id": session_id,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(ClearSelectionData.from_dict(mapping(data)), last_request_id())

    def preview_selection(
        self,
        *,
        session_id: str,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PreviewSelectionData:
        """Render the video with its selections drawn on, to check the marking.

        Sends ``POST /v1/videos/multi-elements/preview-selection``; the answer holds the
        result.

        Args:
            session_id: The session init-selection opened; it does not change while the selection is
                edited. At least 1 characters.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "POST",
            "/v1/videos/multi-elements/preview-selection",
            operation_id="previewMultiElementsSelection",
            body={
                "session_id": session_id,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(PreviewSelectionData.from_dict(mapping(data)), last_request_id())


class VideosMultiElementsResourceRaw:
    """``videos.multi_elements.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: VideosMultiElementsResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)
        self.init_selection = raw(resource.init_selection)
        self.add_selection = raw(resource.add_selection)
        self.delete_selection = raw(resource.delete_selection)
        self.clear_selection = raw(resource.clear_selection)
        self.preview_selection = raw(resource.preview_selection)


class AsyncVideosMultiElementsResource(AsyncTaskQueries[Task]):
    """``client.videos.multi_elements``: Add, swap or remove an element in a video prepared by
    init-selection.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter, init_selection, add_selection, delete_selection,
    clear_selection, preview_selection.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/multi-elements/{task_id}",
                get_operation="getMultiElementsTask",
                list_path="/v1/videos/multi-elements",
                list_operation="listMultiElementsTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createMultiElementsTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncVideosMultiElementsResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncVideosMultiElementsResourceRaw(self)

    async def create(
        self,
        *,
        session_id: str,
        edit_mode: Literal["addition", "swap", "removal"],
        prompt: str,
        model_name: Literal["kling-v1-6"] | None = None,
        image_list: builtins.list[MultiElementsImageParam] | None = None,
        negative_prompt: str | None = None,
        mode: Mode | None = None,
        duration: Literal["5", "10"] | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Add, swap or remove an element in a video prepared by init-selection.

        Sends ``POST /v1/videos/multi-elements`` and returns the task as the server accepted
        it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            session_id: The session init-selection opened (valid 24 hours). At least 1 characters.
            edit_mode: `addition` adds an element, `swap` replaces a marked one, `removal` deletes a
                marked one.
            prompt: What to do, naming the inputs as <<<video_1>>> and <<<image_1>>>; at most 2500
                characters. At least 1 characters.
            model_name: The only model that edits elements. The docs name it as the default; live
                calls refuse kling-v1-6 as discontinued, so the client sends none unless you do.
            image_list: Reference pictures: 1 or 2 for addition, exactly 1 for swap, none for
                removal. At most 2 items.
            negative_prompt: What to keep out of the result; at most 2500 characters.
            mode: `std` is faster and cheaper; `pro` gives higher quality. Server default: 'std'.
            duration: Output length in seconds; 5 needs a 2–5 s source video, 10 a 7–10 s one.
                Server default: '5'.
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
            "/v1/videos/multi-elements",
            operation_id="createMultiElementsTask",
            body={
                "model_name": model_name,
                "session_id": session_id,
                "edit_mode": edit_mode,
                "image_list": image_list,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "mode": mode,
                "duration": duration,
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
        **params: Unpack[VideosMultiElementsCreateParams],
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

    async def init_selection(
        self,
        *,
        video_id: str | None = None,
        video_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> InitSelectionData:
        """Prepare a video for multi-elements editing and open a selection session.

        Sends ``POST /v1/videos/multi-elements/init-selection``; the answer holds the result.

        Args:
            video_id: A Kling video made in the last 30 days, 2–5 s or 7–10 s long.
            video_url: A reachable MP4 or MOV, 2–5 s or 7–10 s long (5–7 s is refused), 720–2160 px
                on each side, at 24, 30 or 60 fps.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "POST",
            "/v1/videos/multi-elements/init-selection",
            operation_id="initMultiElementsSelection",
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
        return stamp(InitSelectionData.from_dict(mapping(data)), last_request_id())

    async def add_selection(
        self,
        *,
        session_id: str,
        frame_index: int,
        points: builtins.list[SelectionPointParam],
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> SelectionMaskData:
        """Mark an element on one frame by clicking points on it.

        Sends ``POST /v1/videos/multi-elements/add-selection``; the answer holds the result.

        Args:
            session_id: The session init-selection opened; it does not change while the selection is
                edited. At least 1 characters.
            frame_index: The frame the points are on, counted from 0. >= 0.
            points: The clicks on the element, 1 to 10 per frame. At least 1 items; at most 10
                items.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "POST",
            "/v1/videos/multi-elements/add-selection",
            operation_id="addMultiElementsSelection",
            body={
                "session_id": session_id,
                "frame_index": frame_index,
                "points": points,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(SelectionMaskData.from_dict(mapping(data)), last_request_id())

    async def delete_selection(
        self,
        *,
        session_id: str,
        frame_index: int,
        points: builtins.list[SelectionPointParam],
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> SelectionMaskData:
        """Take points back out of a frame's selection.

        Sends ``POST /v1/videos/multi-elements/delete-selection``; the answer holds the
        result.

        Args:
            session_id: The session init-selection opened; it does not change while the selection is
                edited. At least 1 characters.
            frame_index: The frame the points are on, counted from 0. >= 0.
            points: The clicks to remove, exactly as they were added. At least 1 items; at most 10
                items.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "POST",
            "/v1/videos/multi-elements/delete-selection",
            operation_id="deleteMultiElementsSelection",
            body={
                "session_id": session_id,
                "frame_index": frame_index,
                "points": points,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(SelectionMaskData.from_dict(mapping(data)), last_request_id())

    async def clear_selection(
        self,
        *,
        session_id: str,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ClearSelectionData:
        """Drop every selection of a session.

        Sends ``POST /v1/videos/multi-elements/clear-selection``; the answer holds the result.

        Args:
            session_id: The session init-selection opened; it does not change while the selection is
                edited. At least 1 characters.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "POST",
            "/v1/videos/multi-elements/clear-selection",
            operation_id="clearMultiElementsSelection",
            body={
                "session_id": session_id,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(ClearSelectionData.from_dict(mapping(data)), last_request_id())

    async def preview_selection(
        self,
        *,
        session_id: str,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PreviewSelectionData:
        """Render the video with its selections drawn on, to check the marking.

        Sends ``POST /v1/videos/multi-elements/preview-selection``; the answer holds the
        result.

        Args:
            session_id: The session init-selection opened; it does not change while the selection is
                edited. At least 1 characters.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "POST",
            "/v1/videos/multi-elements/preview-selection",
            operation_id="previewMultiElementsSelection",
            body={
                "session_id": session_id,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(PreviewSelectionData.from_dict(mapping(data)), last_request_id())


class AsyncVideosMultiElementsResourceRaw:
    """``videos.multi_elements.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncVideosMultiElementsResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)
        self.init_selection = async_raw(resource.init_selection)
        self.add_selection = async_raw(resource.add_selection)
        self.delete_selection = async_raw(resource.delete_selection)
        self.clear_selection = async_raw(resource.clear_selection)
        self.preview_selection = async_raw(resource.preview_selection)
