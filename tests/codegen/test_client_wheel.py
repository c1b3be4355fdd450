"""The client's own wheel (``make dist`` builds it from generated/) ships every module of the
package, the resource and model subpackages and the schemas' package data included."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from codegen.generate import OUT_DIR


def test_the_client_wheel_holds_every_file_of_the_package(tmp_path: Path) -> None:
    source = tmp_path / "generated"
    shutil.copytree(OUT_DIR, source, ignore=shutil.ignore_patterns("__pycache__", "build", "dist"))
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--skip-dependency-check",
         "--outdir", str(tmp_path / "dist"), str(source)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (wheel,) = (tmp_path / "dist").glob("kling_client-*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    package = source / "kling_client"
    expected = {f"kling_client/{p.relative_to(package).as_posix()}" for p in package.rglob("*")}
    assert {name for name in expected if "." in name.rsplit("/", 1)[-1]} <= shipped
