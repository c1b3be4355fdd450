"""The CI entry point runs what a developer runs: a script bash reads whole, that installs what
the tests need from Debian, makes PostgreSQL's tests required and ends in ``make test``."""

from __future__ import annotations

import subprocess
from pathlib import Path

ENTRY = Path(__file__).resolve().parents[1] / ".ci" / "run"


def commands() -> list[str]:
    text = ENTRY.read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line.strip()[0] != "#"]


def test_the_ci_entry_point_is_a_script_bash_reads_whole() -> None:
    checked = subprocess.run(["bash", "-n", str(ENTRY)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr


def test_the_ci_entry_point_requires_postgresql_and_ends_in_make_test() -> None:
    found = commands()
    assert found[-1] == "make test"
    assert found.index("set -euo pipefail") < found.index("export KLING_REQUIRE_POSTGRES=1")
