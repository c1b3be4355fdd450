"""Replicas survive faults: one replica killed, the database restarted, a lease left by the dead.

Three replicas on the module's database; clients send creates in threads for a bounded time
while the fault happens, and keep what each answer said. An acknowledged create (code 0) must be
found afterwards through a surviving replica; a refusal during a database outage must be the
503/5000 envelope, never a 500 or a hang. Two tests each kill one replica (whichever is alive
first), so every test works on the replicas still alive, in any order.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import psycopg
import pytest
import requests

from mockserver.served import Served
from mockserver.storage.postgres import CONNECT_WAIT_S
from tests.mock.receivers import Receiver
from tests.postgres_server import PostgresServer
from tests.replicas.conftest import GENERATIONS, RoundRobin, admin, replicas_on

#: A claimed delivery's lease: the callback timeout plus the slack (short, so a test waits little).
TIMEOUT_MS, SLACK_MS = 1000, 300
CONFIG = f"""
KLING_API_KEYS = {{ "gw-kill" = "killed", "gw-cb" = "callbacks", "gw-restart" = "restart" }}
KLING_CALLBACK_BACKOFF_MS = 20
KLING_CALLBACK_POLL_MS = 20
KLING_CALLBACK_TIMEOUT_S = {TIMEOUT_MS / 1000}
KLING_CALLBACK_LEASE_SLACK_MS = {SLACK_MS}

[KLING_CONCURRENCY]
image = 100000
"""
CLIENTS = 6
#: Longer than a request waits for a connection: a shorter outage can fall entirely within that
#: wait, and every request then succeeds once the database is back (no 503 to see).
OUTAGE_S = CONNECT_WAIT_S + 1.0


@pytest.fixture(scope="module")
def replicas(postgres_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Served]]:
    with replicas_on(postgres_url, tmp_path_factory.mktemp("faulted"), CONFIG) as started:
        yield started


@dataclass
class Load:
    """Clients creating tasks until stopped, each answer kept by the replica that gave it."""

    targets: list[Served]
    key: str
    acknowledged: list[str] = field(default_factory=list)
    answers: list[tuple[str, int, int]] = field(default_factory=list)  # (replica, status, code)
    unreachable: list[str] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def client(self, number: int) -> None:
        count = 0
        while not self.stop.is_set():
            replica = self.targets[(number + count) % len(self.targets)]
            count += 1
            try:
                answer = requests.post(
                    replica.base_url + GENERATIONS,
                    json={"prompt": f"load {number} {count}"},
                    headers={"Authorization": f"Bearer {self.key}"},
                    timeout=30,
                )
            except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError):
                # Refused, reset, or cut between the headers and the body (a replica killed while
                # writing its answer): not an answer, and never acknowledged.
                self.unreachable.append(replica.base_url)
                continue
            payload = answer.json()
            self.answers.append((replica.base_url, answer.status_code, payload["code"]))
            if payload["code"] == 0:
                self.acknowledged.append(payload["data"]["task_id"])

    def during(self, fault: Callable[[], None]) -> None:
        threads = [threading.Thread(target=self.client, args=(n,)) for n in range(CLIENTS)]
        for thread in threads:
            thread.start()
        try:
            time.sleep(0.5)  # load first (real traffic, not a clock under test)
            fault()
            time.sleep(0.5)
        finally:
            self.stop.set()
            for thread in threads:
                thread.join(60)


def alive(replicas: list[Served]) -> list[Served]:
    return [r for r in replicas if r.process.poll() is None]


def all_found(replica: Served, key: str, task_ids: list[str]) -> list[str]:
    """The task ids a replica cannot find (empty when every one is stored)."""
    client = RoundRobin([replica], key)
    return [
        task_id
        for task_id in task_ids
        if client.get(f"{GENERATIONS}/{task_id}").json()["code"] != 0
    ]


def back_within(client: RoundRobin, seconds: float) -> bool:
    """Whether the replica answers code 0 again in time (meanwhile only 503/5000)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        answer = client.get(GENERATIONS)
        if answer.json()["code"] == 0:
            return True
        assert (answer.status_code, answer.json()["code"]) == (503, 5000)
        time.sleep(0.2)
    return False


