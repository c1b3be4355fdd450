"""The API's designs as typed objects: one task, written and read in each design's words.

A design (a block of ``components.x-kling-designs``) says which field of a task holds which role
(id, status, message, results, billing, times), how each status is spelled, whether results are a
``task_result`` object or typed ``outputs[]``, how billing reads and what a lookup of an unknown
task answers. The mock keeps a task once, in no design's words (``TaskView``); ``Design.project``
is the one place that writes it as an answer and ``Design.read`` the one place that reads an
answer back (``TaskFacts``). The canonical status vocabulary below is the only spelling of a
status in Python; every other word comes from the spec.

Standard library only: the generated client ships this module as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

__all__ = [
    "CASH",
    "DEFAULT_DESIGN",
    "FAILED",
    "FINISHED",
    "PROCESSING",
    "STATUSES",
    "SUBMITTED",
    "SUCCEEDED",
    "UNIT",
    "Billing",
    "Design",
    "NotFound",
    "OutputRule",
    "Roles",
    "TaskFacts",
    "TaskView",
    "design_name",
    "designs_of",
]

#: The design an operation without ``x-kling-design`` answers in.
DEFAULT_DESIGN = "legacy"


def design_name(operation: Mapping[str, Any] | None) -> str:
    """The design an operation (its OpenAPI object) answers in: its ``x-kling-design``, else the
    default; ``None`` (no operation, e.g. an unknown route) answers in the default too."""
    if operation is None:
        return DEFAULT_DESIGN
    return str(operation.get("x-kling-design", DEFAULT_DESIGN))


#: The canonical statuses (the keys of every design's ``statuses``), in lifecycle order.
SUBMITTED, PROCESSING, SUCCEEDED, FAILED = "submitted", "processing", "succeeded", "failed"
STATUSES = (SUBMITTED, PROCESSING, SUCCEEDED, FAILED)
FINISHED = (SUCCEEDED, FAILED)

#: How a task is paid: off a resource pack (units), or off the account's cash balance.
UNIT, CASH = "unit", "cash"

Block = Mapping[str, Any]


# ----------------------------------------------------------------------------- dotted paths
def put_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Set a dotted field path, creating the objects on the way."""
    *parents, last = path.split(".")
    node = data
    for name in parents:
        node = node.setdefault(name, {})
    node[last] = value


def get_path(data: Any, path: str) -> Any:
    """The value at a dotted field path (None when any step is missing)."""
    node = data
    for name in path.split("."):
        if not isinstance(node, Mapping):
            return None
        node = node.get(name)
    return node


# ----------------------------------------------------------------------------- the typed block
@dataclass(frozen=True)
class Roles:
    """Which field of a task holds which role (dotted paths: ``task_info.external_task_id``)."""

    schema: str
    id: str
    status: str
    created: str
    updated: str
    message: str | None = None
    external_id: str | None = None
    results: str | None = None
    billing: str | None = None


@dataclass(frozen=True)
class OutputRule:
    """How one result array becomes typed outputs: the ``type`` they carry, the fields kept or
    renamed, and the group id an output set shares."""

    name: str
    type: str
    keep: tuple[str, ...] | None = None
    rename: Mapping[str, str] = field(default_factory=dict)
    group_id: str | None = None


@dataclass(frozen=True)
class Billing:
    """How a finished task shows what it cost: a unit string, or a list of charges."""

    style: str = "unit_string"
    charged: str = "on_success"
    cash_per_unit: Mapping[str, str] = field(default_factory=dict)
    cash_type: str = "balance"
    package_types: Mapping[str, str] = field(default_factory=dict)
    failed: tuple[Mapping[str, str], ...] = ()
    """list style: the entries a failed task shows (live: one zero charge, ``amount: "0"``)."""


@dataclass(frozen=True)
class NotFound:
    """What a lookup of an unknown task answers (``documented``: the documented form, where
    live calls showed another)."""

    status: int
    code: int
    message: str
    documented: tuple[int, int] | None = None

    def text(self, key: str) -> str:
        return self.message.replace("{key}", key)

    @property
    def answers(self) -> frozenset[tuple[int, int]]:
        """(HTTP status, code) of the live answer, and of the documented one where it differs."""
        return frozenset({(self.status, self.code), self.documented or (self.status, self.code)})


@dataclass(frozen=True)
class TaskView:
    """A task at one mock time, in no design's words."""

    id: str
    status: str
    message: str
    created: int
    updated: int
    external_id: str | None = None
    shows_external_id: bool = True
    """False for records no request made (official presets): no external id field at all."""
    results: Mapping[str, Any] | None = None
    """The builder's result arrays by name (``videos``, ...) once the task succeeded."""
    units: str | None = None
    """The units a succeeded task is charged (None: the operation has no price)."""
    pack: str = "general"
    charged_as: str = UNIT
    """``unit`` (off a resource pack of ``pack``) or ``cash`` (off the account's balance)."""
    info: Mapping[str, Any] = field(default_factory=dict)
    """More facts of the task's info object (``parent_video``): written next to the external id
    when the design keeps that in an object of its own."""
    echo: Mapping[str, Any] = field(default_factory=dict)
    """Request fields the answer repeats (``watermark_info``), written as they are."""


