"""``GET /v1/outlets/<name>``: an outlet's quoting record."""

from __future__ import annotations

from marshmallow import Schema, fields

from schemas.common import PageArgsSchema, PageSchema, Score
from schemas.provenance import OccurrenceRefSchema
from service.provenance import OUTLET_RECORDS, RELATIONS

__all__ = ["OutletArgsSchema", "OutletQuoteSchema", "OutletRecordSchema"]

# --- requests --------------------------------------------------------------------------------------


class OutletArgsSchema(PageArgsSchema):
    """``page`` and ``page_size`` of the outlet's quotes; the counts cover all of them."""


# --- responses -------------------------------------------------------------------------------------


class OutletCountsSchema(Schema):
    verbatim = fields.Integer(required=True, metadata={"description": "Carry the wording of an earlier source."})
    retranslation = fields.Integer(required=True, metadata={"description": "Another rendering of an earlier one."})
    altered_copy = fields.Integer(required=True, metadata={"description": "An earlier wording with words changed."})
    nowhere = fields.Integer(required=True, metadata={"description": "No earlier source carries the statement."})


class OutletQuoteSchema(Schema):
    """One of the outlet's quotes and how it stands against earlier sources."""

    quote_id = fields.Integer(required=True, attribute="quote.id")
    document_id = fields.Integer(required=True, attribute="quote.document_id")
    url = fields.String(required=True, allow_none=True, attribute="quote.document.url")
    title = fields.String(required=True, allow_none=True, attribute="quote.document.title")
    published_at = fields.String(required=True, allow_none=True, attribute="quote.document.published_at")
    text = fields.String(required=True, attribute="quote.text")
    kind = fields.String(required=True, attribute="quote.kind", metadata={"enum": ["full", "fragment"]})
    speaker = fields.String(required=True, allow_none=True, attribute="quote.speaker")
    cluster_id = fields.Integer(required=True, attribute="quote.cluster_id")
    record = fields.String(required=True, metadata={"enum": list(OUTLET_RECORDS)})
    relation = fields.String(required=True, metadata={"enum": list(RELATIONS)})
    line = fields.Integer(required=True)
    lines = fields.Integer(required=True, metadata={"description": "Wording lines of the statement."})
    earlier = fields.Nested(
        OccurrenceRefSchema,
        required=True,
        allow_none=True,
        metadata={"description": "The earlier occurrence it copies, alters or re-renders."},
    )
    score = Score(required=True, allow_none=True, metadata={"description": "0-100, against `earlier`."})
    truncated = fields.Boolean(required=True)
    published_first = fields.Boolean(
        required=True, metadata={"description": "No earlier source, and other documents carry it later."}
    )


class OutletRecordSchema(PageSchema):
    """Counts over every indexed quote of the outlet; ``items``: one page of them, newest first."""

    outlet = fields.String(required=True)
    documents = fields.Integer(required=True)
    quotes = fields.Integer(required=True, metadata={"description": "Indexed quotes of the outlet."})
    counts = fields.Nested(OutletCountsSchema, required=True)
    published_first = fields.Integer(
        required=True, metadata={"description": "Of `nowhere`: statements other documents carry later."}
    )
    truncated = fields.Integer(required=True, metadata={"description": "Quotes carrying part of a longer quote."})
    items = fields.List(fields.Nested(OutletQuoteSchema), required=True)
