"""Pieces every resource shares: the limits, the problem-details error body, pagination, custom fields."""

from __future__ import annotations

from marshmallow import Schema, ValidationError, fields, validate

from service.storage.base import iso_date

__all__ = [
    "DOCUMENT_MAX_CHARS",
    "DRAFT_MAX_CHARS",
    "WHITE_SPACE",
    "FullMatch",
    "LIMIT_MAX",
    "NOT_BLANK",
    "PAGE_MAX",
    "PAGE_SIZE_MAX",
    "QUOTE_MAX_CHARS",
    "SPEAKER_MAX_CHARS",
    "PageArgsSchema",
    "PageSchema",
    "ProblemSchema",
    "PublishedAt",
    "Score",
]

# The documented limits (README, "API"). The request body limit (1 MiB) is Flask's MAX_CONTENT_LENGTH.
QUOTE_MAX_CHARS = 2_000
DRAFT_MAX_CHARS = 200_000
DOCUMENT_MAX_CHARS = 1_000_000
SPEAKER_MAX_CHARS = 200
LIMIT_MAX = 100
PAGE_SIZE_MAX = 100
PAGE_MAX = 1_000_000

# White space as Python's str.strip() sees it, spelled out: a pattern's \s means something else in Python
# and in the ECMA-262 regular expressions of JSON Schema, and the OpenAPI document must state exactly
# what is accepted.
WHITE_SPACE = r"\t\n\x0b\x0c\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


class FullMatch(validate.Regexp):
    """``validate.Regexp`` matching the whole string, as an anchored JSON Schema pattern does (Python's
    ``$`` would also match before a final newline)."""

    def __call__(self, value: str) -> str:
        if self.regex.fullmatch(value) is None:
            raise ValidationError(self._format_error(value))
        return value


# At least one character that is not white space. marshmallow's Regexp anchors at the start and JSON
# Schema's pattern searches anywhere; with the leading ^ both mean the same.
NOT_BLANK = validate.Regexp(
    rf"^[{WHITE_SPACE}]*[^{WHITE_SPACE}]", error="Must contain something other than white space."
)


class PublishedAt(fields.String):
    """An ISO-8601 date (``2022-02-24``) or timestamp; loads as the canonical ISO string."""

    default_error_messages = {"invalid_date": "Not an ISO-8601 date (YYYY-MM-DD) or timestamp."}

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            parsed = iso_date(text)
        except ValueError as exc:
            raise self.make_error("invalid_date") from exc
        if parsed is None:  # blank: no date is null, not ""
            raise self.make_error("invalid_date")
        return parsed


class Score(fields.Float):
    """A 0-100 score, rounded to one decimal when dumped."""

    def _serialize(self, value, attr, obj, **kwargs):
        return None if value is None else round(float(value), 1)


class ProblemSchema(Schema):
    """RFC 9457 problem details: the body of every error response (``application/problem+json``)."""

    type = fields.String(
        required=True, metadata={"description": "URI of the problem type; `about:blank`: the status says it all."}
    )
    title = fields.String(required=True, metadata={"description": "The HTTP status phrase."})
    status = fields.Integer(required=True, metadata={"description": "The HTTP status code."})
    detail = fields.String(required=True, metadata={"description": "What went wrong with this request."})
    errors = fields.Dict(
        keys=fields.String(),
        values=fields.List(fields.String()),
        metadata={"description": "Validation errors: messages per field (`body` for the body as a whole)."},
    )


class PageArgsSchema(Schema):
    """``page`` and ``page_size`` query arguments."""

    page = fields.Integer(
        load_default=1, validate=validate.Range(1, PAGE_MAX), metadata={"description": "Page number, from 1."}
    )
    page_size = fields.Integer(
        load_default=20,
        validate=validate.Range(1, PAGE_SIZE_MAX),
        metadata={"description": f"Items per page, at most {PAGE_SIZE_MAX}."},
    )


class PageSchema(Schema):
    """The envelope of a paginated list; subclasses add ``items``."""

    page = fields.Integer(required=True)
    page_size = fields.Integer(required=True)
    total = fields.Integer(required=True, metadata={"description": "Items in the whole list."})
    pages = fields.Integer(required=True, metadata={"description": "Number of pages."})

