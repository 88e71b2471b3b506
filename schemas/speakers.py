"""``/v1/speakers``: who is quoted, and their quotes."""

from __future__ import annotations

from marshmallow import Schema, fields

from schemas.common import PageSchema
from schemas.records import SourcedQuoteSchema

__all__ = ["SpeakerPageSchema", "SpeakerQuotePageSchema", "SpeakerSchema"]

# Requests: both lists take schemas.common.PageArgsSchema.

# --- responses -------------------------------------------------------------------------------------


class SpeakerSchema(Schema):
    name = fields.String(required=True, attribute="speaker")
    quotes = fields.Integer(required=True, metadata={"description": "Quotes attributed (boilerplate excluded)."})
    documents = fields.Integer(required=True)


class SpeakerPageSchema(PageSchema):
    items = fields.List(fields.Nested(SpeakerSchema), required=True)


class SpeakerQuotePageSchema(PageSchema):
    items = fields.List(fields.Nested(SourcedQuoteSchema), required=True)
