"""What a log line or a recording may keep of an interaction: no credential, no media bytes.

Credentials are dropped by name (``Authorization``, API keys, tokens, secrets, signatures), and any
string that looks like a JWT is replaced wherever it sits. Media sent inline (Base64 images,
audio, video) and binary answers are kept by reference: their SHA-256 and size, so two recordings
of the same upload compare equal and a diff stays readable.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Any

from mockserver.security.redaction import REDACTED, scrub_text, secret_name

__all__ = ["REDACTED", "headers", "media_reference", "scrub", "scrub_text", "secret_name"]

#: A string this long made only of Base64 characters is media, not text.
MEDIA_MIN_CHARS = 512
_BASE64 = re.compile(r"(?:data:[\w/+.-]+;base64,)?[A-Za-z0-9+/=\s]+")
#: Headers an interaction keeps (everything else is transport detail or a credential).
KEPT_HEADERS = ("content-type", "retry-after", "x-kling-request-id")


def media_reference(data: bytes | str) -> dict[str, Any]:
    """A stand-in for media: its SHA-256 and size (the same upload gives the same reference)."""
    raw = data.encode() if isinstance(data, str) else data
    return {"$media": {"sha256": hashlib.sha256(raw).hexdigest(), "bytes": len(raw)}}


def scrub(value: Any) -> Any:
    """A JSON value with credentials removed and inline media replaced by a reference."""
    if isinstance(value, Mapping):
        return {
            key: REDACTED if secret_name(str(key)) else scrub(item) for key, item in value.items()
        }
    if isinstance(value, list):
        return [scrub(item) for item in value]
    if isinstance(value, str):
        if len(value) >= MEDIA_MIN_CHARS and _BASE64.fullmatch(value):
            return media_reference(value)
        return scrub_text(value)
    return value


def headers(given: Mapping[str, str]) -> dict[str, str]:
    """The headers worth keeping, lower-cased, none of them a credential."""
    kept = {name.lower(): value for name, value in given.items()}
    return {name: scrub_text(kept[name]) for name in KEPT_HEADERS if name in kept}
