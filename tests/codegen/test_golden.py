"""generated/ is a golden record: rendering the spec again gives it back byte for byte."""

from __future__ import annotations

import pytest

from codegen.generate import OUT_DIR, render_files
from codegen.tree import read_tree


@pytest.fixture(scope="module")
def fresh() -> dict[str, bytes]:
    return render_files()


@pytest.fixture(scope="module")
def committed() -> dict[str, bytes]:
    return read_tree(OUT_DIR)


def test_no_file_is_missing_or_extra(fresh: dict[str, bytes], committed: dict[str, bytes]) -> None:
    assert sorted(committed) == sorted(fresh)


def test_every_file_matches_a_fresh_rendering(
    fresh: dict[str, bytes], committed: dict[str, bytes]
) -> None:
    stale = [name for name in sorted(fresh) if committed.get(name) != fresh[name]]
    assert stale == [], "run `make generate`: these files are stale"


def test_rendering_is_deterministic(fresh: dict[str, bytes]) -> None:
    assert render_files() == fresh


def test_the_package_ships_its_type_marker_and_own_project_file(fresh: dict[str, bytes]) -> None:
    assert "kling_client/py.typed" in fresh
    project = fresh["pyproject.toml"].decode()
    assert 'dependencies = ["requests>=2.31"]' in project
