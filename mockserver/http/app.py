"""The application factory: ``create_app(config)`` builds one self-contained mock.

Configuration is layered (defaults, KLING_* environment, a config file, the mapping given here);
see ``mockserver.core.config``. Everything costly (bundling the spec, building the openapi-core
validator, compiling the x-kling schemas) happens once here, never per request.
"""

from __future__ import annotations

import functools
import gc
import logging
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask

from mockserver import ui
from mockserver.callbacks import DeliveryQueue, Dispatcher
from mockserver.core.clock import Clock
from mockserver.core.config import Settings, load_config
from mockserver.core.spec_index import SpecIndex
from mockserver.core.state import EXTENSION, MockState
from mockserver.core.store import Store
from mockserver.domain import limits, tasks
from mockserver.http import admin, admin_guard, assets, degraded, edge, errors, paths, routes
from mockserver.observers import behaviour
from mockserver.proxy import forward
from mockserver.proxy import replay as replaying
from mockserver.proxy.forward import Upstream
from mockserver.validation.checker import RequestChecker
from spec.documents import document_paths, load_bundle

#: How long a thread may hold the GIL while another waits for it, in a serving process.
SWITCH_INTERVAL_S = 0.001

log = logging.getLogger("kling_mock")


@functools.lru_cache(maxsize=8)
def _spec_objects(spec_dir: str, stamp: tuple[float, ...]) -> tuple[SpecIndex, RequestChecker]:
    """The index and checker of one version of spec/, shared by apps built from it (read-only)."""
    index = SpecIndex.from_bundle(load_bundle(Path(spec_dir)))
    return index, RequestChecker(index)


def spec_objects(spec_dir: Path) -> tuple[SpecIndex, RequestChecker]:
    stamp = tuple(path.stat().st_mtime for path in document_paths(spec_dir))
    return _spec_objects(str(spec_dir.resolve()), stamp)


def create_app(
    config: Mapping[str, Any] | None = None,
    spec: tuple[SpecIndex, RequestChecker] | None = None,
    *,
    upstream: Upstream | None = None,
    replay: Path | None = None,
) -> Flask:
    """A Flask app serving every operation of the spec under /v1/... and /kling/v1/...

    ``spec``: the spec objects to serve instead of reading KLING_SPEC_DIR (``serve --reload`` hands
    the worker the last spec that loaded). ``upstream``: forward every API request there instead
    of simulating it (``kling-mock proxy``). ``replay``: answer requests that match a recording in
    that directory from it, and simulate the rest (``kling-mock serve --replay``)."""
    merged = load_config(config)
    settings = Settings.from_config(merged)
    app = Flask("kling_mock", static_folder=None)
    app.config.update(merged)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    index, checker = spec or spec_objects(settings.spec_dir)
    store = Store(
        settings.db,
        journal_size=settings.journal_size,
        flush_interval_s=settings.flush_interval_ms / 1000,
    )
    store.db.install(limits.SCHEMA, limits.TABLES)
    clock = Clock(store)
    clock.ensure(settings.speed, settings.clock_frozen)
    state = MockState(settings, index, store, clock, checker)
    unknown = limits.unknown_packs(settings.limits, limits.packs_of(index))
    if unknown is not None:
        log.warning("the configured limits name a pack that limits nothing: %s", unknown)
    state.dispatcher = Dispatcher(
        DeliveryQueue(store.db, settings.callbacks.allow),
        settings.callbacks,
        tasks.callback_renderer(state),
        clock.now_ms,
    )
    if state.dispatcher.standing or state.dispatcher.has_open():  # left by an earlier run, or
        # another worker; on a database server always (another replica may die holding some)
        state.dispatcher.ensure_running()
    app.extensions[EXTENSION] = state
    app.extensions[behaviour.EXTENSION] = behaviour.Behaviour(state)
    fronts: list[edge.Front] = []
    if upstream is not None:  # a proxy answers every API request from upstream (and its quirks)
        fronts.append(forward.install(app, upstream))
    if replay is not None:
        fronts.append(replaying.install(app, replay))
    errors.init_app(app)
    degraded.install(app)
    admin_guard.install(app, store.db, settings.admin_token, settings.allowed_hosts)
    edge.install(app, tuple(fronts))
    routes.init_app(app)
    paths.init_app(app)
    app.register_blueprint(admin.bp)
    app.register_blueprint(assets.bp)
    app.register_blueprint(ui.bp)
    return app


def settled(app: Flask) -> Flask:
    """The app of a serving process (a gunicorn worker), its start-up heap frozen.

    The spec, its validators and the app are hundreds of thousands of objects that live as long
    as the process; a full (generation 2) collection walked them all, 60-220 ms measured with
    every request thread of the worker stopped, three times in 6 s of creates. Frozen, the
    collector leaves them out. Only for serving: a process that builds many apps (the tests)
    would never collect their cycles.

    The interpreter's switch interval drops from 5 ms to ``SWITCH_INTERVAL_S``: a request thread
    gives up the GIL at every SQLite call and socket read, and while the batch writer's thread
    runs the observers (some 20 ms of Python every half second under load) each re-acquire could
    wait the whole interval, several times in one request."""
    gc.collect()
    gc.freeze()
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    return app
