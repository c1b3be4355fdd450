"""Account limits through the app: 1303 concurrency, 1102 balance, 1302 rate, 1301 content rules."""

from __future__ import annotations

from collections.abc import Callable

from mockapi import MockAPI

GENERATIONS = "/v1/images/generations"
TEXT2VIDEO = "/v1/videos/text2video"
COSTS = "/account/costs"
TASK_MS = 10_000  # longer than any planned task with the default phase lengths


def verdict(api: MockAPI, path: str, body: dict[str, object], key: str | None = None) -> tuple:
    response = api.post(path, body, key=key)
    payload = response.json()
    return response.status_code, payload["code"], payload["message"]


def test_image_tasks_take_n_slots_and_over_the_limit_is_1303(
    make_api: Callable[..., MockAPI],
) -> None:
    api = make_api(KLING_CONCURRENCY={"image": 3})
    assert verdict(api, GENERATIONS, {"prompt": "p", "n": 2})[:2] == (200, 0)
    assert verdict(api, GENERATIONS, {"prompt": "p", "n": 2}) == (
        429,
        1303,
        "parallel task over resource pack limit",
    )
    assert verdict(api, GENERATIONS, {"prompt": "p", "n": 1})[:2] == (200, 0)


def test_slots_come_back_when_tasks_end(make_api: Callable[..., MockAPI]) -> None:
    api = make_api(KLING_CONCURRENCY={"video": 1})
    assert verdict(api, TEXT2VIDEO, {"prompt": "p"})[:2] == (200, 0)
    assert verdict(api, TEXT2VIDEO, {"prompt": "p"})[:2] == (429, 1303)
    api.advance(TASK_MS)
    assert verdict(api, TEXT2VIDEO, {"prompt": "p"})[:2] == (200, 0)


def test_failed_tasks_hold_their_slot_until_they_fail(make_api: Callable[..., MockAPI]) -> None:
    api = make_api(KLING_CONCURRENCY={"video": 1})
    api.post(TEXT2VIDEO, {"prompt": "p"}, headers={"X-Mock-Outcome": "failed"})
    assert verdict(api, TEXT2VIDEO, {"prompt": "p"})[:2] == (429, 1303)
    api.advance(TASK_MS)
    assert verdict(api, TEXT2VIDEO, {"prompt": "p"})[:2] == (200, 0)


def test_packs_and_accounts_are_counted_separately(make_api: Callable[..., MockAPI]) -> None:
    api = make_api(KLING_CONCURRENCY={"video": 1, "image": 1})
    assert verdict(api, TEXT2VIDEO, {"prompt": "p"})[:2] == (200, 0)
    assert verdict(api, GENERATIONS, {"prompt": "p"})[:2] == (200, 0)
    assert verdict(api, TEXT2VIDEO, {"prompt": "p"}, key="another-account")[:2] == (200, 0)


def test_an_account_can_have_its_own_concurrency(make_api: Callable[..., MockAPI]) -> None:
    api = make_api(
        KLING_API_KEYS={"gw-small": "small", "gw-big": "big"},
        KLING_CONCURRENCY={"video": 1},
        KLING_ACCOUNTS={"big": {"concurrency": {"video": 3}}},
    )
    outcomes = [verdict(api, TEXT2VIDEO, {"prompt": "p"}, key="gw-big")[1] for _ in range(4)]
    assert outcomes == [0, 0, 0, 1303]
    outcomes = [verdict(api, TEXT2VIDEO, {"prompt": "p"}, key="gw-small")[1] for _ in range(2)]
    assert outcomes == [0, 1303]


def test_a_task_the_balance_cannot_pay_for_is_1102(make_api: Callable[..., MockAPI]) -> None:
    api = make_api(KLING_BALANCE={"image": 3})
    assert verdict(api, GENERATIONS, {"prompt": "p", "n": 2})[:2] == (200, 0)
    assert verdict(api, GENERATIONS, {"prompt": "p", "n": 2})[:2] == (429, 1102)
    assert verdict(api, GENERATIONS, {"prompt": "p", "n": 1})[:2] == (200, 0)
    assert verdict(api, GENERATIONS, {"prompt": "p", "n": 1})[:2] == (429, 1102)


