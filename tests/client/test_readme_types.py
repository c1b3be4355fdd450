"""The README's client examples are user code that passes ``mypy --strict``.

Every ``python`` block of the README's "The client" and pytest-plugin sections and of the
generated client's README is written to a module of its own (blocks that use ``client`` without
making one get a ``KlingClient`` first) and type-checked strictly against ``generated/``, as a
user would.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BLOCK = re.compile(r"```python\n(.*?)```", re.S)
PLUGIN = "Use it from your own tests (pytest plugin)"
PREAMBLE = 'from kling_client import KlingClient\n\nclient = KlingClient(api_key="k")\n'


def section(text: str, title: str) -> str:
    start = text.index(f"## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else None]


def examples() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    client_readme = (ROOT / "generated" / "README.md").read_text(encoding="utf-8")
    blocks = (
        BLOCK.findall(section(readme, "The client"))
        + BLOCK.findall(section(readme, PLUGIN))
        + BLOCK.findall(client_readme)
    )
    return [b if "KlingClient(" in b else PREAMBLE + b for b in blocks]


def strict_mypy(directory: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            "/dev/null",
            "--cache-dir",
            str(directory / ".mypy_cache"),
            str(directory),
        ],
        env={"MYPYPATH": f"{ROOT / 'generated'}:{ROOT}", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_readme_shows_the_sync_and_the_async_client() -> None:
    found = examples()
    assert any("AsyncKlingClient(" in block for block in found)
    assert any(".result().images[0].url" in block for block in found)


def test_every_readme_example_passes_mypy_strict(tmp_path: Path) -> None:
    for number, block in enumerate(examples()):
        (tmp_path / f"example_{number}.py").write_text(block, encoding="utf-8")
    done = strict_mypy(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr


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
    """A user's test written from the README types ``kling_mock`` with the exported class."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (plugin,) = BLOCK.findall(section(readme, PLUGIN))
    assert (
        "kling_mock: KlingMock" in plugin and "from mockserver.testing import KlingMock" in plugin
    )
