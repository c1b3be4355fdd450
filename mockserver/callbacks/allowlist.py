"""Which hosts callbacks may reach, so the mock never calls the open internet by accident."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

DEFAULT_HOSTS = ("127.0.0.0/8", "::1", "localhost")


@dataclass(frozen=True)
class AllowList:
    """Hosts callbacks may reach: IP networks, and host names (``*.example.test`` for suffixes)."""

    networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]
    names: tuple[str, ...]

    @classmethod
    def parse(cls, entries: Iterable[str] | str | None) -> AllowList:
        if entries is None:
            entries = DEFAULT_HOSTS
        if isinstance(entries, str):
            entries = [part for part in entries.split(",")]
        networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        names: list[str] = []
        for entry in (str(e).strip() for e in entries):
            if not entry:
                continue
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                names.append(entry.lower().rstrip("."))
        return cls(tuple(networks), tuple(names))

    def _name_allowed(self, host: str) -> bool:
        for name in self.names:
            if name.startswith("*.") and host.endswith(name[1:]):
                return True
            if host == name:
                return True
        return False

    def refusal(self, url: str) -> str | None:
        """Why the URL may not be called, or None when it may."""
        try:
            parts = urlsplit(url)
            host = (parts.hostname or "").lower().rstrip(".")
        except ValueError:
            return "the callback_url cannot be parsed"
        if parts.scheme not in ("http", "https") or not host:
            return "the callback_url must be an http:// or https:// URL with a host"
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            if self._name_allowed(host):
                return None
            return f"host {host} is not in the callback allow-list (KLING_CALLBACK_HOSTS)"
        candidates = [address]
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            candidates.append(address.ipv4_mapped)
        if any(a in network for a in candidates for network in self.networks):
            return None
        return f"address {host} is not in the callback allow-list (KLING_CALLBACK_HOSTS)"
