"""``client.general``: Custom and preset voices, custom and preset elements (subject library).

``GeneralResource`` serves ``KlingClient`` and ``AsyncGeneralResource`` (coroutine methods)
serves ``AsyncKlingClient``: one template writes both, side by side, and both send through the
same plans of ``_http``. Generated from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._http import HttpCore
from .ai_multi_shot import AsyncGeneralAiMultiShotResource, GeneralAiMultiShotResource
from .custom_voices import AsyncGeneralCustomVoicesResource, GeneralCustomVoicesResource
from .elements import AsyncGeneralElementsResource, GeneralElementsResource
from .old_elements import AsyncGeneralOldElementsResource, GeneralOldElementsResource

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["GeneralResource", "AsyncGeneralResource"]


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
