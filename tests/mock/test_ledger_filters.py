"""The unit ledger's filters are checked as its page says (EN-PKG)."""

from __future__ import annotations

from typing import Any

from mockapi import MockAPI

PACKAGE = "/account/billing/package"
WINDOW = {"start_time": 0, "end_time": 4_102_444_800_000}


def refusal(api: MockAPI, filters: list[dict[str, Any]]) -> tuple[int, Any]:
    response = api.post(PACKAGE, {**WINDOW, "filters": filters})
    return response.status_code, response.json()["code"]


def test_package_name_and_package_id_cannot_be_used_together(api: MockAPI) -> None:
    both = [{"key": "package_name", "values": ["p"]}, {"key": "package_id", "values": ["1"]}]
    assert refusal(api, both) == (400, 1201)
    assert refusal(api, both[:1]) == (200, 0)


def test_product_type_takes_the_ledgers_own_spelling(api: MockAPI) -> None:
    assert refusal(api, [{"key": "product_type", "values": ["try-on"]}]) == (200, 0)
    assert refusal(api, [{"key": "product_type", "values": ["try_on"]}]) == (400, 1201)
