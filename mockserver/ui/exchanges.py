"""The full request and answer of each journaled API request, for the dashboard's journal view.

The journal keeps one line per request (method, path, status, code); a person clicking one wants
what was sent and what came back. This repository keeps both, keyed by the journal entry's
``request_id`` and as many as the journal keeps, in the same store (so every worker sees them).
Entries are buffered and written by the store's ``BatchWriter`` like the journal, off the request
path. Nothing here touches the answer: the response is read, never changed.

Kept as sent, except: credentials (``Authorization``, keys, cookies) are masked, and long strings
(Base64 media) are replaced by their length, as tasks store their bodies.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from typing import Any

from flask import Response, g, request

from ..storage.database import Database
from ..storage.writer import BatchWriter, Write
from ..tasks import _slim as slim_body  # one rule for what "media by reference" keeps

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS ui_exchanges "
    "(id INTEGER PRIMARY KEY, request_id TEXT NOT NULL, entry TEXT NOT NULL);"
    "CREATE INDEX IF NOT EXISTS ui_exchanges_by_request ON ui_exchanges(request_id);"
)
TABLES = ("ui_exchanges",)
BATCH = 64
MAX_TEXT = 65_536
SECRET_HEADERS = frozenset({"authorization", "cookie", "x-api-key", "proxy-authorization"})
MASK = "[hidden]"


def _decoded(raw: bytes) -> Any:
    """A body as JSON when it is JSON, else as (bounded) text."""
    if not raw:
        return None
    try:
        return slim_body(json.loads(raw))
    except (ValueError, UnicodeDecodeError):
        text = raw[:MAX_TEXT].decode("utf-8", "replace")
        return text + (f"... ({len(raw)} bytes)" if len(raw) > MAX_TEXT else "")


def _headers(items: Any) -> dict[str, str]:
    return {name: MASK if name.lower() in SECRET_HEADERS else value for name, value in items}


def capture(response: Response, request_id: str) -> dict[str, Any]:
    """What the current request sent and what ``response`` answers (read-only)."""
    answer = response.get_data() if not response.direct_passthrough else b""
    return {
        "request_id": request_id,
        "request": {
            "method": request.method,
            "url": request.url,
            "headers": _headers(request.headers.items()),
            "body": _decoded(request.get_data(cache=True)),
        },
        "response": {
            "status": response.status_code,
            "headers": _headers(response.headers.items()),
            "body": _decoded(answer),
        },
    }


class Exchanges:
    """The last ``size`` exchanges, newest last in the table; read by request id."""

    def __init__(self, db: Database, writer: BatchWriter, size: int = 500) -> None:
        self.db = db
        self.size = size
        self._writer = writer
        self._pending: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        db.install(SCHEMA, TABLES)
        writer.register(self)

    def add(self, entry: dict[str, Any]) -> None:
        with self._lock:
            self._pending.append((entry["request_id"], json.dumps(entry, ensure_ascii=False)))
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
            conn.executemany("INSERT INTO ui_exchanges (request_id, entry) VALUES (?, ?)", batch)
            (last,) = conn.execute("SELECT MAX(id) FROM ui_exchanges").fetchone()
            conn.execute("DELETE FROM ui_exchanges WHERE id <= ?", (last - self.size,))

        return write

    def of(self, request_id: str) -> dict[str, Any] | None:
        """The exchange of one request (this process's buffer written first), or None."""
        self._writer.flush()
        with self.db.reading() as conn:
            row = conn.execute(
                "SELECT entry FROM ui_exchanges WHERE request_id = ? ORDER BY id DESC LIMIT 1",
                (request_id,),
            ).fetchone()
        found: dict[str, Any] | None = json.loads(row[0]) if row else None
        return found


def record(exchanges: Exchanges, response: Response) -> None:
    """Keep the exchange of a journaled API request (the journal's rule: it has a business code
    and is not under /__mock/)."""
    if g.get("kling_code") is None or request.path.startswith("/__mock/"):
        return
    rid = g.get("kling_request_id")
    if rid:
        exchanges.add(capture(response, rid))
