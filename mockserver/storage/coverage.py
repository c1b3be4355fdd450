"""Coverage counts: how many answers each (operation, HTTP status, business code) cell got."""

from __future__ import annotations

import threading

from .contract import Conn, Database, reset_floor
from .writer import BatchWriter, Write

SCHEMA = """
CREATE TABLE IF NOT EXISTS coverage (
    operation_id TEXT NOT NULL,
    status INTEGER NOT NULL,
    code INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (operation_id, status, code)
);
"""
TABLES = ("coverage",)
NO_OPERATION = ""
Cell = tuple[str, int, int]


class CoverageCounts:
    """Counts are buffered and added in batches by the store's ``BatchWriter``."""

    def __init__(self, db: Database, writer: BatchWriter) -> None:
        self.db = db
        self._writer = writer
        self._pending: dict[tuple[int, Cell], int] = {}  # (stamp, cell) -> count
        self._lock = threading.Lock()
        db.install(SCHEMA, TABLES)
        writer.register(self)

    def add(
        self, operation_id: str | None, status: int, code: int, stamp: int | None = None
    ) -> None:
        """Count one answer (``None``: a request no operation matched; ``stamp``: the change
        number when it was answered, default now)."""
        when = self.db.stamp() if stamp is None else stamp
        key = (when, (operation_id or NO_OPERATION, status, code))
        with self._lock:
            self._pending[key] = self._pending.get(key, 0) + 1
        self._writer.queued()

    def take(self) -> Write | None:
        with self._lock:
            hits, self._pending = self._pending, {}
        if not hits:
            return None

        def write(conn: Conn) -> None:
            floor = reset_floor(conn)  # counts from before a reset are not written back
            conn.executemany(
                "INSERT INTO coverage VALUES (?, ?, ?, ?) ON CONFLICT(operation_id, status, code)"
                " DO UPDATE SET count = coverage.count + excluded.count",
                [(*cell, count) for (stamp, cell), count in hits.items() if stamp >= floor],
            )

        return write

    def forget_pending(self) -> None:
        with self._lock:
            self._pending = {}

    def counts(self) -> list[tuple[str, int, int, int]]:
        """Every counted cell with its count (this process's buffer written first)."""
        self._writer.flush()
        with self.db.reading() as conn:
            return read_counts(conn)


def read_counts(conn: Conn) -> list[tuple[str, int, int, int]]:
    """Every counted cell of a coverage table (also read straight from a file by the CLI)."""
    rows = conn.execute("SELECT operation_id, status, code, count FROM coverage")
    return [(str(op), int(status), int(code), int(n)) for op, status, code, n in rows]
