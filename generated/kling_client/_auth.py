"""Credentials: a gateway API key, or an official AccessKey/SecretKey pair signed into a JWT.

The official API wants ``Authorization: Bearer <jwt>`` where the JWT is HS256-signed with the
SecretKey and carries ``iss`` (the AccessKey), ``exp`` and ``nbf``. HS256 is a few lines of the
standard library, so the client needs no JWT package. Tokens are reused until shortly before
they expire, then signed again.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol


class Auth(Protocol):
    def authorization(self) -> str:
        """The value of the ``Authorization`` header for the next request."""
        ...


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def encode_hs256(claims: Mapping[str, Any], secret: str) -> str:
    """A compact JWS (RFC 7515) with header ``{"alg": "HS256", "typ": "JWT"}``."""
    header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = _b64url(json.dumps(dict(claims), separators=(",", ":")).encode())
    signing_input = f"{header}.{payload}".encode("ascii")
    signature = hmac.new(secret.encode("utf-8"), signing_input, hashlib.sha256).digest()
    return f"{header}.{payload}.{_b64url(signature)}"


class ApiKeyAuth:
    """A gateway key (e.g. CometAPI), sent as is."""

    def __init__(self, api_key: str) -> None:
        self.api_key = api_key

    def authorization(self) -> str:
        return f"Bearer {self.api_key}"


class JwtAuth:
    """Official AccessKey/SecretKey auth: a JWT valid for ``ttl`` s, renewed ``leeway`` s early."""

    def __init__(
        self,
        access_key: str,
        secret_key: str,
        *,
        ttl: int = 1800,
        leeway: int = 60,
        not_before_skew: int = 5,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.access_key = access_key
        self._secret_key = secret_key
        self.ttl = ttl
        self.leeway = min(leeway, ttl // 2)
        self.not_before_skew = not_before_skew
        self._clock = clock
        self._token = ""
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def token(self) -> str:
        """The current token, signing a new one when it is missing or about to expire."""
        with self._lock:
            now = self._clock()
            if not self._token or now >= self._expires_at - self.leeway:
                issued = int(now)
                claims = {
                    "iss": self.access_key,
                    "exp": issued + self.ttl,
                    "nbf": issued - self.not_before_skew,
                }
                self._token = encode_hs256(claims, self._secret_key)
                self._expires_at = float(issued + self.ttl)
            return self._token

    def authorization(self) -> str:
        return f"Bearer {self.token()}"

    def __repr__(self) -> str:
        return f"JwtAuth(access_key={self.access_key!r}, secret_key=<hidden>)"
