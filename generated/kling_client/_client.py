"""``KlingClient``: the entry point. Generated from spec/ by kling-codegen: do not edit.

Credentials come from the arguments or, when absent, from the environment:

- ``KLING_API_KEY``: a gateway key (``Authorization: Bearer <key>``), default base URL
  https://api.cometapi.com/kling
- ``KLING_ACCESS_KEY`` + ``KLING_SECRET_KEY``: official keys, signed into an HS256 JWT that is
  renewed before it expires; default base URL https://api-singapore.klingai.com
- ``KLING_BASE_URL``: overrides the base URL (e.g. http://127.0.0.1:4010 for ``make serve``).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from types import TracebackType
from typing import Any

import requests

from . import _leniency, _rules
from ._auth import ApiKeyAuth, Auth, JwtAuth
from ._errors import AuthenticationError
from ._http import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, HttpCore
from ._images import ImageSource, image_to_base64
from ._routes import ROUTES
from ._schemas import PARAMETER_SCHEMAS, REQUEST_SCHEMAS, STRICTNESS_POLICY
from ._validation import Validator
from .resources.account import AccountResource
from .resources.audio import AudioResource
from .resources.general import GeneralResource
from .resources.images import ImagesResource
from .resources.tasks import TasksResource
from .resources.video import VideoResource
from .resources.videos import VideosResource

OFFICIAL_BASE_URL = "https://api-singapore.klingai.com"
"""Where ``access_key``/``secret_key`` clients send requests unless told otherwise."""

GATEWAY_BASE_URL = "https://api.cometapi.com/kling"
"""Where ``api_key`` clients send requests unless told otherwise."""

SPEC_VERSION = "2.0.0"
"""The version of the spec this client was generated from."""

__version__ = "2.0.0"


def _credentials(
    api_key: str | None,
    access_key: str | None,
    secret_key: str | None,
    token_ttl: int,
    environ: Mapping[str, str],
) -> tuple[Auth, str]:
    """The auth to use and its default base URL; arguments win over the environment."""
    if api_key is None and access_key is None and secret_key is None:
        api_key = environ.get("KLING_API_KEY") or None
        if api_key is None:
            access_key = environ.get("KLING_ACCESS_KEY") or None
            secret_key = environ.get("KLING_SECRET_KEY") or None
    if api_key is not None:
        return ApiKeyAuth(api_key), GATEWAY_BASE_URL
    if access_key and secret_key:
        return JwtAuth(access_key, secret_key, ttl=token_ttl), OFFICIAL_BASE_URL
    raise AuthenticationError(
        "no credentials: pass api_key=..., or access_key=... and secret_key=..., "
        "or set KLING_API_KEY, or KLING_ACCESS_KEY and KLING_SECRET_KEY"
    )


class KlingClient:
    """A client for the Kling API (official hosts or a gateway such as CometAPI).

    Args:
        api_key: Gateway key, sent as a Bearer token.
        access_key: Official AccessKey (with ``secret_key``): requests carry a signed JWT.
        secret_key: Official SecretKey; never sent, only used to sign.
        base_url: Where to send requests; defaults depend on the kind of credentials.
        timeout: Default seconds to wait for each answer; every method takes its own ``timeout``.
        max_retries: How often a retryable failure (429, 5xx, lost connection) is retried.
        validate: Check request bodies against the spec before sending (per call: ``validate=``).
        strict: Refuse what Kling ignores or coerces (null optionals, unknown fields, ...)
            instead of warning with ``DeviationWarning``, like ``kling-mock serve --strict``.
        auto_external_task_id: Give creates without an ``external_task_id`` a random one, which
            makes them safe to retry.
        session: The ``requests.Session`` to send through (tests route it into the mock).
        verify: TLS trust for the session: a CA bundle path (e.g. ``kling-mock ca``), or a bool.
        token_ttl: Lifetime in seconds of each signed JWT (official credentials only).

    Resources:
        account: Resource packs and their remaining balance.
        audio: Sound effects, video soundtracks and speech synthesis.
        general: Custom and preset voices, custom and preset elements (subject library).
        images: Image generation and editing tasks.
        tasks: One query surface for every task of the account, whatever route created it.
        video: Video generation on the current design (model in the path).
        videos: Video generation, extension and effect tasks.
    """

    account: AccountResource
    audio: AudioResource
    general: GeneralResource
    images: ImagesResource
    tasks: TasksResource
    video: VideoResource
    videos: VideosResource

    def __init__(
        self,
        *,
        api_key: str | None = None,
        access_key: str | None = None,
        secret_key: str | None = None,
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        validate: bool = True,
        strict: bool = False,
        auto_external_task_id: bool = True,
        session: requests.Session | None = None,
        token_ttl: int = 1800,
        verify: bool | str | None = None,
    ) -> None:
        auth, default_url = _credentials(api_key, access_key, secret_key, token_ttl, os.environ)
        self._owns_session = session is None
        self.session = session if session is not None else requests.Session()
        if verify is not None:
            self.session.verify = verify
        self.base_url = (base_url or os.environ.get("KLING_BASE_URL") or default_url).rstrip("/")
        self._core = HttpCore(
            base_url=self.base_url,
            auth=auth,
            session=self.session,
            timeout=timeout,
            max_retries=max_retries,
            validator=Validator(
                _rules.check,
                bodies=REQUEST_SCHEMAS,
                parameters=PARAMETER_SCHEMAS,
                normalise=None
                if strict
                else functools.partial(_leniency.normalise, policy=STRICTNESS_POLICY),
            ),
            validate=validate,
            auto_external_task_id=auto_external_task_id,
            user_agent=f"kling-client/{__version__} (spec {SPEC_VERSION})",
        )
        self.account = AccountResource(self._core)
        self.audio = AudioResource(self._core)
        self.general = GeneralResource(self._core)
        self.images = ImagesResource(self._core)
        self.tasks = TasksResource(self._core)
        self.video = VideoResource(self._core)
        self.videos = VideosResource(self._core)

    def request(
        self,
        operation_id: str,
        *,
        path_params: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
    ) -> Any:
        """Call any operation of the spec by its operationId and return the raw ``data``.

        The low-level door under the typed methods: the body is sent as given (no required
        keyword arguments), with the same validation, retries and errors.

        Raises:
            KeyError: The spec has no operation with this id.
        """
        route = ROUTES[operation_id]
        return self._core.call(
            route.method,
            route.path,
            operation_id=operation_id,
            path_params=path_params,
            params=params,
            body=body,
            retry=route.retry,
            id_field=route.id_field,
            validate=validate,
            timeout=timeout,
        )

    def image_to_base64(self, source: ImageSource) -> str:
        """Raw Base64 of an image path, bytes or URL (downloaded through this client's session)."""
        return image_to_base64(source, session=self.session)

    def close(self) -> None:
        """Close the HTTP session if this client created it."""
        if self._owns_session:
            self.session.close()

    def __enter__(self) -> KlingClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"KlingClient(base_url={self.base_url!r})"
