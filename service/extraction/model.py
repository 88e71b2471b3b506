"""Data types produced by the quote extractor."""

from __future__ import annotations

from dataclasses import asdict, dataclass

QUOTE_KINDS = ("full", "fragment", "term")


@dataclass(frozen=True, slots=True)
class Quote:
    """One direct quotation (or one piece of an interrupted quotation) found in an article.

    Offsets index the input exactly as it was given, before entity decoding or whitespace folding,
    so ``text == normalize_quote_text(article[start:end])`` always holds.
    """

    text: str
    start: int
    end: int
    kind: str
    speaker: str | None = None
    speaker_mention: str | None = None
    cue: str | None = None
    relayed_by: str | None = None
    credited_source: str | None = None
    paragraph: int = 0
    group: int = 0
    boilerplate: bool = False

    def to_dict(self) -> dict:
        """Plain-dict form, for JSON output and storage."""
        return asdict(self)
