"""The repositories of one mock over one database (see ``mockserver.storage``).

``Store`` only groups them and runs the whole-store operations (reset, close); each repository
owns its tables. Tables of other modules (account limits, callback deliveries) are installed on
``store.db`` by the code that owns them.
"""

from __future__ import annotations

from mockserver.storage.backends import open_database
from mockserver.storage.counters import Counters
from mockserver.storage.coverage import CoverageCounts
from mockserver.storage.journal import Journal
from mockserver.storage.settings import ClockState, Settings
from mockserver.storage.tasks import DuplicateExternalId, TaskRecord, Tasks
from mockserver.storage.writer import FLUSH_INTERVAL_S, BatchWriter

__all__ = ["DuplicateExternalId", "Store", "TaskRecord"]


class Store:
    """Kept in ``MockState.store``; ``store.db`` is the handle the repositories share."""

    def __init__(
        self, path: str, journal_size: int = 500, flush_interval_s: float = FLUSH_INTERVAL_S
    ) -> None:
        self.db = open_database(path)
        self.writer = BatchWriter(self.db, flush_interval_s)
        self.tasks = Tasks(self.db)
        self.counters = Counters(self.db)
        self.journal = Journal(self.db, self.writer, journal_size)
        self.coverage = CoverageCounts(self.db, self.writer)
        self.settings = Settings(self.db)
        self.clock_state = ClockState(self.db)

    @property
    def closed(self) -> bool:
        return self.db.closed

    def reset(self) -> None:
        """Forget every registered table's rows (tasks, journal, limits, deliveries, coverage,
        settings, counters) and what is buffered, here and (by the reset's mark) in every other
        worker; the clock stays."""
        self.journal.forget_pending()
        self.coverage.forget_pending()
        self.db.reset()
        self.db.reclaim()

    def close(self) -> None:
        """Write what is buffered, stop the writer thread, close the database."""
        self.writer.stop()
        self.db.close()
