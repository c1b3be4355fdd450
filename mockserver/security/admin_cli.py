"""The command line's side of the admin API's owner: ``--admin-token``, ``--allowed-host``,
``--insecure-admin``, the refusal to expose an unprotected admin API, and the startup line's link.
"""

from __future__ import annotations

import argparse
import ipaddress
import socket
from typing import Any
from urllib.parse import quote

from mockserver.core.config import ConfigError, Settings
from mockserver.core.hosts import served_hosts


class ExposedAdmin(ConfigError):
    """Binding beyond loopback without an admin token (exit 2, one line)."""


def add_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--admin-token",
        metavar="TOKEN",
        help="protect /__mock/* and the dashboard with TOKEN (KLING_ADMIN_TOKEN)",
    )
    command.add_argument(
        "--allowed-host",
        action="append",
        metavar="NAME",
        help="a Host name the admin API and dashboard answer on, besides loopback, --host and "
        "--tls-host (repeatable; KLING_ALLOWED_HOSTS)",
    )
    command.add_argument(
        "--insecure-admin",
        action="store_true",
        help="serve the admin API without a token on a non-loopback address (anyone who reaches "
        "the port can reset, read every account and inject faults)",
    )


def is_loopback(host: str) -> bool:
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def overrides(args: argparse.Namespace) -> dict[str, Any]:
    """KLING_ADMIN_TOKEN when given on the command line (None: from the other layers)."""
    return {"KLING_ADMIN_TOKEN": args.admin_token} if args.admin_token else {}


def allowed_hosts(args: argparse.Namespace, settings: Settings) -> list[str]:
    """What KLING_ALLOWED_HOSTS the served app gets: loopback, --host (the machine's name when
    binding every address), --tls-host, --allowed-host and the configured list."""
    bind: list[str] = [args.host]
    if args.host in ("0.0.0.0", "::", "[::]", ""):
        bind += [socket.gethostname(), socket.getfqdn()]
    configured = settings.allowed_hosts or ()
    return sorted(served_hosts(bind, settings.tls.hosts, args.allowed_host or (), configured))


def check_exposure(args: argparse.Namespace, settings: Settings, command: str) -> None:
    """Refuse to put an admin API without a token on a non-loopback address."""
    if settings.admin_token or args.insecure_admin or is_loopback(args.host):
        return
    raise ExposedAdmin(
        f"--host {args.host} would expose the admin API to the network without a token; set "
        f"--admin-token TOKEN or KLING_ADMIN_TOKEN (or pass --insecure-admin to {command} "
        "anyway)"
    )


def login_hint(settings: Settings, base_url: str) -> str:
    """The startup line's tail: the dashboard link that logs in (as Jupyter prints it)."""
    if not settings.admin_token:
        return ""
    return f"; dashboard {base_url}/__mock/ui?token={quote(settings.admin_token, safe='')}"
