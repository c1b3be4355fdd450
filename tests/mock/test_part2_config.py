"""One TOML file (``kling-mock serve --config mock.toml``) can set every part-2 feature."""

from __future__ import annotations

from pathlib import Path

import pytest

from mockserver.config import ConfigError, Settings, load_config

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
