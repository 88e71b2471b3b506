"""The stored records several resources show: a document's metadata and a quote as indexed."""

from __future__ import annotations

from marshmallow import Schema, fields

__all__ = ["DocumentRefSchema", "QuoteSchema", "SourcedQuoteSchema"]


class DocumentRefSchema(Schema):
    """A document's metadata, without its text."""

    id = fields.Integer(required=True)
    outlet = fields.String(required=True)
    url = fields.String(required=True, allow_none=True)
    title = fields.String(required=True, allow_none=True)
    author = fields.String(required=True, allow_none=True)
    published_at = fields.String(
        required=True, allow_none=True, metadata={"description": "ISO-8601 date or timestamp."}
    )
    ingested_at = fields.String(required=True, metadata={"description": "When it was indexed (UTC)."})


class QuoteSchema(Schema):
    """A quote as stored: the extraction fields plus its ids."""

    id = fields.Integer(required=True)
    document_id = fields.Integer(required=True)
    text = fields.String(required=True)
    start = fields.Integer(required=True, metadata={"description": "Offset of the quote in the document text."})
    end = fields.Integer(required=True)
    kind = fields.String(required=True, metadata={"enum": ["full", "fragment", "term"]})
    speaker = fields.String(required=True, allow_none=True)
    speaker_mention = fields.String(required=True, allow_none=True)
    cue = fields.String(required=True, allow_none=True)
    relayed_by = fields.String(required=True, allow_none=True)
    credited_source = fields.String(required=True, allow_none=True)
    paragraph = fields.Integer(required=True)
    group = fields.Integer(required=True)
    boilerplate = fields.Boolean(required=True)
    indexed = fields.Boolean(
        required=True, metadata={"description": "Whether lookups can find it (terms and boilerplate are not)."}
    )
    cluster_id = fields.Integer(required=True, metadata={"description": "The statement it is an occurrence of."})


class SourcedQuoteSchema(QuoteSchema):
    """A quote with the metadata of the document it appears in."""

    document = fields.Nested(DocumentRefSchema, required=True)
