"""Storage faults answered in the envelope: 503/5000 for what cannot be read or stored now (and a
body that stopped arriving: 408/1200).

``mockserver.storage.health`` notices the fault and logs it once; here a request that met it gets
503 with business code 5000 and ``Retry-After: 1`` (never ``code 0`` for a write that was not
stored, never a traceback), and ``/__mock/health`` answers 503 with the reason until a write
commits again.
"""

from __future__ import annotations

import sqlite3

from flask import Flask, Response, request
from gunicorn.http.errors import ParseException
from werkzeug.exceptions import HTTPException

from mockserver.http.refusals import failure
from mockserver.storage.database import Database

RETRY_AFTER_S = 1


def answer(exc: sqlite3.Error) -> Response:
    refused = failure(
        503, 5000, f"the mock cannot use its storage right now, nothing was stored: {exc}"
    )
    refused.headers["Retry-After"] = str(RETRY_AFTER_S)
    return refused


def storage_problem(db: Database) -> str | None:
    """Why the storage cannot take a write now (a write is tried), or None."""
    return db.probe()


def late_body(exc: TimeoutError) -> Response:
    """A body that did not arrive in time (``security.slow_clients``): 408, and the connection
    is closed rather than drained."""
    refused = failure(408, 1200, "the request body did not arrive in time")
    refused.headers["Connection"] = "close"
    return refused


def unreadable_body(exc: ParseException) -> Response:
    """A body gunicorn cannot read (a bad chunk size, a missing terminator): the client's
    fault, 400/1200, and the connection closed."""
    refused = failure(400, 1200, f"the request body cannot be read ({type(exc).__name__})")
    refused.headers["Connection"] = "close"
    return refused


def complete_body() -> Response | None:
    """A body shorter than its Content-Length (the client went away) is refused, not taken as
    complete (gunicorn marks its input terminated, so nothing else notices)."""
    sent = request._get_current_object()  # type: ignore[attr-defined]
    expected = sent.content_length
    if not expected or sent.environ.get("HTTP_TRANSFER_ENCODING"):
        return None
    try:
        got = len(sent.get_data(cache=True))
    except HTTPException:
        return None  # over the size limit: answered where the body is read
    if got < expected:
        refused = failure(400, 1200, f"the request body ended after {got} of {expected} bytes")
        refused.headers["Connection"] = "close"
        return refused
    return None


def install(app: Flask) -> None:
    app.register_error_handler(sqlite3.Error, answer)
    app.register_error_handler(TimeoutError, late_body)
    app.register_error_handler(ParseException, unreadable_body)
