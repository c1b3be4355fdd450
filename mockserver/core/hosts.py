"""The Host names the admin API and the dashboard answer on (``mockserver.http.admin_guard``)."""

from __future__ import annotations

from collections.abc import Iterable

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1", "[::1]")


def served_hosts(*names: Iterable[str] | str | None) -> frozenset[str]:
    """The Host names the mock answers its admin API on: loopback and every name given."""
    found: set[str] = set(LOOPBACK_NAMES)
    for group in names:
        if group is None:
            continue
        for name in [group] if isinstance(group, str) else group:
            cleaned = name.strip().lower().rstrip(".")
            if cleaned and cleaned not in ("0.0.0.0", "::", "[::]"):
                found.add(cleaned)
                if ":" in cleaned and not cleaned.startswith("["):
                    found.add(f"[{cleaned}]")
    return frozenset(found)
