"""The application's store: one ``Store`` per app, shared by its threads (backends are thread-safe)."""

from __future__ import annotations

from flask import Flask, current_app

from service.storage import Store, open_store

__all__ = ["get_store", "init_app"]


def init_app(app: Flask) -> None:
    """Use ``STORE`` from the config if given (tests pass their own), else open ``DATABASE_URL``."""
    store = app.config.get("STORE")
    if store is None:
        store = open_store(app.config["DATABASE_URL"])
    app.extensions["store"] = store


def get_store() -> Store:
    """The store of the current app."""
    return current_app.extensions["store"]
