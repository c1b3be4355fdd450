"""The storage contract, on each backend: two stores on one database behave as one state.

Each test opens two ``Store`` objects on the same database, as two worker processes (SQLite) or
two replicas (PostgreSQL) would, and checks what one sees of the other's writes.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from mockserver.callbacks.queue import DeliveryQueue, Settled
from mockserver.core.store import DuplicateExternalId, Store, TaskRecord

Pair = tuple[Store, Store]


@pytest.fixture(params=["sqlite", "postgresql"])
def stores(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Pair]:
    if request.param == "sqlite":
        path = str(tmp_path / "state.sqlite3")
    else:
        from tests.postgres_server import emptied

        path = emptied(request.getfixturevalue("postgres_url"))
    first, second = Store(path), Store(path)
    yield first, second
    first.close()
    second.close()


def record(seq: int, external: str | None = None, owner: str = "acct") -> TaskRecord:
    body = {"prompt": f"task {seq}"}
    return TaskRecord(seq, f"t{seq}", owner, "op", external, 1_000 + seq, body, {"plan": seq})


def store_task(store: Store, external: str | None = None) -> TaskRecord:
    with store.db.transaction() as conn:
        made = record(store.counters.next_in(conn, "task"), external)
        store.tasks.insert(conn, made)
    return made


def test_task_numbers_from_two_stores_never_repeat(stores: Pair) -> None:
    first, second = stores
    numbers = [store.counters.next_number("task") for store in (first, second) * 3]
    assert numbers == [1, 2, 3, 4, 5, 6]


def test_a_task_stored_through_one_store_is_read_through_the_other(stores: Pair) -> None:
    first, second = stores
    made = [store_task(first, external=f"e{n}") for n in range(3)]
    assert second.tasks.by_id(made[0].task_id) == made[0]
    assert second.tasks.find("acct", "op", "e1") == made[1]
    assert second.tasks.page("acct", "op", 1, 2) == [made[2], made[1]]
    assert second.tasks.page("acct", "op", 2, 2) == [made[0]]
    assert second.tasks.by_ids("acct", ["e2", "nope", "e0"], external=True) == [made[2], made[0]]
    assert second.tasks.owners() == ["acct"]


def test_an_external_id_already_used_through_another_store_is_a_duplicate(stores: Pair) -> None:
    first, second = stores
    store_task(first, external="once")
    with pytest.raises(DuplicateExternalId):
        store_task(second, external="once")
    assert second.counters.next_number("task") == 2  # the refused create took no number


def test_a_setting_changed_through_one_store_is_seen_by_the_others_next_request(
    stores: Pair,
) -> None:
    first, second = stores
    second.db.begin_request()
    assert second.settings.get("faults") is None
    first.settings.put("faults", {"errors": {"500": 1.0}})
    second.db.begin_request()
    assert second.settings.get("faults") == {"errors": {"500": 1.0}}
    first.settings.put("faults", None)
    second.db.begin_request()
    assert second.settings.get("faults") is None


@pytest.fixture
def replicas(postgres_url: str) -> Iterator[Pair]:
    """Two stores on one PostgreSQL database, each with its change listener holding the number."""
    from tests.postgres_server import emptied

    path = emptied(postgres_url)
    pair = Store(path), Store(path)
    for store in pair:
        store.db.begin_request()  # starts the listener
    deadline = time.monotonic() + 10
    while any(store.db._listener.current() is None for store in pair):  # type: ignore[attr-defined]
        assert time.monotonic() < deadline, "a change listener never took the number"
        time.sleep(0.01)
    yield pair
    for store in pair:
        store.close()


def test_a_change_returns_once_every_listening_replica_holds_it(replicas: Pair) -> None:
    first, second = replicas
    listener = second.db._listener  # type: ignore[attr-defined]
    beat = listener._beat

    def slow_beat(*args: object, **kwargs: object) -> None:
        time.sleep(0.2)  # a replica slow to take the number (a busy host)
        beat(*args, **kwargs)

    listener._beat = slow_beat
    assert second.settings.get("faults") is None  # kept as of the number now
    for plan in ({"errors": {"500": 1.0}}, None, {"errors": {"429": 0.5}}):
        first.settings.put("faults", plan)
        second.db.begin_request()  # no query: the listener's copy of the number
        assert second.settings.get("faults") == plan


def test_a_replica_whose_listener_stopped_reads_the_number_at_each_request(
    replicas: Pair,
) -> None:
    first, second = replicas
    assert second.settings.get("faults") is None  # kept as of the number now
    second.db._listener.stop()  # type: ignore[attr-defined]
    first.settings.put("faults", {"errors": {"500": 1.0}})
    second.db.begin_request()
    assert second.settings.get("faults") == {"errors": {"500": 1.0}}


def test_the_journal_and_coverage_show_what_every_store_saw(stores: Pair) -> None:
    first, second = stores
    first.journal.add({"request_id": "from-first"})
    second.journal.add({"request_id": "from-second"})
    first.coverage.add("op", 200, 0)
    second.coverage.add("op", 200, 0)
    second.writer.flush()
    assert {e["request_id"] for e in first.journal.recent(10)} == {"from-first", "from-second"}
    assert first.coverage.counts() == [("op", 200, 0, 2)]


def test_a_reset_through_one_store_drops_what_the_other_buffered_before_it(
    stores: Pair,
) -> None:
    first, second = stores
    store_task(first)
    second.journal.add({"request_id": "before the reset"})
    first.reset()
    second.writer.flush()
    assert second.journal.recent(10) == []
    assert second.tasks.recent() == []
    assert second.counters.next_number("task") == 1


def queued(store: Store, count: int) -> DeliveryQueue:
    queue = DeliveryQueue(store.db)
    with store.db.transaction() as conn:
        for n in range(count):
            queue.enqueue(
                conn, task_id=f"t{n}", owner="acct", url="http://127.0.0.1:9/hook",
                base_url="http://m", steps=[("submitted", 0)],
            )  # fmt: skip
    return queue


def test_a_lease_left_by_a_dead_claimer_is_taken_over_after_it_expires(stores: Pair) -> None:
    first, second = stores
    queued(first, 1)
    dead, alive = DeliveryQueue(first.db), DeliveryQueue(second.db)
    [taken] = dead.claim(10, real=1_000, mock=0, lease_ms=500)  # never settled: it died
    assert alive.claim(10, real=1_499, mock=0, lease_ms=500) == []
    [again] = alive.claim(10, real=1_501, mock=0, lease_ms=500)
    assert (again.delivery_id, again.attempts) == (taken.delivery_id, 2)


def test_two_claimers_at_once_never_take_the_same_delivery(stores: Pair) -> None:
    first = stores[0]
    queued(first, 60)
    claimed: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(2)

    def claimer(queue: DeliveryQueue) -> None:
        start.wait()
        while batch := queue.claim(3, real=1_000, mock=0, lease_ms=60_000):
            with lock:
                claimed.extend(c.delivery_id for c in batch)
            queue.settle([Settled(c, 1_000, 200, None, 1.0, "delivered", 0) for c in batch])

    threads = [threading.Thread(target=claimer, args=(DeliveryQueue(s.db),)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    counts = Counter(claimed)
    assert len(counts) == 60 and set(counts.values()) == {1}


def test_a_task_read_before_a_reset_through_another_store_is_gone_after_it(stores: Pair) -> None:
    first, second = stores
    made = store_task(first)
    first.tasks.stored(made.to_row())
    assert first.tasks.find("acct", "op", made.task_id) == made
    assert first.tasks.by_id(made.task_id) == made
    second.db.reset()
    first.db.begin_request()  # the next request through the first store
    assert first.tasks.find("acct", "op", made.task_id) is None
    assert first.tasks.by_id(made.task_id) is None
