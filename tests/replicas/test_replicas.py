"""Three ``kling-mock serve`` replicas on one PostgreSQL database behave as one mock.

The module starts three separate server processes on the module's database (frozen clock, one
TOML config); a client round-robins between them. Each test uses its own account, so the tests
do not see each other's tasks; every wait is bounded and every server is stopped.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator

import pytest
import requests

from mockserver.served import Served
from tests.mock.receivers import Receiver
from tests.replicas.conftest import GENERATIONS, RoundRobin, admin, at_once, replicas_on

REPLICAS = 3
CONFIG = """
KLING_API_KEYS = { "gw-read" = "reader", "gw-one" = "one-slot", "gw-rate" = "rated", "gw-bal" = "balance", "gw-ext" = "external", "gw-cb" = "callbacks", "gw-log" = "journal", "gw-admin" = "admin" }
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


def test_with_a_limit_of_one_two_creates_on_two_replicas_give_one_success(
    replicas: list[Served],
) -> None:
    sends = [RoundRobin([replicas[n]], "gw-one") for n in range(2)]
    for _ in range(5):
        answers = at_once(lambda n: sends[n].post(GENERATIONS, {"prompt": "one"}), 2)
        verdicts = Counter((a.status_code, a.json()["code"]) for a in answers)
        assert verdicts == {(200, 0): 1, (429, 1303): 1}
        admin(replicas[2], "clock", json={"advance_ms": 60_000})  # the winner's slot comes back


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
