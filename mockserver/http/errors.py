"""Flask's error handlers: whatever fails outside the pipeline's run still answers in the Kling
envelope, never an HTML page.

Routing failures (unknown path 404, wrong method 405), oversized bodies (413), werkzeug's own 400s,
refusals of the admission stages and unexpected exceptions all become a ``KlingError``, answered
on the request's exchange (so the observers see it like any answer).
"""

from __future__ import annotations

import logging

from flask import Flask, Response
from werkzeug.exceptions import HTTPException

from mockserver.core.errors import KlingError
from mockserver.http import edge
from mockserver.http.responses import respond
from mockserver.pipeline import stages

log = logging.getLogger("kling_mock")


def _from_http(exc: HTTPException) -> KlingError:
    """werkzeug's routing and body errors, in Kling's words."""
    if exc.code == 404:
        return KlingError(1203, "the requested resource does not exist")
    if exc.code == 405:
        return KlingError(1202, "the method is not valid for this route")
    if exc.code == 413:
        return KlingError(1200, "the request body is too large")
    if exc.code is not None and exc.code < 500:
        return KlingError(1200, f"invalid request: {exc.description}")
    return KlingError(5000, "internal error")


def answer(error: KlingError) -> Response:
    """``error`` as the current exchange's answer."""
    ex = edge.current()
    stages.refuse(ex, error)
    stages.warn(ex)
    assert ex.answer is not None
    return respond(ex.answer)


def init_app(app: Flask) -> None:
    @app.errorhandler(KlingError)
    def _kling(exc: KlingError) -> Response:
        return answer(exc)

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException) -> Response:
        return answer(_from_http(exc))

    @app.errorhandler(Exception)
    def _crash(exc: Exception) -> Response:
        log.exception("unhandled error", exc_info=exc)
        return answer(KlingError(5000, f"internal error: {type(exc).__name__}"))
