"""How a diff report is shown: text for people, JSON for machines, and the CI exit code."""

from __future__ import annotations

import json
from typing import Any

from codegen.speclife.catalogue import LEVELS, Level
from codegen.speclife.changes import Report

#: ``--fail-on`` choices, strictest last: "breaking" fails only on breaking changes.
FAIL_ON = ("breaking", "non-breaking", "documentation")


def counts(report: Report) -> dict[str, int]:
    return {level: len(report.of_level(level)) for level in LEVELS}


def as_json(report: Report) -> dict[str, Any]:
    return {
        "old_version": report.old_version,
        "new_version": report.new_version,
        "level": report.level or "none",
        "counts": counts(report),
        "changes": [change.as_json() for change in report.changes],
    }


def as_text(report: Report) -> str:
    total = counts(report)
    summary = ", ".join(f"{n} {level}" for level, n in total.items() if n) or "no changes"
    lines = [f"{report.old_version} -> {report.new_version}: {report.level or 'none'} ({summary})"]
    for level in LEVELS:
        found = report.of_level(level)
        if not found:
            continue
        lines += ["", f"{level}:"]
        for change in found:
            mock = f"  (mock: {change.rule.mock})" if change.rule.mock != "none" else ""
            lines.append(f"  {change.line()}{mock}")
    return "\n".join(lines)


def render(report: Report, form: str) -> str:
    if form == "json":
        return json.dumps(as_json(report), indent=2, ensure_ascii=False)
    return as_text(report)


def fails(report: Report, fail_on: Level | None) -> bool:
    """True when the report holds a change at ``fail_on`` or more serious."""
    if fail_on is None or report.level is None:
        return False
    return LEVELS.index(report.level) <= LEVELS.index(fail_on)
