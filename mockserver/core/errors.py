"""Kling business errors and the Flask handlers that keep every failure in the Kling envelope.

The error table of spec/common.yaml maps each business code to its HTTP status, so code raising
a ``KlingError`` names only the code. Routing failures (unknown path 404, wrong method 405),
oversized bodies (413), werkzeug's own 400s and unexpected exceptions all answer JSON, never an
HTML page.
"""

from __future__ import annotations

import logging

from flask import Flask, Response
from werkzeug.exceptions import HTTPException

from mockserver.pipeline.envelope import failure
from spec.errors import status_of_code

#: business code -> HTTP status, as spec/common.yaml lists them (its ErrorBodyNNN schemas).
STATUS_OF_CODE: dict[int, int] = status_of_code()

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
