"""The HTTP side of a delivery, behind a small protocol so tests can script a receiver."""

from __future__ import annotations

from typing import Protocol

import requests

from mockserver.callbacks import urls
from mockserver.callbacks.pinned_http import PinnedAdapter

from .allowlist import AllowList

USER_AGENT = "kling-mock-callbacks/1"


class Sender(Protocol):
    def send(
        self, url: str, body: bytes, headers: dict[str, str], timeout_s: float
    ) -> tuple[int | None, str | None]:
        """(HTTP status, error) of one POST; error is None when the receiver took it (2xx)."""


class HttpSender:
    """POSTs with ``requests``: no redirects, no proxies from the environment, to the URL as
    ``security.urls`` read it, over connections that only reach allowed addresses."""

    def __init__(self, verify: bool | str = True, allow: AllowList | None = None) -> None:
        self._allow = allow if allow is not None else AllowList.parse(None)
        self._http = requests.Session()
        self._http.mount("http://", PinnedAdapter(self._allow))
        self._http.mount("https://", PinnedAdapter(self._allow))
        self._http.trust_env = False  # loopback means loopback
        self._http.headers["User-Agent"] = USER_AGENT
        self._http.verify = verify  # a CA bundle for https receivers (mockserver.security.tls)

    def send(
        self, url: str, body: bytes, headers: dict[str, str], timeout_s: float
    ) -> tuple[int | None, str | None]:
        try:
            target = urls.parse(url)
        except urls.UrlRefused as exc:
            return None, str(exc)
        refusal = self._allow.target_refusal(target)
        if refusal:
            return None, refusal
        try:
            answer = self._http.post(
                target.url, data=body, headers=headers, timeout=timeout_s, allow_redirects=False
            )
        except requests.RequestException as exc:
            return None, f"{type(exc).__name__}: {exc}"[:500]
        if 200 <= answer.status_code < 300:
            return answer.status_code, None
        return answer.status_code, f"the receiver answered HTTP {answer.status_code}"
