"""kling-contract's stateful mock of the Kling API (Flask + openapi-core, driven by spec/)."""

from mockserver.http.app import create_app as create_app

__all__ = ["create_app"]
