"""Run-time settings stored by the admin API, and the shared clock's row.

Both are read by nearly every request and written rarely, so each keeps what it last read and
reads SQLite again only when the database's change number moved (``storage.generation``); every
write here bumps it once committed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from .contract import Conn, Database

SETTINGS_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);"
)
CLOCK_SCHEMA = """
CREATE TABLE IF NOT EXISTS clock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    anchor_real_ms INTEGER NOT NULL,
    anchor_mock_ms INTEGER NOT NULL,
    speed REAL NOT NULL,
    frozen INTEGER NOT NULL
);
"""

T = TypeVar("T")


class Kept(Generic[T]):
    """What ``read`` returns from the database, read again only when the change number moved."""

    def __init__(self, db: Database, read: Callable[[Conn], T]) -> None:
        self.db = db
        self._read = read
        self._kept: tuple[int, T] | None = None

    def get(self) -> T:
        generation = self.db.generation()  # before the rows: a race costs one more read
        kept = self._kept
        if kept is None or kept[0] != generation:
            with self.db.reading() as conn:
                kept = self._kept = (generation, self._read(conn))
        return kept[1]


def _all_settings(conn: Conn) -> dict[str, Any]:
    rows = conn.execute("SELECT name, value FROM settings").fetchall()
    return {name: json.loads(value) for name, value in rows}


class Settings:
    """JSON values by name, the same for every worker; a reset forgets them."""

    def __init__(self, db: Database) -> None:
        self.db = db
        db.install(SETTINGS_SCHEMA, ("settings",))
        self._values = Kept(db, _all_settings)

    def get(self, name: str) -> Any:
        """The stored value, or None. Shared by every caller until the next change: read it,
        never change it in place."""
        return self._values.get().get(name)

    def any_named(self, prefix: str) -> bool:
        """Whether some stored name starts with ``prefix``."""
        return any(name.startswith(prefix) for name in self._values.get())

    def put(self, name: str, value: Any) -> None:
        """Store a value for every worker; None removes it."""
        with self.db.transaction() as conn:
            if value is None:
                conn.execute("DELETE FROM settings WHERE name = ?", (name,))
            else:
                conn.execute(
                    "INSERT INTO settings VALUES (?, ?)"
                    " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                    (name, json.dumps(value)),
                )
        self.db.changed()


@dataclass(frozen=True)
class ClockRow:
    anchor_real_ms: int
    anchor_mock_ms: int
    speed: float
    frozen: bool


def _clock_row(conn: Conn) -> ClockRow | None:
    row = conn.execute("SELECT anchor_real_ms, anchor_mock_ms, speed, frozen FROM clock").fetchone()
    return ClockRow(row[0], row[1], row[2], bool(row[3])) if row else None


class ClockState:
    """The one clock row (see mockserver.core.clock); a reset keeps it."""

    def __init__(self, db: Database) -> None:
        self.db = db
        db.install(CLOCK_SCHEMA, ())
        self._row = Kept(db, _clock_row)

    def load(self) -> ClockRow | None:
        return self._row.get()

    def save(self, state: ClockRow, only_if_missing: bool = False) -> None:
        action = (
            "DO NOTHING"
            if only_if_missing
            else "DO UPDATE SET anchor_real_ms = excluded.anchor_real_ms, anchor_mock_ms ="
            " excluded.anchor_mock_ms, speed = excluded.speed, frozen = excluded.frozen"
        )
        with self.db.transaction() as conn:
            conn.execute(
                f"INSERT INTO clock VALUES (1, ?, ?, ?, ?) ON CONFLICT(id) {action}",
                (state.anchor_real_ms, state.anchor_mock_ms, state.speed, int(state.frozen)),
            )
        self.db.changed()
