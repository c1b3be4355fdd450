"""Which hosts callbacks may reach, so the mock never calls the open internet by accident."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass

from mockserver.callbacks import urls

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
        """Why the URL may not be called, or None when it may (``security.urls`` reads it)."""
        try:
            target = urls.parse(url)
        except urls.UrlRefused as exc:
            return str(exc)
        return self.target_refusal(target)

    def target_refusal(self, target: urls.CallbackTarget) -> str | None:
        """Why a parsed URL's host may not be called, or None."""
        if target.address is None:
            if self._name_allowed(target.host):
                return None
            return f"host {target.host} is not in the callback allow-list (KLING_CALLBACK_HOSTS)"
        if self._address_allowed(target.address):
            return None
        return f"address {target.host} is not in the callback allow-list (KLING_CALLBACK_HOSTS)"

    def _address_allowed(self, address: urls.IpAddress) -> bool:
        candidates = [address]
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            candidates.append(address.ipv4_mapped)
        return any(a in network for a in candidates for network in self.networks)

    def connect_refusal(self, target: urls.CallbackTarget, address: urls.IpAddress) -> str | None:
        """Why the sender may not connect to ``address`` for ``target``, or None: an address
        in the list always may; a listed name's address may unless it is one no callback
        receiver has (link-local such as cloud metadata, unspecified, multicast, reserved)."""
        if self._address_allowed(address):
            return None
        if target.address is None and self._name_allowed(target.host):
            special = (
                address.is_link_local
                or address.is_unspecified
                or address.is_multicast
                or address.is_reserved
            )
            if not special:
                return None
        return (
            f"{target.host} resolved to {address}, which is not in the callback allow-list "
            "(KLING_CALLBACK_HOSTS)"
        )
