"""Running a page's ``python`` block against the served mock: the page's base URL is the mock's,
the client's pauses (between polls, before retries) are spent in mock time, and what it prints is
returned for comparison with the page."""

from __future__ import annotations

import contextlib
import io
from typing import Any

import pytest

from tests.docs.printed import PRINTED_BASE
from tests.docs.served import Served


def run_python(text: str, mock: Served, monkeypatch: pytest.MonkeyPatch) -> str:
    """Execute ``text`` as a module of its own; what it printed."""
    import kling_client._async_http as async_http
    import kling_client._http as sync_http

    async def async_pause(seconds: float) -> None:
        mock.advance(seconds)

    monkeypatch.setattr(sync_http, "pause", mock.advance)
    monkeypatch.setattr(async_http, "async_pause", async_pause)
    code = compile(text.replace(PRINTED_BASE, mock.base_url), "<page block>", "exec")
    namespace: dict[str, Any] = {"__name__": "__page_block__"}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(code, namespace)
    return printed.getvalue()
