"""What the pages and messages tell users to install exists: no package of this project is on an
index, so no text says ``pip install kling-client``, and a wheel a page names by its file name is
the one ``make dist`` builds (pages not run as tests can go stale otherwise)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
MESSAGES = [
    *sorted((ROOT / "codegen" / "templates").rglob("*.jinja")),
    *sorted((ROOT / "generated" / "kling_client").rglob("*.py")),
    *sorted((ROOT / "mockserver").rglob("*.py")),
]
#: ``pip install`` of one of our packages by name (an index lookup), not of a wheel file or a path.
FROM_AN_INDEX = re.compile(r"pip install\s+['\"]?kling[-_](?:client|contract)\b(?![-\w.]*\.whl)")
WHEEL = re.compile(r"\b(kling_contract|kling_client)-(\d+\.\d+\.\d+)-py3-none-any\.whl")


def built_version(project: Path) -> str:
    version: str = tomllib.loads((project / "pyproject.toml").read_text())["project"]["version"]
    return version


def test_no_text_installs_a_package_of_this_project_from_an_index() -> None:
    found = [
        f"{path.relative_to(ROOT)}: {hit.group(0)}"
        for path in [*PAGES, *MESSAGES]
        for hit in FROM_AN_INDEX.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_a_wheel_a_page_names_is_the_version_the_project_builds() -> None:
    builds = {
        "kling_contract": built_version(ROOT),
        "kling_client": built_version(ROOT / "generated"),
    }
    stale = [
        f"{path.relative_to(ROOT)}: {hit.group(0)} (builds {builds[hit.group(1)]})"
        for path in PAGES
        for hit in WHEEL.finditer(path.read_text(encoding="utf-8"))
        if hit.group(2) != builds[hit.group(1)]
    ]
    assert stale == []
