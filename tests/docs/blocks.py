"""The code blocks of the documentation pages and of the README: the one reader every test of an
example uses, so tests run what the pages print rather than a copy of it.

A block is a fenced block with its language, its text, where it is (page and line) and the HTML
comment right before it, if any (``<!-- not run: why -->``, ``<!-- run: KIND -->``,
``<!-- output -->``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
README = ROOT / "README.md"

FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,})(?P<info>[^`\n]*)$")
COMMENT = re.compile(r"^<!--\s*(?P<text>.*?)\s*-->$")


@dataclass(frozen=True)
class Block:
    page: Path
    line: int  # of the opening fence, 1-based
    language: str
    text: str
    comment: str  # the HTML comment right before the fence, without <!-- -->; "" when none

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"

    @property
    def not_run(self) -> str | None:
        """The reason given in ``<!-- not run: reason -->``, or None."""
        found = re.fullmatch(r"not run:\s*(.*)", self.comment, re.S)
        return found.group(1).strip() if found else None

    @property
    def run_kind(self) -> str | None:
        """The first word of ``<!-- run: KIND ... -->``, or None."""
        found = re.fullmatch(r"run:\s*([\w-]+).*", self.comment, re.S)
        return found.group(1) if found else None


def pages() -> list[Path]:
    """Every page of the site, then the README."""
    return [*sorted(DOCS.rglob("*.md")), README]


@cache
def _read(page: Path) -> tuple[Block, ...]:
    lines = page.read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    at = 0
    while at < len(lines):
        opening = FENCE.match(lines[at])
        if opening is None:
            at += 1
            continue
        fence, indent = opening["fence"], len(opening["indent"])
        end = at + 1
        while end < len(lines) and lines[end].strip() != fence:
            end += 1
        body = "\n".join(line[indent:] for line in lines[at + 1 : end])
        language = opening["info"].strip().split(" ")[0]
        found.append(Block(page, at + 1, language, body + "\n", _comment(lines, at)))
        at = end + 1
    return tuple(found)


def _comment(lines: list[str], fence_at: int) -> str:
    """The HTML comment on the last non-blank line before the fence."""
    before = fence_at - 1
    while before >= 0 and not lines[before].strip():
        before -= 1
    found = COMMENT.match(lines[before].strip()) if before >= 0 else None
    return found["text"] if found else ""


def blocks(page: Path | None = None) -> list[Block]:
    """The blocks of one page, or of every page."""
    return [block for each in ([page] if page else pages()) for block in _read(each)]


def page(name: str) -> Path:
    """A page by its path under docs/ (``"mock/callbacks.md"``), or ``"README.md"``."""
    path = README if name == "README.md" else DOCS / name
    if not path.is_file():
        raise LookupError(f"no page {name}")
    return path


def find(name: str, language: str, containing: str) -> Block:
    """The one ``language`` block of page ``name`` whose text contains ``containing``."""
    matching = [
        block
        for block in blocks(page(name))
        if block.language == language and containing in block.text
    ]
    if len(matching) != 1:
        raise LookupError(
            f"{name}: {len(matching)} {language} blocks contain {containing!r}, expected one"
        )
    return matching[0]


def output_of(block: Block) -> Block | None:
    """The ``<!-- output -->`` text block right after ``block``, if there is one."""
    following = blocks(block.page)
    at = following.index(block)
    if at + 1 < len(following) and following[at + 1].comment == "output":
        return following[at + 1]
    return None
