"""``client.videos``: Video generation, extension and effect tasks.

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
)
from ..models import (
    ClearSelectionData,
    IdentifyFaceData,
    ImageRecognizeData,
    InitSelectionData,
    Mode,
    PreviewSelectionData,
    SelectionMaskData,
    Sound,
    Task,
    VideoAspectRatio,
    VideoDuration,
    VideoEffectScene,
    VideoMode,
    VideoShotType,
)
from ..params import (
    CameraControlParam,
    ElementRefParam,
    FaceChoiceParam,
    Image2VideoDynamicMaskParam,
    LipSyncInputParam,
    MultiElementsImageParam,
    MultiImage2VideoImageParam,
    MultiPromptShotParam,
    OmniVideoImageParam,
    OmniVideoReferenceParam,
    SelectionPointParam,
    VideoEffectsInputParam,
    VoiceRefParam,
    WatermarkInfoParam,
)

if TYPE_CHECKING:
    from .._async_http import AsyncHttpCore


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


class VideosLipSyncCreateParams(CallOptions, total=False):
    """The arguments of ``videos.lip_sync.create`` (``create_and_wait`` takes them too)."""

    input: Required[LipSyncInputParam]
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class VideosAdvancedLipSyncCreateParams(CallOptions, total=False):
    """The arguments of ``videos.advanced_lip_sync.create`` (``create_and_wait`` takes them too)."""

    session_id: Required[str]
    face_choose: Required[builtins.list[FaceChoiceParam]]
    watermark_info: WatermarkInfoParam | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class VideosAvatarCreateParams(CallOptions, total=False):
    """The arguments of ``videos.avatar.create`` (``create_and_wait`` takes them too)."""

    image: Required[str]
    audio_id: str | None
    sound_file: str | None
    prompt: str | None
    mode: Mode | None
    watermark_info: WatermarkInfoParam | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class VideosText2videoCreateParams(CallOptions, total=False):
    """The arguments of ``videos.text2video.create`` (``create_and_wait`` takes them too)."""

    model_name: (
        Literal[
            "kling-v1",
            "kling-v1-6",
            "kling-v2-master",
            "kling-v2-1-master",
            "kling-v2-5-turbo",
            "kling-v2-6",
            "kling-v3",
        ]
        | None
    )
    multi_shot: bool | None
    shot_type: VideoShotType | None
    prompt: str | None
    multi_prompt: builtins.list[MultiPromptShotParam] | None
    negative_prompt: str | None
    sound: Sound | None
    cfg_scale: float | None
    mode: VideoMode | None
    camera_control: CameraControlParam | None
    aspect_ratio: VideoAspectRatio | None
    duration: VideoDuration | None
    watermark_info: WatermarkInfoParam | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


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


class VideosOmniVideoCreateParams(CallOptions, total=False):
    """The arguments of ``videos.omni_video.create`` (``create_and_wait`` takes them too)."""

    model_name: Literal["kling-video-o1", "kling-v3-omni"] | None
    multi_shot: bool | None
    shot_type: VideoShotType | None
    prompt: str | None
    multi_prompt: builtins.list[MultiPromptShotParam] | None
    image_list: builtins.list[OmniVideoImageParam] | None
    element_list: builtins.list[ElementRefParam] | None
    video_list: builtins.list[OmniVideoReferenceParam] | None
    sound: Sound | None
    mode: VideoMode | None
    aspect_ratio: VideoAspectRatio | None
    duration: VideoDuration | None
    watermark_info: WatermarkInfoParam | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class VideosMultiImage2videoCreateParams(CallOptions, total=False):
    """The arguments of ``videos.multi_image2video.create`` (``create_and_wait`` takes them too)."""

    image_list: Required[builtins.list[MultiImage2VideoImageParam]]
    prompt: Required[str]
    model_name: Literal["kling-v1-6"] | None
    negative_prompt: str | None
    mode: Mode | None
    duration: Literal["5", "10"] | None
    aspect_ratio: VideoAspectRatio | None
    cfg_scale: float | None
    static_mask: str | None
    dynamic_masks: builtins.list[Image2VideoDynamicMaskParam] | None
    watermark_info: WatermarkInfoParam | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class VideosMotionControlCreateParams(CallOptions, total=False):
    """The arguments of ``videos.motion_control.create`` (``create_and_wait`` takes them too)."""

    image_url: Required[str]
    video_url: Required[str]
    character_orientation: Required[Literal["image", "video"]]
    mode: Required[Mode]
    model_name: Literal["kling-v2-6", "kling-v3"] | None
    prompt: str | None
    element_list: builtins.list[ElementRefParam] | None
    keep_original_sound: Literal["yes", "no"] | None
    watermark_info: WatermarkInfoParam | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class VideosVideoExtendCreateParams(CallOptions, total=False):
    """The arguments of ``videos.video_extend.create`` (``create_and_wait`` takes them too)."""

    video_id: Required[str]
    prompt: str | None
    negative_prompt: str | None
    cfg_scale: float | None
    watermark_info: WatermarkInfoParam | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class VideosEffectsCreateParams(CallOptions, total=False):
    """The arguments of ``videos.effects.create`` (``create_and_wait`` takes them too)."""

    effect_scene: Required[VideoEffectScene]
    input: Required[VideoEffectsInputParam]
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class VideosResource:
    """``client.videos``: Video generation, extension and effect tasks.

    Methods: image_recognize.

    Resources: multi_elements, lip_sync, advanced_lip_sync, avatar, text2video, image2video,
    omni_video, multi_image2video, motion_control, video_extend, effects.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core
        self.multi_elements = VideosMultiElementsResource(core)
        self.lip_sync = VideosLipSyncResource(core)
        self.advanced_lip_sync = VideosAdvancedLipSyncResource(core)
        self.avatar = VideosAvatarResource(core)
        self.text2video = VideosText2videoResource(core)
        self.image2video = VideosImage2videoResource(core)
        self.omni_video = VideosOmniVideoResource(core)
        self.multi_image2video = VideosMultiImage2videoResource(core)
        self.motion_control = VideosMotionControlResource(core)
        self.video_extend = VideosVideoExtendResource(core)
        self.effects = VideosEffectsResource(core)

    @cached_property
    def with_raw_response(self) -> VideosResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return VideosResourceRaw(self)

    def image_recognize(
        self,
        *,
        image: str,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ImageRecognizeData:
        """Check which regions (subject, head, face, clothing) an image contains.

        Sends ``POST /v1/videos/image-recognize``; the answer holds the result.

        Args:
            image: The image to check (URL or raw Base64). At least 1 characters.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "POST",
            "/v1/videos/image-recognize",
            operation_id="recognizeImage",
            body={
                "image": image,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(ImageRecognizeData.from_dict(mapping(data)), last_request_id())


class VideosResourceRaw:
    """``videos.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: VideosResource) -> None:
        self.image_recognize = raw(resource.image_recognize)
        self.multi_elements = resource.multi_elements.with_raw_response
        self.lip_sync = resource.lip_sync.with_raw_response
        self.advanced_lip_sync = resource.advanced_lip_sync.with_raw_response
        self.avatar = resource.avatar.with_raw_response
        self.text2video = resource.text2video.with_raw_response
        self.image2video = resource.image2video.with_raw_response
        self.omni_video = resource.omni_video.with_raw_response
        self.multi_image2video = resource.multi_image2video.with_raw_response
        self.motion_control = resource.motion_control.with_raw_response
        self.video_extend = resource.video_extend.with_raw_response
        self.effects = resource.effects.with_raw_response


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
                calls refuse kling-v1-6 as discontinued, so spec/ states no default.
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


