"""The ignore list never names a file the repository keeps (it would hide edits to it)."""

from __future__ import annotations

import shutil
import subprocess
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
        ".venv",  # the virtualenv, or a link to one (a git worktree sharing the checkout's)
    ],
)
def test_what_the_tools_leave_in_the_checkout_is_ignored(left_behind: str) -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    checked = subprocess.run(["git", "check-ignore", "-q", left_behind], cwd=ROOT, check=False)
    assert checked.returncode == 0, f"{left_behind} would show as untracked"
