"""Account limits: concurrency slots per pack (1303), balances (1102), request rate (1302) and
content rules (1301), as usage-row queries and through the app."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator

import psycopg
import pytest
from mockapi import MockAPI

from mockserver.core.bounds import MAX_RATE_LIMIT, MAX_RATE_WINDOW_MS, MAX_SLOTS, MAX_UNITS
from mockserver.core.errors import KlingError
from mockserver.domain import limits
from mockserver.domain.limits import Charge, ContentRule, Limits, Quota
from mockserver.domain.results import ResultContext
from mockserver.storage.contract import Conn
from mockserver.storage.pg_connections import PgConn
from mockserver.storage.postgres import ddl
from spec.documents import load_bundle
from spec.extensions import TaskSpec
from tests.postgres_server import emptied

IMAGE_TASK = {"result": "images", "count_field": "n", "slots": "n", "pack": "image", "units": 1}
VIDEO_TASK = {"result": "videos", "duration_field": "duration", "slots": 1, "pack": "video",
              "units": 0.6, "per_second": True}  # fmt: skip


@pytest.fixture
def state_db(both_backends: str) -> str:
    """Every test through the app runs on SQLite and on PostgreSQL."""
    return both_backends


@pytest.fixture(params=["sqlite", "postgresql"])
def conn(request: pytest.FixtureRequest) -> Iterator[Conn]:
    """A connection holding the limits' tables, on each backend (each statement commits)."""
    if request.param == "sqlite":
        connection = sqlite3.connect(":memory:", isolation_level=None)
        connection.executescript(limits.SCHEMA)
        yield connection
        connection.close()
        return
    with psycopg.connect(emptied(request.getfixturevalue("postgres_url")), autocommit=True) as raw:
        for statement in ddl(limits.SCHEMA):
            raw.execute(statement)
        yield PgConn(raw)


def code_of(call: object) -> int:
    assert callable(call)
    with pytest.raises(KlingError) as caught:
        call()
    return caught.value.code


def charge(task: dict[str, object], body: dict[str, object]) -> Charge:
    return limits.charge_for(ResultContext(TaskSpec.parse(task), body, "1", "http://m/"))


def test_an_image_task_takes_n_slots_and_units_per_image() -> None:
    assert charge(IMAGE_TASK, {"n": 3}) == Charge("image", 3, 3.0)


def test_a_video_task_takes_one_slot_and_units_per_second() -> None:
    assert charge(VIDEO_TASK, {"duration": "10"}) == Charge("video", 1, 6.0)


def test_a_task_without_slots_or_units_takes_one_slot_and_nothing() -> None:
    assert charge({"result": "voices", "pack": "general"}, {}) == Charge("general", 1, 0.0)


def test_a_series_holds_a_slot_per_image_it_makes() -> None:
    omni = load_bundle()["paths"]["/v1/images/omni-image"]["post"]["x-kling-task"]
    assert charge(omni, {"result_type": "series", "series_amount": 6}).slots == 6


def test_slots_are_held_until_the_task_ends(conn: Conn) -> None:
    limits.record(conn, "t1", "acct", Charge("video", 1, 1), done_at=1000, failed=False)
    assert limits.live_slots(conn, "acct", "video", now=999) == 1
    assert limits.live_slots(conn, "acct", "video", now=1000) == 0


def test_going_over_the_concurrency_of_a_pack_is_1303(conn: Conn) -> None:
    quota = Quota.from_parts(concurrency={"image": 4})
    limits.record(conn, "t1", "acct", Charge("image", 3, 3), done_at=5000, failed=False)
    limits.admit(conn, quota, "acct", Charge("image", 1, 1), now=0)
    assert code_of(lambda: limits.admit(conn, quota, "acct", Charge("image", 2, 2), now=0)) == 1303
    limits.admit(conn, quota, "acct", Charge("image", 2, 2), now=5000)


def test_concurrency_is_counted_per_account_and_per_pack(conn: Conn) -> None:
    quota = Quota.from_parts(concurrency={"video": 1})
    limits.record(conn, "t1", "acct", Charge("video", 1, 1), done_at=5000, failed=False)
    limits.admit(conn, quota, "other", Charge("video", 1, 1), now=0)
    limits.admit(conn, quota, "acct", Charge("image", 1, 1), now=0)


def test_failed_tasks_hold_slots_until_they_fail(conn: Conn) -> None:
    quota = Quota.from_parts(concurrency={"video": 1})
    limits.record(conn, "t1", "acct", Charge("video", 1, 1), done_at=5000, failed=True)
    assert code_of(lambda: limits.admit(conn, quota, "acct", Charge("video", 1, 1), now=10)) == 1303


