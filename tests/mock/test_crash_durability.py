"""A create the mock acknowledged survives ``kill -9`` of the whole server.

Two gunicorn workers take creates from several threads; in the middle of that load the server's
process group is killed with SIGKILL (no shutdown code runs). A new server on the same SQLite file
must hold every task whose create was answered with code 0.
"""

from __future__ import annotations

import os
import signal
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

from mockserver.served import Served, served

GENERATIONS = "/v1/images/generations"
THREADS = 6
KILL_AFTER = 60  # acknowledged creates before the kill; creates in flight race with it


class Load:
    """Threads creating tasks until the server is gone, keeping the ids answered with code 0."""

    def __init__(self, server: Served) -> None:
        self.server = server
        self.acknowledged: list[str] = []
        self.enough = threading.Event()
        self._lock = threading.Lock()

    def run(self, worker: int) -> None:
        session = requests.Session()
        url = f"{self.server.base_url}{GENERATIONS}"
        for number in range(100_000):
            body = {"prompt": f"thread {worker} create {number}"}
            try:
                answer = session.post(
                    url, json=body, headers={"Authorization": "Bearer crash"}, timeout=10
                )
            except requests.RequestException:
                return  # the server is gone
            if answer.status_code == 200 and answer.json()["code"] == 0:
                with self._lock:
                    self.acknowledged.append(answer.json()["data"]["task_id"])
                    if len(self.acknowledged) >= KILL_AFTER:
                        self.enough.set()


def stored_task_ids(server: Served) -> set[str]:
    url = f"{server.base_url}/__mock/tasks"
    listed = requests.get(url, params={"limit": 10_000}, timeout=30)
    return {task["task_id"] for task in listed.json()["tasks"]}


def test_no_acknowledged_create_is_lost_when_the_server_is_killed(tmp_path: Path) -> None:
    db = tmp_path / "state.sqlite3"
    with served(db, workers=2, extra_args=("--quiet",)) as server:
        load = Load(server)
        with ThreadPoolExecutor(THREADS) as pool:
            threads = [pool.submit(load.run, n) for n in range(THREADS)]
            assert load.enough.wait(60), "the server acknowledged too few creates"
            os.killpg(server.process.pid, signal.SIGKILL)
            for thread in threads:
                thread.result(timeout=60)
        server.process.wait(10)
    with served(db, workers=2, extra_args=("--quiet",)) as restarted:
        lost = set(load.acknowledged) - stored_task_ids(restarted)
    assert len(load.acknowledged) >= KILL_AFTER
    assert lost == set()
