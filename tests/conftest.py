"""Shared fixtures. ``store`` is parametrised over backends: add "postgresql" to BACKENDS when it exists."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from service.extraction import extract_quotes
from service.ingest import ingest_seeds
from service.storage import open_store
from service.web import create_app

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


# --- the web application (tests/test_api*.py) ------------------------------------------------------

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


@functools.cache
def extract_once(text: str) -> tuple:
    """``extract_quotes`` memoised: each test gets a fresh store holding the seeds, and extracting them
    once per session keeps that cheap."""
    return tuple(extract_quotes(text))


@pytest.fixture
def seeded_store(store):
    """A fresh ``store`` holding the seed articles."""
    ingest_seeds(store, SEEDS_DIR, extract=extract_once)
    return store


@pytest.fixture
def app(seeded_store):
    """The application on ``seeded_store``."""
    return create_app({"TESTING": True, "STORE": seeded_store})


@pytest.fixture
def client(app):
    """A test client of ``app``."""
    return app.test_client()
