"""The proxy, drift and replay commands refuse bad input in one line with exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from mockserver.cli.main import main

from .test_proxy import Unreachable


@pytest.mark.parametrize(
    "argv",
    [
        ["proxy", "--upstream", "api-singapore.klingai.com"],
        ["proxy", "--upstream", "ftp://example.com"],
        ["proxy"],
    ],
)
def test_a_proxy_without_an_http_upstream_is_a_usage_error(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_replaying_a_directory_that_does_not_exist_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nothing-here"
    assert main(["serve", "--replay", str(missing), "--db", str(tmp_path / "m.db")]) == 2
    assert f"--replay {missing}: no such directory" in capsys.readouterr().err


def test_drift_without_a_proxy_to_ask_fails_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    session = requests.Session()
    session.mount("http://", Unreachable())
    assert main(["drift", "--url", "http://127.0.0.1:9"], session=session) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
