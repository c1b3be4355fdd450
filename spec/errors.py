"""The error table: each Kling business code and the HTTP status it is sent with.

spec/common.yaml holds it as one error-body schema per status (``ErrorBody429`` lists the codes
that come with 429). The mock answers with these statuses and the generator renders the table
into the client's error module, so neither keeps a copy of its own.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from spec.documents import COMMON, SPEC_DIR, Document, SpecError, load_document

_PER_STATUS = re.compile(r"ErrorBody(\d{3})")


def error_table(document: Document) -> dict[int, int]:
    """business code -> HTTP status, from the ``ErrorBodyNNN`` schemas of a document (common.yaml
    or the bundle), in code order. A code listed under two statuses is a SpecError."""
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
def status_of_code(spec_dir: Path = SPEC_DIR) -> dict[int, int]:
    """The error table of a spec directory's common.yaml (read once per directory)."""
    return error_table(load_document(Path(spec_dir) / COMMON))


def codes_by_status(table: dict[int, int]) -> dict[int, tuple[int, ...]]:
    """HTTP status -> its business codes, both ascending."""
    found: dict[int, list[int]] = {}
    for code, status in sorted(table.items()):
        found.setdefault(status, []).append(code)
    return {status: tuple(codes) for status, codes in sorted(found.items())}