def test_a_replica_killed_under_creates_loses_no_acknowledged_create(
    replicas: list[Served],
) -> None:
    receiver = Receiver()
    try:
        doomed, *survivors = alive(replicas)
        via_doomed = RoundRobin([doomed], "gw-cb")
        body = {"prompt": "cb", "callback_url": receiver.url}
        queued = [via_doomed.post(GENERATIONS, body).json()["data"]["task_id"] for _ in range(3)]
        receiver.wait_for(3)  # the submitted callbacks; processing and succeed wait for the clock
        load = Load([doomed, *survivors], "gw-kill")
        load.during(lambda: os.killpg(doomed.process.pid, signal.SIGKILL))
        assert load.acknowledged and all_found(survivors[0], "gw-kill", load.acknowledged) == []
        assert set(load.unreachable) <= {doomed.base_url}  # the survivors never broke a connection
        from_survivors = [(s, c) for url, s, c in load.answers if url != doomed.base_url]
        assert from_survivors and set(from_survivors) == {(200, 0)}
        admin(survivors[0], "clock", json={"advance_ms": 60_000})
        got = receiver.wait_for(9, timeout=20)
        seen = {(r.json["task_id"], r.json["task_status"]) for r in got}
        assert seen == {(t, s) for t in queued for s in ("submitted", "processing", "succeed")}
    finally:
        receiver.close()


def test_a_database_restart_answers_503_and_the_replicas_reconnect(
    replicas: list[Served], postgres_server: PostgresServer
) -> None:
    running = alive(replicas)

    def restart() -> None:
        postgres_server.stop("fast")
        time.sleep(OUTAGE_S)
        postgres_server.start()

    load = Load(running, "gw-restart")
    load.during(restart)
    verdicts = {(status, code) for _, status, code in load.answers}
    assert verdicts <= {(200, 0), (503, 5000)} and (503, 5000) in verdicts
    assert load.unreachable == []
    for replica in running:  # each serves again on its own, within the pool's reconnect backoff
        assert back_within(RoundRobin([replica], "gw-restart"), seconds=30)
    assert all_found(running[0], "gw-restart", load.acknowledged) == []


def lease_end(url: str, task_id: str) -> int:
    """Until when (real ms) the task's first delivery is leased to the replica that claimed it."""
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT lease_real_ms FROM callbacks WHERE task_id = %s AND step = 0", (task_id,)
        ).fetchone()
    assert row is not None
    return int(row[0])


def settled(replica: Served, task_id: str, timeout: float = 10.0) -> dict[str, Any]:
    """The task's first delivery once it left ``sending`` (bounded wait)."""
    deadline = time.monotonic() + timeout
    while True:
        listed = admin(replica, "callbacks", params={"task_id": task_id})["deliveries"]
        first = next(d for d in listed if d["step"] == 0)
        if first["state"] != "sending" or time.monotonic() > deadline:
            return first
        time.sleep(0.02)


def test_a_delivery_leased_by_a_killed_replica_is_sent_once_more_after_its_lease(
    replicas: list[Served], postgres_url: str
) -> None:
    receiver = Receiver(held=1)  # the first POST is never answered: its sender waits, leased
    holder, *others = alive(replicas)
    try:
        for other in others:  # only the holder can claim the delivery
            os.killpg(other.process.pid, signal.SIGSTOP)
        try:
            body = {"prompt": "held", "callback_url": receiver.url}
            created = RoundRobin([holder], "gw-cb").post(GENERATIONS, body).json()
            task_id = created["data"]["task_id"]
            (first_seen,) = receiver.wait_for(1)
            os.killpg(holder.process.pid, signal.SIGKILL)  # mid-delivery, holding the lease
            holder.process.wait(10)
            leased_until = lease_end(postgres_url, task_id)
        finally:
            for other in others:
                os.killpg(other.process.pid, signal.SIGCONT)
        assert leased_until <= first_seen.at_real_ms + TIMEOUT_MS + SLACK_MS  # claimed before
        got = receiver.wait_for(2, timeout=10)
        assert len(got) == 2, "no other replica took the delivery over"
        assert got[1].at_real_ms > leased_until  # nobody else sent it while the lease ran
        sent = {(r.json["task_id"], r.json["task_status"]) for r in got}
        assert sent == {(task_id, "submitted")}
        delivery = settled(others[0], task_id)
        assert (delivery["state"], delivery["attempt_count"]) == ("delivered", 2)
        assert [a["attempt"] for a in delivery["attempts"]] == [2]  # the dead one left no result
        assert len(receiver.received) == 2
    finally:
        receiver.close()
