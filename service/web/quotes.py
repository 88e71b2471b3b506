"""``GET /v1/quotes/<id>``."""

from __future__ import annotations

from flask_smorest import Blueprint

from schemas.quotes import QuoteClusterSchema
from service.web.api import MAX_ID
from service.web.store import get_store

__all__ = ["bp"]

bp = Blueprint("quotes", __name__, url_prefix="/v1", description="Indexed quotes and their clusters.")


@bp.route(f"/quotes/<int(max={MAX_ID}):quote_id>", methods=["GET"])
@bp.response(200, QuoteClusterSchema)
def get_quote(quote_id):
    """One indexed quote with its cluster: every occurrence, earliest first"""
    store = get_store()
    quote = store.get_quote(quote_id)
    return {"quote": quote, "cluster": store.get_cluster(quote.cluster_id)}
