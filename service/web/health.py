"""``GET /healthz``: liveness and store reachability."""

from __future__ import annotations

from flask_smorest import Blueprint

from schemas.health import HealthSchema
from service.web.store import get_store

__all__ = ["bp"]

bp = Blueprint("health", __name__, description="Health check.")


@bp.route("/healthz", methods=["GET"])
@bp.response(200, HealthSchema, description="Serving, and the store answers.")
@bp.alt_response(503, schema=HealthSchema, description="The store is unreachable or its schema is not current.")
def healthz():
    """Liveness and store reachability"""
    health = get_store().health()
    body = {"status": "ok" if health.ok else "unavailable", "store": health}
    return body if health.ok else (body, 503)
