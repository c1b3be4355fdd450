"""The size limits of a request line and headers, answered in the Kling envelope (400/1200).

They hold wherever the app runs (in-process or served), so a test and a served mock agree; the
values (``bounds.MAX_URL_BYTES``, ``bounds.MAX_HEADER_BYTES``) are those of the HTTP gateways real
Kling traffic passes. The server's own, slightly larger limits (``cli.gunicorn_options``) catch
the rest, and its refusals are enveloped too (``mockserver.http.worker``).
"""

from __future__ import annotations

from collections.abc import Iterable

from mockserver.core.bounds import MAX_HEADER_BYTES, MAX_URL_BYTES
from mockserver.core.errors import KlingError


def check_sizes(url_bytes: int, headers: Iterable[tuple[str, str]]) -> None:
    """Raise 400/1200 for a URL (``url_bytes``: the request target as sent) or a header over
    its limit."""
    if url_bytes > MAX_URL_BYTES:
        raise KlingError(
            1200, f"the URL is {url_bytes} bytes; at most {MAX_URL_BYTES} are accepted"
        )
    for name, value in headers:
        size = len(name) + 2 + len(value)
        if size > MAX_HEADER_BYTES:
            raise KlingError(
                1200,
                f"the {name[:64]} header is {size} bytes; at most {MAX_HEADER_BYTES} are accepted",
            )
