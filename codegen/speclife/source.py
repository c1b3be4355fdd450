"""Where a spec comes from: a directory, or ``spec/`` as committed at a git ref."""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from spec import SPEC_DIR, SpecError

__all__ = ["materialised"]


def _repository(start: Path) -> Path:
    found = subprocess.run(
        ["git", "-C", str(start), "rev-parse", "--show-toplevel"],
        capture_output=True,
        text=True,
        check=False,
    )
    if found.returncode != 0:
        raise SpecError(f"{start} is not inside a git repository")
    return Path(found.stdout.strip())


@contextmanager
def materialised(where: str, spec_dir: Path = SPEC_DIR) -> Iterator[Path]:
    """A directory holding the spec named by ``where``: an existing directory, or a git ref.

    A ref (``HEAD~1``, ``main``, a tag) means the ``spec_dir`` folder as committed at that ref;
    it is unpacked into a temporary directory that lives as long as the ``with`` block.
    """
    candidate = Path(where)
    if candidate.is_dir():
        yield candidate
        return
    root = _repository(spec_dir if spec_dir.is_dir() else Path.cwd())
    inside = spec_dir.resolve().relative_to(root.resolve()).as_posix()
    archive = subprocess.run(
        ["git", "-C", str(root), "archive", "--format=tar", f"{where}:{inside}"],
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        message = archive.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = message[-1] if message else "unknown error"
        raise SpecError(f"{where!r} is neither a directory nor a git ref with {inside}/ ({reason})")
    with tempfile.TemporaryDirectory(prefix="kling-spec-") as scratch:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(scratch, filter="data")
        yield Path(scratch)
