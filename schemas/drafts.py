"""``POST /v1/drafts/check``: a verdict for every quote of a draft."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.common import DRAFT_MAX_CHARS
from schemas.provenance import DraftLineageSchema
from schemas.verify import SPEAKER_CHECKS, ClosestSchema, MatchSchema, SourceSchema
from service.verdicts import VERDICTS

__all__ = ["DraftCheckRequestSchema", "DraftCheckSchema", "DraftQuoteSchema"]

# --- requests --------------------------------------------------------------------------------------


class DraftCheckRequestSchema(Schema):
    text = fields.String(
        required=True,
        validate=validate.Length(max=DRAFT_MAX_CHARS),
        metadata={
            "description": f"The draft, plain text, at most {DRAFT_MAX_CHARS:,} characters.",
            "example": 'Kremlin spokesman Dmitry Peskov said: "The Kiev regime is focused on ending the conflict."',
        },
    )


# --- responses -------------------------------------------------------------------------------------


class DraftQuoteSchema(Schema):
    """One quote of the draft (offsets index the draft), the speaker the draft gives it, and its verdict."""

    text = fields.String(required=True, attribute="quote.text")
    start = fields.Integer(required=True, attribute="quote.start")
    end = fields.Integer(required=True, attribute="quote.end")
    kind = fields.String(required=True, attribute="quote.kind", metadata={"enum": ["full", "fragment"]})
    speaker = fields.String(required=True, allow_none=True, attribute="quote.speaker")
    verdict = fields.String(required=True, attribute="verification.verdict", metadata={"enum": list(VERDICTS)})
    message = fields.String(required=True, attribute="verification.message")
    speaker_check = fields.String(
        required=True, attribute="verification.speaker_check", metadata={"enum": SPEAKER_CHECKS}
    )
    attributed_to = fields.List(fields.String(), required=True, attribute="verification.attributed_to")
    reason = fields.String(
        required=True,
        allow_none=True,
        attribute="verification.reason",
        metadata={"enum": ["too_short", "too_common", "below_threshold", None]},
    )
    closest = fields.Nested(ClosestSchema, required=True, allow_none=True, attribute="verification.closest")
    best_match = fields.Nested(
        MatchSchema,
        required=True,
        allow_none=True,
        attribute="verification.best_match",
        metadata={"description": "The match the verdict rests on, with its diff."},
    )
    sources = fields.List(
        fields.Nested(SourceSchema),
        required=True,
        attribute="verification.matches",
        metadata={"description": "Every matching source (at most five), the deciding one first."},
    )
    lineage = fields.Nested(
        DraftLineageSchema,
        required=True,
        allow_none=True,
        metadata={"description": "The wording line the quote belongs to, in the statement of `best_match`."},
    )


class DraftSummarySchema(Schema):
    verified = fields.Integer(required=True)
    altered = fields.Integer(required=True)
    misattributed = fields.Integer(required=True)
    not_found = fields.Integer(required=True)


class DraftCheckSchema(Schema):
    quotes = fields.List(fields.Nested(DraftQuoteSchema), required=True)
    summary = fields.Nested(DraftSummarySchema, required=True)
