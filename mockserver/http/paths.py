"""Paths as clients send them: a doubled slash is the single-slash route.

Kling's own ComfyUI nodes query ``/v1/images/kolors-virtual-try-on//{id}`` (an empty segment
from joining a base that ends in ``/``). Werkzeug would answer such a path with a 308 HTML
redirect, which no Kling client follows as JSON; the mock serves it as the route it names, so no
answer of the API is ever HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from flask import Flask

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

_REPEATED = re.compile(r"/{2,}")


class SingleSlashes:
    """WSGI middleware: every run of slashes in ``PATH_INFO`` becomes one, before routing."""

    def __init__(self, app: WSGIApplication) -> None:
        self.app = app

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if "//" in path:
            environ["PATH_INFO"] = _REPEATED.sub("/", path)
        return self.app(environ, start_response)


def init_app(app: Flask) -> None:
    wrapped: Any = SingleSlashes(app.wsgi_app)
    app.wsgi_app = wrapped  # type: ignore[method-assign]
