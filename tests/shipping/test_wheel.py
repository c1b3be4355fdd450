"""A normal install works: ``python -m build`` makes wheels that run outside this checkout.

The kling-contract wheel is installed into a throwaway venv and ``kling-mock serve`` answers a
request from it. The venv borrows the dependencies already installed here (a path entry to this
environment's site-packages, which does not run its editable-install hooks), so no network is needed
and nothing of the checkout can stand in for what the wheel lacks.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from mockserver.served import free_port

ROOT = Path(__file__).resolve().parents[2]
NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", ".bench", ".kling-mock", ".hypothesis", ".*_cache", "__pycache__",
    "build", "dist", "*.egg-info",
)  # fmt: skip


def build_wheel(source: Path, out: Path) -> Path:
    """``python -m build --wheel`` of a copy of ``source`` (the checkout gets no artefacts), with
    the setuptools of this environment (no download)."""
    copy = out / "src" / source.name
    shutil.copytree(source, copy, ignore=NOT_SOURCES)
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--skip-dependency-check",
         "--outdir", str(out), str(copy)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (wheel,) = out.glob("*.whl")
    return wheel


def throwaway_venv(where: Path, wheel: Path) -> Path:
    """A venv holding ``wheel`` alone, borrowing this environment's installed dependencies."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True)
    python = where / "bin" / "python"
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    Path(purelib, "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "--quiet", str(wheel)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return where


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    return throwaway_venv(work / "venv", build_wheel(ROOT, work / "dist"))


def answer(url: str, body: dict[str, object] | None = None) -> dict[str, object]:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={"Authorization": "Bearer k"})
    if data is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=5) as response:
        found: dict[str, object] = json.load(response)
        return found


@pytest.fixture
def serving(installed: Path, tmp_path: Path) -> Iterator[str]:
    """``kling-mock serve`` of the installed wheel, run from an empty directory."""
    port = free_port()
    log = (tmp_path / "serve.log").open("wb")
    process = subprocess.Popen(
        [installed / "bin" / "kling-mock", "serve", "--port", str(port), "--workers", "1"],
        cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT,
        env={"PATH": "/usr/bin:/bin", "KLING_DB": str(tmp_path / "state.sqlite3")},
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while process.poll() is None and time.monotonic() < deadline:
            try:
                answer(f"{base}/__mock/health")
                break
            except OSError:
                time.sleep(0.1)
        assert process.poll() is None, (tmp_path / "serve.log").read_text()
        yield base
    finally:
        process.terminate()
        process.wait(10)
        log.close()


def test_the_installed_wheel_runs_from_its_own_files(installed: Path) -> None:
    where = subprocess.run(
        [installed / "bin" / "python", "-c", "import mockserver, spec; print(spec.__file__)"],
        cwd=installed, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    assert where.startswith(str(installed))


def test_the_installed_mock_serves_a_create(serving: str) -> None:
    created = answer(f"{serving}/v1/images/generations", {"prompt": "a wheel of cheese"})
    assert created["code"] == 0


CLIENT_SMOKE = """
import kling_client, requests
from kling_client import KlingClient, InvalidRequestError
print(kling_client.__file__)
client = KlingClient(api_key="k", base_url="http://127.0.0.1:9")
try:
    client.images.generations.create(prompt="p", n=99)
except InvalidRequestError as refusal:
    print("refused:", refusal.code)
"""


def test_the_client_wheel_installs_and_validates_on_its_own(tmp_path: Path) -> None:
    venv = throwaway_venv(tmp_path / "venv", build_wheel(ROOT / "generated", tmp_path / "dist"))
    run = subprocess.run(
        [venv / "bin" / "python", "-c", CLIENT_SMOKE],
        cwd=tmp_path, check=True, capture_output=True, text=True,
    )  # fmt: skip
    where, refused = run.stdout.splitlines()
    assert where.startswith(str(venv))
    assert refused == "refused: 1201"


@pytest.fixture
def scratch_project(tmp_path: Path) -> Path:
    """A user's project: a copy of spec/ (with its releases) and of generated/, nothing else."""
    project = tmp_path / "project"
    shutil.copytree(ROOT / "spec", project / "spec", ignore=NOT_SOURCES)
    shutil.copytree(ROOT / "generated", project / "generated", ignore=NOT_SOURCES)
    (project / "docs").mkdir()
    return project


def codegen(installed: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [installed / "bin" / "kling-codegen", *args],
        cwd=cwd, capture_output=True, text=True, timeout=120, env={"PATH": "/usr/bin:/bin"},
    )  # fmt: skip


def test_every_codegen_command_of_the_wheel_works_on_the_users_project(
    installed: Path, scratch_project: Path
) -> None:
    """Run from a subfolder, each command finds the project's spec/ and generated/ and leaves
    the installed package's own copies alone."""
    inside = scratch_project / "docs"
    upstream = (
        ROOT / "tests" / "codegen" / "upstream" / "cometapi-post-image-generation.openapi.yaml"
    )
    for args, code in (
        (("lint",), 0),
        (("check",), 0),
        (("generate",), 0),
        (("check",), 0),
        (("version-check",), 0),
        (("diff", str(scratch_project / "spec" / "releases" / "spec")), 0),
        (("compare", str(upstream)), 0),
    ):
        run = codegen(installed, *args, cwd=inside)
        assert run.returncode == code, (args, run.stdout, run.stderr)
        assert "Traceback" not in run.stderr, (args, run.stderr)
    own = subprocess.run(
        [installed / "bin" / "python", "-c", "import spec; print(spec.__file__)"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    own_common = Path(own).with_name("common.yaml")
    shipped = own_common.read_text()
    images = scratch_project / "spec" / "images.yaml"
    images.write_text(images.read_text().replace("summary: Generate", "summary: Make", 1))
    released = codegen(installed, "release", "--part", "patch", cwd=inside)
    assert released.returncode == 0, released.stderr
    assert "released" in released.stdout
    assert codegen(installed, "check", cwd=inside).returncode == 1  # the changelog is now stale
    version = released.stdout.split()[1].rstrip(":")
    assert f'version: "{version}"' in (scratch_project / "spec" / "common.yaml").read_text()
    assert own_common.read_text() == shipped  # the project's spec was bumped, not the wheel's


def test_codegen_outside_any_project_says_so_in_one_line(installed: Path, tmp_path: Path) -> None:
    for command in ("lint", "generate", "check", "version-check", "release"):
        run = codegen(installed, command, cwd=tmp_path)
        assert run.returncode == 2, (command, run.stdout, run.stderr)
        assert run.stderr.count("\n") == 1 and "--spec" in run.stderr, run.stderr
        assert not (tmp_path / "generated").exists()