def test_a_task_costing_more_than_the_remaining_balance_is_1102(conn: Conn) -> None:
    quota = Quota.from_parts(balance={"video": 10})
    limits.record(conn, "t1", "acct", Charge("video", 1, 8), done_at=100, failed=False)
    limits.admit(conn, quota, "acct", Charge("video", 1, 2), now=0)
    assert code_of(lambda: limits.admit(conn, quota, "acct", Charge("video", 1, 3), now=0)) == 1102


def test_failed_tasks_give_their_units_back_when_they_fail(conn: Conn) -> None:
    limits.record(conn, "t1", "acct", Charge("video", 1, 8), done_at=100, failed=True)
    assert limits.used_units(conn, "acct", "video", now=99) == 8
    assert limits.used_units(conn, "acct", "video", now=100) == 0


def test_an_exhausted_pack_refuses_even_free_tasks(conn: Conn) -> None:
    quota = Quota.from_parts(balance={"general": 0})
    assert code_of(lambda: limits.admit(conn, quota, "a", Charge("general", 1, 0), now=0)) == 1102


def test_pack_usage_reports_live_slots_and_units_per_pack(conn: Conn) -> None:
    limits.record(conn, "t1", "acct", Charge("video", 1, 5), done_at=100, failed=False)
    limits.record(conn, "t2", "acct", Charge("image", 2, 2), done_at=50, failed=True)
    assert limits.pack_usage(conn, "acct", now=60) == {"video": (1, 5.0), "image": (0, 0.0)}


def test_requests_over_the_rate_in_the_window_are_1302(conn: Conn) -> None:
    quota = Quota.from_parts(rate_limit=2, rate_window_ms=1000)
    limits.count_hit(conn, quota, "acct", real_now=10_000)
    limits.count_hit(conn, quota, "acct", real_now=10_100)
    assert code_of(lambda: limits.count_hit(conn, quota, "acct", real_now=10_200)) == 1302
    limits.count_hit(conn, quota, "other", real_now=10_200)
    limits.count_hit(conn, quota, "acct", real_now=11_001)


def test_accounts_can_have_their_own_limits_on_top_of_the_default() -> None:
    configured = Limits.from_config(
        concurrency={"video": 2, "image": 4},
        accounts={"vip": {"concurrency": {"video": 10}, "rate_limit": 100}},
    )
    assert configured.of("someone").concurrency == {"video": 2, "image": 4}
    assert configured.of("vip").concurrency == {"video": 10, "image": 4}
    assert configured.of("vip").rate_limit == 100
    assert configured.rate_limited


@pytest.mark.parametrize(
    "bad",
    [
        {"concurrency": {"video": -1}},
        {"concurrency": {"video": 1.5}},
        {"balance": "lots"},
        {"rate_limit": 0},
        {"accounts": {"a": {"speed": 1}}},
        {"accounts": {"a": {"concurrency": ["video"]}}},
        {"concurrency": {"video": 10**30}},
        {"balance": {"image": 1e300}},
        {"rate_limit": 10**23},
        {"rate_window_ms": 10**23},
        {"rate_window_ms": None},
        {"rate_window_ms": "1000"},
        {"accounts": {"a": {"rate_window_ms": 0.5}}},
    ],
)
def test_unusable_limits_are_refused_with_a_reason(bad: dict[str, object]) -> None:
    with pytest.raises(limits.LimitConfigError):
        Limits.from_config(**bad)  # type: ignore[arg-type]


def test_each_limit_is_refused_past_its_bound_with_the_range_it_takes() -> None:
    with pytest.raises(limits.LimitConfigError, match="from 1 to 31,622,400,000"):
        Limits.from_config(rate_window_ms=MAX_RATE_WINDOW_MS + 1)
    with pytest.raises(limits.LimitConfigError, match=r"account ci: concurrency\.video .* 100,000"):
        Limits.from_config(accounts={"ci": {"concurrency": {"video": MAX_SLOTS + 1}}})
    at_the_bounds = Limits.from_config(
        {"video": MAX_SLOTS}, {"image": MAX_UNITS}, MAX_RATE_LIMIT, MAX_RATE_WINDOW_MS
    )
    assert at_the_bounds.of("anyone").rate_window_ms == MAX_RATE_WINDOW_MS


