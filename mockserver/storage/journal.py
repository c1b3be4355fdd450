"""The request journal: the last N API requests with their verdicts, newest first."""

from __future__ import annotations

import json
from typing import Any

from .database import Database
from .ring import Ring
from .writer import BatchWriter

SCHEMA = "CREATE TABLE IF NOT EXISTS journal (id INTEGER PRIMARY KEY, entry TEXT NOT NULL);"
TABLES = ("journal",)


def _row(entry: dict[str, Any]) -> tuple[str]:
    return (json.dumps(entry),)


class Journal:
    """Entries are buffered and written in batches by the store's ``BatchWriter``."""

    def __init__(self, db: Database, writer: BatchWriter, size: int = 500) -> None:
        self.db = db
        self.size = size
        self._writer = writer
        db.install(SCHEMA, TABLES)
        self._ring = Ring(writer, "journal", "entry", size, prepare=_row)

    def add(self, entry: dict[str, Any], stamp: int | None = None) -> None:
        """Buffer one entry; it is serialised by the batch writer, off the request path."""
        self._ring.add(entry, stamp)

    def forget_pending(self) -> None:
        self._ring.forget_pending()

    def recent(self, limit: int) -> list[dict[str, Any]]:
        """The last ``limit`` entries, newest first (this process's buffer written first)."""
        self._writer.flush()
        with self.db.reading() as conn:
            rows = conn.execute(
                "SELECT entry FROM journal ORDER BY id DESC LIMIT ?", (min(limit, self.size),)
            )
            return [json.loads(row[0]) for row in rows]
