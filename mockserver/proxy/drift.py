"""Drift: where the real API's answers (or its acceptance of requests) differ from spec/.

Each entry sums one (operation, field, rule): how often it was seen, first and last (wall-clock
ms, since drift is about the real API's time), and the last message. Entries are kept in the
proxy's process (it runs one worker) and each new one is logged once as it is first seen.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import asdict, dataclass
from typing import Any

from spec.engine.rules import Violation

from .redact import scrub_text

log = logging.getLogger("kling_mock.drift")

#: The rule of a request spec/ refuses but the upstream accepted.
REQUEST_ACCEPTED = "accepted-upstream"


@dataclass
class DriftEntry:
    operation: str
    field: str
    rule: str
    message: str
    first_seen_ms: int
    last_seen_ms: int
    count: int = 1


class DriftLog:
    """Thread-safe sums of drift, by (operation, field, rule), in order of first sight."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[tuple[str, str, str], DriftEntry] = {}
        self._judged = 0

    def judged(self) -> None:
        """Count one upstream answer compared with spec/ (drift or not), so that "no drift" can
        say how many answers it rests on."""
        with self._lock:
            self._judged += 1

    @property
    def checked(self) -> int:
        with self._lock:
            return self._judged

    def add(self, operation: str, violations: list[Violation], at_ms: int | None = None) -> None:
        now = time.time_ns() // 1_000_000 if at_ms is None else at_ms
        with self._lock:
            for found in violations:
                message = scrub_text(found.message)  # a message may quote a value sent
                key = (operation, found.field, found.rule)
                entry = self._entries.get(key)
                if entry is None:
                    self._entries[key] = DriftEntry(
                        operation, found.field, found.rule, message, now, now
                    )
                    log.warning(
                        "drift: %s %s (%s): %s",
                        operation,
                        found.field or "-",
                        found.rule,
                        message,
                    )
                else:
                    entry.count += 1
                    entry.last_seen_ms = now
                    entry.message = message

    def entries(self) -> list[dict[str, Any]]:
        with self._lock:
            return [asdict(entry) for entry in self._entries.values()]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._judged = 0


def format_table(entries: list[dict[str, Any]], checked: int) -> str:
    """``kling-mock drift``'s table: one line per (operation, field, rule), most seen first,
    under the number of answers it rests on."""
    answers = f"{checked} answer{'' if checked == 1 else 's'} checked"
    if not entries:
        return f"no drift: {answers}, every one matched spec/\n"
    rows = [("OPERATION", "FIELD", "RULE", "COUNT", "FIRST SEEN", "LAST SEEN")]
    for entry in sorted(entries, key=lambda e: (-int(e["count"]), e["operation"], e["field"])):
        rows.append(
            (
                str(entry["operation"]),
                str(entry["field"] or "-"),
                str(entry["rule"]),
                str(entry["count"]),
                _when(int(entry["first_seen_ms"])),
                _when(int(entry["last_seen_ms"])),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    return f"{answers}:\n" + "\n".join(line.rstrip() for line in lines) + "\n"


def _when(ms: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ms / 1000))
