"""A third design is data: added to a throwaway copy of spec/ (a renamed copy of the current design
with other status words, its operations switched to it), it is served by the mock, waited on by a
client generated from that copy and shown by the dashboard, with no Python change."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from mockapi import MockAPI, SpecResponses

from codegen.generate import generate
from mockserver import create_app
from spec.documents import SPEC_DIR, load_bundle

CURRENT_DOC = "video-current.yaml"
#: The third design's words for the canonical statuses (none shared with the other designs).
WORDS = {"submitted": "queued", "processing": "running", "succeeded": "done", "failed": "broken"}
TURBO_T2V = "/text-to-video/kling-3.0-turbo"


def _reworded(node: Any) -> Any:
    """Every status word of the current design, as a value (enums, examples), in the new words."""
    if isinstance(node, dict):
        return {key: _reworded(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_reworded(item) for item in node]
    return WORDS.get(node, node) if isinstance(node, str) else node


def third_design_spec(tmp_path: Path) -> Path:
    """spec/ copied, plus a design ``next``: the current design renamed, with other status words;
    the current design's operations (and its schemas' status values) use it."""
    spec_dir = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, spec_dir, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    path = spec_dir / CURRENT_DOC
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    designs = document["components"].pop("x-kling-designs")
    document = _reworded(document)
    third = copy.deepcopy(designs["current"])
    third["statuses"] = dict(WORDS)
    document["components"]["x-kling-designs"] = {**designs, "next": third}
    text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
    path.write_text(re.sub(r"x-kling-design: current\b", "x-kling-design: next", text), "utf-8")
    return spec_dir


@pytest.fixture(scope="module")
def spec_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return third_design_spec(tmp_path_factory.mktemp("third-design"))


def test_the_mock_serves_a_task_in_the_third_designs_words(spec_dir: Path) -> None:
    app = create_app({"KLING_DB": ":memory:", "KLING_SPEC_DIR": str(spec_dir)})
    api = MockAPI(app, SpecResponses(load_bundle(spec_dir)))
    created = api.post(TURBO_T2V, {"prompt": "a paper boat"}).json()["data"]
    assert created["status"] == "queued"
    api.advance(60_000)
    [task] = api.get("/tasks", params={"task_ids": created["id"]}).json()["data"]
    assert task["status"] == "done"
    assert [output["type"] for output in task["outputs"]] == ["video"]
    page = api.call("POST", "/tasks", json={"filters": [{"key": "status", "values": ["done"]}]})
    assert [t["id"] for t in page.json()["data"]["result"]] == [created["id"]]


def test_the_dashboard_shows_the_third_designs_task_in_its_words(spec_dir: Path) -> None:
    app = create_app({"KLING_DB": ":memory:", "KLING_SPEC_DIR": str(spec_dir)})
    client = app.test_client()
    auth = {"Authorization": "Bearer k1"}
    task_id = client.post(TURBO_T2V, json={"prompt": "a boat"}, headers=auth).json["data"]["id"]
    client.post("/__mock/clock", json={"advance_ms": 60_000})
    html = client.get("/__mock/ui/tasks?design=next").get_data(as_text=True)
    row = html[html.index(f'id="task-{task_id}"') :].split("</tr>")[0]
    assert 'class="badge succeeded">done<' in row
    assert f"/__mock/assets/{task_id}/video" in row
    assert re.search(r"<option( selected)?>next</option>", html), "the filter offers the design"


def test_a_client_generated_from_the_copy_waits_on_the_third_design(
    spec_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "generated"
    generate(spec_dir, out)
    script = textwrap.dedent(
        f"""
        from kling_client import KlingClient, TaskFailedError
        from mockserver.testing import InProcessMock

        mock = InProcessMock.start(config={{"KLING_SPEC_DIR": {str(spec_dir)!r}}})
        client = KlingClient(api_key="k", base_url=mock.base_url, session=mock.session)
        client._core.sleep = mock.sleep
        turbo = client.current_video.text_to_video("kling-3.0-turbo")
        done = turbo.create_and_wait(prompt="a paper boat")
        print(done.status, [type(o).__name__ for o in done.outputs or []])
        try:
            turbo.create_and_wait(prompt="a paper boat __fail__")
        except TaskFailedError as failed:
            print(failed.task.status)
        """
    )
    env_path = f"{out}:{Path.cwd()}"
    found = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=300,
        env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert found.returncode == 0, found.stderr
    assert found.stdout.split("\n")[:2] == ["done ['VideoOutput']", "broken"]
