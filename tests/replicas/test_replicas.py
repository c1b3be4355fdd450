"""Three ``kling-mock serve`` replicas on one PostgreSQL database behave as one mock.

The module starts three separate server processes on the module's database (frozen clock, one
TOML config); a client round-robins between them. Each test uses its own account, so the tests
do not see each other's tasks; every wait is bounded and every server is stopped.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from kling_client import KlingClient

from mockserver.core.bounds import MAX_SPEED
from mockserver.served import Served
from tests.mock.receivers import Receiver
from tests.replicas.conftest import GENERATIONS, RoundRobin, admin, at_once, replicas_on

REPLICAS = 3
CONFIG = """
KLING_API_KEYS = { "gw-read" = "reader", "gw-one" = "one-slot", "gw-rate" = "rated", "gw-bal" = "balance", "gw-ext" = "external", "gw-cb" = "callbacks", "gw-log" = "journal", "gw-admin" = "admin", "gw-spent" = "spent", "gw-wait" = "waiter", "gw-ui" = "dashboard", "gw-live" = "live-limits" }
KLING_CALLBACK_BACKOFF_MS = 20
KLING_CALLBACK_POLL_MS = 20

[KLING_CONCURRENCY]
image = 1000

[KLING_ACCOUNTS.one-slot]
concurrency = { image = 1 }

[KLING_ACCOUNTS.rated]
rate_limit = 5
rate_window_ms = 600000

[KLING_ACCOUNTS.balance]
balance = { image = 3 }

