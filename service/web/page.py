"""The fact-checkers' page at ``/``: check a quote, check a draft, browse documents and speakers.

One HTML document (``templates/page.html``), a stylesheet and a script (``static/``), all served by the app
itself: no CDN, no web font, no build step. The script calls the JSON API (``/v1/...``) and renders its
answers, so the page shows exactly what the API says. The page's responses carry a Content-Security-Policy
that allows nothing but this origin; it is set here rather than app-wide because Swagger UI at ``/docs``
needs an inline script.
"""

from __future__ import annotations

from flask import Blueprint, Response, current_app, render_template

from schemas.common import DRAFT_MAX_CHARS, QUOTE_MAX_CHARS, SPEAKER_MAX_CHARS

__all__ = ["CONTENT_SECURITY_POLICY", "bp"]

bp = Blueprint("page", __name__)

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    )
)

_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    # Fact-checkers follow links to outlets from here: the outlets need not learn the newsroom's host.
    "Referrer-Policy": "no-referrer",
}


@bp.route("/", methods=["GET"])
def index() -> str:
    """The page. Its three views (check a quote, check a draft, browse) are switched by the URL fragment."""
    return render_template(
        "page.html",
        quote_max=QUOTE_MAX_CHARS,
        speaker_max=SPEAKER_MAX_CHARS,
        draft_max=DRAFT_MAX_CHARS,
    )


@bp.route("/favicon.ico", methods=["GET"])
def favicon() -> Response:
    """The page's icon where browsers look for one unasked (on /docs, say), instead of a 404 in their console."""
    return current_app.send_static_file("favicon.svg")


@bp.after_request
def _secure(response: Response) -> Response:
    response.headers.update(_HEADERS)
    return response
