"""``client.audio``: Sound effects, video soundtracks and speech synthesis.

``AudioResource`` serves ``KlingClient`` and ``AsyncAudioResource`` (coroutine methods) serves
``AsyncKlingClient``: one template writes both, side by side, and both send through the same
plans of ``_http``. Generated from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._http import HttpCore
from .text_to_audio import AsyncAudioTextToAudioResource, AudioTextToAudioResource
from .tts import AsyncAudioTtsResource, AudioTtsResource
from .video_to_audio import AsyncAudioVideoToAudioResource, AudioVideoToAudioResource

if TYPE_CHECKING:
    from ..._async_http import AsyncHttpCore

__all__ = ["AudioResource", "AsyncAudioResource"]


class AudioResource:
    """``client.audio``: Sound effects, video soundtracks and speech synthesis.

    Resources: text_to_audio, video_to_audio, tts.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core
        self.text_to_audio = AudioTextToAudioResource(core)
        self.video_to_audio = AudioVideoToAudioResource(core)
        self.tts = AudioTtsResource(core)

    @cached_property
    def with_raw_response(self) -> AudioResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AudioResourceRaw(self)


class AudioResourceRaw:
    """``audio.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AudioResource) -> None:
        self.text_to_audio = resource.text_to_audio.with_raw_response
        self.video_to_audio = resource.video_to_audio.with_raw_response
        self.tts = resource.tts.with_raw_response


class AsyncAudioResource:
    """``client.audio``: Sound effects, video soundtracks and speech synthesis.

    Resources: text_to_audio, video_to_audio, tts.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        self._core = core
        self.text_to_audio = AsyncAudioTextToAudioResource(core)
        self.video_to_audio = AsyncAudioVideoToAudioResource(core)
        self.tts = AsyncAudioTtsResource(core)

    @cached_property
    def with_raw_response(self) -> AsyncAudioResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncAudioResourceRaw(self)


class AsyncAudioResourceRaw:
    """``audio.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncAudioResource) -> None:
        self.text_to_audio = resource.text_to_audio.with_raw_response
        self.video_to_audio = resource.video_to_audio.with_raw_response
        self.tts = resource.tts.with_raw_response
