"""``client.general``: Custom and preset voices, custom and preset elements (subject library).

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
from .._parsing import mapping, require_models, stamp
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
    AiMultiShotTask,
    AssetDeletion,
    OldCustomElement,
    PresetElementRecord,
    PresetVoiceRecord,
    Task,
)
from ..params import (
    CustomElementImageListParam,
    CustomElementTagParam,
    CustomElementVideoListParam,
    OldCustomElementTagListItemParam,
    OldElementReferImageParam,
)

if TYPE_CHECKING:
    from .._async_http import AsyncHttpCore


class GeneralCustomVoicesCreateParams(CallOptions, total=False):
    """The arguments of ``general.custom_voices.create`` (``create_and_wait`` takes them too)."""

    voice_name: Required[str]
    voice_url: str | None
    video_id: str | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


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


class GeneralAiMultiShotCreateParams(CallOptions, total=False):
    """The arguments of ``general.ai_multi_shot.create`` (``create_and_wait`` takes them too)."""

    element_frontal_image: Required[str]
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class GeneralResource:
    """``client.general``: Custom and preset voices, custom and preset elements (subject
    library).

    Resources: custom_voices, elements, ai_multi_shot, old_elements.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core
        self.custom_voices = GeneralCustomVoicesResource(core)
        self.elements = GeneralElementsResource(core)
        self.ai_multi_shot = GeneralAiMultiShotResource(core)
        self.old_elements = GeneralOldElementsResource(core)

    @cached_property
    def with_raw_response(self) -> GeneralResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return GeneralResourceRaw(self)


