"""The proxy, drift and replay commands refuse bad input in one line with exit 2."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import requests

from mockserver.cli.main import main
from mockserver.testing import IN_PROCESS_URL

from .conftest import Proxied
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
    assert main(["drift", "--url", "http://127.0.0.1:9"], session=session) == 2
    said = capsys.readouterr().err.strip().splitlines()
    assert len(said) == 1 and "kling-mock proxy" in said[0]


def test_drift_says_how_many_answers_its_verdict_rests_on(
    make_proxied: Callable[..., Proxied], capsys: pytest.CaptureFixture[str]
) -> None:
    pair = make_proxied()
    for _ in range(3):
        assert pair.post("/v1/images/generations", {"prompt": "a boat"}).status_code == 200
    assert main(["drift", "--url", IN_PROCESS_URL], session=pair.proxy.session) == 0
    assert capsys.readouterr().out == "no drift: 3 answers checked, every one matched spec/\n"


def test_drift_with_no_answer_checked_is_no_verdict(
    make_proxied: Callable[..., Proxied], capsys: pytest.CaptureFixture[str]
) -> None:
    pair = make_proxied()
    assert main(["drift", "--url", IN_PROCESS_URL], session=pair.proxy.session) == 2
    said = capsys.readouterr()
    assert said.out == "" and "has checked no answer yet" in said.err
    assert len(said.err.strip().splitlines()) == 1


def test_replaying_an_empty_directory_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "recording"
    empty.mkdir()
    assert main(["serve", "--replay", str(empty), "--db", str(tmp_path / "m.db")]) == 2
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and f"--replay {empty}: no recorded interaction in it" in said
