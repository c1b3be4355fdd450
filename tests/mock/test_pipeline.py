"""Every API request passes one pipeline whose order is written once (mockserver.pipeline.stages).

An answer-side quirk changes the answer before anything observes it, whatever order the modules
were imported in; a task that never finishes is changed before it is projected, so it shows what
a running task shows and nothing of a finished one.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask

from mockserver.core.state import state_of
from mockserver.testing import InProcessMock
from spec.designs import Design

ROOT = Path(__file__).resolve().parents[2]
GENERATIONS = "/v1/images/generations"
KEY = {"Authorization": "Bearer pipeline-test"}
OBSERVERS_FIRST = [
    "mockserver.ui.exchanges",
    "mockserver.observers.journal",
    "mockserver.observers.behaviour",
    "mockserver.faults.quirks",
    "mockserver.pipeline.stages",
]

SEEN_BY_EVERYONE = """
import importlib, json, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
from mockserver.testing import InProcessMock
from mockserver.ui.exchanges import EXTENSION
mock = InProcessMock.start()
answer = mock.session.post(
    mock.base_url + "/v1/images/generations",
    json={"prompt": "a lighthouse"},
    headers={"Authorization": "Bearer k", "X-Mock-Fault": "quirk=data_array"},
)
sent = answer.json()
kept = mock.app.extensions[EXTENSION].of(sent["request_id"]).shown()["response"]["body"]
entry = mock.admin("GET", "journal")["entries"][0]
print(json.dumps({"client": sent, "dashboard": kept, "journal_code": entry["code"]}))
"""


@pytest.mark.parametrize("order", [OBSERVERS_FIRST, OBSERVERS_FIRST[::-1]], ids=["obs", "quirk"])
def test_a_quirk_and_the_observers_see_the_same_answer_whatever_the_import_order(
    order: list[str],
) -> None:
    ran = subprocess.run(
        [sys.executable, "-c", SEEN_BY_EVERYONE, *order],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seen = json.loads(ran.stdout.strip().splitlines()[-1])
    assert isinstance(seen["client"]["data"], list), "the quirk was played"
    assert seen["dashboard"] == seen["client"]
    assert seen["journal_code"] == seen["client"]["code"]


@pytest.fixture
def mock() -> Iterator[InProcessMock]:
    made = InProcessMock.start()
    yield made
    state_of(made.app).store.close()


def _design(mock: InProcessMock) -> Design:
    """The design the image create answers in (its field roles and status words)."""
    state = state_of(mock.app)
    op = next(
        op
        for op in state.index.operations.values()
        if op.method == "POST" and op.path.endswith("/images/generations")
    )
    return state.index.design(op.design)


def _read_after_an_hour(mock: InProcessMock, headers: dict[str, str]) -> dict[str, object]:
    created = mock.session.post(
        mock.base_url + GENERATIONS, json={"prompt": "a paper boat"}, headers={**KEY, **headers}
    ).json()["data"]
    mock.advance(3_600_000)
    read = mock.session.get(f"{mock.base_url}{GENERATIONS}/{created['task_id']}", headers=KEY)
    task: dict[str, object] = read.json()["data"]
    return task


def test_a_task_that_never_finishes_shows_no_result_and_no_final_charge(
    mock: InProcessMock,
) -> None:
    design = _design(mock)
    finished = design.read(_read_after_an_hour(mock, {}))
    assert finished.billing is not None and finished.results is not None
    stuck = design.read(_read_after_an_hour(mock, {"X-Mock-Fault": "quirk=never_finishes"}))
    assert stuck.word == design.statuses["processing"]
    assert stuck.billing is None, "no final charge"
    assert stuck.results is None


def _an_id(_: int) -> str:
    from mockserver.pipeline.envelope import new_request_id

    return new_request_id()


def test_request_ids_are_unique_across_forked_workers() -> None:
    import multiprocessing

    from mockserver.pipeline.envelope import new_request_id

    new_request_id()  # the parent's generator is seeded before the workers fork
    with multiprocessing.get_context("fork").Pool(2) as pool:
        children = pool.map(_an_id, range(2), chunksize=1)
    ids = [*children, new_request_id()]
    assert len(set(ids)) == len(ids)


def test_request_ids_are_random_version_4_uuids_in_their_usual_spelling() -> None:
    import uuid

    from mockserver.pipeline.envelope import new_request_id

    for _ in range(200):
        made = new_request_id()
        parsed = uuid.UUID(made)
        assert str(parsed) == made
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122


def test_an_api_request_reads_the_mock_clock_once(make_app: Callable[..., Flask]) -> None:
    """The handler, the answer and the observers date a request by one reading of the clock."""
    app = make_app()
    clock = state_of(app).clock
    reads: list[int] = []
    read = clock.now_ms

    def counted() -> int:
        reads.append(read())
        return reads[-1]

    clock.now_ms = counted  # type: ignore[method-assign]
    client = app.test_client()
    headers = {"Authorization": "Bearer any-key"}
    created = client.post("/v1/images/generations", json={"prompt": "a boat"}, headers=headers)
    assert created.status_code == 200 and len(reads) == 1
    task_id = created.get_json()["data"]["task_id"]
    assert client.get(f"/v1/images/generations/{task_id}", headers=headers).status_code == 200
    assert len(reads) == 2
