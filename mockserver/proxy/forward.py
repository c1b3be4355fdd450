"""The proxy's request path: judge the request, forward it, judge the answer, record, answer.

Installed on a mock app as a ``before_request`` hook, so the proxy has the mock's routing, its
request checks and its admin API (``/__mock/drift`` is added). Every API request goes upstream
unchanged (its credentials too: the proxy only passes them on and never writes them anywhere);
the upstream's answer comes back unchanged. What differs from spec/ is drift: each violation of
the answer, and a request spec/ refuses while the upstream accepts it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import requests
from flask import Blueprint, Flask, Response, g, request

from mockserver.core.errors import KlingError
from mockserver.core.state import MockState, state_of
from mockserver.observers.journal import GATEWAY_SUFFIX
from mockserver.pipeline.envelope import json_response
from spec.rules import Violation

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


def _operation_id() -> str | None:
    endpoint = (request.endpoint or "").removesuffix(GATEWAY_SUFFIX)
    return endpoint or None


def refused_by_spec(state: MockState, operation_id: str) -> list[Violation]:
    """What spec/ refuses in this request (an empty list when it accepts it)."""
    op = state.index.operations[operation_id]
    path_args = dict(request.view_args or {})
    try:
        raw, body = state.checker.parsed(op, request)
        return state.checker.violations(op, request, path_args, raw is not None, body)
    except KlingError as exc:
        return [Violation("", "body", exc.message)]


def _send(upstream: Upstream) -> requests.Response:
    headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
    try:
        return upstream.session.request(
            request.method,
            upstream.url + request.full_path.rstrip("?"),
            headers=headers,
            data=request.get_data(cache=True),
            timeout=upstream.timeout_s,
            allow_redirects=False,
        )
    except requests.RequestException as exc:
        raise KlingError(5001, f"the upstream did not answer: {type(exc).__name__}") from exc


def _business_code(content: bytes) -> int | None:
    try:
        code = json.loads(content).get("code")
    except (ValueError, AttributeError, RecursionError):
        return None
    return code if isinstance(code, int) else None


def forward(state: MockState, upstream: Upstream, answers: AnswerChecker) -> Response:
    """The upstream's answer to this request, judged and recorded on the way back."""
    operation_id = _operation_id()
    known = operation_id in state.index.operations
    refused = refused_by_spec(state, operation_id) if operation_id and known else []
    answer = _send(upstream)
    content_type = answer.headers.get("Content-Type", "")
    name = operation_id if operation_id and known else UNROUTED
    if operation_id and known:
        op = state.index.operations[operation_id]
        checked = as_answer(answer.status_code, answer.headers, answer.content)
        upstream.drift.add(name, answers.violations(op, request.method, request.path, checked))
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
            [
                Violation(
                    request.method, "route", f"{request.method} {request.path} is not in spec/"
                )
            ],
        )
    if upstream.recorder is not None:
        upstream.recorder.write(
            Interaction(
                operation=name,
                offset_ms=upstream.recorder.offset_ms(),
                method=request.method,
                path=request.path,
                query=dict(request.args.items()),
                request_body=body_of(request.get_data(cache=True), request.content_type or ""),
                status=answer.status_code,
                response_headers=redact.headers(answer.headers),
                response_body=body_of(answer.content, content_type),
            )
        )
    g.kling_code = _business_code(answer.content)
    headers = [(k, v) for k, v in answer.headers.items() if k.lower() not in ANSWER_DROPPED]
    return Response(answer.content, status=answer.status_code, headers=headers)


def install(app: Flask, upstream: Upstream) -> None:
    """Make ``app`` a proxy: every API request forwarded, ``/__mock/drift`` to read the drift."""
    state = state_of(app)
    answers = AnswerChecker(state.checker.judge)

    @app.before_request
    def _forward() -> Response | None:
        if request.path.startswith("/__mock/"):
            return None
        return forward(state, upstream, answers)

    bp = Blueprint("kling_drift", __name__, url_prefix="/__mock")

    @bp.route("/drift", methods=["GET", "DELETE"])
    def drift() -> Response:
        """Every drift seen so far, by operation, field and rule; DELETE forgets it."""
        if request.method == "DELETE":
            upstream.drift.clear()
        return json_response({"upstream": upstream.url, "drift": upstream.drift.entries()})

    app.register_blueprint(bp)
