"""One log line, one journal entry and one coverage count per request.

The log line is what a developer watches: ``POST /v1/images/generations 200 code=0 3.1ms``. The
journal keeps the last N API requests with their verdicts in the store, so ``GET /__mock/journal``
shows the same history whichever worker process answers it. The coverage count adds the answer
to its (operation, HTTP status, business code) cell. Admin and asset requests are logged but
neither journaled nor counted. KLING_JOURNAL and KLING_COVERAGE turn the two off.

What the caller sent (method, path) is escaped before it is logged: a ``%0a`` in a path would
otherwise start a forged log line, and NUL or other control bytes would reach the terminal raw.
"""

from __future__ import annotations

import logging
import re
import time

from flask import Flask, Response, g, request

from mockserver.core.state import state_of
from mockserver.pipeline.envelope import request_id
from mockserver.validation import leniency

log = logging.getLogger("kling_mock.requests")
UNJOURNALED = ("/__mock/",)
GATEWAY_SUFFIX = "@gateway"
_UNPRINTABLE = re.compile(r"[\x00-\x20\x7f-\x9f\u2028\u2029\ud800-\udfff\\]")
_SHOWN = {"\\": "\\\\", " ": "\\x20"}


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    return _SHOWN.get(char) or char.encode("unicode_escape", "backslashreplace").decode()


def loggable(text: str) -> str:
    """``text`` as one field of one line: spaces, control characters and backslashes escaped."""
    return _UNPRINTABLE.sub(_escaped, text)


def init_app(app: Flask) -> None:
    state = state_of(app)

    @app.before_request
    def _start() -> None:
        g.kling_started = time.perf_counter()

    @app.after_request
    def _record(response: Response) -> Response:
        started = g.get("kling_started")
        elapsed = (time.perf_counter() - started) * 1000 if started else 0.0
        code = g.get("kling_code")
        shown = "-" if code is None else str(code)
        leniency.add_header(response)
        if state.settings.log_requests:
            log.info(
                "%s %s %s code=%s %.1fms",
                loggable(request.method),
                loggable(request.path),
                response.status_code,
                shown,
                elapsed,
            )
        if code is None or request.path.startswith(UNJOURNALED):
            return response
        if state.settings.coverage:
            endpoint = (request.endpoint or "").removesuffix(GATEWAY_SUFFIX)
            operation = endpoint if endpoint in state.index.operations else None
            state.store.coverage.add(operation, response.status_code, code)
        if state.settings.journal:
            state.store.journal.add(
                {
                    "at_ms": time.time_ns() // 1_000_000,
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "code": code,
                    "verdict": "accepted" if code == 0 else "rejected",
                    "message": g.get("kling_message", ""),
                    "ms": round(elapsed, 2),
                    "request_id": request_id(),
                    **leniency.journal_fields(state.settings.strict),
                }
            )
        return response
