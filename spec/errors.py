"""The error table: each Kling business code, the HTTP status it is sent with, what it means,
the client error class it raises and whether trying again later can help.

spec/common.yaml holds it once, as ``components.x-kling-errors``. The mock answers with these
statuses and names the codes in its coverage report and injected faults; the generator renders
the classes and retry hints into the client's error module; so none keeps a copy of its own. The
per-status error-body schemas (``ErrorBody429`` ...) list the same codes for response validation;
:func:`error_bodies` reads them so a test can keep both equal.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from spec.documents import COMMON, SPEC_DIR, Document, SpecError, load_document

#: Where the table lives in a document's components.
ERRORS = "x-kling-errors"
_PER_STATUS = re.compile(r"ErrorBody(\d{3})")


@dataclass(frozen=True)
class ErrorCode:
    """One business code of the table."""

    code: int
    status: int
    meaning: str
    error_class: str
    """The client's error class (``RateLimitError``); its subclasses are narrower than a status."""
    retry: bool
    """Whether trying again later can help (rate limits, server faults); the client retries it."""


def error_codes(document: Document) -> dict[int, ErrorCode]:
    """business code -> its entry, from ``components.x-kling-errors`` of a document (common.yaml
    or the bundle), in code order. A malformed entry is a SpecError."""
    block = (document.get("components") or {}).get(ERRORS) or {}
    found: dict[int, ErrorCode] = {}
    for key, entry in block.items():
        try:
            code = int(key)
            found[code] = ErrorCode(
                code=code,
                status=int(entry["status"]),
                meaning=str(entry["meaning"]),
                error_class=str(entry["class"]),
                retry=bool(entry["retry"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise SpecError(f"{ERRORS}.{key}: {exc!r}") from exc
    return dict(sorted(found.items()))


def error_table(document: Document) -> dict[int, int]:
    """business code -> HTTP status, in code order."""
    return {code: entry.status for code, entry in error_codes(document).items()}


def error_bodies(document: Document) -> dict[int, int]:
    """business code -> HTTP status as the ``ErrorBodyNNN`` response schemas list them. A code
    listed under two statuses is a SpecError."""
    table: dict[int, int] = {}
    schemas = (document.get("components") or {}).get("schemas") or {}
    for name, schema in schemas.items():
        match = _PER_STATUS.fullmatch(name)
        if not match:
            continue
        status = int(match.group(1))
        codes = ((schema.get("properties") or {}).get("code") or {}).get("enum") or []
        for code in codes:
            if table.setdefault(int(code), status) != status:
                raise SpecError(f"{name}: code {code} is also listed under {table[code]}")
    return dict(sorted(table.items()))


@functools.cache
def codes_of(spec_dir: Path = SPEC_DIR) -> dict[int, ErrorCode]:
    """The error table of a spec directory's common.yaml (read once per directory)."""
    return error_codes(load_document(Path(spec_dir) / COMMON))


def status_of_code(spec_dir: Path = SPEC_DIR) -> dict[int, int]:
    """business code -> HTTP status, of a spec directory's common.yaml."""
    return {code: entry.status for code, entry in codes_of(spec_dir).items()}


def codes_by_status(table: dict[int, int]) -> dict[int, tuple[int, ...]]:
    """HTTP status -> its business codes, both ascending."""
    found: dict[int, list[int]] = {}
    for code, status in sorted(table.items()):
        found.setdefault(status, []).append(code)
    return {status: tuple(codes) for status, codes in sorted(found.items())}
