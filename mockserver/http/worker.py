"""The gunicorn worker of ``kling-mock serve``: gunicorn's threaded worker, except that a request
gunicorn refuses before the app sees it (a request line or header over its limits, a malformed
request line or header, a bad chunk) is answered in the Kling envelope instead of an HTML page.

Such a request is the client's fault: 400 with business code 1200, as the app answers a request it
cannot read. Anything else gunicorn fails on is 500/5000. Either way the connection is closed, as
gunicorn does, since the rest of the stream cannot be trusted.
"""

from __future__ import annotations

import json
import logging
import socket
import uuid
from typing import Any

from gunicorn import util
from gunicorn.http.errors import InvalidResponseHeader, InvalidResponseHeaderName, ParseException
from gunicorn.workers.gthread import ThreadWorker

from mockserver.observers.journal import loggable

log = logging.getLogger("kling_mock")
REASONS = {400: "Bad Request", 500: "Internal Server Error"}
SERVER_FAULTS = (InvalidResponseHeader, InvalidResponseHeaderName)


def envelope_answer(status: int, code: int, message: str) -> bytes:
    """A complete HTTP/1.1 answer carrying the Kling error envelope."""
    body = json.dumps(
        {"code": code, "message": message, "request_id": str(uuid.uuid4())},
        ensure_ascii=True,
    ).encode("ascii")
    head = (
        f"HTTP/1.1 {status} {REASONS[status]}\r\n"
        "Connection: close\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


def refusal(exc: BaseException) -> tuple[int, int, str]:
    """Status, business code and message for what gunicorn raised."""
    if isinstance(exc, ParseException) and not isinstance(exc, SERVER_FAULTS):
        reason = " ".join(str(exc).split())[:200] or type(exc).__name__
        return 400, 1200, f"the request cannot be read ({type(exc).__name__}: {reason})"
    return 500, 5000, "internal error"


class EnvelopeWorker(ThreadWorker):  # type: ignore[misc]
    """gunicorn's gthread worker answering its own refusals in the Kling envelope."""

    def handle_error(self, req: Any, client: socket.socket, addr: Any, exc: BaseException) -> None:
        status, code, message = refusal(exc)
        if status == 500:
            log.exception("gunicorn failed on a request", exc_info=exc)
        else:
            log.warning("refused before the app: %s", loggable(message))
        try:
            util.write_nonblock(client, envelope_answer(status, code, message))
        except OSError:
            log.debug("could not send the refusal")
