"""The code blocks of README.md, so tests run what the README prints rather than a copy of it."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def code_block(heading: str, language: str = "python") -> str:
    """The first ``language`` block under the README section titled ``heading``."""
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    section = text[start : end if end != -1 else len(text)]
    found = re.search(rf"```{language}\n(.*?)```", section, re.DOTALL)
    if found is None:
        raise LookupError(f"README section {heading!r} has no {language} block")
    return found.group(1)
