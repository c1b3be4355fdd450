"""The admin API and the dashboard have an owner: who may reach ``/__mock/*``, from where.

Checked before every request under ``/__mock/`` (result media under ``/__mock/assets`` stay public,
as Kling's CDN links are):

1. ``Host`` must be a name the mock serves (``KLING_ALLOWED_HOSTS``: loopback names, ``--host``,
   ``--tls-host``, ``--allowed-host``), else 421: a page on a rebinding domain reaches nothing.
   In-process apps (tests, the pytest plugin) have no list and accept any Host.
2. With ``KLING_ADMIN_TOKEN`` set, the caller shows it: ``Authorization: Bearer <token>`` (the
   API), or the cookie ``/__mock/login`` (or ``/__mock/ui?token=...``) sets (the dashboard).
3. A write (anything but GET/HEAD/OPTIONS) is refused when a browser sends it from another site
   (a foreign ``Origin``, ``Sec-Fetch-Site: cross-site``), when its body is a form or text (what
   a page can post without asking), and when a browser sends it without the dashboard's CSRF
   token (header ``X-Mock-CSRF``). ``curl -X POST .../__mock/reset`` (no Origin, no cookie, no
   body) still works.

The CSRF token is an HMAC of a secret only the mock knows: the admin token, else a random value
kept in the database (so every worker embeds the same one, and a reset keeps it).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit

from flask import Flask, Response, redirect, request

from mockserver.http.refusals import failure
from mockserver.storage.database import Database

PREFIX = "/__mock"
PUBLIC_PREFIXES = ("/__mock/assets/",)
LOGIN_PATH = "/__mock/login"
COOKIE = "kling_mock_admin"
CSRF_HEADER = "X-Mock-CSRF"
EXTENSION = "kling_mock_admin_guard"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
#: Bodies a web page can send cross-site without a preflight (the "simple" content types).
SIMPLE_BODIES = ("application/x-www-form-urlencoded", "multipart/form-data", "text/")
SECRET_SCHEMA = "CREATE TABLE IF NOT EXISTS admin_secret (id INTEGER PRIMARY KEY, value TEXT);"


def host_name(host: str) -> str:
    """``Host`` without its port, lower case (``[::1]:4010`` -> ``[::1]``)."""
    host = host.strip().lower()
    if host.startswith("["):
        return host.partition("]")[0] + "]"
    return host.rpartition(":")[0] if host.count(":") == 1 else host


@dataclass(frozen=True)
class AdminGuard:
    token: str | None
    allowed_hosts: frozenset[str] | None
    csrf_token: str

    def host_refusal(self, host: str) -> str | None:
        if self.allowed_hosts is None or host_name(host).rstrip(".") in self.allowed_hosts:
            return None
        return (
            f"Host {host_name(host)!r} is not served here; add it with --allowed-host "
            "(KLING_ALLOWED_HOSTS)"
        )

    def authorized(self, authorization: str, cookie: str | None) -> bool:
        if self.token is None:
            return True
        scheme, _, offered = authorization.partition(" ")
        if scheme.lower() == "bearer" and _same(offered.strip(), self.token):
            return True
        return cookie is not None and _same(cookie, self.token)

    def write_refusal(self) -> tuple[int, str] | None:
        """Why this admin write may not run (status, message), or None."""
        origin = request.headers.get("Origin")
        if origin is not None and not _same_origin(origin, request.host):
            return 403, f"admin writes are refused from another origin ({origin[:100]})"
        if request.headers.get("Sec-Fetch-Site", "").lower() == "cross-site":
            return 403, "admin writes are refused from another site (Sec-Fetch-Site: cross-site)"
        kind = (request.mimetype or "").lower()
        if kind.startswith(SIMPLE_BODIES):
            return 415, "admin commands take a JSON body (Content-Type: application/json) or none"
        browser = origin is not None or "Sec-Fetch-Site" in request.headers
        if (browser or COOKIE in request.cookies) and not _same(
            request.headers.get(CSRF_HEADER, ""), self.csrf_token
        ):
            return 403, f"a browser's admin write must carry the dashboard's {CSRF_HEADER} token"
        return None


def _same(offered: str, expected: str) -> bool:
    return hmac.compare_digest(offered.encode(), expected.encode())


def _same_origin(origin: str, host: str) -> bool:
    try:
        parts = urlsplit(origin)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and parts.netloc.lower() == host.lower()


def _secret(db: Database, token: str | None) -> str:
    """The secret the CSRF token is made from: the admin token, else one kept in the database."""
    if token:
        return token
    db.install(SECRET_SCHEMA, ())  # not a reset table: the dashboard's open pages keep working
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO admin_secret (id, value) VALUES (1, ?) ON CONFLICT DO NOTHING",
            (secrets.token_hex(32),),
        )
        row = conn.execute("SELECT value FROM admin_secret WHERE id = 1").fetchone()
    return str(row[0])


def current() -> AdminGuard:
    from flask import current_app

    guard: AdminGuard = current_app.extensions[EXTENSION]
    return guard


def check() -> Response | None:
    """None lets the request through, else the refusal (the edge asks before anything else)."""
    path = request.path
    if not (path == PREFIX or path.startswith(PREFIX + "/")) or path.startswith(PUBLIC_PREFIXES):
        return None
    guard = current()
    refused = guard.host_refusal(request.host)
    if refused:
        return failure(421, 1200, refused)
    if path == LOGIN_PATH:
        return None
    offered = request.args.get("token")
    if offered and guard.token and request.method == "GET" and _same(offered, guard.token):
        return logged_in(request.path)  # Jupyter's habit: the startup line's link logs in
    if not guard.authorized(request.headers.get("Authorization", ""), request.cookies.get(COOKIE)):
        if request.method == "GET" and path.startswith(PREFIX + "/ui"):
            return redirect(f"{LOGIN_PATH}?next={path}", code=303)  # type: ignore[return-value]
        return failure(401, 1001, "the admin API needs the admin token (Authorization: Bearer)")
    if request.method not in SAFE_METHODS:
        refusal = guard.write_refusal()
        if refusal:
            return failure(refusal[0], 1200, refusal[1])
    return None


def logged_in(target: str) -> Response:
    """Back to ``target`` with the token in an HttpOnly, SameSite=Strict cookie."""
    answer: Response = redirect(target if target.startswith(PREFIX) else f"{PREFIX}/ui", code=303)  # type: ignore[assignment]
    answer.set_cookie(COOKIE, current().token or "", httponly=True, samesite="Strict", path=PREFIX)
    return answer


def csrf_of(secret: str) -> str:
    return hmac.new(secret.encode(), b"kling-mock dashboard csrf", hashlib.sha256).hexdigest()


def install(app: Flask, db: Database, token: str | None, hosts: frozenset[str] | None) -> None:
    """Guard every ``/__mock/*`` route of ``app`` (``check`` runs first in ``http.edge``)."""
    app.extensions[EXTENSION] = AdminGuard(token or None, hosts, csrf_of(_secret(db, token)))
    app.context_processor(lambda: {"admin_csrf": current().csrf_token})
    from mockserver.http.login import bp

    app.register_blueprint(bp)
