"""Named counters shared by every worker (task sequence numbers, the fault draw number)."""

from __future__ import annotations

from .contract import Conn, Database

SCHEMA = "CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);"
TABLES = ("counters",)


class Counters:
    def __init__(self, db: Database) -> None:
        self.db = db
        db.install(SCHEMA, TABLES)

    @staticmethod
    def next_in(conn: Conn, name: str) -> int:
        """The next value (1, 2, 3, ...) inside the caller's transaction."""
        (value,) = conn.execute(
            "INSERT INTO counters VALUES (?, 1) "
            "ON CONFLICT(name) DO UPDATE SET value = counters.value + 1 RETURNING value",
            (name,),
        ).fetchone()
        return int(value)

    def next_number(self, name: str) -> int:
        """The next value of a named counter, in a transaction of its own."""
        with self.db.transaction() as conn:
            return self.next_in(conn, name)
