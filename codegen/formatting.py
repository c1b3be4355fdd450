"""Let ruff format the output: ``ruff check --fix-only`` then ``ruff format``.

ruff runs from the same interpreter as the generator (``sys.executable -m ruff``), so the pinned
version in the venv decides the layout. The output tree carries its own ``pyproject.toml`` with
the ruff settings, which makes the result independent of where the tree is rendered.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


class FormattingError(RuntimeError):
    """ruff failed on the rendered code (usually a template produced invalid Python)."""


def _ruff(*args: str, cwd: Path) -> None:
    command = [sys.executable, "-m", "ruff", *args, "--no-cache", "--quiet", "."]
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise FormattingError(f"{' '.join(command[2:])} failed:\n{done.stdout}{done.stderr}")


def format_tree(root: Path) -> None:
    """Fix what ruff can fix (unused imports, import order), then format, in place."""
    _ruff("check", "--fix-only", "--exit-zero", cwd=root)
    _ruff("format", cwd=root)
