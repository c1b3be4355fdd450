"""Which key an account digest stands for, as far as a page may say.

An account of a gateway key is ``key:`` + a digest of the key, and an account of a JWT the mock
cannot verify is ``ak:`` + a digest of its AccessKey (``core.accounts``): nobody recognises
their own key in that. The dashboard shows next to it the last four characters of the key (or of
the AccessKey) as it was typed, like a bank card's: enough for the person who typed it, of no use
to anyone else. Only a credential of at least ``MIN_LENGTH`` characters gets a hint (twelve or
more stay hidden); a shorter one is shown as a short key, since four characters of it would give
away too much. Nothing else of a credential is kept.

The hint is learnt from the first request an account makes (read from the finished exchange by
the dashboard's observer, off the request path) and kept in the shared settings, so every worker
shows it; a reset forgets it with the account's tasks.
"""

from __future__ import annotations

from typing import Any

import jwt

from mockserver.core import accounts
from mockserver.core.state import MockState
from mockserver.pipeline.exchange import Exchange
from mockserver.security.jwt_auth import looks_like_jwt

SETTING = "account-hint:"  # + account -> the hint ("" for a short credential)
MIN_LENGTH = 16
SHOWN = 4
SHORT = ""


def hint_of(credential: str) -> str:
    """The last ``SHOWN`` characters of a long enough credential, else ``SHORT``."""
    return "…" + credential[-SHOWN:] if len(credential) >= MIN_LENGTH else SHORT


def _credential(state: MockState, authorization: str, account: str) -> tuple[str, str] | None:
    """What the account was made from (its kind and the typed text), when ``authorization``
    is what names ``account`` and the account is a digest."""
    token = authorization.partition(" ")[2].strip()
    if not token:
        return None
    if not looks_like_jwt(token):
        named = accounts.of_key(state.settings.key_accounts, token)
        return ("key", token) if named == account else None
    try:
        issuer: Any = jwt.decode(token, options={"verify_signature": False}).get("iss")
    except jwt.InvalidTokenError:
        return None
    if isinstance(issuer, str) and accounts.of_jwt(issuer, verified=False) == account:
        return "AccessKey", issuer
    return None


def remember(state: MockState, ex: Exchange) -> None:
    """Keep the hint of the account this exchange was made by, the first time it is seen."""
    account = ex.call.owner
    if not account.startswith(accounts.RESERVED_PREFIXES):
        return  # a configured name or a verified AccessKey: shown as it is
    if state.store.settings.get(SETTING + account) is not None:
        return
    authorization = next((v for k, v in ex.request_headers if k.lower() == "authorization"), "")
    found = _credential(state, authorization, account)
    if found is not None:
        kind, credential = found
        state.store.settings.put(SETTING + account, f"{kind} {hint_of(credential)}".rstrip())


def hint(state: MockState, account: str) -> str:
    """What the page shows beside ``account``: ``key …a1b2``, ``short key``, ``AccessKey …c3d4``
    ("" when nothing is known of it)."""
    kept = state.store.settings.get(SETTING + account)
    if not isinstance(kept, str):
        return ""
    return kept if "…" in kept else f"short {kept}"
