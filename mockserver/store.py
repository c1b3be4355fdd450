"""The mock's state in SQLite: tasks, the shared clock, deletions, the request journal, and the
tables of the limits, callbacks, coverage and run-time settings (see those modules).

A file database (WAL mode) lets every worker process see the same tasks and the same clock; each
thread of each process opens its own connection. ``:memory:`` keeps one connection behind a lock,
for tests. Only facts live here (what was asked, when, with which plan); statuses are computed.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import callbacks, coverage, limits

SCHEMA = """
CREATE TABLE IF NOT EXISTS tasks (
    seq INTEGER PRIMARY KEY,
    task_id TEXT NOT NULL UNIQUE,
    owner TEXT NOT NULL,
    operation_id TEXT NOT NULL,
    external_task_id TEXT,
    created_at INTEGER NOT NULL,
    body TEXT NOT NULL,
    plan TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS tasks_external ON tasks(owner, external_task_id)
    WHERE external_task_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS tasks_by_owner ON tasks(owner, operation_id, seq);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS clock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    anchor_real_ms INTEGER NOT NULL,
    anchor_mock_ms INTEGER NOT NULL,
    speed REAL NOT NULL,
    frozen INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS deletions (
    owner TEXT NOT NULL, record_id TEXT NOT NULL, PRIMARY KEY (owner, record_id)
);
CREATE TABLE IF NOT EXISTS journal (
    id INTEGER PRIMARY KEY,
    entry TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
ALL_SCHEMAS = (SCHEMA, limits.SCHEMA, callbacks.SCHEMA, coverage.SCHEMA)
RESET_TABLES = (
    "tasks", "counters", "deletions", "journal", "settings",
    *limits.TABLES, *callbacks.TABLES, *coverage.TABLES,
)  # fmt: skip
WRITE_WAIT_S = 30
JOURNAL_BATCH = 64
JOURNAL_FLUSH_S = 0.5
_TASK_COLUMNS = "seq, task_id, owner, operation_id, external_task_id, created_at, body, plan"


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


@dataclass(frozen=True)
class ClockRow:
    anchor_real_ms: int
    anchor_mock_ms: int
    speed: float
    frozen: bool


class Store:
    """All persistent state of one mock; kept in ``app.extensions['kling_mock']``."""

    def __init__(self, path: str, journal_size: int = 500) -> None:
        self.path = path
        self.journal_size = journal_size
        self.memory = path == ":memory:"
        self._local = threading.local()
        self._lock = threading.RLock()
        self._shared: sqlite3.Connection | None = None
        self._pending: list[str] = []
        self._pending_hits: dict[tuple[str, int, int], int] = {}
        self._pending_lock = threading.Lock()
        self._flusher: threading.Thread | None = None
        self.closed = False
        if not self.memory:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        with self._use() as conn:
            for schema in ALL_SCHEMAS:
                conn.executescript(schema)

    # ------------------------------------------------------------------ connections
    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path, timeout=WRITE_WAIT_S, isolation_level=None, check_same_thread=not self.memory
        )
        if not self.memory:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    def _connection(self) -> sqlite3.Connection:
        if self.memory:
            if self._shared is None:
                self._shared = self._open()
            return self._shared
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None or getattr(self._local, "pid", None) != os.getpid():
            conn = self._open()
            self._local.conn, self._local.pid = conn, os.getpid()
        return conn

    @staticmethod
    def _begin_write(conn: sqlite3.Connection) -> None:
        """Take the write lock, retrying with sub-millisecond sleeps while another holds it.

        SQLite's own busy handler sleeps 1, 2, 5, 10 ms... between tries, far longer than our
        write transactions last; several workers writing at once would mostly be asleep.
        """
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            deadline = time.monotonic() + WRITE_WAIT_S
            attempt = 0
            while True:
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) or time.monotonic() > deadline:
                        raise
                    attempt += 1
                    time.sleep(min(0.00005 * attempt, 0.002))
        finally:
            conn.execute(f"PRAGMA busy_timeout = {WRITE_WAIT_S * 1000:.0f}")

    @contextmanager
    def _use(self, write: bool = False) -> Iterator[sqlite3.Connection]:
        guard: AbstractContextManager[Any] = self._lock if self.memory else nullcontext()
        with guard:
            conn = self._connection()
            if not write:
                yield conn
                return
            self._begin_write(conn)
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def reading(self) -> AbstractContextManager[sqlite3.Connection]:
        """A connection for reads (this thread's own; the shared one under a lock in memory)."""
        return self._use()

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """A BEGIN IMMEDIATE transaction: one writer across every process at a time."""
        return self._use(write=True)

    # ------------------------------------------------------------------ tasks
    def add_task(
        self,
        owner: str,
        operation_id: str,
        external_task_id: str | None,
        created_at: int,
        body: dict[str, Any],
        make: Callable[[int], tuple[str, dict[str, Any]]],
        admit: Callable[[sqlite3.Connection, TaskRecord], None] | None = None,
    ) -> TaskRecord:
        """Insert a task; ``make(seq)`` gives its id and plan from the next sequence number.

        ``admit(conn, record)`` runs in the same transaction once the row is in: it checks the
        account's limits (raising rolls everything back) and writes what goes with the task.
        """
        with self._use(write=True) as conn:
            (seq,) = conn.execute(
                "INSERT INTO counters VALUES ('task', 1) "
                "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value"
            ).fetchone()
            task_id, plan = make(seq)
            row = (seq, task_id, owner, operation_id, external_task_id, created_at)
            try:
                conn.execute(
                    f"INSERT INTO tasks ({_TASK_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (*row, json.dumps(body), json.dumps(plan)),
                )
            except sqlite3.IntegrityError as exc:
                raise DuplicateExternalId(external_task_id) from exc
            record = TaskRecord(
                seq, task_id, owner, operation_id, external_task_id, created_at, body, plan
            )
            if admit is not None:
                admit(conn, record)
        return record

    def task_by_id(self, task_id: str) -> TaskRecord | None:
        with self._use() as conn:
            row = conn.execute(
                f"SELECT {_TASK_COLUMNS} FROM tasks WHERE task_id = ?", (task_id,)
            ).fetchone()
        return TaskRecord.from_row(row) if row else None

    def find_task(self, owner: str, operation_id: str, key: str) -> TaskRecord | None:
        """The owner's task of this kind whose task_id (or else external_task_id) is ``key``."""
        with self._use() as conn:
            row = conn.execute(
                f"SELECT {_TASK_COLUMNS} FROM tasks WHERE owner = ? AND operation_id = ? "
                "AND (task_id = ? OR external_task_id = ?) ORDER BY task_id = ? DESC LIMIT 1",
                (owner, operation_id, key, key, key),
            ).fetchone()
        return TaskRecord.from_row(row) if row else None

    def list_tasks(self, owner: str, operation_id: str, page: int, size: int) -> list[TaskRecord]:
        """One page of the owner's tasks of this kind, newest first."""
        with self._use() as conn:
            rows = conn.execute(
                f"SELECT {_TASK_COLUMNS} FROM tasks WHERE owner = ? AND operation_id = ? "
                "ORDER BY seq DESC LIMIT ? OFFSET ?",
                (owner, operation_id, size, (page - 1) * size),
            ).fetchall()
        return [TaskRecord.from_row(row) for row in rows]

    def owner_tasks(self, owner: str | None = None, limit: int = 1000) -> list[TaskRecord]:
        """Tasks newest first, of one owner or of everyone (admin view, account costs)."""
        where, args = ("WHERE owner = ?", (owner,)) if owner is not None else ("", ())
        with self._use() as conn:
            rows = conn.execute(
                f"SELECT {_TASK_COLUMNS} FROM tasks {where} ORDER BY seq DESC LIMIT ?",
                (*args, limit),
            ).fetchall()
        return [TaskRecord.from_row(row) for row in rows]

    # ------------------------------------------------------------------ deletions
    def delete_record(self, owner: str, record_id: str) -> None:
        with self._use(write=True) as conn:
            conn.execute("INSERT OR IGNORE INTO deletions VALUES (?, ?)", (owner, record_id))

    def deleted(self, owner: str) -> set[str]:
        with self._use() as conn:
            rows = conn.execute("SELECT record_id FROM deletions WHERE owner = ?", (owner,))
            return {row[0] for row in rows}

    # ------------------------------------------------------------------ clock
    def clock(self) -> ClockRow | None:
        with self._use() as conn:
            row = conn.execute(
                "SELECT anchor_real_ms, anchor_mock_ms, speed, frozen FROM clock"
            ).fetchone()
        return ClockRow(row[0], row[1], row[2], bool(row[3])) if row else None

    def save_clock(self, state: ClockRow, only_if_missing: bool = False) -> None:
        verb = "INSERT OR IGNORE" if only_if_missing else "INSERT OR REPLACE"
        with self._use(write=True) as conn:
            conn.execute(
                f"{verb} INTO clock VALUES (1, ?, ?, ?, ?)",
                (state.anchor_real_ms, state.anchor_mock_ms, state.speed, int(state.frozen)),
            )

    # ------------------------------------------------------------------ journal
    def journal_add(self, entry: dict[str, Any]) -> None:
        """Queue an entry; queued entries are written in batches (one write lock per batch).

        A batch is written when it is full, when this process reads the journal, and at the
        latest ``JOURNAL_FLUSH_S`` later (a daemon thread), so other workers see it soon.
        """
        with self._pending_lock:
            self._pending.append(json.dumps(entry))
            full = len(self._pending) >= JOURNAL_BATCH
            start_timer = not self.memory and self._flusher is None
            if start_timer:
                self._flusher = threading.Thread(target=self._flush_loop, daemon=True)
        if start_timer and self._flusher is not None:
            self._flusher.start()
        if full or self.memory:
            self.journal_flush()

    def coverage_add(self, operation_id: str | None, status: int, code: int) -> None:
        """Count one answer for the coverage report (written with the next journal batch)."""
        key = (operation_id or coverage.NO_OPERATION, status, code)
        with self._pending_lock:
            self._pending_hits[key] = self._pending_hits.get(key, 0) + 1
            start_timer = not self.memory and self._flusher is None
            if start_timer:
                self._flusher = threading.Thread(target=self._flush_loop, daemon=True)
        if start_timer and self._flusher is not None:
            self._flusher.start()
        if self.memory:
            self.journal_flush()

    def coverage_counts(self) -> list[tuple[str, int, int, int]]:
        self.journal_flush()
        with self._use() as conn:
            return coverage.counts(conn)

    def journal_flush(self) -> None:
        with self._pending_lock:
            batch, self._pending = self._pending, []
            hits, self._pending_hits = self._pending_hits, {}
        if not batch and not hits:
            return
        with self._use(write=True) as conn:
            if batch:
                conn.executemany("INSERT INTO journal (entry) VALUES (?)", [(e,) for e in batch])
                (last,) = conn.execute("SELECT MAX(id) FROM journal").fetchone()
                conn.execute("DELETE FROM journal WHERE id <= ?", (last - self.journal_size,))
            for (operation_id, status, code), count in hits.items():
                coverage.record(conn, operation_id, status, code, count)

    def _flush_loop(self) -> None:
        while True:
            time.sleep(JOURNAL_FLUSH_S)
            try:
                self.journal_flush()
            except sqlite3.Error:
                continue

    def journal(self, limit: int) -> list[dict[str, Any]]:
        """The last ``limit`` journal entries, newest first."""
        self.journal_flush()
        limit = min(limit, self.journal_size)
        with self._use() as conn:
            rows = conn.execute("SELECT entry FROM journal ORDER BY id DESC LIMIT ?", (limit,))
            return [json.loads(row[0]) for row in rows]

    # ------------------------------------------------------------------ settings, counters
    def setting(self, name: str) -> Any:
        """A run-time setting (JSON) stored by the admin API, or None."""
        with self._use() as conn:
            row = conn.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
        return json.loads(row[0]) if row else None

    def put_setting(self, name: str, value: Any) -> None:
        """Store a run-time setting for every worker; None removes it."""
        with self._use(write=True) as conn:
            if value is None:
                conn.execute("DELETE FROM settings WHERE name = ?", (name,))
            else:
                conn.execute(
                    "INSERT OR REPLACE INTO settings VALUES (?, ?)", (name, json.dumps(value))
                )

    def next_number(self, name: str) -> int:
        """The next value of a named counter shared by every worker (1, 2, 3, ...)."""
        with self._use(write=True) as conn:
            (value,) = conn.execute(
                "INSERT INTO counters VALUES (?, 1) "
                "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value",
                (name,),
            ).fetchone()
        return int(value)

    # ------------------------------------------------------------------ lifecycle
    def reset(self) -> None:
        """Forget tasks, deletions, the journal, limits, callbacks, coverage and run-time
        settings, and the counters (the clock stays)."""
        with self._pending_lock:
            self._pending = []
            self._pending_hits = {}
        with self._use(write=True) as conn:
            for table in RESET_TABLES:
                conn.execute(f"DELETE FROM {table}")

    def close(self) -> None:
        self.closed = True
        with self._lock:
            conn = self._shared if self.memory else getattr(self._local, "conn", None)
            if conn is not None:
                conn.close()
            self._shared = None
            self._local = threading.local()
