"""Settings and the clock are cached by each process and still seen at once by every other one;
the WAL is checkpointed by a background round, never by the commit of a request."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from mockserver.core.store import Store
from mockserver.storage.checkpoints import Checkpointer
from mockserver.storage.database import DatabaseClosed, SqliteDatabase
from mockserver.storage.settings import ClockRow


@pytest.fixture
def two_workers(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    """Two stores on one file, as two worker processes see it."""
    path = str(tmp_path / "mock.sqlite3")
    first, second = Store(path), Store(path)
    yield first, second
    first.close()
    second.close()


def test_a_setting_written_by_one_worker_is_read_by_the_other_on_its_next_read(
    two_workers: tuple[Store, Store],
) -> None:
    first, second = two_workers
    assert second.settings.get("faults") is None  # now kept by the second worker
    first.settings.put("faults", {"errors": {"1303": 1.0}})
    assert second.settings.get("faults") == {"errors": {"1303": 1.0}}
    first.settings.put("faults", None)
    assert second.settings.get("faults") is None


def test_a_clock_change_by_one_worker_is_read_by_the_other(
    two_workers: tuple[Store, Store],
) -> None:
    first, second = two_workers
    first.clock_state.save(ClockRow(1, 1_000, 1.0, True))
    assert second.clock_state.load() == ClockRow(1, 1_000, 1.0, True)
    first.clock_state.save(ClockRow(2, 5_000, 2.0, False))
    assert second.clock_state.load() == ClockRow(2, 5_000, 2.0, False)


def test_a_reset_by_one_worker_empties_the_settings_the_other_kept(
    two_workers: tuple[Store, Store],
) -> None:
    first, second = two_workers
    first.settings.put("quirk-never-finishes:42", True)
    assert second.settings.any_named("quirk-never-finishes:")
    first.reset()
    assert not second.settings.any_named("quirk-never-finishes:")
    assert second.settings.get("quirk-never-finishes:42") is None


def test_a_row_changed_by_hand_is_seen_after_the_next_change_through_the_mock(
    two_workers: tuple[Store, Store], tmp_path: Path
) -> None:
    first, second = two_workers
    assert second.settings.get("seed") is None
    with sqlite3.connect(tmp_path / "mock.sqlite3") as conn:
        conn.execute("INSERT INTO settings VALUES ('seed', '7')")
    assert second.settings.get("seed") is None  # the documented limit of the cache
    first.settings.put("other", 1)
    assert second.settings.get("seed") == 7


def test_a_closed_database_creates_no_change_number_file(tmp_path: Path) -> None:
    path = tmp_path / "mock.sqlite3"
    db = SqliteDatabase(str(path))
    db.close()
    with pytest.raises(DatabaseClosed):
        db.generation()
    db.changed()
    assert not Path(str(path) + "-generation").exists()


def test_the_change_number_is_shared_across_a_fork(tmp_path: Path) -> None:
    db = SqliteDatabase(str(tmp_path / "mock.sqlite3"))
    before = db.generation()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child's coverage is not collected
        db.changed()
        os._exit(0)
    _, status = os.waitpid(child, 0)
    assert status == 0
    assert db.generation() == before + 1
    db.close()


def test_commits_never_checkpoint_and_the_background_round_does(tmp_path: Path) -> None:
    path = tmp_path / "mock.sqlite3"
    db = SqliteDatabase(str(path))
    db.install("CREATE TABLE t (v TEXT);", ("t",))
    rounds = Checkpointer(lambda: sqlite3.connect(path), str(path) + "-wal", 1 << 40)
    with db.reading() as conn:
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone() == (0,)
        for _ in range(1_500):  # 1,500 commits, past SQLite's automatic threshold of 1,000 pages
            conn.execute("INSERT INTO t VALUES (?)", ("x" * 3_000,))
    rounds.wrote()
    rounds.stop()  # only its rounds are tested here, not its timer
    with db.reading() as conn:
        done = rounds.due(conn)
        assert rounds.due(conn) is None  # nothing written since
    # an automatic checkpoint would have restarted the WAL: it would hold fewer frames than commits
    assert done is not None and done[0] >= 1_500 and done[0] == done[1]
    db.close()


def test_a_wal_over_its_limit_gets_a_checkpoint_that_lets_it_start_over(tmp_path: Path) -> None:
    path = tmp_path / "mock.sqlite3"
    db = SqliteDatabase(str(path))
    db.install("CREATE TABLE t (v TEXT);", ("t",))
    with db.reading() as conn:
        conn.execute("INSERT INTO t VALUES (?)", ("x" * 3_000,))
        wal = Path(str(path) + "-wal").stat().st_size
        sent: list[str] = []
        conn.set_trace_callback(sent.append)
        for limit, modes in ((wal, ["PASSIVE"]), (wal - 1, ["PASSIVE", "RESTART"])):
            sent.clear()
            rounds = Checkpointer(lambda: sqlite3.connect(path), str(path) + "-wal", limit)
            rounds.wrote()
            rounds.stop()
            assert rounds.due(conn) is not None
            # a PASSIVE round first (it holds no writer back), then the RESTART has little left
            assert sent == [f"PRAGMA wal_checkpoint({mode})" for mode in modes]
    db.close()
