"""The generated package stands on its own: standard library and requests, nothing else."""

from __future__ import annotations

import ast
import sys

from codegen.generate import OUT_DIR

ALLOWED = {"requests", "PIL"}  # Pillow only inside the rules engine, imported lazily


def imported_modules(source: str) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_the_client_imports_only_the_standard_library_and_requests() -> None:
    modules: set[str] = set()
    for path in (OUT_DIR / "kling_client").rglob("*.py"):
        modules |= imported_modules(path.read_text(encoding="utf-8"))
    foreign = {m for m in modules if m not in sys.stdlib_module_names and m != "__future__"}
    assert foreign <= ALLOWED
