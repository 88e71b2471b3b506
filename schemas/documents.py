"""``/v1/documents``: index an article, read one, list them."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.common import (
    DOCUMENT_MAX_CHARS,
    NOT_BLANK,
    WHITE_SPACE,
    FullMatch,
    PageArgsSchema,
    PageSchema,
    PublishedAt,
)
from schemas.records import DocumentRefSchema, QuoteSchema

__all__ = [
    "DocumentCreateSchema",
    "DocumentCreatedSchema",
    "DocumentListArgsSchema",
    "DocumentPageSchema",
    "DocumentSchema",
]

# An http(s) URL with an ASCII host (IDNs in their xn-- form) and no white space or control characters:
# what a news article has, and what the duplicate check can put in canonical form.
URL_PATTERN = rf"^https?://[A-Za-z0-9.\-]+(?::[0-9]{{1,5}})?(?:[/?#][^{WHITE_SPACE}\x00-\x1f\x7f]*)?$"

# --- requests --------------------------------------------------------------------------------------


class DocumentCreateSchema(Schema):
    """An article to index. The same text (up to white space) or the same URL is stored once."""

    text = fields.String(
        required=True,
        validate=[validate.Length(max=DOCUMENT_MAX_CHARS), NOT_BLANK],
        metadata={
            "description": "The article, plain text.",
            "example": '"The grain corridor will stay open all winter," Deputy Minister Ivan Petrov said.',
        },
    )
    outlet = fields.String(
        required=True,
        validate=[validate.Length(max=200), NOT_BLANK],
        metadata={"description": "The publication carrying it.", "example": "Wire"},
    )
    url = fields.String(
        allow_none=True,
        load_default=None,
        validate=[validate.Length(max=2048), FullMatch(URL_PATTERN, error="Not an http(s) URL.")],
    )
    title = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=1000))
    author = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=500))
    published_at = PublishedAt(
        allow_none=True,
        load_default=None,
        metadata={"description": "Publication date, `YYYY-MM-DD` (an ISO-8601 timestamp is accepted too)."},
    )


class DocumentListArgsSchema(PageArgsSchema):
    outlet = fields.String(validate=validate.Length(max=200), metadata={"description": "Only this outlet's."})


# --- responses -------------------------------------------------------------------------------------


class DocumentCreatedSchema(Schema):
    id = fields.Integer(required=True)
    duplicate = fields.Boolean(
        required=True, metadata={"description": "The document was indexed before: nothing was written."}
    )
    quotes = fields.List(fields.Nested(QuoteSchema), required=True)


class DocumentSchema(DocumentRefSchema):
    """A document: metadata, text and quotes in document order (offsets index ``text``)."""

    text = fields.String(required=True)
    quotes = fields.List(fields.Nested(QuoteSchema), required=True)


class DocumentPageSchema(PageSchema):
    items = fields.List(fields.Nested(DocumentRefSchema), required=True)
