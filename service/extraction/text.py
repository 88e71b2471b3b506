"""Text preparation: entity decoding with an offset map, space folding, paragraphs.

Scraped news arrives with HTML entities (``&#039;``, ``&quot;``), non-breaking spaces and stray control
characters. The extractor works on a cleaned copy of the article, but every offset it reports must point
into the text exactly as it was given, so the cleaning keeps a map from cleaned positions back to the
original ones.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass

_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# Characters replaced one-for-one, so that they never shift an offset.
_SPACE_LIKE = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\x0b\x0c"
# Characters removed outright: a soft hyphen or zero-width joiner a CMS left inside a word ("Doug \u00adAndres",
# "Ukrai\u00adnian") would otherwise split the word, and a name with it.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE_RE = re.compile("[" + _INVISIBLE + "]")
_CONTROL = "".join(chr(c) for c in range(32) if chr(c) not in "\n\t\x0b\x0c\r") + "\x7f"
_TO_SPACE = re.compile("[" + re.escape(_SPACE_LIKE + _CONTROL) + "]")
# What prepare() replaces with text of another length, keeping an offset map: entities and invisible characters.
_REPLACED_RE = re.compile(_ENTITY_RE.pattern + "|" + _INVISIBLE_RE.pattern)
_TO_NEWLINE = re.compile("[\r\u2028\u2029\x85]")


def _printable(text: str) -> bool:
    # Every character the cleaning folds or removes is non-printable, so a printable text (once its line breaks
    # are set aside) has nothing to clean; isprintable is one C loop, several times cheaper than the passes.
    return text.replace("\n", " ").isprintable()


def _fold(text: str) -> str:
    """Fold space-like and control characters to spaces and line separators to line breaks."""
    # Two regular-expression passes beat str.translate with a mapping by an order of magnitude.
    return _TO_NEWLINE.sub("\n", _TO_SPACE.sub(" ", text))


_WHITESPACE_RUN = re.compile(r"\s+")


def _decode_entity(entity: str) -> str:
    """An entity's text ("&shy;" and other invisible characters come out empty); an invisible character, empty."""
    if len(entity) == 1:
        return ""
    decoded = html.unescape(entity)
    if decoded.isprintable():
        return decoded
    # A code point html.unescape cannot represent comes back as U+FFFD; a NUL would upset downstream tools.
    return _INVISIBLE_RE.sub("", decoded.replace("\x00", " "))


def clean_characters(text: str) -> str:
    """Decode HTML entities, remove invisible characters and fold space-like and control characters to spaces."""
    if "&" in text:
        text = _ENTITY_RE.sub(lambda m: _decode_entity(m.group(0)), text)
    if _printable(text):
        return text
    return _fold(_INVISIBLE_RE.sub("", text))


def normalize_quote_text(raw: str) -> str:
    """The display form of a quotation: entities decoded, whitespace folded to single spaces, trimmed."""
    # str.split() and the regular expression's \s agree on what whitespace is (both use str.isspace), so this
    # equals _WHITESPACE_RUN.sub(" ", …).strip() at a third of the cost.
    return " ".join(clean_characters(raw).split())


@dataclass(frozen=True, slots=True)
class CleanText:
    """A cleaned article and the map from cleaned offsets back to offsets in the original input."""

    original: str
    text: str
    # One (cleaned start, cleaned end, original start, original end) row per decoded entity or removed invisible
    # character, in text order; empty when the cleaning changed no lengths, so offsets are shared.
    entities: tuple[tuple[int, int, int, int], ...] = ()
    cleaned_starts: tuple[int, ...] = ()

    def to_original(self, offset: int) -> int:
        """Map an offset in the cleaned text to the matching offset in the original text."""
        index = bisect.bisect_right(self.cleaned_starts, offset) - 1
        if index < 0:
            return offset
        clean_start, clean_end, original_start, original_end = self.entities[index]
        if offset < clean_end:
            # Inside a decoded entity: the entity starts there in the original.
            return original_start
        return original_end + (offset - clean_end)


def prepare(original: str) -> CleanText:
    """Clean ``original`` for extraction, keeping the offset map back to it."""
    if "&" not in original or not _ENTITY_RE.search(original):
        if _printable(original):
            return CleanText(original, original)
        if _INVISIBLE_RE.search(original) is None:
            return CleanText(original, _fold(original))
        cleaned, entities = _replace(original, _REPLACED_RE)
    else:
        # The entity pattern alone opens on a literal "&", which the regex engine skips to; the alternation with
        # the invisible characters cannot, so it runs only for the rare text that holds some.
        cleaned, entities = _replace(original, _ENTITY_RE)
        # isprintable walks a non-ASCII text through the Unicode tables: asked once.
        if _printable(cleaned):
            return CleanText(original, cleaned, tuple(entities), tuple(e[0] for e in entities))
        if _INVISIBLE_RE.search(cleaned):
            cleaned, entities = _replace(original, _REPLACED_RE)
    cleaned = _fold(cleaned)
    return CleanText(original, cleaned, tuple(entities), tuple(e[0] for e in entities))


def _replace(original: str, pattern: re.Pattern) -> tuple[str, list[tuple[int, int, int, int]]]:
    """``original`` with every match of ``pattern`` decoded, and the offset rows of the replacements."""
    parts: list[str] = []
    entities: list[tuple[int, int, int, int]] = []
    position = 0
    cleaned_length = 0
    for match in pattern.finditer(original):
        plain = original[position : match.start()]
        parts.append(plain)
        cleaned_length += len(plain)
        decoded = _decode_entity(match.group(0))
        parts.append(decoded)
        entities.append((cleaned_length, cleaned_length + len(decoded), match.start(), match.end()))
        cleaned_length += len(decoded)
        position = match.end()
    parts.append(original[position:])
    return "".join(parts), entities


@dataclass(slots=True)
class Paragraph:
    """A non-empty line of the cleaned article; its index counts non-empty lines from 0."""

    index: int
    start: int
    end: int
    text: str


def split_paragraphs(text: str) -> list[Paragraph]:
    """Split cleaned text into paragraphs: each non-blank line is one.

    Scraped articles separate paragraphs with a blank line or with a single line break; a line holds at
    most one paragraph in both layouts, so lines are the safer unit.
    """
    paragraphs = []
    # str.split at line breaks, keeping count of offsets, gives the lines [^\n]+ would find, without a
    # match object per line.
    line_start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = line_start + len(line) - len(line.lstrip())
            paragraphs.append(Paragraph(len(paragraphs), start, start + len(stripped), stripped))
        line_start += len(line) + 1
    return paragraphs
