"""A normal install works: ``python -m build`` makes wheels that run outside this checkout.

The kling-contract wheel is installed into a throwaway venv and ``kling-mock serve`` answers a
request from it. The venv borrows the dependencies already installed here (a path entry to this
environment's site-packages, which does not run its editable-install hooks), so no network is needed
and nothing of the checkout can stand in for what the wheel lacks.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import time
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

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


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One throwaway venv for the whole run: under pytest-xdist the first worker to get here
    builds it in the run's shared temporary folder, the others wait for it and reuse it."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the run's folder, above each worker's own
    work = shared / "kling-wheel"
    with (shared / "kling-wheel.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (work / "ready").exists():
            shutil.rmtree(work, ignore_errors=True)
            throwaway_venv(work / "venv", build_wheel(ROOT, work / "dist"))
            (work / "ready").touch()
    return work / "venv"


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


def test_the_wheel_requires_what_its_commands_run(installed: Path) -> None:
    """``kling-codegen generate`` formats with ruff: a plain install of the wheel brings it, not
    only the dev extra."""
    requires = subprocess.run(
        [installed / "bin" / "python", "-c",
         "from importlib.metadata import requires; print('\\n'.join(requires('kling-contract')))"],
        check=True, capture_output=True, text=True,
    ).stdout.splitlines()  # fmt: skip
    plain = {re.split(r"[=<>~ ;\[]", line)[0] for line in requires if "extra ==" not in line}
    assert {"ruff", "gunicorn", "httpx"} <= plain


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


# --------------------------------------------------------------------------- kling-mock
#: Every subcommand ``kling-mock --help`` lists, each run from the wheel by a test below.
MOCK_COMMANDS = {"serve", "proxy", "drift", "coverage", "ca"}
QUIET_ENV = {"PATH": "/usr/bin:/bin", "KLING_LOG_REQUESTS": "false"}


def kling_mock(installed: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [installed / "bin" / "kling-mock", *args],
        cwd=cwd, capture_output=True, text=True, timeout=60, env=QUIET_ENV,
    )  # fmt: skip


def one_line_refusal(run: subprocess.CompletedProcess[str], *said: str) -> None:
    """Exit 2 with one line on stderr saying ``said``, and nothing else."""
    assert run.returncode == 2, (run.args, run.returncode, run.stderr)
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr, run.stderr
    assert all(part in run.stderr for part in said), run.stderr


@dataclass
class Running:
    """A ``kling-mock`` command serving from the wheel: its base URL and its process."""

    base: str
    process: subprocess.Popen[bytes]
    log: Path
    http: requests.Session

    def post(self, path: str, body: Mapping[str, object]) -> requests.Response:
        return self.http.post(self.base + path, json=body, headers=BEARER, timeout=10)

    def get(self, path: str) -> requests.Response:
        return self.http.get(self.base + path, headers=BEARER, timeout=10)


BEARER = {"Authorization": "Bearer wheel-user-key"}


@contextmanager
def running(
    installed: Path, *args: str, cwd: Path, ca_file: Path | None = None
) -> Iterator[Running]:
    """``kling-mock ARGS --port P`` until the block ends; it must answer /__mock/health within
    30 s and exit 0 when stopped (SIGTERM, as a service manager or Ctrl-C stops it)."""
    port = free_port()
    log = cwd / f"{args[0]}-{port}.log"
    http = requests.Session()
    http.trust_env = False
    http.verify = str(ca_file) if ca_file else True
    base = f"{'https' if ca_file else 'http'}://127.0.0.1:{port}"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [installed / "bin" / "kling-mock", *args, "--port", str(port)],
            cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=QUIET_ENV,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            assert process.poll() is None, log.read_text()
            try:
                if http.get(f"{base}/__mock/health", timeout=1).status_code == 200:
                    break
            except requests.RequestException:
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.1)
        yield Running(base, process, log, http)
    finally:
        http.close()  # no kept-alive connection for the stopping server to wait on
        process.terminate()
        stopped = process.wait(15)
    assert stopped == 0, log.read_text()
    assert "Traceback" not in log.read_text(), log.read_text()


def test_every_mock_command_the_help_lists_is_run_from_the_wheel(installed: Path) -> None:
    run = subprocess.run(
        [installed / "bin" / "kling-mock", "--help"], capture_output=True, text=True, check=True
    )
    listed = re.findall(r"^    (\w+) ", run.stdout.split("positional arguments:")[1], re.M)
    assert set(listed) == MOCK_COMMANDS
    version = subprocess.run([installed / "bin" / "kling-mock", "--version"], capture_output=True)
    assert version.returncode == 0 and version.stdout.startswith(b"kling-mock ")


def test_the_wheels_mock_serves_the_users_spec_reports_coverage_and_stops_cleanly(
    installed: Path, scratch_project: Path
) -> None:
    serve = ("serve", "--workers", "1", "--db", "state.sqlite3")
    spec = ("--config", str(scratch_project / "mock.toml"))
    (scratch_project / "mock.toml").write_text(f'KLING_SPEC_DIR = "{scratch_project / "spec"}"\n')
    with running(installed, *serve, *spec, cwd=scratch_project) as mock:
        created = mock.post("/v1/images/generations", {"prompt": "a wheel of cheese"}).json()
        assert created["code"] == 0
        assert mock.get(f"/v1/images/generations/{created['data']['task_id']}").ok
        port = mock.base.rsplit(":", 1)[1]
        busy = kling_mock(installed, "serve", "--port", port, cwd=scratch_project)
        one_line_refusal(busy, f"127.0.0.1:{port} is already in use")
        report = kling_mock(installed, "coverage", "--url", mock.base, cwd=scratch_project)
        assert report.returncode == 0, report.stderr
        assert "createImageGenerationTask" in report.stdout
        short = kling_mock(
            installed, "coverage", "--url", mock.base, "--fail-under", "100", cwd=scratch_project
        )
        assert short.returncode == 1 and "operations" in short.stderr, short.stderr
    from_file = kling_mock(
        installed, "coverage", "--db", "state.sqlite3", "--json", cwd=scratch_project
    )
    assert from_file.returncode == 0, from_file.stderr
    assert json.loads(from_file.stdout)["operations"]["exercised"] == 2
    gone = kling_mock(installed, "coverage", "--url", mock.base, cwd=scratch_project)
    one_line_refusal(gone, "nothing answers at")


def test_the_wheels_proxy_records_a_session_that_the_wheels_mock_replays(
    installed: Path, scratch_project: Path
) -> None:
    """proxy (in front of a mock of the same wheel) -> drift -> serve --replay."""
    recording = scratch_project / "recording"
    upstream_args = ("serve", "--workers", "1", "--db", "upstream.sqlite3")
    body = {"prompt": "a recorded wheel of cheese"}
    with running(installed, *upstream_args, cwd=scratch_project) as upstream:
        proxy_args = ("proxy", "--upstream", upstream.base, "--record", str(recording))
        with running(installed, *proxy_args, cwd=scratch_project) as proxy:
            nothing_yet = kling_mock(installed, "drift", "--url", proxy.base, cwd=scratch_project)
            one_line_refusal(nothing_yet, "has checked no answer yet")
            recorded_id = proxy.post("/v1/images/generations", body).json()["data"]["task_id"]
            assert proxy.get(f"/v1/images/generations/{recorded_id}").ok
            drift = kling_mock(installed, "drift", "--url", proxy.base, cwd=scratch_project)
            assert (drift.returncode, drift.stdout) == (
                0,
                "no drift: 2 answers checked, every one matched spec/\n",
            ), drift.stderr
    assert len(list(recording.glob("*.json"))) == 2
    replay_args = ("serve", "--workers", "1", "--db", "replay.sqlite3", "--replay", str(recording))
    with running(installed, *replay_args, cwd=scratch_project) as replay:
        assert "replaying 2 recorded interactions" in replay.log.read_text()
        replayed = replay.post("/v1/images/generations", body)
        assert replayed.headers["X-Mock-Replayed"] == "createImageGenerationTask"
        assert replayed.json()["data"]["task_id"] == recorded_id
        simulated = replay.post("/v1/images/generations", {"prompt": "something else"})
        assert "X-Mock-Replayed" not in simulated.headers
        assert simulated.json()["data"]["task_id"] != recorded_id
    (scratch_project / "empty").mkdir()
    empty = kling_mock(installed, "serve", "--replay", "empty", cwd=scratch_project)
    one_line_refusal(empty, "no recorded interaction")


def test_the_wheels_ca_is_what_its_https_mock_is_trusted_with(
    installed: Path, scratch_project: Path
) -> None:
    made = kling_mock(installed, "ca", "--db", "state.sqlite3", cwd=scratch_project)
    assert made.returncode == 0, made.stderr
    ca_file = Path(made.stdout.strip())
    assert ca_file.is_file() and ca_file.is_relative_to(scratch_project)
    bundle = kling_mock(installed, "ca", "--db", "state.sqlite3", "--bundle", cwd=scratch_project)
    assert bundle.returncode == 0 and Path(bundle.stdout.strip()).is_file(), bundle.stderr
    tls_args = ("serve", "--workers", "1", "--db", "state.sqlite3", "--tls")
    with running(installed, *tls_args, cwd=scratch_project, ca_file=ca_file) as mock:
        assert mock.post("/v1/images/generations", {"prompt": "p"}).json()["code"] == 0
