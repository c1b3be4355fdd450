"""Layered configuration: defaults, then KLING_* environment, then a config file, then a mapping.

Every key is a flat ``KLING_*`` name so the same spelling works in the environment, in a config file
(YAML, JSON or TOML with the keys at top level) and in the mapping a test hands to ``create_app``.
Environment values arrive as strings and are converted to the type of the default; keys whose
value is a table or a list (KLING_CONCURRENCY, KLING_FAULTS, ...) take JSON in the environment.
"""

from __future__ import annotations

import difflib
import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from mockserver.callbacks import AllowList, CallbackSettings
from mockserver.core import accounts, hosts
from mockserver.core.clock import ClockError, check_speed
from mockserver.core.fault_plan import FaultConfigError, FaultPlan
from mockserver.domain.limits import ContentRule, LimitConfigError, Limits
from mockserver.security.tls import TlsError, TlsSettings, callback_verify
from spec.documents import SPEC_DIR

DEFAULTS: dict[str, Any] = {
    "KLING_DB": ".kling-mock/state.sqlite3",
    "KLING_SPEC_DIR": str(SPEC_DIR),
    "KLING_SPEED": 1.0,
    "KLING_SEED": 0,
    "KLING_API_KEYS": None,
    "KLING_ACCESS_KEYS": None,
    "KLING_JWT_SECRETS": None,
    "KLING_JWT_LEEWAY_S": 5.0,
    "KLING_FAIL_KEYWORD": "__fail__",
    "KLING_RETIREMENT": "reported",
    "KLING_FAILURE_RATE": 0.0,
    "KLING_CLOCK_FROZEN": False,
    "KLING_SUBMITTED_MS": 1000,
    "KLING_PROCESSING_MS": 2000,
    "KLING_MAX_BODY_BYTES": 64 * 1024 * 1024,
    "KLING_JOURNAL_SIZE": 500,
    "KLING_FLUSH_INTERVAL_MS": 500,
    "KLING_LOG_REQUESTS": True,
    "KLING_JOURNAL": True,
    "KLING_COVERAGE": True,
    "KLING_CONCURRENCY": None,
    "KLING_BALANCE": None,
    "KLING_RATE_LIMIT": None,
    "KLING_RATE_WINDOW_MS": 1000,
    "KLING_ACCOUNTS": None,
    "KLING_CONTENT_RULES": None,
    "KLING_FAULTS": None,
    "KLING_CALLBACK_HOSTS": None,
    "KLING_CALLBACK_SECRET": None,
    "KLING_CALLBACK_MAX_ATTEMPTS": 5,
    "KLING_CALLBACK_BACKOFF_MS": 500,
    "KLING_CALLBACK_TIMEOUT_S": 5.0,
    "KLING_CALLBACK_LEASE_SLACK_MS": 5000,
    "KLING_CALLBACK_POLL_MS": 50,
    "KLING_CALLBACK_PARALLEL": 4,
    "KLING_IMAGE_FORMAT": "png",
    "KLING_TLS": False,
    "KLING_TLS_HOSTS": None,
    "KLING_TLS_CERT": None,
    "KLING_TLS_KEY": None,
    "KLING_TLS_DIR": None,
    "KLING_RELOAD": False,
    "KLING_CONFIG": None,
    "KLING_STRICT": False,
    "KLING_ADMIN_TOKEN": None,
    "KLING_ALLOWED_HOSTS": None,
}
IMAGE_FORMATS = ("png", "jpg")
_TRUE = {"1", "true", "yes", "on"}


class ConfigError(ValueError):
    """A configuration value cannot be used."""


def _coerce(key: str, value: Any) -> Any:
    """Turn an environment string into the type of the key's default."""
    default = DEFAULTS[key]
    if not isinstance(value, str) or isinstance(default, str):
        return value
    if isinstance(default, bool):
        return value.strip().lower() in _TRUE
    try:
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
    except ValueError as exc:
        raise ConfigError(f"{key}={value!r} is not a {type(default).__name__}") from exc
    return value or None


def _unknown_key(key: Any) -> str:
    """An unknown key, with the known key it most likely meant (``KLING_SPEDD`` -> KLING_SPEED)."""
    close = difflib.get_close_matches(str(key), list(DEFAULTS), n=1)
    return f"{key} (did you mean {close[0]}?)" if close else str(key)


def read_config_file(path: str | Path) -> dict[str, Any]:
    """The KLING_* keys of a YAML, JSON or TOML file; any problem is a one-line ConfigError."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
        loaded = tomllib.loads(text) if file.suffix == ".toml" else yaml.safe_load(text)
    except FileNotFoundError:
        raise ConfigError(f"config file {file} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {file} cannot be read: {exc}") from None
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as exc:
        shown = " ".join(str(exc).split())
        raise ConfigError(f"config file {file} is not valid TOML/YAML/JSON: {shown}") from None
    if not isinstance(loaded, dict):
        raise ConfigError(f"{file}: expected a mapping of KLING_* keys")
    unknown = sorted(str(k) for k in loaded if k not in DEFAULTS)
    if unknown:
        named = ", ".join(_unknown_key(key) for key in unknown)
        raise ConfigError(f"{file}: unknown keys {named}")
    return dict(loaded)


def load_config(
    overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Merge the layers; later layers win. The file comes from KLING_CONFIG in any earlier layer."""
    env = os.environ if environ is None else environ
    merged = dict(DEFAULTS)
    merged.update({k: _coerce(k, v) for k, v in env.items() if k in DEFAULTS})
    config_file = (overrides or {}).get("KLING_CONFIG") or merged.get("KLING_CONFIG")
    if config_file:
        merged.update(read_config_file(config_file))
    merged.update(overrides or {})
    return merged