@dataclass(frozen=True)
class TaskFacts:
    """What an answer says about a task, whatever its design: ``status`` is canonical (None for
    a word no design stage matches, which ``word`` keeps as sent)."""

    id: str | None
    status: str | None
    word: str | None
    message: str
    results: Any = None
    billing: Any = None
    external_id: str | None = None

    @property
    def running(self) -> bool:
        """Not finished: a running status, or a word this spec does not know (a future value)."""
        return self.status not in FINISHED


def _text(value: Any) -> str | None:
    return str(value) if isinstance(value, str | int) and not isinstance(value, bool) else None


@dataclass(frozen=True)
class Design:
    """One design's words for a task (a block of ``components.x-kling-designs``)."""

    name: str
    statuses: Mapping[str, str]
    """canonical status -> this design's word for it."""
    roles: Roles
    outputs: tuple[OutputRule, ...] | None = None
    """None: results are one ``task_result`` object; else the rules of typed ``outputs[]``."""
    billing: Billing = field(default_factory=Billing)
    messages: Mapping[str, str] = field(default_factory=dict)
    not_found: NotFound | None = None
    """None: a lookup of unknown ids leaves them out (``not_found: skip``)."""
    external_ids: str = "account"
    auth: Mapping[str, Any] = field(default_factory=dict)
    callback: Mapping[str, Any] = field(default_factory=dict)
    unknown_model: tuple[int, str] | None = None
    """(code, message) a model path slug the route does not list answers (None: the enum's)."""

    @classmethod
    def from_block(cls, name: str, block: Block) -> Design:
        task: Block = block["task"]
        rules = block.get("outputs")
        billing: Block = block.get("billing") or {}
        missing = block.get("not_found")
        return cls(
            name=name,
            statuses=_strings(block["statuses"]),
            roles=Roles(**{key: str(value) for key, value in task.items()}),
            outputs=(
                tuple(_output_rule(key, rule) for key, rule in rules.items())
                if isinstance(rules, Mapping)
                else None
            ),
            billing=Billing(
                style=str(billing.get("style", "unit_string")),
                charged=str(billing.get("charged", "on_success")),
                cash_per_unit={
                    str(k): str(v) for k, v in (billing.get("cash_per_unit") or {}).items()
                },
                cash_type=str(billing.get("cash_type", "balance")),
                package_types={
                    str(k): str(v) for k, v in (billing.get("package_types") or {}).items()
                },
                failed=tuple(_strings(entry) for entry in billing.get("failed") or ()),
            ),
            messages=_strings(block.get("messages")),
            not_found=_not_found(missing) if isinstance(missing, Mapping) else None,
            external_ids=str(block.get("external_ids", "account")),
            auth=block.get("auth") or {},
            callback=block.get("callback") or {},
            unknown_model=(
                (int(unknown["code"]), str(unknown["message"]))
                if isinstance(unknown := block.get("unknown_model"), Mapping)
                else None
            ),
        )

    # ------------------------------------------------------------------ words
    def word(self, canonical: str) -> str:
        """How this design spells a canonical status (other words, ``deleted``, are kept)."""
        return self.statuses.get(canonical, canonical)

    def canonical(self, word: Any) -> str | None:
        """The canonical status this design spells ``word`` (None when it spells none so)."""
        return next((k for k, v in self.statuses.items() if v == word), None)

    @property
    def words(self) -> tuple[str, ...]:
        """This design's status words, in lifecycle order."""
        return tuple(self.word(status) for status in STATUSES)

    # ------------------------------------------------------------------ reading
    def read(self, answer: Any) -> TaskFacts:
        """What a task object in this design's words says (the one reader of an answer)."""
        roles = self.roles
        word = get_path(answer, roles.status)
        message = get_path(answer, roles.message) if roles.message else None
        return TaskFacts(
            id=_text(get_path(answer, roles.id)),
            status=self.canonical(word),
            word=_text(word),
            message=message if isinstance(message, str) else "",
            results=get_path(answer, roles.results) if roles.results else None,
            billing=get_path(answer, roles.billing) if roles.billing else None,
            external_id=_text(get_path(answer, roles.external_id)) if roles.external_id else None,
        )

    # ------------------------------------------------------------------ writing
    def project(self, view: TaskView) -> dict[str, Any]:
        """The task object in this design's words (the one writer of an answer; field order: id,
        status, message, external id, results, billing, echoed request fields, times)."""
        roles = self.roles
        data: dict[str, Any] = {}
        put_path(data, roles.id, view.id)
        put_path(data, roles.status, self.word(view.status))
        if roles.message:
            put_path(data, roles.message, view.message if view.status == FAILED else "")
        if roles.external_id and view.shows_external_id:
            put_path(data, roles.external_id, view.external_id)
            if "." in roles.external_id:
                parent = roles.external_id.rsplit(".", 1)[0]
                for name, value in view.info.items():
                    put_path(data, f"{parent}.{name}", value)
        if roles.results and view.status == SUCCEEDED:
            put_path(data, roles.results, self._results(view))
        billing = self._billing(view)
        if roles.billing and billing is not None:
            put_path(data, roles.billing, billing)
        data.update(view.echo)
        put_path(data, roles.created, view.created)
        put_path(data, roles.updated, view.updated)
        return data

    def _item(self, item: Mapping[str, Any]) -> dict[str, Any]:
        """A result item with the statuses inside it spelled in this design's words."""
        return {
            key: self.word(value) if key == "status" and isinstance(value, str) else value
            for key, value in item.items()
        }

    def _results(self, view: TaskView) -> Any:
        """``task_result`` as built, or the typed ``outputs[]`` the design's rules make."""
        results = view.results or {}
        if self.outputs is None:
            return {
                name: [self._item(i) if isinstance(i, Mapping) else i for i in value]
                if isinstance(value, list)
                else value
                for name, value in results.items()
            }
        rules = {rule.name: rule for rule in self.outputs}
        outputs = []
        for name, items in results.items():
            rule = rules.get(name)
            if rule is not None and isinstance(items, list):
                found = (item for item in items if isinstance(item, Mapping))
                outputs += [_output(view, rule, self._item(item)) for item in found]
        return outputs

    def _billing(self, view: TaskView) -> Any:
        """What the task was charged, once finished: a unit string or a list of charges."""
        if view.units is None or view.status not in FINISHED:
            return None
        charged = view.units if view.status == SUCCEEDED else None
        billing = self.billing
        if billing.style == "list":
            if charged is None:  # failed: the entries the design states
                return [dict(entry) for entry in billing.failed]
            cash = _cash(charged, billing) if view.charged_as == CASH else None
            if cash is not None:
                return [cash]
            package = billing.package_types.get(view.pack, view.pack)
            return [{"charge_type": UNIT, "amount": charged, "package_type": package}]
        return charged if charged is not None else "0"


