"""Scores from 0 to 100 between a submitted text and a source quote, on normalised words.

The score of a submission against a source is computed on the *matched span* of the source: the whole
source, or, when the submission is shorter (a fragment a user quotes out of a longer statement), the
stretch of the source that lines up with it best. Two measures are combined, both weighted so that
function words (``index.STOPWORDS``) count a quarter of a content word:

* ``ordered``: 2·(weight of the words the two share *in the same order*, longest common subsequence) /
  (weight of the submission + weight of the span). A copy scores 100.
* ``bag``: the same with words shared in *any* order (multiset Dice). It keeps a quote whose clauses
  were reordered close to its source, while two different statements on one topic share few content
  words.

``score = max(ordered, REORDER_FACTOR · bag)``: reordering alone can therefore never reach 100.

Thresholds (calibrated on quotes taken verbatim from the seed articles, ``tests/test_matching_seeds.py``):

* ``IDENTICAL`` = 100: same words in the same order after normalisation (case, accents, quote marks,
  dashes, punctuation, equivalent spellings). Whether it is a *verbatim* copy or only an equivalent one
  is told by the diff (``diff.classify_diff``), not by the score. Peskov's "The heads of those republics
  ..." in 001 and 004 scores 100 (verbatim).
* ``CLOSE`` = 85: copies of one quote with a word or two changed, dropped or added, or a clause moved
  (in a 25-word quote, one content word changed: 93; two: 85; two clauses swapped: 90).
* ``MATCH`` = 50: the default ``min_score`` of lookups and the threshold for joining a cluster. On the
  seeds, every pair that belongs together scores 57-78: the two English translations of the Donbas
  leaders' letters in 003 and 004 ("Kiev continues to strengthen its military presence ..." vs "Kiev is
  continuing its military buildup ..." 64-67; "In view of the foregoing ..." vs "In view of the above
  ..." 57-66), and 001's "help in repelling the aggression of the armed forces in Ukraine" inside 004's
  longer quote 77 (inside 003's, 74). Every other pair of the 15 seed quotes, all by the same few
  speakers on the same topic, scores at most 33. 50 sits in the middle of that gap.

On the synthetic benchmark corpus (``bench/bench_match.py``, whose sentences share many stock phrases),
queries with no source still match something at 50 in ~10% of cases at 1M quotes (4% at 60, 2% at 70,
none at 85): raise ``min_score`` where precision matters more than finding re-translations.

Limits: a fragment is searched inside a longer source only when it has at least ``MIN_FRAGMENT_WORDS``
words; shorter submissions are compared with whole quotes. A submission much longer than the source is
compared with the whole source, so its extra words lower the score.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from service.matching.index import STOPWORDS
from service.matching.normalize import DEFAULT_NORMALIZER, Normalizer

__all__ = [
    "CLOSE",
    "IDENTICAL",
    "MATCH",
    "MIN_FRAGMENT_WORDS",
    "REORDER_FACTOR",
    "Query",
    "SpanScore",
    "match_score",
    "score_words",
    "similarity",
    "word_weight",
]

IDENTICAL = 100.0
CLOSE = 85.0
MATCH = 50.0
REORDER_FACTOR = 0.9
MIN_FRAGMENT_WORDS = 5
STOPWORD_WEIGHT = 0.25


@dataclass(frozen=True, slots=True)
class SpanScore:
    """Score of a submission against a source, with the matched span as word indices into the source."""

    score: float
    start: int
    end: int
    ordered: float
    bag: float


def word_weight(word: str) -> float:
    """Weight of a normalised word in scores: function words count ``STOPWORD_WEIGHT``."""
    return STOPWORD_WEIGHT if word in STOPWORDS else 1.0


def _weight(words: Sequence[str]) -> float:
    stop = STOPWORDS
    return len(words) - (1.0 - STOPWORD_WEIGHT) * len([w for w in words if w in stop])


def _counts(words: Sequence[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    get = counts.get
    for w in words:
        counts[w] = get(w, 0) + 1
    return counts


def _ordered_common(q: Sequence[str], span: Sequence[str]) -> float:
    common = 0.0
    for op in Indel.opcodes(q, span):
        if op.tag == "equal":
            common += _weight(q[op.src_start : op.src_end])
    return common


def _locate(q: Sequence[str], s: Sequence[str]) -> tuple[int, int]:
    """Word span of ``s`` that lines up best with the shorter ``q``.

    rapidfuzz's partial alignment finds the best window of ``len(q)`` words; the window is widened (the
    source may have more words there) and, among the runs of shared words inside it, the stretch with the
    best weighted similarity is kept, so a stray shared "the" or "in" far off does not stretch the span.
    """
    alignment = fuzz.partial_ratio_alignment(q, s)
    pad = max(2, len(q) // 3)
    lo = max(0, alignment.dest_start - pad)
    hi = min(len(s), alignment.dest_end + pad)
    window = s[lo:hi]
    blocks = [op for op in Indel.opcodes(q, window) if op.tag == "equal"]
    if not blocks:
        return alignment.dest_start, alignment.dest_end
    prefix = [0.0]
    for w in window:
        prefix.append(prefix[-1] + (STOPWORD_WEIGHT if w in STOPWORDS else 1.0))
    block_weights = [prefix[b.dest_end] - prefix[b.dest_start] for b in blocks]
    w_q = _weight(q)
    best = (-1.0, 0, 0)
    for i, first in enumerate(blocks):
        matched = 0.0
        for j in range(i, len(blocks)):
            matched += block_weights[j]
            sim = matched / (w_q + prefix[blocks[j].dest_end] - prefix[first.dest_start])
            if sim > best[0]:
                best = (sim, i, j)
    first, last = blocks[best[1]], blocks[best[2]]
    start, end = lo + first.dest_start, lo + last.dest_end
    # Submitted words before the first (after the last) shared word most likely replace the source words
    # next to the span: take those in, so the diff says "replace" rather than "added" plus "omitted".
    start -= min(first.src_start, start - lo)
    end += min(len(q) - last.src_end, hi - end)
    return start, end


class Query:
    """A submission prepared once for scoring against many sources (what lookups and brute force do)."""

    __slots__ = ("words", "counts", "weight", "vocabulary", "min_fragment_words")

    def __init__(self, words: Sequence[str], *, min_fragment_words: int = MIN_FRAGMENT_WORDS) -> None:
        self.words = list(words)
        self.counts = _counts(self.words)
        self.weight = _weight(self.words)
        self.vocabulary = frozenset(self.counts)
        self.min_fragment_words = min_fragment_words

    def bound(self, source: Sequence[str]) -> float:
        """An upper bound of ``score(source)``, from shared words alone (no alignment)."""
        if not self.words or not source:
            return 0.0
        shared = 0.0
        counts = self.counts
        for w in self.vocabulary.intersection(source):
            shared += counts[w] * (STOPWORD_WEIGHT if w in STOPWORDS else 1.0)
        # Both measures are at most 2·shared / (weight of submission + weight of a span holding them).
        return 200.0 * shared / (self.weight + shared) if shared else 0.0

    def score(self, source: Sequence[str], *, score_cutoff: float = 0.0) -> SpanScore | None:
        """Score against normalised ``source`` words; ``None`` if certainly below ``score_cutoff``."""
        q = self.words
        if not q or not source:
            return None
        if score_cutoff > 0 and self.bound(source) < score_cutoff:
            return None
        if len(q) < len(source) and len(q) >= self.min_fragment_words:
            start, end = _locate(q, source)
            span = source[start:end]
        else:
            start, end, span = 0, len(source), source
        total = self.weight + _weight(span)
        ordered = 200.0 * _ordered_common(q, span) / total
        span_counts = _counts(span)
        shared = 0.0
        for w, n in self.counts.items():
            m = span_counts.get(w)
            if m:
                shared += (n if n < m else m) * (STOPWORD_WEIGHT if w in STOPWORDS else 1.0)
        bag = 200.0 * shared / total
        score = min(100.0, max(ordered, REORDER_FACTOR * bag))
        if score < score_cutoff:
            return None
        return SpanScore(score, start, end, min(100.0, ordered), min(100.0, bag))


def score_words(
    submitted: Sequence[str],
    source: Sequence[str],
    *,
    score_cutoff: float = 0.0,
    min_fragment_words: int = MIN_FRAGMENT_WORDS,
) -> SpanScore | None:
    """Score normalised ``submitted`` words against normalised ``source`` words.

    Returns ``None`` when the score is certainly below ``score_cutoff`` (decided from shared words before
    any alignment, which is what makes a brute-force scan affordable) or when either side is empty. To
    score one submission against many sources, build a ``Query`` once.
    """
    return Query(submitted, min_fragment_words=min_fragment_words).score(source, score_cutoff=score_cutoff)


def match_score(submitted: str, source: str, *, normalizer: Normalizer = DEFAULT_NORMALIZER) -> SpanScore:
    """Score of ``submitted`` against ``source`` (asymmetric: a fragment of the source can score 100).

    The span is given in word indices of ``normalizer(source)``.
    """
    result = score_words(normalizer.words(submitted), normalizer.words(source))
    return result if result is not None else SpanScore(0.0, 0, 0, 0.0, 0.0)


def similarity(a: str, b: str, *, normalizer: Normalizer = DEFAULT_NORMALIZER) -> float:
    """Symmetric score of two whole texts (no fragment search), 0-100.

    The shared-in-order weight comes from one longest common subsequence, which need not be the heaviest
    one, so the two directions can differ by a few points: the larger is returned.
    """
    wa, wb = normalizer.words(a), normalizer.words(b)
    best = 0.0
    for x, y in ((wa, wb), (wb, wa)):
        result = Query(x, min_fragment_words=1 << 30).score(y)
        if result is not None:
            best = max(best, result.score)
    return best
