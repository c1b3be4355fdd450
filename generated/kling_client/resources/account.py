"""``client.account``: Resource packs and their remaining balance.

Generated from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any

from .._http import HttpCore
from .._parsing import mapping
from ..models import AccountCosts, LedgerResult
from ..params import BalanceLedgerFilterParam, LedgerFilterParam


class AccountResource:
    """``client.account``: Resource packs and their remaining balance.

    Methods: costs.

    Resources: billing.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core
        self.billing = AccountBillingResource(core)

    def costs(
        self,
        *,
        start_time: int,
        end_time: int,
        resource_pack_name: str | None = None,
        timeout: float | None = None,
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
        )
        return AccountCosts.from_dict(mapping(data))


class AccountBillingResource:
    """``client.account.billing``.

    Methods: balance, package.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core

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
        )
        return LedgerResult.from_dict(mapping(data))

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
        )
        return LedgerResult.from_dict(mapping(data))
