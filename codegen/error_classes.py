"""The client's error classes as the spec's error table (``x-kling-errors``) assigns them.

Each business code names its class and retry hint in spec/common.yaml (the fallback for an answer
without a code, by HTTP status, is the runtime's ``_errors.CLASS_OF_STATUS``). The generator
renders the table into ``kling_client/_error_table.py``: the class of each code, the codes worth
retrying, and the tree drawn in its docstring (and in the client's README).
"""

from __future__ import annotations

from spec.errors import ErrorCode


def classes(table: dict[int, ErrorCode]) -> dict[int, str]:
    """business code -> class name, for every code of the error table."""
    return {code: entry.error_class for code, entry in sorted(table.items())}


def retried(table: dict[int, ErrorCode]) -> list[int]:
    """The codes whose answers are worth trying again later (the client retries them)."""
    return [code for code, entry in sorted(table.items()) if entry.retry]


def _runs(codes: list[int]) -> str:
    """1000, 1001, 1002, 1003 -> "1000-1003"; runs shorter than three stay listed."""
    parts: list[str] = []
    start = 0
    while start < len(codes):
        end = start
        while end + 1 < len(codes) and codes[end + 1] == codes[end] + 1:
            end += 1
        if end - start >= 2:
            parts.append(f"{codes[start]}-{codes[end]}")
        else:
            parts.extend(str(code) for code in codes[start : end + 1])
        start = end + 1
    return ", ".join(parts)


def label(table: dict[int, ErrorCode], name: str) -> str:
    """ "403 / 1103; 429 / 1304": the statuses and codes that raise the class ``name``."""
    codes = sorted(code for code, cls in classes(table).items() if cls == name)
    statuses = sorted({table[code].status for code in codes})
    if len(statuses) > 1 and all(status >= 500 for status in statuses):
        return f"5xx / {_runs(codes)}"
    groups = (f"{s} / {_runs([c for c in codes if table[c].status == s])}" for s in statuses)
    return "; ".join(groups)
