"""Configuration layers: defaults, then KLING_* environment, then a config file, then a mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from mockserver.config import DEFAULTS, ConfigError, Settings, load_config


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
