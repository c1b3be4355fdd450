"""The generated client passes ``mypy --strict`` and ruff on its own (no project config)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from codegen.generate import OUT_DIR


def test_generated_client_is_mypy_strict_clean(tmp_path: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--config-file",
        "/dev/null",
        "--cache-dir",
        str(tmp_path / "cache"),
        "kling_client",
    ]
    done = subprocess.run(command, cwd=OUT_DIR, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_generated_client_is_ruff_clean() -> None:
    command = [sys.executable, "-m", "ruff", "check", "--no-cache", "."]
    done = subprocess.run(command, cwd=OUT_DIR, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
