"""``GET /v1/quotes/<id>/provenance``: where a statement came from and who changed it."""

from __future__ import annotations

from flask_smorest import Blueprint

from schemas.provenance import ProvenanceSchema
from service.provenance import provenance
from service.web.api import MAX_ID
from service.web.store import get_store

__all__ = ["bp"]

bp = Blueprint(
    "provenance", __name__, url_prefix="/v1", description="Provenance of a statement: timeline, lines, alterations."
)


@bp.route(f"/quotes/<int(max={MAX_ID}):quote_id>/provenance", methods=["GET"])
@bp.response(200, ProvenanceSchema)
def get_provenance(quote_id):
    """Who said it, every occurrence in date order, its wording lines, altered copies and truncations"""
    return provenance(get_store(), quote_id)
