"""No credential of a request reaches a log line, the journal, the dashboard or a recording.

Headers are masked by name (``ui.exchanges``, ``proxy.redact``); what escapes that is a credential
where no name says so: a JWT or a key in the query string (``?token=...``), in the path
(``/v1/.../<key>``) or in the body. ``clean`` replaces, in any text, every JWT-looking token, the
credential the caller presented (its Bearer value, wherever it repeats it) and the value of any
query argument whose name is a credential's. The rules of what looks like a credential live here
and ``proxy.redact`` uses them too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, quote

REDACTED = "<redacted>"
_SECRET_NAME = re.compile(
    r"authorization|api[-_]?key|secret|token|signature|password|cookie|access[-_]?key|^sk$|^ak$",
    re.IGNORECASE,
)
#: Fields whose name looks like a credential but holds none (ids and cursors travel openly).
_OPEN_NAMES = frozenset({"external_task_id", "next_cursor", "cursor", "max_tokens"})
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
_JWT_BYTES = re.compile(rb"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
#: Shorter values are not masked where they repeat (they would match ordinary text).
MIN_SECRET_CHARS = 8


def secret_name(name: str) -> bool:
    return name.lower() not in _OPEN_NAMES and bool(_SECRET_NAME.search(name))


def scrub_text(text: str) -> str:
    """A string with every JWT-looking token replaced."""
    return _JWT.sub(REDACTED, text)


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
    """The credentials of a request from its headers and its target (path and query)."""
    lowered = {name.lower(): value for name, value in headers}
    return secrets_of(lowered.get("authorization", ""), target.partition("?")[2])


def clean(text: str, secrets: Iterable[str]) -> str:
    """``text`` with each of ``secrets``, and every JWT, replaced."""
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    return scrub_text(text)


def clean_bytes(raw: bytes, secrets: Iterable[str]) -> bytes:
    """A body with each of ``secrets``, and every JWT, replaced."""
    for secret in secrets:
        raw = raw.replace(secret.encode("utf-8", "replace"), REDACTED.encode())
    return _JWT_BYTES.sub(REDACTED.encode(), raw)
