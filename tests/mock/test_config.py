"""Configuration: the layers (defaults, KLING_* environment, a config file, a mapping), one TOML
file that sets every feature, and clear errors for values that cannot be used."""

from __future__ import annotations

from pathlib import Path

import pytest

from mockserver.core.config import DEFAULTS, ConfigError, Settings, load_config


def test_defaults_apply_when_nothing_is_given() -> None:
    settings = Settings.from_config(load_config(environ={}))
    assert (settings.db, settings.speed, settings.seed) == (".kling-mock/state.sqlite3", 1.0, 0)
    assert settings.api_keys is None
    assert settings.fail_keyword == "__fail__"


def test_environment_values_are_converted_to_the_default_types() -> None:
    env = {"KLING_SPEED": "2.5", "KLING_SEED": "9", "KLING_CLOCK_FROZEN": "yes"}
    config = load_config(environ=env)
    assert (config["KLING_SPEED"], config["KLING_SEED"], config["KLING_CLOCK_FROZEN"]) == (
        2.5,
        9,
        True,
    )


def test_a_file_overrides_the_environment_and_a_mapping_overrides_the_file(
    tmp_path: Path,
) -> None:
    file = tmp_path / "mock.yaml"
    file.write_text("KLING_SEED: 3\nKLING_SPEED: 4.0\n", encoding="utf-8")
    env = {"KLING_SEED": "1", "KLING_CONFIG": str(file)}
    config = load_config({"KLING_SPEED": 8.0}, environ=env)
    assert (config["KLING_SEED"], config["KLING_SPEED"]) == (3, 8.0)


def test_a_toml_file_works_too(tmp_path: Path) -> None:
    file = tmp_path / "mock.toml"
    file.write_text('KLING_API_KEYS = ["a", "b"]\n', encoding="utf-8")
    settings = Settings.from_config(load_config({"KLING_CONFIG": str(file)}, environ={}))
    assert settings.api_keys == frozenset({"a", "b"})


def test_unknown_keys_in_a_file_are_refused(tmp_path: Path) -> None:
    file = tmp_path / "mock.yaml"
    file.write_text("KLING_TYPO: 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="KLING_TYPO"):
        load_config({"KLING_CONFIG": str(file)}, environ={})


def test_a_bad_environment_number_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="KLING_SEED"):
        load_config(environ={"KLING_SEED": "many"})


def test_every_key_has_a_default() -> None:
    assert all(key.startswith("KLING_") for key in DEFAULTS)


FULL = """
KLING_SEED = 7
KLING_API_KEYS = { "sk-ci-1" = "ci", "sk-ci-2" = "ci", "sk-dev" = "dev" }
KLING_ACCESS_KEYS = { "ak-prod-like" = "sk-prod-like" }
KLING_JWT_LEEWAY_S = 10
KLING_RATE_LIMIT = 20
KLING_RATE_WINDOW_MS = 1000
KLING_IMAGE_FORMAT = "jpeg"
KLING_JOURNAL = true
KLING_COVERAGE = true
KLING_CALLBACK_HOSTS = ["127.0.0.0/8", "::1", "localhost", "*.ci.internal"]
KLING_CALLBACK_SECRET = "whsec_c2VjcmV0"
KLING_CALLBACK_MAX_ATTEMPTS = 3
KLING_CALLBACK_BACKOFF_MS = 250
KLING_CALLBACK_TIMEOUT_S = 2.0
KLING_CALLBACK_POLL_MS = 25
KLING_CALLBACK_PARALLEL = 2

[KLING_CONCURRENCY]
image = 4
video = 2
try_on = 1

[KLING_BALANCE]
image = 100
video = 50.5

[KLING_ACCOUNTS.ci]
concurrency = { video = 5 }
rate_limit = 100

[[KLING_CONTENT_RULES]]
pattern = "(?i)forbidden"
message = "content security: forbidden subject"

[[KLING_CONTENT_RULES]]
pattern = "nsfw"
fields = ["prompt", "negative_prompt"]

[KLING_FAULTS]
latency_ms = [5, 20]
errors = { "500" = 0.01, "503" = 0.01, "504" = 0.01, "429" = 0.02 }
task_failure_rate = 0.05
paths = ["/v1/videos/*"]
retry_after_s = { "429" = 2 }
"""


