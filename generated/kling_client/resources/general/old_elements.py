"""``client.general.old_elements``.

``GeneralOldElementsResource`` serves ``KlingClient`` and ``AsyncGeneralOldElementsResource``
(coroutine methods) serves ``AsyncKlingClient``: one template writes both, side by side, and both
send through the same plans of ``_http``. Generated from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from ..._http import CallOptions, HttpCore, last_request_id
from ..._parsing import mapping, require_models, stamp
from ..._raw import async_raw, raw
from ...models import OldCustomElement
from ...params import OldCustomElementTagListItemParam, OldElementReferImageParam

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["GeneralOldElementsResource", "AsyncGeneralOldElementsResource"]


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
