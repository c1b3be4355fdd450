"""HMAC-SHA256, the one signer of the mock: JWT signatures (HS256) and callback signatures.

Hand-rolled on ``hmac`` rather than PyJWT's because PyJWT warns on the short secrets people
configure for a mock; both users only differ in how they encode the digest.
"""

from __future__ import annotations

import hashlib
import hmac


def sign(key: bytes, message: bytes) -> bytes:
    """The HMAC-SHA256 digest of ``message`` under ``key``."""
    return hmac.new(key, message, hashlib.sha256).digest()


def matches(expected: str, offered: str) -> bool:
    """Constant-time comparison of two encoded signatures."""
    return hmac.compare_digest(expected.encode(), offered.encode())
