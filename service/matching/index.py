"""Index keys shared by every storage backend: hashed word shingles of normalised text.

A quote is indexed under the hashes of its word 3-shingles (three consecutive normalised words). A
shingle made only of function words ("one of the", "in order to") is left out: it would sit in a huge
posting list and never single out a quote. A query uses the same function, so the two always agree.

Hashes are CRC-32 of the UTF-8 shingle, as *signed* 32-bit integers so they fit a 4-byte integer column
in SQLite and PostgreSQL alike. With ~10^7 distinct shingles a few collide; a collision only adds a
wrong candidate, which rescoring discards. Changing anything here (shingle size, stopwords, the hash, or
the normalisation feeding it) changes the keys: stored quotes must then be re-indexed.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

SHINGLE_SIZE = 3

# English function words, plus the most frequent reporting/auxiliary verbs. The list only decides which
# shingles are indexed and how much a word weighs in scoring; it never removes words from comparison.
STOPWORDS: frozenset[str] = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most my
    myself no nor not now of off on once one only or other our ours ourselves out over own same she should
    so some such than that the their theirs them themselves then there these they this those through to
    too under until up very was we were what when where which while who whom why will with would you your
    yours yourself yourselves s t dont cant wont isnt arent wasnt werent im ive id youre theyre weve thats
    its us may might must shall upon whether yet said says say told tell according also well even still
    many much every another
    """.split()
)


def _signed32(value: int) -> int:
    return value - 0x1_0000_0000 if value & 0x8000_0000 else value


def shingle_hashes(words: Sequence[str], *, size: int = SHINGLE_SIZE) -> list[int]:
    """Distinct index keys of a normalised word sequence, in first-occurrence order.

    A text shorter than ``size`` words has no keys (it is too short to index or to look up). Shingles made
    only of ``STOPWORDS`` are skipped.
    """
    keys: dict[int, None] = {}
    stop = STOPWORDS
    crc = zlib.crc32
    for i in range(len(words) - size + 1):
        gram = words[i : i + size]
        if all(word in stop for word in gram):
            continue
        keys[_signed32(crc(" ".join(gram).encode()))] = None
    return list(keys)
