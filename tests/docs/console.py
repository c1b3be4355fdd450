"""Running a page's ``console`` block: each ``$ command`` in bash, its output compared with the
lines printed under it.

``sleep N`` is spent in mock time (the served mock's clock is frozen and moved on by N seconds), a
command must exit 0 unless its comment says ``# exit N``, and assignments carry over to the next
commands of the block.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import requests

from tests.docs.blocks import ROOT
from tests.docs.printed import PRINTED_BASE, matches

BIN = ROOT / ".venv" / "bin"
SLEEP = re.compile(r"^sleep (\d+(?:\.\d+)?)\b")
EXIT = re.compile(r"#.*\bexit (\d+)\b[^'\"]*$")
ASSIGNMENT = re.compile(r"^(export )?[A-Za-z_][A-Za-z_0-9]*=\S")
BACKGROUND = re.compile(r"^(?P<command>.*?)\s&\s*(#.*)?$", re.S)
KILL = re.compile(r"^kill((?:\s+%\d+)+)\s*(#.*)?$")
PORT = re.compile(r"(?:127\.0\.0\.1:|--port )(\d{4,5})\b")


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


def environment(where: Path, base: str | None) -> dict[str, str]:
    return {
        "K": base or PRINTED_BASE,
        "PATH": f"{BIN}:/usr/bin:/bin:/usr/local/bin",
        "HOME": str(where),
        "COLUMNS": "80",
        "LANG": "C.UTF-8",
        "NO_COLOR": "1",
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def jobs() -> Iterator[list[subprocess.Popen[bytes]]]:
    """The block's background commands (``cmd &``), each in a process group of its own, all
    stopped when the block ends."""
    started: list[subprocess.Popen[bytes]] = []
    try:
        yield started
    finally:
        for job in started:
            stop(job)


def stop(job: subprocess.Popen[bytes]) -> None:
    if job.poll() is None:
        os.killpg(job.pid, signal.SIGTERM)
        try:
            job.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(job.pid, signal.SIGKILL)
            job.wait()


def run_servers_block(text: str, where: Path) -> None:
    """A block that starts servers in the background (``cmd &``) and stops them (``kill %N``):
    every port the page names is a free port here, so the block runs beside anything else."""
    ports = {port: str(free_port()) for port in dict.fromkeys(PORT.findall(text))}

    def local(line: str) -> str:
        for printed, free in ports.items():
            line = re.sub(rf"(127\.0\.0\.1:|--port ){printed}\b", rf"\g<1>{free}", line)
        return line

    carried: list[str] = []
    with jobs() as started:
        for step in steps(text):
            background = BACKGROUND.match(step.command)
            killed = KILL.match(step.command)
            if background:
                started.append(
                    subprocess.Popen(
                        ["bash", "-c", local(background["command"])],
                        cwd=where,
                        env=environment(where, None),
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                        start_new_session=True,
                    )
                )
            elif killed:
                for number in re.findall(r"%(\d+)", killed[1]):
                    stop(started[int(number) - 1])
            elif ASSIGNMENT.match(step.command) and "\n" not in step.command:
                carried.append(local(step.command))
            else:
                run_step(Step(local(step.command), step.printed), where, None, carried)


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
        if ASSIGNMENT.match(command) and "\n" not in command:
            if not command.startswith(("K=", "export K=")):
                carried.append(command)
            continue
        run_step(Step(command, step.printed), where, base, carried)


def run_step(step: Step, where: Path, base: str | None, carried: list[str]) -> None:
    """One command, after the block's assignments; its exit status and output checked."""
    command = step.command.replace(".venv/bin/", f"{BIN}/")
    done = subprocess.run(
        ["bash", "-c", "\n".join([*carried, command])],
        cwd=where,
        env=environment(where, base),
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
