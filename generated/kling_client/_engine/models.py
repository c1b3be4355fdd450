"""Which model a request chose, and what the spec says of it (``x-kling-models``).

A create's schema may carry a model table: the selector (a body field such as ``model_name``, or
with ``in: path`` a path parameter such as ``model``) and, per model, the values it allows, the
fields it does not use, the values it implies, its price and its narrower limits. Every question
"which model did this request choose" is :meth:`ModelTable.choose`: the checks (``rules``), the
leniency that drops unused fields, the mock's retirement and its prices all ask it, so a model
chosen in the path or a nested field means the same thing everywhere. Standard library only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .values import NO_DEFAULT, default_of, join, path_list, present, text_of

__all__ = ["MODELS", "ModelEntry", "ModelTable"]

#: Where a compiled object schema keeps its model table.
MODELS = "x-kling-models"


@dataclass(frozen=True)
class ModelEntry:
    """One model's entry of the table, as the request chose it."""

    name: str
    label: str
    """How messages name the choice: ``model kling-3.0-turbo``, ``model_name kling-v2-6``."""
    allow: Mapping[str, Any] = field(default_factory=dict)
    unsupported: tuple[str, ...] = ()
    """Field paths (relative to the object that holds the table) the model does not use."""
    implied: Mapping[str, Any] = field(default_factory=dict)
    """Field path -> the value the model behaves as if sent (3.0 Turbo's audio is always on)."""
    price: tuple[Mapping[str, Any], ...] = ()
    narrow: Mapping[str, Any] = field(default_factory=dict)
    require: Any = None
    when: tuple[Mapping[str, Any], ...] = ()
    rules: tuple[Mapping[str, Any], ...] = ()
    messages: Mapping[str, Any] = field(default_factory=dict)
    """Field path -> this model's own sentences for that field (as ``x-kling-messages``)."""


def _mappings(raw: object) -> tuple[Mapping[str, Any], ...]:
    return tuple(item for item in raw if isinstance(item, Mapping)) if isinstance(raw, list) else ()


def _mapping(raw: object) -> Mapping[str, Any]:
    return raw if isinstance(raw, Mapping) else {}


@dataclass(frozen=True)
class ModelTable:
    """The model table of one object schema: its selector and each model's entry."""

    field: str
    in_path: bool
    entries: Mapping[str, Any]
    default: object = NO_DEFAULT
    """The selector's schema default (a body selector that was not sent)."""

    @classmethod
    def of(cls, schema: Mapping[str, Any]) -> ModelTable | None:
        """The table a compiled object schema carries (None: it has none, or a malformed one)."""
        block = schema.get(MODELS) if isinstance(schema, Mapping) else None
        if not isinstance(block, Mapping):
            return None
        selector, entries = block.get("field"), block.get("models")
        if not isinstance(selector, str) or not selector or not isinstance(entries, Mapping):
            return None
        in_path = block.get("in", "body") == "path"
        default = NO_DEFAULT if in_path else default_of(schema, selector)
        return cls(selector, in_path, entries, default)

    def selected(self, body: object, path_args: Mapping[str, object] | None = None) -> str | None:
        """The selector's value in a request (sent, else its default), as text."""
        if self.in_path:
            value = (path_args or {}).get(self.field)
            return text_of(value) if value is not None else None
        sent = present(body, "", self.field) if isinstance(body, Mapping) else []
        if sent:
            return text_of(sent[0].value)
        return None if self.default is NO_DEFAULT else text_of(self.default)

    def sent(self, body: object, path_args: Mapping[str, object] | None = None) -> str | None:
        """The selector's value only when the request gives one (no default)."""
        if self.in_path:
            return self.selected(body, path_args)
        found = present(body, "", self.field) if isinstance(body, Mapping) else []
        return text_of(found[0].value) if found else None

    def choose(
        self, body: object, path_args: Mapping[str, object] | None = None, prefix: str = ""
    ) -> ModelEntry | None:
        """The entry of the model the request chose (None: no choice, or a model the table does
        not list). ``prefix`` is where the table's object sits in the body, for messages."""
        name = self.selected(body, path_args)
        raw = self.entries.get(name) if name is not None else None
        if name is None or not isinstance(raw, Mapping):
            return None
        where = self.field if self.in_path else join(prefix, self.field)
        return ModelEntry(
            name=name,
            label=f"{where} {name}",
            allow=_mapping(raw.get("allow")),
            unsupported=tuple(path_list(raw.get("unsupported"))),
            implied=_mapping(raw.get("implied")),
            price=_mappings(raw.get("price")),
            narrow=_mapping(raw.get("narrow")),
            require=raw.get("require"),
            when=_mappings(raw.get("when")),
            rules=_mappings(raw.get("rules")),
            messages=_mapping(raw.get("messages")),
        )
