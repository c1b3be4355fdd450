"""``kling-mock coverage --fail-under N``: turn the coverage report into a CI verdict.

The report counts operations of the spec and documented business codes; ``--of`` chooses which
share must reach N percent (operations by default: "every route our CI touches"; codes for "every
error our client has met").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

KINDS = ("operations", "codes")
NAMES = {"operations": "operations", "codes": "business codes"}


def percent(report: Mapping[str, Any], kind: str) -> float:
    """The share of ``kind`` (operations or codes) the traffic exercised, in percent."""
    part = report[kind]
    total = int(part["total"])
    return 100.0 * int(part["exercised"]) / total if total else 100.0


def shortfall(report: Mapping[str, Any], kind: str, required: float) -> str | None:
    """Why the report falls short of ``required`` percent, or None when it does not."""
    reached = percent(report, kind)
    if reached >= required:
        return None
    part = report[kind]
    return (
        f"{part['exercised']}/{part['total']} {NAMES[kind]} exercised ({reached:.1f}%), "
        f"under the required {required:g}%"
    )
