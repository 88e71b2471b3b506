"""Quote lookup: candidate retrieval from the index, rescoring, matched span and diff.

``find_matches(store, text)`` is what the API calls. It never scans every quote:

1. the text is normalised and cut into index keys (``index.query_keys``: pairs of content words);
2. the store counts, for each key, how many quotes carry it, stopping at ``max_df``: a key that common
   ("united states") says little and would cost a long posting list, so it is dropped;
3. the remaining keys, rarest first and within a budget of ``posting_budget`` postings, are weighted
   ``ln(1 + max_df / df)`` and the store returns the ``candidates`` quotes with the largest summed weight;
4. the best ``rescore`` of those (and up to as many again tied with the last) are scored with
   ``score.Query`` on their stored normalised text, and the matches at or above ``min_score`` get their
   span and word diff.

When nothing matches the result says why (``reason``): ``too_short`` (fewer than ``MIN_QUERY_WORDS``
words, or fewer than two content words), ``too_common`` (every key is in at least ``max_df`` quotes) or
``below_threshold`` (with the closest candidate and its score, if any quote shares a key).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from service.matching.diff import DiffOp, classify_diff, diff_tokens
from service.matching.index import query_keys
from service.matching.normalize import DEFAULT_NORMALIZER, Normalizer, Token
from service.matching.score import MATCH, Query, SpanScore, score_words
from service.storage.base import ClusterSummary, IndexReader, Linker, NewQuote, Store, StoredQuote

__all__ = [
    "CANDIDATES",
    "MAX_DF",
    "MIN_QUERY_WORDS",
    "POSTING_BUDGET",
    "RESCORE",
    "Closest",
    "LookupResult",
    "LookupStats",
    "Match",
    "Retrieval",
    "cluster_linker",
    "find_matches",
    "retrieve",
]

MIN_QUERY_WORDS = 4
MAX_DF = 1000
POSTING_BUDGET = 8000
CANDIDATES = 100
RESCORE = 20

TOO_SHORT = "too_short"
TOO_COMMON = "too_common"
BELOW_THRESHOLD = "below_threshold"


@dataclass(frozen=True, slots=True)
class Match:
    """One source quote carrying the submitted text or a variant of it.

    ``span_start``/``span_end`` index ``quote.text``: the stretch that lines up with the submission (the
    whole quote unless the submission is a fragment of it). ``diff`` compares the submission with that
    stretch; its source offsets index ``quote.text`` too. ``wording`` is ``diff.classify_diff(diff)``:
    ``verbatim`` / ``equivalent`` (only case, punctuation, spelling variants) / ``altered``.
    ``is_fragment``: the span leaves out words of the quote (the submission is part of it).
    """

    quote: StoredQuote
    score: float
    ordered: float
    bag: float
    span_start: int
    span_end: int
    diff: tuple[DiffOp, ...]
    wording: str
    cluster: ClusterSummary | None
    is_fragment: bool = False

    @property
    def matched_text(self) -> str:
        return self.quote.text[self.span_start : self.span_end]


@dataclass(frozen=True, slots=True)
class Closest:
    """The best candidate when none reached the threshold."""

    quote: StoredQuote
    score: float


@dataclass(frozen=True, slots=True)
class LookupStats:
    words: int
    keys: int
    keys_used: int
    keys_too_common: int
    candidates: int
    rescored: int


@dataclass(frozen=True, slots=True)
class LookupResult:
    """Matches best first; when there are none, ``reason`` and ``message`` say why."""

    text: str
    matches: tuple[Match, ...]
    reason: str | None
    message: str
    closest: Closest | None = None
    stats: LookupStats | None = None
    min_score: float = MATCH

    @property
    def found(self) -> bool:
        return bool(self.matches)

    @property
    def outlets(self) -> tuple[str, ...]:
        """Distinct outlets carrying a match, earliest first."""
        seen: dict[str, None] = {}
        for m in sorted(self.matches, key=_earliest_key):
            if m.quote.document is not None:
                seen.setdefault(m.quote.document.outlet, None)
        return tuple(seen)

    @property
    def earliest(self) -> Match | None:
        """The match in the earliest dated document (undated ones last)."""
        return min(self.matches, key=_earliest_key) if self.matches else None


def _earliest_key(m: Match) -> tuple:
    published = m.quote.document.published_at if m.quote.document is not None else None
    return (published is None, published or "", m.quote.document_id, m.quote.position)


@dataclass(frozen=True, slots=True)
class Retrieval:
    """Candidate quote ids with their summed key weights, best first, and what the keys looked like."""

    ranked: list[tuple[int, float]] = field(default_factory=list)
    keys: int = 0
    keys_used: int = 0
    keys_too_common: int = 0
    keys_absent: int = 0


def retrieve(
    reader: IndexReader,
    keys: Sequence[int],
    *,
    candidates: int = CANDIDATES,
    max_df: int = MAX_DF,
    posting_budget: int = POSTING_BUDGET,
) -> Retrieval:
    """Candidate quotes for index ``keys`` (steps 2 and 3 of the module docstring)."""
    if not keys:
        return Retrieval()
    df = reader.key_frequencies(keys, cap=max_df)
    present = sorted((n, k) for k, n in df.items() if n > 0)
    usable = [(n, k) for n, k in present if n < max_df]
    weights: dict[int, float] = {}
    spent = 0
    for n, k in usable:
        if weights and spent + n > posting_budget:
            break
        weights[k] = math.log1p(max_df / n)
        spent += n
    n_common = len(present) - len(usable)
    ranked = reader.rank_quotes(weights, limit=candidates) if weights else []
    return Retrieval(ranked, len(keys), len(weights), n_common, len(keys) - len(present))


def _to_rescore(ranked: list[tuple[int, float]], rescore: int) -> list[int]:
    """The first ``rescore`` candidates, plus up to as many again tied with the last of them: with one
    or two keys many candidates share a weight and their order says nothing."""
    n = min(rescore, len(ranked))
    if n:
        cut = ranked[n - 1][1]
        limit = min(len(ranked), 2 * rescore)
        while n < limit and ranked[n][1] >= cut - 1e-9:
            n += 1
    return [quote_id for quote_id, _ in ranked[:n]]


def candidate_words(reader: IndexReader, ids: Sequence[int], normalizer: Normalizer) -> dict[int, list[str]]:
    """Normalised words of quotes: the stored normalised text, or the text normalised here for quotes
    stored without one."""
    words = {quote_id: norm.split() for quote_id, norm in reader.normalized_texts(ids).items()}
    missing = [quote_id for quote_id in ids if quote_id not in words]
    if missing:
        for quote_id, text in reader.quote_texts(missing).items():
            words[quote_id] = normalizer.words(text)
    return words


def _score_candidates(
    reader: IndexReader,
    words: Sequence[str],
    ids: Sequence[int],
    normalizer: Normalizer,
    *,
    keep: int,
    min_score: float,
) -> list[tuple[SpanScore, int]]:
    """Scores of the candidates that can matter: the best ``keep`` at or above ``min_score``, and the
    best one overall (the "closest" of an empty result).

    Candidates are aligned in decreasing order of their upper bound (``Query.bound``, shared words only);
    the first whose bound can neither enter the result nor beat the best score so far ends the loop.
    """
    query = Query(words)
    sources = candidate_words(reader, ids, normalizer)
    bounded = []
    for quote_id in ids:
        source = sources.get(quote_id)
        if source is not None:
            bounded.append((query.bound(source), quote_id, source))
    bounded.sort(key=lambda item: -item[0])
    scored: list[tuple[SpanScore, int]] = []
    kept: list[float] = []  # min-heap of the best ``keep`` scores at or above min_score
    best = -1.0
    for bound, quote_id, source in bounded:
        floor = kept[0] if len(kept) >= keep else min_score
        if bound < floor and bound <= best:
            break
        result = query.score(source)
        if result is None:
            continue
        scored.append((result, quote_id))
        best = max(best, result.score)
        if result.score >= min_score:
            heapq.heappush(kept, result.score)
            if len(kept) > keep:
                heapq.heappop(kept)
    return scored


def find_matches(
    store: Store,
    text: str,
    *,
    limit: int = 10,
    min_score: float = MATCH,
    normalizer: Normalizer = DEFAULT_NORMALIZER,
    candidates: int = CANDIDATES,
    rescore: int = RESCORE,
    max_df: int = MAX_DF,
    posting_budget: int = POSTING_BUDGET,
    with_clusters: bool = True,
) -> LookupResult:
    """Every indexed quote that carries ``text`` or a variant of it, best first (at most ``limit``).

    ``min_score`` defaults to ``score.MATCH``; see ``score`` for the scale and thresholds.
    """
    tokens = normalizer(text)
    words = [t.norm for t in tokens]
    keys = query_keys(words)
    if len(words) < MIN_QUERY_WORDS or not keys:
        return LookupResult(
            text,
            (),
            TOO_SHORT,
            f"Too short to match reliably: {len(words)} word(s); at least {MIN_QUERY_WORDS} words, "
            "two of them content words (not function words like 'the', 'of', 'we'), are needed.",
            stats=LookupStats(len(words), len(keys), 0, 0, 0, 0),
            min_score=min_score,
        )
    found = retrieve(store, keys, candidates=candidates, max_df=max_df, posting_budget=posting_budget)
    ids = _to_rescore(found.ranked, rescore)
    scored = _score_candidates(store, words, ids, normalizer, keep=limit, min_score=min_score)
    rank = {quote_id: i for i, quote_id in enumerate(ids)}
    scored.sort(key=lambda item: (-item[0].score, rank[item[1]]))
    stats = LookupStats(
        len(words), found.keys, found.keys_used, found.keys_too_common, len(found.ranked), len(scored)
    )
    hits = [item for item in scored if item[0].score >= min_score][:limit]
    if not hits:
        return _no_match(store, text, found, scored, stats, min_score, max_df)

    quotes = store.get_quotes([quote_id for _, quote_id in hits])
    clusters = store.cluster_summaries([q.cluster_id for q in quotes.values()]) if with_clusters else {}
    matches = []
    for result, quote_id in hits:
        quote = quotes.get(quote_id)
        if quote is None:  # deleted between the two reads
            continue
        matches.append(_build_match(tokens, text, quote, result, clusters.get(quote.cluster_id), normalizer))
    matches.sort(key=lambda m: (-m.score, *_earliest_key(m)))
    return LookupResult(
        text, tuple(matches), None, f"{len(matches)} match(es).", stats=stats, min_score=min_score
    )


def _no_match(store, text, found, scored, stats, min_score, max_df) -> LookupResult:
    if not found.ranked:
        if found.keys_too_common and not found.keys_used:
            return LookupResult(
                text,
                (),
                TOO_COMMON,
                f"Every pair of consecutive content words of the text is in {max_df} or more indexed "
                "quotes; a longer or more distinctive part of the quote is needed.",
                stats=stats,
                min_score=min_score,
            )
        return LookupResult(
            text,
            (),
            BELOW_THRESHOLD,
            "No indexed quote shares a pair of consecutive content words with the text.",
            stats=stats,
            min_score=min_score,
        )
    closest = None
    if scored:
        best, quote_id = scored[0]
        quote = store.get_quotes([quote_id]).get(quote_id)
        if quote is not None:
            closest = Closest(quote, best.score)
    if closest is None:
        message = f"No indexed quote scores {min_score:g} or more."
    else:
        message = (
            f"No indexed quote scores {min_score:g} or more; the closest, quote {closest.quote.id}, "
            f"scores {closest.score:.1f}."
        )
    return LookupResult(text, (), BELOW_THRESHOLD, message, closest, stats, min_score)


def _build_match(
    tokens: Sequence[Token],
    text: str,
    quote: StoredQuote,
    result: SpanScore,
    cluster: ClusterSummary | None,
    normalizer: Normalizer,
) -> Match:
    source_tokens = normalizer(quote.text)
    span = source_tokens[result.start : result.end]
    if span:
        start, end = span[0].start, span[-1].end
    else:
        start, end = 0, len(quote.text)
    shifted = [t._replace(start=t.start - start, end=t.end - start) for t in span]
    ops = diff_tokens(tokens, shifted, text, quote.text[start:end])
    ops = tuple(_shift(op, start) for op in ops)
    fragment = len(span) < len(source_tokens)
    return Match(
        quote,
        result.score,
        result.ordered,
        result.bag,
        start,
        end,
        ops,
        classify_diff(ops),
        cluster,
        fragment,
    )


def _shift(op: DiffOp, offset: int) -> DiffOp:
    return DiffOp(
        op.op,
        op.kind,
        op.submitted,
        op.source,
        op.submitted_text,
        op.source_text,
        op.submitted_start,
        op.submitted_end,
        op.source_start + offset,
        op.source_end + offset,
    )


def cluster_linker(
    *,
    normalizer: Normalizer = DEFAULT_NORMALIZER,
    threshold: float = MATCH,
    candidates: int = 50,
    rescore: int = 20,
) -> Linker:
    """A ``Linker`` for ``Store.add_document``: join the cluster of the best stored quote scoring at
    least ``threshold`` in either direction (so a fragment and the longer quote it comes from, in any
    order of arrival, are one statement)."""

    def link(reader: IndexReader, quote: NewQuote) -> int | None:
        if not quote.keys:
            return None
        words = quote.norm.split() if quote.norm else normalizer.words(quote.text)
        query = Query(words)
        found = retrieve(reader, quote.keys, candidates=candidates)
        ids = _to_rescore(found.ranked, rescore)
        sources = candidate_words(reader, ids, normalizer)
        best_id, best_score = None, threshold
        for quote_id in ids:
            source = sources.get(quote_id, [])
            result = query.score(source, score_cutoff=best_score)
            if result is not None and (result.score > best_score or best_id is None):
                best_id, best_score = quote_id, result.score
            if len(source) < len(words):
                # The stored quote may be a fragment of the new one.
                result = score_words(source, words, score_cutoff=best_score)
                if result is not None and (result.score > best_score or best_id is None):
                    best_id, best_score = quote_id, result.score
        return best_id

    return link
