"""List pages are a seek on each owner's task numbers; a database made before the numbers existed
gets them on open, and its pages stay the same."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mockserver.storage.database import SqliteDatabase
from mockserver.storage.tasks import TaskRecord, Tasks

OLD_SCHEMA = """
CREATE TABLE tasks (
    seq INTEGER PRIMARY KEY, task_id TEXT NOT NULL UNIQUE, owner TEXT NOT NULL,
    operation_id TEXT NOT NULL, external_task_id TEXT, created_at INTEGER NOT NULL,
    body TEXT NOT NULL, plan TEXT NOT NULL
);
"""


def _record(seq: int, owner: str, operation_id: str = "create") -> TaskRecord:
    return TaskRecord(seq, f"t{seq}", owner, operation_id, None, seq, {}, {})


def _fill(tasks: Tasks, count: int) -> None:
    with tasks.db.transaction() as conn:
        for seq in range(1, count + 1):
            tasks.insert(conn, _record(seq, "alice" if seq % 3 else "bob"))


def _ids(tasks: Tasks, owner: str, page: int, size: int) -> list[str]:
    return [record.task_id for record in tasks.page(owner, "create", page, size)]


def test_pages_list_the_owners_tasks_newest_first_without_gaps_or_overlaps() -> None:
    tasks = Tasks(SqliteDatabase(":memory:"))
    _fill(tasks, 100)
    alice = [f"t{seq}" for seq in range(100, 0, -1) if seq % 3]
    pages = [_ids(tasks, "alice", page, 7) for page in range(1, 12)]
    assert [task for page in pages for task in page] == alice
    assert _ids(tasks, "alice", 11, 7) == alice[70:]
    assert _ids(tasks, "alice", 50, 7) == []
    assert _ids(tasks, "carol", 1, 7) == []


def test_a_database_made_before_task_numbers_gets_them_and_pages_alike(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(OLD_SCHEMA)
        for seq in range(1, 41):
            owner = "alice" if seq % 2 else "bob"
            conn.execute(
                "INSERT INTO tasks VALUES (?, ?, ?, 'create', NULL, ?, '{}', '{}')",
                (seq, f"t{seq}", owner, seq),
            )
    tasks = Tasks(SqliteDatabase(str(path)))
    assert _ids(tasks, "bob", 2, 5) == ["t30", "t28", "t26", "t24", "t22"]
    with tasks.db.transaction() as conn:
        tasks.insert(conn, _record(41, "bob"))
    assert _ids(tasks, "bob", 1, 2) == ["t41", "t40"]
