"""Standard-Webhooks style signatures of callback deliveries.

Each signed POST carries ``webhook-id`` (stable across retries), ``webhook-timestamp`` (Unix
seconds) and ``webhook-signature`` = ``v1,`` + base64 of
HMAC-SHA256(secret, "{id}.{timestamp}.{body}").
A secret starting with ``whsec_`` is base64 after the prefix (the Standard Webhooks convention);
any other secret is used as its UTF-8 bytes.
"""

from __future__ import annotations

import base64
import time
from typing import Any

from mockserver.core import hs256


def _secret_bytes(secret: str) -> bytes:
    if secret.startswith("whsec_"):
        return base64.b64decode(secret.removeprefix("whsec_"))
    return secret.encode()


def signature(secret: str, delivery_id: str, timestamp: int, body: bytes) -> str:
    """``v1,<base64 HMAC-SHA256>`` over ``{id}.{timestamp}.{body}``."""
    signed = f"{delivery_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hs256.sign(_secret_bytes(secret), signed)).decode()


def signed_headers(secret: str, delivery_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    """The three webhook-* headers of one POST."""
    return {
        "webhook-id": delivery_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature(secret, delivery_id, timestamp, body),
    }


def verify_signature(
    secret: str, headers: Any, body: bytes, tolerance_s: int = 300, now: float | None = None
) -> bool:
    """The receiver's side: is any v1 signature in the headers valid, and the time fresh?"""
    delivery_id = headers.get("webhook-id") or ""
    stamp = headers.get("webhook-timestamp") or ""
    if not stamp.isdigit():
        return False
    if abs((time.time() if now is None else now) - int(stamp)) > tolerance_s:
        return False
    expected = signature(secret, delivery_id, int(stamp), body)
    offered = (headers.get("webhook-signature") or "").split()
    return any(hs256.matches(expected, candidate) for candidate in offered)
