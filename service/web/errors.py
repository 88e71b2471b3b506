"""Every error as RFC 9457 problem details (``application/problem+json``), built by one helper, and the
checks every JSON request body goes through before a view sees it."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping

from flask import Flask, Response, current_app, request
from werkzeug.exceptions import BadRequest, HTTPException, UnsupportedMediaType
from werkzeug.http import HTTP_STATUS_CODES

from service.storage import ItemNotFound, StoreError, StoreUnavailable

__all__ = ["PROBLEM_CONTENT_TYPE", "handle_http_exception", "init_app", "problem"]

PROBLEM_CONTENT_TYPE = "application/problem+json"
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})

logger = logging.getLogger(__name__)


def problem(
    status: int,
    detail: str | None = None,
    *,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """The response for an error: ``type``, ``title``, ``status``, ``detail`` and, for validation, ``errors``."""
    title = HTTP_STATUS_CODES.get(status, "Error")
    body: dict[str, object] = {"type": "about:blank", "title": title, "status": status, "detail": detail or title}
    if errors:
        body["errors"] = dict(errors)
    response = current_app.response_class(
        json.dumps(body, ensure_ascii=False), status=status, mimetype=PROBLEM_CONTENT_TYPE
    )
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _flatten(messages: object, prefix: str = "") -> Iterator[tuple[str, str]]:
    # webargs nests messages by location ({"json": {"limit": [...]}}) and marshmallow by field and list
    # index; clients want "field name -> messages", with "body" for the body as a whole.
    if isinstance(messages, Mapping):
        for key, value in messages.items():
            name = "body" if key == "_schema" else str(key)
            yield from _flatten(value, f"{prefix}.{name}" if prefix else name)
    elif isinstance(messages, list | tuple):
        for item in messages:
            yield from _flatten(item, prefix)
    else:
        yield prefix or "body", str(messages)


def _field_errors(messages: object) -> dict[str, list[str]]:
    if isinstance(messages, Mapping) and set(messages) <= {"json", "query", "querystring", "headers", "view_args"}:
        merged: dict[str, object] = {}
        for location in messages.values():
            merged.update(location if isinstance(location, Mapping) else {"body": location})
        messages = merged
    errors: dict[str, list[str]] = {}
    for field, message in _flatten(messages):
        errors.setdefault(field, []).append(message)
    return errors


def handle_http_exception(error: HTTPException) -> Response:
    """Turn any ``HTTPException`` (``abort``, routing, webargs validation, an unhandled error's 500) into a
    problem response; never a stack trace."""
    status = error.code or 500
    data = getattr(error, "data", None) or {}
    errors = None
    detail = data.get("message") or error.description
    if status == 422 and data.get("messages"):
        errors = _field_errors(data["messages"])
        fields = ", ".join(sorted(errors))
        detail = f"Invalid request: {fields}." if fields else "Invalid request."
    headers = dict(data.get("headers") or {})
    if status == 405 and getattr(error, "valid_methods", None):
        headers["Allow"] = ", ".join(sorted(error.valid_methods))
        detail = f"{request.method} is not allowed here; allowed: {headers['Allow']}."
    elif status == 404 and request.url_rule is None:
        detail = f"Nothing at {request.path}; /docs lists the endpoints."
    elif status == 413:
        detail = f"The request body is larger than the limit of {current_app.config['MAX_CONTENT_LENGTH']:,} bytes."
    if status >= 500:
        # The description of an unexpected error could carry internals: say only what happened.
        detail = "The server failed to handle this request; the error is logged."
    return problem(status, detail, errors=errors, headers=headers)


def _item_not_found(error: ItemNotFound) -> Response:
    return problem(404, f"No {error.kind} with id {error.item_id}.")


def _store_error(error: StoreError) -> Response:
    if isinstance(error, StoreUnavailable):
        # Worth retrying: the database is down, busy or locked by another writer.
        logger.warning("store unavailable: %s", error)
        return problem(503, "The store is unavailable; try again later.", headers={"Retry-After": "5"})
    # Anything else (a schema newer than this code, a bug) will not pass by waiting.
    logger.error("store error: %s", error, exc_info=error)
    return problem(500, "The server failed to handle this request; the error is logged.")


def _has_lone_surrogate(value: object) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(_has_lone_surrogate(k) or _has_lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_lone_surrogate(v) for v in value)
    return False


def check_json_body() -> None:
    """Reject, before any view runs, a body that is too large (413), not JSON (415), not UTF-8 or not
    well-formed JSON (400), so views only ever see a parsed, valid Unicode document."""
    if request.method not in _BODY_METHODS or request.routing_exception is not None:
        return
    mimetype = request.mimetype
    if mimetype != "application/json" and not mimetype.endswith("+json"):
        raise UnsupportedMediaType(
            f"Send the body as JSON with 'Content-Type: application/json' (got {mimetype or 'no content type'!r})."
        )
    raw = request.get_data(cache=True)  # raises RequestEntityTooLarge past MAX_CONTENT_LENGTH
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequest(f"The body is not valid UTF-8 (byte {exc.start}).") from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadRequest(f"Malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno}).") from exc
    except RecursionError as exc:
        raise BadRequest("Malformed JSON: nested too deeply.") from exc
    if _has_lone_surrogate(document):
        raise BadRequest("The body has an invalid \\u escape: a lone UTF-16 surrogate is not a character.")


def init_app(app: Flask) -> None:
    """Register the body checks and the error handlers that are not ``HTTPException`` handlers."""
    app.before_request(check_json_body)
    app.register_error_handler(ItemNotFound, _item_not_found)
    app.register_error_handler(StoreError, _store_error)
