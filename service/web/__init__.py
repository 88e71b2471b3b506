"""The Flask application: ``create_app(config=None)``; gunicorn runs ``service.web:create_app()``.

The web layer is thin: schemas (``schemas/``) validate and serialise, views call the domain
(``service.extraction``, ``service.verdicts``, ``service.ingest``, the store) and return its objects.
The fact-checkers' page at ``/`` (``page``) is a client of that API.
"""

from __future__ import annotations

from collections.abc import Mapping

from flask import Flask

from schemas.common import PublishedAt
from service.config import Config
from service.web import docs, errors, page, security, store
from service.web.api import Api

__all__ = ["create_app"]


def create_app(config: Mapping[str, object] | None = None) -> Flask:
    """Build the application. Settings come from the environment (``service.config``); ``config``
    overrides them (tests pass ``TESTING`` and a ``STORE`` of their own, or a ``DATABASE_URL``)."""
    app = Flask(__name__)
    app.config.from_mapping(Config.from_env())
    if config:
        app.config.from_mapping(config)
    app.logger.setLevel(str(app.config["LOG_LEVEL"]).upper())
    app.json.ensure_ascii = False  # quotes in any script, readable as they are
    app.json.sort_keys = False  # fields in schema order: verdict first

    store.init_app(app)
    security.init_app(app)  # before errors: refuse a client before parsing its body
    errors.init_app(app)
    app.register_blueprint(docs.bp)
    app.register_blueprint(page.bp)

    api = Api(app)
    api.register_field(PublishedAt, "string", "date")
    security.document_security(api)
    from service.web import documents, drafts, extract, health, outlets, provenance, quotes, search, speakers, verify

    for module in (extract, documents, verify, search, drafts, quotes, provenance, outlets, speakers, health):
        api.register_blueprint(module.bp)
    return app
