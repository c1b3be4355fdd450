"""The URLs of a result's files, and callers' URLs made safe to echo.

The assets view (``mockserver.http.assets``) serves what these URLs name; results and sync answers
only build them, so the domain never reaches up into the HTTP layer.
"""

from __future__ import annotations

from urllib.parse import quote

ROUTE = "/__mock/assets"


def as_uri(text: str) -> str:
    """A caller's URL made safe to echo where the spec promises ``format: uri``.

    Request URLs are only pattern-checked (http(s)://...), so they may hold spaces or non-ASCII
    characters; those are percent-encoded, the URL's structure kept.
    """
    raw = text.encode("utf-8", "surrogatepass")
    return quote(raw, safe=":/?#[]@!$&'()*+,;=%~")


def asset_url(base_url: str, task_id: str, name: str) -> str:
    return f"{base_url.rstrip('/')}{ROUTE}/{task_id}/{name}"
