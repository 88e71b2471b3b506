"""``POST /v1/extract``."""

from __future__ import annotations

from flask_smorest import Blueprint

from schemas.extract import ExtractRequestSchema, ExtractResponseSchema
from service.extraction import extract_quotes

__all__ = ["bp"]

bp = Blueprint("extract", __name__, url_prefix="/v1", description="Quote extraction, nothing stored.")


@bp.route("/extract", methods=["POST"])
@bp.arguments(ExtractRequestSchema)
@bp.response(200, ExtractResponseSchema)
def extract(body):
    """Extract the quotes of a text, with speakers and sources"""
    return {"quotes": extract_quotes(body["text"], author=body["author"])}
