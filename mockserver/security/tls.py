"""HTTPS for the mock: a local certificate authority, the server certificates it issues, and the
trust a client or the callback sender needs to talk to it.

Why a local authority and not a self-signed server certificate: a client trusts one file (the
authority's certificate) once, and every certificate the mock issues afterwards (other host
names, a new run) is trusted with it. The authority is made by ``trustme`` (a well-kept library
for exactly this: test CAs and the certificates they sign), once per state folder, and reloaded
with ``trustme.CA.from_pem`` ever after. Each machine makes its own: no private key ships with the
project (MockServer's root key is public in its repository; we never do that). Private keys are
written 0600, the folder is 0700 and carries a ``.gitignore`` of ``*`` so that it is never
committed, wherever the state folder lives.

The folder holds ``ca.pem`` (what clients trust), ``ca-key.pem``, ``bundle.pem`` (the system's
authorities plus ours: for REQUESTS_CA_BUNDLE / SSL_CERT_FILE and for callbacks to https
receivers) and one ``server-<hash>.pem`` + key per set of host names served.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import ssl
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import certifi
import trustme

from mockserver.served import Served, served

CA_CERT = "ca.pem"
CA_KEY = "ca-key.pem"
BUNDLE = "bundle.pem"
DEFAULT_HOSTS = ("127.0.0.1", "::1", "localhost")
WILDCARD_BINDS = ("", "0.0.0.0", "::", "[::]")
ORGANIZATION = "kling-mock local authority"


class TlsError(ValueError):
    """The TLS setup cannot be used (a missing or unreadable file, a bad host name)."""


# ----------------------------------------------------------------------------- settings
@dataclass(frozen=True)
class TlsSettings:
    """Whether to serve HTTPS, and with which certificate.

    ``cert``/``key`` are the user's own certificate; without them the mock issues one for
    ``hosts`` (plus 127.0.0.1, ::1 and localhost) from the authority in ``folder``.
    """

    folder: Path
    enabled: bool = False
    hosts: tuple[str, ...] = ()
    cert: Path | None = None
    key: Path | None = None

    @classmethod
    def from_config(
        cls, *, enabled: bool, hosts: Any, cert: Any, key: Any, folder: str | Path
    ) -> TlsSettings:
        """From KLING_TLS, KLING_TLS_HOSTS, KLING_TLS_CERT, KLING_TLS_KEY and KLING_TLS_DIR.

        A certificate of one's own implies TLS: nobody hands one over to be served plain HTTP.
        """
        cert_file = _existing_file("KLING_TLS_CERT", cert)
        key_file = _existing_file("KLING_TLS_KEY", key)
        if (cert_file is None) != (key_file is None):
            raise TlsError("KLING_TLS_CERT and KLING_TLS_KEY (--tls-cert/--tls-key) go together")
        return cls(
            enabled=enabled or cert_file is not None,
            folder=Path(folder),
            hosts=host_list(hosts),
            cert=cert_file,
            key=key_file,
        )

    @property
    def scheme(self) -> str:
        return "https" if self.enabled else "http"

    @property
    def ca_file(self) -> Path:
        return self.folder / CA_CERT


def _existing_file(key: str, value: Any) -> Path | None:
    if value is None or value == "":
        return None
    path = Path(str(value)).expanduser()
    if not path.is_file():
        raise TlsError(f"{key}: no such file: {path}")
    return path


def host_list(value: Any) -> tuple[str, ...]:
    """Host names from a comma-separated string or a list of them, without blanks and repeats."""
    if value is None:
        return ()
    parts = [value] if isinstance(value, str) else [str(v) for v in value]
    names = (name.strip() for part in parts for name in part.split(","))
    return tuple(dict.fromkeys(name for name in names if name))


# ----------------------------------------------------------------------------- the authority
@dataclass(frozen=True)
class Authority:
    """The mock's certificate authority, loaded from (or just written to) its folder."""

    folder: Path
    ca: trustme.CA = field(repr=False)

    @property
    def cert_file(self) -> Path:
        return self.folder / CA_CERT

    @property
    def bundle_file(self) -> Path:
        return self.folder / BUNDLE


def _write(path: Path, data: bytes, mode: int) -> None:
    """Replace ``path`` atomically with a file created with ``mode`` (never wider, even briefly)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        os.fchmod(descriptor, mode)  # O_CREAT's mode passes through the umask; this does not
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    os.replace(temporary, path)


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """One process at a time makes the authority (two workers or test runs may start at once)."""
    with (folder / ".lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _prepare_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# keys of the mock's local certificate authority: never commit\n*\n")


def system_authorities() -> bytes:
    """The machine's trusted authorities (OpenSSL's default file; certifi's when there is none)."""
    paths = ssl.get_default_verify_paths()
    for candidate in (paths.cafile, paths.openssl_cafile, certifi.where()):
        if candidate and Path(candidate).is_file():
            return Path(candidate).read_bytes()
    return b""


