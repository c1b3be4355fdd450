"""The ignore list never names a file the repository keeps (it would hide edits to it)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_no_committed_file_is_ignored() -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    ignored = subprocess.run(
        ["git", "ls-files", "--cached", "--ignored", "--exclude-standard"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    assert ignored == []


@pytest.mark.parametrize(
    "left_behind",
    [
        ".schemathesis/report.json",  # the Schemathesis CLI run from the project root
        ".kling-mock/state.sqlite3",  # make serve
        "site/index.html",  # make docs
        "dist/kling_client-1.0.0-py3-none-any.whl",  # make dist
        ".hypothesis/examples/x",  # the properties
    ],
)
def test_what_the_tools_leave_in_the_checkout_is_ignored(left_behind: str) -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    checked = subprocess.run(["git", "check-ignore", "-q", left_behind], cwd=ROOT, check=False)
    assert checked.returncode == 0, f"{left_behind} would show as untracked"


def test_a_link_to_a_shared_virtualenv_is_ignored(tmp_path: Path) -> None:
    """A git worktree that links the checkout's .venv must not commit the link: checking that
    commit out replaces the checkout's own virtualenv with it."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    shutil.copy(ROOT / ".gitignore", tmp_path / ".gitignore")
    (tmp_path / ".venv").symlink_to(sys.prefix, target_is_directory=True)
    checked = subprocess.run(["git", "check-ignore", "-q", ".venv"], cwd=tmp_path, check=False)
    assert checked.returncode == 0, ".venv as a link would show as untracked"
