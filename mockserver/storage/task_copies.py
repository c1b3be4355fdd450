"""Copies of task rows this process stored or read, so that polling a task costs no query.

A task's row never changes once stored: its status comes from its plan and the mock clock, and
only a reset removes rows. A reset moves the database's change number, so a copy is kept with
the change number it was made under and used only by a reader that sees the same number. Any
other admin change moves the number too; the copies made before it are then read again once.
Rows (not records) are kept: each reader gets dictionaries of its own.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

Row = tuple[Any, ...]
#: Tasks remembered per process (the most recently stored or read).
SIZE = 2048


class TaskCopies:
    def __init__(self, size: int = SIZE) -> None:
        self.size = size
        self._rows: OrderedDict[str, tuple[int, Row]] = OrderedDict()  # task_id -> (number, row)
        self._lock = threading.Lock()

    def keep(self, number: int, row: Row) -> None:
        """Remember ``row`` (its second column is the task id) as of change number ``number``."""
        with self._lock:
            self._rows[row[1]] = (number, row)
            self._rows.move_to_end(row[1])
            while len(self._rows) > self.size:
                self._rows.popitem(last=False)

    def by_id(self, number: int, task_id: str) -> Row | None:
        with self._lock:
            kept = self._rows.get(task_id)
        return kept[1] if kept is not None and kept[0] == number else None
