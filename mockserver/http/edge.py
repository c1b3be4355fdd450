"""Where Flask meets the pipeline: the app's one ``before_request`` and one ``after_request``.

Every request gets an ``Exchange`` when it arrives (``begin``); an API request then runs the
pipeline in its route's view (``mockserver.http.routes``), any other request passes the admission
stages (size limits, expired assets). A front (the proxy, a replayed recording) may answer first.
When the answer is written, the request's log line is written and the finished exchange is queued
for the observers (``Observed``): the store's batch writer hands each one to them, in the order
``OBSERVERS`` lists them, off the request path (and before any read of what they keep, which
flushes the writer first). No other module registers request hooks.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from flask import Flask, Request, Response, g, request
from werkzeug.exceptions import HTTPException

from mockserver.core.call import Call
from mockserver.core.state import MockState, state_of
from mockserver.http import admin_guard, degraded
from mockserver.http.responses import respond
from mockserver.observers import behaviour, journal
from mockserver.pipeline import stages
from mockserver.pipeline.envelope import Answer
from mockserver.pipeline.exchange import Exchange
from mockserver.ui import exchanges as dashboard

log = logging.getLogger("kling_mock")
EXCHANGE = "kling_exchange"  # the one per-request value kept on flask.g

#: Answers a request before the mock simulates it (None: simulate): the proxy, a replay.
Front = Callable[[MockState, Exchange], Answer | None]
Observer = Callable[[Flask, MockState, Exchange], None]


def _url_bytes(sent: Request) -> int:
    """Bytes of the request target as sent (path and query), when the server reports it."""
    raw = sent.environ.get("RAW_URI") or sent.environ.get("REQUEST_URI")
    if isinstance(raw, str):
        return len(raw.encode("latin-1", "replace"))
    return len(sent.full_path.encode("utf-8", "surrogateescape"))


def _target(sent: Request) -> str:
    query = sent.query_string.decode("latin-1")
    return sent.path + (f"?{query}" if query else "")


def begin(state: MockState) -> Exchange:
    """The exchange of the current request (made once; the body and the headers are read here,
    once, from the request itself rather than through Flask's per-access proxy)."""
    sent: Request = request._get_current_object()  # type: ignore[attr-defined]
    headers = list(sent.headers.items())
    unread: HTTPException | None = None
    if sent.routing_exception is not None:  # no route: its 404 is the answer, the body unread
        call = _bodiless_call()
    else:
        try:
            call = Call.of(sent, sent.view_args or {}, headers)
        except HTTPException as exc:  # a body over the size limit: 400/1200, unread
            unread = exc
            call = _bodiless_call()
    ex = Exchange(
        call=call,
        operation=state.index.operation_of(sent.endpoint),
        url_bytes=_url_bytes(sent),
        target=_target(sent),
        request_headers=headers,
        unread_bytes=sent.content_length if unread is not None else None,
    )
    g.setdefault(EXCHANGE, ex)
    if unread is not None:  # refused before anything else looks at the request
        raise unread
    return ex


def _bodiless_call() -> Call:
    """The request as a call whose body is not read (no route, or a body over the limit)."""
    return Call(
        host_url=f"{request.scheme}://{request.host}/",
        path=request.path,
        args=dict(request.args.items()),
        headers={key.lower(): value for key, value in request.headers.items()},
        method=request.method,
    )


def current() -> Exchange:
    """The current request's exchange (made now if the request failed before ``begin``)."""
    found: Exchange | None = g.get(EXCHANGE)
    if found is not None:
        return found
    ex = Exchange(call=_bodiless_call(), operation=None, url_bytes=0, target=_target(request))
    g.setdefault(EXCHANGE, ex)
    return ex


def _journal(app: Flask, state: MockState, ex: Exchange) -> None:
    journal.record(state, ex)


def _record_behaviour(app: Flask, state: MockState, ex: Exchange) -> None:
    behaviour.of(app).record(state, ex)


def _keep_for_dashboard(app: Flask, state: MockState, ex: Exchange) -> None:
    dashboard.record(app, state, ex)


#: Who reads each finished exchange, in this order. An observer only reads.
OBSERVERS: tuple[Observer, ...] = (
    _journal,
    _record_behaviour,
    _keep_for_dashboard,
)


def observe(app: Flask, state: MockState, ex: Exchange) -> None:
    """Hand the finished exchange to every observer; one that fails is logged, never fatal."""
    for observer in OBSERVERS:
        try:
            observer(app, state, ex)
        except Exception:
            log.exception("an observer failed on %s", journal.loggable(ex.target))


class Observed:
    """Finished exchanges waiting for their observers. Queuing one costs the request an append;
    the store's batch writer drains the queue before each batch it writes (its own thread, or a
    reader of the journal, coverage, behaviour or dashboard flushing it first), one drain at a
    time so the observers see the exchanges in the order they finished."""

    def __init__(self, app: Flask, state: MockState) -> None:
        self.app, self.state = app, state
        self._pending: list[Exchange] = []
        self._lock = threading.Lock()
        self._draining = threading.Lock()
        self._inside = threading.local()  # an observer's full buffer flushes: no drain in a drain
        state.store.writer.register_source(self.drain)

    def add(self, ex: Exchange) -> None:
        with self._lock:
            self._pending.append(ex)
        self.state.store.writer.queued()

    def drain(self) -> None:
        if getattr(self._inside, "draining", False):
            return
        with self._draining:
            self._inside.draining = True
            try:
                with self._lock:
                    batch, self._pending = self._pending, []
                for ex in batch:
                    observe(self.app, self.state, ex)
            finally:
                self._inside.draining = False


def install(app: Flask, fronts: tuple[Front, ...] = ()) -> None:
    """Register the app's one before- and one after-request hook."""
    state = state_of(app)
    observed = Observed(app, state)

    @app.before_request
    def _begin() -> Response | None:
        refused = admin_guard.check() or degraded.complete_body()
        if refused is not None:  # the admin API's owner, then a body cut short
            return refused
        state.store.db.begin_request()  # the change number this request sees (storage.contract)
        ex = begin(state)
        if not ex.call.path.startswith("/__mock/") and fronts:
            stages.limit_sizes(state, ex)
            for front in fronts:
                answer = front(state, ex)
                if answer is not None:
                    ex.answer = answer
                    return respond(answer)
        if ex.operation is None:
            _admit(state, ex)
        return None

    @app.after_request
    def _finish(response: Response) -> Response:
        ex = current()
        sent = b"" if response.direct_passthrough else response.get_data()
        ex.finish(response.status_code, sent, list(response.headers.items()))
        ex.stamp = state.store.db.stamp()
        if ex.operation is not None and ex.clock_ms < 0:  # refused before it read the clock
            ex.clock_ms = state.clock.now_ms()  # the behaviour check dates API requests by it
        journal.log_line(state, ex)
        observed.add(ex)
        return response


def _admit(state: MockState, ex: Exchange) -> None:
    """The admission stages of a request that is no API operation (raise to refuse)."""
    for stage in stages.ADMISSION:
        stage(state, ex)
