"""The package's public API is explicit: ``__all__`` lists exactly what it exports."""

from __future__ import annotations

import types

import kling_client


def test_all_is_sorted() -> None:
    assert kling_client.__all__ == sorted(kling_client.__all__)


def test_all_matches_the_public_names_of_the_package() -> None:
    public = {
        name
        for name, value in vars(kling_client).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert set(kling_client.__all__) == public | {"__version__"}


def test_every_exported_error_derives_from_kling_error() -> None:
    errors = [getattr(kling_client, n) for n in kling_client.__all__ if n.endswith("Error")]
    assert errors
    assert all(issubclass(error, kling_client.KlingError) for error in errors)


def test_the_package_is_typed() -> None:
    assert kling_client.__file__ is not None
    marker = types.SimpleNamespace(path=kling_client.__file__.replace("__init__.py", "py.typed"))
    with open(marker.path, encoding="utf-8") as handle:
        assert handle.read() == ""
