"""The spec's designs (spec.designs) as tests read them: what an answer in a design's words says,
and what a lookup of an unknown task answers, instead of spelling codes, field names or status
words the spec owns."""

from __future__ import annotations

import functools

from spec.designs import Design, NotFound, design_name, designs_of
from spec.documents import load_bundle


@functools.cache
def design(name: str | None = None) -> Design:
    """A design of the spec, by name (the default design when none is named)."""
    return designs_of(load_bundle())[name or design_name(None)]


def _not_found(name: str | None) -> NotFound:
    stated = design(name).not_found
    assert stated is not None, f"design {name} leaves unknown ids out instead of refusing them"
    return stated


def unknown_task_answer(name: str | None = None) -> tuple[int, int]:
    """(HTTP status, business code) a lookup of an unknown task gets in this design."""
    stated = _not_found(name)
    return stated.status, stated.code


def unknown_task_answers(name: str | None = None) -> frozenset[tuple[int, int]]:
    """The answer above and, where the spec records a documented form that differs from the live
    one, that form too (the real API may give either)."""
    return _not_found(name).answers


#: Mock settings that let the spec's examples through as they are: their callbacks name
#: hooks.example.com, outside the default allow-list (loopback), which refuses it at create.
SPEC_EXAMPLE_CALLBACKS = {"KLING_CALLBACK_HOSTS": "127.0.0.0/8,::1,localhost,hooks.example.com"}