class VideosLipSyncResource(TaskQueries[Task]):
    """``client.videos.lip_sync``: Make a person in a video speak a text (built-in voice) or an
    audio track.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/lip-sync/{task_id}",
                get_operation="getLipSyncTask",
                list_path="/v1/videos/lip-sync",
                list_operation="listLipSyncTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createLipSyncTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> VideosLipSyncResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return VideosLipSyncResourceRaw(self)

    def create(
        self,
        *,
        input: LipSyncInputParam,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Make a person in a video speak a text (built-in voice) or an audio track.

        Sends ``POST /v1/videos/lip-sync`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            input: What to lip-sync and to what. The source is a Kling video or a video URL (exactly
                one); the speech is a text read by a built-in voice (text2video) or an audio file or
                URL (audio2video).
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
            "/v1/videos/lip-sync",
            operation_id="createLipSyncTask",
            body={
                "input": input,
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
        **params: Unpack[VideosLipSyncCreateParams],
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


class VideosLipSyncResourceRaw:
    """``videos.lip_sync.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: VideosLipSyncResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


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


class VideosAvatarResource(TaskQueries[Task]):
    """``client.videos.avatar``: Animate a portrait into a talking avatar driven by an audio
    track.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/avatar/image2video/{task_id}",
                get_operation="getAvatarTask",
                list_path="/v1/videos/avatar/image2video",
                list_operation="listAvatarTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createAvatarTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> VideosAvatarResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return VideosAvatarResourceRaw(self)

    def create(
        self,
        *,
        image: str,
        audio_id: str | None = None,
        sound_file: str | None = None,
        prompt: str | None = None,
        mode: Mode | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Animate a portrait into a talking avatar driven by an audio track.

        Sends ``POST /v1/videos/avatar/image2video`` and returns the task as the server
        accepted it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            image: The avatar's portrait (URL or raw Base64). At least 1 characters.
            audio_id: A text-to-speech audio id from the last 30 days, 2–300 s long.
            sound_file: An audio file as raw Base64 or a URL; MP3, WAV, M4A or AAC, at most 5 MB,
                2–300 s.
            prompt: Gestures, emotion and camera movement of the avatar; at most 2500 characters.
            mode: `std` is faster and cheaper; `pro` gives higher quality. Server default: 'std'.
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
            "/v1/videos/avatar/image2video",
            operation_id="createAvatarTask",
            body={
                "image": image,
                "audio_id": audio_id,
                "sound_file": sound_file,
                "prompt": prompt,
                "mode": mode,
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
        **params: Unpack[VideosAvatarCreateParams],
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


class VideosAvatarResourceRaw:
    """``videos.avatar.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: VideosAvatarResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class VideosText2videoResource(TaskQueries[Task]):
    """``client.videos.text2video``: Generate a video from a text prompt (single shot or
    multi-shot).

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/text2video/{task_id}",
                get_operation="getText2VideoTask",
                list_path="/v1/videos/text2video",
                list_operation="listText2VideoTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createText2VideoTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> VideosText2videoResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return VideosText2videoResourceRaw(self)

    def create(
        self,
        *,
        model_name: Literal[
            "kling-v1",
            "kling-v1-6",
            "kling-v2-master",
            "kling-v2-1-master",
            "kling-v2-5-turbo",
            "kling-v2-6",
            "kling-v3",
        ]
        | None = None,
        multi_shot: bool | None = None,
        shot_type: VideoShotType | None = None,
        prompt: str | None = None,
        multi_prompt: builtins.list[MultiPromptShotParam] | None = None,
        negative_prompt: str | None = None,
        sound: Sound | None = None,
        cfg_scale: float | None = None,
        mode: VideoMode | None = None,
        camera_control: CameraControlParam | None = None,
        aspect_ratio: VideoAspectRatio | None = None,
        duration: VideoDuration | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate a video from a text prompt (single shot or multi-shot).

        Sends ``POST /v1/videos/text2video`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            model_name: Which video model generates; send a live one (kling-v3, kling-v2-6,
                kling-v2-5-turbo). The docs name kling-v1 as the default, a model live calls refuse
                as discontinued, so spec/ states no default.
            multi_shot: True for a multi-shot video. Then the top-level prompt is ignored for
                shot_type customize and start/end frames are not allowed; when false, shot_type and
                multi_prompt are ignored. Server default: False.
            shot_type: How a multi-shot video is split: `customize` follows your multi_prompt
                storyboard, `intelligence` lets the model cut the prompt into shots. Required when
                multi_shot is true.
            prompt: What happens in the video, at most 2500 characters. Required unless multi_shot
                is true with shot_type customize. Voices can be cued as <<<voice_1>>> (needs sound
                on).
            multi_prompt: The storyboard of a customised multi-shot video: 1 to 6 shots, each at
                least 1 s, whose durations add up to the video's duration. At least 1 items; at most
                6 items.
            negative_prompt: What to keep out of the result; at most 2500 characters.
            sound: Whether the video is generated with sound (v2.6 and later). Server default:
                'off'.
            cfg_scale: How closely to follow the prompt; higher is stricter. Not supported by
                kling-v2.x models. >= 0; <= 1. Server default: 0.5.
            mode: `std` = 720P, `pro` = 1080P, `4k` = native 4K at pro quality (kling-v3 and
                kling-v3-omni only, 3 units/s). Server default: 'std'.
            camera_control: Camera movement; only kling-v1 in std mode for 5 s videos supports it.
            aspect_ratio: Width:height of the generated video. Server default: '16:9'.
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
            "/v1/videos/text2video",
            operation_id="createText2VideoTask",
            body={
                "model_name": model_name,
                "multi_shot": multi_shot,
                "shot_type": shot_type,
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "negative_prompt": negative_prompt,
                "sound": sound,
                "cfg_scale": cfg_scale,
                "mode": mode,
                "camera_control": camera_control,
                "aspect_ratio": aspect_ratio,
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
        **params: Unpack[VideosText2videoCreateParams],
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


class VideosText2videoResourceRaw:
    """``videos.text2video.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: VideosText2videoResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


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
                as discontinued, so spec/ states no default.
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


