"""The Swagger UI assets behind ``/docs``, served from the swagger-ui-bundle package (no CDN)."""

from __future__ import annotations

from flask import Blueprint
from swagger_ui_bundle import swagger_ui_path

__all__ = ["bp"]

# flask-smorest's page loads {OPENAPI_SWAGGER_UI_URL}swagger-ui.css and the two scripts from here.
bp = Blueprint("docs_assets", __name__, static_folder=swagger_ui_path, static_url_path="/docs/assets")
