"""A ``requests`` adapter whose connections go only to addresses the allow-list accepts.

The name of a callback URL is resolved when the connection is opened, and each address is judged
(``AllowList.connect_refusal``) before the socket connects to it, so a name that resolves
somewhere else by the time of sending (DNS rebinding) reaches nothing. The check sits in the
connection itself, below redirects, retries and proxies, which are off anyway.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import TYPE_CHECKING, Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import NewConnectionError

from mockserver.callbacks import urls

if TYPE_CHECKING:
    from mockserver.callbacks.allowlist import AllowList


class _Checked:
    """Mixed into urllib3's connections: ``_new_conn`` resolves, judges, then connects."""

    allow: AllowList
    host: str
    port: int
    timeout: Any

    def _new_conn(self) -> socket.socket:
        try:
            target = urls.parse(f"http://{_bracketed(self.host)}:{self.port}/")
        except urls.UrlRefused as exc:
            raise NewConnectionError(self, f"refused: {exc}") from None  # type: ignore[arg-type]
        why = "no address"
        try:
            found = urls.resolve(target.host, self.port)
        except OSError as exc:
            raise NewConnectionError(self, f"cannot resolve {target.host}: {exc}") from None  # type: ignore[arg-type]
        for family, kind, proto, _, sockaddr in found:
            address = ipaddress.ip_address(str(sockaddr[0]).partition("%")[0])
            refusal = self.allow.connect_refusal(target, address)
            if refusal:
                why = f"refused: {refusal}"
                continue
            sock = socket.socket(family, kind, proto)
            sock.settimeout(self.timeout if isinstance(self.timeout, int | float) else None)
            try:
                sock.connect(sockaddr)
            except OSError as exc:
                sock.close()
                why = f"{address}: {exc}"
                continue
            return sock
        raise NewConnectionError(self, why)  # type: ignore[arg-type]


def _bracketed(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


class PinnedAdapter(HTTPAdapter):
    """An HTTPAdapter whose pools open only connections the allow-list accepts."""

    def __init__(self, allow: AllowList) -> None:
        self._allow = allow
        super().__init__(max_retries=0)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        plain = type("CheckedHTTPConnection", (_Checked, HTTPConnection), {"allow": self._allow})
        secure = type("CheckedHTTPSConnection", (_Checked, HTTPSConnection), {"allow": self._allow})
        self.poolmanager.pool_classes_by_scheme = {
            "http": type("CheckedPool", (HTTPConnectionPool,), {"ConnectionCls": plain}),
            "https": type("CheckedTlsPool", (HTTPSConnectionPool,), {"ConnectionCls": secure}),
        }
