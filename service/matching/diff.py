"""Word-level diff between a submitted text and a source text.

The alignment is rapidfuzz's Levenshtein edit operations on the two lists of *normalised* words, so
words that differ only in case, accents, intra-word punctuation or an equivalent spelling line up as
equal; each operation then carries the words exactly as each side wrote them.

Operations read as "what the submission did to the source":

====================  ===========================================================================
``op`` / ``kind``     meaning
====================  ===========================================================================
equal / same          identical words
equal / case_or_...   ``case_or_punctuation``: same word, other case, accents, apostrophe/hyphen
equal / spelling_...  ``spelling_variant``: an equivalent spelling from the table (Kiev/Kyiv)
replace / wording     different words in the same place
delete / omitted      source words the submission leaves out
insert / added        submission words the source lacks
====================  ===========================================================================

Punctuation *between* words is not compared. Each operation also carries the exact stretch of both
texts it covers (its words plus the punctuation and spaces up to the next word; the first operation also
covers anything before the first word), so joining ``submitted_text`` (``source_text``) over the
operations rebuilds the submitted (source) text exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz.distance import Levenshtein

from service.matching.normalize import DEFAULT_NORMALIZER, Normalizer, Token

__all__ = [
    "ALTERED",
    "EQUIVALENT",
    "VERBATIM",
    "DiffOp",
    "classify_diff",
    "diff_tokens",
    "word_diff",
]

OpName = Literal["equal", "replace", "insert", "delete"]
Kind = Literal["same", "case_or_punctuation", "spelling_variant", "wording", "omitted", "added"]

VERBATIM = "verbatim"
EQUIVALENT = "equivalent"
ALTERED = "altered"


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One operation; ``submitted``/``source`` are the words, ``*_text`` the exact stretch of text.

    ``*_start``/``*_end`` are the offsets of ``*_text`` in the texts given to ``word_diff`` (or shifted
    by the caller, e.g. into the whole source quote).
    """

    op: OpName
    kind: Kind
    submitted: tuple[str, ...]
    source: tuple[str, ...]
    submitted_text: str
    source_text: str
    submitted_start: int
    submitted_end: int
    source_start: int
    source_end: int


def _equal_kind(a: Token, b: Token) -> Kind:
    if a.text == b.text:
        return "same"
    if a.base == b.base:
        return "case_or_punctuation"
    return "spelling_variant"


def _boundaries(tokens: Sequence[Token], length: int) -> list[int]:
    # bounds[i] = where the stretch of word i begins, bounds[n] = end of text. Word 0's stretch begins
    # at 0 (it carries any leading punctuation); with no words at all, bounds = [length] and the first
    # operation, which always starts at 0, carries the whole text.
    if not tokens:
        return [length]
    return [0] + [t.start for t in tokens[1:]] + [length]


def diff_tokens(
    submitted_tokens: Sequence[Token],
    source_tokens: Sequence[Token],
    submitted_text: str,
    source_text: str,
) -> list[DiffOp]:
    """``word_diff`` on texts already tokenised (tokens must come from these very texts)."""
    if not submitted_tokens and not source_tokens:
        if not submitted_text and not source_text:
            return []
        return [
            DiffOp(
                "equal",
                "same",
                (),
                (),
                submitted_text,
                source_text,
                0,
                len(submitted_text),
                0,
                len(source_text),
            )
        ]
    sub_bounds = _boundaries(submitted_tokens, len(submitted_text))
    src_bounds = _boundaries(source_tokens, len(source_text))
    ops: list[DiffOp] = []

    def emit(op: OpName, kind: Kind, j1: int, j2: int, i1: int, i2: int) -> None:
        # i: submitted word indices, j: source word indices
        a, b = sub_bounds[i1], sub_bounds[i2]
        c, d = src_bounds[j1], src_bounds[j2]
        if not ops:
            a = c = 0  # the first operation carries whatever precedes the first word on both sides
        ops.append(
            DiffOp(
                op,
                kind,
                tuple(t.text for t in submitted_tokens[i1:i2]),
                tuple(t.text for t in source_tokens[j1:j2]),
                submitted_text[a:b],
                source_text[c:d],
                a,
                b,
                c,
                d,
            )
        )

    src_norms = [t.norm for t in source_tokens]
    sub_norms = [t.norm for t in submitted_tokens]
    for block in Levenshtein.opcodes(src_norms, sub_norms):
        j1, j2, i1, i2 = block.src_start, block.src_end, block.dest_start, block.dest_end
        if block.tag == "equal":
            run_start = 0
            kinds = [_equal_kind(submitted_tokens[i1 + k], source_tokens[j1 + k]) for k in range(i2 - i1)]
            for k in range(1, len(kinds) + 1):
                if k == len(kinds) or kinds[k] != kinds[run_start]:
                    emit("equal", kinds[run_start], j1 + run_start, j1 + k, i1 + run_start, i1 + k)
                    run_start = k
        elif block.tag == "replace":
            emit("replace", "wording", j1, j2, i1, i2)
        elif block.tag == "delete":
            emit("delete", "omitted", j1, j2, i1, i2)
        else:
            emit("insert", "added", j1, j2, i1, i2)
    return ops


def word_diff(submitted: str, source: str, *, normalizer: Normalizer = DEFAULT_NORMALIZER) -> list[DiffOp]:
    """Word-level diff of ``submitted`` against ``source`` (see the module docstring for the operations).

    >>> [(op.op, op.kind) for op in word_diff("Kyiv is strong", "Kiev is very strong")]
    [('equal', 'spelling_variant'), ('equal', 'same'), ('delete', 'omitted'), ('equal', 'same')]
    """
    return diff_tokens(normalizer(submitted), normalizer(source), submitted, source)


def classify_diff(ops: Sequence[DiffOp]) -> str:
    """``"verbatim"`` (every word the same), ``"equivalent"`` (differences only of case, punctuation or
    equivalent spelling) or ``"altered"`` (words changed, left out or added)."""
    if any(op.op != "equal" for op in ops):
        return ALTERED
    if all(op.kind == "same" for op in ops):
        return VERBATIM
    return EQUIVALENT
