"""Running a page's ``console`` block: each ``$ command`` in bash, its output compared with the
lines printed under it.

``sleep N`` is spent in mock time (the served mock's clock is frozen and moved on by N seconds), a
command must exit 0 unless its comment says ``# exit N``, and assignments carry over to the next
commands of the block.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import requests

from tests.docs.blocks import ROOT
from tests.docs.printed import PRINTED_BASE, matches

BIN = ROOT / ".venv" / "bin"
SLEEP = re.compile(r"^sleep (\d+(?:\.\d+)?)\b")
EXIT = re.compile(r"#.*\bexit (\d+)\b[^'\"]*$")
ASSIGNMENT = re.compile(r"^(export )?[A-Za-z_][A-Za-z_0-9]*=\S")


@dataclass(frozen=True)
class Step:
    command: str
    printed: str

    @property
    def exit_status(self) -> int:
        said = EXIT.search(self.command.splitlines()[-1])
        return int(said[1]) if said else 0


def steps(text: str) -> list[Step]:
    """Each ``$ command`` (with its ``\\`` continuation lines) and the lines printed after it."""
    found: list[tuple[list[str], list[str]]] = []
    continued = False
    for line in text.splitlines():
        if continued:
            found[-1][0].append(line)
        elif line.startswith("$ "):
            found.append(([line[2:]], []))
        elif found:
            found[-1][1].append(line)
        continued = bool(found) and line.endswith("\\") and not found[-1][1]
    return [Step("\n".join(command), "\n".join(printed)) for command, printed in found]


def run_block(text: str, where: Path, base: str | None) -> None:
    """Run every step in ``where``; ``base`` is the served mock the page's URL stands for."""
    carried: list[str] = []
    for step in steps(text):
        command = step.command
        if base is not None:
            command = command.replace(PRINTED_BASE, base)
            waited = SLEEP.match(command)
            if waited:
                advance = {"advance_ms": float(waited[1]) * 1000}
                requests.post(f"{base}/__mock/clock", json=advance, timeout=10).raise_for_status()
                continue
        command = command.replace(".venv/bin/", f"{BIN}/")
        if ASSIGNMENT.match(command) and "\n" not in command:
            if not command.startswith(("K=", "export K=")):
                carried.append(command)
            continue
        done = subprocess.run(
            ["bash", "-c", "\n".join([*carried, command])],
            cwd=where,
            env={
                "K": base or PRINTED_BASE,
                "PATH": f"{BIN}:/usr/bin:/bin:/usr/local/bin",
                "HOME": str(where),
                "COLUMNS": "80",
                "LANG": "C.UTF-8",
                "NO_COLOR": "1",
            },
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == step.exit_status, (
            f"$ {step.command}\nexited {done.returncode}, the page says {step.exit_status}\n"
            f"{done.stdout}"
        )
        if step.printed.strip():
            assert matches(step.printed, done.stdout, base or PRINTED_BASE), (
                f"$ {step.command}\nthe page prints:\n{step.printed}\nit printed:\n{done.stdout}"
            )
