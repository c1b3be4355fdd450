"""No credential of a request reaches a log line, the journal, the dashboard or a recording.

Headers are masked by name elsewhere (``ui.exchanges``, ``proxy.redact``); what escapes that is a
credential where no name says so: a JWT or a key in the query string (``?token=...``), in the path
(``/v1/.../<key>``) or in the body. ``clean`` replaces, in any text, every JWT-looking token, the
credential the caller presented (its Bearer value, wherever else it repeats it) and the value of
any query argument whose name is a credential's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, quote

from flask import g, has_request_context, request

from mockserver.proxy.redact import REDACTED, scrub_text, secret_name

#: Shorter values are not masked where they repeat (they would match ordinary text).
MIN_SECRET_CHARS = 8


def secrets_of(authorization: str, query: str) -> list[str]:
    """The credentials a request carries: its Bearer value and credential-named query values
    (each also URL-encoded), longest first."""
    token = authorization.partition(" ")[2].strip()
    found = [token, quote(token, safe="")] if len(token) >= MIN_SECRET_CHARS else []
    for name, value in parse_qsl(query):
        if secret_name(name) and len(value) >= MIN_SECRET_CHARS:
            found += [value, quote(value, safe="")]
    return sorted(set(found), key=len, reverse=True)


def secrets_for(headers: Iterable[tuple[str, str]], target: str) -> list[str]:
    """The credentials of a finished request: its headers and its target (path and query)."""
    lowered = {name.lower(): value for name, value in headers}
    return secrets_of(lowered.get("authorization", ""), target.partition("?")[2])


def presented() -> list[str]:
    """The credentials the current request carries (none outside a request)."""
    if not has_request_context():
        return []
    found: list[str] | None = g.get("kling_presented")
    if found is None:
        found = secrets_of(
            request.headers.get("Authorization", ""), request.query_string.decode("latin-1")
        )
        g.kling_presented = found
    return found


def clean(text: str, secrets: list[str] | None = None) -> str:
    """``text`` with every credential of this request (or ``secrets``), and every JWT, replaced."""
    for secret in presented() if secrets is None else secrets:
        text = text.replace(secret, REDACTED)
    return scrub_text(text)


_JWT_BYTES = re.compile(rb"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")


def clean_bytes(raw: bytes, secrets: list[str] | None = None) -> bytes:
    """A body with every credential of this request (or ``secrets``), and every JWT, replaced."""
    for secret in presented() if secrets is None else secrets:
        raw = raw.replace(secret.encode("utf-8", "replace"), REDACTED.encode())
    return _JWT_BYTES.sub(REDACTED.encode(), raw)
