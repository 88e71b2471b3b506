"""``POST /v1/verify`` and ``GET /v1/search``: the verdict on one quote, with its matches."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from schemas.common import LIMIT_MAX, QUOTE_MAX_CHARS, SPEAKER_MAX_CHARS, Score
from service.verdicts import VERDICTS

__all__ = [
    "ClosestSchema",
    "DiffOpSchema",
    "MatchSchema",
    "SearchArgsSchema",
    "SearchHeadersSchema",
    "SourceSchema",
    "VerificationSchema",
    "VerifyRequestSchema",
]

SPEAKER_CHECKS = ["not_given", "confirmed", "different", "unattributed"]

# --- requests --------------------------------------------------------------------------------------

_QUOTE = {
    "required": True,
    "validate": validate.Length(max=QUOTE_MAX_CHARS),
    "metadata": {
        "description": f"The quote to check, at most {QUOTE_MAX_CHARS:,} characters.",
        "example": "The Kiev regime is focused on resolving the conflict by force",
    },
}
_SPEAKER = {
    "allow_none": True,
    "load_default": None,
    "validate": validate.Length(max=SPEAKER_MAX_CHARS),
    "metadata": {
        "description": "Who the quote is attributed to: full or short name, titles allowed.",
        "example": "Peskov",
    },
}
_LIMIT = {
    "load_default": 10,
    "validate": validate.Range(1, LIMIT_MAX),
    "metadata": {"description": f"Matches returned, at most {LIMIT_MAX}."},
}


class VerifyRequestSchema(Schema):
    quote = fields.String(**_QUOTE)
    speaker = fields.String(**_SPEAKER)
    limit = fields.Integer(strict=True, **_LIMIT)


class SearchArgsSchema(Schema):
    """The query string of ``GET /v1/search``: the same as a verify request."""

    q = fields.String(**_QUOTE)
    # A query string has no null: an absent speaker is simply left out.
    speaker = fields.String(validate=_SPEAKER["validate"], metadata=_SPEAKER["metadata"])
    limit = fields.Integer(**_LIMIT)


class SearchHeadersSchema(Schema):
    """The request headers ``GET /v1/search`` reads."""

    if_none_match = fields.String(
        data_key="If-None-Match",
        metadata={"description": "ETag of an earlier answer: 304 with no body while the answer is the same."},
    )


# --- responses -------------------------------------------------------------------------------------


class DiffOpSchema(Schema):
    """One word-level operation: what the submission did to the source. Offsets index the submitted text
    and the source quote's ``text``; joining ``*_text`` over all operations rebuilds each side."""

    op = fields.String(required=True, metadata={"enum": ["equal", "replace", "insert", "delete"]})
    kind = fields.String(
        required=True,
        metadata={
            "enum": ["same", "case_or_punctuation", "spelling_variant", "wording", "omitted", "added"],
            "description": "`same`, `case_or_punctuation`, `spelling_variant` (equal words); `wording` "
            "(replaced), `omitted` (source words left out), `added` (words the source lacks).",
        },
    )
    submitted = fields.List(fields.String(), required=True, metadata={"description": "Submitted words."})
    source = fields.List(fields.String(), required=True, metadata={"description": "Source words."})
    submitted_text = fields.String(required=True)
    source_text = fields.String(required=True)
    submitted_start = fields.Integer(required=True)
    submitted_end = fields.Integer(required=True)
    source_start = fields.Integer(required=True)
    source_end = fields.Integer(required=True)


class SourceSchema(Schema):
    """Where a match appears (a ``CheckedMatch`` without its diff)."""

    quote_id = fields.Integer(required=True, attribute="match.quote.id")
    document_id = fields.Integer(required=True, attribute="match.quote.document_id")
    outlet = fields.String(required=True, attribute="match.quote.document.outlet")
    url = fields.String(required=True, allow_none=True, attribute="match.quote.document.url")
    title = fields.String(required=True, allow_none=True, attribute="match.quote.document.title")
    published_at = fields.String(required=True, allow_none=True, attribute="match.quote.document.published_at")
    speaker = fields.String(required=True, allow_none=True, attribute="match.quote.speaker")
    relayed_by = fields.String(required=True, allow_none=True, attribute="match.quote.relayed_by")
    credited_source = fields.String(required=True, allow_none=True, attribute="match.quote.credited_source")
    score = Score(required=True, attribute="match.score", metadata={"description": "0-100."})
    wording = fields.String(
        required=True, attribute="match.wording", metadata={"enum": ["verbatim", "equivalent", "altered"]}
    )
    carries_wording = fields.Boolean(
        required=True,
        metadata={"description": "The source carries the submitted words (a part of the source counts)."},
    )
    same_speaker = fields.Boolean(
        required=True,
        allow_none=True,
        metadata={"description": "The source names the given speaker; null: no speaker given, or none named."},
    )


class MatchSchema(SourceSchema):
    """A source quote carrying the submission or a variant of it."""

    text = fields.String(required=True, attribute="match.quote.text", metadata={"description": "The source quote."})
    span = fields.String(
        required=True, attribute="match.matched_text", metadata={"description": "The matched part of `text`."}
    )
    span_start = fields.Integer(required=True, attribute="match.span_start")
    span_end = fields.Integer(required=True, attribute="match.span_end")
    fragment = fields.Boolean(
        required=True, attribute="match.is_fragment", metadata={"description": "`span` is a part of `text`."}
    )
    cluster_id = fields.Integer(required=True, attribute="match.quote.cluster_id")
    diff = fields.List(fields.Nested(DiffOpSchema), required=True, attribute="match.diff")


class ClosestSchema(Schema):
    """The best candidate when none reached the threshold."""

    quote_id = fields.Integer(required=True, attribute="quote.id")
    document_id = fields.Integer(required=True, attribute="quote.document_id")
    text = fields.String(required=True, attribute="quote.text")
    speaker = fields.String(required=True, allow_none=True, attribute="quote.speaker")
    score = Score(required=True)


class VerdictSchema(Schema):
    """What a verdict says, for a verify request and for each quote of a draft."""

    verdict = fields.String(required=True, metadata={"enum": list(VERDICTS)})
    message = fields.String(required=True, metadata={"description": "The verdict in words, with its reason."})
    speaker = fields.String(required=True, allow_none=True, metadata={"description": "The speaker checked."})
    speaker_check = fields.String(
        required=True,
        metadata={
            "enum": SPEAKER_CHECKS,
            "description": "`confirmed`: a matching source names the speaker; `different`: sources name others "
            "only; `unattributed`: no matching source names anyone; `not_given`.",
        },
    )
    attributed_to = fields.List(
        fields.String(), required=True, metadata={"description": "Speakers (and relayers) the matches name."}
    )
    reason = fields.String(
        required=True,
        allow_none=True,
        metadata={
            "enum": ["too_short", "too_common", "below_threshold", None],
            "description": "Why nothing was found (`not_found` only).",
        },
    )
    closest = fields.Nested(ClosestSchema, required=True, allow_none=True)
    match_count = fields.Integer(required=True, metadata={"description": "Matches found (before `limit`)."})
    min_score = Score(required=True, metadata={"description": "The match threshold applied."})


class VerificationSchema(VerdictSchema):
    quote = fields.String(required=True, attribute="text")
    matches = fields.List(
        fields.Nested(MatchSchema),
        required=True,
        metadata={"description": "The match the verdict rests on first, then by score."},
    )
    earliest = fields.Nested(
        SourceSchema,
        required=True,
        allow_none=True,
        metadata={"description": "The match in the earliest dated document."},
    )
