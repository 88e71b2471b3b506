"""``POST /v1/extract``: quotes of a text, nothing stored."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.common import DRAFT_MAX_CHARS

__all__ = ["ExtractRequestSchema", "ExtractResponseSchema", "ExtractedQuoteSchema"]

# --- requests --------------------------------------------------------------------------------------


class ExtractRequestSchema(Schema):
    text = fields.String(
        required=True,
        validate=validate.Length(max=DRAFT_MAX_CHARS),
        metadata={
            "description": f"An article or draft, plain text, at most {DRAFT_MAX_CHARS:,} characters.",
            "example": '"We need to talk about the weapons you mean," Denis Pushilin said.',
        },
    )
    author = fields.String(
        allow_none=True,
        load_default=None,
        validate=validate.Length(max=500),
        metadata={
            "description": "The byline, if known: the writer's own \"I\" in the narrative is then this person "
            "(a person's name only; an outlet or wire credit is ignored).",
            "example": "Dave DeCamp",
        },
    )


# --- responses -------------------------------------------------------------------------------------


class ExtractedQuoteSchema(Schema):
    """One quotation as the extractor finds it (see the README's "Extraction" section)."""

    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    kind = fields.String(required=True, metadata={"enum": ["full", "fragment", "term"]})
    speaker = fields.String(required=True, allow_none=True)
    speaker_mention = fields.String(required=True, allow_none=True)
    cue = fields.String(required=True, allow_none=True)
    relayed_by = fields.String(required=True, allow_none=True)
    credited_source = fields.String(required=True, allow_none=True)
    paragraph = fields.Integer(required=True)
    group = fields.Integer(required=True)


class ExtractResponseSchema(Schema):
    quotes = fields.List(fields.Nested(ExtractedQuoteSchema), required=True)
