"""Files on disk as a mapping, and the difference between two trees.

``check`` compares the committed ``generated/`` with a fresh rendering file by file; ``generate``
rewrites the tree, deleting files it rendered before and renders no more. Build artefacts (what
``pip install ./generated`` or ``python -m build`` leave: build/, dist/, *.egg-info, caches) are
neither compared nor deleted: they are not the generator's to judge.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

IGNORED_PARTS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})
IGNORED_SUFFIXES = (".pyc", ".egg-info")
IGNORED_TOP = frozenset({"build", "dist"})  #: what packaging tools write next to pyproject.toml


def is_artefact(relative: Path) -> bool:
    """Whether a path under the tree's root is a cache or build output rather than a source."""
    parts = relative.parts
    if parts and parts[0] in IGNORED_TOP:
        return True
    return any(part in IGNORED_PARTS or part.endswith(IGNORED_SUFFIXES) for part in parts)


def read_tree(root: Path) -> dict[str, bytes]:
    """Relative POSIX path -> content of every file under ``root`` (caches and builds skipped)."""
    if not root.exists():
        return {}
    found: dict[str, bytes] = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if is_artefact(relative):
            continue
        if path.is_file():
            found[relative.as_posix()] = path.read_bytes()
    return found


@dataclass
class TreeDiff:
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    different: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def clean(self) -> bool:
        return not (self.missing or self.extra or self.different)

    def summary(self, target: str) -> str:
        """A few readable lines: which files are missing, extra or different, and by how much."""
        lines = [f"{target} is stale: it does not match what the spec renders."]
        lines += [f"  missing    {name}" for name in self.missing]
        lines += [f"  extra      {name}" for name in self.extra]
        lines += [
            f"  different  {name} (+{added} -{removed} lines)"
            for name, (added, removed) in self.different.items()
        ]
        lines.append("Run `make generate` (kling-codegen generate) and commit the result.")
        return "\n".join(lines)


def _changed_lines(old: bytes, new: bytes) -> tuple[int, int]:
    added = removed = 0
    old_lines = old.decode("utf-8", "replace").splitlines()
    new_lines = new.decode("utf-8", "replace").splitlines()
    for line in difflib.unified_diff(old_lines, new_lines, lineterm="", n=0):
        if line.startswith("+") and not line.startswith("+++"):
            added += 1
        elif line.startswith("-") and not line.startswith("---"):
            removed += 1
    return added, removed


def compare(actual: dict[str, bytes], expected: dict[str, bytes]) -> TreeDiff:
    """How ``actual`` (on disk) differs from ``expected`` (freshly rendered)."""
    diff = TreeDiff(
        missing=sorted(set(expected) - set(actual)),
        extra=sorted(set(actual) - set(expected)),
    )
    for name in sorted(set(actual) & set(expected)):
        if actual[name] != expected[name]:
            diff.different[name] = _changed_lines(actual[name], expected[name])
    return diff


def write_tree(
    root: Path, files: dict[str, bytes], *, prune_under: tuple[str, ...] = ("",)
) -> None:
    """Write ``files`` under ``root`` (changed ones only) and delete stale files.

    A stale file is one ``root`` holds and ``files`` does not; only those whose path starts with
    one of ``prune_under`` are deleted (the folders the caller renders whole), with the folders
    their deletion leaves empty. Anything else, artefacts included, is left where it is.
    """
    current = read_tree(root)
    stale = [name for name in sorted(set(current) - set(files)) if name.startswith(prune_under)]
    for name in stale:
        (root / name).unlink()
    for name, content in files.items():
        path = root / name
        if current.get(name) != content:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
    emptied = {
        parent for name in stale for parent in (root / name).parents if root in parent.parents
    }
    for directory in sorted(emptied, key=lambda p: len(p.parts), reverse=True):
        if directory.is_dir() and not any(directory.iterdir()):
            directory.rmdir()