def test_failed_tasks_give_their_units_back(make_api: Callable[..., MockAPI]) -> None:
    api = make_api(KLING_BALANCE={"image": 2})
    failing = api.create(GENERATIONS, {"prompt": "p", "n": 2}, headers={"X-Mock-Outcome": "failed"})
    assert verdict(api, GENERATIONS, {"prompt": "p"})[:2] == (429, 1102)
    api.advance(TASK_MS)
    assert api.task(failing["task_id"]).json()["data"]["final_unit_deduction"] == "0"
    assert verdict(api, GENERATIONS, {"prompt": "p"})[:2] == (200, 0)


def test_account_costs_report_the_configured_packs_and_what_is_left(
    make_api: Callable[..., MockAPI],
) -> None:
    api = make_api(KLING_BALANCE={"image": 10, "video": 5})
    done = api.create(GENERATIONS, {"prompt": "p", "n": 3})
    api.advance(TASK_MS)
    assert api.task(done["task_id"]).json()["data"]["final_unit_deduction"] == "3"
    data = api.get(COSTS, params={"start_time": 1, "end_time": 2}).json()["data"]
    packs = {p["resource_pack_name"]: p for p in data["resource_pack_subscribe_infos"]}
    assert {name: p["remaining_quantity"] for name, p in packs.items()} == {
        "kling-mock image pack": 7.0,
        "kling-mock video pack": 5.0,
    }
    assert packs["kling-mock image pack"]["total_quantity"] == 10.0


def test_an_exhausted_pack_is_reported_run_out(make_api: Callable[..., MockAPI]) -> None:
    api = make_api(KLING_BALANCE={"image": 1})
    api.create(GENERATIONS, {"prompt": "p"})
    query = {"start_time": 1, "end_time": 2, "resource_pack_name": "kling-mock image pack"}
    (pack,) = api.get(COSTS, params=query).json()["data"]["resource_pack_subscribe_infos"]
    assert (pack["remaining_quantity"], pack["status"]) == (0.0, "runOut")


def test_requests_over_the_rate_are_1302(make_api: Callable[..., MockAPI]) -> None:
    api = make_api(KLING_RATE_LIMIT=3, KLING_RATE_WINDOW_MS=60_000)
    codes = [api.get(GENERATIONS).json()["code"] for _ in range(4)]
    assert codes == [0, 0, 0, 1302]
    response = api.post(GENERATIONS, {"prompt": "p"})
    assert (response.status_code, response.json()["code"]) == (429, 1302)
    assert api.get(GENERATIONS, key="someone-else").json()["code"] == 0


def test_content_rules_refuse_matching_requests_with_1301(make_api: Callable[..., MockAPI]) -> None:
    rules = [{"pattern": "(?i)\\bweapon", "message": "content security: weapons"}]
    api = make_api(KLING_CONTENT_RULES=rules)
    status, code, message = verdict(api, GENERATIONS, {"prompt": "a Weapon on a table"})
    assert (status, code, message) == (400, 1301, "content security: weapons")
    assert api.get("/__mock/tasks").json()["tasks"] == []
    assert verdict(api, GENERATIONS, {"prompt": "a flower"})[:2] == (200, 0)


def test_usage_shows_slots_units_and_limits_per_account(make_api: Callable[..., MockAPI]) -> None:
    api = make_api(KLING_API_KEYS={"gw": "acct"}, KLING_CONCURRENCY={"image": 4})
    api.create(GENERATIONS, {"prompt": "p", "n": 2}, key="gw")
    usage = api.get("/__mock/usage").json()["accounts"]["acct"]["image"]
    assert usage == {"slots_held": 2, "slot_limit": 4, "units_used": 2.0, "balance": None}
