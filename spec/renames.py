"""Renamed client namespaces: ``components.x-kling-renamed-families``, old name -> new name.

A top-level ``x-kling-family`` that moves (``video.*`` -> ``current_video.*``) would break every
caller of ``client.video``. Declaring the rename here keeps the old name as a deprecated alias of
the new one for a release: the generator renders ``client.video`` as a property that warns
(``DeprecationWarning``, ``@deprecated`` for type checkers) and returns ``client.current_video``,
and ``kling-codegen diff`` reports the move as ``family-renamed-with-alias`` (non-breaking) instead
of ``client-name-changed``. Removing the entry later removes the alias: a breaking change.
"""

from __future__ import annotations

from dataclasses import dataclass

from spec.documents import Document, SpecError

#: Where the renames live in a document's components.
RENAMED_FAMILIES = "x-kling-renamed-families"


@dataclass(frozen=True)
class FamilyRename:
    """``client.<old>`` is now ``client.<now>``; the old name is kept as a deprecated alias."""

    old: str
    now: str

    def applied(self, family: str) -> str | None:
        """``family`` under its new name, when it is (inside) the renamed one."""
        if family == self.old or family.startswith(self.old + "."):
            return self.now + family[len(self.old) :]
        return None

    @property
    def message(self) -> str:
        """What the deprecation warning says to a user of the old name."""
        return (
            f"client.{self.old} is deprecated: use client.{self.now} (same resources and methods); "
            f"client.{self.old} will be removed in the next major release"
        )


def renamed_families(bundle: Document) -> dict[str, FamilyRename]:
    """old top-level family -> its rename, from ``components.x-kling-renamed-families``.

    Only a top-level family can be renamed (the alias is an attribute of the client), and the
    old name may no longer be a family of its own.
    """
    block = (bundle.get("components") or {}).get(RENAMED_FAMILIES) or {}
    found: dict[str, FamilyRename] = {}
    for old, entry in block.items():
        now = entry.get("now") if isinstance(entry, dict) else None
        if not isinstance(now, str) or "." in now or "." in str(old):
            raise SpecError(f"{RENAMED_FAMILIES}.{old}: needs now: <a top-level family name>")
        found[str(old)] = FamilyRename(str(old), now)
    return found


def renamed(family: str, renames: dict[str, FamilyRename]) -> str | None:
    """What ``family`` is called now, when a rename moved it (None otherwise)."""
    for rename in renames.values():
        moved = rename.applied(family)
        if moved is not None:
            return moved
    return None
