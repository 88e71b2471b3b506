"""``POST /v1/verify``: the verdict on one quote."""

from __future__ import annotations

from flask import current_app
from flask_smorest import Blueprint

from schemas.verify import VerificationSchema, VerifyRequestSchema
from service.verdicts import verify
from service.web.store import get_store

__all__ = ["bp", "verify_quote"]

bp = Blueprint("verify", __name__, url_prefix="/v1", description="Verdicts on quotes.")


def verify_quote(quote: str, speaker: str | None, limit: int):
    """The verification of a quote against the app's store, with the configured threshold."""
    return verify(get_store(), quote, speaker=speaker, limit=limit, min_score=current_app.config["MATCH_MIN_SCORE"])


@bp.route("/verify", methods=["POST"])
@bp.arguments(VerifyRequestSchema)
@bp.response(200, VerificationSchema)
def verify_view(body):
    """Verify a quote (and its speaker): verified, altered, misattributed or not found"""
    return verify_quote(body["quote"], body["speaker"], body["limit"])
