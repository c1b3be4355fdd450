"""The documentation site builds with strict link checks and works offline."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from mockserver.core.config import DEFAULTS
from tests.docs.blocks import ROOT, page

REMOTE = re.compile(r"""<(?:script|link|img)\b[^>]*\b(?:src|href)=["']?(?:https?:)?//""", re.I)


def build(site: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_site_builds_with_every_link_and_anchor_resolved_and_loads_nothing_remote(
    tmp_path: Path,
) -> None:
    done = build(tmp_path / "site")
    assert done.returncode == 0, done.stdout + done.stderr
    remote = [
        f"{html.relative_to(tmp_path)}: {found.group(0)}"
        for html in (tmp_path / "site").rglob("*.html")
        for found in REMOTE.finditer(html.read_text(encoding="utf-8"))
    ]
    assert remote == []


def test_a_broken_link_fails_the_build(tmp_path: Path) -> None:
    """The strict build is a real check: a page linking to a page that does not exist fails it."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n\n[gone](nowhere.md)\n")
    (tmp_path / "mkdocs.yml").write_text("site_name: t\nstrict: true\n")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "s")],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode != 0
    assert "nowhere.md" in done.stdout + done.stderr


def test_every_setting_of_the_mock_is_on_the_settings_page() -> None:
    listed = page("reference/settings.md").read_text(encoding="utf-8")
    missing = [key for key in DEFAULTS if f"`{key}`" not in listed]
    assert missing == [], f"add {missing} to docs/reference/settings.md"


def test_every_link_of_the_readme_reaches_a_file_of_the_repository() -> None:
    """The README is no page of the site, so the strict build does not check its links."""
    readme = page("README.md")
    targets = re.findall(r"\]\((?!https?://|#)([^)#\s]+)", readme.read_text(encoding="utf-8"))
    assert targets, "the README links nowhere"
    assert [target for target in targets if not (ROOT / target).exists()] == []
