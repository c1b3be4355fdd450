"""What a page prints, as a pattern: ``…`` stands for any text and a millisecond timestamp for any
timestamp (they follow the clock); blank lines and trailing spaces do not count."""

from __future__ import annotations

import re

PRINTED_BASE = "http://127.0.0.1:4010"
TIMESTAMP = re.compile(r"(?<!\d)1\d{12}(?!\d)")


def normal(text: str) -> str:
    """Lines without trailing spaces (nor the ``\\r`` of HTTP headers), blank lines left out."""
    return "\n".join(line.rstrip() for line in text.splitlines() if line.strip())


def pattern(printed: str, base: str) -> re.Pattern[str]:
    """What the printed lines allow, with the page's base URL read as ``base``."""
    parts = []
    for piece in re.split(f"({TIMESTAMP.pattern}|…)", normal(printed).replace(PRINTED_BASE, base)):
        if piece == "…":
            parts.append(".*?")
        elif TIMESTAMP.fullmatch(piece):
            parts.append(r"1\d{12}")
        else:
            parts.append(re.escape(piece))
    return re.compile("".join(parts), re.DOTALL)


def matches(printed: str, output: str, base: str) -> bool:
    return pattern(printed, base).fullmatch(normal(output)) is not None
