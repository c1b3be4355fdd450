"""Flask's request hooks are registered in one module, ``mockserver.http.edge``: no answer can
depend on the order in which modules happened to register hooks (after-request hooks run newest
first), because there is one before- and one after-request hook, and the stages they run are
listed in ``mockserver.pipeline.stages``."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "mockserver"
EDGE = PACKAGE / "http" / "edge.py"
HOOKS = {"before_request", "after_request", "before_request_funcs", "after_request_funcs"}


def registrations(source: str) -> list[str]:
    """Every use of a Flask request-hook registration in ``source``."""
    return [
        node.attr
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute) and node.attr in HOOKS
    ]


def test_only_the_edge_registers_request_hooks() -> None:
    elsewhere = {
        str(path.relative_to(PACKAGE)): found
        for path in PACKAGE.rglob("*.py")
        if path != EDGE and (found := registrations(path.read_text(encoding="utf-8")))
    }
    assert elsewhere == {}
    assert sorted(registrations(EDGE.read_text(encoding="utf-8"))) == [
        "after_request",
        "before_request",
    ]


def test_a_hook_registered_elsewhere_is_found() -> None:
    planted = "def install(app):\n    app.before_request_funcs.setdefault(None, []).insert(0, f)\n"
    assert registrations(planted) == ["before_request_funcs"]
