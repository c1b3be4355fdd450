"""``POST /__mock/reset`` leaves nothing behind on any worker.

Each worker buffers its journal entries and coverage counts and writes them in batches; a reset
answered by one worker must also void what the other worker still holds, or the other worker's
next batch writes the old traffic back after the reset. The server here writes its batches every
10 ms, so a buffer left behind would land well within the wait after each reset.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from mockserver.served import Served, served

GENERATIONS = "/v1/images/generations"
FLUSH_MS = 10
ROUNDS = 100


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("reset")
    env = {"KLING_FLUSH_INTERVAL_MS": str(FLUSH_MS)}
    with served(folder / "state.sqlite3", workers=2, env=env, extra_args=("--quiet",)) as server:
        yield server


def _traffic(mock: Served, pool: ThreadPoolExecutor) -> None:
    """A few requests on fresh connections, so that both workers answer some of them."""

    def one(_: int) -> None:
        requests.post(
            mock.base_url + GENERATIONS,
            json={"prompt": "a cat"},
            headers={"Authorization": "Bearer k"},
            timeout=10,
        )

    list(pool.map(one, range(6)))


def _left_behind(mock: Served) -> tuple[list[object], int]:
    journal = requests.get(mock.base_url + "/__mock/journal", timeout=10).json()["entries"]
    coverage = requests.get(mock.base_url + "/__mock/coverage", timeout=10).json()
    return journal, coverage["operations"]["exercised"]


def test_a_reset_clears_the_journal_and_coverage_of_every_worker(mock: Served) -> None:
    clean = 0
    with ThreadPoolExecutor(6) as pool:
        for _ in range(ROUNDS):
            _traffic(mock, pool)
            requests.post(mock.base_url + "/__mock/reset", timeout=10).raise_for_status()
            time.sleep(5 * FLUSH_MS / 1000)  # past every worker's next batch write
            journal, exercised = _left_behind(mock)
            clean += not journal and exercised == 0
    assert clean == ROUNDS


def test_traffic_after_a_reset_is_kept(mock: Served) -> None:
    requests.post(mock.base_url + "/__mock/reset", timeout=10).raise_for_status()
    with ThreadPoolExecutor(6) as pool:
        _traffic(mock, pool)
    deadline = time.monotonic() + 10  # each worker writes its batch within 10 ms when not starved
    journal, exercised = _left_behind(mock)
    while (len(journal), exercised) != (6, 1) and time.monotonic() < deadline:
        time.sleep(FLUSH_MS / 1000)
        journal, exercised = _left_behind(mock)
    assert len(journal) == 6 and exercised == 1


def test_the_batch_interval_is_a_setting(tmp_path: Path) -> None:
    from mockserver import create_app
    from mockserver.core.state import state_of

    app = create_app({"KLING_DB": ":memory:", "KLING_FLUSH_INTERVAL_MS": 25})
    assert state_of(app).store.writer.interval_s == 0.025
