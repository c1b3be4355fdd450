"""Kling business errors and the Flask handlers that keep every failure in the Kling envelope.

One table maps each business code to its documented HTTP status, so code raising a ``KlingError``
names only the code. Routing failures (unknown path 404, wrong method 405), oversized bodies (413),
werkzeug's own 400s and unexpected exceptions all answer JSON, never an HTML page.
"""

from __future__ import annotations

import logging

from flask import Flask, Response
from werkzeug.exceptions import HTTPException

from .envelope import failure

STATUS_OF_CODE: dict[int, int] = {
    **dict.fromkeys((1000, 1001, 1002, 1003, 1004), 401),
    **dict.fromkeys((1100, 1101, 1102, 1302, 1303, 1304), 429),
    1103: 403,
    **dict.fromkeys((1200, 1201, 1300, 1301), 400),
    **dict.fromkeys((1202, 1203), 404),
    5000: 500,
    5001: 503,
    5002: 504,
}

log = logging.getLogger("kling_mock")


class KlingError(Exception):
    """An answer in the error envelope; the HTTP status follows from the business code."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    @property
    def status(self) -> int:
        return STATUS_OF_CODE[self.code]

    def response(self) -> Response:
        return failure(self.status, self.code, self.message)


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


def init_app(app: Flask) -> None:
    @app.errorhandler(KlingError)
    def _kling(exc: KlingError) -> Response:
        return exc.response()

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException) -> Response:
        return _from_http(exc).response()

    @app.errorhandler(Exception)
    def _crash(exc: Exception) -> Response:
        log.exception("unhandled error", exc_info=exc)
        return KlingError(5000, f"internal error: {type(exc).__name__}").response()