def test_content_rules_match_a_regex_in_any_string_of_the_body() -> None:
    rule = ContentRule.from_config({"pattern": "(?i)forbidden"})
    assert rule.matches({"prompt": "a FORBIDDEN cat"})
    assert rule.matches({"multi_prompt": [{"prompt": "ok"}, {"prompt": "forbidden"}]})
    assert not rule.matches({"prompt": "a cat"})


def test_content_rules_can_be_limited_to_fields() -> None:
    rule = ContentRule.from_config({"pattern": "bad", "fields": ["negative_prompt"]})
    assert not rule.matches({"prompt": "bad"})
    assert rule.matches({"negative_prompt": "bad"})
    nested = ContentRule.from_config({"pattern": "bad", "fields": ["multi_prompt[].prompt"]})
    assert nested.matches({"multi_prompt": [{"prompt": "ok"}, {"prompt": "bad"}]})


def test_a_matching_content_rule_is_1301_with_its_message() -> None:
    rules = (ContentRule.from_config({"pattern": "weapon", "message": "no weapons"}),)
    with pytest.raises(KlingError) as caught:
        limits.check_content(rules, {"prompt": "a weapon"})
    assert (caught.value.code, caught.value.message) == (1301, "no weapons")
    limits.check_content(rules, {"prompt": "a flower"})


def test_a_bad_content_pattern_is_refused() -> None:
    with pytest.raises(limits.LimitConfigError):
        ContentRule.from_config({"pattern": "("})


# ----------------------------------------------------------------------------- through the app

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


# ----------------------------------------------------------------------------- across replicas
Attempt = Callable[[Conn, str], None]


def _admit_image(quota: Quota) -> Attempt:
    def attempt(conn: Conn, task_id: str) -> None:
        limits.admit(conn, quota, "acct", Charge("image", 1, 1), now=0)
        limits.record(conn, task_id, "acct", Charge("image", 1, 1), done_at=10_000, failed=False)

    return attempt


def _hit(quota: Quota) -> Attempt:
    return lambda conn, _task_id: limits.count_hit(conn, quota, "acct", real_now=10_000)


RACES: dict[str, tuple[Attempt, int]] = {
    "concurrency": (_admit_image(Quota.from_parts(concurrency={"image": 1})), 1303),
    "balance": (_admit_image(Quota.from_parts(balance={"image": 1})), 1102),
    "rate": (_hit(Quota.from_parts(rate_limit=1, rate_window_ms=1000)), 1302),
}


@pytest.fixture
def sessions(postgres_url: str) -> Iterator[list[psycopg.Connection[tuple[object, ...]]]]:
    """Three sessions on one database holding the limits' tables: two replicas and a watcher."""
    url = emptied(postgres_url)
    opened = [psycopg.connect(url, autocommit=True) for _ in range(3)]
    for statement in ddl(limits.SCHEMA):
        opened[0].execute(statement)
    yield opened
    for session in opened:
        session.close()


def _waits_for_the_account(watcher: psycopg.Connection[tuple[object, ...]]) -> bool:
    row = watcher.execute(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
    ).fetchone()
    return row is not None and row[0] != 0


@pytest.mark.parametrize("limit", sorted(RACES))
def test_a_limit_of_one_admits_one_of_two_replicas_checking_at_once(
    sessions: list[psycopg.Connection[tuple[object, ...]]], limit: str
) -> None:
    """The second replica checks while the first one's admission is not committed yet: it waits
    for the account and then sees the first one's task (without the wait both would pass)."""
    first, second, watcher = sessions
    attempt, refused = RACES[limit]
    outcome: list[int] = []

    def second_replica() -> None:
        try:
            with second.transaction():
                attempt(PgConn(second), "t2")
            outcome.append(0)
        except KlingError as exc:
            outcome.append(exc.code)

    thread = threading.Thread(target=second_replica)
    with first.transaction():
        attempt(PgConn(first), "t1")
        thread.start()
        deadline = time.monotonic() + 10
        while not outcome and not _waits_for_the_account(watcher):
            assert time.monotonic() < deadline, "the second replica neither waited nor ended"
            time.sleep(0.005)
    thread.join(10)
    assert outcome == [refused]


