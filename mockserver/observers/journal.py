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

from mockserver.core.state import MockState
from mockserver.pipeline.exchange import Exchange
from mockserver.security import redaction
from mockserver.validation import leniency

log = logging.getLogger("kling_mock.requests")
UNJOURNALED = ("/__mock/",)
_UNPRINTABLE = re.compile(r"[\x00-\x20\x7f-\x9f\u2028\u2029\ud800-\udfff\\]")
_SHOWN = {"\\": "\\\\", " ": "\\x20"}


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    return _SHOWN.get(char) or char.encode("unicode_escape", "backslashreplace").decode()


def loggable(text: str) -> str:
    """``text`` as one field of one line: spaces, control characters and backslashes escaped."""
    return _UNPRINTABLE.sub(_escaped, text)


def journaled(ex: Exchange) -> bool:
    """Whether the exchange is journaled and counted: a Kling answer, not under /__mock/."""
    return ex.code is not None and not ex.call.path.startswith(UNJOURNALED)


def shown_path(ex: Exchange) -> str:
    """The path as logged and journaled: the caller's credentials in it redacted."""
    return redaction.clean(ex.call.path, ex.secrets)


def log_line(state: MockState, ex: Exchange) -> None:
    """The log line of every request (written as the request ends)."""
    if not state.settings.log_requests:
        return
    code = ex.code
    log.info(
        "%s %s %s code=%s %.1fms",
        loggable(ex.call.method),
        loggable(shown_path(ex)),
        ex.status,
        "-" if code is None else str(code),
        ex.elapsed_ms,
    )


def record(state: MockState, ex: Exchange) -> None:
    """The journal entry and the coverage count of an API exchange."""
    code = ex.code
    if not journaled(ex):
        return
    operation = ex.operation.operation_id if ex.operation is not None else None
    if state.settings.coverage:
        state.store.coverage.add(operation, ex.status, code or 0, ex.stamp)
    if state.settings.journal:
        state.store.journal.add(
            {
                "at_ms": ex.at_ms,
                "method": ex.call.method,
                "path": shown_path(ex),
                "status": ex.status,
                "code": code,
                "verdict": "accepted" if code == 0 else "rejected",
                "message": ex.message,
                "ms": round(ex.elapsed_ms, 2),
                "request_id": ex.request_id,
                **leniency.journal_fields(ex.mode, ex.warnings, state.settings.strict),
            },
            ex.stamp,
        )
