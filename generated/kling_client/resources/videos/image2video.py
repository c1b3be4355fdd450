"""``client.videos.image2video``: Animate a start frame (and/or reach an end frame) into a video.

``VideosImage2videoResource`` serves ``KlingClient`` and ``AsyncVideosImage2videoResource``
(coroutine methods) serves ``AsyncKlingClient``: one template writes both, side by side, and both
send through the same plans of ``_http``. Generated from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Unpack

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
from ...models import Sound, Task, VideoDuration, VideoMode, VideoShotType
from ...params import (
    CameraControlParam,
    ElementRefParam,
    Image2VideoDynamicMaskParam,
    MultiPromptShotParam,
    VoiceRefParam,
    WatermarkInfoParam,
)

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["VideosImage2videoResource", "AsyncVideosImage2videoResource"]


class VideosImage2videoCreateParams(CallOptions, total=False):
    """The arguments of ``videos.image2video.create`` (``create_and_wait`` takes them too)."""

    model_name: (
        Literal[
            "kling-v1",
            "kling-v1-5",
            "kling-v1-6",
            "kling-v2-master",
            "kling-v2-1",
            "kling-v2-1-master",
            "kling-v2-5-turbo",
            "kling-v2-6",
            "kling-v3",
        ]
        | None
    )
    image: str | None
    image_tail: str | None
    multi_shot: bool | None
    shot_type: VideoShotType | None
    prompt: str | None
    multi_prompt: builtins.list[MultiPromptShotParam] | None
    negative_prompt: str | None
    element_list: builtins.list[ElementRefParam] | None
    voice_list: builtins.list[VoiceRefParam] | None
    sound: Sound | None
    cfg_scale: float | None
    mode: VideoMode | None
    static_mask: str | None
    dynamic_masks: builtins.list[Image2VideoDynamicMaskParam] | None
    camera_control: CameraControlParam | None
    duration: VideoDuration | None
    watermark_info: WatermarkInfoParam | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class VideosImage2videoResource(TaskQueries[Task]):
    """``client.videos.image2video``: Animate a start frame (and/or reach an end frame) into a
    video.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/image2video/{task_id}",
                get_operation="getImage2VideoTask",
                list_path="/v1/videos/image2video",
                list_operation="listImage2VideoTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createImage2VideoTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> VideosImage2videoResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return VideosImage2videoResourceRaw(self)

    def create(
        self,
        *,
        model_name: Literal[
            "kling-v1",
            "kling-v1-5",
            "kling-v1-6",
            "kling-v2-master",
            "kling-v2-1",
            "kling-v2-1-master",
            "kling-v2-5-turbo",
            "kling-v2-6",
            "kling-v3",
        ]
        | None = None,
        image: str | None = None,
        image_tail: str | None = None,
        multi_shot: bool | None = None,
        shot_type: VideoShotType | None = None,
        prompt: str | None = None,
        multi_prompt: builtins.list[MultiPromptShotParam] | None = None,
        negative_prompt: str | None = None,
        element_list: builtins.list[ElementRefParam] | None = None,
        voice_list: builtins.list[VoiceRefParam] | None = None,
        sound: Sound | None = None,
        cfg_scale: float | None = None,
        mode: VideoMode | None = None,
        static_mask: str | None = None,
        dynamic_masks: builtins.list[Image2VideoDynamicMaskParam] | None = None,
        camera_control: CameraControlParam | None = None,
        duration: VideoDuration | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Animate a start frame (and/or reach an end frame) into a video.

        Sends ``POST /v1/videos/image2video`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            model_name: Which video model generates; send a live one (kling-v3, kling-v2-6,
                kling-v2-5-turbo). The docs name kling-v1 as the default, a model live calls refuse
                as discontinued, so the client sends none unless you do.
            image: The start frame (URL or raw Base64). At least one of image and image_tail is
                needed. At least 1 characters.
            image_tail: The end frame (URL or raw Base64). Not with static_mask, dynamic_masks or
                camera_control, and not with multi-shot. At least 1 characters.
            multi_shot: True for a multi-shot video. Then the top-level prompt is ignored for
                shot_type customize and start/end frames are not allowed; when false, shot_type and
                multi_prompt are ignored. Server default: False.
            shot_type: How a multi-shot video is split: `customize` follows your multi_prompt
                storyboard, `intelligence` lets the model cut the prompt into shots. Required when
                multi_shot is true.
            prompt: What should happen, at most 2500 characters; required for multi-shot with
                shot_type intelligence. Voices from voice_list are cued as <<<voice_1>>>,
                <<<voice_2>>> (needs sound on).
            multi_prompt: The storyboard of a customised multi-shot video: 1 to 6 shots, each at
                least 1 s, whose durations add up to the video's duration. At least 1 items; at most
                6 items.
            negative_prompt: What to keep out of the result; at most 2500 characters.
            element_list: Up to 3 subject-library elements to feature; not together with voice_list.
                At most 3 items.
            voice_list: Up to 2 voices (custom or preset voice ids) the prompt can cue; not together
                with element_list. A task whose prompt cues a voice is billed as a task with voice.
                At most 2 items.
            sound: Whether the video is generated with sound (v2.6 and later). Server default:
                'off'.
            cfg_scale: How closely to follow the prompt; higher is stricter. Not supported by
                kling-v2.x models. >= 0; <= 1. Server default: 0.5.
            mode: `std` = 720P, `pro` = 1080P, `4k` = native 4K at pro quality (kling-v3 and
                kling-v3-omni only, 3 units/s). Server default: 'std'.
            static_mask: Static motion-brush area that stays still (URL or raw Base64). Its aspect
                ratio must match the source image and its resolution every dynamic mask's, or the
                task fails. At least 1 characters.
            dynamic_masks: Up to 6 motion-brush groups, each an area and the path it moves along. At
                most 6 items.
            camera_control: Camera movement; only kling-v1-5 in pro mode for 5 s videos supports it,
                `simple` type only.
            duration: Video length in seconds, as a string. Each model takes only some of these
                values (the client checks them). Server default: '5'.
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
            "/v1/videos/image2video",
            operation_id="createImage2VideoTask",
            body={
                "model_name": model_name,
                "image": image,
                "image_tail": image_tail,
                "multi_shot": multi_shot,
                "shot_type": shot_type,
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "negative_prompt": negative_prompt,
                "element_list": element_list,
                "voice_list": voice_list,
                "sound": sound,
                "cfg_scale": cfg_scale,
                "mode": mode,
                "static_mask": static_mask,
                "dynamic_masks": dynamic_masks,
                "camera_control": camera_control,
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
        **params: Unpack[VideosImage2videoCreateParams],
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


class VideosImage2videoResourceRaw:
    """``videos.image2video.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: VideosImage2videoResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class AsyncVideosImage2videoResource(AsyncTaskQueries[Task]):
    """``client.videos.image2video``: Animate a start frame (and/or reach an end frame) into a
    video.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/image2video/{task_id}",
                get_operation="getImage2VideoTask",
                list_path="/v1/videos/image2video",
                list_operation="listImage2VideoTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createImage2VideoTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncVideosImage2videoResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncVideosImage2videoResourceRaw(self)

    async def create(
        self,
        *,
        model_name: Literal[
            "kling-v1",
            "kling-v1-5",
            "kling-v1-6",
            "kling-v2-master",
            "kling-v2-1",
            "kling-v2-1-master",
            "kling-v2-5-turbo",
            "kling-v2-6",
            "kling-v3",
        ]
        | None = None,
        image: str | None = None,
        image_tail: str | None = None,
        multi_shot: bool | None = None,
        shot_type: VideoShotType | None = None,
        prompt: str | None = None,
        multi_prompt: builtins.list[MultiPromptShotParam] | None = None,
        negative_prompt: str | None = None,
        element_list: builtins.list[ElementRefParam] | None = None,
        voice_list: builtins.list[VoiceRefParam] | None = None,
        sound: Sound | None = None,
        cfg_scale: float | None = None,
        mode: VideoMode | None = None,
        static_mask: str | None = None,
        dynamic_masks: builtins.list[Image2VideoDynamicMaskParam] | None = None,
        camera_control: CameraControlParam | None = None,
        duration: VideoDuration | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Animate a start frame (and/or reach an end frame) into a video.

        Sends ``POST /v1/videos/image2video`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            model_name: Which video model generates; send a live one (kling-v3, kling-v2-6,
                kling-v2-5-turbo). The docs name kling-v1 as the default, a model live calls refuse
                as discontinued, so the client sends none unless you do.
            image: The start frame (URL or raw Base64). At least one of image and image_tail is
                needed. At least 1 characters.
            image_tail: The end frame (URL or raw Base64). Not with static_mask, dynamic_masks or
                camera_control, and not with multi-shot. At least 1 characters.
            multi_shot: True for a multi-shot video. Then the top-level prompt is ignored for
                shot_type customize and start/end frames are not allowed; when false, shot_type and
                multi_prompt are ignored. Server default: False.
            shot_type: How a multi-shot video is split: `customize` follows your multi_prompt
                storyboard, `intelligence` lets the model cut the prompt into shots. Required when
                multi_shot is true.
            prompt: What should happen, at most 2500 characters; required for multi-shot with
                shot_type intelligence. Voices from voice_list are cued as <<<voice_1>>>,
                <<<voice_2>>> (needs sound on).
            multi_prompt: The storyboard of a customised multi-shot video: 1 to 6 shots, each at
                least 1 s, whose durations add up to the video's duration. At least 1 items; at most
                6 items.
            negative_prompt: What to keep out of the result; at most 2500 characters.
            element_list: Up to 3 subject-library elements to feature; not together with voice_list.
                At most 3 items.
            voice_list: Up to 2 voices (custom or preset voice ids) the prompt can cue; not together
                with element_list. A task whose prompt cues a voice is billed as a task with voice.
                At most 2 items.
            sound: Whether the video is generated with sound (v2.6 and later). Server default:
                'off'.
            cfg_scale: How closely to follow the prompt; higher is stricter. Not supported by
                kling-v2.x models. >= 0; <= 1. Server default: 0.5.
            mode: `std` = 720P, `pro` = 1080P, `4k` = native 4K at pro quality (kling-v3 and
                kling-v3-omni only, 3 units/s). Server default: 'std'.
            static_mask: Static motion-brush area that stays still (URL or raw Base64). Its aspect
                ratio must match the source image and its resolution every dynamic mask's, or the
                task fails. At least 1 characters.
            dynamic_masks: Up to 6 motion-brush groups, each an area and the path it moves along. At
                most 6 items.
            camera_control: Camera movement; only kling-v1-5 in pro mode for 5 s videos supports it,
                `simple` type only.
            duration: Video length in seconds, as a string. Each model takes only some of these
                values (the client checks them). Server default: '5'.
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
            "/v1/videos/image2video",
            operation_id="createImage2VideoTask",
            body={
                "model_name": model_name,
                "image": image,
                "image_tail": image_tail,
                "multi_shot": multi_shot,
                "shot_type": shot_type,
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "negative_prompt": negative_prompt,
                "element_list": element_list,
                "voice_list": voice_list,
                "sound": sound,
                "cfg_scale": cfg_scale,
                "mode": mode,
                "static_mask": static_mask,
                "dynamic_masks": dynamic_masks,
                "camera_control": camera_control,
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
        **params: Unpack[VideosImage2videoCreateParams],
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


class AsyncVideosImage2videoResourceRaw:
    """``videos.image2video.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncVideosImage2videoResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)
