"""``/v1/documents``: index articles and read them back."""

from __future__ import annotations

from flask import url_for
from flask_smorest import Blueprint, abort

from schemas.documents import (
    DocumentCreatedSchema,
    DocumentCreateSchema,
    DocumentListArgsSchema,
    DocumentPageSchema,
    DocumentSchema,
)
from service.ingest import ingest_document
from service.web.api import MAX_ID, paged, window
from service.web.store import get_store

__all__ = ["bp"]

bp = Blueprint("documents", __name__, url_prefix="/v1", description="Indexed articles.")

_LOCATION = {"Location": {"description": "URL of the new document.", "schema": {"type": "string"}}}


@bp.route("/documents", methods=["POST"])
@bp.arguments(DocumentCreateSchema)
@bp.response(201, DocumentCreatedSchema, description="Indexed.", headers=_LOCATION)
@bp.alt_response(200, schema=DocumentCreatedSchema, description="Indexed before (same URL or text): nothing stored.")
@bp.alt_response(401, description="No valid bearer token (API_TOKENS is set).")
@bp.alt_response(403, description="API_TOKENS is not set and the client is not on the server's machine.")
@bp.doc(security=[{"bearerAuth": []}])
def create_document(body):
    """Index an article: extract its quotes and store them"""
    store = get_store()
    try:
        result = ingest_document(store, body.pop("text"), **body)
    except ValueError as exc:  # the schema checks the same rules; this keeps a gap between them a 422
        abort(422, messages={"json": {"body": [str(exc)]}})
    document = store.get_document(result.document_id)
    created = {"id": document.id, "duplicate": result.duplicate, "quotes": document.quotes}
    if result.duplicate:
        return created, 200
    return created, 201, {"Location": url_for(".get_document", document_id=document.id)}


@bp.route(f"/documents/<int(max={MAX_ID}):document_id>", methods=["GET"])
@bp.response(200, DocumentSchema)
def get_document(document_id):
    """One document: metadata, text and quotes"""
    return get_store().get_document(document_id)


@bp.route("/documents", methods=["GET"])
@bp.arguments(DocumentListArgsSchema, location="query")
@bp.response(200, DocumentPageSchema)
def list_documents(args):
    """Documents, newest first; filter by outlet"""
    page = get_store().list_documents(outlet=args.get("outlet"), **window(args))
    return paged(page, args["page"])

