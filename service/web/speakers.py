"""``/v1/speakers``: who is quoted, and what."""

from __future__ import annotations

from flask_smorest import Blueprint, abort

from schemas.common import PageArgsSchema
from schemas.speakers import SpeakerPageSchema, SpeakerQuotePageSchema
from service.web.api import paged, window
from service.web.store import get_store

__all__ = ["bp"]

bp = Blueprint("speakers", __name__, url_prefix="/v1", description="Speakers and their quotes.")


@bp.route("/speakers", methods=["GET"])
@bp.arguments(PageArgsSchema, location="query")
@bp.response(200, SpeakerPageSchema)
def list_speakers(args):
    """Speakers with their quote counts, most quoted first"""
    return paged(get_store().list_speakers(**window(args)), args["page"])


@bp.route("/speakers/<name>/quotes", methods=["GET"])
@bp.arguments(PageArgsSchema, location="query")
@bp.response(200, SpeakerQuotePageSchema)
def speaker_quotes(args, name):
    """One speaker's quotes (the name as /v1/speakers lists it), newest first"""
    page = get_store().speaker_quotes(name, **window(args))
    if page.total == 0:
        abort(404, message=f"No quotes attributed to {name!r}.")
    return paged(page, args["page"])
