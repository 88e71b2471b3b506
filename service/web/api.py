"""flask-smorest's ``Api`` with RFC 9457 errors, documented as such in the OpenAPI document."""

from __future__ import annotations

import http
import math

import flask_smorest
from flask_smorest.utils import prepare_response

from schemas.common import ProblemSchema
from service.storage import Page
from service.web.errors import PROBLEM_CONTENT_TYPE, handle_http_exception

__all__ = ["MAX_ID", "Api", "paged", "window"]

# Ids in URLs: larger numbers are no id of ours, and would overflow the database's 64-bit integers.
MAX_ID = 2**63 - 1


class Api(flask_smorest.Api):
    """Errors are problem details: the handler builds them with ``errors.problem`` and every error response
    in the OpenAPI document has ``ProblemSchema`` under ``application/problem+json``."""

    ERROR_SCHEMA = ProblemSchema

    def handle_http_exception(self, error):
        """Every ``HTTPException``, as a problem response."""
        return handle_http_exception(error)

    def _register_responses(self):
        # flask-smorest's own version files error bodies under application/json.
        for status in http.HTTPStatus:
            response = {"description": status.phrase}
            if not (100 <= status < 200) and status not in (204, 304):
                response["schema"] = self.ERROR_SCHEMA
            prepare_response(response, self.spec, PROBLEM_CONTENT_TYPE)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "Default error response", "schema": self.ERROR_SCHEMA}
        prepare_response(response, self.spec, PROBLEM_CONTENT_TYPE)
        self.spec.components.response(self.DEFAULT_ERROR_RESPONSE_NAME, response, lazy=True)


def paged(page: Page, page_number: int) -> dict[str, object]:
    """The body of a paginated list (``schemas.common.PageSchema``) from a store ``Page``."""
    return {
        "items": page.items,
        "page": page_number,
        "page_size": page.limit,
        "total": page.total,
        "pages": math.ceil(page.total / page.limit) if page.limit else 0,
    }


def window(args: dict) -> dict[str, int]:
    """``limit`` and ``offset`` for a store read from the ``page`` and ``page_size`` query arguments."""
    return {"limit": args["page_size"], "offset": (args["page"] - 1) * args["page_size"]}
