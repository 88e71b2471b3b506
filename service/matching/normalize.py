"""Normalisation for matching, kept apart from the text shown to users.

A text is split into word tokens that remember where they came from (``start``/``end`` index the text
exactly as given), so a diff can show the user's own words while comparisons use the normalised form:

* ``base``: the word folded for comparison: Unicode compatibility form (full-width letters, ligatures,
  superscripts), case folded, accents and other combining marks removed, and the intra-word punctuation
  dropped (apostrophes of any shape, hyphens, soft hyphens, zero-width characters, thousands separators).
  "Co-operation" -> "cooperation", "People’s" -> "peoples", "1,182" -> "1182", "Zelens’kyy" -> "zelenskyy".
* ``norm``: ``base`` mapped through the equivalence table of spellings (``equivalences.py``):
  "kiev" -> "kyiv", "defence" -> "defense". A possessive keeps its "s": "Kiev's" -> "kyivs".

Punctuation between words, quotation marks, dashes and any kind of white space never reach a token:
they separate words. Hyphens and apostrophes *inside* a word join it ("self-proclaimed" is one token).

``Normalizer`` bundles a table with a memo of word forms; it is the callable every matching function takes
as its ``normalizer=`` setting.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from service.matching.equivalences import EquivalenceTable, default_groups

__all__ = [
    "DEFAULT_NORMALIZER",
    "DEFAULT_TABLE",
    "Normalizer",
    "Token",
    "base_form",
    "normalize_text",
    "tokenize",
]

# Letters and digits, optionally followed by combining marks and invisible joiners (soft hyphen, zero-width
# space/joiners, word joiner, BOM), with apostrophes/hyphens allowed between letters and . or , between
# digits. Everything else separates words.
_LETTER = r"[^\W_]"
_MARKS = r"\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_INVISIBLE = r"\u00ad\u200b-\u200d\u2060\ufeff"
_TRAIL = rf"[^\W_]|[{_MARKS}{_INVISIBLE}]"
_JOINER = r"['’ʼ‘`´′\-‐‑]"
_TOKEN_RE = re.compile(rf"{_LETTER}(?:{_TRAIL})*(?:(?:{_JOINER}|(?<=\d)[.,](?=\d))(?:{_TRAIL})+)*")
_NOT_LETTER_RE = re.compile(r"[\W_]")
_CHUNK_RE = re.compile(r"\S+")
_POSSESSIVE_RE = re.compile(r"^(.*\w)['’ʼ‘`´′][sS]$")


class Token(NamedTuple):
    """One word of a text: its surface form and offsets in that text, and its two normalised forms.

    A named tuple rather than a dataclass: texts are tokenised on every lookup and tuples are several
    times cheaper to build.
    """

    text: str
    start: int
    end: int
    base: str
    norm: str


def base_form(word: str) -> str:
    """Fold one word for comparison (see the module docstring); ``base_form(base_form(w)) == base_form(w)``.

    Compatibility decomposition can expose capitals and case folding can expose combining marks, so the
    steps repeat until nothing changes (twice at most in practice).
    """
    if word.isascii() and word.isalnum():
        # Fast path (most words of English text): NFKD leaves ASCII alone, casefold is lower(), and a word of
        # ASCII letters and digits has nothing for _NOT_LETTER_RE to drop, so the loop below would return
        # exactly this.
        return word.lower()
    current = word
    for _ in range(5):
        folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", current).casefold())
        folded = _NOT_LETTER_RE.sub("", folded)
        if folded == current:
            break
        current = folded
    return current


class Normalizer:
    """Tokenizer + equivalence table; ``normalizer(text)`` returns the tokens of ``text``.

    Results are memoised per white-space separated chunk ("contact," -> one token "contact"). The memo
    depends only on the chunk and the immutable table, so it never goes stale; it is bounded so a
    long-running process does not grow without limit. Tokens never contain white space, so tokenising
    chunk by chunk gives exactly the tokens of the whole text.
    """

    _MEMO_LIMIT = 300_000

    def __init__(self, table: EquivalenceTable | None = None) -> None:
        self.table = DEFAULT_TABLE if table is None else table
        # chunk -> (norms, ((start, end, surface, base, norm), ...)) with offsets inside the chunk
        self._memo: dict[str, tuple[tuple[str, ...], tuple[tuple[int, int, str, str, str], ...]]] = {}
        # surface word -> (base, norm): chunks differ by punctuation and capitals ("Kiev", "Kiev,", "kiev.")
        # far more often than by the word, so a new chunk usually finds its words here (bulk loads).
        self._forms: dict[str, tuple[str, str]] = {}
        # chunk -> (normalised words joined by spaces, content-word hashes): ``matching.index.text_index``'s
        # memo, kept here so that it dies with its normalizer and is found with one attribute read (the
        # ingest calls text_index once per quote).
        self.index_memo: dict[str, tuple[str, tuple[int, ...]]] = {}
        # ASCII spellings the table changes, as bytes (``ascii_words``)
        self._ascii_table = {
            word.encode(): canonical.encode()
            for word, canonical in self.table.items()
            if word.isascii() and word != canonical
        }
        self._ascii_keys = frozenset(self._ascii_table)

    def ascii_words(self, words: list[bytes]) -> list[bytes]:
        """Normalised forms (UTF-8) of words of lower-case ASCII letters: the table's canonical spellings.

        For such a word the tokenizer's base form is the word itself (no possessive, nothing to fold), so
        only the table applies; ``matching.index.text_index`` uses this for ASCII text. A subclass that
        changes how words are normalised must set ``ascii_words = None``.
        """
        if self._ascii_keys.isdisjoint(words):
            return words
        return list(map(self._ascii_table.get, words, words))

    def forms(self, word: str) -> tuple[str, str]:
        """``(base, norm)`` of one surface word (a token as the tokenizer cuts it)."""
        found = self._forms.get(word)
        if found is None:
            if len(self._forms) >= self._MEMO_LIMIT:
                self._forms.clear()
            found = self._forms[word] = self._compute_forms(word)
        return found

    def _compute_forms(self, word: str) -> tuple[str, str]:
        possessive = _POSSESSIVE_RE.match(word)
        if possessive:
            stem = base_form(possessive.group(1))
            if not stem:
                return "", ""
            return stem + "s", self.table.canonical(stem) + "s"
        base = base_form(word)
        return base, self.table.canonical(base)

    def _chunk(self, chunk: str):
        parts = []
        for match in _TOKEN_RE.finditer(chunk):
            base, norm = self.forms(match.group())
            if norm:
                parts.append((match.start(), match.end(), match.group(), base, norm))
        entry = (tuple(p[4] for p in parts), tuple(parts))
        if len(self._memo) >= self._MEMO_LIMIT:
            self._memo.clear()
        self._memo[chunk] = entry
        return entry

    def __call__(self, text: str) -> list[Token]:
        """Tokens of ``text`` in order; words that fold to nothing (a lone combining mark) are skipped."""
        tokens = []
        memo = self._memo
        for chunk_match in _CHUNK_RE.finditer(text):
            chunk = chunk_match.group()
            entry = memo.get(chunk) or self._chunk(chunk)
            offset = chunk_match.start()
            for start, end, surface, base, norm in entry[1]:
                tokens.append(Token(surface, offset + start, offset + end, base, norm))
        return tokens

    def words(self, text: str) -> list[str]:
        """Only the normalised words of ``text``, in order (much faster than building tokens)."""
        out: list[str] = []
        memo = self._memo
        for chunk in text.split():
            entry = memo.get(chunk) or self._chunk(chunk)
            out.extend(entry[0])
        return out

    def text(self, text: str) -> str:
        """The normalised text: normalised words joined by single spaces."""
        return " ".join(self.words(text))


DEFAULT_TABLE = EquivalenceTable(default_groups())
DEFAULT_NORMALIZER = Normalizer(DEFAULT_TABLE)


def tokenize(text: str, *, normalizer: Normalizer = DEFAULT_NORMALIZER) -> list[Token]:
    """Word tokens of ``text`` with offsets into ``text`` and their normalised forms."""
    return normalizer(text)


def normalize_text(text: str, *, normalizer: Normalizer = DEFAULT_NORMALIZER) -> str:
    """Normalised form of ``text`` for matching (idempotent); never shown to users."""
    return normalizer.text(text)