def ensure_authority(folder: Path) -> Authority:
    """The authority in ``folder``, made on first use and reused after; its bundle refreshed."""
    try:
        _prepare_folder(folder)
        with _locked(folder):
            cert_file, key_file = folder / CA_CERT, folder / CA_KEY
            if cert_file.is_file() and key_file.is_file():
                ca = trustme.CA.from_pem(cert_file.read_bytes(), key_file.read_bytes())
            else:
                ca = trustme.CA(organization_name=ORGANIZATION)
                _write(key_file, ca.private_key_pem.bytes(), 0o600)
                _write(cert_file, ca.cert_pem.bytes(), 0o644)
            bundle = system_authorities().rstrip(b"\n") + b"\n" + ca.cert_pem.bytes()
            bundle_file = folder / BUNDLE
            if not bundle_file.is_file() or bundle_file.read_bytes() != bundle:
                _write(bundle_file, bundle, 0o644)
    except OSError as exc:
        raise TlsError(f"cannot prepare the certificate authority in {folder}: {exc}") from exc
    except ValueError as exc:  # unreadable PEM
        raise TlsError(f"the certificate authority in {folder} cannot be read: {exc}") from exc
    return Authority(folder, ca)


def server_hosts(extra: Iterable[str], bind_host: str | None = None) -> tuple[str, ...]:
    """The names a server certificate covers: loopback, the bind address if specific, extras."""
    bind = [] if bind_host is None or bind_host in WILDCARD_BINDS else [bind_host.strip("[]")]
    return tuple(dict.fromkeys([*DEFAULT_HOSTS, *bind, *extra]))


def issue_server_certificate(authority: Authority, hosts: Iterable[str]) -> tuple[Path, Path]:
    """A fresh certificate and key for ``hosts``, in files named after that set of hosts.

    Named per set so that two mocks sharing a folder with different names never swap files.
    """
    names = tuple(hosts)
    try:
        leaf = authority.ca.issue_cert(*names, organization_name=ORGANIZATION)
    except ValueError as exc:
        raise TlsError(f"cannot issue a certificate for {', '.join(names)}: {exc}") from exc
    tag = hashlib.sha256("\n".join(names).encode()).hexdigest()[:12]
    cert_file = authority.folder / f"server-{tag}.pem"
    key_file = authority.folder / f"server-{tag}-key.pem"
    chain = b"".join(blob.bytes() for blob in leaf.cert_chain_pems)
    try:
        _write(key_file, leaf.private_key_pem.bytes(), 0o600)
        _write(cert_file, chain, 0o644)
    except OSError as exc:
        raise TlsError(f"cannot write the server certificate in {authority.folder}: {exc}") from exc
    return cert_file, key_file


def _check_pair(cert: Path, key: Path) -> None:
    """Fail now, with one clear line, rather than in every worker when it first accepts."""
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(cert, key)
    except (OSError, ssl.SSLError) as exc:
        raise TlsError(f"cannot use the certificate {cert} with the key {key}: {exc}") from exc


def server_files(settings: TlsSettings, bind_host: str | None = None) -> tuple[Path, Path]:
    """The certificate and key to serve: the user's own, or one issued by the authority."""
    if settings.cert is not None and settings.key is not None:
        cert, key = settings.cert, settings.key
    else:
        authority = ensure_authority(settings.folder)
        cert, key = issue_server_certificate(authority, server_hosts(settings.hosts, bind_host))
    _check_pair(cert, key)
    return cert, key


def gunicorn_options(settings: TlsSettings, bind_host: str | None = None) -> dict[str, str]:
    """What gunicorn needs to serve HTTPS (nothing when TLS is off).

    gunicorn then reports ``https`` as the request's scheme, so every URL the mock builds from
    the request (assets, callbacks' payloads) says https too.
    """
    if not settings.enabled:
        return {}
    cert, key = server_files(settings, bind_host)
    return {"certfile": str(cert), "keyfile": str(key)}


# ----------------------------------------------------------------------------- trust
def callback_verify(ca_file: Path) -> bool | str:
    """requests' ``verify=`` for callbacks: the system's authorities plus the mock's, when the mock
    has one (so a receiver with a certificate from either is trusted); else the default store."""
    bundle = ca_file.with_name(BUNDLE)
    return str(bundle) if ca_file.is_file() and bundle.is_file() else True


# ----------------------------------------------------------------------------- tests over sockets
@dataclass(frozen=True)
class HttpsMock:
    """A served mock over https: its base URL and the authority file a client must trust."""

    base_url: str
    ca_file: Path
    server: Served


@contextmanager
def https_server(
    folder: Path,
    *,
    tls_folder: Path | None = None,
    workers: int = 1,
    env: Mapping[str, str] | None = None,
    extra_args: tuple[str, ...] = (),
) -> Iterator[HttpsMock]:
    """``kling-mock serve --tls`` on 127.0.0.1 and a free port, state in ``folder``, until the
    block ends. ``tls_folder`` shares one authority between servers (e.g. a test session's)."""
    authority = ensure_authority(tls_folder or folder / "tls")
    environment = {**(env or {}), "KLING_TLS_DIR": str(authority.folder)}
    with served(
        folder / "state.sqlite3",
        workers=workers,
        env=environment,
        extra_args=("--tls", *extra_args),
        ca_file=authority.cert_file,
    ) as server:
        yield HttpsMock(server.base_url, authority.cert_file, server)
