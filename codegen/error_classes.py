"""Which client error class each business code raises, from the spec's error table.

spec/common.yaml says which HTTP status each business code comes with; the client's policy adds
only what a status alone cannot say (a content-policy 400 is not a malformed request, an empty
balance is not a rate limit: it is not retried). A code the spec adds later gets the class of its
status with no change here. The generator renders the result into ``kling_client/_errors.py``:
the class table and the tree drawn in its docstring (and in the client's README).
"""

from __future__ import annotations

#: The class an error answer gets from its HTTP status alone (any 5xx: ServerError).
CLASS_OF_STATUS: dict[int, str] = {
    400: "InvalidRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    429: "RateLimitError",
}
SERVER_ERROR = "ServerError"

#: Codes whose class is narrower than (or different from) their status's.
CLASS_OF_CODE: dict[int, str] = {
    **dict.fromkeys((1100, 1101, 1102), "InsufficientBalanceError"),
    **dict.fromkeys((1300, 1301), "ContentPolicyError"),
    1303: "ConcurrencyLimitError",
    1304: "PermissionDeniedError",  # IP allow-list: sent as 429, but waiting does not help
}


def class_of(code: int, status: int) -> str:
    if code in CLASS_OF_CODE:
        return CLASS_OF_CODE[code]
    return SERVER_ERROR if status >= 500 else CLASS_OF_STATUS.get(status, "APIError")


def classes(table: dict[int, int]) -> dict[int, str]:
    """business code -> class name, for every code of the error table (code -> status)."""
    return {code: class_of(code, status) for code, status in sorted(table.items())}


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


def label(table: dict[int, int], name: str) -> str:
    """ "403 / 1103; 429 / 1304": the statuses and codes that raise the class ``name``."""
    codes = sorted(code for code, cls in classes(table).items() if cls == name)
    statuses = sorted({table[code] for code in codes})
    if len(statuses) > 1 and all(status >= 500 for status in statuses):
        return f"5xx / {_runs(codes)}"
    groups = (f"{s} / {_runs([c for c in codes if table[c] == s])}" for s in statuses)
    return "; ".join(groups)
