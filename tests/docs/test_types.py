"""The pages' client examples are user code that passes ``mypy --strict``.

Every ``python`` block that uses ``kling_client`` (on any page, in the README and in the generated
client's README; the pytest plugin's examples among them) is written to a module of its own and
type-checked strictly against ``generated/`` and the installed mock, as a user would.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.docs.blocks import ROOT, Block, blocks, find

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
            sys.executable, "-m", "mypy", "--strict", "--config-file=",
            "--cache-dir", str(directory / ".mypy_cache"), str(directory),
        ],
        env={"MYPYPATH": f"{ROOT / 'generated'}:{ROOT}", "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_the_pages_show_the_sync_and_the_async_client() -> None:
    found = [block.text for block in client_examples()]
    assert any("AsyncKlingClient(" in text for text in found)
    assert any(".result().images[0].url" in text for text in found)


BROKEN = "broken_on_purpose.py"


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, str]]:
    """One ``mypy --strict`` run over every example and one example known to be wrong (the
    README's old one, the succeeded task read without narrowing): its report, and which page each
    module came from."""
    folder = tmp_path_factory.mktemp("examples")
    names = {BROKEN: BROKEN}
    (folder / BROKEN).write_text(
        PREAMBLE
        + 'img = client.images.generations.create_and_wait(prompt="a boat")\n'
        + "print(img.task_result.images[0].url)\n",
        encoding="utf-8",
    )
    for number, block in enumerate(client_examples()):
        module = folder / f"example_{number}.py"
        module.write_text(block.text, encoding="utf-8")
        names[module.name] = block.where
    done = strict_mypy(folder)
    return done.stdout + done.stderr, names


def errors_of(report: str, module: str) -> list[str]:
    return [line for line in report.splitlines() if f"{module}:" in line and "error:" in line]


def test_every_client_example_passes_mypy_strict(checked: tuple[str, dict[str, str]]) -> None:
    report, names = checked
    wrong = [
        f"{where}, block line {line.split(name + ':')[1]}"
        for name, where in names.items()
        if name != BROKEN
        for line in errors_of(report, name)
    ]
    assert wrong == [], "\n".join(wrong)


def test_the_check_catches_an_example_that_does_not_type_check(
    checked: tuple[str, dict[str, str]],
) -> None:
    report, _ = checked
    assert any("union-attr" in line for line in errors_of(report, BROKEN)), report


def test_the_plugin_example_annotates_its_fixtures() -> None:
    """A user's test written from the page types ``kling_mock`` with the exported class."""
    plugin = find("mock/pytest-plugin.md", "python", "def make_thumbnail").text
    assert "kling_mock: KlingMock" in plugin
    assert "from mockserver.testing import KlingMock" in plugin
