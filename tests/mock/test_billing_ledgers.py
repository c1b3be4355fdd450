"""The billing ledgers: charged tasks as deductions, newest first, cursor-paged and filtered."""

from __future__ import annotations

from typing import Any

from mockapi import MockAPI

PACKAGE = "/account/billing/package"
BALANCE = "/account/billing/balance"
WINDOW = {"start_time": 0, "end_time": 4_102_444_800_000}


def charged_tasks(api: MockAPI, count: int, path: str = "/v1/images/generations") -> list[str]:
    made = [
        api.create(path, {"prompt": f"boat {n}"}, headers={"X-Mock-Outcome": "succeed"})
        for n in range(count)
    ]
    api.advance(60_000)
    return [task["task_id"] for task in made]


def ledger(api: MockAPI, path: str = PACKAGE, **body: Any) -> dict[str, Any]:
    response = api.post(path, {**WINDOW, **body})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def test_every_charged_task_is_one_unit_deduction(api: MockAPI) -> None:
    made = charged_tasks(api, 3)
    data = ledger(api)
    rows = data["result"]["detail"]
    assert sorted(row["task_id"] for row in rows) == sorted(made)
    assert data["result"]["count"] == 3
    assert data["has_more"] is False
    assert {row["product_type"] for row in rows} == {"image"}


def test_a_task_still_running_or_failed_is_not_charged(api: MockAPI) -> None:
    api.create("/v1/images/generations", {"prompt": "p"}, headers={"X-Mock-Outcome": "failed"})
    api.advance(60_000)
    api.create("/v1/images/generations", {"prompt": "p"})
    assert ledger(api)["result"]["detail"] == []


def test_walking_the_cursor_lists_every_deduction_once_newest_first(api: MockAPI) -> None:
    made = charged_tasks(api, 5)
    rows: list[dict[str, Any]] = []
    data = ledger(api, limit=2)
    while True:
        rows += data["result"]["detail"]
        if not data["has_more"]:
            break
        data = ledger(api, cursor=data["next_cursor"])
    assert sorted(row["task_id"] for row in rows) == sorted(made)
    times = [int(row["deduction_time"]) for row in rows]
    assert times == sorted(times, reverse=True)


def test_a_filter_keeps_only_matching_deductions(api: MockAPI) -> None:
    charged_tasks(api, 2)
    only_video = [{"key": "product_type", "values": ["video"]}]
    assert ledger(api, filters=only_video)["result"]["detail"] == []
    name = ledger(api)["result"]["detail"][0]["api_key_name"]
    mine = [{"key": "api_key_name", "values": [name]}]
    assert len(ledger(api, filters=mine)["result"]["detail"]) == 2
    others = [{"key": "api_key_name", "values": [name + "-other"]}]
    assert ledger(api, filters=others)["result"]["detail"] == []


def test_the_cash_ledger_is_empty_when_every_charge_comes_off_a_pack(api: MockAPI) -> None:
    charged_tasks(api, 1)
    assert ledger(api, BALANCE)["result"]["detail"] == []


def test_a_window_is_required_without_a_cursor(api: MockAPI) -> None:
    response = api.post(PACKAGE, {"limit": 10})
    assert (response.status_code, response.json()["code"]) == (400, 1201)


def test_a_cursor_the_ledger_did_not_give_reads_as_the_end_of_the_list(api: MockAPI) -> None:
    charged_tasks(api, 1)
    data = ledger(api, cursor="not-a-cursor")
    assert (data["result"]["detail"], data["has_more"]) == ([], False)
