"""The README's curl session runs as printed: every command of its console blocks is run with curl
against a served mock, and what it prints matches what the README shows.

``…`` in the README stands for any text, millisecond timestamps for any timestamp (they follow
the clock), and ``sleep N`` is spent in mock time (the server's clock is frozen and moved on by
N seconds), so the session is exact and needs no wall-clock wait.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import av
import pytest
import requests
from PIL import Image
from werkzeug.serving import make_server

from mockserver import create_app
from tests.shipping.readme import README

SECTION = "The mock in one curl session"
PRINTED_BASE = "http://127.0.0.1:4010"
TIMESTAMP = re.compile(r"(?<!\d)1\d{12}(?!\d)")
SLEEP = re.compile(r"^sleep (\d+(?:\.\d+)?)\b")

pytestmark = pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")


@dataclass(frozen=True)
class Step:
    command: str
    printed: str


def console_blocks() -> list[str]:
    """The console blocks of the README's curl session (its section up to the first subsection)."""
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {SECTION}\n")
    ends = [at for at in (text.find("\n## ", start + 1), text.find("\n### ", start)) if at != -1]
    section = text[start : min(ends, default=len(text))]
    return re.findall(r"```console\n(.*?)```", section, re.DOTALL)


def steps(block: str) -> list[Step]:
    """Each ``$ command`` (with its ``\\`` continuation lines) and the lines printed after it."""
    found: list[tuple[list[str], list[str]]] = []
    continued = False
    for line in block.splitlines():
        if continued:
            found[-1][0].append(line)
        elif line.startswith("$ "):
            found.append(([line[2:]], []))
        elif found and line.strip():
            found[-1][1].append(line)
        continued = bool(found) and line.endswith("\\") and not found[-1][1]
    return [Step("\n".join(command), "\n".join(printed)) for command, printed in found]


def pattern(printed: str, base: str) -> re.Pattern[str]:
    """What the printed lines allow: ``…`` any text, any millisecond timestamp."""
    parts = []
    for piece in re.split(f"({TIMESTAMP.pattern}|…)", printed.replace(PRINTED_BASE, base)):
        if piece == "…":
            parts.append(".*?")
        elif TIMESTAMP.fullmatch(piece):
            parts.append(r"1\d{12}")
        else:
            parts.append(re.escape(piece))
    return re.compile("".join(parts), re.DOTALL)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    """A mock on a free local port, its clock frozen (``sleep`` moves it)."""
    app = create_app(
        {
            "KLING_DB": str(tmp_path / "state.sqlite3"),
            "KLING_CLOCK_FROZEN": True,
            "KLING_LOG_REQUESTS": False,
        }
    )
    server = make_server("127.0.0.1", 0, app)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join()


def run(step: Step, base: str, where: Path) -> str:
    command = step.command.replace(PRINTED_BASE, base)
    waited = SLEEP.match(command)
    if waited:
        moved = requests.post(f"{base}/__mock/clock", json={"advance_ms": float(waited[1]) * 1000})
        moved.raise_for_status()
        return ""
    done = subprocess.run(
        ["bash", "-c", command],
        cwd=where,
        env={"K": base, "PATH": "/usr/bin:/bin:/usr/local/bin"},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, f"{command}\n{done.stderr}"
    return done.stdout.strip()


def test_the_session_has_a_current_design_part() -> None:
    commands = [step.command for block in console_blocks() for step in steps(block)]
    assert any("/text-to-video/kling-3.0-turbo" in command for command in commands)
    assert any("$K/tasks?" in command for command in commands)
    assert any(".mp4" in command and "-o " in command for command in commands)


@pytest.mark.parametrize("number", range(len(console_blocks())))
def test_each_console_block_prints_what_the_readme_shows(
    number: int, served: str, tmp_path: Path
) -> None:
    for step in steps(console_blocks()[number]):
        if step.command.startswith("K="):
            continue
        output = run(step, served, tmp_path)
        if step.printed:
            assert pattern(step.printed, served).fullmatch(output), (step.command, output)
    for written in tmp_path.glob("*.mp4"):
        with av.open(str(written)) as container:
            assert [stream.type for stream in container.streams][:1] == ["video"]
    for written in tmp_path.glob("*.png"):
        with Image.open(written) as picture:
            assert picture.format == "PNG"