class GeneralResourceRaw:
    """``general.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: GeneralResource) -> None:
        self.custom_voices = resource.custom_voices.with_raw_response
        self.elements = resource.elements.with_raw_response
        self.ai_multi_shot = resource.ai_multi_shot.with_raw_response
        self.old_elements = resource.old_elements.with_raw_response


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


class GeneralAiMultiShotResource(TaskQueries[AiMultiShotTask]):
    """``client.general.ai_multi_shot``: Infer three sets of other views of an element from its
    front view.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/general/ai-multi-shot/{task_id}",
                get_operation="getAiMultiShotTask",
                list_path="/v1/general/ai-multi-shot",
                list_operation="listAiMultiShotTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createAiMultiShotTask",
            ),
            AiMultiShotTask.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> GeneralAiMultiShotResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return GeneralAiMultiShotResourceRaw(self)

    def create(
        self,
        *,
        element_frontal_image: str,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AiMultiShotTask:
        """Infer three sets of other views of an element from its front view.

        Sends ``POST /v1/general/ai-multi-shot`` and returns the task as the server accepted
        it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            element_frontal_image: The element's front view (URL or raw Base64; JPG/PNG, <= 10 MB,
                >= 300 px, 1:2.5-2.5:1). At least 1 characters.
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
            "/v1/general/ai-multi-shot",
            operation_id="createAiMultiShotTask",
            body={
                "element_frontal_image": element_frontal_image,
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
        return stamp(AiMultiShotTask.from_dict(mapping(data)), last_request_id())

    def create_and_wait(
        self,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        request_timeout: float | None = None,
        on_progress: Progress | None = None,
        cancel: Cancel | None = None,
        **params: Unpack[GeneralAiMultiShotCreateParams],
    ) -> AiMultiShotTask:
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


class GeneralAiMultiShotResourceRaw:
    """``general.ai_multi_shot.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: GeneralAiMultiShotResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class GeneralOldElementsResource:
    """``client.general.old_elements``.

    Methods: list_elements, create_element, presets.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> GeneralOldElementsResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return GeneralOldElementsResourceRaw(self)

    def list_elements(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> builtins.list[OldCustomElement]:
        """List the old library's elements.

        Sends ``GET /v1/general/custom-elements``; the answer holds the result.

        Args:
            page_num: Page number, starting at 1. >= 1; <= 1000. Server default: 1.
            page_size: Tasks per page. >= 1; <= 500. Server default: 30.
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "GET",
            "/v1/general/custom-elements",
            operation_id="listLegacyCustomElements",
            params={
                "pageNum": page_num,
                "pageSize": page_size,
            },
            retry="always",
            timeout=timeout,
            **call_options,
        )
        return require_models(data, OldCustomElement.from_dict)

    def create_element(
        self,
        *,
        element_name: str,
        element_description: str,
        element_frontal_image: str,
        element_refer_list: builtins.list[OldElementReferImageParam],
        tag_list: builtins.list[OldCustomElementTagListItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> OldCustomElement:
        """Create an element in the old (separate) element library, synchronously.

        Sends ``POST /v1/general/custom-elements``; the answer holds the result.

        Args:
            element_name: The element's name, at most 20 characters. At least 1 characters.
            element_description: What the element is, at most 100 characters. At least 1 characters.
            element_frontal_image: The element's front view (URL or raw Base64). At least 1
                characters.
            element_refer_list: One to three other views of the element. At least 1 items; at most 3
                items.
            tag_list: Tags for the element.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "POST",
            "/v1/general/custom-elements",
            operation_id="createLegacyCustomElement",
            body={
                "element_name": element_name,
                "element_description": element_description,
                "element_frontal_image": element_frontal_image,
                "element_refer_list": element_refer_list,
                "tag_list": tag_list,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(OldCustomElement.from_dict(mapping(data)), last_request_id())

    def presets(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> builtins.list[OldCustomElement]:
        """List the old library's preset elements (owned by kling).

        Sends ``GET /v1/general/presets-elements``; the answer holds the result.

        Args:
            page_num: Page number, starting at 1. >= 1; <= 1000. Server default: 1.
            page_size: Tasks per page. >= 1; <= 500. Server default: 30.
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "GET",
            "/v1/general/presets-elements",
            operation_id="listLegacyPresetElements",
            params={
                "pageNum": page_num,
                "pageSize": page_size,
            },
            retry="always",
            timeout=timeout,
            **call_options,
        )
        return require_models(data, OldCustomElement.from_dict)


class GeneralOldElementsResourceRaw:
    """``general.old_elements.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: GeneralOldElementsResource) -> None:
        self.list_elements = raw(resource.list_elements)
        self.create_element = raw(resource.create_element)
        self.presets = raw(resource.presets)


class AsyncGeneralResource:
    """``client.general``: Custom and preset voices, custom and preset elements (subject
    library).

    Resources: custom_voices, elements, ai_multi_shot, old_elements.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        self._core = core
        self.custom_voices = AsyncGeneralCustomVoicesResource(core)
        self.elements = AsyncGeneralElementsResource(core)
        self.ai_multi_shot = AsyncGeneralAiMultiShotResource(core)
        self.old_elements = AsyncGeneralOldElementsResource(core)

    @cached_property
    def with_raw_response(self) -> AsyncGeneralResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncGeneralResourceRaw(self)


class AsyncGeneralResourceRaw:
    """``general.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncGeneralResource) -> None:
        self.custom_voices = resource.custom_voices.with_raw_response
        self.elements = resource.elements.with_raw_response
        self.ai_multi_shot = resource.ai_multi_shot.with_raw_response
        self.old_elements = resource.old_elements.with_raw_response


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


class AsyncGeneralAiMultiShotResource(AsyncTaskQueries[AiMultiShotTask]):
    """``client.general.ai_multi_shot``: Infer three sets of other views of an element from its
    front view.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/general/ai-multi-shot/{task_id}",
                get_operation="getAiMultiShotTask",
                list_path="/v1/general/ai-multi-shot",
                list_operation="listAiMultiShotTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createAiMultiShotTask",
            ),
            AiMultiShotTask.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncGeneralAiMultiShotResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncGeneralAiMultiShotResourceRaw(self)

    async def create(
        self,
        *,
        element_frontal_image: str,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AiMultiShotTask:
        """Infer three sets of other views of an element from its front view.

        Sends ``POST /v1/general/ai-multi-shot`` and returns the task as the server accepted
        it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            element_frontal_image: The element's front view (URL or raw Base64; JPG/PNG, <= 10 MB,
                >= 300 px, 1:2.5-2.5:1). At least 1 characters.
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
            "/v1/general/ai-multi-shot",
            operation_id="createAiMultiShotTask",
            body={
                "element_frontal_image": element_frontal_image,
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
        return stamp(AiMultiShotTask.from_dict(mapping(data)), last_request_id())

    async def create_and_wait(
        self,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        request_timeout: float | None = None,
        on_progress: Progress | None = None,
        cancel: Cancel | None = None,
        **params: Unpack[GeneralAiMultiShotCreateParams],
    ) -> AiMultiShotTask:
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


class AsyncGeneralAiMultiShotResourceRaw:
    """``general.ai_multi_shot.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncGeneralAiMultiShotResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)