class VideosOmniVideoResource(TaskQueries[Task]):
    """``client.videos.omni_video``: Generate or edit a video from a prompt that references
    images, elements and a video.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/omni-video/{task_id}",
                get_operation="getOmniVideoTask",
                list_path="/v1/videos/omni-video",
                list_operation="listOmniVideoTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createOmniVideoTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> VideosOmniVideoResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return VideosOmniVideoResourceRaw(self)

    def create(
        self,
        *,
        model_name: Literal["kling-video-o1", "kling-v3-omni"] | None = None,
        multi_shot: bool | None = None,
        shot_type: VideoShotType | None = None,
        prompt: str | None = None,
        multi_prompt: builtins.list[MultiPromptShotParam] | None = None,
        image_list: builtins.list[OmniVideoImageParam] | None = None,
        element_list: builtins.list[ElementRefParam] | None = None,
        video_list: builtins.list[OmniVideoReferenceParam] | None = None,
        sound: Sound | None = None,
        mode: VideoMode | None = None,
        aspect_ratio: VideoAspectRatio | None = None,
        duration: VideoDuration | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate or edit a video from a prompt that references images, elements and a video.

        Sends ``POST /v1/videos/omni-video`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            model_name: Which omni model generates. Server default: 'kling-video-o1'.
            multi_shot: True for a multi-shot video. Then the top-level prompt is ignored for
                shot_type customize and start/end frames are not allowed; when false, shot_type and
                multi_prompt are ignored. Server default: False.
            shot_type: How a multi-shot video is split: `customize` follows your multi_prompt
                storyboard, `intelligence` lets the model cut the prompt into shots. Required when
                multi_shot is true.
            prompt: What to make, at most 2500 characters, cueing references as <<<image_1>>>,
                <<<element_1>>>, <<<video_1>>>. Required unless multi_shot is true with shot_type
                customize.
            multi_prompt: The storyboard of a customised multi-shot video: 1 to 6 shots, each at
                least 1 s, whose durations add up to the video's duration. At least 1 items; at most
                6 items.
            image_list: Reference images (subjects, scenes, styles) and optional first/end frames.
                Images plus elements: at most 7, or 4 with a reference video. At most 7 items.
            element_list: Subject-library elements. Images plus elements: at most 7, or 4 with a
                reference video (video-character elements are not allowed then). At most 3 with a
                first frame. At most 7 items.
            video_list: At most one reference video; with one, sound must be off. At most 1 items.
            sound: Whether the video is generated with sound; must be off with a reference video.
                Server default: 'off'.
            mode: `std` = 720P, `pro` = 1080P, `4k` = native 4K at pro quality (kling-v3 and
                kling-v3-omni only, 3 units/s). Server default: 'pro'.
            aspect_ratio: Width:height; required unless a first frame is given or a video is edited
                (`base`).
            duration: Video length in seconds, as a string; ignored when editing a `base` video.
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
            "/v1/videos/omni-video",
            operation_id="createOmniVideoTask",
            body={
                "model_name": model_name,
                "multi_shot": multi_shot,
                "shot_type": shot_type,
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "image_list": image_list,
                "element_list": element_list,
                "video_list": video_list,
                "sound": sound,
                "mode": mode,
                "aspect_ratio": aspect_ratio,
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
        **params: Unpack[VideosOmniVideoCreateParams],
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


class VideosOmniVideoResourceRaw:
    """``videos.omni_video.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: VideosOmniVideoResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class VideosMultiImage2videoResource(TaskQueries[Task]):
    """``client.videos.multi_image2video``: Generate a video from up to four reference images of
    subjects.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/multi-image2video/{task_id}",
                get_operation="getMultiImage2VideoTask",
                list_path="/v1/videos/multi-image2video",
                list_operation="listMultiImage2VideoTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createMultiImage2VideoTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> VideosMultiImage2videoResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return VideosMultiImage2videoResourceRaw(self)

    def create(
        self,
        *,
        image_list: builtins.list[MultiImage2VideoImageParam],
        prompt: str,
        model_name: Literal["kling-v1-6"] | None = None,
        negative_prompt: str | None = None,
        mode: Mode | None = None,
        duration: Literal["5", "10"] | None = None,
        aspect_ratio: VideoAspectRatio | None = None,
        cfg_scale: float | None = None,
        static_mask: str | None = None,
        dynamic_masks: builtins.list[Image2VideoDynamicMaskParam] | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate a video from up to four reference images of subjects.

        Sends ``POST /v1/videos/multi-image2video`` and returns the task as the server
        accepted it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            image_list: Up to 4 reference images. At least 1 items; at most 4 items.
            prompt: What the subjects do, at most 2500 characters; required. At least 1 characters.
            model_name: The only model this route took (documented default kling-v1-6, retired live;
                the route itself answers "This API is no longer available".
            negative_prompt: What to keep out of the result; at most 2500 characters.
            mode: `std` is faster and cheaper; `pro` gives higher quality. Server default: 'std'.
            duration: Video length in seconds, as a string. Server default: '5'.
            aspect_ratio: Width:height of the generated video. Server default: '16:9'.
            cfg_scale: How closely to follow the prompt (listed by CometAPI only). >= 0; <= 1.
                Server default: 0.5.
            static_mask: Static motion-brush area, as in image2video (listed by CometAPI only). At
                least 1 characters.
            dynamic_masks: Motion-brush groups, as in image2video (listed by CometAPI only). At most
                6 items.
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
            "/v1/videos/multi-image2video",
            operation_id="createMultiImage2VideoTask",
            body={
                "model_name": model_name,
                "image_list": image_list,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "mode": mode,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "cfg_scale": cfg_scale,
                "static_mask": static_mask,
                "dynamic_masks": dynamic_masks,
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
        **params: Unpack[VideosMultiImage2videoCreateParams],
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


class VideosMultiImage2videoResourceRaw:
    """``videos.multi_image2video.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: VideosMultiImage2videoResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class VideosMotionControlResource(TaskQueries[Task]):
    """``client.videos.motion_control``: Make the character of a reference image perform the
    motion of a reference video.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/motion-control/{task_id}",
                get_operation="getMotionControlTask",
                list_path="/v1/videos/motion-control",
                list_operation="listMotionControlTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createMotionControlTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> VideosMotionControlResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return VideosMotionControlResourceRaw(self)

    def create(
        self,
        *,
        image_url: str,
        video_url: str,
        character_orientation: Literal["image", "video"],
        mode: Mode,
        model_name: Literal["kling-v2-6", "kling-v3"] | None = None,
        prompt: str | None = None,
        element_list: builtins.list[ElementRefParam] | None = None,
        keep_original_sound: Literal["yes", "no"] | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Make the character of a reference image perform the motion of a reference video.

        Sends ``POST /v1/videos/motion-control`` and returns the task as the server accepted
        it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            image_url: The character image as a reachable URL or raw Base64 (no `data:` prefix).
                JPG/JPEG/PNG, at most 10 MB, sides 300–65536 px, aspect ratio between 1:2.5 and
                2.5:1. Show the upper or whole body, head and limbs unobstructed. At least 1
                characters.
            video_url: URL of the motion video: MP4/MOV, at most 100 MB, 340–3850 px per side, 3 s
                to 30 s (10 s when character_orientation is image). One continuous shot of one
                person works best. At least 1 characters; matches ^https?://\\S+$.
            character_orientation: Whose facing the character keeps: `image` (reference video at
                most 10 s) or `video` (reference video at most 30 s).
            mode: `std` is faster and cheaper; `pro` gives higher quality.
            model_name: Which video model generates. Server default: 'kling-v2-6'.
            prompt: Extra direction (scene elements, camera effects), at most 2500 characters.
            element_list: At most one subject-library element; with one, the output follows the
                video's orientation. At most 1 items.
            keep_original_sound: Whether the output keeps the reference video's sound. Server
                default: 'yes'.
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
            "/v1/videos/motion-control",
            operation_id="createMotionControlTask",
            body={
                "model_name": model_name,
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "element_list": element_list,
                "keep_original_sound": keep_original_sound,
                "character_orientation": character_orientation,
                "mode": mode,
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
        **params: Unpack[VideosMotionControlCreateParams],
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


class VideosMotionControlResourceRaw:
    """``videos.motion_control.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: VideosMotionControlResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class VideosVideoExtendResource(TaskQueries[Task]):
    """``client.videos.video_extend``: Extend a generated video by 4–5 seconds, with the same
    model and mode.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/video-extend/{task_id}",
                get_operation="getVideoExtendTask",
                list_path="/v1/videos/video-extend",
                list_operation="listVideoExtendTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createVideoExtendTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> VideosVideoExtendResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return VideosVideoExtendResourceRaw(self)

    def create(
        self,
        *,
        video_id: str,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Extend a generated video by 4–5 seconds, with the same model and mode.

        Sends ``POST /v1/videos/video-extend`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            video_id: A video id from text2video, image2video or an earlier extension, made by a
                V1.0, V1.5 or V1.6 model in the last 30 days; the extended video may not pass 3
                minutes. At least 1 characters.
            prompt: What to generate, in natural language; at most 2500 characters.
            negative_prompt: What to keep out of the result; at most 2500 characters.
            cfg_scale: How closely to follow the prompt; higher is stricter. Not supported by
                kling-v2.x models. >= 0; <= 1. Server default: 0.5.
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
            "/v1/videos/video-extend",
            operation_id="createVideoExtendTask",
            body={
                "video_id": video_id,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
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
        **params: Unpack[VideosVideoExtendCreateParams],
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


class VideosVideoExtendResourceRaw:
    """``videos.video_extend.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: VideosVideoExtendResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class VideosEffectsResource(TaskQueries[Task]):
    """``client.videos.effects``: Apply a preset video effect to one image (or, for dual scenes,
    to two portraits).

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/effects/{task_id}",
                get_operation="getVideoEffectsTask",
                list_path="/v1/videos/effects",
                list_operation="listVideoEffectsTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createVideoEffectsTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> VideosEffectsResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return VideosEffectsResourceRaw(self)

    def create(
        self,
        *,
        effect_scene: VideoEffectScene,
        input: VideoEffectsInputParam,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Apply a preset video effect to one image (or, for dual scenes, to two portraits).

        Sends ``POST /v1/videos/effects`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            effect_scene: The effect to apply. Dual-image scenes (pet_skateboard, daily_ootd,
                toss_run, switch_to_silk, studio_look, french_elegance, finger_swipe,
                smooth_transition, kiss_pro, snow_night_kiss, eternal_kiss, cheers_2026, fight_pro,
                hug_pro, heart_gesture_pro, and the older hug, kiss, heart_gesture) take
                input.images; every other scene takes input.image.
            input: What the scene works on; which fields apply depends on effect_scene.
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
            "/v1/videos/effects",
            operation_id="createVideoEffectsTask",
            body={
                "effect_scene": effect_scene,
                "input": input,
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
        **params: Unpack[VideosEffectsCreateParams],
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


class VideosEffectsResourceRaw:
    """``videos.effects.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: VideosEffectsResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class AsyncVideosResource:
    """``client.videos``: Video generation, extension and effect tasks.

    Methods (coroutines; iter is an async iterator): image_recognize.

    Resources: multi_elements, lip_sync, advanced_lip_sync, avatar, text2video, image2video,
    omni_video, multi_image2video, motion_control, video_extend, effects.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        self._core = core
        self.multi_elements = AsyncVideosMultiElementsResource(core)
        self.lip_sync = AsyncVideosLipSyncResource(core)
        self.advanced_lip_sync = AsyncVideosAdvancedLipSyncResource(core)
        self.avatar = AsyncVideosAvatarResource(core)
        self.text2video = AsyncVideosText2videoResource(core)
        self.image2video = AsyncVideosImage2videoResource(core)
        self.omni_video = AsyncVideosOmniVideoResource(core)
        self.multi_image2video = AsyncVideosMultiImage2videoResource(core)
        self.motion_control = AsyncVideosMotionControlResource(core)
        self.video_extend = AsyncVideosVideoExtendResource(core)
        self.effects = AsyncVideosEffectsResource(core)

    @cached_property
    def with_raw_response(self) -> AsyncVideosResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncVideosResourceRaw(self)

    async def image_recognize(
        self,
        *,
        image: str,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ImageRecognizeData:
        """Check which regions (subject, head, face, clothing) an image contains.

        Sends ``POST /v1/videos/image-recognize``; the answer holds the result.

        Args:
            image: The image to check (URL or raw Base64). At least 1 characters.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "POST",
            "/v1/videos/image-recognize",
            operation_id="recognizeImage",
            body={
                "image": image,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(ImageRecognizeData.from_dict(mapping(data)), last_request_id())


class AsyncVideosResourceRaw:
    """``videos.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncVideosResource) -> None:
        self.image_recognize = async_raw(resource.image_recognize)
        self.multi_elements = resource.multi_elements.with_raw_response
        self.lip_sync = resource.lip_sync.with_raw_response
        self.advanced_lip_sync = resource.advanced_lip_sync.with_raw_response
        self.avatar = resource.avatar.with_raw_response
        self.text2video = resource.text2video.with_raw_response
        self.image2video = resource.image2video.with_raw_response
        self.omni_video = resource.omni_video.with_raw_response
        self.multi_image2video = resource.multi_image2video.with_raw_response
        self.motion_control = resource.motion_control.with_raw_response
        self.video_extend = resource.video_extend.with_raw_response
        self.effects = resource.effects.with_raw_response


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
                calls refuse kling-v1-6 as discontinued, so spec/ states no default.
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


class AsyncVideosLipSyncResource(AsyncTaskQueries[Task]):
    """``client.videos.lip_sync``: Make a person in a video speak a text (built-in voice) or an
    audio track.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/lip-sync/{task_id}",
                get_operation="getLipSyncTask",
                list_path="/v1/videos/lip-sync",
                list_operation="listLipSyncTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createLipSyncTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncVideosLipSyncResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncVideosLipSyncResourceRaw(self)

    async def create(
        self,
        *,
        input: LipSyncInputParam,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Make a person in a video speak a text (built-in voice) or an audio track.

        Sends ``POST /v1/videos/lip-sync`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            input: What to lip-sync and to what. The source is a Kling video or a video URL (exactly
                one); the speech is a text read by a built-in voice (text2video) or an audio file or
                URL (audio2video).
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
            "/v1/videos/lip-sync",
            operation_id="createLipSyncTask",
            body={
                "input": input,
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
        **params: Unpack[VideosLipSyncCreateParams],
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


class AsyncVideosLipSyncResourceRaw:
    """``videos.lip_sync.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncVideosLipSyncResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)


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


class AsyncVideosAvatarResource(AsyncTaskQueries[Task]):
    """``client.videos.avatar``: Animate a portrait into a talking avatar driven by an audio
    track.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/avatar/image2video/{task_id}",
                get_operation="getAvatarTask",
                list_path="/v1/videos/avatar/image2video",
                list_operation="listAvatarTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createAvatarTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncVideosAvatarResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncVideosAvatarResourceRaw(self)

    async def create(
        self,
        *,
        image: str,
        audio_id: str | None = None,
        sound_file: str | None = None,
        prompt: str | None = None,
        mode: Mode | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Animate a portrait into a talking avatar driven by an audio track.

        Sends ``POST /v1/videos/avatar/image2video`` and returns the task as the server
        accepted it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            image: The avatar's portrait (URL or raw Base64). At least 1 characters.
            audio_id: A text-to-speech audio id from the last 30 days, 2–300 s long.
            sound_file: An audio file as raw Base64 or a URL; MP3, WAV, M4A or AAC, at most 5 MB,
                2–300 s.
            prompt: Gestures, emotion and camera movement of the avatar; at most 2500 characters.
            mode: `std` is faster and cheaper; `pro` gives higher quality. Server default: 'std'.
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
            "/v1/videos/avatar/image2video",
            operation_id="createAvatarTask",
            body={
                "image": image,
                "audio_id": audio_id,
                "sound_file": sound_file,
                "prompt": prompt,
                "mode": mode,
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
        **params: Unpack[VideosAvatarCreateParams],
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


class AsyncVideosAvatarResourceRaw:
    """``videos.avatar.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncVideosAvatarResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)


class AsyncVideosText2videoResource(AsyncTaskQueries[Task]):
    """``client.videos.text2video``: Generate a video from a text prompt (single shot or
    multi-shot).

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/text2video/{task_id}",
                get_operation="getText2VideoTask",
                list_path="/v1/videos/text2video",
                list_operation="listText2VideoTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createText2VideoTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncVideosText2videoResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncVideosText2videoResourceRaw(self)

    async def create(
        self,
        *,
        model_name: Literal[
            "kling-v1",
            "kling-v1-6",
            "kling-v2-master",
            "kling-v2-1-master",
            "kling-v2-5-turbo",
            "kling-v2-6",
            "kling-v3",
        ]
        | None = None,
        multi_shot: bool | None = None,
        shot_type: VideoShotType | None = None,
        prompt: str | None = None,
        multi_prompt: builtins.list[MultiPromptShotParam] | None = None,
        negative_prompt: str | None = None,
        sound: Sound | None = None,
        cfg_scale: float | None = None,
        mode: VideoMode | None = None,
        camera_control: CameraControlParam | None = None,
        aspect_ratio: VideoAspectRatio | None = None,
        duration: VideoDuration | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate a video from a text prompt (single shot or multi-shot).

        Sends ``POST /v1/videos/text2video`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            model_name: Which video model generates; send a live one (kling-v3, kling-v2-6,
                kling-v2-5-turbo). The docs name kling-v1 as the default, a model live calls refuse
                as discontinued, so spec/ states no default.
            multi_shot: True for a multi-shot video. Then the top-level prompt is ignored for
                shot_type customize and start/end frames are not allowed; when false, shot_type and
                multi_prompt are ignored. Server default: False.
            shot_type: How a multi-shot video is split: `customize` follows your multi_prompt
                storyboard, `intelligence` lets the model cut the prompt into shots. Required when
                multi_shot is true.
            prompt: What happens in the video, at most 2500 characters. Required unless multi_shot
                is true with shot_type customize. Voices can be cued as <<<voice_1>>> (needs sound
                on).
            multi_prompt: The storyboard of a customised multi-shot video: 1 to 6 shots, each at
                least 1 s, whose durations add up to the video's duration. At least 1 items; at most
                6 items.
            negative_prompt: What to keep out of the result; at most 2500 characters.
            sound: Whether the video is generated with sound (v2.6 and later). Server default:
                'off'.
            cfg_scale: How closely to follow the prompt; higher is stricter. Not supported by
                kling-v2.x models. >= 0; <= 1. Server default: 0.5.
            mode: `std` = 720P, `pro` = 1080P, `4k` = native 4K at pro quality (kling-v3 and
                kling-v3-omni only, 3 units/s). Server default: 'std'.
            camera_control: Camera movement; only kling-v1 in std mode for 5 s videos supports it.
            aspect_ratio: Width:height of the generated video. Server default: '16:9'.
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
            "/v1/videos/text2video",
            operation_id="createText2VideoTask",
            body={
                "model_name": model_name,
                "multi_shot": multi_shot,
                "shot_type": shot_type,
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "negative_prompt": negative_prompt,
                "sound": sound,
                "cfg_scale": cfg_scale,
                "mode": mode,
                "camera_control": camera_control,
                "aspect_ratio": aspect_ratio,
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
        **params: Unpack[VideosText2videoCreateParams],
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


class AsyncVideosText2videoResourceRaw:
    """``videos.text2video.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncVideosText2videoResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)


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
                as discontinued, so spec/ states no default.
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


class AsyncVideosOmniVideoResource(AsyncTaskQueries[Task]):
    """``client.videos.omni_video``: Generate or edit a video from a prompt that references
    images, elements and a video.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/omni-video/{task_id}",
                get_operation="getOmniVideoTask",
                list_path="/v1/videos/omni-video",
                list_operation="listOmniVideoTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createOmniVideoTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncVideosOmniVideoResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncVideosOmniVideoResourceRaw(self)

    async def create(
        self,
        *,
        model_name: Literal["kling-video-o1", "kling-v3-omni"] | None = None,
        multi_shot: bool | None = None,
        shot_type: VideoShotType | None = None,
        prompt: str | None = None,
        multi_prompt: builtins.list[MultiPromptShotParam] | None = None,
        image_list: builtins.list[OmniVideoImageParam] | None = None,
        element_list: builtins.list[ElementRefParam] | None = None,
        video_list: builtins.list[OmniVideoReferenceParam] | None = None,
        sound: Sound | None = None,
        mode: VideoMode | None = None,
        aspect_ratio: VideoAspectRatio | None = None,
        duration: VideoDuration | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate or edit a video from a prompt that references images, elements and a video.

        Sends ``POST /v1/videos/omni-video`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            model_name: Which omni model generates. Server default: 'kling-video-o1'.
            multi_shot: True for a multi-shot video. Then the top-level prompt is ignored for
                shot_type customize and start/end frames are not allowed; when false, shot_type and
                multi_prompt are ignored. Server default: False.
            shot_type: How a multi-shot video is split: `customize` follows your multi_prompt
                storyboard, `intelligence` lets the model cut the prompt into shots. Required when
                multi_shot is true.
            prompt: What to make, at most 2500 characters, cueing references as <<<image_1>>>,
                <<<element_1>>>, <<<video_1>>>. Required unless multi_shot is true with shot_type
                customize.
            multi_prompt: The storyboard of a customised multi-shot video: 1 to 6 shots, each at
                least 1 s, whose durations add up to the video's duration. At least 1 items; at most
                6 items.
            image_list: Reference images (subjects, scenes, styles) and optional first/end frames.
                Images plus elements: at most 7, or 4 with a reference video. At most 7 items.
            element_list: Subject-library elements. Images plus elements: at most 7, or 4 with a
                reference video (video-character elements are not allowed then). At most 3 with a
                first frame. At most 7 items.
            video_list: At most one reference video; with one, sound must be off. At most 1 items.
            sound: Whether the video is generated with sound; must be off with a reference video.
                Server default: 'off'.
            mode: `std` = 720P, `pro` = 1080P, `4k` = native 4K at pro quality (kling-v3 and
                kling-v3-omni only, 3 units/s). Server default: 'pro'.
            aspect_ratio: Width:height; required unless a first frame is given or a video is edited
                (`base`).
            duration: Video length in seconds, as a string; ignored when editing a `base` video.
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
            "/v1/videos/omni-video",
            operation_id="createOmniVideoTask",
            body={
                "model_name": model_name,
                "multi_shot": multi_shot,
                "shot_type": shot_type,
                "prompt": prompt,
                "multi_prompt": multi_prompt,
                "image_list": image_list,
                "element_list": element_list,
                "video_list": video_list,
                "sound": sound,
                "mode": mode,
                "aspect_ratio": aspect_ratio,
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
        **params: Unpack[VideosOmniVideoCreateParams],
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


class AsyncVideosOmniVideoResourceRaw:
    """``videos.omni_video.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncVideosOmniVideoResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)


class AsyncVideosMultiImage2videoResource(AsyncTaskQueries[Task]):
    """``client.videos.multi_image2video``: Generate a video from up to four reference images of
    subjects.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/multi-image2video/{task_id}",
                get_operation="getMultiImage2VideoTask",
                list_path="/v1/videos/multi-image2video",
                list_operation="listMultiImage2VideoTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createMultiImage2VideoTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncVideosMultiImage2videoResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncVideosMultiImage2videoResourceRaw(self)

    async def create(
        self,
        *,
        image_list: builtins.list[MultiImage2VideoImageParam],
        prompt: str,
        model_name: Literal["kling-v1-6"] | None = None,
        negative_prompt: str | None = None,
        mode: Mode | None = None,
        duration: Literal["5", "10"] | None = None,
        aspect_ratio: VideoAspectRatio | None = None,
        cfg_scale: float | None = None,
        static_mask: str | None = None,
        dynamic_masks: builtins.list[Image2VideoDynamicMaskParam] | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate a video from up to four reference images of subjects.

        Sends ``POST /v1/videos/multi-image2video`` and returns the task as the server
        accepted it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            image_list: Up to 4 reference images. At least 1 items; at most 4 items.
            prompt: What the subjects do, at most 2500 characters; required. At least 1 characters.
            model_name: The only model this route took (documented default kling-v1-6, retired live;
                the route itself answers "This API is no longer available".
            negative_prompt: What to keep out of the result; at most 2500 characters.
            mode: `std` is faster and cheaper; `pro` gives higher quality. Server default: 'std'.
            duration: Video length in seconds, as a string. Server default: '5'.
            aspect_ratio: Width:height of the generated video. Server default: '16:9'.
            cfg_scale: How closely to follow the prompt (listed by CometAPI only). >= 0; <= 1.
                Server default: 0.5.
            static_mask: Static motion-brush area, as in image2video (listed by CometAPI only). At
                least 1 characters.
            dynamic_masks: Motion-brush groups, as in image2video (listed by CometAPI only). At most
                6 items.
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
            "/v1/videos/multi-image2video",
            operation_id="createMultiImage2VideoTask",
            body={
                "model_name": model_name,
                "image_list": image_list,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "mode": mode,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "cfg_scale": cfg_scale,
                "static_mask": static_mask,
                "dynamic_masks": dynamic_masks,
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
        **params: Unpack[VideosMultiImage2videoCreateParams],
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


class AsyncVideosMultiImage2videoResourceRaw:
    """``videos.multi_image2video.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncVideosMultiImage2videoResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)


class AsyncVideosMotionControlResource(AsyncTaskQueries[Task]):
    """``client.videos.motion_control``: Make the character of a reference image perform the
    motion of a reference video.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/motion-control/{task_id}",
                get_operation="getMotionControlTask",
                list_path="/v1/videos/motion-control",
                list_operation="listMotionControlTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createMotionControlTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncVideosMotionControlResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncVideosMotionControlResourceRaw(self)

    async def create(
        self,
        *,
        image_url: str,
        video_url: str,
        character_orientation: Literal["image", "video"],
        mode: Mode,
        model_name: Literal["kling-v2-6", "kling-v3"] | None = None,
        prompt: str | None = None,
        element_list: builtins.list[ElementRefParam] | None = None,
        keep_original_sound: Literal["yes", "no"] | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Make the character of a reference image perform the motion of a reference video.

        Sends ``POST /v1/videos/motion-control`` and returns the task as the server accepted
        it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            image_url: The character image as a reachable URL or raw Base64 (no `data:` prefix).
                JPG/JPEG/PNG, at most 10 MB, sides 300–65536 px, aspect ratio between 1:2.5 and
                2.5:1. Show the upper or whole body, head and limbs unobstructed. At least 1
                characters.
            video_url: URL of the motion video: MP4/MOV, at most 100 MB, 340–3850 px per side, 3 s
                to 30 s (10 s when character_orientation is image). One continuous shot of one
                person works best. At least 1 characters; matches ^https?://\\S+$.
            character_orientation: Whose facing the character keeps: `image` (reference video at
                most 10 s) or `video` (reference video at most 30 s).
            mode: `std` is faster and cheaper; `pro` gives higher quality.
            model_name: Which video model generates. Server default: 'kling-v2-6'.
            prompt: Extra direction (scene elements, camera effects), at most 2500 characters.
            element_list: At most one subject-library element; with one, the output follows the
                video's orientation. At most 1 items.
            keep_original_sound: Whether the output keeps the reference video's sound. Server
                default: 'yes'.
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
            "/v1/videos/motion-control",
            operation_id="createMotionControlTask",
            body={
                "model_name": model_name,
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "element_list": element_list,
                "keep_original_sound": keep_original_sound,
                "character_orientation": character_orientation,
                "mode": mode,
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
        **params: Unpack[VideosMotionControlCreateParams],
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


class AsyncVideosMotionControlResourceRaw:
    """``videos.motion_control.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncVideosMotionControlResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)


class AsyncVideosVideoExtendResource(AsyncTaskQueries[Task]):
    """``client.videos.video_extend``: Extend a generated video by 4–5 seconds, with the same
    model and mode.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/video-extend/{task_id}",
                get_operation="getVideoExtendTask",
                list_path="/v1/videos/video-extend",
                list_operation="listVideoExtendTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createVideoExtendTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncVideosVideoExtendResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncVideosVideoExtendResourceRaw(self)

    async def create(
        self,
        *,
        video_id: str,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        cfg_scale: float | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Extend a generated video by 4–5 seconds, with the same model and mode.

        Sends ``POST /v1/videos/video-extend`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            video_id: A video id from text2video, image2video or an earlier extension, made by a
                V1.0, V1.5 or V1.6 model in the last 30 days; the extended video may not pass 3
                minutes. At least 1 characters.
            prompt: What to generate, in natural language; at most 2500 characters.
            negative_prompt: What to keep out of the result; at most 2500 characters.
            cfg_scale: How closely to follow the prompt; higher is stricter. Not supported by
                kling-v2.x models. >= 0; <= 1. Server default: 0.5.
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
            "/v1/videos/video-extend",
            operation_id="createVideoExtendTask",
            body={
                "video_id": video_id,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "cfg_scale": cfg_scale,
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
        **params: Unpack[VideosVideoExtendCreateParams],
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


class AsyncVideosVideoExtendResourceRaw:
    """``videos.video_extend.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncVideosVideoExtendResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)


class AsyncVideosEffectsResource(AsyncTaskQueries[Task]):
    """``client.videos.effects``: Apply a preset video effect to one image (or, for dual scenes,
    to two portraits).

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/videos/effects/{task_id}",
                get_operation="getVideoEffectsTask",
                list_path="/v1/videos/effects",
                list_operation="listVideoEffectsTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createVideoEffectsTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncVideosEffectsResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncVideosEffectsResourceRaw(self)

    async def create(
        self,
        *,
        effect_scene: VideoEffectScene,
        input: VideoEffectsInputParam,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Apply a preset video effect to one image (or, for dual scenes, to two portraits).

        Sends ``POST /v1/videos/effects`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            effect_scene: The effect to apply. Dual-image scenes (pet_skateboard, daily_ootd,
                toss_run, switch_to_silk, studio_look, french_elegance, finger_swipe,
                smooth_transition, kiss_pro, snow_night_kiss, eternal_kiss, cheers_2026, fight_pro,
                hug_pro, heart_gesture_pro, and the older hug, kiss, heart_gesture) take
                input.images; every other scene takes input.image.
            input: What the scene works on; which fields apply depends on effect_scene.
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
            "/v1/videos/effects",
            operation_id="createVideoEffectsTask",
            body={
                "effect_scene": effect_scene,
                "input": input,
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
        **params: Unpack[VideosEffectsCreateParams],
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


class AsyncVideosEffectsResourceRaw:
    """``videos.effects.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncVideosEffectsResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)
