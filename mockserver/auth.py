"""Who is calling: a Bearer gateway key, or an official AccessKey/SecretKey JWT (HS256).

The answer is an owner id; tasks are stored under it and only that owner can read them. A JWT's
owner is its ``iss`` (the AccessKey), so a client that re-signs its token every 30 minutes keeps
seeing its tasks. Keys are hashed before they are stored, so the database holds no secrets.
"""

from __future__ import annotations

import hashlib

import jwt
from flask import request
from jwt.types import Options

from .config import Settings
from .errors import KlingError

_UNSIGNED: Options = {"verify_signature": False, "verify_exp": True, "verify_nbf": True}


def _owner(kind: str, secret: str) -> str:
    return f"{kind}:{hashlib.sha256(secret.encode()).hexdigest()[:16]}"


def _jwt_owner(token: str, settings: Settings) -> str:
    """Check exp/nbf (1004/1003), the signature when secrets are configured (1002)."""
    try:
        claims = jwt.decode(token, options=_UNSIGNED, algorithms=["HS256"])
    except jwt.ExpiredSignatureError as exc:
        raise KlingError(1004, "the token has expired (exp)") from exc
    except jwt.ImmatureSignatureError as exc:
        raise KlingError(1003, "the token is not valid yet (nbf)") from exc
    except jwt.InvalidTokenError as exc:
        raise KlingError(1002, f"the token is invalid: {exc}") from exc
    access_key = str(claims.get("iss") or "")
    if not access_key:
        raise KlingError(1002, "the token has no iss (AccessKey) claim")
    if settings.api_keys is not None and access_key not in settings.api_keys:
        raise KlingError(1002, "the AccessKey is not known to this server")
    secret = settings.jwt_secrets.get(access_key)
    if settings.jwt_secrets and secret is None:
        raise KlingError(1002, "the AccessKey is not known to this server")
    if secret is not None:
        try:
            jwt.decode(token, secret, algorithms=["HS256"])
        except jwt.InvalidTokenError as exc:
            raise KlingError(1002, "the token signature does not match the SecretKey") from exc
    return _owner("ak", access_key)


def authenticate(settings: Settings) -> str:
    """The owner id of the current request, or a 401 KlingError."""
    header = request.headers.get("Authorization", "").strip()
    if not header:
        raise KlingError(1001, "Authorization header is missing")
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise KlingError(1002, "Authorization must be 'Bearer <key>'")
    if token.count(".") == 2:
        return _jwt_owner(token, settings)
    if settings.api_keys is not None and token not in settings.api_keys:
        raise KlingError(1002, "the API key is not valid")
    return _owner("key", token)