class AsyncGeneralOldElementsResource:
    """``client.general.old_elements``.

    Methods (coroutines; iter is an async iterator): list_elements, create_element, presets.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncGeneralOldElementsResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncGeneralOldElementsResourceRaw(self)

    async def list_elements(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> builtins.list[OldCustomElement]:
        """List the old library's elements.

        Sends ``GET /v1/general/custom-elements``; the answer holds the result.

        Args:
            page_num: Page number, starting at 1. >= 1; <= 1000. Server default: 1.
            page_size: Tasks per page. >= 1; <= 500. Server default: 30.
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "GET",
            "/v1/general/custom-elements",
            operation_id="listLegacyCustomElements",
            params={
                "pageNum": page_num,
                "pageSize": page_size,
            },
            retry="always",
            timeout=timeout,
            **call_options,
        )
        return require_models(data, OldCustomElement.from_dict)

    async def create_element(
        self,
        *,
        element_name: str,
        element_description: str,
        element_frontal_image: str,
        element_refer_list: builtins.list[OldElementReferImageParam],
        tag_list: builtins.list[OldCustomElementTagListItemParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> OldCustomElement:
        """Create an element in the old (separate) element library, synchronously.

        Sends ``POST /v1/general/custom-elements``; the answer holds the result.

        Args:
            element_name: The element's name, at most 20 characters. At least 1 characters.
            element_description: What the element is, at most 100 characters. At least 1 characters.
            element_frontal_image: The element's front view (URL or raw Base64). At least 1
                characters.
            element_refer_list: One to three other views of the element. At least 1 items; at most 3
                items.
            tag_list: Tags for the element.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "POST",
            "/v1/general/custom-elements",
            operation_id="createLegacyCustomElement",
            body={
                "element_name": element_name,
                "element_description": element_description,
                "element_frontal_image": element_frontal_image,
                "element_refer_list": element_refer_list,
                "tag_list": tag_list,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(OldCustomElement.from_dict(mapping(data)), last_request_id())

    async def presets(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> builtins.list[OldCustomElement]:
        """List the old library's preset elements (owned by kling).

        Sends ``GET /v1/general/presets-elements``; the answer holds the result.

        Args:
            page_num: Page number, starting at 1. >= 1; <= 1000. Server default: 1.
            page_size: Tasks per page. >= 1; <= 500. Server default: 30.
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "GET",
            "/v1/general/presets-elements",
            operation_id="listLegacyPresetElements",
            params={
                "pageNum": page_num,
                "pageSize": page_size,
            },
            retry="always",
            timeout=timeout,
            **call_options,
        )
        return require_models(data, OldCustomElement.from_dict)


class AsyncGeneralOldElementsResourceRaw:
    """``general.old_elements.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncGeneralOldElementsResource) -> None:
        self.list_elements = async_raw(resource.list_elements)
        self.create_element = async_raw(resource.create_element)
        self.presets = async_raw(resource.presets)
