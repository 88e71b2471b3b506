"""``GET /v1/quotes/<id>``: one indexed quote and its cluster."""

from __future__ import annotations

from marshmallow import Schema, fields

from schemas.records import SourcedQuoteSchema

__all__ = ["ClusterSchema", "QuoteClusterSchema"]

# --- responses -------------------------------------------------------------------------------------


class ClusterSchema(Schema):
    """Every occurrence of one statement across the indexed documents."""

    id = fields.Integer(required=True, attribute="summary.id")
    quotes = fields.Integer(required=True, attribute="summary.n_quotes")
    documents = fields.Integer(required=True, attribute="summary.n_documents")
    outlets = fields.Integer(required=True, attribute="summary.n_outlets")
    first_published_at = fields.String(required=True, allow_none=True, attribute="summary.first_published_at")
    occurrences = fields.List(
        fields.Nested(SourcedQuoteSchema),
        required=True,
        attribute="quotes",
        metadata={"description": "Earliest first (undated documents last)."},
    )


class QuoteClusterSchema(Schema):
    quote = fields.Nested(SourcedQuoteSchema, required=True)
    cluster = fields.Nested(ClusterSchema, required=True)
