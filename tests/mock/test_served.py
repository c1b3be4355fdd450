"""`kling-mock serve`: gunicorn with several workers that agree on tasks and on the clock."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from mockserver.cli import overrides_from, parser

HEADERS = {"Authorization": "Bearer served-key"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    command = [
        sys.executable, "-m", "mockserver.cli", "serve", "--port", str(port),
        "--db", str(tmp_path / "state.sqlite3"), "--workers", "2", "--frozen", "--quiet",
    ]  # fmt: skip
    process = subprocess.Popen(command, start_new_session=True, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{base}/__mock/health", timeout=5).ok:
                    break
            except requests.RequestException:
                time.sleep(0.1)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(30)


def test_workers_agree_on_tasks_and_on_the_clock(served: str) -> None:
    def create(n: int) -> str:
        body = {"prompt": f"boat {n}", "external_task_id": f"ext-{n}"}
        answer = requests.post(f"{served}/kling/v1/images/generations", json=body, headers=HEADERS)
        assert answer.status_code == 200, answer.text
        task_id: str = answer.json()["data"]["task_id"]
        return task_id

    def statuses() -> set[str]:
        seen = set()
        for task_id in ids:
            for _ in range(3):
                url = f"{served}/v1/images/generations/{task_id}"
                seen.add(requests.get(url, headers=HEADERS).json()["data"]["task_status"])
        return seen

    with ThreadPoolExecutor(8) as pool:
        ids = list(pool.map(create, range(16)))
    assert len(set(ids)) == 16
    listed = requests.get(
        f"{served}/v1/images/generations", params={"pageSize": 50}, headers=HEADERS
    ).json()["data"]
    assert {task["task_id"] for task in listed} == set(ids)
    assert statuses() == {"submitted"}
    requests.post(f"{served}/__mock/clock", json={"advance_ms": 60_000})
    assert statuses() == {"succeed"}


def test_only_the_options_given_override_the_configuration() -> None:
    args = parser().parse_args(["serve", "--port", "4077", "--seed", "5", "--speed", "2"])
    assert overrides_from(args) == {"KLING_SEED": 5, "KLING_SPEED": 2.0}
    assert args.port == 4077
