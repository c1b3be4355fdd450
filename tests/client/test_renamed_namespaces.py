"""A renamed namespace keeps its old name for a release: ``client.video`` (one letter from the
legacy ``client.videos``) is ``client.current_video`` now, and the old name still works but warns
at run time and is marked ``@deprecated`` for type checkers."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from kling_client import AsyncKlingClient, KlingClient

from tests.client.conftest import GENERATED


def test_the_old_name_warns_and_hands_out_the_renamed_resource() -> None:
    client = KlingClient(api_key="k", base_url="http://mock")
    with pytest.warns(
        DeprecationWarning, match=r"client\.video is deprecated: use client\.current_video"
    ):
        old = client.video
    assert old is client.current_video


def test_the_new_name_is_silent() -> None:
    client = KlingClient(api_key="k", base_url="http://mock")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert client.current_video.text_to_video("kling-3.0-turbo").model == "kling-3.0-turbo"


def test_the_async_client_keeps_the_same_alias() -> None:
    async def touch() -> bool:
        async with AsyncKlingClient(api_key="k", base_url="http://mock") as client:
            with pytest.warns(DeprecationWarning, match=r"client\.current_video"):
                old = client.video
            return old is client.current_video

    assert asyncio.run(touch())


def test_a_type_checker_flags_code_that_still_uses_the_old_name(tmp_path: Path) -> None:
    user_code = tmp_path / "uses_old_name.py"
    user_code.write_text(
        "from kling_client import KlingClient\n\n"
        'client = KlingClient(api_key="k")\n'
        'client.current_video.text_to_video("kling-3.0-turbo")\n'
        'client.video.text_to_video("kling-3.0-turbo")\n'
    )
    command = [sys.executable, "-m", "mypy", "--strict", "--enable-error-code", "deprecated"]
    command += ["--config-file", "/dev/null", "--cache-dir", str(tmp_path / "cache")]
    done = subprocess.run(
        [*command, str(user_code)],
        cwd=GENERATED,
        capture_output=True,
        text=True,
        check=False,
        env={"MYPYPATH": str(GENERATED), "PATH": "/usr/bin:/bin"},
    )
    flagged = [line for line in done.stdout.splitlines() if "[deprecated]" in line]
    assert len(flagged) == 1 and "uses_old_name.py:5:" in flagged[0], done.stdout
