"""The request journal: the last N API requests with their verdicts, newest first."""

from __future__ import annotations

import json
import sqlite3
import threading
from typing import Any

from .database import Database
from .writer import BatchWriter, Write

SCHEMA = "CREATE TABLE IF NOT EXISTS journal (id INTEGER PRIMARY KEY, entry TEXT NOT NULL);"
TABLES = ("journal",)
BATCH = 64


class Journal:
    """Entries are buffered and written in batches by the store's ``BatchWriter``."""

    def __init__(self, db: Database, writer: BatchWriter, size: int = 500) -> None:
        self.db = db
        self.size = size
        self._writer = writer
        self._pending: list[str] = []
        self._lock = threading.Lock()
        db.install(SCHEMA, TABLES)
        writer.register(self)

    def add(self, entry: dict[str, Any]) -> None:
        with self._lock:
            self._pending.append(json.dumps(entry))
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

        def write(conn: sqlite3.Connection) -> None:
            conn.executemany("INSERT INTO journal (entry) VALUES (?)", [(e,) for e in batch])
            (last,) = conn.execute("SELECT MAX(id) FROM journal").fetchone()
            conn.execute("DELETE FROM journal WHERE id <= ?", (last - self.size,))

        return write

    def forget_pending(self) -> None:
        with self._lock:
            self._pending = []

    def recent(self, limit: int) -> list[dict[str, Any]]:
        """The last ``limit`` entries, newest first (this process's buffer written first)."""
        self._writer.flush()
        with self.db.reading() as conn:
            rows = conn.execute(
                "SELECT entry FROM journal ORDER BY id DESC LIMIT ?", (min(limit, self.size),)
            )
            return [json.loads(row[0]) for row in rows]
