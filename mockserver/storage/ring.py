"""A table that keeps only its last N rows, filled in batches off the request path.

The journal and the dashboard's exchanges both keep "the last N of something per request": rows
are buffered in memory, written by the store's ``BatchWriter`` (at once when a batch is full,
else soon after), and the oldest rows beyond N are deleted in the same transaction.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from .contract import Conn, reset_floor
from .writer import BatchWriter, Write

BATCH = 64
Row = tuple[Any, ...]


class Ring:
    """Rows of ``table`` (whose ``id`` is an INTEGER PRIMARY KEY), at most ``size`` kept."""

    def __init__(
        self,
        writer: BatchWriter,
        table: str,
        columns: str,
        size: int,
        prepare: Callable[[Any], Row] = tuple,
    ) -> None:
        self.size = size
        self._writer = writer
        self._insert = (
            f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(columns.split(',')))})"
        )
        self._newest = f"SELECT MAX(id) FROM {table}"
        self._prune = f"DELETE FROM {table} WHERE id <= ?"
        self._prepare = prepare
        self._pending: list[tuple[int, Any]] = []  # (stamp, item)
        self._lock = threading.Lock()
        writer.register(self)

    def add(self, item: Any, stamp: int | None = None) -> None:
        """Buffer one item; ``prepare`` turns it into its row when the batch is written.
        ``stamp``: the change number when the item happened (default: now; see ``reset``)."""
        if stamp is None:
            stamp = self._writer.db.stamp()
        with self._lock:
            self._pending.append((stamp, item))
            full = len(self._pending) >= BATCH
        if full:
            self._writer.flush()
        else:
            self._writer.queued()

    def take(self) -> Write | None:
        with self._lock:
            batch, self._pending = self._pending, []
        if not batch:
            return None
        # made before the transaction: the write lock is held for the SQL alone
        prepared = [(stamp, self._prepare(item)) for stamp, item in batch]

        def write(conn: Conn) -> None:
            floor = reset_floor(conn)
            rows = [row for stamp, row in prepared if stamp >= floor]
            if not rows:
                return
            conn.executemany(self._insert, rows)
            (last,) = conn.execute(self._newest).fetchone()
            conn.execute(self._prune, (last - self.size,))

        return write

    def forget_pending(self) -> None:
        with self._lock:
            self._pending = []
