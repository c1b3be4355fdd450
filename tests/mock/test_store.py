"""State lives in SQLite: it survives a restart, resets on request, and is shared by workers."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from mockapi import MockAPI

from mockserver.config import DEFAULTS
from mockserver.store import Store


def test_tasks_survive_a_restart(make_api: Callable[..., MockAPI], tmp_path: Path) -> None:
    db = str(tmp_path / "state.sqlite3")
    task = make_api(KLING_DB=db).image_task(external_task_id="keep-me")
    restarted = make_api(KLING_DB=db)
    assert restarted.task("keep-me").json()["data"]["task_id"] == task["task_id"]


def test_the_default_database_is_a_file_under_dot_kling_mock(
    make_api: Callable[..., MockAPI], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    make_api(KLING_DB=DEFAULTS["KLING_DB"]).image_task()
    assert (tmp_path / ".kling-mock" / "state.sqlite3").exists()


def test_reset_forgets_tasks_and_restarts_ids(api: MockAPI) -> None:
    first = api.image_task()["task_id"]
    api.post("/__mock/reset")
    assert api.task(first).status_code == 404
    assert api.image_task()["task_id"] == first


def test_concurrent_creates_from_many_threads_get_distinct_ids(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "s.sqlite3"))
    made: list[str] = []

    def create(n: int) -> None:
        for i in range(20):
            record = store.add_task(
                "o", "op", f"e{n}-{i}", 0, {}, lambda seq: (f"id{seq}", {"seq": seq})
            )
            made.append(record.task_id)

    threads = [threading.Thread(target=create, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(made)) == 80
    store.close()


def test_memory_mode_keeps_state_for_the_life_of_the_app(api: MockAPI) -> None:
    task = api.image_task()
    assert api.task(task["task_id"]).status_code == 200
