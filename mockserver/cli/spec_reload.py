"""``kling-mock serve --reload``: a changed spec/ is served without a restart, state kept.

gunicorn's own reloader does the watching: with ``reload`` on, each worker watches the files named
by ``reload_extra_files`` (spec/ itself, so an added or removed document counts, and its
documents as glob patterns, re-expanded on every look) and restarts itself on a change. The
master and its listening socket stay; tasks, the clock and the journal live in SQLite, so the new
worker carries on with the same state, and a request arriving meanwhile waits in the socket's
queue.

gunicorn alone halts the whole server when a restarted worker fails to boot, and a spec being edited
often does not load for a moment. So the master loads spec/ before each fork (gunicorn's
``pre_fork`` hook) and the worker serves the last spec that loaded: a spec that does not load is one
log line, and the mock keeps answering with the previous one.

A worker's reloader takes its first look only once the app is built, so a change landing while a
worker boots (a ``git checkout`` writing several documents) would go unseen; the worker compares
spec/ with what the master read (``post_worker_init``) and restarts at once when they differ.
"""

from __future__ import annotations

import glob
import logging
from pathlib import Path
from typing import Any

from mockserver.core.config import ConfigError, Settings
from mockserver.core.spec_index import SpecIndex
from mockserver.http.app import spec_objects
from mockserver.validation.checker import RequestChecker
from spec.documents import document_paths

log = logging.getLogger("kling_mock")

SpecObjects = tuple[SpecIndex, RequestChecker]
Stamp = tuple[tuple[str, int, int], ...]
DOCUMENTS = "*.yaml"  # the documents ``spec.documents.document_paths`` reads


def stamp(spec_dir: Path) -> Stamp:
    """Name, modification time and size of every document in spec/: equal stamps, same spec."""
    found: list[tuple[str, int, int]] = []
    for path in document_paths(spec_dir):
        try:
            status = path.stat()
        except OSError:  # removed while we looked: the next look sees it gone
            continue
        found.append((path.name, status.st_mtime_ns, status.st_size))
    return tuple(found)


def one_line(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {' '.join(str(exc).split())}"


class SpecReload:
    """The last spec of spec/ that loaded, kept by the gunicorn master for the workers it forks."""

    def __init__(self, spec_dir: Path) -> None:
        self.spec_dir = spec_dir
        self.tried = stamp(spec_dir)
        try:
            self.good: SpecObjects = spec_objects(spec_dir)
        except Exception as exc:  # whatever a broken spec raises is one line
            raise ConfigError(f"the spec in {spec_dir} does not load: {one_line(exc)}") from None

    @classmethod
    def start(cls, settings: Settings) -> SpecReload:
        """The spec as it is now; a ConfigError when reloading cannot keep the state or the spec
        does not load to begin with."""
        if settings.db == ":memory:":
            raise ConfigError(
                "--reload needs a database file (--db PATH): a ':memory:' mock would lose its "
                "tasks each time a worker restarts"
            )
        return cls(settings.spec_dir)

    def refresh(self) -> None:
        """Load spec/ when it changed since the last try; keep the last good spec when it does
        not load (runs in the master, before each fork)."""
        now = stamp(self.spec_dir)
        if now == self.tried:
            return
        self.tried = now
        try:
            loaded = spec_objects(self.spec_dir)
        except Exception as exc:  # a half-edited spec must not stop the mock
            log.error("spec change not loaded, still serving the last good spec: %s", one_line(exc))
            return
        if loaded is not self.good:
            self.good = loaded
            log.info(
                "spec reloaded from %s: %d operations", self.spec_dir, len(loaded[0].operations)
            )

    def stale(self) -> bool:
        """spec/ changed since the master last read it."""
        return stamp(self.spec_dir) != self.tried

    def gunicorn_options(self) -> dict[str, Any]:
        folder = str(self.spec_dir.resolve())
        return {
            "reload": True,
            "reload_extra_files": [folder, f"{glob.escape(folder)}/{DOCUMENTS}"],
            "pre_fork": self._pre_fork,
            "post_worker_init": self._post_worker_init,
        }

    def _pre_fork(self, server: Any, worker: Any) -> None:
        self.refresh()

    def _post_worker_init(self, worker: Any) -> None:
        if self.stale():  # changed while this worker booted: start over with what is there now
            worker.alive = False
