"""The whole pipeline: spec/ -> intermediate model -> templates + runtime -> ruff -> files.

``render_files`` is pure with respect to the output directory: it renders into a private temporary
directory and returns the formatted bytes, so ``generate`` and ``check`` see exactly the same thing.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from codegen import layout
from codegen.build import build_api
from codegen.formatting import format_tree
from codegen.render import render
from codegen.speclife.changelog import render_changelog
from codegen.tree import TreeDiff, compare, read_tree, write_tree
from spec.documents import SPEC_DIR, load_bundle

OUT_DIR = Path(__file__).resolve().parent.parent / "generated"


def render_files(spec_dir: Path = SPEC_DIR) -> dict[str, bytes]:
    """Relative path -> formatted content of every file of the generated tree."""
    api = build_api(load_bundle(spec_dir))
    files: dict[str, bytes] = {path: text.encode("utf-8") for path, text in render(api).items()}
    for path, source in layout.static_files().items():
        files[path] = source.read_bytes()
    files[f"{layout.PACKAGE}/py.typed"] = b""
    files["CHANGELOG.md"] = render_changelog(spec_dir).encode("utf-8")
    with tempfile.TemporaryDirectory(prefix="kling-codegen-") as scratch:
        root = Path(scratch)
        write_tree(root, files)
        format_tree(root)
        return read_tree(root)


def generate(spec_dir: Path = SPEC_DIR, out_dir: Path = OUT_DIR) -> dict[str, bytes]:
    """Render into ``out_dir``: every rendered file written, stale modules of the package removed.

    Only the package folder is rendered whole, so only there are files that are no longer rendered
    deleted; anything else in ``out_dir`` (a build folder, a note of yours) is left alone and, when
    it is no build artefact, reported by ``check``.
    """
    files = render_files(spec_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_tree(out_dir, files, prune_under=(f"{layout.PACKAGE}/",))
    return files


def check(spec_dir: Path = SPEC_DIR, out_dir: Path = OUT_DIR) -> TreeDiff:
    """How ``out_dir`` differs from a fresh rendering (clean when it is current)."""
    return compare(read_tree(out_dir), render_files(spec_dir))
