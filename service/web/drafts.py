"""``POST /v1/drafts/check``: every quote of a draft, with its verdict."""

from __future__ import annotations

from flask import current_app
from flask_smorest import Blueprint

from schemas.drafts import DraftCheckRequestSchema, DraftCheckSchema
from service.verdicts import check_draft
from service.web.store import get_store

__all__ = ["bp"]

bp = Blueprint("drafts", __name__, url_prefix="/v1", description="Checks of drafts before publication.")


@bp.route("/drafts/check", methods=["POST"])
@bp.arguments(DraftCheckRequestSchema)
@bp.response(200, DraftCheckSchema)
def check(body):
    """Extract a draft's quotes and speakers and give each a verdict"""
    return check_draft(get_store(), body["text"], min_score=current_app.config["MATCH_MIN_SCORE"])