[KLING_ACCOUNTS.spent]
balance = { image = 1 }
"""  # noqa: E501


@pytest.fixture(scope="module")
def replicas(postgres_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Served]]:
    with replicas_on(postgres_url, tmp_path_factory.mktemp("replicas"), CONFIG) as started:
        yield started


def test_a_task_created_on_one_replica_is_read_and_listed_on_the_others(
    replicas: list[Served],
) -> None:
    client = RoundRobin(replicas, "gw-read")
    created = client.post(GENERATIONS, {"prompt": "shared", "external_task_id": "r-1"}).json()
    task_id = created["data"]["task_id"]
    for _ in range(REPLICAS):
        read = client.get(f"{GENERATIONS}/{task_id}").json()
        assert (read["code"], read["data"]["task_id"]) == (0, task_id)
        listed = client.get(GENERATIONS).json()["data"]
        assert [t["task_id"] for t in listed] == [task_id]
        by_external = client.get(GENERATIONS, external_task_id="r-1").json()["data"]
        assert [t["task_id"] for t in by_external] == [task_id]


def test_a_voice_deleted_through_one_replica_is_gone_on_the_others(
    replicas: list[Served],
) -> None:
    voices = "/v1/general/custom-voices"
    body = {"voice_name": "Mia", "voice_url": "https://example.com/audio/mia-reading-12s.mp3"}
    via = [RoundRobin([replica], "gw-read") for replica in replicas]
    task_id = via[0].post(voices, body).json()["data"]["task_id"]
    admin(replicas[1], "clock", json={"advance_ms": 60_000})
    made = via[2].get(f"{voices}/{task_id}").json()["data"]["task_result"]["voices"]
    deleted = via[0].post("/v1/general/delete-voices", {"voice_id": made[0]["voice_id"]})
    assert deleted.json()["code"] == 0
    listed = via[1].get(voices).json()["data"]
    assert listed[0]["task_result"]["voices"] == []


def test_a_task_created_on_one_replica_is_waited_on_through_another(
    replicas: list[Served],
) -> None:
    creator, waiter = (KlingClient(api_key="gw-wait", base_url=r.base_url) for r in replicas[:2])
    task = creator.images.generations.create(prompt="waited on")
    seen: list[str] = []

    def advance_elsewhere(polled: Any) -> None:  # the clock moves through the third replica
        seen.append(polled.task_status)
        admin(replicas[2], "clock", json={"advance_ms": 60_000})

    done = waiter.images.generations.wait(
        task.task_id, timeout=10, poll_interval=0.01, on_progress=advance_elsewhere
    )
    assert (done.task_id, done.task_status, seen[0]) == (task.task_id, "succeed", "submitted")


def test_the_clock_advanced_on_one_replica_finishes_the_task_on_another(
    replicas: list[Served],
) -> None:
    client = RoundRobin(replicas[1:], "gw-admin")
    task_id = client.post(GENERATIONS, {"prompt": "wait"}).json()["data"]["task_id"]
    assert client.get(f"{GENERATIONS}/{task_id}").json()["data"]["task_status"] == "submitted"
    admin(replicas[0], "clock", json={"advance_ms": 60_000})
    for _ in range(2):
        assert client.get(f"{GENERATIONS}/{task_id}").json()["data"]["task_status"] == "succeed"
    readings = {admin(replica, "clock")["now_ms"] for replica in replicas}
    assert len(readings) == 1


def test_a_fault_plan_set_on_one_replica_is_in_force_on_every_other(
    replicas: list[Served],
) -> None:
    plan = {"errors": {"504": 1.0}}
    set_on_first = requests.post(f"{replicas[0].base_url}/__mock/faults", json=plan, timeout=30)
    try:
        assert set_on_first.status_code == 200, set_on_first.text
        for replica in replicas[1:]:
            answer = RoundRobin([replica], "gw-admin").get(GENERATIONS)
            assert answer.status_code == 504
    finally:
        requests.delete(f"{replicas[0].base_url}/__mock/faults", timeout=30)
    for replica in replicas[1:]:
        assert RoundRobin([replica], "gw-admin").get(GENERATIONS).json()["code"] == 0


def test_the_clock_speed_and_freeze_set_on_one_replica_hold_on_the_others(
    replicas: list[Served],
) -> None:
    first, second, third = (RoundRobin([r], "gw-admin") for r in replicas)
    try:
        task_id = second.post(GENERATIONS, {"prompt": "fast"}).json()["data"]["task_id"]
        admin(replicas[0], "clock", json={"freeze": False, "speed": MAX_SPEED})
        # 3 s of mock time pass in 0.3 ms of real time: the next read anywhere sees it finished
        assert third.get(f"{GENERATIONS}/{task_id}").json()["data"]["task_status"] == "succeed"
        admin(replicas[0], "clock", json={"freeze": True})
        task_id = second.post(GENERATIONS, {"prompt": "held"}).json()["data"]["task_id"]
        for via in (third, first, second):  # at that speed any running clock would finish it
            assert via.get(f"{GENERATIONS}/{task_id}").json()["data"]["task_status"] == "submitted"
    finally:
        admin(replicas[0], "clock", json={"freeze": True, "speed": 1.0})
    readings = [admin(replica, "clock") for replica in replicas]
    assert {(c["frozen"], c["speed"], c["now_ms"]) for c in readings} == {
        (True, 1.0, readings[0]["now_ms"])
    }


def test_a_quirk_set_on_one_replica_is_played_by_the_others(replicas: list[Served]) -> None:
    via = [RoundRobin([replica], "gw-admin") for replica in replicas]
    task_id = via[1].post(GENERATIONS, {"prompt": "quirky"}).json()["data"]["task_id"]
    plan = {"quirks": {"data_array": 1.0}}
    try:
        assert admin(replicas[0], "faults", json=plan)["source"] == "admin"
        data = via[1].get(f"{GENERATIONS}/{task_id}").json()["data"]
        assert isinstance(data, list) and [task["task_id"] for task in data] == [task_id]
    finally:
        requests.delete(f"{replicas[0].base_url}/__mock/faults", timeout=30)
    assert via[2].get(f"{GENERATIONS}/{task_id}").json()["data"]["task_id"] == task_id


def test_a_reset_on_one_replica_empties_every_replica_and_gives_back_the_balance(
    replicas: list[Served],
) -> None:
    second, third = (RoundRobin([r], "gw-spent") for r in replicas[1:])
    task_id = second.post(GENERATIONS, {"prompt": "spend"}).json()["data"]["task_id"]
    assert third.post(GENERATIONS, {"prompt": "over"}).json()["code"] == 1102
    assert admin(replicas[0], "reset", json={})["status"] == "reset"
    gone, never = (third.get(f"{GENERATIONS}/{t}") for t in (task_id, "1"))
    assert (gone.status_code, gone.json()["code"]) == (never.status_code, never.json()["code"])
    assert gone.json()["code"] != 0
    assert second.get(GENERATIONS).json()["data"] == []
    assert third.post(GENERATIONS, {"prompt": "again"}).json()["code"] == 0


def test_with_a_limit_of_one_two_creates_on_two_replicas_give_one_success(
    replicas: list[Served],
) -> None:
    sends = [RoundRobin([replicas[n]], "gw-one") for n in range(2)]
    for _ in range(5):
        answers = at_once(lambda n: sends[n].post(GENERATIONS, {"prompt": "one"}), 2)
        verdicts = Counter((a.status_code, a.json()["code"]) for a in answers)
        assert verdicts == {(200, 0): 1, (429, 1303): 1}
        admin(replicas[2], "clock", json={"advance_ms": 60_000})  # the winner's slot comes back


def test_limits_set_on_one_replica_hold_on_the_others_from_the_next_request(
    replicas: list[Served],
) -> None:
    sends = [RoundRobin([replica], "gw-live") for replica in replicas]
    configured = admin(replicas[0], "limits")["limits"]
    try:
        accounts = {**configured["accounts"], "live-limits": {"concurrency": {"image": 1}}}
        admin(replicas[0], "limits", method="POST", json={**configured, "accounts": accounts})
        first = sends[1].post(GENERATIONS, {"prompt": "live"}).json()["code"]
        second = sends[2].post(GENERATIONS, {"prompt": "live"}).json()["code"]
        assert (first, second) == (0, 1303)
    finally:
        admin(replicas[1], "limits", method="DELETE")
    assert sends[2].post(GENERATIONS, {"prompt": "live"}).json()["code"] == 0


def test_the_rate_limit_holds_across_replicas(replicas: list[Served]) -> None:
    client = RoundRobin(replicas, "gw-rate")
    sends = [RoundRobin([r], "gw-rate") for r in replicas]
    answers = at_once(lambda n: sends[n % REPLICAS].get(GENERATIONS), 18)
    assert Counter(a.json()["code"] for a in answers) == {0: 5, 1302: 13}
    assert client.get(GENERATIONS).json()["code"] == 1302


def test_the_balance_holds_across_replicas(replicas: list[Served]) -> None:
    sends = [RoundRobin([r], "gw-bal") for r in replicas]
    answers = at_once(lambda n: sends[n % REPLICAS].post(GENERATIONS, {"prompt": f"{n}"}), 12)
    assert Counter((a.status_code, a.json()["code"]) for a in answers) == {
        (200, 0): 3,
        (429, 1102): 9,
    }


def test_the_external_id_race_has_one_winner_and_task_numbers_stay_unique(
    replicas: list[Served],
) -> None:
    sends = [RoundRobin([r], "gw-ext") for r in replicas]
    body = {"prompt": "race", "external_task_id": "only-once"}
    answers = at_once(lambda n: sends[n % REPLICAS].post(GENERATIONS, body), 12)
    assert Counter(a.json()["code"] for a in answers) == {0: 1, 1201: 11}
    more = at_once(lambda n: sends[n % REPLICAS].post(GENERATIONS, {"prompt": f"{n}"}), 30)
    ids = [a.json()["data"]["task_id"] for a in more]
    assert len(set(ids)) == 30


def test_each_callback_is_delivered_once_across_replicas(replicas: list[Served]) -> None:
    receiver = Receiver()
    try:
        sends = [RoundRobin([r], "gw-cb") for r in replicas]
        body = {"prompt": "cb", "callback_url": receiver.url}
        answers = at_once(lambda n: sends[n % REPLICAS].post(GENERATIONS, body), 9)
        ids = {a.json()["data"]["task_id"] for a in answers}
        admin(replicas[0], "clock", json={"advance_ms": 60_000})
        receiver.wait_for(27, timeout=20)
        time.sleep(0.5)  # a second copy of any delivery would arrive in this time (poll: 20 ms)
        seen = [(r.json["task_id"], r.json["task_status"]) for r in receiver.received]
        assert {task_id for task_id, _ in seen} == ids
        assert len(seen) == 27 and len(set(seen)) == 27
        listed = admin(replicas[1], "callbacks", params={"limit": 500})["deliveries"]
        ours = [d for d in listed if d["task_id"] in ids]
        assert [(d["state"], d["attempt_count"]) for d in ours] == [("delivered", 1)] * 27
    finally:
        receiver.close()


def test_the_journal_and_coverage_of_any_replica_show_every_replicas_traffic(
    replicas: list[Served],
) -> None:
    sends = [RoundRobin([r], "gw-log") for r in replicas]
    answers = at_once(lambda n: sends[n % REPLICAS].post(GENERATIONS, {"prompt": f"{n}"}), 12)
    sent = {a.json()["request_id"] for a in answers}
    for replica in replicas:
        deadline = time.monotonic() + 10
        journaled: set[str] = set()
        while time.monotonic() < deadline and not sent <= journaled:
            entries = admin(replica, "journal", params={"limit": 500})["entries"]
            journaled = {e["request_id"] for e in entries}
            time.sleep(0.1)
        assert sent <= journaled


def test_every_replica_reports_the_same_database(replicas: list[Served]) -> None:
    shown = {admin(replica, "health")["db"] for replica in replicas}
    assert len(shown) == 1 and next(iter(shown)).startswith("postgresql://")


def test_the_dashboard_of_one_replica_shows_a_request_another_served(
    replicas: list[Served],
) -> None:
    answer = RoundRobin([replicas[1]], "gw-ui").post(GENERATIONS, {"prompt": "seen from afar"})
    request_id = answer.json()["request_id"]
    page = f"{replicas[0].base_url}/__mock/ui/journal"
    deadline = time.monotonic() + 10  # each replica writes its exchanges in batches
    shown = requests.get(f"{page}/{request_id}", timeout=30)
    while "seen from afar" not in shown.text and time.monotonic() < deadline:
        time.sleep(0.05)
        shown = requests.get(f"{page}/{request_id}", timeout=30)
    assert shown.status_code == 200 and "seen from afar" in shown.text
    assert request_id in requests.get(page, timeout=30).text
