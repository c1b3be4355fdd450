"""``client.images``: Image generation and editing tasks.

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
from ..models import ImageAspectRatio, Task
from ..params import (
    ElementRefParam,
    MultiImage2ImageSubjectParam,
    OmniImageListItemParam,
    WatermarkInfoParam,
)

if TYPE_CHECKING:
    from .._async_http import AsyncHttpCore


class ImagesGenerationsCreateParams(CallOptions, total=False):
    """The arguments of ``images.generations.create`` (``create_and_wait`` takes them too)."""

    prompt: Required[str]
    model_name: (
        Literal["kling-v1", "kling-v1-5", "kling-v2", "kling-v2-new", "kling-v2-1", "kling-v3"]
        | None
    )
    negative_prompt: str | None
    image: str | None
    image_reference: Literal["subject", "face"] | None
    image_fidelity: float | None
    human_fidelity: float | None
    element_list: builtins.list[ElementRefParam] | None
    resolution: Literal["1k", "2k"] | None
    n: int | None
    aspect_ratio: ImageAspectRatio | None
    watermark_info: WatermarkInfoParam | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class ImagesOmniImageCreateParams(CallOptions, total=False):
    """The arguments of ``images.omni_image.create`` (``create_and_wait`` takes them too)."""

    prompt: Required[str]
    model_name: Literal["kling-image-o1", "kling-v3-omni"] | None
    image_list: builtins.list[OmniImageListItemParam] | None
    element_list: builtins.list[ElementRefParam] | None
    resolution: Literal["1k", "2k", "4k"] | None
    result_type: Literal["single", "series"] | None
    n: int | None
    series_amount: int | str | None
    aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9", "auto"] | None
    watermark_info: WatermarkInfoParam | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class ImagesMultiImage2imageCreateParams(CallOptions, total=False):
    """The arguments of ``images.multi_image2image.create`` (``create_and_wait`` takes them too)."""

    subject_image_list: Required[builtins.list[MultiImage2ImageSubjectParam]]
    model_name: Literal["kling-v2-1"] | None
    prompt: str | None
    negative_prompt: str | None
    scene_image: str | None
    style_image: str | None
    n: int | None
    aspect_ratio: ImageAspectRatio | None
    watermark_info: WatermarkInfoParam | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class ImagesExpandCreateParams(CallOptions, total=False):
    """The arguments of ``images.expand.create`` (``create_and_wait`` takes them too)."""

    image: Required[str]
    up_expansion_ratio: Required[float]
    down_expansion_ratio: Required[float]
    left_expansion_ratio: Required[float]
    right_expansion_ratio: Required[float]
    prompt: str | None
    n: int | None
    watermark_info: WatermarkInfoParam | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class ImagesVirtualTryOnCreateParams(CallOptions, total=False):
    """The arguments of ``images.virtual_try_on.create`` (``create_and_wait`` takes them too)."""

    human_image: Required[str]
    cloth_image: Required[str]
    model_name: Literal["kolors-virtual-try-on-v1", "kolors-virtual-try-on-v1-5"] | None
    callback_url: str | None
    external_task_id: str | None
    extra_body: Mapping[str, Any] | None
    validate: bool | None


class ImagesResource:
    """``client.images``: Image generation and editing tasks.

    Resources: generations, omni_image, multi_image2image, expand, virtual_try_on.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core
        self.generations = ImagesGenerationsResource(core)
        self.omni_image = ImagesOmniImageResource(core)
        self.multi_image2image = ImagesMultiImage2imageResource(core)
        self.expand = ImagesExpandResource(core)
        self.virtual_try_on = ImagesVirtualTryOnResource(core)

    @cached_property
    def with_raw_response(self) -> ImagesResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return ImagesResourceRaw(self)


