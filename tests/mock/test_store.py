"""State lives in SQLite: it survives a restart, resets on request, and is shared by workers."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from mockapi import MockAPI

from mockserver.core.config import DEFAULTS
from mockserver.core.store import Store, TaskRecord
from mockserver.storage.database import DatabaseClosed, SqliteDatabase
from mockserver.storage.ring import Ring
from mockserver.storage.writer import BatchWriter
from tests.designs import unknown_task_answer


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
    assert api.task(first).status_code == unknown_task_answer()[0]
    assert api.image_task()["task_id"] == first


def test_concurrent_creates_from_many_threads_get_distinct_ids(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "s.sqlite3"))
    made: list[str] = []

    def create(n: int) -> None:
        for i in range(20):
            with store.db.transaction() as conn:
                seq = store.counters.next_in(conn, "task")
                record = TaskRecord(seq, f"id{seq}", "o", "op", f"e{n}-{i}", 0, {}, {})
                store.tasks.insert(conn, record)
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


def test_closing_the_store_stops_its_journal_writer_and_never_recreates_the_files(
    tmp_path: Path,
) -> None:
    store = Store(str(tmp_path / "state.sqlite3"))
    store.journal.add({"path": "/v1/images/generations"})
    assert store.writer.running
    store.close()
    assert not store.writer.running
    for leftover in tmp_path.iterdir():
        leftover.unlink()
    store.journal.add({"path": "/v1/videos/text2video"})
    store.writer.flush()
    assert list(tmp_path.iterdir()) == []


def test_closing_the_store_writes_the_queued_journal_entries_first(tmp_path: Path) -> None:
    path = str(tmp_path / "state.sqlite3")
    store = Store(path)
    store.journal.add({"path": "/v1/images/generations"})
    store.close()
    reopened = Store(path)
    assert [entry["path"] for entry in reopened.journal.recent(10)] == ["/v1/images/generations"]
    reopened.close()


def test_a_closed_store_refuses_to_reopen_its_database(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "state.sqlite3"))
    store.close()
    with pytest.raises(DatabaseClosed):
        store.tasks.by_id("1")


def test_a_batch_is_made_into_rows_before_the_write_lock_is_taken(tmp_path: Path) -> None:
    """Requests wait for the write lock while a batch is written: turning the buffered items
    into rows (JSON) must not happen under it."""
    path = tmp_path / "mock.sqlite3"
    db = SqliteDatabase(str(path))
    db.install("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);", ("t",))
    writer = BatchWriter(db, interval_s=3600)
    locked: list[bool] = []

    def prepare(item: str) -> tuple[str]:
        other = sqlite3.connect(path, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            locked.append(False)
        except sqlite3.OperationalError:
            locked.append(True)
        finally:
            other.close()
        return (item,)

    ring = Ring(writer, "t", "v", 10, prepare=prepare)
    ring.add("one")
    ring.add("two")
    writer.flush()
    with db.reading() as conn:
        assert conn.execute("SELECT v FROM t ORDER BY id").fetchall() == [("one",), ("two",)]
    assert locked == [False, False]
    writer.stop()
    db.close()
