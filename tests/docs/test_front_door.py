"""The front door: a README that is a map, a commands page that names every command, and a
picture that its page's command retakes in place."""

from __future__ import annotations

import argparse
import re

from codegen.cli import parser as codegen_parser
from mockserver.cli.main import parser as mock_parser
from tests.docs.blocks import DOCS, README, ROOT

MAP_LINES = 250


def subcommands(root: argparse.ArgumentParser) -> set[str]:
    (commands,) = [a for a in root._actions if isinstance(a, argparse._SubParsersAction)]
    return set(commands.choices)


def test_the_readme_is_a_map_of_at_most_250_lines() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= MAP_LINES
    assert "docs/" in README.read_text(encoding="utf-8"), "the map points at the site's pages"


def test_the_commands_page_names_every_subcommand_of_both_tools() -> None:
    page = (DOCS / "commands.md").read_text(encoding="utf-8")
    for tool, root in (("kling-mock", mock_parser()), ("kling-codegen", codegen_parser())):
        rows = [line for line in page.splitlines() if f"`{tool} " in line]
        named = {word for row in rows for word in re.findall(r"`(?:[\w-]+ )?([\w-]+)`", row)}
        assert subcommands(root) <= named, (tool, subcommands(root) - named)


def test_the_command_that_retakes_the_dashboard_picture_writes_the_picture_the_page_shows() -> None:
    page = DOCS / "mock" / "dashboard.md"
    text = page.read_text(encoding="utf-8")
    (shown,) = re.findall(r"!\[[^]]*\]\(([^)]+dashboard\.png)\)", text)
    (written,) = re.findall(r"python -m tests\.ui\.screenshot (\S+)`", text)
    assert (page.parent / shown).resolve() == (ROOT / written).resolve()
    assert (ROOT / written).is_file()
