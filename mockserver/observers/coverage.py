"""Coverage of the traffic: which spec operations and which business codes requests exercised.

Every API answer adds one to a (operation, HTTP status, business code) counter in the store
(``storage.coverage``), so
the report is the same whichever worker process serves it. The report lists every operation of
the spec and every documented business code, exercised or not, so a team sees what its CI never
touches (a 1303, a 504, the list route of a family). ``kling-mock coverage`` prints it as tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from mockserver.core.errors import STATUS_OF_CODE, meaning
from mockserver.storage.coverage import NO_OPERATION

#: What the report says of code 0 (the error table lists only failures).
SUCCESS = "success"


@dataclass(frozen=True)
class OperationInfo:
    operation_id: str
    method: str
    path: str


def report(
    rows: Iterable[tuple[str, int, int, int]], operations: Iterable[OperationInfo]
) -> dict[str, Any]:
    """Every operation and every business code, with how often the traffic hit each."""
    by_operation: dict[str, dict[int, int]] = {}
    by_code: dict[int, int] = {}
    for operation_id, _status, code, count in rows:
        per = by_operation.setdefault(operation_id, {})
        per[code] = per.get(code, 0) + count
        by_code[code] = by_code.get(code, 0) + count
    listed = []
    for op in sorted(operations, key=lambda o: (o.path, o.method)):
        seen = by_operation.get(op.operation_id, {})
        listed.append(
            {
                "operation_id": op.operation_id,
                "method": op.method,
                "path": op.path,
                "requests": sum(seen.values()),
                "codes": {str(code): n for code, n in sorted(seen.items())},
            }
        )
    known = {0: 200, **STATUS_OF_CODE}
    codes = [
        {
            "code": code,
            "http_status": known.get(code),
            "meaning": meaning(code) if code else SUCCESS,
            "requests": by_code.get(code, 0),
        }
        for code in sorted(set(known) | set(by_code))
    ]
    exercised_ops = sum(1 for item in listed if item["requests"])
    exercised_codes = sum(1 for item in codes if item["requests"] and item["code"] in known)
    return {
        "operations": {"total": len(listed), "exercised": exercised_ops, "items": listed},
        "codes": {"total": len(known), "exercised": exercised_codes, "items": codes},
        "unrouted_requests": sum(by_operation.get(NO_OPERATION, {}).values()),
    }


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out = [line.rstrip(), "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return out


def format_report(data: Mapping[str, Any], missing_only: bool = False) -> str:
    """The report as two plain-text tables (operations, then business codes) with totals."""
    ops = data["operations"]
    op_rows = [
        [
            item["method"],
            item["path"],
            item["operation_id"],
            str(item["requests"]),
            ",".join(item["codes"]) or "-",
        ]
        for item in ops["items"]
        if not (missing_only and item["requests"])
    ]
    code_rows = [
        [str(item["code"]), str(item["http_status"] or "?"), item["meaning"], str(item["requests"])]
        for item in data["codes"]["items"]
        if not (missing_only and item["requests"])
    ]
    lines = _table(["METHOD", "PATH", "OPERATION", "REQUESTS", "CODES"], op_rows)
    lines.append(f"operations exercised: {ops['exercised']}/{ops['total']}")
    lines.append("")
    lines += _table(["CODE", "HTTP", "MEANING", "REQUESTS"], code_rows)
    codes = data["codes"]
    lines.append(f"business codes exercised: {codes['exercised']}/{codes['total']}")
    return "\n".join(lines) + "\n"