# ----------------------------------------------------------------------------- set at run time
def test_limits_set_through_the_admin_api_hold_from_the_next_request(
    make_api: Callable[..., MockAPI],
) -> None:
    api = make_api(KLING_API_KEYS={"gw-ci": "ci", "gw-other": "other"})
    assert verdict(api, TEXT2VIDEO, {"prompt": "p"}, key="gw-ci")[:2] == (200, 0)
    own = {"ci": {"concurrency": {"video": 1}}}
    answer = api.post("/__mock/limits", {"concurrency": {"video": 5}, "accounts": own}).json()
    assert answer["source"] == "admin"
    assert answer["limits"]["accounts"]["ci"]["concurrency"] == {"video": 1}
    assert verdict(api, TEXT2VIDEO, {"prompt": "p"}, key="gw-ci")[:2] == (429, 1303)
    assert verdict(api, TEXT2VIDEO, {"prompt": "p"}, key="gw-other")[:2] == (200, 0)
    usage = api.get("/__mock/usage", params={"owner": "ci"}).json()["accounts"]["ci"]["video"]
    assert usage["slot_limit"] == 1


def test_deleting_the_admin_limits_restores_the_configured_ones(
    make_api: Callable[..., MockAPI],
) -> None:
    api = make_api(KLING_BALANCE={"image": 1})
    api.post("/__mock/limits", {"balance": {"image": 10}})
    assert [verdict(api, GENERATIONS, {"prompt": "p"})[1] for _ in range(2)] == [0, 0]
    answer = api.call("DELETE", "/__mock/limits").json()
    assert (answer["source"], answer["limits"]["balance"]) == ("config", {"image": 1.0})
    assert verdict(api, GENERATIONS, {"prompt": "p"})[:2] == (429, 1102)


def test_a_reset_forgets_the_admin_limits(make_api: Callable[..., MockAPI]) -> None:
    api = make_api()
    api.post("/__mock/limits", {"rate_limit": 1, "rate_window_ms": 60_000})
    api.post("/__mock/reset")
    assert api.get("/__mock/limits").json()["source"] == "config"
    assert [verdict(api, GENERATIONS, {"prompt": "p"})[1] for _ in range(2)] == [0, 0]


def test_a_limit_on_a_pack_no_operation_is_charged_to_is_refused_naming_the_packs(
    make_api: Callable[..., MockAPI],
) -> None:
    refused = make_api().post("/__mock/limits", {"concurrency": {"vidoe": 1}})
    assert (refused.status_code, refused.json()["code"]) == (400, 1201)
    assert "vidoe" in refused.json()["message"] and "video" in refused.json()["message"]


def test_configured_limits_on_a_pack_no_operation_is_charged_to_are_named_at_start(
    make_api: Callable[..., MockAPI], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="kling_mock"):
        make_api(KLING_ACCOUNTS={"ci": {"concurrency": {"vidoe": 1}}})
    assert any("limits nothing" in r.message and "vidoe" in r.message for r in caplog.records)


def test_limits_at_their_bounds_leave_creates_and_lists_answering(
    make_api: Callable[..., MockAPI],
) -> None:
    api = make_api()
    widest = {
        "concurrency": {"image": MAX_SLOTS},
        "balance": {"image": MAX_UNITS},
        "rate_limit": MAX_RATE_LIMIT,
        "rate_window_ms": MAX_RATE_WINDOW_MS,
    }
    assert api.post("/__mock/limits", widest).status_code == 200
    assert verdict(api, GENERATIONS, {"prompt": "p"})[:2] == (200, 0)
    assert api.get(GENERATIONS).json()["code"] == 0


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"concurrency": {"video": -1}}, 1201),
        ({"concurrency": {"video": 1.5}}, 1201),
        ({"rate_limit": 0}, 1201),
        ({"accounts": {"ci": {"slots": 1}}}, 1201),
        ({"concurrency": {"video": 1}, "speed": 2}, 1201),
        (["concurrency"], 1201),
        ({"rate_window_ms": None}, 1201),
        ({"accounts": {"ci": {"balance": {"vidoe": 3}}}}, 1201),
        ({"rate_window_ms": 10**23}, 1201),
        ('{"concurrency": {"video": 1},}', 1200),
    ],
)
def test_unusable_admin_limits_are_refused_and_the_active_ones_kept(
    make_api: Callable[..., MockAPI], body: object, code: int
) -> None:
    api = make_api()
    api.post("/__mock/limits", {"concurrency": {"video": 1}})
    if isinstance(body, str):
        response = api.call("POST", "/__mock/limits", data=body,
                            headers={"Content-Type": "application/json"})  # fmt: skip
    else:
        response = api.post("/__mock/limits", body)
    assert (response.status_code, response.json()["code"]) == (400, code)
    assert response.json()["message"]
    assert api.get("/__mock/limits").json()["limits"]["concurrency"] == {"video": 1}