class ImagesResourceRaw:
    """``images.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ImagesResource) -> None:
        self.generations = resource.generations.with_raw_response
        self.omni_image = resource.omni_image.with_raw_response
        self.multi_image2image = resource.multi_image2image.with_raw_response
        self.expand = resource.expand.with_raw_response
        self.virtual_try_on = resource.virtual_try_on.with_raw_response


class ImagesGenerationsResource(TaskQueries[Task]):
    """``client.images.generations``: Generate images from text, optionally guided by a reference
    image.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/images/generations/{task_id}",
                get_operation="getImageGenerationTask",
                list_path="/v1/images/generations",
                list_operation="listImageGenerationTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createImageGenerationTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> ImagesGenerationsResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return ImagesGenerationsResourceRaw(self)

    def create(
        self,
        *,
        prompt: str,
        model_name: Literal[
            "kling-v1", "kling-v1-5", "kling-v2", "kling-v2-new", "kling-v2-1", "kling-v3"
        ]
        | None = None,
        negative_prompt: str | None = None,
        image: str | None = None,
        image_reference: Literal["subject", "face"] | None = None,
        image_fidelity: float | None = None,
        human_fidelity: float | None = None,
        element_list: builtins.list[ElementRefParam] | None = None,
        resolution: Literal["1k", "2k"] | None = None,
        n: int | None = None,
        aspect_ratio: ImageAspectRatio | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate images from text, optionally guided by a reference image.

        Sends ``POST /v1/images/generations`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            prompt: What to generate, in natural language; at most 2500 characters.
            model_name: Which image model generates. Send kling-v3 for new integrations. Server
                default: 'kling-v3'.
            negative_prompt: What to keep out of the images; not accepted together with a reference
                image. At most 2500 characters.
            image: Reference image (URL or raw Base64); required when image_reference is set. At
                least 1 characters.
            image_reference: How the reference image is used: `subject` keeps the character's
                features, `face` its appearance (exactly one face).
            image_fidelity: How strongly the reference image shapes the result. >= 0; <= 1. Server
                default: 0.5.
            human_fidelity: How closely the person's likeness is kept; it only takes effect with
                image_reference = subject (ignored otherwise). >= 0; <= 1. Server default: 0.45.
            element_list: Subject-library elements to include; elements plus images at most 10. At
                most 10 items.
            resolution: Output resolution class. Server default: '1k'.
            n: How many images to generate; each one holds a concurrency slot. >= 1; <= 9. Server
                default: 1.
            aspect_ratio: Width:height of the generated images. Server default: '16:9'.
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
            "/v1/images/generations",
            operation_id="createImageGenerationTask",
            body={
                "model_name": model_name,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image": image,
                "image_reference": image_reference,
                "image_fidelity": image_fidelity,
                "human_fidelity": human_fidelity,
                "element_list": element_list,
                "resolution": resolution,
                "n": n,
                "aspect_ratio": aspect_ratio,
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
        **params: Unpack[ImagesGenerationsCreateParams],
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


class ImagesGenerationsResourceRaw:
    """``images.generations.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ImagesGenerationsResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class ImagesOmniImageResource(TaskQueries[Task]):
    """``client.images.omni_image``: Generate a single image or a series from a prompt with
    optional reference images and elements.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/images/omni-image/{task_id}",
                get_operation="getOmniImageTask",
                list_path="/v1/images/omni-image",
                list_operation="listOmniImageTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createOmniImageTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> ImagesOmniImageResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return ImagesOmniImageResourceRaw(self)

    def create(
        self,
        *,
        prompt: str,
        model_name: Literal["kling-image-o1", "kling-v3-omni"] | None = None,
        image_list: builtins.list[OmniImageListItemParam] | None = None,
        element_list: builtins.list[ElementRefParam] | None = None,
        resolution: Literal["1k", "2k", "4k"] | None = None,
        result_type: Literal["single", "series"] | None = None,
        n: int | None = None,
        series_amount: int | str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9", "auto"]
        | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate a single image or a series from a prompt with optional reference images and
        elements.

        Sends ``POST /v1/images/omni-image`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            prompt: What to generate, at most 2500 characters; may include what to avoid and may
                name a reference by position, e.g. <<<image_1>>>.
            model_name: Which Omni image model generates; series and 4K need kling-v3-omni. Server
                default: 'kling-image-o1'.
            image_list: Reference pictures; together with element_list at most 10 references. At
                most 10 items.
            element_list: Subject-library elements to include; together with image_list at most 10
                references. At most 10 items.
            resolution: Output resolution class; 4k only on kling-v3-omni. Server default: '1k'.
            result_type: `single` makes n independent images; `series` makes a coherent set of
                series_amount images (kling-v3-omni). Server default: 'single'.
            n: How many images for result_type = single (1 to 9); ignored for a series. >= 1; <= 9.
                Server default: 1.
            series_amount: How many images a series holds, 2 to 9, or `auto` to let the model decide
                (the task then holds as many concurrency slots as it produces). Ignored for
                result_type = single. >= 2; <= 9; matches ^(auto|[2-9])$. Server default: 4.
            aspect_ratio: Width:height of the images, or `auto` to follow the references. Server
                default: 'auto'.
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
            "/v1/images/omni-image",
            operation_id="createOmniImageTask",
            body={
                "model_name": model_name,
                "prompt": prompt,
                "image_list": image_list,
                "element_list": element_list,
                "resolution": resolution,
                "result_type": result_type,
                "n": n,
                "series_amount": series_amount,
                "aspect_ratio": aspect_ratio,
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
        **params: Unpack[ImagesOmniImageCreateParams],
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


class ImagesOmniImageResourceRaw:
    """``images.omni_image.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ImagesOmniImageResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class ImagesMultiImage2imageResource(TaskQueries[Task]):
    """``client.images.multi_image2image``: Generate images from up to four subject pictures plus
    optional scene and style references.

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/images/multi-image2image/{task_id}",
                get_operation="getMultiImage2ImageTask",
                list_path="/v1/images/multi-image2image",
                list_operation="listMultiImage2ImageTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createMultiImage2ImageTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> ImagesMultiImage2imageResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return ImagesMultiImage2imageResourceRaw(self)

    def create(
        self,
        *,
        subject_image_list: builtins.list[MultiImage2ImageSubjectParam],
        model_name: Literal["kling-v2-1"] | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        scene_image: str | None = None,
        style_image: str | None = None,
        n: int | None = None,
        aspect_ratio: ImageAspectRatio | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate images from up to four subject pictures plus optional scene and style
        references.

        Sends ``POST /v1/images/multi-image2image`` and returns the task as the server
        accepted it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            subject_image_list: One to four subject pictures, already cropped to the subject (the
                API does not crop). At least 1 items; at most 4 items.
            model_name: The only model that serves multi-image references. Server default:
                'kling-v2-1'.
            prompt: What to generate with the subjects; optional, at most 2500 characters.
            negative_prompt: What to keep out of the images; optional, at most 2500 characters.
            scene_image: Optional picture of the setting to place the subjects in. At least 1
                characters.
            style_image: Optional picture whose look the results should copy. At least 1 characters.
            n: How many images to generate; each one holds a concurrency slot. >= 1; <= 9. Server
                default: 1.
            aspect_ratio: Width:height of the generated images. Server default: '16:9'.
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
            "/v1/images/multi-image2image",
            operation_id="createMultiImage2ImageTask",
            body={
                "model_name": model_name,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "subject_image_list": subject_image_list,
                "scene_image": scene_image,
                "style_image": style_image,
                "n": n,
                "aspect_ratio": aspect_ratio,
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
        **params: Unpack[ImagesMultiImage2imageCreateParams],
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


class ImagesMultiImage2imageResourceRaw:
    """``images.multi_image2image.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ImagesMultiImage2imageResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class ImagesExpandResource(TaskQueries[Task]):
    """``client.images.expand``: Extend an image beyond its borders (outpainting).

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/images/editing/expand/{task_id}",
                get_operation="getImageExpandTask",
                list_path="/v1/images/editing/expand",
                list_operation="listImageExpandTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createImageExpandTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> ImagesExpandResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return ImagesExpandResourceRaw(self)

    def create(
        self,
        *,
        image: str,
        up_expansion_ratio: float,
        down_expansion_ratio: float,
        left_expansion_ratio: float,
        right_expansion_ratio: float,
        prompt: str | None = None,
        n: int | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Extend an image beyond its borders (outpainting).

        Sends ``POST /v1/images/editing/expand`` and returns the task as the server accepted
        it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            image: The picture to extend, as a URL or raw Base64. At least 1 characters.
            up_expansion_ratio: New area above the picture, as a multiple of its height (0.1 on a 20
                px tall image adds 2 px). >= 0; <= 2.
            down_expansion_ratio: New area below the picture, as a multiple of its height. >= 0; <=
                2.
            left_expansion_ratio: New area left of the picture, as a multiple of its width. >= 0; <=
                2.
            right_expansion_ratio: New area right of the picture, as a multiple of its width. >= 0;
                <= 2.
            prompt: What the new area should show; optional, at most 2500 characters.
            n: How many images to generate; each one holds a concurrency slot. >= 1; <= 9. Server
                default: 1.
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
            "/v1/images/editing/expand",
            operation_id="createImageExpandTask",
            body={
                "image": image,
                "up_expansion_ratio": up_expansion_ratio,
                "down_expansion_ratio": down_expansion_ratio,
                "left_expansion_ratio": left_expansion_ratio,
                "right_expansion_ratio": right_expansion_ratio,
                "prompt": prompt,
                "n": n,
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
        **params: Unpack[ImagesExpandCreateParams],
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


class ImagesExpandResourceRaw:
    """``images.expand.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ImagesExpandResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class ImagesVirtualTryOnResource(TaskQueries[Task]):
    """``client.images.virtual_try_on``: Dress the person in one picture with the garment in
    another (Kolors virtual try-on).

    Methods: create, create_and_wait, get, get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/images/kolors-virtual-try-on/{task_id}",
                get_operation="getVirtualTryOnTask",
                list_path="/v1/images/kolors-virtual-try-on",
                list_operation="listVirtualTryOnTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createVirtualTryOnTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> ImagesVirtualTryOnResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return ImagesVirtualTryOnResourceRaw(self)

    def create(
        self,
        *,
        human_image: str,
        cloth_image: str,
        model_name: Literal["kolors-virtual-try-on-v1", "kolors-virtual-try-on-v1-5"] | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Dress the person in one picture with the garment in another (Kolors virtual try-on).

        Sends ``POST /v1/images/kolors-virtual-try-on`` and returns the task as the server
        accepted it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            human_image: Photo of the person (it must show one), as a URL or raw Base64; JPG/PNG, at
                most 10 MB, sides at least 300 px. At least 1 characters.
            cloth_image: Product or white-background shot of one garment (upper, lower or dress); on
                v1-5 also an upper and a lower garment side by side. Two garments of the same kind,
                or a dress with another piece, make the task fail. JPG/PNG, at most 10 MB, sides at
                least 300 px. At least 1 characters.
            model_name: Try-on model; v1-5 also takes an upper-plus-lower composite garment picture.
                Server default: 'kolors-virtual-try-on-v1'.
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
            "/v1/images/kolors-virtual-try-on",
            operation_id="createVirtualTryOnTask",
            body={
                "model_name": model_name,
                "human_image": human_image,
                "cloth_image": cloth_image,
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
        **params: Unpack[ImagesVirtualTryOnCreateParams],
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


class ImagesVirtualTryOnResourceRaw:
    """``images.virtual_try_on.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: ImagesVirtualTryOnResource) -> None:
        self.create = raw(resource.create)
        self.create_and_wait = raw(resource.create_and_wait)
        self.get = raw(resource.get)
        self.get_by_external_id = raw(resource.get_by_external_id)
        self.wait = raw(resource.wait)
        self.list = raw(resource.list)


class AsyncImagesResource:
    """``client.images``: Image generation and editing tasks.

    Resources: generations, omni_image, multi_image2image, expand, virtual_try_on.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        self._core = core
        self.generations = AsyncImagesGenerationsResource(core)
        self.omni_image = AsyncImagesOmniImageResource(core)
        self.multi_image2image = AsyncImagesMultiImage2imageResource(core)
        self.expand = AsyncImagesExpandResource(core)
        self.virtual_try_on = AsyncImagesVirtualTryOnResource(core)

    @cached_property
    def with_raw_response(self) -> AsyncImagesResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncImagesResourceRaw(self)


class AsyncImagesResourceRaw:
    """``images.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncImagesResource) -> None:
        self.generations = resource.generations.with_raw_response
        self.omni_image = resource.omni_image.with_raw_response
        self.multi_image2image = resource.multi_image2image.with_raw_response
        self.expand = resource.expand.with_raw_response
        self.virtual_try_on = resource.virtual_try_on.with_raw_response


class AsyncImagesGenerationsResource(AsyncTaskQueries[Task]):
    """``client.images.generations``: Generate images from text, optionally guided by a reference
    image.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/images/generations/{task_id}",
                get_operation="getImageGenerationTask",
                list_path="/v1/images/generations",
                list_operation="listImageGenerationTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createImageGenerationTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncImagesGenerationsResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncImagesGenerationsResourceRaw(self)

    async def create(
        self,
        *,
        prompt: str,
        model_name: Literal[
            "kling-v1", "kling-v1-5", "kling-v2", "kling-v2-new", "kling-v2-1", "kling-v3"
        ]
        | None = None,
        negative_prompt: str | None = None,
        image: str | None = None,
        image_reference: Literal["subject", "face"] | None = None,
        image_fidelity: float | None = None,
        human_fidelity: float | None = None,
        element_list: builtins.list[ElementRefParam] | None = None,
        resolution: Literal["1k", "2k"] | None = None,
        n: int | None = None,
        aspect_ratio: ImageAspectRatio | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate images from text, optionally guided by a reference image.

        Sends ``POST /v1/images/generations`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            prompt: What to generate, in natural language; at most 2500 characters.
            model_name: Which image model generates. Send kling-v3 for new integrations. Server
                default: 'kling-v3'.
            negative_prompt: What to keep out of the images; not accepted together with a reference
                image. At most 2500 characters.
            image: Reference image (URL or raw Base64); required when image_reference is set. At
                least 1 characters.
            image_reference: How the reference image is used: `subject` keeps the character's
                features, `face` its appearance (exactly one face).
            image_fidelity: How strongly the reference image shapes the result. >= 0; <= 1. Server
                default: 0.5.
            human_fidelity: How closely the person's likeness is kept; it only takes effect with
                image_reference = subject (ignored otherwise). >= 0; <= 1. Server default: 0.45.
            element_list: Subject-library elements to include; elements plus images at most 10. At
                most 10 items.
            resolution: Output resolution class. Server default: '1k'.
            n: How many images to generate; each one holds a concurrency slot. >= 1; <= 9. Server
                default: 1.
            aspect_ratio: Width:height of the generated images. Server default: '16:9'.
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
            "/v1/images/generations",
            operation_id="createImageGenerationTask",
            body={
                "model_name": model_name,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image": image,
                "image_reference": image_reference,
                "image_fidelity": image_fidelity,
                "human_fidelity": human_fidelity,
                "element_list": element_list,
                "resolution": resolution,
                "n": n,
                "aspect_ratio": aspect_ratio,
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
        **params: Unpack[ImagesGenerationsCreateParams],
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


class AsyncImagesGenerationsResourceRaw:
    """``images.generations.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncImagesGenerationsResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)


class AsyncImagesOmniImageResource(AsyncTaskQueries[Task]):
    """``client.images.omni_image``: Generate a single image or a series from a prompt with
    optional reference images and elements.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/images/omni-image/{task_id}",
                get_operation="getOmniImageTask",
                list_path="/v1/images/omni-image",
                list_operation="listOmniImageTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createOmniImageTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncImagesOmniImageResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncImagesOmniImageResourceRaw(self)

    async def create(
        self,
        *,
        prompt: str,
        model_name: Literal["kling-image-o1", "kling-v3-omni"] | None = None,
        image_list: builtins.list[OmniImageListItemParam] | None = None,
        element_list: builtins.list[ElementRefParam] | None = None,
        resolution: Literal["1k", "2k", "4k"] | None = None,
        result_type: Literal["single", "series"] | None = None,
        n: int | None = None,
        series_amount: int | str | None = None,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9", "auto"]
        | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate a single image or a series from a prompt with optional reference images and
        elements.

        Sends ``POST /v1/images/omni-image`` and returns the task as the server accepted it.
        Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            prompt: What to generate, at most 2500 characters; may include what to avoid and may
                name a reference by position, e.g. <<<image_1>>>.
            model_name: Which Omni image model generates; series and 4K need kling-v3-omni. Server
                default: 'kling-image-o1'.
            image_list: Reference pictures; together with element_list at most 10 references. At
                most 10 items.
            element_list: Subject-library elements to include; together with image_list at most 10
                references. At most 10 items.
            resolution: Output resolution class; 4k only on kling-v3-omni. Server default: '1k'.
            result_type: `single` makes n independent images; `series` makes a coherent set of
                series_amount images (kling-v3-omni). Server default: 'single'.
            n: How many images for result_type = single (1 to 9); ignored for a series. >= 1; <= 9.
                Server default: 1.
            series_amount: How many images a series holds, 2 to 9, or `auto` to let the model decide
                (the task then holds as many concurrency slots as it produces). Ignored for
                result_type = single. >= 2; <= 9; matches ^(auto|[2-9])$. Server default: 4.
            aspect_ratio: Width:height of the images, or `auto` to follow the references. Server
                default: 'auto'.
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
            "/v1/images/omni-image",
            operation_id="createOmniImageTask",
            body={
                "model_name": model_name,
                "prompt": prompt,
                "image_list": image_list,
                "element_list": element_list,
                "resolution": resolution,
                "result_type": result_type,
                "n": n,
                "series_amount": series_amount,
                "aspect_ratio": aspect_ratio,
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
        **params: Unpack[ImagesOmniImageCreateParams],
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


class AsyncImagesOmniImageResourceRaw:
    """``images.omni_image.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncImagesOmniImageResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)


class AsyncImagesMultiImage2imageResource(AsyncTaskQueries[Task]):
    """``client.images.multi_image2image``: Generate images from up to four subject pictures plus
    optional scene and style references.

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/images/multi-image2image/{task_id}",
                get_operation="getMultiImage2ImageTask",
                list_path="/v1/images/multi-image2image",
                list_operation="listMultiImage2ImageTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createMultiImage2ImageTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncImagesMultiImage2imageResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncImagesMultiImage2imageResourceRaw(self)

    async def create(
        self,
        *,
        subject_image_list: builtins.list[MultiImage2ImageSubjectParam],
        model_name: Literal["kling-v2-1"] | None = None,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        scene_image: str | None = None,
        style_image: str | None = None,
        n: int | None = None,
        aspect_ratio: ImageAspectRatio | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Generate images from up to four subject pictures plus optional scene and style
        references.

        Sends ``POST /v1/images/multi-image2image`` and returns the task as the server
        accepted it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            subject_image_list: One to four subject pictures, already cropped to the subject (the
                API does not crop). At least 1 items; at most 4 items.
            model_name: The only model that serves multi-image references. Server default:
                'kling-v2-1'.
            prompt: What to generate with the subjects; optional, at most 2500 characters.
            negative_prompt: What to keep out of the images; optional, at most 2500 characters.
            scene_image: Optional picture of the setting to place the subjects in. At least 1
                characters.
            style_image: Optional picture whose look the results should copy. At least 1 characters.
            n: How many images to generate; each one holds a concurrency slot. >= 1; <= 9. Server
                default: 1.
            aspect_ratio: Width:height of the generated images. Server default: '16:9'.
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
            "/v1/images/multi-image2image",
            operation_id="createMultiImage2ImageTask",
            body={
                "model_name": model_name,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "subject_image_list": subject_image_list,
                "scene_image": scene_image,
                "style_image": style_image,
                "n": n,
                "aspect_ratio": aspect_ratio,
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
        **params: Unpack[ImagesMultiImage2imageCreateParams],
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


class AsyncImagesMultiImage2imageResourceRaw:
    """``images.multi_image2image.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncImagesMultiImage2imageResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)


class AsyncImagesExpandResource(AsyncTaskQueries[Task]):
    """``client.images.expand``: Extend an image beyond its borders (outpainting).

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/images/editing/expand/{task_id}",
                get_operation="getImageExpandTask",
                list_path="/v1/images/editing/expand",
                list_operation="listImageExpandTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createImageExpandTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncImagesExpandResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncImagesExpandResourceRaw(self)

    async def create(
        self,
        *,
        image: str,
        up_expansion_ratio: float,
        down_expansion_ratio: float,
        left_expansion_ratio: float,
        right_expansion_ratio: float,
        prompt: str | None = None,
        n: int | None = None,
        watermark_info: WatermarkInfoParam | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Extend an image beyond its borders (outpainting).

        Sends ``POST /v1/images/editing/expand`` and returns the task as the server accepted
        it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            image: The picture to extend, as a URL or raw Base64. At least 1 characters.
            up_expansion_ratio: New area above the picture, as a multiple of its height (0.1 on a 20
                px tall image adds 2 px). >= 0; <= 2.
            down_expansion_ratio: New area below the picture, as a multiple of its height. >= 0; <=
                2.
            left_expansion_ratio: New area left of the picture, as a multiple of its width. >= 0; <=
                2.
            right_expansion_ratio: New area right of the picture, as a multiple of its width. >= 0;
                <= 2.
            prompt: What the new area should show; optional, at most 2500 characters.
            n: How many images to generate; each one holds a concurrency slot. >= 1; <= 9. Server
                default: 1.
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
            "/v1/images/editing/expand",
            operation_id="createImageExpandTask",
            body={
                "image": image,
                "up_expansion_ratio": up_expansion_ratio,
                "down_expansion_ratio": down_expansion_ratio,
                "left_expansion_ratio": left_expansion_ratio,
                "right_expansion_ratio": right_expansion_ratio,
                "prompt": prompt,
                "n": n,
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
        **params: Unpack[ImagesExpandCreateParams],
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


class AsyncImagesExpandResourceRaw:
    """``images.expand.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncImagesExpandResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)


class AsyncImagesVirtualTryOnResource(AsyncTaskQueries[Task]):
    """``client.images.virtual_try_on``: Dress the person in one picture with the garment in
    another (Kolors virtual try-on).

    Methods (coroutines; iter is an async iterator): create, create_and_wait, get,
    get_by_external_id, wait, list, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            TaskRoutes(
                get_path="/v1/images/kolors-virtual-try-on/{task_id}",
                get_operation="getVirtualTryOnTask",
                list_path="/v1/images/kolors-virtual-try-on",
                list_operation="listVirtualTryOnTasks",
                words=DESIGNS["legacy"],
                page_size=30,
                last_page=1000,
                create_operation="createVirtualTryOnTask",
            ),
            Task.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncImagesVirtualTryOnResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncImagesVirtualTryOnResourceRaw(self)

    async def create(
        self,
        *,
        human_image: str,
        cloth_image: str,
        model_name: Literal["kolors-virtual-try-on-v1", "kolors-virtual-try-on-v1-5"] | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Task:
        """Dress the person in one picture with the garment in another (Kolors virtual try-on).

        Sends ``POST /v1/images/kolors-virtual-try-on`` and returns the task as the server
        accepted it. Follow it with ``get`` or ``wait``, or call ``create_and_wait`` instead.

        Args:
            human_image: Photo of the person (it must show one), as a URL or raw Base64; JPG/PNG, at
                most 10 MB, sides at least 300 px. At least 1 characters.
            cloth_image: Product or white-background shot of one garment (upper, lower or dress); on
                v1-5 also an upper and a lower garment side by side. Two garments of the same kind,
                or a dress with another piece, make the task fail. JPG/PNG, at most 10 MB, sides at
                least 300 px. At least 1 characters.
            model_name: Try-on model; v1-5 also takes an upper-plus-lower composite garment picture.
                Server default: 'kolors-virtual-try-on-v1'.
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
            "/v1/images/kolors-virtual-try-on",
            operation_id="createVirtualTryOnTask",
            body={
                "model_name": model_name,
                "human_image": human_image,
                "cloth_image": cloth_image,
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
        **params: Unpack[ImagesVirtualTryOnCreateParams],
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


class AsyncImagesVirtualTryOnResourceRaw:
    """``images.virtual_try_on.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncImagesVirtualTryOnResource) -> None:
        self.create = async_raw(resource.create)
        self.create_and_wait = async_raw(resource.create_and_wait)
        self.get = async_raw(resource.get)
        self.get_by_external_id = async_raw(resource.get_by_external_id)
        self.wait = async_raw(resource.wait)
        self.list = async_raw(resource.list)
