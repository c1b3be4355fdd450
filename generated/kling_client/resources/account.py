"""``client.account``: Resource packs and their remaining balance.

Generated from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

from .._http import HttpCore
from .._parsing import mapping
from ..models import AccountCosts


class AccountResource:
    """``client.account``: Resource packs and their remaining balance.

    Methods: costs.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core

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
