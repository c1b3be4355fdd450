"""The layer contracts of mockserver/ (``[tool.importlinter]`` in pyproject.toml) hold, and they
are able to fail: an import planted upward in a copy of the package breaks them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", str(root / "pyproject.toml")],
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": str(LINT_IMPORTS.parent)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def _copy(tmp_path: Path) -> Path:
    shutil.copytree(
        ROOT / "mockserver", tmp_path / "mockserver", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_package_keeps_its_layers(tmp_path: Path) -> None:
    result = _lint(_copy(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_import_from_a_higher_layer_breaks_the_contract(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    low = root / "mockserver" / "core" / "bounds.py"
    low.write_text(low.read_text() + "\nfrom mockserver.http import routes as _planted  # noqa\n")
    result = _lint(root)
    assert result.returncode != 0
    assert "mockserver.core.bounds -> mockserver.http.routes" in result.stdout


def test_flask_imported_below_the_http_layer_breaks_the_contract(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    low = root / "mockserver" / "pipeline" / "envelope.py"
    low.write_text(low.read_text() + "\nimport flask as _planted  # noqa\n")
    result = _lint(root)
    assert result.returncode != 0
    assert "mockserver.pipeline.envelope -> flask" in result.stdout
