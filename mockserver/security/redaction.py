"""No credential of a request reaches a log line, the journal, the dashboard or a recording.

Headers are masked by name elsewhere (``ui.exchanges``, ``proxy.redact``); what escapes that is a
credential where no name says so: a JWT or a key in the query string (``?token=...``), in the path
(``/v1/.../<key>``) or in the body. ``clean`` replaces, in any text, every JWT-looking token, the
credential the caller presented (its Bearer value, wherever else it repeats it) and the value of
any query argument whose name is a credential's.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote

from flask import g, has_request_context, request

from mockserver.proxy.redact import REDACTED, scrub_text, secret_name

#: Shorter values are not masked where they repeat (they would match ordinary text).
MIN_SECRET_CHARS = 8


def presented() -> list[str]:
    """The credentials this request carries (its Bearer value, the same URL-encoded)."""
    if not has_request_context():
        return []
    found: list[str] | None = g.get("kling_presented")
    if found is None:
        header = request.headers.get("Authorization", "")
        token = header.partition(" ")[2].strip()
        found = [token, quote(token, safe="")] if len(token) >= MIN_SECRET_CHARS else []
        for name, value in parse_qsl(request.query_string.decode("latin-1")):
            if secret_name(name) and len(value) >= MIN_SECRET_CHARS:
                found += [value, quote(value, safe="")]
        found = sorted(set(found), key=len, reverse=True)
        g.kling_presented = found
    return found


def clean(text: str) -> str:
    """``text`` with every credential of this request, and every JWT, replaced."""
    for secret in presented():
        text = text.replace(secret, REDACTED)
    return scrub_text(text)


_JWT_BYTES = re.compile(rb"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")


def clean_bytes(raw: bytes) -> bytes:
    """A body with every credential of this request, and every JWT, replaced."""
    for secret in presented():
        raw = raw.replace(secret.encode("utf-8", "replace"), REDACTED.encode())
    return _JWT_BYTES.sub(REDACTED.encode(), raw)
