"""What ``client.account`` answers, as typed models.

Generated from spec/ by kling-codegen: do not edit. Import the models from ``kling_client.models``,
which re-exports every module's names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .._parsing import (
    Model,
    extra,
    parse_model,
    read,
    require,
    require_models,
)

__all__ = [
    "AccountCosts",
    "LedgerDetail",
    "LedgerResult",
    "LedgerResultResult",
    "ResourcePackSubscription",
]


@dataclass(frozen=True, kw_only=True)
class AccountCosts(Model):
    """The resource packs, behind a second code/msg pair of their own. An account with no packs
    gets only {code: 0, msg: success}, so the pack list is optional."""

    code: int
    """Status of the lookup itself; 0 when it worked."""

    msg: str
    """Text that goes with code."""

    resource_pack_subscribe_infos: list[ResourcePackSubscription] = field(default_factory=list)
    """One entry per resource pack."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["code", "msg", "resource_pack_subscribe_infos"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AccountCosts:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            code=require(data, "code", "int", "AccountCosts"),
            msg=require(data, "msg", "str", "AccountCosts"),
            resource_pack_subscribe_infos=require_models(
                data.get("resource_pack_subscribe_infos"), ResourcePackSubscription.from_dict
            ),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class LedgerDetail(Model):
    """An object in the API's answers the spec does not describe further."""

    task_id: str

    api_key_name: str | None = None

    product_function: str | None = None
    """e.g. Image to Video."""

    model_name: str | None = None

    resolution: Literal["720p", "1080p", "4k"] | None = None
    """legacy std -> 720p, pro -> 1080p."""

    duration: str | None = None
    """Video only."""

    refer_video_input: bool | None = None

    video_sound: Literal["native", "original", "off"] | None = None

    voice_control: bool | None = None

    deduction_time: str
    """Unix milliseconds as a string."""

    cash_type: Literal["balance", "test_balance"] | None = None
    """Cash ledger."""

    balance_before_deduction: float | None = None

    balance_after_deduction: float | None = None

    deduction_amount: float | None = None

    list_price: float | None = None

    currency: Literal["CNY", "USD"] | None = None

    package_id: str | None = None
    """Unit ledger."""

    product_type: Literal["video", "image", "try-on"] | None = None
    """Unit ledger."""

    unit_before_deduction: float | None = None

    unit_after_deduction: float | None = None

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        [
            "task_id",
            "api_key_name",
            "product_function",
            "model_name",
            "resolution",
            "duration",
            "refer_video_input",
            "video_sound",
            "voice_control",
            "deduction_time",
            "cash_type",
            "balance_before_deduction",
            "balance_after_deduction",
            "deduction_amount",
            "list_price",
            "currency",
            "package_id",
            "product_type",
            "unit_before_deduction",
            "unit_after_deduction",
        ]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LedgerDetail:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            task_id=require(data, "task_id", "str", "LedgerDetail"),
            api_key_name=read(data, "api_key_name", "str"),
            product_function=read(data, "product_function", "str"),
            model_name=read(data, "model_name", "str"),
            resolution=read(data, "resolution", "str"),
            duration=read(data, "duration", "str"),
            refer_video_input=read(data, "refer_video_input", "bool"),
            video_sound=read(data, "video_sound", "str"),
            voice_control=read(data, "voice_control", "bool"),
            deduction_time=require(data, "deduction_time", "str", "LedgerDetail"),
            cash_type=read(data, "cash_type", "str"),
            balance_before_deduction=read(data, "balance_before_deduction", "float"),
            balance_after_deduction=read(data, "balance_after_deduction", "float"),
            deduction_amount=read(data, "deduction_amount", "float"),
            list_price=read(data, "list_price", "float"),
            currency=read(data, "currency", "str"),
            package_id=read(data, "package_id", "str"),
            product_type=read(data, "product_type", "str"),
            unit_before_deduction=read(data, "unit_before_deduction", "float"),
            unit_after_deduction=read(data, "unit_after_deduction", "float"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class LedgerResult(Model):
    """An object in the API's answers the spec does not describe further."""

    result: LedgerResultResult | None = None

    next_cursor: str | None = None

    has_more: bool

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["result", "next_cursor", "has_more"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LedgerResult:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            result=parse_model(data.get("result"), LedgerResultResult.from_dict),
            next_cursor=read(data, "next_cursor", "str"),
            has_more=require(data, "has_more", "bool", "LedgerResult"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class LedgerResultResult(Model):
    """An object in the API's answers the spec does not describe further."""

    detail: list[LedgerDetail] = field(default_factory=list)

    count: int | None = None
    """>= 0."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(["detail", "count"])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LedgerResultResult:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            detail=require_models(data.get("detail"), LedgerDetail.from_dict),
            count=read(data, "count", "int"),
            extra=extra(data, cls.KEYS),
        )


@dataclass(frozen=True, kw_only=True)
class ResourcePackSubscription(Model):
    """One resource pack of the account and what is left of it."""

    resource_pack_name: str
    """Display name of the pack."""

    resource_pack_id: str
    """Identifier of the pack."""

    resource_pack_type: Literal["decreasing_total", "constant_period"]
    """`decreasing_total`: a total that is used up; `constant_period`: a fixed amount per period."""

    total_quantity: float
    """Units the pack holds. >= 0."""

    remaining_quantity: float
    """Units left; this figure lags by about 12 hours. >= 0."""

    purchase_time: int
    """When the pack was bought, Unix milliseconds."""

    effective_time: int
    """When the pack starts to count, Unix milliseconds."""

    invalid_time: int
    """When the pack expires, Unix milliseconds."""

    status: Literal["toBeOnline", "online", "expired", "runOut"]
    """`toBeOnline` not yet in effect, `online` in effect, `expired` past invalid_time, `runOut`
    used up."""

    extra: dict[str, Any] = field(default_factory=dict)
    """Fields the server sent that this version of the spec does not describe."""

    KEYS: ClassVar[frozenset[str]] = frozenset(
        [
            "resource_pack_name",
            "resource_pack_id",
            "resource_pack_type",
            "total_quantity",
            "remaining_quantity",
            "purchase_time",
            "effective_time",
            "invalid_time",
            "status",
        ]
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ResourcePackSubscription:
        """Build from a decoded JSON object; raises only when a required field is unusable."""
        return cls(
            resource_pack_name=require(
                data, "resource_pack_name", "str", "ResourcePackSubscription"
            ),
            resource_pack_id=require(data, "resource_pack_id", "str", "ResourcePackSubscription"),
            resource_pack_type=require(
                data, "resource_pack_type", "str", "ResourcePackSubscription"
            ),
            total_quantity=require(data, "total_quantity", "float", "ResourcePackSubscription"),
            remaining_quantity=require(
                data, "remaining_quantity", "float", "ResourcePackSubscription"
            ),
            purchase_time=require(data, "purchase_time", "int", "ResourcePackSubscription"),
            effective_time=require(data, "effective_time", "int", "ResourcePackSubscription"),
            invalid_time=require(data, "invalid_time", "int", "ResourcePackSubscription"),
            status=require(data, "status", "str", "ResourcePackSubscription"),
            extra=extra(data, cls.KEYS),
        )
