"""How a diff report is shown: text for people, JSON for machines, and the CI exit code."""

from __future__ import annotations

import json
from typing import Any

from codegen.speclife.catalogue import LEVELS, Level
from codegen.speclife.changes import Change, Report

#: ``--fail-on`` choices, strictest last: "breaking" fails only on breaking changes.
FAIL_ON = ("breaking", "non-breaking", "documentation")
#: A change reaching more operations than this is shown once, with the count.
SHOWN_OPERATIONS = 3


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
        lines += [f"  {line}" for line in _grouped(found)]
    return "\n".join(lines)


def _effect(effect: str) -> str:
    return "ignores with a warning, refuses in strict mode" if effect == "ignores" else effect


def _grouped(changes: list[Change]) -> list[str]:
    """One line per change; the same change on several operations (a shared component) once,
    with the operations it reaches."""
    groups: dict[tuple[str, str, str, str], list[Change]] = {}
    for change in changes:
        groups.setdefault((change.check, change.where, change.field, change.message), []).append(
            change
        )
    lines = []
    for group in groups.values():
        first = group[0]
        mock = f"  (mock: {_effect(first.mock_effect)})" if first.mock_effect != "none" else ""
        if len(group) <= SHOWN_OPERATIONS:
            lines += [f"{change.line()}{mock}" for change in group]
            continue
        names = ", ".join(change.operation for change in group[:SHOWN_OPERATIONS])
        reach = f"{len(group)} operations ({names}, ...)"
        subject = f" `{first.field}`" if first.field else ""
        lines.append(f"[{first.check}] {first.where}{subject} on {reach}: {first.message}{mock}")
    return lines


def render(report: Report, form: str) -> str:
    if form == "json":
        return json.dumps(as_json(report), indent=2, ensure_ascii=False)
    return as_text(report)


def fails(report: Report, fail_on: Level | None) -> bool:
    """True when the report holds a change at ``fail_on`` or more serious."""
    if fail_on is None or report.level is None:
        return False
    return LEVELS.index(report.level) <= LEVELS.index(fail_on)
