"""Who is calling: a Bearer gateway key, or an official AccessKey/SecretKey JWT (HS256).

The answer is an account id; tasks, limits and balances belong to it and only it can read its
tasks. A JWT's account follows its ``iss`` (the AccessKey), so a client that re-signs its token
every 30 minutes keeps its tasks. A gateway key's account is the name KLING_API_KEYS maps it to
(so several keys can share one account), else a digest of the key. How the ids are made so that
none works as another account's credential: ``mockserver.core.accounts``.

JWTs are verified against KLING_ACCESS_KEYS (AccessKey -> SecretKey) when pairs are configured
(see ``jwt_auth``). Without pairs, the claims are still checked (exp, nbf, iss); if gateway keys
are restricted, the AccessKey must then be one of them. Both kinds work side by side.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mockserver.core import accounts
from mockserver.core.call import Call
from mockserver.core.config import Settings
from mockserver.core.errors import KlingError
from mockserver.core.spec_index import Operation, SpecIndex
from mockserver.security.jwt_auth import JwtVerifier, looks_like_jwt


def key_account(settings: Settings, key: str) -> str:
    """The account a gateway key belongs to."""
    return accounts.of_key(settings.key_accounts, key)


def _jwt_account(token: str, settings: Settings) -> str:
    verifier = JwtVerifier(settings.jwt_secrets, settings.jwt_leeway_s)
    access_key = verifier.access_key(token)
    if not verifier.strict and settings.api_keys is not None:
        if access_key not in settings.api_keys:
            raise KlingError(1002, "the AccessKey is not known to this server")
    return accounts.of_jwt(access_key, verified=verifier.strict)


def _text(auth: Mapping[str, Any], key: str, code: int, message: str) -> KlingError:
    """The design's text for an auth refusal (``design.auth.<key>``), else the default."""
    given = auth.get(key) or {}
    return KlingError(int(given.get("code", code)), str(given.get("message", message)))


def _refuses_jwt(op: Operation | None, auth: Mapping[str, Any]) -> bool:
    """An operation whose ``security`` lists only schemes its design refuses JWTs on."""
    if op is None:
        return False
    refused = set(auth.get("refuse_schemes") or ())
    schemes = {name for entry in op.raw.get("security") or () for name in entry}
    return bool(refused) and bool(schemes) and not (schemes & refused)


def authenticate(
    settings: Settings, call: Call, op: Operation | None = None, index: SpecIndex | None = None
) -> str:
    """The account id of the call, or a 401 KlingError (in the words of the operation's design)."""
    auth: Mapping[str, Any] = index.design(op.design).auth if index and op else {}
    header = call.header("Authorization")
    if not header:
        raise KlingError(1001, "Authorization header is missing")
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise KlingError(1002, "Authorization must be 'Bearer <key>'")
    if looks_like_jwt(token):
        if _refuses_jwt(op, auth):
            raise _text(auth, "refusal", 1002, "this route takes API keys only")
        return _jwt_account(token, settings)
    if settings.api_keys is not None and token not in settings.api_keys:
        raise _text(auth, "unknown_key", 1002, "the API key is not valid")
    return key_account(settings, token)
