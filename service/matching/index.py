"""Index keys shared by every storage backend: hashed pairs of consecutive content words.

A quote is indexed under the hashes of its *content-word bigrams*: the normalised words with function
words (``STOPWORDS``) left out, taken two at a time. "help in repelling the aggression of the armed
forces" gives help·repelling, repelling·aggression, aggression·armed, armed·forces.

A quote of at most ``SHORT_QUOTE`` content words is also indexed under pairs up to ``MAX_GAP`` content
words apart (one changed word would otherwise leave it with no key in common with the query), and a query
of at most ``SHORT_QUERY`` content words looks those pairs up too (``query_keys``).

Why not all word 3-shingles: bigrams of content words are half as many keys per quote (about 13 for a
25-word quote instead of 23), which halves index size and build time; they survive edits of function
words ("help repel the aggression" vs "help in repelling the aggression" still share two keys); and
shingles made only of function words ("one of the") never exist, while keys that are common anyway
("united states") are dropped at query time by their document frequency (see ``search``).

Keys are signed 32-bit integers, so they fit a 4-byte integer column in SQLite and PostgreSQL alike:
each word is hashed with CRC-32 and a pair is ``(h1 * 0x9E3779B1 + h2) mod 2^32``, shifted to the signed
range. With ~10^7 distinct pairs a few collide; a collision only adds a wrong candidate, which rescoring
discards. Changing anything here (stopwords, the hash, or the normalisation feeding it) changes the keys:
stored quotes must then be re-indexed (``service.ingest.reindex``).
"""

from __future__ import annotations

import operator
import sys
import zlib
from array import array
from collections.abc import Sequence
from itertools import chain, filterfalse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from service.matching.normalize import Normalizer

