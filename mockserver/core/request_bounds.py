"""What one request may cost the observers (journal, dashboard exchanges), whatever it sends.

A body of a million unknown keys is one request: it gets at most ``MAX_WARNINGS`` warnings kept
(and the count of the others), and a body too big to show is kept as its digest and length, so a
request never multiplies into megabytes of journal and exchange rows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")
MAX_WARNINGS = 50
#: Bodies up to this size are kept as sent; larger ones are slimmed (Base64 media dropped) when
#: slimming can help, else kept as a digest.
KEPT_BYTES = 65_536
#: A large body with more quote characters than this is mostly keys, not media: slimming it would
#: parse it again for nothing, so only its digest is kept.
SLIMMABLE_QUOTES = 20_000


def first_warnings(found: Sequence[T]) -> tuple[list[T], int]:
    """The warnings kept for a request, and how many more there were."""
    return list(found[:MAX_WARNINGS]), max(0, len(found) - MAX_WARNINGS)


def slimmable(raw: bytes) -> bool:
    """Whether a large body is worth parsing to slim (its bulk is long strings, i.e. media)."""
    return raw.count(b'"') <= SLIMMABLE_QUOTES


#: How much of the start of a body too big to keep is kept, to show what it looked like.
HEAD_BYTES = 4_096


def digest_note(raw: bytes) -> bytes:
    """A body too big to keep: its start, its length and its digest."""
    digest = hashlib.sha256(raw).hexdigest()
    return raw[:HEAD_BYTES] + f"... ({len(raw)} bytes in all, sha256 {digest})".encode()
