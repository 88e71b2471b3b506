"""Finding quotations: pairing quotation marks inside each paragraph.

A mark's role (opening, closing, or an apostrophe) depends on what stands beside it, much as Markdown
decides whether ``*`` opens or closes emphasis: a mark followed by a word and preceded by a space opens,
a mark preceded by a word and followed by a space or punctuation closes. Straight marks are ambiguous and
are decided by that flanking and by what is open; a single mark between two letters is always an
apostrophe (don't, Ukraine's). Unclosed single marks are apostrophes after all ('Tis, Jones'), while an
unclosed double mark runs to the end of its paragraph and never further: the next paragraph either
reopens it (a quotation over several paragraphs) or it was a stray mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import Paragraph

DOUBLE = "double"
SINGLE = "single"

QUOTE_MARKS = frozenset("\"“”„‟«»'‘’‚‛‹›")
# Two straight single marks ('') stand for a double mark in some newspapers' archives (NYT). Written as one
# character class and an optional second ' (rather than "''|[…]") so that the engine skips straight to the
# next mark instead of trying the pattern at every position. An apostrophe between two letters or digits
# (Ukraine’s, don't), by far the most common mark and never a quotation mark, is not matched at all: the
# lookahead rejects ' or ’ preceded and followed by an alphanumeric character ([^\W_]).
_MARK_RE = re.compile("[\"“”„‟«»'‘’‚‛‹›](?!(?<=[^\\W_]['’])[^\\W_])(?:(?<=')')?")
# A closing ” ahead with no opening “ before it.
_NEXT_CURLY_DOUBLE = re.compile(r"[^“”]*”")
_OPEN_CONTEXT = frozenset("([{—–-/\u2026") | QUOTE_MARKS
_CLOSE_CONTEXT = frozenset(".,;:!?)]}—–-/\u2026") | QUOTE_MARKS


@dataclass(slots=True)
class Piece:
    """The text between one pair of top-level quotation marks in one paragraph.

    ``start``/``end`` delimit the words inside the marks (cleaned-text offsets, whitespace trimmed);
    ``open_at`` is the opening mark, ``close_at`` the closing mark or None when the paragraph ended first.
    """

    paragraph: int
    open_at: int
    close_at: int | None
    start: int
    end: int
    family: str
    continues_previous: bool = False
    mark_width: int = 1

    @property
    def after_close(self) -> int | None:
        """The offset just past the closing mark, or None when the paragraph ended first."""
        return None if self.close_at is None else self.close_at + self.mark_width


def _flanking(text: str, i: int, width: int = 1) -> tuple[bool, bool]:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    can_open = not after.isspace() and (before.isspace() or before in _OPEN_CONTEXT)
    can_close = not before.isspace() and (after.isspace() or after in _CLOSE_CONTEXT)
    return can_open, can_close


_ELISIONS = ("tis", "twas", "em", "cause", "til", "n", "bout", "round", "nuff", "s")


def _is_elision(text: str, i: int) -> bool:
    """An apostrophe standing for dropped letters or digits: 'Tis, 'em, ’90s."""
    following = text[i + 1 : i + 8]
    if following[:1].isdigit():
        return True
    word = ""
    for ch in following:
        if not ch.isalpha():
            break
        word += ch.lower()
    return word in _ELISIONS


def _is_intraword(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


class _Pairing:
    """The stack of open marks of one paragraph and the pairs found so far."""

    def __init__(self) -> None:
        self.stack: list[tuple[int, str, str]] = []  # (position, family, mark)
        self.pairs: list[tuple[int, int | None, str]] = []

    def has_open(self, family: str) -> bool:
        return any(f == family for _, f, _ in self.stack)

    def single_open_in_innermost_double(self) -> bool:
        for _, family, _ in reversed(self.stack):
            if family == SINGLE:
                return True
            if family == DOUBLE:
                return False
        return False

    def top_mark(self) -> str | None:
        return self.stack[-1][2] if self.stack else None

    def open(self, position: int, family: str, mark: str) -> None:
        self.stack.append((position, family, mark))

    def close(self, position: int, family: str) -> None:
        # Unclosed single marks above the matching opener were apostrophes; they are dropped.
        while self.stack:
            opened_at, opened_family, _ = self.stack.pop()
            if opened_family == family:
                self.pairs.append((opened_at, position, family))
                return

    def finish(self) -> None:
        # The outermost unclosed double mark runs to the paragraph's end; unclosed singles were apostrophes.
        for opened_at, family, _ in self.stack:
            if family == DOUBLE:
                self.pairs.append((opened_at, None, DOUBLE))
                break
        self.stack.clear()


def _pair_marks(text: str) -> list[tuple[int, int | None, str]]:
    pairing = _Pairing()
    last = len(text) - 1
    for mark in _MARK_RE.finditer(text):
        i = mark.start()
        ch = mark.group(0)
        if ch in "’'" and 0 < i < last and text[i - 1].isalnum() and text[i + 1].isalnum():
            continue  # an apostrophe inside a word, by far the most common mark: Ukraine’s, don't
        can_open, can_close = _flanking(text, i, len(ch))
        if ch in ('"', "''"):
            if can_close and pairing.has_open(DOUBLE):
                pairing.close(i, DOUBLE)
            elif can_open:
                pairing.open(i, DOUBLE, ch)
            elif not can_close and i > 0 and not text[i - 1].isspace():
                # Glued on both sides (said"We): decide by what is open.
                if pairing.has_open(DOUBLE):
                    pairing.close(i, DOUBLE)
                else:
                    pairing.open(i, DOUBLE, ch)
            elif not can_close and pairing.has_open(DOUBLE):
                # Spaced on both sides after a nested quotation ("… 'African American outreach,' " he told):
                # the space only sets the two closing marks apart.
                pairing.close(i, DOUBLE)
        elif ch in "“‟":
            if can_close and not can_open and pairing.has_open(DOUBLE):
                pairing.close(i, DOUBLE)
            elif pairing.top_mark() == "„" and can_close:
                pairing.close(i, DOUBLE)
            else:
                pairing.open(i, DOUBLE, ch)
        elif ch == "”":
            if pairing.has_open(DOUBLE):
                pairing.close(i, DOUBLE)
            elif can_open and not can_close:
                pairing.open(i, DOUBLE, ch)
        elif ch == "„":
            pairing.open(i, DOUBLE, ch)
        elif ch == "«":
            if pairing.top_mark() == "»":
                pairing.close(i, DOUBLE)
            else:
                pairing.open(i, DOUBLE, ch)
        elif ch == "»":
            if pairing.has_open(DOUBLE) and pairing.top_mark() != "»":
                pairing.close(i, DOUBLE)
            elif can_open and not can_close:
                pairing.open(i, DOUBLE, ch)
        elif _is_intraword(text, i) or (can_open and not can_close and _is_elision(text, i)):
            continue
        elif ch in "‘‚‛‹":
            if ch == "‘" and can_close and not can_open and pairing.single_open_in_innermost_double():
                pairing.close(i, SINGLE)
            elif can_open:
                pairing.open(i, SINGLE, ch)
        elif ch in "’›":
            if can_close and pairing.single_open_in_innermost_double():
                pairing.close(i, SINGLE)
            elif (
                ch == "’"
                and can_close
                and pairing.top_mark() == "“"
                and text[i - 1] in ".!?,"
                and _NEXT_CURLY_DOUBLE.match(text, i + 1) is None
            ):
                # 'Schumer tweeted: “Let’s go. We can stop it.’ Schumer was in the East Room …': a mistyped closing
                # mark after the quotation's last punctuation, with no ” to come before the next “, ends it before
                # the narrative.
                pairing.close(i, DOUBLE)
        elif ch == "'":
            if can_close and pairing.single_open_in_innermost_double():
                pairing.close(i, SINGLE)
            elif can_open and not can_close:
                pairing.open(i, SINGLE, ch)
    pairing.finish()
    return pairing.pairs


def _top_level(pairs: list[tuple[int, int | None, str]], length: int) -> list[tuple[int, int | None, str]]:
    ordered = sorted(pairs, key=lambda p: p[0])
    result: list[tuple[int, int | None, str]] = []
    outer_end = -1
    for opened_at, closed_at, family in ordered:
        end = closed_at if closed_at is not None else length
        if opened_at < outer_end:
            continue
        result.append((opened_at, closed_at, family))
        outer_end = end
    return result


_TRIM_TAIL = " ,"


def find_pieces(text: str, paragraphs: list[Paragraph]) -> list[Piece]:
    """Every top-level quotation piece of the article, in reading order.

    ``text`` is the cleaned article and ``paragraphs`` its paragraphs. A piece whose paragraph ends before
    its closing mark and whose next paragraph opens with a quotation mark is continued by that paragraph's
    first piece (``continues_previous``), the convention for quotations over several paragraphs.
    """
    pieces: list[Piece] = []
    # An interview printed as a transcript ("Question: …" then "Putin: …"): its answers carry no marks.
    interview = any(p.text.startswith(_QUESTION_LABELS) for p in paragraphs)
    previous_unclosed_paragraph = -2
    previous_open_mark = ""
    previous_text = ""
    for index, paragraph in enumerate(paragraphs):
        local, introduction = paragraph.text, previous_text
        previous_text = local
        if local[:1] in _DASHES:
            dialogue = _dash_dialogue(paragraph)
            if dialogue:
                pieces.extend(dialogue)
                continue
        if not _MARK_RE.search(local):
            # No quotation mark (most prose paragraphs): nothing to pair, no piece to continue; but a block quote
            # whose marks the scraper dropped may follow its introduction.
            block = _block_quote(paragraph, introduction)
            if block is None and index + 1 < len(paragraphs) and post_signature(paragraphs[index + 1].text):
                block = _embedded_post(paragraph)
            if block is None and interview:
                block = _transcript_answer(paragraph)
            if block is not None:
                pieces.append(block)
            continue
        for opened_at, closed_at, family in _top_level(_pair_marks(local), len(local)):
            content_end = closed_at if closed_at is not None else len(local)
            width = 2 if local.startswith("''", opened_at) else 1
            start, end = opened_at + width, content_end
            while start < end and local[start].isspace():
                start += 1
            while end > start and local[end - 1] in _TRIM_TAIL:
                end -= 1
            if start >= end:
                continue
            # The reopening mark repeats the opening one; a different mark starts a new quotation inside
            # an excerpt ("…" block quotes whose paragraphs hold “…” quotations of their own).
            continues = (
                previous_unclosed_paragraph == paragraph.index - 1
                and family == DOUBLE
                and opened_at == 0
                and local[:width] == previous_open_mark
            )
            base = paragraph.start
            pieces.append(
                Piece(
                    paragraph=paragraph.index,
                    open_at=base + opened_at,
                    close_at=None if closed_at is None else base + closed_at,
                    start=base + start,
                    end=base + end,
                    family=family,
                    continues_previous=continues,
                    mark_width=width,
                )
            )
        if pieces and pieces[-1].paragraph == paragraph.index and pieces[-1].close_at is None:
            previous_unclosed_paragraph = paragraph.index
            previous_open_mark = text[pieces[-1].open_at : pieces[-1].start].strip()
    return pieces


# A paragraph introducing a block quote: a speech verb closing on a colon, no quotation of its own ("Dmitry Peskov,
# Vladimir Putin's spokesperson, told journalists:"). Live blogs set the quotation off as an indented block, whose
# markup a plain-text copy loses along with any quotation marks.
_BLOCK_INTRODUCTION = re.compile(
    r"\b(?:said|says|told|tells|wrote|writes|added|adds|tweeted|posted|stated|explained|continued|declared|asked|"
    r"replied|responded|warned|insisted|commented|noted|read|reads|argued|concluded|announced|saying|writing|adding|"
    # "issued a statement:", "released the following statement:"; "released three demands:" introduces no speech.
    r"(?:issued|released|put\s+out)\s+(?:a|the|this|the\s+following)\s+(?:[\w-]+\s+)?statement)"
    # At most three words between the verb and the colon ("told journalists:", "said in a statement:"); "CNN also
    # noted the relatively sparse attendance:" introduces an embedded post the plain text has lost.
    r"\b(?:\s+[^\s.!?:\"“”«»]+){0,3}\s*:\s*$"
)
# The block quote itself: a sentence or more, opening on a capital letter or a digit and closing on its own stop.
_BLOCK_SENTENCE = re.compile(r"[A-Z0-9][^\n]*\s[^\n]*[.!?…]")


def _unmarked_piece(paragraph: Paragraph, start: int, end: int) -> Piece:
    """A quotation whose marks the text does not carry (a block quote, a transcript's answer)."""
    return Piece(
        paragraph=paragraph.index, open_at=start, close_at=end, start=start, end=end, family=DOUBLE, mark_width=0
    )


def _block_quote(paragraph: Paragraph, introduction: str) -> Piece | None:
    """The paragraph as one quotation when the paragraph before introduces it and it has no marks of its own."""
    if not introduction.endswith(":") or _MARK_RE.search(introduction) or not _BLOCK_INTRODUCTION.search(introduction):
        return None
    text = paragraph.text.strip()
    if len(text.split()) < 4 or not _BLOCK_SENTENCE.fullmatch(text):
        return None
    start = paragraph.start + paragraph.text.index(text)
    end = start + len(text)
    return _unmarked_piece(paragraph, start, end)


# The line an embedded post on X ends with in a plain-text copy: "— Volodymyr Zelensky (@ZelenskyyUa) April 21, 2022".
_POST_SIGNATURE = re.compile(
    r"[—–-]{1,2}\s*(?P<name>[^()\n]{1,80}?)\s*\(@(?P<handle>\w{1,30})\)\s+"
    r"(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})\s*"
)
# A link closing the post's text: "pic.twitter.com/abc123", "https://t.co/xyz".
_POST_LINKS_AT_END = re.compile(r"(?:\s+(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")


def post_signature(text: str) -> re.Match[str] | None:
    """The signature line of an embedded post, when ``text`` is one: its author's name and handle."""
    if "(@" not in text:
        return None
    return _POST_SIGNATURE.fullmatch(text.strip())


def _embedded_post(paragraph: Paragraph) -> Piece | None:
    """The text of a post embedded in the article, whose signature line follows it, as one quotation (its links
    left out)."""
    text = _POST_LINKS_AT_END.sub("", paragraph.text).strip()
    if len(text.split()) < 2:
        return None
    start = paragraph.start + paragraph.text.index(text)
    return _unmarked_piece(paragraph, start, start + len(text))


_QUESTION_LABELS = ("Question:", "QUESTION:", "Q:")
# A transcript's answer: a speaker's name or surname as its label (not "A:", whose speaker the label does not name).
_ANSWER_LABEL = re.compile(r"(?P<label>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}):\s+(?P<answer>[A-Z0-9].*\S)")
_NOT_SPEAKER_LABELS = frozenset(
    "question answer a q interviewer host editor's note update correction source quote details read more photo "
    "watch see also related".split()
)


def _transcript_answer(paragraph: Paragraph) -> Piece | None:
    """The answer of a paragraph labelled with its speaker's name in an interview transcript, as one quotation."""
    match = _ANSWER_LABEL.fullmatch(paragraph.text.rstrip())
    if match is None or match.group("label").lower() in _NOT_SPEAKER_LABELS:
        return None
    answer = match.group("answer")
    if len(answer.split()) < 3:
        return None
    start = paragraph.start + match.start("answer")
    end = paragraph.start + match.end("answer")
    return _unmarked_piece(paragraph, start, end)


_DASHES = "—–"
# Russian-style dialogue, kept by translations: "— We see no prospects for talks, — Peskov told reporters. — The
# operation goes on." The speech opens the paragraph after a dash and ends on its own punctuation before the dash
# that opens the attribution; after the attribution's full stop or colon a dash may open more speech.
_DASH_DIALOGUE = re.compile(
    r"(?P<open>[—–])\s+(?P<speech>[^—–]*?[^\s—–])\s*(?P<punct>[,!?…]|\.\.\.)\s+(?P<close>[—–])\s+"
    r"(?P<attribution>[^\W\d_][^—–]*?[.:])(?:\s+(?P<reopen>[—–])\s+(?P<more>[^—–]*[^\s—–]))?\s*$"
)


def _dash_dialogue(paragraph: Paragraph) -> list[Piece]:
    """The speech pieces of a paragraph written as Russian-style dialogue, or none. The dash before the
    attribution plays the closing mark, so the attribution reads as it does after "…," in quotation marks."""
    match = _DASH_DIALOGUE.match(paragraph.text)
    if not match:
        return []
    base = paragraph.start
    # "!" and "?" belong to the words, as inside quotation marks; a comma does not.
    speech_end = match.end("punct") if match.group("punct") != "," else match.end("speech")
    pieces = [
        Piece(
            paragraph=paragraph.index,
            open_at=base + match.start("open"),
            close_at=base + match.start("close"),
            start=base + match.start("speech"),
            end=base + speech_end,
            family=DOUBLE,
        )
    ]
    if match.group("more"):
        pieces.append(
            Piece(
                paragraph=paragraph.index,
                open_at=base + match.start("reopen"),
                close_at=None,
                start=base + match.start("more"),
                end=base + match.end("more"),
                family=DOUBLE,
            )
        )
    return pieces
