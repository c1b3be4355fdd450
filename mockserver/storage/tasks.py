"""Tasks as created (what was asked, when, with which plan) and the records owners deleted.

Only facts are stored; a task's status is computed from its plan and the mock clock.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any

from .contract import SQLITE, Conn, Database
from .task_copies import Row, TaskCopies

SCHEMA = """
CREATE TABLE IF NOT EXISTS tasks (
    seq INTEGER PRIMARY KEY,
    task_id TEXT NOT NULL UNIQUE,
    owner TEXT NOT NULL,
    operation_id TEXT NOT NULL,
    external_task_id TEXT,
    created_at INTEGER NOT NULL,
    body TEXT NOT NULL,
    plan TEXT NOT NULL,
    ordinal INTEGER
);
CREATE UNIQUE INDEX IF NOT EXISTS tasks_external ON tasks(owner, external_task_id)
    WHERE external_task_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS tasks_by_owner ON tasks(owner, operation_id, seq);
CREATE TABLE IF NOT EXISTS deletions (
    owner TEXT NOT NULL, record_id TEXT NOT NULL, PRIMARY KEY (owner, record_id)
);
"""
#: ``ordinal`` numbers an owner's tasks of one kind 1, 2, 3... in creation order (tasks are never
#: deleted one by one), so a list page is a seek on this index, as fast at page 1000 as at page 1.
ORDINAL_INDEX = (
    "CREATE INDEX IF NOT EXISTS tasks_by_ordinal ON tasks(owner, operation_id, ordinal);"
)
BACKFILL_ORDINALS = """
UPDATE tasks SET ordinal = (
    SELECT COUNT(*) FROM tasks AS earlier WHERE earlier.owner = tasks.owner
    AND earlier.operation_id = tasks.operation_id AND earlier.seq <= tasks.seq
)
"""
TABLES = ("tasks", "deletions")
_COLUMNS = "seq, task_id, owner, operation_id, external_task_id, created_at, body, plan"


class DuplicateExternalId(Exception):
    """The owner already has a task with this external_task_id."""


@dataclass(frozen=True)
class TaskRecord:
    seq: int
    task_id: str
    owner: str
    operation_id: str
    external_task_id: str | None
    created_at: int
    body: dict[str, Any]
    plan: dict[str, Any]

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> TaskRecord:
        seq, task_id, owner, op, ext, created, body, plan = row
        return cls(seq, task_id, owner, op, ext, created, json.loads(body), json.loads(plan))

    def to_row(self) -> tuple[Any, ...]:
        """The columns ``_COLUMNS`` names, as stored."""
        return (
            self.seq,
            self.task_id,
            self.owner,
            self.operation_id,
            self.external_task_id,
            self.created_at,
            json.dumps(self.body),
            json.dumps(self.plan),
        )


class Tasks:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.copies = TaskCopies()
        db.install(SCHEMA, TABLES)
        self._add_ordinals()
        db.install(ORDINAL_INDEX, ())

    def _add_ordinals(self) -> None:
        """Give a database made before ``ordinal`` existed the column and its numbers."""
        if self.db.dialect != SQLITE:  # PostgreSQL databases were never made without it
            return
        with self.db.transaction() as conn:
            columns = {row[1] for row in conn.execute("PRAGMA table_info(tasks)")}
            if "ordinal" not in columns:
                conn.execute("ALTER TABLE tasks ADD COLUMN ordinal INTEGER")
                conn.execute(BACKFILL_ORDINALS)

    @staticmethod
    def insert(conn: Conn, record: TaskRecord) -> Row:
        """Store a task inside the caller's transaction (DuplicateExternalId if the owner
        already used its external_task_id) and return its row, for ``stored`` once committed.
        With an external id the stored row is read back at once: a backend that pipelines
        statements (PostgreSQL, ``storage.pg_connections``) reports the refused insert here, not
        at the commit where it would read as any other failure."""
        row = record.to_row()
        returning = " RETURNING seq" if record.external_task_id is not None else ""
        try:
            cursor = conn.execute(
                f"INSERT INTO tasks ({_COLUMNS}, ordinal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                "(SELECT COALESCE(MAX(ordinal), 0) + 1 FROM tasks "
                f"WHERE owner = ? AND operation_id = ?)){returning}",
                (*row, record.owner, record.operation_id),
            )
            if returning:
                cursor.fetchone()
        except sqlite3.IntegrityError as exc:
            raise DuplicateExternalId(record.external_task_id) from exc
        return row

    def stored(self, row: Row) -> None:
        """The task's transaction committed: polls of it through this process need no query."""
        self.copies.keep(self.db.generation(), row)

    def by_id(self, task_id: str) -> TaskRecord | None:
        number = self.db.generation()
        found = self.copies.by_id(number, task_id)
        if found is None:
            with self.db.reading() as conn:
                row = conn.execute(f"SELECT {_COLUMNS} FROM tasks WHERE task_id = ?", (task_id,))
                found = row.fetchone()
            if found is None:
                return None
            self.copies.keep(number, found)
        return TaskRecord.from_row(found)

    def find(self, owner: str, operation_id: str, key: str) -> TaskRecord | None:
        """The owner's task of this kind whose task_id (or else external_task_id) is ``key``.
        Each of the two lookups names exactly the columns of one unique index, and the owner and
        kind are checked here: given ``owner = ? AND operation_id = ?`` too, PostgreSQL's planner
        (before its statistics catch up) walks every task of the owner instead, a read slower with
        each task made."""

        def mine(row: Row) -> bool:
            return (row[2], row[3]) == (owner, operation_id)

        number = self.db.generation()
        copy = self.copies.by_id(number, key)
        if copy is not None and mine(copy):
            return TaskRecord.from_row(copy)
        with self.db.reading() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM tasks WHERE task_id = ? UNION ALL "
                f"SELECT {_COLUMNS} FROM tasks WHERE owner = ? AND external_task_id = ?",
                (key, owner, key),
            ).fetchall()
        for row in rows:
            self.copies.keep(number, row)
        for row in sorted(rows, key=lambda row: row[1] != key):  # the task id's match first
            if mine(row):
                return TaskRecord.from_row(row)
        return None

    def page(self, owner: str, operation_id: str, page: int, size: int) -> list[TaskRecord]:
        """One page of the owner's tasks of this kind, newest first: a seek to the page's newest
        ordinal, not an offset scan."""
        with self.db.reading() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM tasks WHERE owner = ? AND operation_id = ? "
                "AND ordinal <= (SELECT MAX(ordinal) FROM tasks WHERE owner = ? "
                "AND operation_id = ?) - ? ORDER BY ordinal DESC LIMIT ?",
                (owner, operation_id, owner, operation_id, (page - 1) * size, size),
            ).fetchall()
        return [TaskRecord.from_row(row) for row in rows]

    def by_ids(self, owner: str, ids: list[str], *, external: bool) -> list[TaskRecord]:
        """The owner's tasks among ``ids`` (task ids, or external ids), whatever created them, in
        the order asked; unknown ids are left out."""
        if not ids:
            return []
        column = "external_task_id" if external else "task_id"
        marks = ", ".join("?" for _ in ids)
        with self.db.reading() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM tasks WHERE owner = ? AND {column} IN ({marks})",
                (owner, *ids),
            ).fetchall()
        found = {getattr(r, column): r for r in map(TaskRecord.from_row, rows)}
        return [found[key] for key in dict.fromkeys(ids) if key in found]

    def before(
        self, owner: str, before_seq: int | None, created: tuple[int, int], limit: int
    ) -> list[TaskRecord]:
        """The owner's tasks of every kind created in ``created`` (from, to; ms, inclusive),
        newest first, older than ``before_seq`` when given (cursor paging)."""
        bound = before_seq if before_seq is not None else 2**62
        with self.db.reading() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM tasks WHERE owner = ? AND seq < ? "
                "AND created_at BETWEEN ? AND ? ORDER BY seq DESC LIMIT ?",
                (owner, bound, created[0], created[1], limit),
            ).fetchall()
        return [TaskRecord.from_row(row) for row in rows]

    def recent(self, owner: str | None = None, limit: int = 1000) -> list[TaskRecord]:
        """Tasks newest first, of one owner or of everyone (admin view, account costs)."""
        return self.newest(owner, None, limit)

    def newest(
        self, owner: str | None, operation_ids: list[str] | None, limit: int, offset: int = 0
    ) -> list[TaskRecord]:
        """Tasks newest first, narrowed to an owner and to some operations (dashboard view)."""
        clauses: list[str] = []
        args: list[Any] = []
        if owner is not None:
            clauses.append("owner = ?")
            args.append(owner)
        if operation_ids is not None:
            clauses.append(f"operation_id IN ({','.join('?' * len(operation_ids)) or 'NULL'})")
            args.extend(operation_ids)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        with self.db.reading() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM tasks {where} ORDER BY seq DESC LIMIT ? OFFSET ?",
                (*args, limit, offset),
            ).fetchall()
        return [TaskRecord.from_row(row) for row in rows]

    def owners(self) -> list[str]:
        """Every account that has a task, sorted."""
        with self.db.reading() as conn:
            rows = conn.execute("SELECT DISTINCT owner FROM tasks ORDER BY owner").fetchall()
        return [row[0] for row in rows]

    def delete_record(self, owner: str, record_id: str) -> None:
        """Remember that the owner deleted a record of a task result."""
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO deletions VALUES (?, ?) ON CONFLICT DO NOTHING", (owner, record_id)
            )

    def deleted(self, owner: str) -> Deleted:
        """The records the owner deleted, read when first asked about (see ``Deleted``)."""
        return Deleted(self, owner)

    def deleted_now(self, owner: str) -> frozenset[str]:
        with self.db.reading() as conn:
            rows = conn.execute("SELECT record_id FROM deletions WHERE owner = ?", (owner,))
            return frozenset(row[0] for row in rows)


class Deleted(Collection[str]):
    """An owner's deleted records, read from the database the first time one is looked up. Most
    results (images, videos) never ask, so reading or listing their tasks costs no query for it;
    a voice or element result asks once per request."""

    def __init__(self, tasks: Tasks, owner: str) -> None:
        self._tasks, self._owner = tasks, owner
        self._ids: frozenset[str] | None = None

    @property
    def ids(self) -> frozenset[str]:
        if self._ids is None:
            self._ids = self._tasks.deleted_now(self._owner)
        return self._ids

    def __contains__(self, record_id: object) -> bool:
        return record_id in self.ids

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids)

    def __len__(self) -> int:
        return len(self.ids)