def settings_from(tmp_path: Path, text: str) -> Settings:
    file = tmp_path / "mock.toml"
    file.write_text(text, encoding="utf-8")
    return Settings.from_config(load_config({"KLING_CONFIG": str(file)}, environ={}))


def test_a_full_file_sets_every_feature(tmp_path: Path) -> None:
    settings = settings_from(tmp_path, FULL)
    assert settings.key_accounts == {"sk-ci-1": "ci", "sk-ci-2": "ci", "sk-dev": "dev"}
    assert settings.jwt_secrets == {"ak-prod-like": "sk-prod-like"}
    assert settings.jwt_leeway_s == 10
    assert settings.limits.of("dev").concurrency == {"image": 4, "video": 2, "try_on": 1}
    assert settings.limits.of("ci").concurrency["video"] == 5
    assert settings.limits.of("ci").rate_limit == 100
    assert settings.limits.of("dev").balance == {"image": 100.0, "video": 50.5}
    assert settings.limits.of("dev").rate_limit == 20
    assert settings.content_rules[0].message.startswith("content security")
    assert settings.content_rules[1].fields == ("prompt", "negative_prompt")
    assert settings.faults.latency_ms == (5, 20)
    assert dict(settings.faults.errors) == {5000: 0.01, 5001: 0.01, 5002: 0.01, 1302: 0.02}
    assert settings.faults.task_failure_rate == 0.05
    assert settings.faults.retry_after_s == {1302: 2}
    assert settings.callbacks.allow.refusal("http://hooks.ci.internal/x") is None
    assert settings.callbacks.secret == "whsec_c2VjcmV0"
    assert (settings.callbacks.max_attempts, settings.callbacks.backoff_ms) == (3, 250)
    assert (settings.callbacks.poll_ms, settings.callbacks.parallel) == (25, 2)
    assert settings.image_format == "jpg"


def test_structured_keys_take_json_in_the_environment() -> None:
    env = {
        "KLING_CONCURRENCY": '{"video": 2}',
        "KLING_FAULTS": '{"errors": {"503": 0.5}}',
        "KLING_CALLBACK_HOSTS": "127.0.0.0/8,hooks.test",
        "KLING_RATE_LIMIT": "9",
        "KLING_CONTENT_RULES": '[{"pattern": "x"}]',
    }
    settings = Settings.from_config(load_config(environ=env))
    assert settings.limits.default.concurrency == {"video": 2}
    assert dict(settings.faults.errors) == {5001: 0.5}
    assert settings.callbacks.allow.refusal("http://hooks.test/") is None
    assert settings.limits.default.rate_limit == 9
    assert len(settings.content_rules) == 1


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[KLING_FAULTS]\nerrors = { "418" = 1.0 }\n', "KLING_FAULTS"),
        ("[KLING_CONCURRENCY]\nvideo = -1\n", "KLING_CONCURRENCY"),
        ('[[KLING_CONTENT_RULES]]\npattern = "("\n', "KLING_CONTENT_RULES"),
        ('KLING_IMAGE_FORMAT = "gif"\n', "KLING_IMAGE_FORMAT"),
        ("KLING_CALLBACK_MAX_ATTEMPTS = 0\n", "KLING_CALLBACK_MAX_ATTEMPTS"),
    ],
)
def test_unusable_values_name_their_key(tmp_path: Path, text: str, key: str) -> None:
    with pytest.raises(ConfigError, match=key):
        settings_from(tmp_path, text)
