"""The pytest plugin: ``kling_mock`` and ``kling_client`` for any project installing kling-contract.
(The example of docs/mock/pytest-plugin.md runs in a project of its own in tests/docs.)

The throwaway-project tests run pytest in a fresh directory of their own, where the only way to the
fixtures is the installed ``pytest11`` entry point (no conftest, no path tricks).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from kling_client import AuthenticationError, InsufficientBalanceError, KlingClient

from mockserver.testing import AdminError, InProcessMock
from tests.mock.receivers import Receiver


def run_project(directory: Path, files: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """``pytest`` run in a throwaway project holding ``files`` (plus an empty pytest.ini)."""
    (directory / "pytest.ini").write_text("[pytest]\n")
    for name, text in files.items():
        (directory / name).write_text(text)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error"],
        cwd=directory, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


SAME_ID_TWICE = """
import pytest

@pytest.mark.parametrize("attempt", [1, 2])
def test_my_fixed_external_id_is_free_in_every_test(kling_client, attempt):
    task = kling_client.images.generations.create(prompt="p", external_task_id="order-42")
    assert task.task_info.external_task_id == "order-42"
"""


def test_every_test_gets_a_mock_of_its_own(tmp_path: Path) -> None:
    run = run_project(tmp_path, {"test_same_id.py": SAME_ID_TWICE})
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 passed" in run.stdout


UNKNOWN_OPTION = """
import pytest

@pytest.mark.kling_mock(sped=5)
def test_typo(kling_mock):
    pass
"""


def test_a_misspelt_marker_option_is_refused_by_name(tmp_path: Path) -> None:
    run = run_project(tmp_path, {"test_typo.py": UNKNOWN_OPTION})
    assert run.returncode != 0
    assert "sped" in run.stdout + run.stderr


# ------------------------------------------------------------------ the fixtures, used directly


def test_a_task_moves_only_when_the_test_advances_the_clock(
    kling_client: KlingClient, kling_mock: InProcessMock
) -> None:
    created = kling_client.images.generations.create(prompt="a frozen pond")
    assert kling_client.images.generations.get(created.task_id).task_status == "submitted"
    kling_mock.advance(60_000)
    assert kling_client.images.generations.get(created.task_id).task_status == "succeed"


def test_waiting_spends_mock_time_not_wall_time(
    kling_client: KlingClient, kling_mock: InProcessMock
) -> None:
    before = kling_mock.clock()["now_ms"]
    done = kling_client.images.generations.create_and_wait(prompt="a boat", timeout=5)
    assert done.task_status == "succeed"
    assert kling_mock.clock()["now_ms"] - before >= 3_000  # submitted 1 s + processing 2 s


@pytest.mark.kling_mock(frozen=False, speed=2.0)
def test_the_marker_sets_the_clock(kling_mock: InProcessMock) -> None:
    assert kling_mock.clock() | {"now_ms": 0} == {"now_ms": 0, "speed": 2.0, "frozen": False}


@pytest.mark.kling_mock(config={"KLING_API_KEYS": {"sk-only": "me"}})
def test_the_marker_passes_config_to_the_mock(kling_client: KlingClient) -> None:
    with pytest.raises(AuthenticationError):
        kling_client.images.generations.list()


def test_the_handle_reads_journal_coverage_and_resets(
    kling_client: KlingClient, kling_mock: InProcessMock
) -> None:
    kling_client.images.generations.create(prompt="p")
    assert kling_mock.journal(limit=1)[0]["status"] == 200
    assert kling_mock.coverage() != {}
    assert len(kling_mock.tasks()) == 1
    kling_mock.reset()
    assert kling_mock.tasks() == []


def test_faults_are_replaced_and_read_back(kling_mock: InProcessMock) -> None:
    assert kling_mock.faults({"errors": {"503": 0.5}})["errors"]
    assert kling_mock.faults()["errors"]
    assert not kling_mock.faults({}).get("errors")


def test_limits_set_through_the_handle_refuse_creates_until_replaced(
    kling_client: KlingClient, kling_mock: InProcessMock
) -> None:
    assert kling_mock.limits({"balance": {"image": 0}})["balance"] == {"image": 0}
    assert kling_mock.limits()["balance"] == {"image": 0}
    with pytest.raises(InsufficientBalanceError):
        kling_client.images.generations.create(prompt="no units left")
    assert kling_mock.limits({})["balance"] == {}
    kling_client.images.generations.create(prompt="no limit any more")
    (used,) = kling_mock.usage("kling-mock-test").values()
    assert used["image"]["slots_held"] == 1 and used["image"]["balance"] is None


def test_a_refused_admin_call_raises_with_the_mocks_reason(kling_mock: InProcessMock) -> None:
    with pytest.raises(AdminError, match="advance_ms"):
        kling_mock.advance(-1)


def test_callbacks_lists_the_deliveries_of_a_task(
    kling_client: KlingClient, kling_mock: InProcessMock
) -> None:
    receiver = Receiver()
    try:
        created = kling_client.images.generations.create(prompt="p", callback_url=receiver.url)
        kling_mock.advance(60_000)
        deliveries = kling_mock.callbacks(created.task_id)
        assert {delivery["url"] for delivery in deliveries} == {receiver.url}
        assert len(deliveries) == len(receiver.wait_for(len(deliveries)))
    finally:
        receiver.close()