# English function words plus the most frequent reporting verbs. The list decides which words make index
# keys and how much a word weighs in scores; it never removes words from comparisons or diffs.
STOPWORDS: frozenset[str] = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most my
    myself no nor not now of off on once one only or other our ours ourselves out over own same she should
    so some such than that the their theirs them themselves then there these they this those through to
    too under until up very was we were what when where which while who whom why will with would you your
    yours yourself yourselves s t dont cant wont isnt arent wasnt werent im ive id youre theyre weve thats
    us may might must shall upon whether yet said says say told tell according well even still many much
    every another
    """.split()
)

_WORD_HASHES: dict[str, int] = {}
_MEMO_LIMIT = 500_000


def _word_hash(word: str) -> int:
    value = _WORD_HASHES.get(word)
    if value is None:
        if len(_WORD_HASHES) >= _MEMO_LIMIT:
            _WORD_HASHES.clear()
        value = _WORD_HASHES[word] = zlib.crc32(word.encode("utf-8"))
    return value


def content_words(words: Sequence[str]) -> list[str]:
    """The words that make index keys (normalised words that are not ``STOPWORDS``)."""
    stop = STOPWORDS
    return [w for w in words if w not in stop]


# A quote with few content words loses every bigram when one of them changes, so short quotes are also
# indexed under pairs two and three content words apart; a short query looks those pairs up as well.
SHORT_QUOTE = 5
SHORT_QUERY = 8
MAX_GAP = 3


def _hashes(words: Sequence[str]) -> list[int]:
    get = _WORD_HASHES.get
    stop = STOPWORDS
    return [get(w) or _word_hash(w) for w in words if w not in stop]


_M = 0x9E3779B1
_ORDER = sys.byteorder
_LOW = 0 if _ORDER == "little" else 1  # which 32-bit half of a 64-bit slot holds its low bits
# _ONES[n]: 2**31 in each of n 64-bit slots (the shift to the signed range, added to every slot at once).
_ONES: list[int] = []


def _slot_ones(n: int) -> int:
    while len(_ONES) <= n:
        _ONES.append(((1 << (64 * len(_ONES))) - 1) // ((1 << 64) - 1) << 31)
    return _ONES[n]


def _pair_keys(hashes: list[int], max_gap: int) -> list[int]:
    """``((a * 0x9E3779B1 + b) mod 2**32) - 2**31`` for each pair ``(a, b)`` of hashes ``gap`` apart, gap 1
    to ``max_gap`` (gap 1 first), duplicates dropped (first occurrence kept).

    Computed for all pairs at once, without a Python loop over them: the hashes go into the 64-bit slots of
    one big integer ``H`` (slot i holds hash i); then ``H * M + (H >> 64 * gap) + ones`` holds
    ``a * M + b + 2**31`` in slot i, which stays below 2**64 (``a * M < 0.62 * 2**64``), so no slot carries
    into the next; the low 32 bits of a slot read as a signed 32-bit integer are
    ``((a * M + b + 2**31) mod 2**32) - 2**31 = ((a * M + b) mod 2**32) - 2**31``. Hashes must be in
    ``[0, 2**32)`` (CRC-32 values); the test suite checks the result against the formula written as a loop.
    """
    n = len(hashes)
    if n < 2:
        return []
    big = int.from_bytes(array("Q", hashes), _ORDER)
    base = big * _M + (_ONES[n] if n < len(_ONES) else _slot_ones(n))
    if max_gap == 1:  # the usual case (longer quotes)
        keys = memoryview((base + (big >> 64)).to_bytes(8 * n, _ORDER)).cast("i")[_LOW : 2 * n - 2 : 2].tolist()
    else:
        keys = []
        for gap in range(1, min(max_gap, n - 1) + 1):
            pairs = (base + (big >> (64 * gap))).to_bytes(8 * n, _ORDER)
            keys += memoryview(pairs).cast("i")[_LOW : 2 * (n - gap) : 2].tolist()
    return keys if len(set(keys)) == len(keys) else list(dict.fromkeys(keys))


def index_keys(words: Sequence[str]) -> list[int]:
    """Distinct index keys under which a quote is stored (normalised words in, first occurrence first).

    Pairs of consecutive content words; for a quote of at most ``SHORT_QUOTE`` content words also pairs
    up to ``MAX_GAP`` content words apart. Fewer than two content words: no keys (not indexed).
    """
    hashes = _hashes(words)
    return _pair_keys(hashes, MAX_GAP if len(hashes) <= SHORT_QUOTE else 1)


# text_index's ASCII path: upper case to lower case, letters kept, characters that can be part of a token
# other than letters (digits, and the ASCII joiners ' ` -) to NUL (the path is not taken), every other
# character (white space, punctuation, symbols, controls, NUL itself) to a space: they only separate words.
_ASCII_FOLD = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 0 if chr(c) in "0123456789'`-" else 32
    for c in range(256)
)
_STOP_BYTES = frozenset(w.encode() for w in STOPWORDS)

_PIECE = operator.itemgetter(0)
# Characters that only ever separate words (see normalize._TOKEN_RE), stripped from a chunk's edges.
_EDGE_PUNCTUATION = ".,;:!?\"“”«»()[]"
_CHUNK_HASHES = operator.itemgetter(1)


def _chunk_entry(memo: dict, normalizer: Normalizer, chunk: str) -> tuple[str, tuple[int, ...]]:
    """Memo entry of one white-space chunk: its normalised words joined by spaces ("" when it has none)
    and the hashes of its content words."""
    if len(memo) >= _MEMO_LIMIT:
        memo.clear()
    core = chunk.strip(_EDGE_PUNCTUATION)
    if core.isascii() and core.isalpha():
        # Fast path for the usual chunk, a plain word with maybe a comma or quote mark at its edges: the
        # tokenizer would cut exactly one token, ``core`` (the stripped characters never join a word, and
        # "." / "," join only digits), whose forms are computed as the tokenizer would.
        norm = normalizer.forms(core)[1]
        chunk_words = [norm] if norm else []
    else:
        chunk_words = normalizer.words(chunk)
    entry = memo[chunk] = (" ".join(chunk_words), tuple(_hashes(chunk_words)))
    return entry


def text_index(text: str, *, normalizer: Normalizer | None = None) -> tuple[str, list[int]]:
    """``(normalised text, index_keys(words))`` of ``text`` in one pass (the ingest and bulk-load path).

    Normalised words and content-word hashes are memoised per white-space chunk and per normalizer (they
    depend only on the chunk and the normalizer's immutable table). Once the memo is warm a quote costs
    a few C-level passes (``map`` / ``join`` / ``chain``) and no Python loop over its words: this function
    is most of the CPU time of a bulk load, so it is written for speed.

    ASCII text whose only characters are letters, white space and punctuation that always separates words
    (no digits, no apostrophe, backquote or hyphen, which can join a word) takes a shorter path, with no
    memo: every token is then a run of letters whose base form is its lower case, so folding case, turning
    every other character into a space and splitting gives the tokenizer's words before the equivalence
    table (``Normalizer.ascii_words``). Same words and keys as the tokenizer (property tests).
    """
    if normalizer is None:
        from service.matching.normalize import DEFAULT_NORMALIZER as normalizer
    ascii_words = normalizer.ascii_words
    if ascii_words is not None and text.isascii():
        folded = text.encode().translate(_ASCII_FOLD)
        if b"\0" not in folded:
            words = ascii_words(folded.split())
            hashes = list(map(zlib.crc32, filterfalse(_STOP_BYTES.__contains__, words)))
            return b" ".join(words).decode(), _pair_keys(hashes, MAX_GAP if len(hashes) <= SHORT_QUOTE else 1)
    memo = normalizer.index_memo
    chunks = text.split()
    entries = list(map(memo.get, chunks))
    if None in entries:  # chunks not seen before (rare once the memo is warm)
        entries = [
            e if e is not None else _chunk_entry(memo, normalizer, c)
            for c, e in zip(chunks, entries, strict=True)
        ]
    # filter(None, ...) drops the "" of chunks without words (a lone dash), as joining the words would.
    norm = " ".join(filter(None, map(_PIECE, entries)))
    hashes = list(chain.from_iterable(map(_CHUNK_HASHES, entries)))
    return norm, _pair_keys(hashes, MAX_GAP if len(hashes) <= SHORT_QUOTE else 1)


def text_keys(text: str, *, normalizer: Normalizer | None = None) -> list[int]:
    """``index_keys`` of the normalised words of ``text``."""
    return text_index(text, normalizer=normalizer)[1]


def query_keys(words: Sequence[str]) -> list[int]:
    """Keys to look a text up by: as ``index_keys``, with the gapped pairs for up to ``SHORT_QUERY``
    content words (a short submission may be a short quote with a word changed)."""
    hashes = _hashes(words)
    return _pair_keys(hashes, MAX_GAP if len(hashes) <= SHORT_QUERY else 1)
