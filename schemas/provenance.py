"""``GET /v1/quotes/<id>/provenance``: where a statement came from and who changed it; the lineage field of a
draft check. Response schemas only: the endpoint takes nothing but the quote id in its path."""

from __future__ import annotations

from marshmallow import Schema, fields

from schemas.common import Score
from schemas.verify import DiffOpSchema
from service.provenance import ATTRIBUTIONS, LINE_KINDS, RELATIONS

__all__ = [
    "AlterationSchema",
    "DraftLineageSchema",
    "LineSchema",
    "OccurrenceRefSchema",
    "OccurrenceSchema",
    "ProvenanceSchema",
    "TruncationSchema",
]

# --- responses -------------------------------------------------------------------------------------


class OccurrenceRefSchema(Schema):
    """Where one occurrence of the statement appears (a stored quote with its document's metadata)."""

    quote_id = fields.Integer(required=True, attribute="id")
    document_id = fields.Integer(required=True)
    outlet = fields.String(required=True, attribute="document.outlet")
    url = fields.String(required=True, allow_none=True, attribute="document.url")
    title = fields.String(required=True, allow_none=True, attribute="document.title")
    published_at = fields.String(required=True, allow_none=True, attribute="document.published_at")
    text = fields.String(required=True, metadata={"description": "The words inside the quotation marks."})
    speaker = fields.String(required=True, allow_none=True)
    relayed_by = fields.String(required=True, allow_none=True)
    credited_source = fields.String(
        required=True, allow_none=True, metadata={"description": "The agency, outlet, channel or interview credited."}
    )


class OccurrenceSchema(Schema):
    """One occurrence in the timeline, with its wording line and how it relates to earlier ones."""

    quote_id = fields.Integer(required=True, attribute="quote.id")
    document_id = fields.Integer(required=True, attribute="quote.document_id")
    outlet = fields.String(required=True, attribute="quote.document.outlet")
    url = fields.String(required=True, allow_none=True, attribute="quote.document.url")
    title = fields.String(required=True, allow_none=True, attribute="quote.document.title")
    published_at = fields.String(required=True, allow_none=True, attribute="quote.document.published_at")
    text = fields.String(required=True, attribute="quote.text")
    kind = fields.String(required=True, attribute="quote.kind", metadata={"enum": ["full", "fragment", "term"]})
    speaker = fields.String(required=True, allow_none=True, attribute="quote.speaker")
    relayed_by = fields.String(required=True, allow_none=True, attribute="quote.relayed_by")
    credited_source = fields.String(required=True, allow_none=True, attribute="quote.credited_source")
    line = fields.Integer(required=True, metadata={"description": "Id of its wording line (`lineages`)."})
    relation = fields.String(
        required=True,
        metadata={
            "enum": list(RELATIONS),
            "description": "`first`: the first occurrence of the first line; `copy`: carries the wording of a "
            "line that appeared before; `retranslation` / `altered_copy`: the first occurrence of such a line.",
        },
    )
    copy_of = fields.Integer(
        required=True, allow_none=True, metadata={"description": "For a copy: the first occurrence of its line."}
    )
    truncated = fields.Boolean(
        required=True, metadata={"description": "It carries only a fragment of a longer quote (`truncations`)."}
    )


class CreditSchema(Schema):
    """A person the occurrences name (one entry for the several spellings of one person)."""

    name = fields.String(required=True, metadata={"description": "The most used spelling."})
    names = fields.List(fields.String(), required=True, metadata={"description": "Every spelling found."})
    quote_ids = fields.List(fields.Integer(), required=True, metadata={"description": "Occurrences naming them."})
    as_speaker = fields.Integer(required=True, metadata={"description": "How many of those give them as the speaker."})


class WhoSchema(Schema):
    attribution = fields.String(
        required=True,
        metadata={
            "enum": list(ATTRIBUTIONS),
            "description": "`single`: one speaker; `relayed`: words relayed by someone (at most one speaker); "
            "`conflicting`: the same words credited to different people; `none`: nobody named.",
        },
    )
    speakers = fields.List(
        fields.Nested(CreditSchema),
        required=True,
        metadata={"description": "The original speakers or authors (persons named as speaker, relayers left out)."},
    )
    relayers = fields.List(
        fields.Nested(CreditSchema),
        required=True,
        metadata={"description": "People who relayed the words (a spokesman reading letters)."},
    )
    unattributed = fields.List(fields.Integer(), required=True, metadata={"description": "Occurrences naming nobody."})


class TimelineSchema(Schema):
    earliest = fields.Nested(
        OccurrenceSchema, required=True, allow_none=True, metadata={"description": "The first dated occurrence."}
    )
    earliest_ties = fields.List(
        fields.Integer(),
        required=True,
        metadata={
            "description": "Occurrences of other documents that may be as early: the same day where one of the "
            "two has no time of day."
        },
    )
    dated = fields.List(
        fields.Nested(OccurrenceSchema), required=True, metadata={"description": "In order of publication."}
    )
    undated = fields.List(
        fields.Nested(OccurrenceSchema),
        required=True,
        metadata={"description": "Occurrences with no date, apart, in the order they were indexed."},
    )


