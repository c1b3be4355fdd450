"""``client.account.billing``.

``AccountBillingResource`` serves ``KlingClient`` and ``AsyncAccountBillingResource``
(coroutine methods) serves ``AsyncKlingClient``: one template writes both, side by side, and both
send through the same plans of ``_http``. Generated from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from ..._http import CallOptions, HttpCore, last_request_id
from ..._parsing import mapping, stamp
from ..._raw import async_raw, raw
from ...models import LedgerResult
from ...params import BalanceLedgerFilterParam, LedgerFilterParam

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["AccountBillingResource", "AsyncAccountBillingResource"]


class AccountBillingResource:
    """``client.account.billing``.

    Methods: balance, package.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AccountBillingResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AccountBillingResourceRaw(self)

    def balance(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        filters: builtins.list[BalanceLedgerFilterParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> LedgerResult:
        """Cash deductions of the account, cursor-paged.

        Sends ``POST /account/billing/balance``; the answer holds the result.

        Args:
            start_time: Start of the window, Unix milliseconds (required unless cursor is set). >=
                0.
            end_time: End of the window, Unix milliseconds (required unless cursor is set). >= 0.
            limit: Deductions per page. >= 1; <= 500. Server default: 500.
            cursor: The previous next_cursor; overrides every other field.
            filters: Narrow the deductions: each filter keeps rows whose key has one of the values.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "POST",
            "/account/billing/balance",
            operation_id="listBalanceDeductions",
            body={
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
                "cursor": cursor,
                "filters": filters,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(LedgerResult.from_dict(mapping(data)), last_request_id())

    def package(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        filters: builtins.list[LedgerFilterParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> LedgerResult:
        """Resource-pack (unit) deductions of the account, cursor-paged.

        Sends ``POST /account/billing/package``; the answer holds the result.

        Args:
            start_time: Start of the window, Unix milliseconds (required unless cursor is set). >=
                0.
            end_time: End of the window, Unix milliseconds (required unless cursor is set). >= 0.
            limit: Deductions per page. >= 1; <= 500. Server default: 500.
            cursor: The previous next_cursor; overrides every other field.
            filters: Narrow the deductions: each filter keeps rows whose key has one of the values.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "POST",
            "/account/billing/package",
            operation_id="listPackageDeductions",
            body={
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
                "cursor": cursor,
                "filters": filters,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(LedgerResult.from_dict(mapping(data)), last_request_id())


class AccountBillingResourceRaw:
    """``account.billing.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AccountBillingResource) -> None:
        self.balance = raw(resource.balance)
        self.package = raw(resource.package)


class AsyncAccountBillingResource:
    """``client.account.billing``.

    Methods (coroutines; iter is an async iterator): balance, package.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncAccountBillingResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncAccountBillingResourceRaw(self)

    async def balance(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        filters: builtins.list[BalanceLedgerFilterParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> LedgerResult:
        """Cash deductions of the account, cursor-paged.

        Sends ``POST /account/billing/balance``; the answer holds the result.

        Args:
            start_time: Start of the window, Unix milliseconds (required unless cursor is set). >=
                0.
            end_time: End of the window, Unix milliseconds (required unless cursor is set). >= 0.
            limit: Deductions per page. >= 1; <= 500. Server default: 500.
            cursor: The previous next_cursor; overrides every other field.
            filters: Narrow the deductions: each filter keeps rows whose key has one of the values.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "POST",
            "/account/billing/balance",
            operation_id="listBalanceDeductions",
            body={
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
                "cursor": cursor,
                "filters": filters,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(LedgerResult.from_dict(mapping(data)), last_request_id())

    async def package(
        self,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        filters: builtins.list[LedgerFilterParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> LedgerResult:
        """Resource-pack (unit) deductions of the account, cursor-paged.

        Sends ``POST /account/billing/package``; the answer holds the result.

        Args:
            start_time: Start of the window, Unix milliseconds (required unless cursor is set). >=
                0.
            end_time: End of the window, Unix milliseconds (required unless cursor is set). >= 0.
            limit: Deductions per page. >= 1; <= 500. Server default: 500.
            cursor: The previous next_cursor; overrides every other field.
            filters: Narrow the deductions: each filter keeps rows whose key has one of the values.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "POST",
            "/account/billing/package",
            operation_id="listPackageDeductions",
            body={
                "start_time": start_time,
                "end_time": end_time,
                "limit": limit,
                "cursor": cursor,
                "filters": filters,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(LedgerResult.from_dict(mapping(data)), last_request_id())


class AsyncAccountBillingResourceRaw:
    """``account.billing.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAccountBillingResource) -> None:
        self.balance = async_raw(resource.balance)
        self.package = async_raw(resource.package)
