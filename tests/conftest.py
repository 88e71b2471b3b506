"""Shared fixtures. ``store`` is parametrised over backends: add "postgresql" to BACKENDS when it exists."""

from __future__ import annotations

import pytest

from service.storage import open_store

BACKENDS = ["sqlite"]


def store_url(backend: str, tmp_path) -> str:
    """A URL for a fresh, empty store of ``backend``."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'quotes.db'}"
    raise ValueError(backend)


@pytest.fixture(params=BACKENDS)
def store_factory(request, tmp_path):
    """Opens stores on one fresh database (several stores = several processes sharing it)."""
    url = store_url(request.param, tmp_path)
    opened = []

    def factory():
        opened.append(open_store(url))
        return opened[-1]

    factory.url = url
    yield factory
    for store in opened:
        store.close()


@pytest.fixture
def store(store_factory):
    """A fresh, empty store."""
    return store_factory()