def _structured(value: Any) -> Any:
    """A table or list given as JSON text (how the environment carries them) as Python data."""
    if isinstance(value, str) and value.strip()[:1] in ("{", "["):
        try:
            return json.loads(value)
        except ValueError as exc:
            raise ConfigError(f"not valid JSON: {value!r}") from exc
    return value


def _key_set(value: Any) -> frozenset[str] | None:
    value = _structured(value)
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else list(value)
    return frozenset(str(item).strip() for item in items if str(item).strip())


def _key_accounts(value: Any) -> dict[str, str]:
    """Gateway key -> account id, when KLING_API_KEYS is a table (keys sharing an account)."""
    value = _structured(value)
    if isinstance(value, Mapping):
        return {str(key): str(account) for key, account in value.items()}
    return {}


def _allowed_hosts(value: Any) -> frozenset[str] | None:
    """KLING_ALLOWED_HOSTS: names besides loopback (a list, or a comma-separated string)."""
    value = _structured(value)
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else [str(item) for item in value]
    return hosts.served_hosts(items)


def _optional_int(key: str, value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{key} must be a whole number") from exc


def _secret_map(value: Any) -> dict[str, str]:
    value = _structured(value)
    if not value:
        return {}
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items()}
    pairs = (item.partition(":") for item in str(value).split(","))
    return {ak.strip(): sk.strip() for ak, _, sk in pairs if ak.strip()}


@dataclass(frozen=True)
class Settings:
    """The typed view of the merged configuration that the rest of the mock reads."""

    db: str
    spec_dir: Path
    speed: float
    seed: int
    api_keys: frozenset[str] | None
    key_accounts: dict[str, str]
    jwt_secrets: dict[str, str]
    jwt_leeway_s: float
    fail_keyword: str
    failure_rate: float
    clock_frozen: bool
    submitted_ms: int
    processing_ms: int
    max_body_bytes: int
    journal_size: int
    flush_interval_ms: int
    log_requests: bool
    journal: bool
    coverage: bool
    limits: Limits
    content_rules: tuple[ContentRule, ...]
    faults: FaultPlan
    callbacks: CallbackSettings
    image_format: str
    tls: TlsSettings
    reload: bool
    strict: bool = False
    """Refuse every deviation the strictness policy would let through (spec.engine.leniency)."""
    retirement: str = "reported"
    """Which components.x-kling-retired entries refuse: reported (live observations and the
    vendor log: as live refuses, the default), vendor_log (only what the vendor logged), none."""
    admin_token: str | None = None
    """What ``/__mock/*`` asks for (``mockserver.http.admin_guard``); None: nothing."""
    allowed_hosts: frozenset[str] | None = None
    """The Host names ``/__mock/*`` answers on; None (in-process apps): any."""

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> Settings:
        try:
            speed = check_speed(config["KLING_SPEED"], "KLING_SPEED")
        except ClockError as exc:
            raise ConfigError(str(exc)) from None
        image_format = str(config["KLING_IMAGE_FORMAT"]).lower().replace("jpeg", "jpg")
        if image_format not in IMAGE_FORMATS:
            raise ConfigError(f"KLING_IMAGE_FORMAT must be one of: {', '.join(IMAGE_FORMATS)}")
        tls = _tls(config)
        key_accounts = _key_accounts(config["KLING_API_KEYS"])
        jwt_secrets = {
            **_secret_map(config["KLING_JWT_SECRETS"]),
            **_secret_map(config["KLING_ACCESS_KEYS"]),
        }
        conflict = accounts.naming_conflict(key_accounts, jwt_secrets)
        if conflict:
            raise ConfigError(f"KLING_API_KEYS/KLING_ACCESS_KEYS: {conflict}")
        return cls(
            db=str(config["KLING_DB"]),
            spec_dir=Path(config["KLING_SPEC_DIR"]),
            speed=speed,
            seed=int(config["KLING_SEED"]),
            api_keys=_key_set(config["KLING_API_KEYS"]),
            key_accounts=key_accounts,
            jwt_secrets=jwt_secrets,
            jwt_leeway_s=float(config["KLING_JWT_LEEWAY_S"]),
            fail_keyword=str(config["KLING_FAIL_KEYWORD"] or ""),
            failure_rate=float(config["KLING_FAILURE_RATE"]),
            clock_frozen=bool(config["KLING_CLOCK_FROZEN"]),
            submitted_ms=int(config["KLING_SUBMITTED_MS"]),
            processing_ms=int(config["KLING_PROCESSING_MS"]),
            max_body_bytes=int(config["KLING_MAX_BODY_BYTES"]),
            journal_size=int(config["KLING_JOURNAL_SIZE"]),
            flush_interval_ms=_positive_int("KLING_FLUSH_INTERVAL_MS", config),
            log_requests=bool(config["KLING_LOG_REQUESTS"]),
            journal=bool(config["KLING_JOURNAL"]),
            coverage=bool(config["KLING_COVERAGE"]),
            limits=_limits(config),
            content_rules=_content_rules(config["KLING_CONTENT_RULES"]),
            faults=_faults(config["KLING_FAULTS"]),
            callbacks=_callbacks(config, callback_verify(tls.ca_file)),
            image_format=image_format,
            tls=tls,
            reload=bool(config["KLING_RELOAD"]),
            strict=bool(config["KLING_STRICT"]),
            retirement=_retirement(config["KLING_RETIREMENT"]),
            admin_token=str(config["KLING_ADMIN_TOKEN"] or "") or None,
            allowed_hosts=_allowed_hosts(config["KLING_ALLOWED_HOSTS"]),
        )


