"""The delivery queue: one row per coming status change, claimed with a lease.

A claim moves due rows to ``sending`` with a lease in real time, inside one write transaction
(on PostgreSQL with ``FOR UPDATE SKIP LOCKED``), so with several worker processes or replicas
each delivery is sent once; a lease that runs out (a worker
died mid-send) makes the row claimable again. A change is due when its mock time has come, its
backoff has passed, and every earlier change of its task is settled (order per task).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..storage.contract import POSTGRESQL, Conn, Database
from .allowlist import AllowList

log = logging.getLogger("kling_mock.callbacks")

SCHEMA = """
CREATE TABLE IF NOT EXISTS callbacks (
    id INTEGER PRIMARY KEY,
    delivery_id TEXT NOT NULL UNIQUE,
    task_id TEXT NOT NULL,
    owner TEXT NOT NULL,
    url TEXT NOT NULL,
    base_url TEXT NOT NULL,
    task_status TEXT NOT NULL,
    step INTEGER NOT NULL,
    due_mock_ms INTEGER NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_real_ms INTEGER NOT NULL DEFAULT 0,
    lease_real_ms INTEGER NOT NULL DEFAULT 0,
    delivered_real_ms INTEGER,
    last_error TEXT
);
CREATE INDEX IF NOT EXISTS callbacks_open ON callbacks(state, due_mock_ms);
CREATE INDEX IF NOT EXISTS callbacks_by_task ON callbacks(task_id, step);
CREATE TABLE IF NOT EXISTS callback_attempts (
    id INTEGER PRIMARY KEY,
    callback_id INTEGER NOT NULL,
    attempt INTEGER NOT NULL,
    at_real_ms INTEGER NOT NULL,
    status_code INTEGER,
    error TEXT,
    elapsed_ms REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS callback_attempts_of ON callback_attempts(callback_id);
"""
TABLES = ("callbacks", "callback_attempts")

_CLAIM_COLUMNS = "id, delivery_id, task_id, url, base_url, due_mock_ms, attempts"
_DUE = (
    "FROM callbacks c WHERE (c.state = 'pending' OR (c.state = 'sending' AND c.lease_real_ms < ?))"
    " AND c.due_mock_ms <= ? AND c.next_real_ms <= ?"
    " AND NOT EXISTS (SELECT 1 FROM callbacks p WHERE p.task_id = c.task_id AND p.step < c.step"
    " AND p.state IN ('pending', 'sending'))"
)


@dataclass(frozen=True)
class Claimed:
    row_id: int
    delivery_id: str
    task_id: str
    url: str
    base_url: str
    due_mock_ms: int
    attempts: int


@dataclass(frozen=True)
class Settled:
    """What one attempt leaves behind: the attempt row and the delivery's new state."""

    claimed: Claimed
    at: int
    code: int | None
    error: str | None
    elapsed_ms: float
    state: str
    next_real_ms: int


#: A delivery's columns after its id (what a second copy of a delivery repeats).
_COPIED = "task_id, owner, url, base_url, task_status, step, due_mock_ms, state, last_error"


class DeliveryQueue:
    def __init__(self, db: Database, allow: AllowList | None = None) -> None:
        self.db = db
        self.allow = allow if allow is not None else AllowList.parse(None)
        db.install(SCHEMA, TABLES)
        #: SQLite's write transaction already excludes every other claimer; on PostgreSQL each
        #: claimer locks the rows it takes and passes over those another replica holds.
        self._lock = " FOR UPDATE OF c SKIP LOCKED" if db.dialect == POSTGRESQL else ""

    def enqueue(
        self,
        conn: Conn,
        *,
        task_id: str,
        owner: str,
        url: str,
        base_url: str,
        steps: list[tuple[str, int]],
    ) -> None:
        """One delivery per (status, mock time) change, in the caller's transaction; a URL
        outside the allow-list is stored ``blocked`` with the reason, and never sent."""
        refusal = self.allow.refusal(url)
        if refusal:
            log.warning("callback for task %s not sent: %s", task_id, refusal)
        state = "blocked" if refusal else "pending"
        conn.executemany(
            f"INSERT INTO callbacks (delivery_id, {_COPIED}) VALUES ({', '.join('?' * 10)})",
            [
                (f"{task_id}-{n}", task_id, owner, url, base_url, status, n, due, state, refusal)
                for n, (status, due) in enumerate(steps)
            ],
        )

    def disorder(
        self, task_id: str, *, late_ms: int = 0, reverse: bool = False, twice: bool = False
    ) -> None:
        """Make a task's queued deliveries late by ``late_ms``, due in reverse order, or each sent
        twice (the real API's callback quirks; a blocked delivery stays blocked)."""
        with self.db.transaction() as conn:
            if late_ms:
                conn.execute(
                    "UPDATE callbacks SET due_mock_ms = due_mock_ms + ? WHERE task_id = ?",
                    (late_ms, task_id),
                )
            if reverse:
                conn.execute(
                    "UPDATE callbacks SET due_mock_ms = (SELECT MIN(due_mock_ms) + MAX(due_mock_ms)"
                    " FROM callbacks WHERE task_id = ?) - due_mock_ms WHERE task_id = ?",
                    (task_id, task_id),
                )
            if twice:
                conn.execute(
                    f"INSERT INTO callbacks (delivery_id, {_COPIED}) SELECT"
                    f" delivery_id || '~again', {_COPIED} FROM callbacks WHERE task_id = ?",
                    (task_id,),
                )

    def claim(self, limit: int, real: int, mock: int, lease_ms: int) -> list[Claimed]:
        """Up to ``limit`` due deliveries, now ``sending`` under a lease of ``lease_ms`` each."""
        with self.db.reading() as conn:
            (waiting,) = conn.execute(f"SELECT COUNT(*) {_DUE}", (real, mock, real)).fetchone()
        if not waiting:
            return []
        with self.db.transaction() as conn:
            rows = conn.execute(
                f"SELECT {_CLAIM_COLUMNS} {_DUE} ORDER BY c.due_mock_ms, c.id LIMIT ?{self._lock}",
                (real, mock, real, limit),
            ).fetchall()
            # The batch is sent one by one: the lease covers the slowest case for all of it.
            lease = real + lease_ms * len(rows)
            conn.executemany(
                "UPDATE callbacks SET state = 'sending', lease_real_ms = ?,"
                " attempts = attempts + 1 WHERE id = ?",
                [(lease, row[0]) for row in rows],
            )
        return [Claimed(r[0], r[1], r[2], r[3], r[4], r[5], r[6] + 1) for r in rows]

    def settle(self, outcomes: list[Settled]) -> None:
        """Record a batch of attempts and the state each leaves its delivery in (one write)."""
        with self.db.transaction() as conn:
            conn.executemany(
                "INSERT INTO callback_attempts (callback_id, attempt, at_real_ms, status_code,"
                " error, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (s.claimed.row_id, s.claimed.attempts, s.at, s.code, s.error,
                     round(s.elapsed_ms, 2))
                    for s in outcomes
                ],
            )  # fmt: skip
            conn.executemany(
                "UPDATE callbacks SET state = ?, next_real_ms = ?, last_error = ?,"
                " delivered_real_ms = ? WHERE id = ?",
                [
                    (s.state, s.next_real_ms, s.error, s.at if s.state == "delivered" else None,
                     s.claimed.row_id)
                    for s in outcomes
                ],
            )  # fmt: skip

    def in_flight(self, real: int, mock: int) -> bool:
        """Whether a due delivery is being sent elsewhere (its lease still running)."""
        with self.db.reading() as conn:
            row = conn.execute(
                "SELECT 1 FROM callbacks WHERE state = 'sending' AND due_mock_ms <= ?"
                " AND lease_real_ms >= ? LIMIT 1",
                (mock, real),
            ).fetchone()
        return row is not None

    def has_open(self) -> bool:
        with self.db.reading() as conn:
            row = conn.execute(
                "SELECT 1 FROM callbacks WHERE state IN ('pending', 'sending') LIMIT 1"
            ).fetchone()
        return row is not None

    def deliveries(self, task_id: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
        """Deliveries newest first, each with its attempts (the admin view)."""
        where, args = ("WHERE task_id = ?", (task_id,)) if task_id else ("", ())
        with self.db.reading() as conn:
            rows = conn.execute(
                "SELECT id, delivery_id, task_id, owner, url, task_status, step, due_mock_ms,"
                f" state, attempts, next_real_ms, delivered_real_ms, last_error FROM callbacks"
                f" {where} ORDER BY id DESC LIMIT ?",
                (*args, limit),
            ).fetchall()
            attempts = _attempts_of(conn, [row[0] for row in rows])
        keys = (
            "delivery_id", "task_id", "owner", "url", "task_status", "step", "due_mock_ms",
            "state", "attempt_count", "next_attempt_real_ms", "delivered_real_ms", "last_error",
        )  # fmt: skip
        return [
            {**dict(zip(keys, row[1:], strict=True)), "attempts": attempts.get(row[0], [])}
            for row in rows
        ]


def _attempts_of(conn: Conn, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    found: dict[int, list[dict[str, Any]]] = {}
    for chunk in _chunks(ids, 500):
        marks = ",".join("?" * len(chunk))
        for callback_id, attempt, at, code, error, ms in conn.execute(
            "SELECT callback_id, attempt, at_real_ms, status_code, error, elapsed_ms"
            f" FROM callback_attempts WHERE callback_id IN ({marks}) ORDER BY id",
            chunk,
        ):
            found.setdefault(callback_id, []).append(
                {"attempt": attempt, "at_real_ms": at, "status_code": code, "error": error,
                 "elapsed_ms": ms}
            )  # fmt: skip
    return found


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
