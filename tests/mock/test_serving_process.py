"""What a serving process does to its own heap once its app is built."""

from __future__ import annotations

import gc
from collections.abc import Callable

from flask import Flask

from mockserver.http.app import settled


def test_a_served_app_leaves_its_start_up_heap_out_of_full_collections(
    make_app: Callable[..., Flask],
) -> None:
    app = make_app()
    try:
        before = gc.get_freeze_count()
        assert settled(app) is app
        # the spec, its validators and the app no longer walked by each generation-2 collection
        assert gc.get_freeze_count() > before
        assert gc.get_freeze_count() > 100_000
    finally:
        gc.unfreeze()  # this process builds many apps: their cycles must stay collectable
