"""The proxy's request path: judge the request, forward it, judge the answer, record, answer.

Installed on a mock app as a front of its request hook (``mockserver.http.edge``), so the proxy
has the mock's routing, its request checks and its admin API (``/__mock/drift`` is added). Every
API request goes upstream unchanged (its credentials too: the proxy only passes them on and never
writes them anywhere); the upstream's answer comes back unchanged. What differs from spec/ is
drift: each violation of the answer, and a request spec/ refuses while the upstream accepts it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import requests
from flask import Blueprint, Flask, Response, request

from mockserver.core.errors import KlingError
from mockserver.core.spec_index import Operation
from mockserver.core.state import MockState, state_of
from mockserver.http.responses import json_response
from mockserver.pipeline.envelope import Answer
from mockserver.pipeline.exchange import Exchange
from mockserver.security import redaction
from mockserver.security import upstream as bounded_upstream
from spec.engine.rules import Violation

from . import redact
from .answers import AnswerChecker, as_answer
from .drift import REQUEST_ACCEPTED, DriftLog
from .recording import Interaction, Recorder, body_of

HOP_BY_HOP = frozenset(
    {
        "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
        "trailer", "transfer-encoding", "upgrade", "host", "content-length", "accept-encoding",
    }
)  # fmt: skip
ANSWER_DROPPED = frozenset(
    {"content-encoding", "content-length", "transfer-encoding", "connection"}
)
UNROUTED = "(unrouted)"
DEFAULT_TIMEOUT_S = 120.0


@dataclass
class Upstream:
    """Where the proxy forwards to, and what it keeps of what it sees."""

    url: str
    session: requests.Session = field(default_factory=requests.Session)
    record_dir: Path | None = None
    timeout_s: float = DEFAULT_TIMEOUT_S
    drift: DriftLog = field(default_factory=DriftLog)
    clock_ms: Callable[[], int] | None = None
    """The recorder's clock (default: monotonic wall time; tests hand in the upstream's)."""

    def __post_init__(self) -> None:
        self.url = self.url.rstrip("/")
        self.recorder = (
            Recorder(self.record_dir, self.clock_ms) if self.record_dir is not None else None
        )


def refused_by_spec(state: MockState, op: Operation, ex: Exchange) -> list[Violation]:
    """What spec/ refuses in this request (an empty list when it accepts it)."""
    try:
        has_body, body = state.checker.parsed(op, ex.call, state.settings.strict)
        return state.checker.violations(op, ex.call, has_body, body)
    except KlingError as exc:
        return [Violation("", "body", exc.message)]


def _send(upstream: Upstream, ex: Exchange) -> bounded_upstream.Fetched:
    headers = {k: v for k, v in ex.request_headers if k.lower() not in HOP_BY_HOP}
    return bounded_upstream.fetch(
        upstream.session,
        upstream.timeout_s,
        method=ex.call.method,
        url=upstream.url + ex.target,
        headers=headers,
        data=ex.call.raw,
    )


def _business_code(content: bytes) -> int | None:
    try:
        code = json.loads(content).get("code")
    except (ValueError, AttributeError, RecursionError):
        return None
    return code if isinstance(code, int) else None


def forward(state: MockState, upstream: Upstream, answers: AnswerChecker, ex: Exchange) -> Answer:
    """The upstream's answer to this request, judged and recorded on the way back."""
    op, call = ex.operation, ex.call
    refused = refused_by_spec(state, op, ex) if op is not None else []
    answer = _send(upstream, ex)
    content_type = answer.headers.get("Content-Type", "")
    name = op.operation_id if op is not None else UNROUTED
    if op is not None:
        upstream.drift.judged()
        unreadable = (
            bounded_upstream.json_within_bounds(answer.content) if "json" in content_type else None
        )
        if unreadable:
            upstream.drift.add(name, [Violation("body", "json", unreadable)])
        else:
            checked = as_answer(answer.status_code, answer.headers, answer.content)
            upstream.drift.add(name, answers.violations(op, call.method, call.path, checked))
        if refused and answer.status_code < 400:
            upstream.drift.add(
                name,
                [
                    Violation(
                        v.field, REQUEST_ACCEPTED, f"spec/ refuses it ({v.rule}): {v.message}"
                    )
                    for v in refused
                ],
            )
    elif answer.status_code < 400:
        upstream.drift.add(
            UNROUTED,
            [Violation(call.method, "route", f"{call.method} {call.path} is not in spec/")],
        )
    if upstream.recorder is not None:
        secrets = redaction.secrets_for(ex.request_headers, ex.target)
        upstream.recorder.write(
            Interaction(
                operation=name,
                offset_ms=upstream.recorder.offset_ms(),
                method=call.method,
                path=redaction.clean(call.path, secrets),
                query=redact.scrub({k: redaction.clean(v, secrets) for k, v in call.args.items()}),
                request_body=body_of(redaction.clean_bytes(call.raw, secrets), call.content_type),
                status=answer.status_code,
                response_headers=redact.headers(answer.headers),
                response_body=body_of(answer.content, content_type),
            )
        )
    headers = {k: v for k, v in answer.headers.items() if k.lower() not in ANSWER_DROPPED}
    return Answer(
        answer.status_code,
        _business_code(answer.content),
        raw=answer.content,
        headers=headers,
        mimetype=content_type.partition(";")[0].strip() or "application/octet-stream",
    )


def install(app: Flask, upstream: Upstream) -> Callable[[MockState, Exchange], Answer | None]:
    """Make ``app`` a proxy: the front that forwards every request outside /__mock/ (returned,
    for ``mockserver.http.edge``), and ``/__mock/drift`` to read the drift."""
    answers = AnswerChecker(state_of(app).checker.judge)

    def front(state: MockState, ex: Exchange) -> Answer | None:
        return forward(state, upstream, answers, ex)

    bp = Blueprint("kling_drift", __name__, url_prefix="/__mock")

    @bp.route("/drift", methods=["GET", "DELETE"])
    def drift() -> Response:
        """Every drift seen so far, by operation, field and rule; DELETE forgets it."""
        if request.method == "DELETE":
            upstream.drift.clear()
        return json_response(
            {
                "upstream": upstream.url,
                "checked": upstream.drift.checked,
                "drift": upstream.drift.entries(),
            }
        )

    app.register_blueprint(bp)
    return front
