"""Talk to a mock app through ``requests`` with no sockets: ``session_for(app)``.

The session's transport adapter turns each prepared request into a WSGI call on the app, the way
httpx's MockTransport hands requests to a function. Clients that take a ``requests.Session`` can
then be tested against the mock in-process and fast.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote, urlsplit

import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict
from requests.utils import get_encoding_from_headers
from werkzeug.test import EnvironBuilder, run_wsgi_app

from .app import create_app

__all__ = ["WSGIAdapter", "create_app", "session_for"]


class WSGIAdapter(BaseAdapter):
    """A requests transport that calls a WSGI application directly."""

    def __init__(self, app: Any) -> None:
        super().__init__()
        self.app = app

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Any = None,
        verify: Any = True,
        cert: Any = None,
        proxies: Mapping[str, str] | None = None,
    ) -> requests.Response:
        url = urlsplit(request.url or "")
        body = request.body
        data = body.encode() if isinstance(body, str) else body if body is not None else b""
        if not isinstance(data, bytes):
            data = b"".join(data)
        environ = EnvironBuilder(
            path=unquote(url.path) or "/",
            base_url=f"{url.scheme}://{url.netloc}",
            query_string=url.query,
            method=request.method or "GET",
            headers=list(request.headers.items()),
            data=data,
        ).get_environ()
        app_iter, status, headers = run_wsgi_app(self.app, environ, buffered=True)
        response = requests.Response()
        response.status_code = int(status.split(" ", 1)[0])
        response.reason = status.partition(" ")[2]
        response.headers = CaseInsensitiveDict(headers.to_wsgi_list())
        response.encoding = get_encoding_from_headers(response.headers)
        response._content = b"".join(app_iter)
        response.url = request.url or ""
        response.request = request
        response.connection = self  # type: ignore[assignment]
        return response

    def close(self) -> None:
        """Nothing to release: there is no connection."""


def session_for(app: Any) -> requests.Session:
    """A ``requests.Session`` whose http:// and https:// requests go straight into ``app``."""
    session = requests.Session()
    adapter = WSGIAdapter(app)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
