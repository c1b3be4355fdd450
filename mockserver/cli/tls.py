"""The command line's HTTPS parts: ``serve``'s TLS flags and ``kling-mock ca``.

Kept apart from ``mockserver.cli.main`` so that the whole feature is a few calls there.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from mockserver.core.config import ConfigError, Settings, load_config
from mockserver.security.tls import TlsError, ensure_authority, gunicorn_options


def add_serve_arguments(serve: argparse.ArgumentParser) -> None:
    serve.add_argument(
        "--tls",
        action="store_true",
        help="serve HTTPS with a certificate from the mock's own authority (see `kling-mock ca`)",
    )
    serve.add_argument(
        "--tls-host",
        action="append",
        metavar="NAME",
        help="another host name or IP the certificate covers (repeatable; "
        "127.0.0.1, ::1 and localhost always are)",
    )
    serve.add_argument(
        "--tls-cert", metavar="PEM", help="serve your own certificate (implies --tls)"
    )
    serve.add_argument("--tls-key", metavar="PEM", help="the private key of --tls-cert")


def add_ca_command(commands: Any) -> None:
    """``kling-mock ca``: where the authority's certificate is (made on first use)."""
    ca = commands.add_parser(
        "ca",
        help="print the path of the certificate authority's certificate, to trust it",
        description="Print the path of the mock's certificate authority (made on first use), "
        "to add to a trust store (NODE_EXTRA_CA_CERTS, curl --cacert). REQUESTS_CA_BUNDLE and "
        "SSL_CERT_FILE replace the whole trust store: give them the --bundle file instead.",
    )
    ca.add_argument("--db", help="the SQLite file whose state folder holds the authority")
    ca.add_argument("--config", help="YAML, JSON or TOML file of KLING_* keys")
    ca.add_argument(
        "--bundle",
        action="store_true",
        help="print instead the bundle of the system's authorities plus the mock's",
    )


def serve_overrides(args: argparse.Namespace) -> dict[str, Any]:
    """The TLS options given on the command line (None: not given)."""
    return {
        "KLING_TLS": True if args.tls else None,
        "KLING_TLS_HOSTS": args.tls_host,
        "KLING_TLS_CERT": args.tls_cert,
        "KLING_TLS_KEY": args.tls_key,
    }


def server_options(settings: Settings, bind_host: str) -> dict[str, str]:
    """gunicorn's TLS options for ``serve`` (none without TLS); a failure is a ConfigError."""
    try:
        return gunicorn_options(settings.tls, bind_host)
    except TlsError as exc:
        raise ConfigError(str(exc)) from exc


def print_ca(args: argparse.Namespace) -> int:
    """Print the authority's certificate path (or the bundle's); one line and 2 on failure."""
    given = {"KLING_DB": args.db, "KLING_CONFIG": args.config}
    try:
        settings = Settings.from_config(
            load_config({k: v for k, v in given.items() if v is not None})
        )
        authority = ensure_authority(settings.tls.folder)
    except (ConfigError, TlsError, OSError) as exc:
        print(f"kling-mock ca: {exc}", file=sys.stderr)
        return 2
    print((authority.bundle_file if args.bundle else authority.cert_file).resolve())
    return 0
