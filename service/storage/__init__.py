"""Storage: one ``Store`` interface (``base.py``), one module per backend, chosen by URL.

>>> store = open_store("sqlite:///instance/quotes.db")   # or open_store() to read DATABASE_URL
>>> store = open_store("postgresql://user@db.example/quotes?pool_max=4")
"""

from __future__ import annotations

import os

from service.storage.base import (
    AddResult,
    Cluster,
    ClusterSummary,
    DocumentRecord,
    DocumentRef,
    Health,
    IndexReader,
    InvalidURL,
    ItemNotFound,
    Linker,
    NewDocument,
    NewQuote,
    Page,
    SchemaError,
    SpeakerCount,
    Store,
    StoredQuote,
    StoreError,
    StoreUnavailable,
    new_document,
)

DEFAULT_URL = "sqlite:///instance/quotes.db"

__all__ = [
    "DEFAULT_URL",
    "AddResult",
    "Cluster",
    "ClusterSummary",
    "DocumentRecord",
    "DocumentRef",
    "Health",
    "IndexReader",
    "InvalidURL",
    "ItemNotFound",
    "Linker",
    "NewDocument",
    "NewQuote",
    "Page",
    "SchemaError",
    "SpeakerCount",
    "Store",
    "StoreError",
    "StoreUnavailable",
    "StoredQuote",
    "new_document",
    "open_store",
]


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating if needed) the store at ``url``.

    Without ``url``, ``DATABASE_URL`` from the environment is used, else ``DEFAULT_URL`` (a SQLite file
    under ``instance/``). Schemes: ``sqlite://`` (``storage.sqlite``) and ``postgresql://`` or ``postgres://``
    (``storage.postgres``; psycopg is imported only then). Raises ``InvalidURL`` for an unknown scheme or a
    malformed URL, ``StoreUnavailable`` when the database cannot be reached.
    """
    url = url or os.environ.get("DATABASE_URL") or DEFAULT_URL
    scheme = url.split(":", 1)[0].lower()
    if scheme == "sqlite":
        from service.storage.sqlite import SQLiteStore

        return SQLiteStore(url)
    if scheme in {"postgres", "postgresql"} or scheme.startswith("postgresql+"):
        from service.storage.postgres import PostgresStore

        return PostgresStore(url)
    raise InvalidURL(f"no storage backend for URL scheme {scheme!r}")
