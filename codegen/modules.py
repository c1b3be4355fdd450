"""Which generated module holds each resource and each model, so the client reads well in an IDE.

Resources: one module per node of ``client.<a>.<b>``, holding its sync class and its async twin
side by side (as Stainless-generated clients do). A node with children is a package:
``resources/videos/__init__.py`` re-exports, ``resources/videos/videos.py`` holds ``client.videos``
itself and ``resources/videos/text2video.py`` holds ``client.videos.text2video``. A node without
children is one module beside its siblings (``resources/tasks.py``).

Models: grouped by the top-level resource that uses them (``models/videos.py``); a model or alias
several of them use, or none, lives in ``models/shared.py``. ``kling_client.models`` re-exports
every name, so ``from kling_client.models import Task`` works whichever module holds it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from codegen.fields import Alias, Model
from spec.documents import SpecError

if TYPE_CHECKING:
    from codegen.ir import Api, Operation, Resource

#: The models module of whatever several top-level resources (or none) use.
SHARED = "shared"


def _up(parts: int) -> str:
    """The relative-import prefix from a module ``parts`` steps below ``kling_client`` back up to
    the package (``resources/videos/text2video.py`` is 3 steps: ``...``)."""
    return "." * parts


@dataclass(frozen=True)
class ResourceModule:
    """One resource node's module: its classes (sync then async) and what they import."""

    resource: Resource
    param_names: frozenset[str]

    @property
    def is_package(self) -> bool:
        return bool(self.resource.children)

    @property
    def folder(self) -> tuple[str, ...]:
        """The folder under ``resources/`` the module sits in."""
        path = self.resource.path
        return path if self.is_package else path[:-1]

    @property
    def path(self) -> str:
        """Where the module is written, relative to the package."""
        return "/".join(("resources", *self.folder, f"{self.resource.attribute}.py"))

    @property
    def init_path(self) -> str | None:
        """The ``__init__.py`` of the node's package (None for a leaf module)."""
        return "/".join(("resources", *self.folder, "__init__.py")) if self.is_package else None

    @property
    def up(self) -> str:
        """How the module's relative imports reach ``kling_client`` (``..`` or ``...``)."""
        return _up(len(self.folder) + 2)

    @property
    def class_names(self) -> tuple[str, ...]:
        """The node's entry classes, sync then async (what its package re-exports)."""
        name = self.resource.class_name
        return (name, f"Async{name}")

    @property
    def package_exports(self) -> list[str]:
        """What the node's package re-exports: its classes and its children's."""
        nodes = [self.resource, *self.resource.children]
        return sorted(
            name for node in nodes for name in (node.class_name, f"Async{node.class_name}")
        )

    @property
    def batch_routes(self) -> list[Operation]:
        """The batch queries the node reads through (their ``BatchRoute`` lives in ``_routes``)."""
        found = {op.operation_id: op for op in (self.resource.batch_op, self.resource.reader) if op}
        return [found[name] for name in sorted(found)]

    @property
    def model_imports(self) -> list[str]:
        """Models and aliases the methods mention (from ``kling_client.models``)."""
        return sorted(self.resource.names() - self.param_names)

    @property
    def param_imports(self) -> list[str]:
        """Request TypedDicts the methods mention (from ``kling_client.params``)."""
        return sorted(self.resource.names() & self.param_names)


def resource_modules(api: Api) -> list[ResourceModule]:
    """Every node's module, parents before children; refuses a child named like its parent
    (its module would take the parent's own module's place)."""
    params = frozenset(p.name for p in api.params)
    found = []
    for node in api.all_resources:
        if any(child.attribute == node.attribute for child in node.children):
            raise SpecError(f"{node.dotted}: a child may not share its parent's name")
        found.append(ResourceModule(node, params))
    return found


@dataclass(frozen=True)
class ModelModule:
    """One module of ``kling_client.models``: its aliases and models, in the spec's order."""

    name: str
    aliases: tuple[Alias, ...]
    models: tuple[Model, ...]
    shared_imports: tuple[str, ...]
    """Names of ``models/shared.py`` its classes mention."""

    @property
    def path(self) -> str:
        return f"models/{self.name}.py"

    @property
    def doc(self) -> str:
        if self.name == SHARED:
            return "The models several resources answer with (or none of the client's methods)."
        return f"What ``client.{self.name}`` answers, as typed models."

    @property
    def names(self) -> list[str]:
        return sorted([a.name for a in self.aliases] + [m.name for m in self.models])


def _users(api: Api) -> dict[str, set[str]]:
    """Model or alias name -> the top-level resources whose methods reach it (through fields of
    other models too)."""
    models = {m.name: m for m in api.models}
    users: dict[str, set[str]] = {name: set() for name in api.model_names}
    for root in api.resources:
        todo = list(frozenset().union(*(node.names() for node in root.walk())))
        seen: set[str] = set()
        while todo:
            name = todo.pop()
            if name in seen or name not in users:
                continue
            seen.add(name)
            users[name].add(root.attribute)
            if name in models:
                todo += models[name].names()
    return users


def model_modules(api: Api) -> list[ModelModule]:
    """The models split by the one top-level resource that uses them, the rest shared.

    What several resources use is shared, and so is everything it mentions, so a resource's
    module imports only from ``shared`` and ``shared`` imports from no other.
    """
    users = _users(api)
    if SHARED in {root.attribute for root in api.resources}:
        raise SpecError(f"{SHARED!r} names the shared models module: no resource may take it")
    home = {name: next(iter(found)) if len(found) == 1 else SHARED for name, found in users.items()}
    by_name = {m.name: m for m in api.models}
    spread = [name for name, group in home.items() if group == SHARED]
    while spread:  # what a shared model mentions is shared too (a model no method reaches)
        model = by_name.get(spread.pop())
        for name in model.names() if model else ():
            if home.get(name, SHARED) != SHARED:
                home[name] = SHARED
                spread.append(name)
    groups = [*sorted({*home.values()} - {SHARED}), SHARED]
    modules = []
    for group in groups:
        aliases = tuple(a for a in api.aliases if home[a.name] == group)
        models = tuple(m for m in api.models if home[m.name] == group)
        mentioned = frozenset().union(*(m.names() for m in models))
        shared = tuple(sorted(n for n in mentioned if home.get(n) == SHARED and group != SHARED))
        modules.append(ModelModule(group, aliases, models, shared))
    return [module for module in modules if module.aliases or module.models]