def _strings(node: Any) -> dict[str, str]:
    """A mapping of the spec as text keys and values (an absent one: empty)."""
    return {str(k): str(v) for k, v in (node or {}).items()}


def _output_rule(name: str, rule: Block) -> OutputRule:
    keep = rule.get("keep")
    return OutputRule(
        name=name,
        type=str(rule["type"]),
        keep=tuple(str(k) for k in keep) if isinstance(keep, list) else None,
        rename=_strings(rule.get("rename")),
        group_id=str(rule["group_id"]) if rule.get("group_id") else None,
    )


def _not_found(stated: Block) -> NotFound:
    documented = stated.get("documented")
    return NotFound(
        status=int(stated["status"]),
        code=int(stated["code"]),
        message=str(stated["message"]),
        documented=(
            (int(documented["status"]), int(documented["code"]))
            if isinstance(documented, Mapping)
            else None
        ),
    )


def _output(view: TaskView, rule: OutputRule, item: Mapping[str, Any]) -> dict[str, Any]:
    """One typed output from a result item: its ``type``, the kept or renamed fields."""
    out: dict[str, Any] = {"type": rule.type}
    names = [k for k in rule.keep if k in item] if rule.keep is not None else list(item)
    for name in names:
        key = rule.rename.get(name, name)
        out[key] = str(item[name]) if key == "id" else item[name]
    if rule.group_id:
        out["group_id"] = f"{view.id}-{rule.group_id}"
    return out


def _cash(units: str, billing: Billing) -> dict[str, Any] | None:
    """A cash charge of ``units`` at the design's first ``cash_per_unit`` rate (None: no rate)."""
    for currency, rate in billing.cash_per_unit.items():
        try:
            price = f"{(Decimal(units) * Decimal(rate)).normalize():f}"
        except InvalidOperation:
            return None
        return {
            "charge_type": CASH,
            "cash_type": billing.cash_type,
            "amount": price,
            "currency": currency,
            "list_price": price,
        }
    return None


def designs_of(bundle: Mapping[str, Any]) -> dict[str, Design]:
    """Every design of a bundled spec, by name (``components.x-kling-designs``)."""
    blocks = (bundle.get("components") or {}).get("x-kling-designs") or {}
    return {str(name): Design.from_block(str(name), block) for name, block in blocks.items()}


def canonical_of(designs: Mapping[str, Design], word: Any) -> str | None:
    """The canonical status any design spells ``word`` (None when no design uses it)."""
    return next((s for d in designs.values() if (s := d.canonical(word)) is not None), None)
