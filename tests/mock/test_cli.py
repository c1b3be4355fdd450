"""The kling-mock command line: clear one-line errors (exit 2), full help, --version, and a
coverage report that can fail a CI run."""

from __future__ import annotations

import argparse
import re
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from mockapi import MockAPI

from mockserver.cli.main import main, parser
from mockserver.core.state import state_of
from mockserver.served import served


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def misspelt_config(tmp_path: Path) -> Path:
    file = tmp_path / "mock.toml"
    file.write_text("KLING_SPEDD = 2\n", encoding="utf-8")
    return file


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["serve", "--config", "missing.toml"], "config file missing.toml does not exist"),
        (["serve", "--config", "MISSPELT"], "unknown keys KLING_SPEDD (did you mean KLING_SPEED?)"),
        (["serve", "--port", "99999"], "argument --port: 99999 is out of range (1..65535)"),
        (["serve", "--speed", "-1"], "argument --speed: -1 is out of range (0..10000)"),
        (["serve", "--speed", "nan"], "argument --speed: nan is out of range"),
        (["serve", "--workers", "many"], "argument --workers: 'many' is not a whole number"),
        (["coverage", "--fail-under", "101"], "argument --fail-under: 101 is out of range"),
    ],
)
def test_a_bad_option_or_config_is_one_clear_line_and_exit_2(
    argv: list[str], said: str, misspelt_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [str(misspelt_config) if arg == "MISSPELT" else arg for arg in argv]
    code, _, err = run(argv, capsys)
    assert code == 2
    assert err.count("\n") == 1 and said in err
    assert err.startswith(f"kling-mock {argv[0]}: error: ")


def test_the_installed_command_prints_no_traceback() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mockserver.cli", "serve", "--port", "99999"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1


def test_help_is_plain_text_with_help_for_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    root = parser()
    (commands,) = [a for a in root._actions if isinstance(a, argparse._SubParsersAction)]
    for name, sub in {"kling-mock": root, **commands.choices}.items():
        for action in sub._actions:
            if not isinstance(action, argparse._SubParsersAction):
                assert action.help, f"{name} {action.option_strings} has no help"
        text = sub.format_help()
        assert "``" not in text
        assert (sub.description or "").endswith(".")


def test_version_names_the_package(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--version"], capsys)
    assert code == 0
    assert out.startswith("kling-mock ") and out.split()[1][0].isdigit()


def test_coverage_of_a_missing_database_is_an_error_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nonexistent.db"
    code, _, err = run(["coverage", "--db", str(missing)], capsys)
    assert (code, err) == (2, f"kling-mock coverage: error: no database at {missing}\n")
    assert not missing.exists()


def test_coverage_of_a_file_that_is_not_a_mock_database_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    code, _, err = run(["coverage", "--db", str(other)], capsys)
    assert code == 2 and "is not a kling-mock database" in err
    assert other.read_text(encoding="utf-8") == "hello"


@pytest.fixture
def exercised_db(make_api: Callable[..., MockAPI], tmp_path: Path) -> str:
    """A mock database whose traffic exercised one operation (a create) and one code (0)."""
    db = str(tmp_path / "state.sqlite3")
    api = make_api(KLING_DB=db)
    api.image_task()
    state_of(api.app).store.coverage.counts()  # writes the pending counts
    return db


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["--fail-under", "100"], 1),
        (["--fail-under", "100", "--of", "codes"], 1),
        (["--fail-under", "0.1"], 0),
        (["--fail-under", "1", "--of", "codes"], 0),
        ([], 0),
    ],
)
def test_fail_under_exits_1_when_too_little_was_exercised(
    exercised_db: str, argv: list[str], code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    got, out, err = run(["coverage", "--db", exercised_db, *argv], capsys)
    assert got == code
    assert "operations exercised: 1/" in out
    if code:
        assert err.startswith("kling-mock coverage: 1/") and "under the required 100%" in err


def test_a_busy_port_is_one_line_and_exit_2_before_any_banner(tmp_path: Path) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "mockserver.cli", "serve", "--port", str(port),
             "--db", str(tmp_path / "m.db")],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr == (
        f"kling-mock serve: error: 127.0.0.1:{port} is already in use (another kling-mock?): "
        "stop it, or choose another port with --port\n"
    )


def test_coverage_with_no_mock_to_ask_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{closed.getsockname()[1]}"
    code, out, err = run(["coverage", "--url", url], capsys)
    assert (code, out) == (2, "")
    assert err == (
        f"kling-mock coverage: error: nothing answers at {url} "
        "(is `kling-mock serve` running there? --url names another)\n"
    )


def test_an_in_memory_store_served_by_several_workers_is_refused() -> None:
    done = subprocess.run(  # a subprocess: were it served, the test would time out, not hang
        [sys.executable, "-m", "mockserver.cli", "serve", "--db", ":memory:", "--workers", "2",
         "--port", "1"],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "cannot be served by 2 workers" in done.stderr


def test_the_banner_names_the_api_and_the_dashboard(tmp_path: Path) -> None:
    with served(tmp_path / "m.db", workers=1) as mock:
        banner = mock.log().splitlines()[0]
    assert banner.startswith(f"kling-mock: {mock.base_url} (official) and {mock.base_url}/kling;")
    assert f"dashboard {mock.base_url}/__mock/ui;" in banner


def test_ca_help_gives_the_variables_that_replace_the_trust_store_the_bundle() -> None:
    """The authority alone in REQUESTS_CA_BUNDLE or SSL_CERT_FILE would distrust every real site."""
    root = parser()
    (commands,) = [a for a in root._actions if isinstance(a, argparse._SubParsersAction)]
    text = " ".join(commands.choices["ca"].format_help().split())
    said = [s for s in re.split(r"(?<=\.) ", text) if "REQUESTS_CA_BUNDLE" in s]
    assert said and all("--bundle" in sentence for sentence in said), said
