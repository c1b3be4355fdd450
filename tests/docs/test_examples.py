"""Every example of every page (and of the README) runs as printed.

``console`` blocks run command by command and what they print is compared with the page; ``python``
blocks run against a served mock and what they print is compared with their ``<!-- output -->``
block; ``toml`` blocks load as a mock configuration. A block the runner cannot run must say why in
``<!-- not run: reason -->`` right before it (docs/project/docs.md).
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import av
import pytest
from PIL import Image

from mockserver.core.config import Settings, load_config
from tests.docs.blocks import ROOT, Block, blocks, output_of
from tests.docs.console import run_block, run_servers_block
from tests.docs.printed import matches
from tests.docs.python_run import run_python
from tests.docs.served import Served

SHELL = {"bash", "sh", "shell", "zsh"}
RUN_KINDS = {
    "console": {None, "checkout", "project-copy", "servers"},
    "python": {None, "pytest-project"},
    "toml": {None},
}


def looks_runnable(block: Block) -> bool:
    """A block of a runnable language, or a shell session fenced without one."""
    if block.language in RUN_KINDS or block.language in SHELL:
        return True
    return block.language == "" and any(line.startswith("$ ") for line in block.text.splitlines())


EXAMPLES = [block for block in blocks() if looks_runnable(block)]
TO_RUN = [block for block in EXAMPLES if block.not_run is None]


def test_every_block_left_unrun_says_why() -> None:
    unexplained = [b.where for b in EXAMPLES if b.not_run is not None and len(b.not_run) < 10]
    assert unexplained == []


@pytest.mark.parametrize("block", TO_RUN, ids=[block.where for block in TO_RUN])
def test_the_example_runs_as_printed(
    block: Block, fresh_mock: Served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kinds = RUN_KINDS.get(block.language)
    assert kinds is not None and block.run_kind in kinds, (
        f"{block.where}: a {block.language or 'shell session'} block run as "
        f"{block.run_kind or 'default'} is not something the runner knows; label it console or "
        "python, or put <!-- not run: why --> before it (docs/project/docs.md)"
    )
    monkeypatch.chdir(tmp_path)
    if block.language == "console":
        run_console(block, fresh_mock, tmp_path)
    elif block.language == "python":
        run_python_block(block, fresh_mock, tmp_path, monkeypatch)
    else:
        config_file = write(tmp_path / "mock.toml", block)
        Settings.from_config(load_config({"KLING_CONFIG": str(config_file)}, environ={}))


def write(path: Path, block: Block) -> Path:
    path.write_text(block.text, encoding="utf-8")
    return path


def run_console(block: Block, mock: Served, folder: Path) -> None:
    if block.run_kind == "checkout":
        run_block(block.text, ROOT, None)
        return
    if block.run_kind == "servers":
        run_servers_block(block.text, folder)
        return
    if block.run_kind == "project-copy":
        project_copy(folder)
        run_block(block.text, folder, None)
        return
    (folder / ".kling-mock").symlink_to(mock.state, target_is_directory=True)
    run_block(block.text, folder, mock.base_url)
    for written in folder.glob("*.mp4"):
        with av.open(str(written)) as container:
            assert [stream.type for stream in container.streams][:1] == ["video"]
    for written in folder.glob("*.png"):
        with Image.open(written) as picture:
            assert picture.format == "PNG"


def project_copy(folder: Path) -> None:
    """spec/ and generated/ of the checkout, committed to a fresh git repository in ``folder``."""
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", ".mypy_cache")
    for name in ("spec", "generated"):
        shutil.copytree(ROOT / name, folder / name, ignore=ignore)
    git = ["git", "-c", "user.name=docs", "-c", "user.email=docs@example.com"]
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "copy"]):
        subprocess.run([*git, *command], cwd=folder, check=True, capture_output=True)


def run_python_block(
    block: Block, mock: Served, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if block.run_kind == "pytest-project":
        verdicts, report = pytest_project_run()
        assert verdicts.get(module_name(block)) == "passed", report
        return
    printed = run_python(block.text, mock, monkeypatch)
    expected = output_of(block)
    if expected is None:
        assert not printed.strip(), (
            f"{block.where} prints, but no <!-- output --> block follows it:\n{printed}"
        )
    else:
        assert matches(expected.text, printed, mock.base_url), (
            f"{block.where}: the page prints\n{expected.text}\nit printed\n{printed}"
        )


def module_name(block: Block) -> str:
    """The test file a ``pytest-project`` block becomes (the same text is one file)."""
    return f"test_example_{zlib.crc32(block.text.encode()):08x}.py"


@functools.cache
def pytest_project_run() -> tuple[dict[str, str], str]:
    """Every ``pytest-project`` block as a test file of one throwaway project, run by one ``pytest``
    (it starts slowly): whether each file passed, and pytest's report. The fixtures come only from
    the installed plugin: no conftest, no path tricks."""
    with tempfile.TemporaryDirectory() as folder:
        directory = Path(folder)
        (directory / "pytest.ini").write_text("[pytest]\n")
        for block in TO_RUN:
            if block.run_kind == "pytest-project":
                (directory / module_name(block)).write_text(block.text, encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-rA", "-p", "no:cacheprovider", "-W", "error"],
            cwd=directory, capture_output=True, text=True, timeout=600,
        )  # fmt: skip
    report = done.stdout + done.stderr
    verdicts: dict[str, str] = {}
    for outcome, name in re.findall(r"^(PASSED|FAILED|ERROR) (test_example_\w+\.py)", report, re.M):
        if verdicts.get(name) in (None, "passed"):
            verdicts[name] = outcome.lower()
    return verdicts, report
