"""`kling-mock serve --reload`: a changed spec/ is served without a restart, tasks kept; a spec
that does not load leaves the mock answering with the last one that did."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest
import requests
import yaml

from mockserver.cli.main import main
from mockserver.cli.spec_reload import SpecReload
from mockserver.served import served
from spec.documents import SPEC_DIR, document_paths
from tests.mock.test_new_operation import AREA

HEADERS = {"Authorization": "Bearer reload-key"}
NOT_LOADED = "spec change not loaded, still serving the last good spec"


def spec_copy(tmp_path: Path) -> Path:
    """The documents of spec/ in a folder of their own, free to edit."""
    folder = tmp_path / "spec"
    folder.mkdir()
    for document in document_paths(SPEC_DIR):
        shutil.copy(document, folder / document.name)
    return folder


def eventually(condition: Callable[[], bool], nudge: Path, timeout_s: float = 30.0) -> None:
    """Wait (bounded) until ``condition`` holds, touching ``nudge`` about once a second: a worker's
    reloader records its first modification times only after the worker booted, so a change made
    just before that would go unseen without a later one."""
    deadline = time.monotonic() + timeout_s
    nudged = time.monotonic()
    while not condition():
        now = time.monotonic()
        if now > deadline:
            raise AssertionError(f"not within {timeout_s} s")
        if now - nudged >= 1.0:
            nudge.touch()
            nudged = now
        time.sleep(0.1)


def test_a_served_mock_serves_spec_changes_and_keeps_its_tasks(tmp_path: Path) -> None:
    spec_dir = spec_copy(tmp_path)
    env = {"KLING_SPEC_DIR": str(spec_dir)}
    with served(tmp_path / "state.sqlite3", env=env, extra_args=("--reload", "--frozen")) as mock:
        created = requests.post(
            f"{mock.base_url}/v1/images/generations", json={"prompt": "a boat"}, headers=HEADERS
        )
        task_url = f"{mock.base_url}/v1/images/generations/{created.json()['data']['task_id']}"
        sketch_url = f"{mock.base_url}/v1/things/sketch"

        def sketch_status() -> int:
            return requests.post(sketch_url, json={"subject": "a cat"}, headers=HEADERS).status_code

        assert sketch_status() == 404
        new_area = spec_dir / "things.yaml"
        new_area.write_text(yaml.safe_dump(AREA, sort_keys=False), encoding="utf-8")
        eventually(lambda: sketch_status() == 200, nudge=new_area)
        assert requests.get(task_url, headers=HEADERS).json()["data"]["task_status"] == "submitted"

        images = spec_dir / "images.yaml"
        with images.open("a", encoding="utf-8") as document:
            document.write("  broken: [\n")
        eventually(lambda: NOT_LOADED in mock.log(), nudge=images)
        assert sketch_status() == 200
        assert requests.get(task_url, headers=HEADERS).status_code == 200
        assert mock.process.poll() is None


def test_a_worker_booted_while_spec_changed_restarts_at_once(tmp_path: Path) -> None:
    spec_dir = spec_copy(tmp_path)
    reload = SpecReload(spec_dir)
    post_worker_init = reload.gunicorn_options()["post_worker_init"]
    untouched, booted_meanwhile = SimpleNamespace(alive=True), SimpleNamespace(alive=True)

    post_worker_init(untouched)
    (spec_dir / "things.yaml").write_text(yaml.safe_dump(AREA), encoding="utf-8")
    post_worker_init(booted_meanwhile)

    assert untouched.alive
    assert not booted_meanwhile.alive


@pytest.fixture
def never_served(monkeypatch: pytest.MonkeyPatch) -> None:
    """A refused start fails fast instead of serving."""

    def serving(*_: object) -> None:
        raise AssertionError("the mock was started")

    monkeypatch.setattr("mockserver.cli.main.GunicornServer", serving)


@pytest.mark.usefixtures("never_served")
def test_reload_refuses_a_memory_database(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KLING_RELOAD", "1")

    status = main(["serve", "--db", ":memory:"])

    assert status == 2
    assert capsys.readouterr().err.splitlines() == [
        "kling-mock serve: error: --reload needs a database file (--db PATH): a ':memory:' mock "
        "would lose its tasks each time a worker restarts"
    ]


@pytest.mark.usefixtures("never_served")
def test_reload_refuses_to_start_on_a_spec_that_does_not_load(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    (spec_dir / "common.yaml").write_text("openapi: [\n", encoding="utf-8")
    monkeypatch.setenv("KLING_SPEC_DIR", str(spec_dir))

    status = main(["serve", "--reload", "--db", str(tmp_path / "state.sqlite3")])

    assert status == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"kling-mock serve: error: the spec in {spec_dir} does not load: ")
