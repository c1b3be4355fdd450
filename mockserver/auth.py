"""Who is calling: a Bearer gateway key, or an official AccessKey/SecretKey JWT (HS256).

The answer is an account id; tasks, limits and balances belong to it and only it can read its
tasks. A JWT's account is its ``iss`` (the AccessKey), so a client that re-signs its token every
30 minutes keeps its tasks. A gateway key's account is the name KLING_API_KEYS maps it to (so
several keys can share one account), else a hash of the key, so the database holds no secrets.

JWTs are verified against KLING_ACCESS_KEYS (AccessKey -> SecretKey) when pairs are configured
(see ``jwt_auth``). Without pairs, the claims are still checked (exp, nbf, iss); if gateway keys
are restricted, the AccessKey must then be one of them. Both kinds work side by side.
"""

from __future__ import annotations

import hashlib

from .call import Call
from .config import Settings
from .errors import KlingError
from .jwt_auth import JwtVerifier, looks_like_jwt


def key_account(settings: Settings, key: str) -> str:
    """The account a gateway key belongs to."""
    named = settings.key_accounts.get(key)
    return named if named else f"key:{hashlib.sha256(key.encode()).hexdigest()[:16]}"


def _jwt_account(token: str, settings: Settings) -> str:
    verifier = JwtVerifier(settings.jwt_secrets, settings.jwt_leeway_s)
    access_key = verifier.access_key(token)
    if not verifier.strict and settings.api_keys is not None:
        if access_key not in settings.api_keys:
            raise KlingError(1002, "the AccessKey is not known to this server")
    return access_key


def authenticate(settings: Settings, call: Call) -> str:
    """The account id of the call, or a 401 KlingError."""
    header = call.header("Authorization")
    if not header:
        raise KlingError(1001, "Authorization header is missing")
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise KlingError(1002, "Authorization must be 'Bearer <key>'")
    if looks_like_jwt(token):
        return _jwt_account(token, settings)
    if settings.api_keys is not None and token not in settings.api_keys:
        raise KlingError(1002, "the API key is not valid")
    return key_account(settings, token)
