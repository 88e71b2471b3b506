"""``GET /v1/outlets/<name>``: an outlet's quoting record."""

from __future__ import annotations

from flask_smorest import Blueprint, abort

from schemas.outlets import OutletArgsSchema, OutletRecordSchema
from service.provenance import outlet_record
from service.storage import ItemNotFound
from service.web.api import window
from service.web.store import get_store

__all__ = ["bp"]

bp = Blueprint("outlets", __name__, url_prefix="/v1", description="Outlets and how they quote.")


@bp.route("/outlets/<name>", methods=["GET"])
@bp.arguments(OutletArgsSchema, location="query")
@bp.response(200, OutletRecordSchema)
def get_outlet(args, name):
    """How an outlet's quotes match earlier sources: verbatim, re-translated, altered, or nowhere"""
    try:
        return outlet_record(get_store(), name, **window(args))
    except ItemNotFound:
        abort(404, message=f"No document from an outlet named {name!r} (the name as documents give it).")
