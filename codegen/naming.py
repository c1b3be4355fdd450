"""How spec names become Python names: one place, so every template agrees."""

from __future__ import annotations

import keyword
import re

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+")


def words(name: str) -> list[str]:
    """Split camelCase, kebab-case, snake_case and dotted names into lowercase words."""
    return [part.lower() for part in _WORD_BOUNDARY.split(name) if part]


def snake(name: str) -> str:
    """``pageNum`` -> ``page_num``, ``image-recognize`` -> ``image_recognize``."""
    return "_".join(words(name))


def pascal(name: str) -> str:
    """``omni_image`` -> ``OmniImage``, ``text2video`` -> ``Text2video``."""
    return "".join(part[:1].upper() + part[1:] for part in words(name))


def identifier(name: str) -> str:
    """A safe Python identifier for a wire name (keywords get a trailing underscore)."""
    python = snake(name) or "value"
    if python[0].isdigit():
        python = f"n{python}"
    return f"{python}_" if keyword.iskeyword(python) else python
