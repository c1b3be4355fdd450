"""The one reading of a callback URL, shared by the allow-list and the HTTP sender.

Two parsers that disagree are how ``http://A\\@127.0.0.1/`` passed the allow-list (it saw
127.0.0.1) while the HTTP client went to A. Here a URL is read once, strictly, into a
``CallbackTarget``; the allow-list judges its host, and the sender sends to ``target.url`` (rebuilt
from the judged parts) through a connection that checks the address it actually connects to.

Refused outright, because readers disagree about them: userinfo (``user@host``), backslashes,
whitespace and control characters, percent-encoded or non-ASCII hosts, IPv6 zone ids, and IPv4
written any way but four decimal parts (``2130706433``, ``0177.0.0.1``, ``0x7f.1``, ``127.1``).
"""

from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
SCHEMES = ("http", "https")
MAX_URL = 2048
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_NUMERIC_LAST_LABEL = re.compile(r"^(0x[0-9a-f]*|[0-9]+)$")


class UrlRefused(ValueError):
    """The URL cannot be judged safely; the message says why."""


@dataclass(frozen=True)
class CallbackTarget:
    scheme: str
    host: str
    """Lower case, no trailing dot; an IPv6 address without brackets."""
    port: int
    address: IpAddress | None
    """The host when it is an IP literal (None for a name)."""
    rest: str
    """Path and query, as given."""

    @property
    def url(self) -> str:
        """What the sender requests: exactly the parts that were judged."""
        shown = f"[{self.host}]" if isinstance(self.address, ipaddress.IPv6Address) else self.host
        default = 443 if self.scheme == "https" else 80
        port = "" if self.port == default else f":{self.port}"
        return f"{self.scheme}://{shown}{port}{self.rest}"


def parse(url: Any) -> CallbackTarget:
    """The URL's parts, or UrlRefused saying why it is not a callback URL the mock will call."""
    if not isinstance(url, str) or not url:
        raise UrlRefused("the callback_url must be a non-empty string")
    if len(url) > MAX_URL:
        raise UrlRefused(f"the callback_url is longer than {MAX_URL} characters")
    if not url.isascii() or any(ch <= " " or ch == "\x7f" for ch in url):
        raise UrlRefused("the callback_url has whitespace, control or non-ASCII characters")
    if "\\" in url:
        raise UrlRefused("the callback_url has a backslash (readers disagree where the host is)")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UrlRefused(f"the callback_url cannot be parsed ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES or not url[len(scheme) : len(scheme) + 3] == "://":
        raise UrlRefused("the callback_url must be an http:// or https:// URL with a host")
    netloc = parts.netloc
    if "@" in netloc:
        raise UrlRefused("the callback_url may not carry user information (user@host)")
    if "%" in netloc:
        raise UrlRefused("the callback_url's host may not be percent-encoded or carry a zone id")
    host, address = _host(netloc)
    rest = url[len(scheme) + 3 + len(netloc) :].partition("#")[0] or "/"
    if not rest.startswith(("/", "?")):
        raise UrlRefused("the callback_url cannot be parsed")
    return CallbackTarget(scheme, host, port or (443 if scheme == "https" else 80), address, rest)


def _host(netloc: str) -> tuple[str, IpAddress | None]:
    if netloc.startswith("["):
        inside, closing, _ = netloc[1:].partition("]")
        try:
            return inside.lower(), ipaddress.IPv6Address(inside) if closing else _bad()
        except ValueError:
            raise UrlRefused(f"the callback_url's host [{inside}] is not an IPv6 address") from None
    host = netloc.rpartition(":")[0] if ":" in netloc else netloc
    host = host.lower().rstrip(".")
    if not host:
        raise UrlRefused("the callback_url must be an http:// or https:// URL with a host")
    try:
        return host, ipaddress.IPv4Address(host)
    except ValueError:
        pass
    labels = host.split(".")
    if _NUMERIC_LAST_LABEL.match(labels[-1]):
        raise UrlRefused(
            f"the callback_url's host {host} is an address in a non-canonical form; "
            "write IPv4 as four decimal parts (127.0.0.1)"
        )
    if len(host) > 253 or not all(_LABEL.match(label) for label in labels):
        raise UrlRefused(f"the callback_url's host {host} is not a valid host name")
    return host, None


def _bad() -> IpAddress:
    raise ValueError("unclosed bracket")


def resolve(host: str, port: int) -> list[tuple[Any, ...]]:
    """``getaddrinfo`` for TCP (a seam for tests that fake a name's addresses)."""
    return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