def _positive_int(key: str, config: Mapping[str, Any]) -> int:
    try:
        value = int(config[key])
    except (TypeError, ValueError):
        value = 0
    if value < 1:
        raise ConfigError(f"{key} must be a whole number of 1 or more")
    return value


#: KLING_RETIREMENT -> the ``basis`` values of components.x-kling-retired that refuse.
RETIREMENT_BASES: dict[str, frozenset[str]] = {
    "vendor_log": frozenset({"vendor_log"}),
    "reported": frozenset({"vendor_log", "reported"}),
    "none": frozenset(),
}


def _retirement(value: Any) -> str:
    chosen = str(value or "reported").strip().lower()
    if chosen not in RETIREMENT_BASES:
        raise ConfigError(f"KLING_RETIREMENT must be one of: {', '.join(RETIREMENT_BASES)}")
    return chosen


def _limits(config: Mapping[str, Any]) -> Limits:
    try:
        return Limits.from_config(
            concurrency=_structured(config["KLING_CONCURRENCY"]),
            balance=_structured(config["KLING_BALANCE"]),
            rate_limit=_optional_int("KLING_RATE_LIMIT", config["KLING_RATE_LIMIT"]),
            rate_window_ms=_optional_int("KLING_RATE_WINDOW_MS", config["KLING_RATE_WINDOW_MS"]),
            accounts=_structured(config["KLING_ACCOUNTS"]),
        )
    except LimitConfigError as exc:
        raise ConfigError(f"limits (KLING_CONCURRENCY/BALANCE/RATE_*/ACCOUNTS): {exc}") from exc


def _content_rules(value: Any) -> tuple[ContentRule, ...]:
    value = _structured(value)
    if value is None:
        return ()
    if isinstance(value, str | Mapping):
        value = [value]
    try:
        return tuple(ContentRule.from_config(rule) for rule in value)
    except LimitConfigError as exc:
        raise ConfigError(f"KLING_CONTENT_RULES: {exc}") from exc


def _faults(value: Any) -> FaultPlan:
    try:
        return FaultPlan.from_mapping(_structured(value))
    except FaultConfigError as exc:
        raise ConfigError(f"KLING_FAULTS: {exc}") from exc


def _callbacks(config: Mapping[str, Any], verify: bool | str) -> CallbackSettings:
    attempts = int(config["KLING_CALLBACK_MAX_ATTEMPTS"])
    if attempts < 1:
        raise ConfigError("KLING_CALLBACK_MAX_ATTEMPTS must be >= 1")
    return CallbackSettings(
        allow=AllowList.parse(_structured(config["KLING_CALLBACK_HOSTS"])),
        secret=str(config["KLING_CALLBACK_SECRET"]) if config["KLING_CALLBACK_SECRET"] else None,
        max_attempts=attempts,
        backoff_ms=max(0, int(config["KLING_CALLBACK_BACKOFF_MS"])),
        timeout_s=float(config["KLING_CALLBACK_TIMEOUT_S"]),
        lease_slack_ms=max(0, int(config["KLING_CALLBACK_LEASE_SLACK_MS"])),
        poll_ms=max(5, int(config["KLING_CALLBACK_POLL_MS"])),
        parallel=max(1, int(config["KLING_CALLBACK_PARALLEL"])),
        verify=verify,
    )


def _tls(config: Mapping[str, Any]) -> TlsSettings:
    db = str(config["KLING_DB"])
    local = db != ":memory:" and "://" not in db  # a SQLite file, not a database server's URL
    state_folder = Path(db if local else DEFAULTS["KLING_DB"]).parent
    try:
        return TlsSettings.from_config(
            enabled=bool(config["KLING_TLS"]),
            hosts=_structured(config["KLING_TLS_HOSTS"]),
            cert=config["KLING_TLS_CERT"],
            key=config["KLING_TLS_KEY"],
            folder=config["KLING_TLS_DIR"] or state_folder / "tls",
        )
    except TlsError as exc:
        raise ConfigError(str(exc)) from exc
