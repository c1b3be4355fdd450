"""Counting a fuzz campaign: every answer the mock gave, which were 5xx or outside the Kling
envelope, and every traceback it logged.

``Campaign.watch(app)`` wraps the app's WSGI callable and listens to the ``kling_mock`` logger, so
whatever sends the requests (Schemathesis, Hypothesis, a session) is counted the same way. Only
what is logged while the watched app answers counts: other tests in the same process (some break
the mock on purpose) log to the same logger, and their tracebacks are not this campaign's. Tests
assert per request (``problems_of``) and at the end of a module; with ``KLING_FUZZ_FIGURES=path``
set, each module appends its figures to that file as one JSON line (the campaign's report).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from flask import Flask

StartResponse = Callable[..., Any]
_ANSWERING: ContextVar[Campaign | None] = ContextVar("campaign_answering", default=None)


def outside_envelope(status: int, content_type: str, body: bytes) -> str | None:
    """Why an answer is not a Kling envelope (JSON with int code, str message, request_id)."""
    if not content_type.startswith("application/json"):
        return f"{status} with Content-Type {content_type!r}"
    try:
        answer = json.loads(body)
    except ValueError:
        return f"{status} with a body that is not JSON"
    if not isinstance(answer, dict):
        return f"{status} with JSON that is no object"
    code, message, request_id = answer.get("code"), answer.get("message"), answer.get("request_id")
    if not isinstance(code, int) or isinstance(code, bool) or not isinstance(message, str):
        return f"{status} without an integer code and a message"
    if not isinstance(request_id, str) or not request_id:
        return f"{status} without a request_id"
    return None


class _Tracebacks(logging.Handler):
    """Keeps the tracebacks logged while ``campaign``'s app answers a request."""

    def __init__(self, campaign: Campaign) -> None:
        super().__init__(logging.DEBUG)
        self.campaign = campaign

    def emit(self, record: logging.LogRecord) -> None:
        if _ANSWERING.get() is not self.campaign:
            return
        if record.exc_info is not None or "Traceback" in record.getMessage():
            self.campaign.tracebacks.append(f"{record.name}: {record.getMessage()}")


@dataclass
class Campaign:
    name: str
    requests: int = 0
    server_errors: list[str] = field(default_factory=list)
    outside_envelope: list[str] = field(default_factory=list)
    tracebacks: list[str] = field(default_factory=list)

    def watch(self, app: Flask) -> Flask:
        """Count every request ``app`` answers from now on (and its logged tracebacks)."""
        inner = app.wsgi_app

        def counted(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
            seen: dict[str, Any] = {}

            def start(status: str, headers: list[tuple[str, str]], *exc: Any) -> Any:
                seen["status"], seen["headers"] = int(status.split(" ", 1)[0]), dict(headers)
                return start_response(status, headers, *exc)

            answering = _ANSWERING.set(self)
            try:
                body = b"".join(inner(environ, start))
            finally:
                _ANSWERING.reset(answering)
            self.record(environ, seen["status"], seen["headers"].get("Content-Type", ""), body)
            return [body]

        app.wsgi_app = counted  # type: ignore[method-assign]
        logging.getLogger("kling_mock").addHandler(_Tracebacks(self))
        return app

    def record(self, environ: dict[str, Any], status: int, content_type: str, body: bytes) -> None:
        self.requests += 1
        where = f"{environ.get('REQUEST_METHOD')} {environ.get('PATH_INFO', '')[:80]}"
        if status >= 500:
            self.server_errors.append(f"{where}: {status} {body[:200]!r}")
        why = outside_envelope(status, content_type, body)
        if why is not None:
            self.outside_envelope.append(f"{where}: {why}")

    def problems(self) -> list[str]:
        return self.server_errors + self.outside_envelope + self.tracebacks

    def figures(self) -> dict[str, Any]:
        return {
            "campaign": self.name,
            "requests": self.requests,
            "5xx": len(self.server_errors),
            "outside_envelope": len(self.outside_envelope),
            "tracebacks": len(self.tracebacks),
        }

    def report(self) -> None:
        """Append the figures to ``$KLING_FUZZ_FIGURES`` when it is set."""
        target = os.environ.get("KLING_FUZZ_FIGURES")
        if target:
            with open(target, "a", encoding="utf-8") as sink:
                sink.write(json.dumps(self.figures()) + "\n")


def examples(smallest: int, share: float) -> int:
    """Examples for one test: ``share`` of the profile's max_examples, at least ``smallest``.

    Keeps ``make test`` (ci profile) at the small count and lets ``make test-deep`` (deep
    profile) scale the campaign up.
    """
    from hypothesis import settings

    return max(smallest, int(settings.default.max_examples * share))
