"""Which spec/ and generated/ ``kling-codegen`` works on when no option names them.

The project the command is run in, never the copy of spec/ installed with the package: from the
current directory upwards, the first folder whose ``spec/`` holds a ``common.yaml`` is the project
root (as git finds ``.git``). Run outside any project, the command says so instead of quietly
reading the installed package's own spec.
"""

from __future__ import annotations

from pathlib import Path

from spec.documents import COMMON, SpecError

SPEC = "spec"
GENERATED = "generated"


def find_root(start: Path | None = None) -> Path | None:
    """The nearest folder at or above ``start`` (default: the working directory) with a spec/."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / SPEC / COMMON).is_file():
            return folder
    return None


def root(start: Path | None = None) -> Path:
    found = find_root(start)
    if found is None:
        where = (start or Path.cwd()).resolve()
        raise SpecError(
            f"no {SPEC}/{COMMON} in {where} or any folder above it: run kling-codegen in a "
            f"project that has a {SPEC}/ folder, or name one with --spec DIR"
        )
    return found


def spec_dir(start: Path | None = None) -> Path:
    """The project's spec/ (relative to ``start`` when it is inside it, for short messages)."""
    return _short(root(start) / SPEC, start)


def generated_dir(start: Path | None = None) -> Path:
    return _short(root(start) / GENERATED, start)


def _short(path: Path, start: Path | None) -> Path:
    base = (start or Path.cwd()).resolve()
    try:
        return path.relative_to(base)
    except ValueError:
        return path
