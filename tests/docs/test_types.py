"""The pages' client examples are user code that passes ``mypy --strict``.

Every ``python`` block that uses ``kling_client`` (on any page, in the README and in the generated
client's README; the pytest plugin's examples among them) is written to a module of its own and
type-checked strictly against ``generated/`` and the installed mock, as a user would.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.docs.blocks import ROOT, Block, blocks, find, pages

PREAMBLE = 'from kling_client import KlingClient\n\nclient = KlingClient(api_key="k")\n'


def client_examples() -> list[Block]:
    every = [*blocks(), *blocks(ROOT / "generated" / "README.md")]
    return [
        block
        for block in every
        if block.language == "python" and "kling_client" in block.text and block.not_run is None
    ]


def strict_mypy(directory: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable, "-m", "mypy", "--strict", "--config-file", "/dev/null",
            "--cache-dir", str(directory / ".mypy_cache"), str(directory),
        ],
        env={"MYPYPATH": f"{ROOT / 'generated'}:{ROOT}", "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_the_pages_show_the_sync_and_the_async_client() -> None:
    found = [block.text for block in client_examples()]
    assert any("AsyncKlingClient(" in text for text in found)
    assert any(".result().images[0].url" in text for text in found)


def test_every_client_example_passes_mypy_strict(tmp_path: Path) -> None:
    names = {}
    for number, block in enumerate(client_examples()):
        module = tmp_path / f"example_{number}.py"
        module.write_text(block.text, encoding="utf-8")
        names[module.name] = block.where
    done = strict_mypy(tmp_path)
    report = done.stdout + done.stderr
    for name, where in names.items():
        report = report.replace(name, where)
    assert done.returncode == 0, report
    assert len(pages()) > 1


def test_the_check_catches_an_example_that_does_not_type_check(tmp_path: Path) -> None:
    """The README's old example, the succeeded task read without narrowing, is refused."""
    (tmp_path / "old.py").write_text(
        PREAMBLE
        + 'img = client.images.generations.create_and_wait(prompt="a boat")\n'
        + "print(img.task_result.images[0].url)\n",
        encoding="utf-8",
    )
    done = strict_mypy(tmp_path)
    assert done.returncode == 1
    assert "union-attr" in done.stdout


def test_the_plugin_example_annotates_its_fixtures() -> None:
    """A user's test written from the page types ``kling_mock`` with the exported class."""
    plugin = find("mock/pytest-plugin.md", "python", "def make_thumbnail").text
    assert "kling_mock: KlingMock" in plugin
    assert "from mockserver.testing import KlingMock" in plugin
