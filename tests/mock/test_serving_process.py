"""What a serving process does to its own heap once its app is built."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

from flask import Flask

from mockserver.http.app import SWITCH_INTERVAL_S, settled


def test_a_served_app_leaves_its_start_up_heap_out_of_full_collections(
    make_app: Callable[..., Flask],
) -> None:
    app = make_app()
    interval = sys.getswitchinterval()
    try:
        before = gc.get_freeze_count()
        assert settled(app) is app
        # the spec, its validators and the app no longer walked by each generation-2 collection
        assert gc.get_freeze_count() > before
        assert gc.get_freeze_count() > 100_000
        # a request thread waiting for the GIL behind the observers' thread waits 1 ms, not 5
        assert sys.getswitchinterval() == SWITCH_INTERVAL_S < interval
    finally:
        gc.unfreeze()  # this process builds many apps: their cycles must stay collectable
        sys.setswitchinterval(interval)
