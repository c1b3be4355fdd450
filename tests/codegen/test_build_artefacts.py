"""Installing or building the client leaves artefacts in generated/; the generator lets them be.

``pip install ./generated`` writes build/ and *.egg-info, ``python -m build`` writes dist/, and
Python writes __pycache__/. The drift check does not count them and ``generate`` deletes none of
them, nor anything else it did not write.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen.generate import OUT_DIR, check, generate

ARTEFACTS = (
    "build/lib/kling_client/__init__.py",
    "build/bdist.linux-x86_64/wheel/kling_client/_http.py",
    "kling_client.egg-info/PKG-INFO",
    "dist/kling_client-0.1.0-py3-none-any.whl",
    "kling_client/__pycache__/_http.cpython-311.pyc",
)


@pytest.fixture
def installed_copy(tmp_path: Path) -> Path:
    """A copy of generated/ after an install: every artefact a packaging tool leaves."""
    copy = tmp_path / "generated"
    shutil.copytree(OUT_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ARTEFACTS:
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        (copy / name).write_bytes(b"artefact")
    return copy


def test_the_drift_check_does_not_count_build_artefacts(installed_copy: Path) -> None:
    diff = check(out_dir=installed_copy)
    assert diff.clean, diff.summary("generated")


def test_generate_keeps_build_artefacts(installed_copy: Path) -> None:
    generate(out_dir=installed_copy)
    assert all((installed_copy / name).read_bytes() == b"artefact" for name in ARTEFACTS)


def test_generate_keeps_a_file_it_did_not_write_and_check_reports_it(
    installed_copy: Path,
) -> None:
    (installed_copy / "NOTES.txt").write_text("mine")
    generate(out_dir=installed_copy)
    assert (installed_copy / "NOTES.txt").read_text() == "mine"
    assert check(out_dir=installed_copy).extra == ["NOTES.txt"]


def test_generate_removes_a_package_module_it_no_longer_renders(installed_copy: Path) -> None:
    stale = installed_copy / "kling_client" / "resources" / "retired.py"
    stale.write_text('"""Generated from spec/ by kling-codegen: do not edit."""\n')
    generate(out_dir=installed_copy)
    assert not stale.exists()
    assert check(out_dir=installed_copy).clean
