"""Run-time settings stored by the admin API, and the shared clock's row."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .database import Database

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


class Settings:
    """JSON values by name, the same for every worker; a reset forgets them."""

    def __init__(self, db: Database) -> None:
        self.db = db
        db.install(SETTINGS_SCHEMA, ("settings",))

    def get(self, name: str) -> Any:
        """The stored value, or None."""
        with self.db.reading() as conn:
            row = conn.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, name: str, value: Any) -> None:
        """Store a value for every worker; None removes it."""
        with self.db.transaction() as conn:
            if value is None:
                conn.execute("DELETE FROM settings WHERE name = ?", (name,))
            else:
                conn.execute(
                    "INSERT OR REPLACE INTO settings VALUES (?, ?)", (name, json.dumps(value))
                )


@dataclass(frozen=True)
class ClockRow:
    anchor_real_ms: int
    anchor_mock_ms: int
    speed: float
    frozen: bool


class ClockState:
    """The one clock row (see mockserver.clock); a reset keeps it."""

    def __init__(self, db: Database) -> None:
        self.db = db
        db.install(CLOCK_SCHEMA, ())

    def load(self) -> ClockRow | None:
        with self.db.reading() as conn:
            row = conn.execute(
                "SELECT anchor_real_ms, anchor_mock_ms, speed, frozen FROM clock"
            ).fetchone()
        return ClockRow(row[0], row[1], row[2], bool(row[3])) if row else None

    def save(self, state: ClockRow, only_if_missing: bool = False) -> None:
        verb = "INSERT OR IGNORE" if only_if_missing else "INSERT OR REPLACE"
        with self.db.transaction() as conn:
            conn.execute(
                f"{verb} INTO clock VALUES (1, ?, ?, ?, ?)",
                (state.anchor_real_ms, state.anchor_mock_ms, state.speed, int(state.frozen)),
            )
