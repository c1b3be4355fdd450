"""The full request and answer of each journaled API request, for the dashboard's journal view.

The journal keeps one line per request (method, path, status, code); a person clicking one wants
what was sent and what came back. This repository keeps both, keyed by the journal entry's
``request_id`` and as many as the journal keeps, in the same store (so every worker sees them).
Nothing here touches the answer: the response is read, never changed.

The request path pays only for copying references: bodies are stored as the bytes they are,
in batches written by the store's ``BatchWriter`` (like the journal); large bodies are cut down
in that batch (long strings, i.e. Base64 media, replaced by their length, as tasks store their
bodies), and the JSON is parsed only when someone opens the entry. Credentials
(``Authorization``, keys, cookies) are masked before anything is kept.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from mockserver.core import request_bounds as bounded
from mockserver.core.state import MockState
from mockserver.domain.tasks import (
    _slim as slim_body,  # one rule for what "media by reference" keeps
)
from mockserver.observers.journal import journaled
from mockserver.pipeline.exchange import Exchange as Finished
from mockserver.security import redaction
from mockserver.ui import key_hints
from mockserver.validation.strict_json import (
    parse as parse_json,  # depth-bounded: a body nested 100,000 deep is text
)

from ..storage.database import Database
from ..storage.ring import Ring
from ..storage.writer import BatchWriter

SCHEMA = """
CREATE TABLE IF NOT EXISTS ui_exchanges (
    id INTEGER PRIMARY KEY,
    request_id TEXT NOT NULL,
    method TEXT NOT NULL,
    url TEXT NOT NULL,
    request_headers TEXT NOT NULL,
    request_body BLOB NOT NULL,
    status INTEGER NOT NULL,
    response_headers TEXT NOT NULL,
    response_body BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS ui_exchanges_by_request ON ui_exchanges(request_id);
"""
TABLES = ("ui_exchanges",)
KEPT_BYTES = bounded.KEPT_BYTES
SECRET_HEADERS = frozenset({"authorization", "cookie", "x-api-key", "proxy-authorization"})
MASK = "[hidden]"
_COLUMNS = (
    "request_id, method, url, request_headers, request_body, status, response_headers,"
    " response_body"
)


@dataclass(frozen=True)
class Exchange:
    request_id: str
    method: str
    url: str
    request_headers: list[tuple[str, str]]
    request_body: bytes
    status: int
    response_headers: list[tuple[str, str]]
    response_body: bytes

    def row(self) -> tuple[Any, ...]:
        return (
            self.request_id, self.method, self.url, json.dumps(self.request_headers),
            kept(self.request_body), self.status, json.dumps(self.response_headers),
            kept(self.response_body),
        )  # fmt: skip

    def shown(self) -> dict[str, Any]:
        """The exchange as the page shows it: headers as mappings, JSON bodies parsed."""
        return {
            "request_id": self.request_id,
            "request": {
                "method": self.method,
                "url": self.url,
                "headers": dict(self.request_headers),
                "body": decoded(self.request_body),
            },
            "response": {
                "status": self.status,
                "headers": dict(self.response_headers),
                "body": decoded(self.response_body),
            },
        }


def kept(raw: bytes) -> bytes:
    """A body as stored: as sent, unless it is large (then Base64 media go, or the tail)."""
    if len(raw) <= KEPT_BYTES:
        return raw
    if bounded.slimmable(raw):
        try:
            slim = json.dumps(slim_body(parse_json(raw)), ensure_ascii=False).encode()
        except (ValueError, UnicodeDecodeError):
            slim = b""
        if 0 < len(slim) <= KEPT_BYTES:
            return slim
    return bounded.digest_note(raw)


def decoded(raw: bytes) -> Any:
    """A stored body as JSON when it is JSON, else as text (None when empty)."""
    if not raw:
        return None
    try:
        return parse_json(raw)
    except (ValueError, UnicodeDecodeError):
        return raw.decode("utf-8", "replace")


def _masked(items: Any) -> list[tuple[str, str]]:
    return [(name, MASK if name.lower() in SECRET_HEADERS else value) for name, value in items]


def _sent_body(ex: Finished) -> bytes:
    """The request body; a body refused unread (over the size limit) is noted by its size."""
    if ex.unread_bytes is not None:
        return f"<{ex.unread_bytes} bytes, not read>".encode()
    return ex.call.raw


def capture(ex: Finished) -> Exchange:
    """What the request sent and what it was answered, as the finished exchange holds them,
    with the credentials it carried replaced wherever they repeat (``security.redaction``)."""
    secrets = ex.secrets
    return Exchange(
        request_id=ex.request_id,
        method=ex.call.method,
        url=redaction.clean(ex.target, secrets),
        request_headers=_masked(ex.request_headers),
        request_body=redaction.clean_bytes(_sent_body(ex), secrets),
        status=ex.status,
        response_headers=_masked(ex.sent_headers),
        response_body=redaction.clean_bytes(ex.sent, secrets),
    )


class Exchanges:
    """The last ``size`` exchanges; read by request id."""

    def __init__(self, db: Database, writer: BatchWriter, size: int = 500) -> None:
        self.db = db
        self._writer = writer
        db.install(SCHEMA, TABLES)
        self._ring = Ring(writer, "ui_exchanges", _COLUMNS, size, prepare=Exchange.row)

    def add(self, exchange: Exchange, stamp: int | None = None) -> None:
        self._ring.add(exchange, stamp)

    def of(self, request_id: str) -> Exchange | None:
        """The exchange of one request (this process's buffer written first), or None."""
        self._writer.flush()
        with self.db.reading() as conn:
            row = conn.execute(
                f"SELECT {_COLUMNS} FROM ui_exchanges WHERE request_id = ? ORDER BY id DESC"
                " LIMIT 1",
                (request_id,),
            ).fetchone()
        if row is None:
            return None
        rid, method, url, req_headers, req_body, status, resp_headers, resp_body = row
        return Exchange(
            rid, method, url, [tuple(h) for h in json.loads(req_headers)], bytes(req_body),
            status, [tuple(h) for h in json.loads(resp_headers)], bytes(resp_body),
        )  # fmt: skip


EXTENSION = "kling_mock.ui"


def record(app: Any, state: MockState, ex: Finished) -> None:
    """Keep the exchange of a journaled API request (the journal's rule: it has a business code
    and is not under /__mock/), when the journal is on; learn its account's key hint."""
    hints: key_hints.KeyHints = app.extensions[key_hints.EXTENSION]
    hints.remember(state, ex)
    if state.settings.journal and journaled(ex):
        exchanges: Exchanges = app.extensions[EXTENSION]
        exchanges.add(capture(ex), ex.stamp)
