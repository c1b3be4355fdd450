"""The spec's descriptions as a client user reads them: without the research provenance tags the
spec keeps for its maintainers (``LIVE-A``, ``EN-CAPMAP``, ``kling-api.md §4``) and without the
spec's own vocabulary names (``x-kling-models``), which mean nothing outside spec/.

The spec keeps its sources (spec/README.md, "Sources"); the client's docstrings say what a value
does. Every description the generator reads goes through :func:`for_users`.
"""

from __future__ import annotations

import re

#: A source tag: an upper-case label with a dash (LIVE-A, EN-CAPMAP, ZH-I2V-LEGACY, APP-B), one of
#: the tags without one (COMFY, CARBO), or a reference to the research notes (kling-api.md §4).
_TAG = r"(?:[A-Z]{2,}(?:-[A-Z0-9]+)+|COMFY|CARBO|kling-api(?:-current)?\.md(?: §[\d.]+)?)"
#: What may follow a tag inside its mention: an issue number, a date, a section, a word like README.
_TAIL = r"(?:\s+(?:#\d+|\d{2}/\d{2}/\d{4}|§[\d.]+|README|[a-z]+ \d+[a-z]?))*"
_MENTION = re.compile(rf"{_TAG}{_TAIL}")
#: A parenthesis that is nothing but tags (and their separators): dropped whole.
_ONLY_TAGS = re.compile(rf"\s*\((?:\s*(?:{_TAG}{_TAIL})\s*[,;:]?)+\)")
#: A parenthesis citing research notes by section ("(live 2026-09-28, code index id 1 §4)").
_NOTES = re.compile(r"\s*\([^()]*§[^()]*\)")
#: The vocabulary names: what the reader needs is that each model has its own limits.
_VOCABULARY = (
    (
        re.compile(r"(?<=[.;] )[Ww]hich values a model (?:accepts|takes) is in x-kling-models"),
        "each model takes only some of these values (the client checks them)",
    ),
    (re.compile(r"\s*\(?\bx-kling-[a-z-]+\)?"), ""),
    # The maintainers' "spec/" (the folder) means nothing to a user: the client has no default.
    (re.compile(r"\bso spec/ states no default"), "so the client sends none unless you do"),
)


def for_users(text: str) -> str:
    """``text`` without source tags and vocabulary names (tidy punctuation left behind)."""
    if not text:
        return text
    for pattern, replacement in _VOCABULARY:
        text = pattern.sub(replacement, text)
    text = re.sub(r"(?<=\. )each model", "Each model", text)
    text = _NOTES.sub("", text)
    text = _ONLY_TAGS.sub("", text)
    text = _MENTION.sub("", text)
    text = re.sub(r"(?:;|,)? the enum also on[\s,]*(?=\))", "", text)  # a list of tags emptied
    text = re.sub(r"\(\s*[,;:]?\s*\)", "", text)  # a parenthesis the tags emptied
    text = re.sub(r"(?:\s*[,;:])+\s*\)", ")", text)  # "(no 4K, )" -> "(no 4K)"
    text = re.sub(r"\(\s*[,;:]\s*", "(", text)
    text = re.sub(r"[ \t]+([,.;:])", r"\1", text)
    text = re.sub(r"([,;:])(?=[,.;:])", "", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()
