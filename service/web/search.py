"""``GET /v1/search``: a verification for the browser extension, cacheable and open to every origin."""

from __future__ import annotations

from flask import current_app, request
from flask_smorest import Blueprint

from schemas.verify import SearchArgsSchema, SearchHeadersSchema, VerificationSchema
from service.web.verify import verify_quote

__all__ = ["bp"]

bp = Blueprint("search", __name__, url_prefix="/v1", description="Verdicts for the browser extension.")

_HEADERS = {
    "ETag": {"description": "Tag of this answer, for `If-None-Match`.", "schema": {"type": "string"}},
    "Cache-Control": {"description": "`public, max-age=SEARCH_MAX_AGE`.", "schema": {"type": "string"}},
    "Access-Control-Allow-Origin": {"description": "`*`.", "schema": {"type": "string"}},
}


@bp.route("/search", methods=["GET"])
@bp.arguments(SearchArgsSchema, location="query")
@bp.arguments(SearchHeadersSchema, location="headers")  # documents If-None-Match; _cacheable_and_open uses it
@bp.response(200, VerificationSchema, headers=_HEADERS)
@bp.alt_response(304, description="Not modified: the answer matches `If-None-Match`.")
def search(args, _headers):
    """Verify a quote given in the query string (the same answer as POST /v1/verify)"""
    return verify_quote(args["q"], args.get("speaker"), args["limit"])


@bp.after_request
def _cacheable_and_open(response):
    # Any page may call this endpoint from a browser: it only reads public data.
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Expose-Headers"] = "ETag"
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = "GET, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "If-None-Match"
        response.headers["Access-Control-Max-Age"] = "86400"
    elif request.method in ("GET", "HEAD") and response.status_code == 200:
        response.cache_control.public = True
        response.cache_control.max_age = current_app.config["SEARCH_MAX_AGE"]
        response.add_etag()
        response.make_conditional(request)
    return response
