"""Matching: normalisation, index keys, scores, word diff and quote lookup (no web framework here).

What an API layer calls::

    from service.matching import find_matches, word_diff, classify_diff, MATCH, CLOSE

    result = find_matches(store, text, limit=10)   # LookupResult
    for match in result.matches:                    # Match: quote + document, score, span, diff, cluster
        ...
    if not result.matches:
        result.reason, result.message, result.closest

Modules: ``normalize`` (tokens with offsets, ``Normalizer``), ``equivalences`` (the spelling table, data),
``index`` (index keys shared by storage backends), ``score`` (0-100 scores and thresholds), ``diff``
(word-level diff), ``search`` (lookup and the cluster linker used at ingest).
"""

from service.matching.diff import ALTERED, EQUIVALENT, VERBATIM, DiffOp, classify_diff, word_diff
from service.matching.equivalences import EquivalenceTable
from service.matching.normalize import (
    DEFAULT_NORMALIZER,
    DEFAULT_TABLE,
    Normalizer,
    Token,
    normalize_text,
    tokenize,
)
from service.matching.score import (
    CLOSE,
    IDENTICAL,
    MATCH,
    Query,
    SpanScore,
    match_score,
    score_words,
    similarity,
)
from service.matching.search import (
    BELOW_THRESHOLD,
    TOO_COMMON,
    TOO_SHORT,
    Closest,
    LookupResult,
    LookupStats,
    Match,
    cluster_linker,
    find_matches,
)

__all__ = [
    "ALTERED",
    "BELOW_THRESHOLD",
    "CLOSE",
    "DEFAULT_NORMALIZER",
    "DEFAULT_TABLE",
    "EQUIVALENT",
    "IDENTICAL",
    "MATCH",
    "TOO_COMMON",
    "TOO_SHORT",
    "VERBATIM",
    "Closest",
    "DiffOp",
    "EquivalenceTable",
    "LookupResult",
    "LookupStats",
    "Match",
    "Normalizer",
    "Query",
    "SpanScore",
    "Token",
    "classify_diff",
    "cluster_linker",
    "find_matches",
    "match_score",
    "normalize_text",
    "score_words",
    "similarity",
    "tokenize",
    "word_diff",
]
