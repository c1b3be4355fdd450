"""The size limits of a request line and headers, answered in the Kling envelope (400/1200).

They hold wherever the app runs (in-process or served), so a test and a served mock agree; the
values (``bounds.MAX_URL_BYTES``, ``bounds.MAX_HEADER_BYTES``) are those of the HTTP gateways real
Kling traffic passes. The server's own, slightly larger limits (``cli.gunicorn_options``) catch
the rest, and its refusals are enveloped too (``mockserver.http.worker``).
"""

from __future__ import annotations

from flask import Flask, request

from mockserver.core.bounds import MAX_HEADER_BYTES, MAX_URL_BYTES
from mockserver.core.errors import KlingError


def url_bytes() -> int:
    """Bytes of the request target as sent (path and query), when the server reports it."""
    raw = request.environ.get("RAW_URI") or request.environ.get("REQUEST_URI")
    if isinstance(raw, str):
        return len(raw.encode("latin-1", "replace"))
    return len(request.full_path.encode("utf-8", "surrogateescape"))


def check_sizes() -> None:
    """Raise 400/1200 for a URL or a header over its limit."""
    size = url_bytes()
    if size > MAX_URL_BYTES:
        raise KlingError(1200, f"the URL is {size} bytes; at most {MAX_URL_BYTES} are accepted")
    for name, value in request.headers.items():
        size = len(name) + 2 + len(value)
        if size > MAX_HEADER_BYTES:
            raise KlingError(
                1200,
                f"the {name[:64]} header is {size} bytes; at most {MAX_HEADER_BYTES} are accepted",
            )


def init_app(app: Flask) -> None:
    app.before_request(check_sizes)
