"""What the generator writes: every output file, the template or runtime module it comes from.

Paths are relative to the output directory (``generated/``). Static runtime modules are copied
byte for byte (then formatted like everything else, which leaves them unchanged).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen import error_classes, modules
from codegen.ir import Api
from spec.documents import SPEC_DIR

CODEGEN_DIR = Path(__file__).resolve().parent
TEMPLATE_DIR = CODEGEN_DIR / "templates"
RUNTIME_DIR = CODEGEN_DIR / "runtime"
PACKAGE = "kling_client"
#: The compiled request schemas, shipped as package data beside ``_schemas.py``.
SCHEMAS_DATA = "_schemas.json"
PACKAGE_VERSION = "0.1.0"
#: What ``AsyncKlingClient`` needs beyond the blocking client (the wheel's ``async`` extra).
ASYNC_REQUIREMENT = "httpx>=0.28.1,<0.29"

#: runtime module -> name inside the package.
STATIC_MODULES: dict[str, str] = {
    "_auth.py": "_auth.py",
    "_deprecation.py": "_deprecation.py",
    "_errors.py": "_errors.py",
    "_async_http.py": "_async_http.py",
    "_http.py": "_http.py",
    "_raw.py": "_raw.py",
    "_schemas.py": "_schemas.py",
    "_images.py": "_images.py",
    "_paging.py": "_paging.py",
    "_parsing.py": "_parsing.py",
    "_tasks.py": "_tasks.py",
    "_validation.py": "_validation.py",
    "_waiting.py": "_waiting.py",
}

#: The engine package shipped whole inside the client (same text), and its name there.
ENGINE_DIR = SPEC_DIR / "engine"
ENGINE_PACKAGE = "_engine"

#: Public names the package re-exports from its static modules.
RUNTIME_EXPORTS: dict[str, tuple[str, ...]] = {
    "_errors": (
        "APIConnectionError",
        "APIError",
        "APITimeoutError",
        "AuthenticationError",
        "ConcurrencyLimitError",
        "ContentPolicyError",
        "InsufficientBalanceError",
        "InvalidRequestError",
        "KlingError",
        "NotFoundError",
        "PermissionDeniedError",
        "RateLimitError",
        "ResponseShapeError",
        "ServerError",
        "TaskFailedError",
        "WaitCancelledError",
        "WaitTimeoutError",
    ),
    "_images": ("image_input", "image_to_base64"),
    "_validation": ("DeviationWarning",),
    "_raw": ("RawResponse",),
    "_client": ("AsyncKlingClient", "GATEWAY_BASE_URL", "OFFICIAL_BASE_URL", "KlingClient"),
}


@dataclass(frozen=True)
class Rendered:
    """One output file made from a template and its extra context."""

    path: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)


def rendered_files(api: Api) -> list[Rendered]:
    package = PACKAGE
    files = [
        Rendered("pyproject.toml", "pyproject.toml.jinja"),
        Rendered("README.md", "README.md.jinja"),
        Rendered(f"{package}/__init__.py", "__init__.py.jinja"),
        Rendered(f"{package}/_client.py", "_client.py.jinja"),
        Rendered(f"{package}/_error_table.py", "_error_table.py.jinja"),
        Rendered(f"{package}/_routes.py", "_routes.py.jinja"),
        Rendered(f"{package}/_designs.py", "_designs.py.jinja"),
        Rendered(f"{package}/models/__init__.py", "models/__init__.py.jinja"),
        Rendered(f"{package}/params.py", "params.py.jinja"),
        Rendered(f"{package}/resources/__init__.py", "resources/__init__.py.jinja"),
    ]
    for group in modules.model_modules(api):
        files.append(
            Rendered(f"{package}/{group.path}", "models/module.py.jinja", {"module": group})
        )
    for module in modules.resource_modules(api):
        context = {"module": module}
        files.append(Rendered(f"{package}/{module.path}", "resources/resource.py.jinja", context))
        if module.init_path is not None:
            init = f"{package}/{module.init_path}"
            files.append(Rendered(init, "resources/package.py.jinja", context))
    return files


def packages(api: Api) -> list[str]:
    """Every package of the client (dotted), for its ``pyproject.toml``."""
    found = {PACKAGE, f"{PACKAGE}.{ENGINE_PACKAGE}", f"{PACKAGE}.models", f"{PACKAGE}.resources"}
    for module in modules.resource_modules(api):
        if module.init_path is not None:
            found.add(".".join((PACKAGE, "resources", *module.folder)))
    return sorted(found)


def resource_exports(api: Api) -> list[str]:
    """What ``kling_client.resources`` re-exports: every top-level resource, sync and async."""
    return sorted(
        name for root in api.resources for name in (root.class_name, f"Async{root.class_name}")
    )


def wheel_name(version: str) -> str:
    """The file name of the client's wheel (``make dist`` writes it into dist/)."""
    return f"{PACKAGE}-{version}-py3-none-any.whl"


def static_files() -> dict[str, Path]:
    """Output path -> source file, for the files copied as they are."""
    copied = {
        f"{PACKAGE}/{target}": RUNTIME_DIR / source for source, target in STATIC_MODULES.items()
    }
    copied.update(
        {f"{PACKAGE}/{ENGINE_PACKAGE}/{source.name}": source for source in engine_modules()}
    )
    return copied


def engine_modules() -> list[Path]:
    """Every module of the engine package, shipped as it is."""
    return sorted(ENGINE_DIR.glob("*.py"))


def exports(api: Api) -> list[tuple[str, list[str]]]:
    """(module, names) for every re-export of ``kling_client/__init__.py``."""
    found = [(module, sorted(names)) for module, names in sorted(RUNTIME_EXPORTS.items())]
    found.append(("models", api.model_names))
    found.append(("params", api.param_names))
    return found


def public_names(api: Api) -> list[str]:
    return sorted(["__version__", *(name for _, names in exports(api) for name in names)])


ERROR_TREE_TEMPLATE = "error_tree.md.jinja"


def error_context(api: Api) -> dict[str, Any]:
    """What the error module and the error tree are rendered from: the spec's error table."""
    return {
        "label": functools.partial(error_classes.label, api.error_codes),
        "error_classes": error_classes.classes(api.error_codes),
        "retried_codes": error_classes.retried(api.error_codes),
    }
