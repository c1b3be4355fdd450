"""``client.account``: Resource packs and their remaining balance.

``AccountResource`` serves ``KlingClient`` and ``AsyncAccountResource`` (coroutine methods)
serves ``AsyncKlingClient``: one template writes both, side by side, and both send through the
same plans of ``_http``. Generated from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ..._http import CallOptions, HttpCore, last_request_id
from ..._parsing import mapping, stamp
from ..._raw import async_raw, raw
from ...models import AccountCosts
from .billing import AccountBillingResource, AsyncAccountBillingResource

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["AccountResource", "AsyncAccountResource"]


class AccountResource:
    """``client.account``: Resource packs and their remaining balance.

    Methods: costs.

    Resources: billing.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core
        self.billing = AccountBillingResource(core)

    @cached_property
    def with_raw_response(self) -> AccountResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AccountResourceRaw(self)

    def costs(
        self,
        *,
        start_time: int,
        end_time: int,
        resource_pack_name: str | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AccountCosts:
        """List the account's resource packs and their remaining quantity.

        Answers the resource packs of the account in a time window (start_time to end_time,
        Unix milliseconds), optionally narrowed to one pack by name. Calls are free but should
        stay at or below one per second. The remaining quantity is computed with a delay of about
        12 hours. Note the second code/msg pair inside data.

        Sends ``GET /account/costs``; the answer holds the result.

        Args:
            start_time: Start of the window, Unix milliseconds. >= 0.
            end_time: End of the window, Unix milliseconds. >= 0.
            resource_pack_name: Name of one resource pack, to ask about that pack only. At least 1
                characters.
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "GET",
            "/account/costs",
            operation_id="getAccountCosts",
            params={
                "start_time": start_time,
                "end_time": end_time,
                "resource_pack_name": resource_pack_name,
            },
            retry="always",
            timeout=timeout,
            **call_options,
        )
        return stamp(AccountCosts.from_dict(mapping(data)), last_request_id())


class AccountResourceRaw:
    """``account.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AccountResource) -> None:
        self.costs = raw(resource.costs)
        self.billing = resource.billing.with_raw_response


class AsyncAccountResource:
    """``client.account``: Resource packs and their remaining balance.

    Methods (coroutines; iter is an async iterator): costs.

    Resources: billing.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        self._core = core
        self.billing = AsyncAccountBillingResource(core)

    @cached_property
    def with_raw_response(self) -> AsyncAccountResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncAccountResourceRaw(self)

    async def costs(
        self,
        *,
        start_time: int,
        end_time: int,
        resource_pack_name: str | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AccountCosts:
        """List the account's resource packs and their remaining quantity.

        Answers the resource packs of the account in a time window (start_time to end_time,
        Unix milliseconds), optionally narrowed to one pack by name. Calls are free but should
        stay at or below one per second. The remaining quantity is computed with a delay of about
        12 hours. Note the second code/msg pair inside data.

        Sends ``GET /account/costs``; the answer holds the result.

        Args:
            start_time: Start of the window, Unix milliseconds. >= 0.
            end_time: End of the window, Unix milliseconds. >= 0.
            resource_pack_name: Name of one resource pack, to ask about that pack only. At least 1
                characters.
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "GET",
            "/account/costs",
            operation_id="getAccountCosts",
            params={
                "start_time": start_time,
                "end_time": end_time,
                "resource_pack_name": resource_pack_name,
            },
            retry="always",
            timeout=timeout,
            **call_options,
        )
        return stamp(AccountCosts.from_dict(mapping(data)), last_request_id())


class AsyncAccountResourceRaw:
    """``account.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAccountResource) -> None:
        self.costs = async_raw(resource.costs)
        self.billing = resource.billing.with_raw_response
