"""Official Kling authentication: HS256 JWTs signed with an AccessKey/SecretKey pair.

A client builds a token whose ``iss`` is its AccessKey, with ``exp`` (and usually ``nbf``), signs
it with its SecretKey and sends it as a Bearer token. The checks run in the order a server that
cannot trust unsigned claims must use: shape and algorithm, then the signature (1002 for
anything malformed, unknown or badly signed), and only then the times: ``nbf`` in the future is
1003, ``exp`` in the past is 1004, each with a small allowance for clock skew. Times are compared
with the real wall clock, not the mock clock: clients sign with their own clock, and advancing
the mock clock to finish tasks must not expire every token.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import jwt

from mockserver.core import hs256
from mockserver.core.errors import KlingError

ALGORITHM = "HS256"
DEFAULT_LEEWAY_S = 5.0


def looks_like_jwt(token: str) -> bool:
    """Three dot-separated parts: how a JWT differs from a gateway key."""
    return token.count(".") == 2


@dataclass(frozen=True)
class JwtVerifier:
    """Checks tokens against the configured AccessKey -> SecretKey pairs.

    With no pairs configured (an open mock), signatures are not checked but the claims still are,
    so a client's token handling (exp, nbf, iss) is exercised even without keys.
    """

    keys: Mapping[str, str]
    leeway_s: float = DEFAULT_LEEWAY_S

    @property
    def strict(self) -> bool:
        return bool(self.keys)

    def access_key(self, token: str, now: float | None = None) -> str:
        """The token's AccessKey once every check passed; otherwise a 401 KlingError."""
        claims = self._verified_claims(token)
        issuer = claims.get("iss")
        if not isinstance(issuer, str) or not issuer:
            raise KlingError(1002, "the token has no iss claim (the AccessKey)")
        self._check_times(claims, time.time() if now is None else now)
        return issuer

    def _verified_claims(self, token: str) -> dict[str, Any]:
        try:
            header = jwt.get_unverified_header(token)
            claims = jwt.decode(token, options={"verify_signature": False})
        except jwt.InvalidTokenError as exc:
            raise KlingError(1002, f"the token is malformed: {exc}") from exc
        if header.get("alg") != ALGORITHM:
            raise KlingError(1002, f"the token must be signed with {ALGORITHM}")
        if not self.strict:
            return claims
        issuer = claims.get("iss")
        secret = self.keys.get(issuer) if isinstance(issuer, str) else None
        if secret is None:
            raise KlingError(1002, "the token's AccessKey (iss) is not known to this server")
        signed, _, offered = token.rpartition(".")
        if not hs256.matches(_b64(hs256.sign(secret.encode(), signed.encode())), offered):
            raise KlingError(1002, "the token signature does not match the SecretKey")
        return claims

    def _check_times(self, claims: Mapping[str, Any], now: float) -> None:
        exp, nbf = claims.get("exp"), claims.get("nbf")
        if exp is None:
            raise KlingError(1002, "the token has no exp claim")
        for name, value in (("exp", exp), ("nbf", nbf)):
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int | float)
            ):
                raise KlingError(1002, f"the token's {name} claim must be a number (Unix seconds)")
        if nbf is not None and nbf > now + self.leeway_s:
            raise KlingError(1003, "the token is not valid yet (nbf is in the future)")
        if exp <= now - self.leeway_s:
            raise KlingError(1004, "the token has expired (exp is in the past)")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def make_token(
    access_key: str,
    secret_key: str,
    *,
    now: float | None = None,
    lifetime_s: float = 1800,
    not_before_s: float = 5,
) -> str:
    """A token as the official samples build it (for tests, the benchmark and examples)."""
    issued = time.time() if now is None else now
    payload = {
        "iss": access_key,
        "exp": int(issued + lifetime_s),
        "nbf": int(issued - not_before_s),
    }
    parts = [{"alg": ALGORITHM, "typ": "JWT"}, payload]
    signed = ".".join(_b64(json.dumps(p, separators=(",", ":")).encode()) for p in parts)
    return f"{signed}.{_b64(hs256.sign(secret_key.encode(), signed.encode()))}"