class LineSchema(Schema):
    """A wording line: occurrences whose wording is identical after normalisation (or a contiguous part of it)."""

    id = fields.Integer(required=True)
    kind = fields.String(
        required=True,
        metadata={
            "enum": list(LINE_KINDS),
            "description": "`first`; `altered_copy`: an earlier line with a few words changed; `retranslation`: "
            "another rendering (a re-translation or a paraphrase).",
        },
    )
    wording = fields.String(required=True, metadata={"description": "The line's fullest wording."})
    quote_id = fields.Integer(
        required=True, attribute="representative.id", metadata={"description": "The occurrence `wording` is from."}
    )
    first = fields.Nested(OccurrenceRefSchema, required=True, metadata={"description": "Its first occurrence."})
    credited_source = fields.String(
        required=True, allow_none=True, metadata={"description": "The source its occurrences credit most often."}
    )
    credited_sources = fields.List(fields.String(), required=True)
    outlets = fields.List(fields.String(), required=True)
    occurrences = fields.List(fields.Integer(), required=True, attribute="quote_ids")
    closest = fields.Integer(
        required=True, allow_none=True, metadata={"description": "The closest earlier line (null for the first)."}
    )
    score = Score(required=True, allow_none=True, metadata={"description": "0-100, against `closest`."})
    ordered = Score(
        required=True,
        allow_none=True,
        metadata={"description": "0-100: words shared with `closest` in the same order (`altered_copy` from 80)."},
    )


class _LineOccurrenceSchema(Schema):
    """The occurrence an alteration or truncation is about: which quote, where, its words and wording line."""

    quote_id = fields.Integer(required=True, attribute="quote.id")
    outlet = fields.String(required=True, attribute="quote.document.outlet")
    published_at = fields.String(required=True, allow_none=True, attribute="quote.document.published_at")
    text = fields.String(required=True, attribute="quote.text")
    line = fields.Integer(required=True)


class AlterationSchema(_LineOccurrenceSchema):
    """An altered copy: the first occurrence of an `altered_copy` line against the closest earlier occurrence."""

    source = fields.Nested(OccurrenceRefSchema, required=True)
    source_line = fields.Integer(required=True)
    score = Score(required=True)
    ordered = Score(required=True)
    changed_words = fields.Integer(required=True, metadata={"description": "Words replaced, added or left out."})
    order_uncertain = fields.Boolean(
        required=True, metadata={"description": "The dates cannot tell which of the two came first."}
    )
    carried_by = fields.List(
        fields.Integer(), required=True, metadata={"description": "Later occurrences carrying the altered wording."}
    )
    diff = fields.List(
        fields.Nested(DiffOpSchema),
        required=True,
        metadata={"description": "What the copy did to the source; source offsets index `source.text`."},
    )


class TruncationSchema(_LineOccurrenceSchema):
    """An occurrence carrying only a fragment of a longer quote, and what was left out."""

    of = fields.Nested(OccurrenceRefSchema, required=True, metadata={"description": "The longer quote."})
    exact = fields.Boolean(
        required=True,
        metadata={"description": "Its words are those of `kept` (else: a fragment of another rendering)."},
    )
    score = Score(required=True)
    kept = fields.String(required=True, metadata={"description": "The stretch of `of.text` it carries."})
    kept_start = fields.Integer(required=True)
    kept_end = fields.Integer(required=True)
    left_out_before = fields.String(required=True)
    left_out_after = fields.String(required=True)
    left_out_words = fields.Integer(required=True)


class ProvenanceSchema(Schema):
    """The provenance of the statement a quote is an occurrence of."""

    quote_id = fields.Integer(required=True, metadata={"description": "The occurrence asked about."})
    cluster_id = fields.Integer(required=True)
    occurrences = fields.Integer(required=True, attribute="summary.n_quotes")
    documents = fields.Integer(required=True, attribute="summary.n_documents")
    outlets = fields.Integer(required=True, attribute="summary.n_outlets")
    who = fields.Nested(WhoSchema, required=True)
    timeline = fields.Nested(TimelineSchema, required=True)
    lineages = fields.List(fields.Nested(LineSchema), required=True, attribute="lines")
    alterations = fields.List(fields.Nested(AlterationSchema), required=True)
    truncations = fields.List(fields.Nested(TruncationSchema), required=True)


class DraftLineageSchema(Schema):
    """The wording line of the statement a draft's quote belongs to (the statement of its best match)."""

    cluster_id = fields.Integer(required=True)
    line = fields.Integer(required=True, attribute="line.id")
    lines = fields.Integer(required=True, metadata={"description": "Wording lines of the statement."})
    relation = fields.String(
        required=True,
        metadata={
            "enum": ["copy", "altered_copy", "retranslation"],
            "description": "`copy`: the quote carries the line's wording (or part of it); `altered_copy`: a few "
            "words differ; `retranslation`: the closest line, but another rendering.",
        },
    )
    truncated = fields.Boolean(required=True, metadata={"description": "The quote carries only part of the line."})
    score = Score(required=True)
    line_kind = fields.String(required=True, attribute="line.kind", metadata={"enum": list(LINE_KINDS)})
    wording = fields.String(required=True, attribute="line.wording")
    first = fields.Nested(OccurrenceRefSchema, required=True, attribute="line.first")
    credited_source = fields.String(required=True, allow_none=True, attribute="line.credited_source")
    occurrences = fields.Integer(required=True, attribute="line.count")
