"""The generated package stands on its own: standard library and requests, nothing else.

httpx is the ``async`` extra: only the asyncio core imports it, and ``AsyncKlingClient`` loads
that core when it is built, so a blocking user never needs httpx installed.
"""

from __future__ import annotations

import ast
import subprocess
import sys

from codegen import layout
from codegen.generate import OUT_DIR

ALLOWED = {"requests", "PIL"}  # Pillow only inside the rules engine, imported lazily
ASYNC_EXTRA = {"httpx"}
TYPE_CHECKERS_ONLY = {"typing_extensions"}  # under TYPE_CHECKING: stubs every checker ships
ASYNC_CORE = "_async_http.py"


def imported_modules(source: str) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def module_level_imports(source: str) -> set[str]:
    """Imports run when the module loads (not those inside functions or ``if TYPE_CHECKING``)."""
    tree = ast.parse(source)
    top = [node for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)]
    return imported_modules(ast.unparse(ast.Module(body=top, type_ignores=[])))


def foreign(modules: set[str]) -> set[str]:
    return {m for m in modules if m not in sys.stdlib_module_names and m != "__future__"}


def test_the_client_imports_only_the_standard_library_and_requests() -> None:
    modules: set[str] = set()
    for path in (OUT_DIR / "kling_client").rglob("*.py"):
        modules |= imported_modules(path.read_text(encoding="utf-8"))
    assert foreign(modules) <= ALLOWED | ASYNC_EXTRA | TYPE_CHECKERS_ONLY


def test_only_the_asyncio_core_loads_httpx() -> None:
    for path in (OUT_DIR / "kling_client").rglob("*.py"):
        loaded = foreign(module_level_imports(path.read_text(encoding="utf-8")))
        assert loaded <= (ALLOWED | ASYNC_EXTRA if path.name == ASYNC_CORE else ALLOWED), path


def test_the_blocking_client_works_without_httpx_installed() -> None:
    script = (
        "import sys; sys.modules['httpx'] = None\n"  # makes `import httpx` fail
        "import kling_client\n"
        "kling_client.KlingClient(api_key='k')\n"
        "try:\n"
        "    kling_client.AsyncKlingClient(api_key='k')\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=OUT_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    # the way to install what is missing, with nothing from an index that does not have it
    assert f"pip install '{layout.ASYNC_REQUIREMENT}'" in done.stdout
    assert "[async]'" in done.stdout and "kling-client[async]" not in done.stdout
