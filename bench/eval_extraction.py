"""Accuracy of the quote extractor on the PolNeAR attribution corpus (train and dev splits only).

Usage::

    python bench/eval_extraction.py PATH [--split dev|train] [--limit N] [--errors FILE] [--json]
                                         [--extractor MODULE:FUNCTION] [--no-corenlp] [--no-hand] [--no-byline]

PATH is the root of a PolNeAR checkout (the directory holding ``data/``) or its ``data/`` directory.
The test split is refused: we keep our hands off it so it stays a fair, unseen benchmark.

Corpus format (brat standoff, one ``.ann`` per article and annotator)
    ``T`` lines are text-bound spans typed ``Source``, ``Cue``, ``Content`` (plus ``Attribution`` /
    ``Attribution-no-source`` anchors on the cue, and annotator scratch types ``Discuss``/``Discard``
    that are ignored).  Discontinuous spans are written ``a b;c d``.  ``E`` lines tie one attribution
    together: ``E7  Attribution:T28 Content:T27 Cue:T26 Source:T25`` (a few carry ``Content2``).
    Texts live in ``data/<split>/text/<name>.txt`` and annotations in
    ``data/<split>/attributions/<name>_<annotator>.ann``.  Articles annotated by several annotators
    (agreement checks) are scored against the alphabetically first annotator's file.  PolNeAR has no
    manual coreference; each article ships an automatic CoreNLP parse (``data/<split>/corenlp/
    <name>.txt.xml``, with ``dcoref`` chains) which we use, when present, to name pronoun sources.

Gold direct quotes
    An attribution is a gold direct quote when it has content and *every* word character of every one of its content
    segments lies inside a quoted passage of the article. Quoted passages are found per paragraph (line): ``“`` opens,
    ``”`` closes, and the symmetric marks ``"`` and ``''`` (NYT style) toggle; a ``“`` before a word inside an open
    quotation nests (``“… what he calls “hell” than …”``: the inner ``”`` does not end the outer passage); outside
    those, single marks (``‘…’``, ``'…'``, headline style) quote too when the opening mark stands before a word and the
    closing one after a word with no letter following (so the apostrophes of ``Ukraine’s`` and ``don't`` never pair). A
    passage left open at the end of its paragraph runs to the paragraph end, which is the newspaper convention for a
    quotation continuing into the next paragraph (that paragraph reopens with a mark). Testing word characters rather
    than the span ends means the annotator may or may not have included the marks, a trailing comma or full stop outside
    the closing mark, or the whitespace/marks between paragraphs, and the verdict is the same; content such as ``he was
    “very close”`` or ``“a rigged system” that hurts us`` is rejected because some of its words stand outside the marks.
    An interrupted quotation (``“A,” she said, “B.”``) is one gold item because PolNeAR annotates it as one attribution
    with a discontinuous content span. One exclusion: when the cue itself lies inside the quoted passage that holds the
    content, the attribution is reported speech nested in someone else's quotation (``McCrummen reports: "The first time
    she had seen him, ..."``) or a transcript turn whose speaker label sits inside the marks (``"WALLACE: Let's start
    ..."``); neither is a direct quotation of that source by the writer, so neither is gold.

Predictions
    Extractor quotes with ``kind == "full"`` and ``boilerplate`` false.  Pieces that share a
    ``group`` value form one predicted item (an interrupted quotation), mirroring the gold side.

Span normalisation (applied identically to gold and predicted pieces)
    Each piece is trimmed at both ends of whitespace, double and single quote marks (straight, curly,
    ``''``) and the punctuation ``, . ; : ! ? … — – -``; empty pieces are dropped; the rest are sorted
    and two pieces are merged when the text between them has no word character (so a multi-paragraph
    quotation given as one span or as one piece per paragraph normalises the same way).  An item is
    thus a tuple of character ranges.

Span scores
    * exact: gold and predicted items with identical normalised range tuples.
    * overlap: tokens are ``\\w+`` runs of the article, identified by position; an item's tokens are
      those touching its ranges.  A pair is a candidate when shared/|gold| >= 0.8 and
      shared/|pred| >= 0.8.  The second condition keeps a prediction that swallows the quotation plus
      a paragraph of narrative (or two quotations) from counting.
    Both use one-to-one greedy matching: candidates sorted by (exact first, Dice coefficient, position),
    each gold and each prediction used at most once.  Precision = matched / predicted items, recall =
    matched / gold items, F1 their harmonic mean.
    * pieces: the same two scores with every normalised range of every item taken on its own.  PolNeAR
      makes ``“A,” she said. “B.”`` one attribution even across a sentence break; an extractor that
      reports two quotations there loses the quotation-level match but not the piece-level ones, so
      the gap between the two levels measures grouping disagreements.

Unmatched items are tallied by cause.  A gold quotation is "split" when two or more predicted items
touch it, "boundary/merged" when one does but fails the overlap test (too short, or grouped with
another quotation), "fragment/term" or "boilerplate" when the extractor only produced such quotes
over it, else "missed".  A prediction "overlaps gold" when it shares tokens with a gold quotation,
sits in a "partly quoted attribution" when it falls in the content of a non-gold attribution (often
``Teachers are “looking to see …,” she said. “That’s got to scare an educator.”``, whose second
sentence is a genuine full quotation), else it is "unannotated".

Speaker scores (over overlap-matched pairs)
    * mention: among pairs whose gold attribution has a Source span, the prediction is right when the
      occurrence of ``speaker_mention`` nearest the quotation (searched as a whole-word,
      whitespace-tolerant string outside the quotation's own span) overlaps the gold Source span; or,
      failing that, when the predicted canonical ``speaker``'s surname (last name token) is one of
      the words of the gold Source text; or, failing that, when it names the same person as the gold
      source resolves to (the issue's "or resolves to the same person"), counted only where that person
      is certain: a name in the Source span or the hand-resolved table (rule 0 below), never an
      automatic coreference guess.
    * canonical: the gold person is resolved as follows, in order:
        0. the split's hand-resolved table, ``bench/data/polnear_<split>_speakers.tsv``, when it lists
           the Source span: a reader's answer (a person's fullest name in the article, ``GROUP: …`` for
           an organisation or group, ``?`` when the article does not say), written by reading each
           article without looking at the extractor's output.  It covers every dev gold direct quote
           whose Source is not headed by a name (146 cases; the automatic rules below agreed with the
           reader on 65% of them, which is why it exists).  ``--no-hand`` turns it off;
        1. the gold Source text is headed by a proper name -> that name (in the headline, a run of three or
           more tokens the article never writes again, as in the title-case "Elizabeth Warren Hammers Wells
           Fargo CEO", is cut to its longest prefix the article does write elsewhere).  Names are runs of
           capitalised tokens with pronouns, determiners and titles (``Sen.``, ``President``,
           ``Mr.``) left out and parentheticals (``(R-Texas)``) skipped; the first run followed by
           the end of the phrase, punctuation or "and"/"who"/"of" is taken ("Kremlin spokesman
           Dmitry Peskov" -> "Dmitry Peskov").  A run used as a modifier ("the New York
           businessman", "a Clinton spokesman") is not a name for this purpose;
        2. else the CoreNLP ``dcoref`` chain with the mention that best overlaps the Source span:
           the name in its representative mention, else in its other mentions in text order.  For
           he/she/him/her/his/who sources that name must be an NER PERSON run, because chains for
           pronouns sometimes swallow places or groups; and when that person's surname occurs
           inside quotation marks in the content or the 600 characters before it, while rule 3
           finds someone else, rule 3 wins (dcoref tends to give the pronoun to the person the
           quotations talk about);
        3. else, for he/she/him/her/his/who, the most recent person name before the Source span and
           outside quotation marks (NER PERSON runs when the parse exists, otherwise capitalised runs
           of two or more tokens
           or a single token that is the last token of such an earlier run), expanded to the
           fullest earlier name with the same last token.  With the parse, a name whose
           coreference chains take the other gender's pronouns is skipped; without it, gender is
           not checked;
        4. else, if the Source text has content words (``officials``, ``the Clinton campaign``), it
           is kept as an organisation/group source; otherwise (``they``, ``it``, ``I`` that nothing
           resolved) the pair is left out of the canonical denominator and counted as unresolved.
      A predicted ``speaker`` is right when its surname (last name token, ignoring ``Jr.``/``III``
      and possessives) equals the gold name's, case-insensitively; or, when the gold is not a
      multiword name (a group source, or a one-word name such as an organisation), when it shares a
      content word with the gold name or Source text.
    Limits: CoreNLP coreference is automatic and sometimes wrong, and the nearest-name fallback knows
    a person's gender only from those chains; surnames collide (``Bill Clinton`` vs ``Hillary
    Clinton`` both match ``Clinton``); group sources are judged leniently (``the Clinton campaign``
    accepts ``Hillary Clinton``).  The canonical figure is therefore an estimate; the errors file
    shows the resolved gold for checking.
    * fragments (not a target, printed beside): the extractor's ``fragment`` quotes each paired with
      the innermost gold attribution with a Source whose content holds >= 0.8 of the fragment's tokens
      (``She called the delay “a scandal of paperwork”``), scored by the same mention and canonical
      rules. Fact-checkers look up partial quotations too, so whom the extractor gives them to matters.

Throughput is the number of articles divided by the time spent inside the extractor only.

``--errors FILE`` writes every false negative, false positive, boundary mismatch (overlap match that
is not exact) and speaker miss with 200 characters of context on each side.  A false negative lists
the extractor's quotes of any kind overlapping it (missed, or called a fragment/term/boilerplate, or
split); a false positive says what PolNeAR annotated there (part of a gold quotation, the content of
a non-gold attribution, or nothing).  It contains corpus text,
so it must be written outside the repository (the script refuses paths inside it).
"""

from __future__ import annotations

import argparse
import bisect
import csv
import importlib
import inspect
import json
import re
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
ALLOWED_SPLITS = ("dev", "train")
DEFAULT_EXTRACTOR = "service.extraction:extract_quotes"
OVERLAP_THRESHOLD = 0.8
CONTEXT_CHARS = 200

Span = tuple[int, int]
Ranges = tuple[Span, ...]

OPEN_MARK = "“"
CLOSE_MARK = "”"
# Marks that both open and close; "''" is the NYT's typewriter-style double quote.
SYMMETRIC_MARKS = ('"', "''")
TRIM_CHARS = frozenset(" \t\r\n\u00a0\u2009\u202f" + "\"“”„‟'‘’`" + ",.;:!?…—–-")

WORD_RE = re.compile(r"\w+")
NAME_TOKEN_RE = re.compile(r"\S+")
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Capitalised words that are not names: pronouns, determiners, titles, honorifics.  They break a
# name run, so "Sen. Ted Cruz" yields "Ted Cruz" and "Former President Obama" yields "Obama".
NOT_NAME_WORDS = frozenset(
    """
    a an the this that these those he she it they we i you his her its their our my your him them us
    who which what when where why how there here but and or so if as at in on of for by to from with
    mr mrs ms miss dr sen senator rep representative gov governor president vice secretary former
    speaker chairman chairwoman chair director judge justice attorney general gen lt col sgt capt
    maj adm rev prof professor prime minister minister ambassador mayor candidate nominee sens reps
    democratic republican gop democrat democrats republicans presidential u.s us st
    """.split()
)
STOP_WORDS = frozenset(
    """
    a an the this that these those he she it they we i you his her its their our my your him them us
    who which whom whose what of for by to from with and or in on at as is was were be been are said
    says told according also one some many other others some people
    """.split()
)
# Sources that refer to one person: the nearest preceding person name is a fair guess for them
# ("who" is the relative pronoun in "said Jane Roe, who ...").
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself", "who"})


# --------------------------------------------------------------------------------------------------
# Corpus reading


@dataclass(frozen=True)
class Attribution:
    """One PolNeAR attribution: character spans of its source, cue and content."""

    id: str
    content: tuple[Span, ...]
    source: tuple[Span, ...] = ()
    cue: tuple[Span, ...] = ()


@dataclass
class Document:
    """One article: its text, gold attributions and (optionally) the path of its CoreNLP parse."""

    name: str
    text: str
    attributions: list[Attribution]
    corenlp_path: Path | None = None
    # Hand-resolved canonical sources, keyed by (first start, last end) of the gold Source span.
    hand_speakers: dict[tuple[int, int], str] = field(default_factory=dict)
    # The byline of data/metadata.tsv, which the service also knows of an article it ingests.
    author: str | None = None

    @cached_property
    def mask(self) -> QuoteMask:
        """Where the article's quotation marks are."""
        return QuoteMask(self.text)

    @cached_property
    def corenlp(self) -> CoreNLPDoc | None:
        """Parsed CoreNLP annotation, loaded lazily because the XML files are large."""
        if self.corenlp_path is None or not self.corenlp_path.exists():
            return None
        return CoreNLPDoc.parse(self.corenlp_path, self.text)


def parse_brat(ann_text: str) -> list[Attribution]:
    """Read the attributions of a brat ``.ann`` file.

    Text-bound lines whose covered text contains a newline continue on the next physical line in
    PolNeAR; only the type and offsets are used, so those continuation lines are simply skipped.
    """
    spans: dict[str, tuple[str, tuple[Span, ...]]] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    for line in ann_text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        ident = parts[0]
        if ident.startswith("T") and ident[1:].isdigit():
            kind, _, offsets = parts[1].partition(" ")
            segs = []
            for seg in offsets.split(";"):
                start, end = seg.split()
                segs.append((int(start), int(end)))
            spans[ident] = (kind, tuple(segs))
        elif ident.startswith("E") and ident[1:].isdigit():
            args = [tuple(arg.split(":", 1)) for arg in parts[1].split() if ":" in arg]
            events.append((ident, args))  # type: ignore[arg-type]
    attributions = []
    for ident, args in events:
        roles: dict[str, list[Span]] = {"Content": [], "Source": [], "Cue": []}
        for role, target in args:
            base_role = role.rstrip("0123456789")
            if base_role in roles and target in spans:
                roles[base_role].extend(spans[target][1])
        attributions.append(
            Attribution(
                id=ident,
                content=tuple(sorted(roles["Content"])),
                source=tuple(sorted(roles["Source"])),
                cue=tuple(sorted(roles["Cue"])),
            )
        )
    return attributions


def resolve_data_dir(root: Path) -> Path:
    """Accept either the PolNeAR checkout root or its ``data`` directory."""
    if (root / "data").is_dir():
        return root / "data"
    return root


def load_split(
    root: Path,
    split: str,
    limit: int | None = None,
    use_corenlp: bool = True,
    use_hand: bool = True,
    use_byline: bool = True,
) -> list[Document]:
    """Load the articles of one split (``train`` or ``dev``), sorted by name, with the split's
    hand-resolved speakers (``bench/data/polnear_<split>_speakers.tsv``) unless ``use_hand`` is false,
    and each article's byline (``data/metadata.tsv``) unless ``use_byline`` is false.

    Raises ``ValueError`` for any other split; the test split must stay unseen.
    """
    if split not in ALLOWED_SPLITS:
        raise ValueError(f"split {split!r} is not allowed: only {', '.join(ALLOWED_SPLITS)} may be used")
    data = resolve_data_dir(root)
    text_dir = data / split / "text"
    ann_dir = data / split / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise FileNotFoundError(f"no PolNeAR {split} split under {data} (expected {text_dir} and {ann_dir})")
    hand = load_hand_speakers(split) if use_hand else {}
    bylines = load_bylines(data) if use_byline else {}
    docs = []
    for text_path in sorted(text_dir.glob("*.txt")):
        name = text_path.stem
        anns = sorted(ann_dir.glob(f"{glob_escape(name)}_*.ann"))
        if not anns:
            continue
        # newline="" keeps the text byte-for-byte so brat offsets stay valid.
        with text_path.open(encoding="utf-8", newline="") as fh:
            text = fh.read()
        attributions = parse_brat(anns[0].read_text(encoding="utf-8"))
        corenlp_path = data / split / "corenlp" / f"{name}.txt.xml" if use_corenlp else None
        docs.append(Document(name, text, attributions, corenlp_path, hand.get(name, {}), bylines.get(name)))
        if limit is not None and len(docs) >= limit:
            break
    return docs


def load_bylines(data: Path) -> dict[str, str]:
    """Article name -> its ``author`` column in ``data/metadata.tsv`` (empty when the file is missing)."""
    path = data / "metadata.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(fh, delimiter="\t")
        return {row["filename"]: row["author"] for row in rows if row.get("author") not in (None, "", "None")}


def accepts_author(extractor: Callable[..., Any]) -> bool:
    """Whether the extractor takes the article's byline as ``author=`` (ours does; a baseline may not)."""
    try:
        return "author" in inspect.signature(extractor).parameters
    except (TypeError, ValueError):
        return False


HAND_SPEAKERS_DIR = Path(__file__).resolve().parent / "data"


def load_hand_speakers(split: str, directory: Path = HAND_SPEAKERS_DIR) -> dict[str, dict[tuple[int, int], str]]:
    """The hand-resolved canonical sources of a split: document name -> {(source start, end): answer}.

    The file is tab-separated with a ``#`` comment line and a header row (``doc``, ``source_start``,
    ``source_end``, ``source_text``, ``canonical``, ...); an answer is a person's name, ``GROUP: <phrase>``
    or ``?``. A split without a file gives an empty table (automatic resolution only).
    """
    path = directory / f"polnear_{split}_speakers.tsv"
    table: dict[str, dict[tuple[int, int], str]] = {}
    if not path.exists():
        return table
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    header = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t"), strict=False))
        key = (int(row["source_start"]), int(row["source_end"]))
        table.setdefault(row["doc"], {})[key] = row["canonical"].strip()
    return table


def glob_escape(name: str) -> str:
    """Escape glob metacharacters in a file stem."""
    return re.sub(r"([*?\[\]])", r"[\1]", name)


# --------------------------------------------------------------------------------------------------
# CoreNLP (automatic coreference and NER shipped with PolNeAR)


_CORENLP_TOKEN_RE = re.compile(
    r'<token id="(\d+)">.*?<CharacterOffsetBegin>(\d+)</CharacterOffsetBegin>\s*'
    r"<CharacterOffsetEnd>(\d+)</CharacterOffsetEnd>.*?<NER>([^<]*)</NER>",
    re.S,
)
_CORENLP_MENTION_RE = re.compile(
    r'<mention( representative="true")?>\s*<sentence>(\d+)</sentence>\s*<start>(\d+)</start>\s*<end>(\d+)</end>'
)


@dataclass
class CoreNLPDoc:
    """The parts of a CoreNLP XML parse we need: token NER tags and coreference chains."""

    token_spans: list[Span]
    token_ner: list[str]
    # Each chain: list of (char span, is_representative).
    chains: list[list[tuple[Span, bool]]]
    _genders: dict[str, str] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def parse(cls, path: Path, text: str) -> CoreNLPDoc | None:
        """Read a CoreNLP XML file; None if it has no tokens or its offsets do not fit ``text``.

        Regular expressions instead of an XML parser: the files are machine-written, up to 4 MB
        each (mostly parse trees we do not need), and building element trees for them took a minute
        per pass over the train split, against a few seconds this way.
        """
        xml = path.read_text(encoding="utf-8")
        cut = xml.find("<coreference>")
        body = xml if cut < 0 else xml[:cut]
        token_spans: list[Span] = []
        token_ner: list[str] = []
        sentence_tokens: dict[tuple[int, int], int] = {}
        sentence = 0
        for m in _CORENLP_TOKEN_RE.finditer(body):
            token_id = int(m.group(1))
            if token_id == 1:  # token ids restart at 1 in every sentence
                sentence += 1
            sentence_tokens[(sentence, token_id)] = len(token_spans)
            token_spans.append((int(m.group(2)), int(m.group(3))))
            token_ner.append(m.group(4))
        if not token_spans or token_spans[-1][1] > len(text):
            return None
        chains = []
        for block in xml[cut:].split("</coreference>") if cut >= 0 else []:
            mentions = []
            for m in _CORENLP_MENTION_RE.finditer(block):
                sent = int(m.group(2))
                first = sentence_tokens.get((sent, int(m.group(3))))
                last = sentence_tokens.get((sent, int(m.group(4)) - 1))
                if first is None or last is None:
                    continue
                mentions.append(((token_spans[first][0], token_spans[last][1]), m.group(1) is not None))
            if mentions:
                chains.append(mentions)
        return cls(token_spans, token_ner, chains)

    def person_name(self, text: str, start: int, end: int) -> str | None:
        """The longest PERSON name inside the span, or None."""
        inside = [(a, b) for a, b in self.person_spans() if a >= start and b <= end]
        if not inside:
            return None
        a, b = max(inside, key=lambda s: (len(text[s[0] : s[1]].split()), -s[0]))
        return text[a:b]

    def genders(self, text: str) -> dict[str, str]:
        """Surname -> "m"/"f", by majority of the gendered pronouns in the coreference chains that
        contain the person's name; names with no or tied evidence are left out."""
        if self._genders is None:
            votes: dict[str, int] = {}
            for chain in self.chains:
                mentions = [text[a:b] for (a, b), _ in chain]
                score = sum((pronoun_gender(m) == "m") - (pronoun_gender(m) == "f") for m in mentions)
                if not score:
                    continue
                names = {surname(self.person_name(text, a, b)) for (a, b), _ in chain}
                for key in names - {None}:
                    votes[key] = votes.get(key, 0) + score  # type: ignore[index]
            self._genders = {k: "m" if v > 0 else "f" for k, v in votes.items() if v}
        return self._genders

    @cached_property
    def _person_spans(self) -> list[Span]:
        return self._compute_person_spans()

    def person_spans(self) -> list[Span]:
        """Character spans of maximal runs of PERSON-tagged tokens."""
        return self._person_spans

    def _compute_person_spans(self) -> list[Span]:
        runs: list[Span] = []
        prev = False
        for span, ner in zip(self.token_spans, self.token_ner, strict=True):
            if ner == "PERSON":
                if prev:
                    runs[-1] = (runs[-1][0], span[1])
                else:
                    runs.append(span)
            prev = ner == "PERSON"
        return runs


# --------------------------------------------------------------------------------------------------
# Quotation marks and span normalisation


def quote_regions(text: str) -> list[Span]:
    """Character ranges inside double quotation marks (marks excluded), found paragraph by paragraph.

    A passage still open at the end of a paragraph is closed there: newspapers leave a quotation that
    continues into the next paragraph unclosed and reopen it at that paragraph's start.  A curly mark
    facing the wrong way is read by its position, since typos such as ``“Apparently not,“ he said``
    occur: an opening mark glued to the end of a word while a quotation is open closes it, and a
    closing mark glued to the start of a word while none is open opens one.
    """
    regions: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        open_at: int | None = None
        nested = 0
        i = 0
        while i < len(line):
            ch = line[i]
            width = 2 if line.startswith("''", i) else 1
            glued_left = i > 0 and not line[i - 1].isspace()
            glued_right = i + 1 < len(line) and line[i + 1].isalnum()
            if ch == OPEN_MARK:
                if open_at is None:
                    open_at = pos + i + 1
                elif glued_left and not glued_right:
                    regions.append((open_at, pos + i))
                    open_at = None
                elif glued_right and not glued_left:
                    # Writers who nest “…” inside “…” (‘what he calls “hell” than…’): the inner
                    # closing mark must not end the outer quotation.
                    nested += 1
            elif ch == CLOSE_MARK:
                if nested:
                    nested -= 1
                elif open_at is not None:
                    regions.append((open_at, pos + i))
                    open_at = None
                elif glued_right and not glued_left:
                    open_at = pos + i + 1
            elif ch == '"' or width == 2:
                if open_at is None:
                    open_at = pos + i + width
                else:
                    regions.append((open_at, pos + i))
                    open_at = None
            i += width
        if open_at is not None:
            regions.append((open_at, pos + len(line)))
        regions.extend(_single_quoted(line, pos, regions))
        pos += len(line) + 1
    return sorted(regions)


_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))[‘'](?=[A-Za-z0-9])")
_SINGLE_CLOSE = re.compile(r"(?<=[^\s])[’'](?![A-Za-z0-9])")


def _single_quoted(line: str, pos: int, double: list[Span]) -> list[Span]:
    """Passages in single quotation marks (‘…’ or '…') outside any double-quoted passage: a mark
    opening before a word, closed by the next mark glued to the end of a word and followed by no letter
    (so apostrophes inside words, Ukraine’s or don't, are never taken)."""
    found: list[Span] = []
    i = 0
    while True:
        opening = _SINGLE_OPEN.search(line, i)
        if not opening:
            return found
        closing = _SINGLE_CLOSE.search(line, opening.end())
        if not closing:
            return found
        start, end = pos + opening.end(), pos + closing.start()
        if not any(a <= start and end <= b for a, b in double):
            found.append((start, end))
        i = closing.end()


class QuoteMask:
    """Answers "are all word characters of this span inside quotation marks?" in O(log n)."""

    def __init__(self, text: str) -> None:
        self.regions = quote_regions(text)
        self._region_starts = [a for a, _ in self.regions]
        inside = bytearray(len(text))
        for start, end in self.regions:
            inside[start:end] = b"\x01" * (end - start)
        self._words_before = [0]
        self._quoted_words_before = [0]
        words = quoted = 0
        for ch, flag in zip(text, inside, strict=True):
            if ch.isalnum():
                words += 1
                quoted += flag
            self._words_before.append(words)
            self._quoted_words_before.append(quoted)

    def words(self, start: int, end: int) -> int:
        """Number of word characters in the span."""
        return self._words_before[end] - self._words_before[start]

    def fully_quoted(self, start: int, end: int) -> bool:
        """True when the span has word characters and every one of them is inside a quotation."""
        words = self._words_before[end] - self._words_before[start]
        quoted = self._quoted_words_before[end] - self._quoted_words_before[start]
        return words > 0 and words == quoted

    def region_around(self, start: int, end: int) -> Span | None:
        """The quoted passage that wholly contains the span, if any."""
        i = bisect.bisect_right(self._region_starts, start) - 1
        if i >= 0 and self.regions[i][1] >= end:
            return self.regions[i]
        return None


def is_direct_quote(attribution: Attribution, mask: QuoteMask) -> bool:
    """Gold rule: the attribution has content, all of it stands inside quotation marks, and its cue
    is not inside the same quoted passage (see module docstring)."""
    # Segments without word characters (a lone ". ." ellipsis piece) say nothing either way.
    with_words = [(a, b) for a, b in attribution.content if mask.words(a, b)]
    if not with_words or not all(mask.fully_quoted(a, b) for a, b in with_words):
        return False
    for a, b in attribution.cue:
        region = mask.region_around(a, b)
        if region and any(c < region[1] and d > region[0] for c, d in with_words):
            return False
    return True


def trim_span(text: str, start: int, end: int) -> Span:
    """Shrink a span past surrounding whitespace, quote marks and punctuation (see module docstring)."""
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    return start, end


def normalise_spans(text: str, spans: Iterable[Span]) -> Ranges:
    """Trim each span, drop empty ones, sort, and merge neighbours separated by no word character."""
    trimmed = sorted(s for s in (trim_span(text, a, b) for a, b in spans) if s[1] > s[0])
    merged: list[Span] = []
    for start, end in trimmed:
        if merged and (start <= merged[-1][1] or not WORD_RE.search(text, merged[-1][1], start)):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


class TokenIndex:
    """Word tokens of one article, so items can be compared as sets of token positions."""

    def __init__(self, text: str) -> None:
        self.spans = [m.span() for m in WORD_RE.finditer(text)]
        self._starts = [s for s, _ in self.spans]
        self._ends = [e for _, e in self.spans]

    def tokens(self, ranges: Iterable[Span]) -> frozenset[int]:
        """Indices of tokens touching any of the ranges."""
        found: set[int] = set()
        for start, end in ranges:
            first = bisect.bisect_right(self._ends, start)
            last = bisect.bisect_left(self._starts, end)
            found.update(range(first, last))
        return frozenset(found)


# --------------------------------------------------------------------------------------------------
# Items and matching


@dataclass
class GoldItem:
    """A gold direct quotation."""

    doc: Document
    attribution: Attribution
    ranges: Ranges
    tokens: frozenset[int]

    @property
    def extent(self) -> Span:
        """First to last character of the quotation."""
        return self.ranges[0][0], self.ranges[-1][1]

    @property
    def lowercase_start(self) -> bool:
        """Quotation opens with a lower-case word: a fragment inside the writer's sentence
        (``called for “boots on the ground”``) that the extractor may rightly call a fragment."""
        return self.doc.text[self.ranges[0][0]].islower()


@dataclass
class PredItem:
    """A predicted quotation: one or several pieces (an interrupted quotation) sharing a group."""

    doc: Document
    quotes: list[Any]
    ranges: Ranges
    tokens: frozenset[int]

    @property
    def extent(self) -> Span:
        """First to last character of the quotation."""
        if not self.ranges:
            return min(q.start for q in self.quotes), max(q.end for q in self.quotes)
        return self.ranges[0][0], self.ranges[-1][1]

    def first_with(self, attr: str) -> str | None:
        """First non-empty value of a Quote attribute among the pieces."""
        for quote in self.quotes:
            value = getattr(quote, attr, None)
            if value:
                return value
        return None


def gold_items(doc: Document, tokens: TokenIndex) -> list[GoldItem]:
    """The gold direct quotations of a document, in text order."""
    mask = QuoteMask(doc.text)
    items = []
    for att in doc.attributions:
        if is_direct_quote(att, mask):
            ranges = normalise_spans(doc.text, att.content)
            if ranges:
                items.append(GoldItem(doc, att, ranges, tokens.tokens(ranges)))
    items.sort(key=lambda g: g.extent)
    return items


def pred_items(doc: Document, quotes: Sequence[Any], tokens: TokenIndex) -> list[PredItem]:
    """Group the extractor's full, non-boilerplate quotes into predicted items."""
    by_group: dict[Any, list[Any]] = {}
    for quote in sorted(quotes, key=lambda q: (q.start, q.end)):
        if quote.kind != "full" or quote.boilerplate:
            continue
        by_group.setdefault(quote.group, []).append(quote)
    items = []
    for pieces in by_group.values():
        ranges = normalise_spans(doc.text, ((q.start, q.end) for q in pieces))
        items.append(PredItem(doc, pieces, ranges, tokens.tokens(ranges)))
    items.sort(key=lambda p: p.extent)
    return items


def overlap_ok(gold: frozenset[int], pred: frozenset[int], threshold: float = OVERLAP_THRESHOLD) -> bool:
    """Token-overlap criterion: shared tokens cover >= threshold of both the gold and the prediction."""
    if not gold or not pred:
        return False
    shared = len(gold & pred)
    return shared / len(gold) >= threshold and shared / len(pred) >= threshold


def greedy_match(
    gold: Sequence[GoldItem], pred: Sequence[PredItem], exact: bool, threshold: float = OVERLAP_THRESHOLD
) -> list[tuple[int, int]]:
    """One-to-one greedy matching of gold to predicted items; returns (gold index, pred index) pairs.

    With ``exact`` only identical normalised ranges match; otherwise the token-overlap criterion
    applies, exact pairs first, then by Dice coefficient, then by position for determinism.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            is_exact = g.ranges == p.ranges
            if exact:
                if is_exact:
                    candidates.append((0, 0.0, gi, pi))
                continue
            if not overlap_ok(g.tokens, p.tokens, threshold):
                continue
            dice = 2 * len(g.tokens & p.tokens) / (len(g.tokens) + len(p.tokens))
            candidates.append((0 if is_exact else 1, -dice, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


# --------------------------------------------------------------------------------------------------
# Speakers


def _clean_token(token: str) -> str:
    token = token.strip("\"“”‘’'`()[]{},;:!?")
    for suffix in ("’s", "'s"):
        if token.endswith(suffix):
            token = token[: -len(suffix)]
    return token.rstrip(".") if not re.fullmatch(r"[A-Z]\.", token) else token


def name_runs(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Spans of runs of capitalised name-like tokens within ``text[start:end]``.

    Pronouns, determiners and titles break runs, and so do line breaks; a comma, colon, parenthesis
    or sentence-final full stop after a token ends its run.  The heuristic is crude on purpose: it
    only has to pick a surname out of a source phrase or a recent person mention.
    """
    end = len(text) if end is None else end
    runs: list[Span] = []
    current: Span | None = None
    depth = 0
    prev_end = start
    for m in NAME_TOKEN_RE.finditer(text, start, end):
        raw = m.group()
        token = _clean_token(raw)
        if current and "\n" in text[prev_end : m.start()]:
            runs.append(current)
            current = None
        prev_end = m.end()
        # Parentheticals such as "(R-Texas)" or "(D-N.Y.)" are party/state tags, not name parts.
        in_parens = depth > 0 or raw.startswith(("(", "["))
        depth = max(0, depth + raw.count("(") + raw.count("[") - raw.count(")") - raw.count("]"))
        name_like = (
            not in_parens
            and bool(token)
            and token[0].isupper()
            and token.lower().rstrip(".") not in NOT_NAME_WORDS
            and any(c.isalpha() for c in token)
        )
        if name_like:
            tok_start = m.start() + raw.index(token[0])
            tok_end = tok_start + len(token)
            current = (current[0], tok_end) if current else (tok_start, tok_end)
            if _ends_run(raw) or raw.rstrip("”\"’'").endswith(("'s", "’s")):
                runs.append(current)
                current = None
        else:
            if current:
                runs.append(current)
            current = None
    if current:
        runs.append(current)
    return runs


ABBREVIATION_RE = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,2}\.")


def _ends_run(raw: str) -> bool:
    bare = raw.rstrip("”\"’'")
    if bare.endswith((",", ";", ":", "!", "?", ")", "(")):
        return True
    # "Obama." ends a sentence; "J." "Jr." "U.S." do not.
    return bare.endswith(".") and not ABBREVIATION_RE.fullmatch(bare)


def best_name(text: str, start: int = 0, end: int | None = None) -> str | None:
    """The name a source phrase is about, or None.

    Takes the first run that heads its phrase, i.e. is followed by the end of the span, punctuation
    or "and"/"who"/"of" ("Tad Devine, a senior adviser on the Sanders campaign" -> "Tad Devine";
    "Iowa State University's Dianne Bystrom" -> "Dianne Bystrom").  Runs used as modifiers do not
    count: "the New York businessman" or "a Clinton spokesman" name nobody, so such sources go on
    to coreference or to the group rule.
    """
    end = len(text) if end is None else end
    for a, b in name_runs(text, start, end):
        after = text[b:end].lstrip("”\"’' \u00a0")
        if text.startswith(("'s", "’s"), b):
            continue
        if not after or after[0] in ",;:()–—-." or re.match(r"(?:and|who|of)\b", after):
            return text[a:b]
    return None


def name_tokens(name: str | None) -> list[str]:
    """Tokens of a name without suffixes such as Jr. or III."""
    if not name:
        return []
    tokens = [_clean_token(t) for t in name.split()]
    tokens = [t for t in tokens if t and t.lower().rstrip(".") not in SUFFIXES]
    return tokens


def surname(name: str | None) -> str | None:
    """Last name token, lower-cased (``"Donald J. Trump Jr."`` -> ``"trump"``)."""
    tokens = name_tokens(name)
    return tokens[-1].lower() if tokens else None


def content_words(text: str | None) -> set[str]:
    """Lower-cased words of three letters or more that are not stop words."""
    if not text:
        return set()
    return {w for w in (t.lower() for t in WORD_RE.findall(text)) if len(w) >= 3 and w not in STOP_WORDS}


@dataclass
class GoldSpeaker:
    """How a gold source was resolved for canonical scoring."""

    source_text: str
    name: str | None
    # "name-in-source", "hand", "hand-group", "corenlp-coref", "nearest-name", "group", "unresolved", "none"
    method: str


def resolve_gold_speaker(doc: Document, att: Attribution) -> GoldSpeaker:
    """Resolve a gold source to a person or group name (rules in the module docstring)."""
    if not att.source:
        return GoldSpeaker("", None, "none")
    text = doc.text
    source_text = " ".join(text[a:b] for a, b in att.source)
    start, end = att.source[0][0], att.source[-1][1]
    hand = doc.hand_speakers.get((start, end))
    if hand is not None:
        # A reader's answer beats every automatic rule below.
        if hand == "?":
            return GoldSpeaker(source_text, None, "unresolved")
        if hand.startswith("GROUP:"):
            return GoldSpeaker(f"{source_text} {hand.removeprefix('GROUP:').strip()}", None, "hand-group")
        return GoldSpeaker(source_text, hand, "hand")
    names = [n for n in (best_name(text, a, b) for a, b in att.source) if n]
    if names:
        name = max(names, key=lambda n: len(n.split()))
        return GoldSpeaker(source_text, _name_used_elsewhere(text, name, start, end), "name-in-source")
    core = doc.corenlp
    person_pronoun = source_text.strip().lower() in PERSON_PRONOUNS
    nearest = nearest_person_name(text, start, core, source_text, doc.mask) if person_pronoun else None
    if core is not None:
        name = _coref_name(text, core, start, end, person_only=person_pronoun)
        if name:
            # dcoref's usual mistake is to hand the pronoun to the person the quotations are about;
            # when that person is named inside nearby quotation marks, the nearest name outside
            # them is the better guess.
            if nearest and surname(nearest) != surname(name) and _quoted_nearby(doc, name, att):
                return GoldSpeaker(source_text, nearest, "nearest-name")
            return GoldSpeaker(source_text, name, "corenlp-coref")
    if nearest:
        return GoldSpeaker(source_text, nearest, "nearest-name")
    if content_words(source_text):
        return GoldSpeaker(source_text, None, "group")
    return GoldSpeaker(source_text, None, "unresolved")


def _name_used_elsewhere(text: str, name: str, start: int, end: int) -> str:
    """A headline's title case runs a name into the words after it ("Elizabeth Warren Hammers Wells Fargo CEO"):
    in the first line, a run of three or more tokens that the article never writes again is cut to its longest
    prefix of two or more tokens that it does write outside the source span."""
    tokens = name.split()
    rest = text[:start] + " " + text[end:]
    in_headline = "\n" not in text[:start]
    if not in_headline or len(tokens) < 3 or re.search(rf"\b{re.escape(name)}\b", rest):
        return name
    for size in range(len(tokens) - 1, 1, -1):
        prefix = " ".join(tokens[:size])
        if re.search(rf"\b{re.escape(prefix)}\b", rest):
            return prefix
    return name


QUOTED_NEARBY_CHARS = 600


def _quoted_nearby(doc: Document, name: str, att: Attribution) -> bool:
    """Whether the name's surname occurs inside quotation marks in this attribution's content or in
    the 600 characters before it."""
    key = surname(name)
    if not key:
        return False
    spans = att.source + att.content
    lo = max(0, min(a for a, _ in spans) - QUOTED_NEARBY_CHARS)
    hi = max(b for _, b in spans)
    for m in re.finditer(rf"\b{re.escape(key)}\b", doc.text[lo:hi], re.IGNORECASE):
        if doc.mask.fully_quoted(lo + m.start(), lo + m.end()):
            return True
    return False


def _coref_name(text: str, core: CoreNLPDoc, start: int, end: int, person_only: bool) -> str | None:
    best_chain = None
    best_overlap = 0
    for chain in core.chains:
        for (a, b), _ in chain:
            overlap = min(b, end) - max(a, start)
            if overlap > best_overlap:
                best_chain, best_overlap = chain, overlap
    if best_chain is None:
        return None
    # Representative mention first, then the others in text order.
    for (a, b), _ in sorted(best_chain, key=lambda m: (not m[1], m[0])):
        # dcoref chains for he/she sometimes swallow places or groups ("Kent County"); insisting
        # on an NER PERSON name keeps those out.
        name = core.person_name(text, a, b) if person_only else best_name(text, a, b)
        if name:
            return name
    return None


MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})


def pronoun_gender(word: str) -> str | None:
    """ "m", "f" or None for a pronoun."""
    word = word.strip().lower()
    return "m" if word in MALE_PRONOUNS else "f" if word in FEMALE_PRONOUNS else None


def nearest_person_name(
    text: str, before: int, core: CoreNLPDoc | None = None, pronoun: str = "", mask: QuoteMask | None = None
) -> str | None:
    """Most recent person name before ``before``, expanded to the fullest earlier form of that name.

    Names inside quotation marks are skipped (speakers are named by the writer, and the person a
    quotation talks about is the usual wrong answer).  With a CoreNLP parse, names whose coreference
    chains take the other gender's pronouns are skipped too ("she" does not go to a Trump the article
    calls "he").
    """
    if core is not None:
        candidates = [(a, b) for a, b in core.person_spans() if b <= before]
        genders = core.genders(text)
    else:
        candidates = [r for r in name_runs(text, 0, before)]
        genders = {}
    if mask is not None:
        candidates = [(a, b) for a, b in candidates if not mask.fully_quoted(a, b)]
    wanted = pronoun_gender(pronoun)
    if not candidates:
        return None
    full_by_surname: dict[str, str] = {}
    for a, b in candidates:
        name = text[a:b]
        key = surname(name)
        if key and len(name.split()) >= 2 and len(name.split()) >= len(full_by_surname.get(key, "").split()):
            full_by_surname[key] = name
    for a, b in reversed(candidates):
        name = text[a:b]
        key = surname(name)
        if wanted and key and genders.get(key, wanted) != wanted:
            continue
        if key in full_by_surname:
            return full_by_surname[key]
        if core is not None and key:
            return name
    return None


def find_mention(text: str, mention: str, avoid: Sequence[Span]) -> Span | None:
    """Occurrence of ``mention`` (whole words, flexible whitespace) nearest to, but outside, the
    ``avoid`` ranges (the quotation's pieces, so "he" in "“A,” he said, “B.”" is still found).

    One in the quotation's own paragraph beats a nearer one across a paragraph break: in 'She says it is
    “dangerous.”⏎⏎She says …' the speaker's "She" is the first.
    """
    words = mention.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    pattern = (r"\b" if words[0][0].isalnum() else "") + pattern + (r"\b" if words[-1][-1].isalnum() else "")
    best: Span | None = None
    best_distance = None
    for m in re.finditer(pattern, text):
        a, b = m.span()
        if any(a < hi and b > lo for lo, hi in avoid):
            continue
        gaps = [(b, lo) if b <= lo else (hi, a) for lo, hi in avoid]
        distance = min((("\n" in text[x:y]), y - x) for x, y in gaps)
        if best_distance is None or distance < best_distance:
            best, best_distance = (a, b), distance
    return best


def mention_correct(
    doc: Document, att: Attribution, pred: PredItem, resolved: GoldSpeaker | None = None
) -> bool:
    """Surface-mention rule (see module docstring), or the same certain person when ``resolved`` is given."""
    return surface_mention_correct(doc, att, pred) or same_certain_person(pred, resolved)


def surface_mention_correct(doc: Document, att: Attribution, pred: PredItem) -> bool:
    """The predicted mention overlaps the gold Source span, or the speaker's surname is one of its words."""
    mention = pred.first_with("speaker_mention")
    if mention:
        found = find_mention(doc.text, mention, pred.ranges or (pred.extent,))
        if found and any(found[0] < b and found[1] > a for a, b in att.source):
            return True
    key = surname(pred.first_with("speaker"))
    if key:
        source_words = {w.lower() for w in WORD_RE.findall(" ".join(doc.text[a:b] for a, b in att.source))}
        return key in source_words
    return False


def same_certain_person(pred: PredItem, resolved: GoldSpeaker | None) -> bool:
    """The issue's "or resolves to the same person", where the gold person is certain: named in the
    source, or read by hand (a Source span of just "said" or "who" is an annotation slip)."""
    if resolved is None or resolved.method not in ("name-in-source", "hand") or not resolved.name:
        return False
    return surname(pred.first_with("speaker")) == surname(resolved.name)


def canonical_correct(gold: GoldSpeaker, predicted: str | None) -> bool:
    """Canonical-speaker rule: same surname, or a shared content word for non-person sources."""
    if not predicted:
        return False
    if gold.name and surname(predicted) == surname(gold.name):
        return True
    if gold.name and len(name_tokens(gold.name)) >= 2:
        return False
    return bool(content_words(predicted) & (content_words(gold.name) | content_words(gold.source_text)))


# --------------------------------------------------------------------------------------------------
# Evaluation


@dataclass
class Counts:
    """Raw tallies; the ratios are derived in ``Report``."""

    docs: int = 0
    gold: int = 0
    pred: int = 0
    exact_tp: int = 0
    overlap_tp: int = 0
    mention_total: int = 0
    mention_correct: int = 0
    mention_surface_correct: int = 0
    canonical_total: int = 0
    canonical_correct: int = 0
    canonical_unresolved: int = 0
    no_gold_source: int = 0
    resolution_methods: dict[str, int] = field(default_factory=dict)
    # method -> [correct, evaluated]: accuracy where the gold name is reliable vs guessed
    canonical_by_method: dict[str, list[int]] = field(default_factory=dict)
    extractor_seconds: float = 0.0
    extractor_failures: int = 0
    piece_gold: int = 0
    piece_pred: int = 0
    piece_exact_tp: int = 0
    piece_overlap_tp: int = 0
    lowercase_gold: int = 0
    lowercase_matched: int = 0
    fragment_total: int = 0
    fragment_mention_correct: int = 0
    fragment_canonical_total: int = 0
    fragment_canonical_correct: int = 0
    fn_causes: dict[str, int] = field(default_factory=dict)
    fp_causes: dict[str, int] = field(default_factory=dict)


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 (0.0 when undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


@dataclass
class ErrorRecord:
    """One error for the ``--errors`` file."""

    kind: str
    doc: str
    span: Span
    lines: list[str]


def evaluate(
    docs: Sequence[Document],
    extractor: Callable[[str], Sequence[Any]],
    errors: list[ErrorRecord] | None = None,
) -> dict[str, Any]:
    """Run ``extractor`` on every document and score it; returns the report as a dict.

    ``errors``, when given, receives one record per false negative, false positive, boundary mismatch
    and speaker miss.
    """
    counts = Counts()
    with_byline = accepts_author(extractor)
    for doc in docs:
        counts.docs += 1
        tokens = TokenIndex(doc.text)
        gold = gold_items(doc, tokens)
        t0 = time.perf_counter()
        try:
            quotes = list(extractor(doc.text, author=doc.author) if with_byline else extractor(doc.text))
        except Exception:
            counts.extractor_failures += 1
            if counts.extractor_failures == 1:
                print(f"extractor failed on {doc.name}:", file=sys.stderr)
                traceback.print_exc()
            quotes = []
        counts.extractor_seconds += time.perf_counter() - t0
        pred = pred_items(doc, quotes, tokens)
        counts.gold += len(gold)
        counts.pred += len(pred)
        counts.exact_tp += len(greedy_match(gold, pred, exact=True))
        pairs = greedy_match(gold, pred, exact=False)
        counts.overlap_tp += len(pairs)
        matched_gold = {gi for gi, _ in pairs}
        for gi, g in enumerate(gold):
            start = g.lowercase_start
            counts.lowercase_gold += start
            counts.lowercase_matched += start and gi in matched_gold
        for gi, pi in pairs:
            _score_speaker(counts, gold[gi], pred[pi], errors)
        gold_pieces, pred_pieces = split_pieces(gold, tokens), split_pieces(pred, tokens)
        counts.piece_gold += len(gold_pieces)
        counts.piece_pred += len(pred_pieces)
        counts.piece_exact_tp += len(greedy_match(gold_pieces, pred_pieces, exact=True))
        counts.piece_overlap_tp += len(greedy_match(gold_pieces, pred_pieces, exact=False))
        for att, fragment in fragment_pairs(doc, quotes, tokens):
            _score_fragment_speaker(counts, doc, att, fragment, errors)
        matched_pred = {pi for _, pi in pairs}
        for gi, g in enumerate(gold):
            if gi not in matched_gold:
                cause = fn_cause(g, pred, quotes)
                counts.fn_causes[cause] = counts.fn_causes.get(cause, 0) + 1
        for pi, p in enumerate(pred):
            if pi not in matched_pred:
                cause = fp_cause(doc, p, gold, tokens)[0]
                counts.fp_causes[cause] = counts.fp_causes.get(cause, 0) + 1
        if errors is not None:
            _collect_span_errors(errors, doc, gold, pred, pairs, quotes, tokens)
    return _report(counts)


def fragment_pairs(doc: Document, quotes: Sequence[Any], tokens: TokenIndex) -> list[tuple[Attribution, PredItem]]:
    """The extractor's fragments (partial quotations) each paired with the gold attribution whose content holds
    it: the innermost attribution with a Source span whose content covers >= 0.8 of the fragment's tokens."""
    sourced = [(att, tokens.tokens(att.content)) for att in doc.attributions if att.source and att.content]
    pairs = []
    for quote in quotes:
        if quote.kind != "fragment" or quote.boilerplate:
            continue
        ranges = normalise_spans(doc.text, [(quote.start, quote.end)])
        quote_tokens = tokens.tokens(ranges)
        if not quote_tokens:
            continue
        holding = [
            (len(content), att)
            for att, content in sourced
            if len(quote_tokens & content) >= OVERLAP_THRESHOLD * len(quote_tokens)
        ]
        if holding:
            att = min(holding, key=lambda pair: pair[0])[1]
            pairs.append((att, PredItem(doc, [quote], ranges, quote_tokens)))
    return pairs


def _score_fragment_speaker(
    counts: Counts, doc: Document, att: Attribution, fragment: PredItem, errors: list[ErrorRecord] | None = None
) -> None:
    resolved = resolve_gold_speaker(doc, att)
    counts.fragment_total += 1
    mention_ok = mention_correct(doc, att, fragment, resolved)
    counts.fragment_mention_correct += mention_ok
    canonical_ok = None
    if resolved.method != "unresolved":
        counts.fragment_canonical_total += 1
        canonical_ok = canonical_correct(resolved, fragment.first_with("speaker"))
        counts.fragment_canonical_correct += canonical_ok
    if errors is not None and not mention_ok:
        lo, hi = fragment.extent
        errors.append(
            ErrorRecord(
                "FRAGMENT-SPEAKER",
                doc.name,
                (lo, hi),
                [
                    f"wrong: mention{', canonical' if canonical_ok is False else ''}",
                    f"gold source: {resolved.source_text!r}  resolved: {resolved.name!r} ({resolved.method})",
                    f"pred mention: {fragment.first_with('speaker_mention')!r}  speaker: "
                    f"{fragment.first_with('speaker')!r}  cue: {fragment.first_with('cue')!r}",
                    context(doc.text, (lo, hi), extra=att.source),
                ],
            )
        )


def fn_cause(g: GoldItem, pred: Sequence[PredItem], quotes: Sequence[Any]) -> str:
    """Why a gold quotation went unmatched, judged from what the extractor produced over it."""
    touching = [p for p in pred if p.tokens & g.tokens]
    if len(touching) > 1:
        return "split"
    if touching:
        return "boundary/merged"
    lo, hi = g.extent
    raw = [q for q in quotes if q.start < hi and q.end > lo]
    if any(q.boilerplate for q in raw):
        return "boilerplate"
    if raw:
        return "fragment/term"
    return "missed"


def fp_cause(doc: Document, p: PredItem, gold: Sequence[GoldItem], tokens: TokenIndex) -> tuple[str, str]:
    """What PolNeAR annotated under an unmatched prediction, as (cause, detail)."""
    overlapping_gold = [g for g in gold if g.tokens & p.tokens]
    if overlapping_gold:
        shares = ", ".join(
            f"{len(g.tokens & p.tokens)}/{len(g.tokens)} of gold {g.attribution.id}" for g in overlapping_gold
        )
        return "overlaps gold", f"overlaps gold quotation(s): {shares} (pred has {len(p.tokens)} tokens)"
    for att in doc.attributions:
        if tokens.tokens(att.content) & p.tokens:
            content = " ".join(doc.text[a:b] for a, b in att.content)
            return "partly quoted attribution", f"inside non-gold attribution {att.id} content {content[:160]!r}"
    return "unannotated", "no attribution content annotated here"


def split_pieces(items: Sequence[GoldItem] | Sequence[PredItem], tokens: TokenIndex) -> list:
    """One item per normalised range, for the grouping-agnostic piece-level scores."""
    return [replace(item, ranges=(rng,), tokens=tokens.tokens([rng])) for item in items for rng in item.ranges]


def _score_speaker(counts: Counts, g: GoldItem, p: PredItem, errors: list[ErrorRecord] | None) -> None:
    att = g.attribution
    resolved = resolve_gold_speaker(g.doc, att)
    counts.resolution_methods[resolved.method] = counts.resolution_methods.get(resolved.method, 0) + 1
    if not att.source:
        counts.no_gold_source += 1
        return
    surface_ok = surface_mention_correct(g.doc, att, p)
    mention_ok = surface_ok or same_certain_person(p, resolved)
    counts.mention_total += 1
    counts.mention_correct += mention_ok
    counts.mention_surface_correct += surface_ok
    canonical_ok = None
    if resolved.method == "unresolved":
        counts.canonical_unresolved += 1
    else:
        canonical_ok = canonical_correct(resolved, p.first_with("speaker"))
        counts.canonical_total += 1
        counts.canonical_correct += canonical_ok
        tally = counts.canonical_by_method.setdefault(resolved.method, [0, 0])
        tally[0] += canonical_ok
        tally[1] += 1
    if errors is not None and (not mention_ok or canonical_ok is False):
        what = [] if mention_ok else ["mention"]
        what += ["canonical"] if canonical_ok is False else []
        errors.append(
            ErrorRecord(
                "SPEAKER",
                g.doc.name,
                g.extent,
                [
                    f"wrong: {', '.join(what)}",
                    f"gold source: {resolved.source_text!r}  resolved: {resolved.name!r} ({resolved.method})",
                    f"pred mention: {p.first_with('speaker_mention')!r}  speaker: {p.first_with('speaker')!r}"
                    f"  cue: {p.first_with('cue')!r}",
                    context(g.doc.text, g.extent, extra=att.source),
                ],
            )
        )


def _collect_span_errors(
    errors: list[ErrorRecord],
    doc: Document,
    gold: Sequence[GoldItem],
    pred: Sequence[PredItem],
    pairs: Sequence[tuple[int, int]],
    quotes: Sequence[Any],
    tokens: TokenIndex,
) -> None:
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    for gi, g in enumerate(gold):
        if gi in matched_gold:
            continue
        # What the extractor made of this stretch of text, to tell a missed quotation from a
        # misclassified (fragment/term/boilerplate), split or overlong one.
        seen = [
            f"  extractor: kind={q.kind} group={q.group} boilerplate={q.boilerplate} "
            f"speaker={q.speaker!r} {doc.text[q.start : q.end][:120]!r}"
            for q in quotes
            if q.start < g.extent[1] and q.end > g.extent[0]
        ]
        errors.append(
            ErrorRecord(
                "FN",
                doc.name,
                g.extent,
                [
                    f"gold source: {' '.join(doc.text[a:b] for a, b in g.attribution.source)!r}"
                    f"  gold pieces: {len(g.ranges)}  cause: {fn_cause(g, pred, quotes)}",
                    *(seen or ["  extractor: nothing here"]),
                    context(doc.text, g.extent, extra=g.ranges),
                ],
            )
        )
    for pi, p in enumerate(pred):
        if pi in matched_pred:
            continue
        errors.append(
            ErrorRecord(
                "FP",
                doc.name,
                p.extent,
                [
                    f"pred speaker: {p.first_with('speaker')!r}  pieces: {len(p.quotes)}",
                    f"  annotation: {fp_cause(doc, p, gold, tokens)[1]}",
                    context(doc.text, p.extent, extra=p.ranges),
                ],
            )
        )
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        if g.ranges != p.ranges:
            errors.append(
                ErrorRecord(
                    "BOUNDARY",
                    doc.name,
                    g.extent,
                    [
                        f"gold: {[doc.text[a:b] for a, b in g.ranges]!r}",
                        f"pred: {[doc.text[a:b] for a, b in p.ranges]!r}",
                        context(doc.text, (min(g.extent[0], p.extent[0]), max(g.extent[1], p.extent[1]))),
                    ],
                )
            )


def context(text: str, span: Span, extra: Iterable[Span] = (), width: int = CONTEXT_CHARS) -> str:
    """The span with ``width`` characters either side; the span is bracketed ⟦…⟧ and extras marked [[…]]."""
    start, end = span
    marks = sorted({(start, "⟦"), (end, "⟧")} | {(a, "[[") for a, _ in extra} | {(b, "]]") for _, b in extra})
    lo, hi = max(0, start - width), min(len(text), end + width)
    out, pos = [], lo
    for offset, mark in marks:
        if lo <= offset <= hi:
            out.append(text[pos:offset])
            out.append(mark)
            pos = offset
    out.append(text[pos:hi])
    return "…" + "".join(out).replace("\n", "⏎") + "…"


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _report(c: Counts) -> dict[str, Any]:
    return {
        "documents": c.docs,
        "gold_direct_quotes": c.gold,
        "predicted_full_quotes": c.pred,
        "gold_lowercase_start": c.lowercase_gold,
        "exact": {"matched": c.exact_tp, **prf(c.exact_tp, c.pred, c.gold)},
        "overlap": {
            "threshold": OVERLAP_THRESHOLD,
            "matched": c.overlap_tp,
            **prf(c.overlap_tp, c.pred, c.gold),
            "recall_capitalised_gold": _ratio(c.overlap_tp - c.lowercase_matched, c.gold - c.lowercase_gold),
            "recall_lowercase_gold": _ratio(c.lowercase_matched, c.lowercase_gold),
            "false_negative_causes": dict(sorted(c.fn_causes.items())),
            "false_positive_causes": dict(sorted(c.fp_causes.items())),
            # Not the score: predictions inside a gold attribution that mixes paraphrase and quotation
            # are real quotations the gold set leaves undefined; this shows what they cost.
            "ignoring_mixed_attributions": prf(
                c.overlap_tp, c.pred - c.fp_causes.get("partly quoted attribution", 0), c.gold
            ),
        },
        "pieces": {
            "gold": c.piece_gold,
            "predicted": c.piece_pred,
            "exact": {"matched": c.piece_exact_tp, **prf(c.piece_exact_tp, c.piece_pred, c.piece_gold)},
            "overlap": {
                "matched": c.piece_overlap_tp,
                **prf(c.piece_overlap_tp, c.piece_pred, c.piece_gold),
            },
        },
        "speaker_mention": {
            "evaluated": c.mention_total,
            "correct": c.mention_correct,
            "accuracy": c.mention_correct / c.mention_total if c.mention_total else 0.0,
            "surface_only_correct": c.mention_surface_correct,
            "matched_without_gold_source": c.no_gold_source,
        },
        "speaker_canonical": {
            "evaluated": c.canonical_total,
            "correct": c.canonical_correct,
            "accuracy": c.canonical_correct / c.canonical_total if c.canonical_total else 0.0,
            "unresolved_gold": c.canonical_unresolved,
            "gold_resolution": dict(sorted(c.resolution_methods.items())),
            "accuracy_by_gold_resolution": {
                k: {"correct": v[0], "evaluated": v[1], "accuracy": _ratio(v[0], v[1])}
                for k, v in sorted(c.canonical_by_method.items())
            },
        },
        "fragment_speaker": {
            "evaluated": c.fragment_total,
            "mention_correct": c.fragment_mention_correct,
            "mention_accuracy": _ratio(c.fragment_mention_correct, c.fragment_total),
            "canonical_evaluated": c.fragment_canonical_total,
            "canonical_correct": c.fragment_canonical_correct,
            "canonical_accuracy": _ratio(c.fragment_canonical_correct, c.fragment_canonical_total),
        },
        "throughput": {
            "extractor_seconds": c.extractor_seconds,
            "articles_per_second": c.docs / c.extractor_seconds if c.extractor_seconds > 0 else 0.0,
            "extractor_failures": c.extractor_failures,
        },
    }


def format_table(report: dict[str, Any], split: str) -> str:
    """Human-readable summary of a report."""
    ex, ov = report["exact"], report["overlap"]
    pe, po = report["pieces"]["exact"], report["pieces"]["overlap"]
    sm, sc, tp = report["speaker_mention"], report["speaker_canonical"], report["throughput"]
    fs = report["fragment_speaker"]
    rows = [
        f"PolNeAR {split}: {report['documents']} documents, "
        f"{report['gold_direct_quotes']} gold direct quotes, "
        f"{report['predicted_full_quotes']} predicted full quotes",
        "",
        f"{'quotation match':<22}{'matched':>9}{'precision':>11}{'recall':>9}{'F1':>8}",
        f"{'exact':<22}{ex['matched']:>9}{ex['precision']:>11.3f}{ex['recall']:>9.3f}{ex['f1']:>8.3f}",
        f"{'token overlap >= 0.8':<22}{ov['matched']:>9}{ov['precision']:>11.3f}{ov['recall']:>9.3f}{ov['f1']:>8.3f}",
        f"{'pieces, exact':<22}{pe['matched']:>9}{pe['precision']:>11.3f}{pe['recall']:>9.3f}{pe['f1']:>8.3f}",
        f"{'pieces, overlap':<22}{po['matched']:>9}{po['precision']:>11.3f}{po['recall']:>9.3f}{po['f1']:>8.3f}",
        f"  ({report['pieces']['gold']} gold and {report['pieces']['predicted']} predicted pieces: "
        "interrupted quotations scored piece by piece, so grouping does not matter)",
        f"  overlap recall on gold opening with a capital: {ov['recall_capitalised_gold']:.3f}; "
        f"with a lower-case word ({report['gold_lowercase_start']} fragment-like gold): "
        f"{ov['recall_lowercase_gold']:.3f}",
        "  unmatched gold: " + _causes(ov["false_negative_causes"]),
        "  unmatched predictions: " + _causes(ov["false_positive_causes"]),
        "  (not the score) overlap P/R/F1 leaving out predictions inside gold attributions that mix paraphrase "
        "and quotation: {precision:.3f} / {recall:.3f} / {f1:.3f}".format(**ov["ignoring_mixed_attributions"]),
        "",
        f"{'speaker':<22}{'correct':>9}{'of':>7}{'accuracy':>10}",
        f"{'mention':<22}{sm['correct']:>9}{sm['evaluated']:>7}{sm['accuracy']:>10.3f}",
        f"  (surface only, without 'or resolves to the same person': {sm['surface_only_correct']} correct, "
        f"{sm['surface_only_correct'] / sm['evaluated'] if sm['evaluated'] else 0.0:.3f})",
        f"{'canonical':<22}{sc['correct']:>9}{sc['evaluated']:>7}{sc['accuracy']:>10.3f}",
        f"  (matched quotes without gold source: {sm['matched_without_gold_source']}; "
        f"gold speaker unresolved: {sc['unresolved_gold']})",
        "  canonical accuracy by gold resolution: "
        + ", ".join(
            f"{k} {v['accuracy']:.3f} ({v['evaluated']})" for k, v in sc["accuracy_by_gold_resolution"].items()
        ),
        f"{'fragment mention':<22}{fs['mention_correct']:>9}{fs['evaluated']:>7}{fs['mention_accuracy']:>10.3f}",
        f"{'fragment canonical':<22}{fs['canonical_correct']:>9}{fs['canonical_evaluated']:>7}"
        f"{fs['canonical_accuracy']:>10.3f}",
        "  (fragments: the extractor's partial quotations lying in a gold attribution's content, scored against its"
        " source by the same rules; not a target)",
        "",
        f"throughput: {tp['articles_per_second']:.1f} articles/s "
        f"({tp['extractor_seconds']:.2f} s in the extractor, {tp['extractor_failures']} failures)",
    ]
    return "\n".join(rows)


def _causes(causes: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(causes.items(), key=lambda kv: -kv[1])) or "none"


def write_errors(path: Path, errors: Sequence[ErrorRecord]) -> None:
    """Write error records as plain-text blocks, grouped by kind."""
    order = {"FN": 0, "FP": 1, "BOUNDARY": 2, "SPEAKER": 3, "FRAGMENT-SPEAKER": 4}
    with path.open("w", encoding="utf-8") as fh:
        for rec in sorted(errors, key=lambda e: (order.get(e.kind, 9), e.doc, e.span)):
            fh.write(f"=== {rec.kind} {rec.doc} {rec.span[0]}-{rec.span[1]}\n")
            for line in rec.lines:
                fh.write(line + "\n")
            fh.write("\n")


def load_extractor(spec: str) -> Callable[[str], Sequence[Any]]:
    """Import ``module:function``, with the repository root appended to sys.path.

    Appended rather than prepended so that ``PYTHONPATH`` can point at an exported snapshot of
    ``service/`` (e.g. ``git archive <commit> service | tar -x -C /tmp/snap``) and score that commit
    while the working tree is being edited.
    """
    module_name, _, attr = spec.partition(":")
    if str(REPO_ROOT) not in sys.path:
        sys.path.append(str(REPO_ROOT))
    module = importlib.import_module(module_name)
    return getattr(module, attr or "extract_quotes")


def inside_repo(path: Path) -> bool:
    """True if ``path`` would land inside this repository."""
    try:
        path.resolve().relative_to(REPO_ROOT)
    except ValueError:
        return False
    return True


def main(argv: Sequence[str] | None = None, extractor: Callable[[str], Sequence[Any]] | None = None) -> int:
    """Command-line entry point; ``extractor`` overrides ``--extractor`` (for tests)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="PolNeAR root (the directory holding data/) or its data/")
    parser.add_argument("--split", default="dev", help="dev (default) or train; test is refused")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (by name)")
    parser.add_argument("--errors", type=Path, default=None, help="write error cases here (outside the repo)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--extractor", default=DEFAULT_EXTRACTOR, help="MODULE:FUNCTION to evaluate")
    parser.add_argument("--no-corenlp", action="store_true", help="ignore CoreNLP coreference files")
    parser.add_argument(
        "--no-hand", action="store_true", help="ignore the hand-resolved speakers in bench/data (automatic only)"
    )
    parser.add_argument(
        "--no-byline", action="store_true", help="do not give the extractor each article's byline (metadata.tsv)"
    )
    args = parser.parse_args(argv)

    if args.split == "test":
        parser.error("refusing --split test: the PolNeAR test split is kept unseen; use dev or train")
    if args.split not in ALLOWED_SPLITS:
        parser.error(f"unknown split {args.split!r}: use dev or train")
    if args.errors is not None and inside_repo(args.errors):
        parser.error(f"--errors {args.errors} is inside the repository; corpus text must stay out of it (use /tmp)")
    if args.limit is not None and args.limit <= 0:
        parser.error("--limit must be positive")

    try:
        docs = load_split(
            args.path,
            args.split,
            args.limit,
            use_corenlp=not args.no_corenlp,
            use_hand=not args.no_hand,
            use_byline=not args.no_byline,
        )
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if extractor is None:
        extractor = load_extractor(args.extractor)
    errors: list[ErrorRecord] | None = [] if args.errors is not None else None
    report = evaluate(docs, extractor, errors)
    report["split"] = args.split
    # Which code was scored matters when a snapshot is put first on PYTHONPATH.
    report["extractor"] = f"{getattr(extractor, '__module__', '?')}.{getattr(extractor, '__name__', '?')}"
    source = getattr(sys.modules.get(getattr(extractor, "__module__", "")), "__file__", None)
    report["extractor_file"] = source
    if args.json:
        print(json.dumps(report, indent=2, sort_keys=True))
    else:
        print(format_table(report, args.split))
        print(f"extractor: {report['extractor']} from {source}")
    if errors is not None:
        write_errors(args.errors, errors)
        print(f"{len(errors)} error records written to {args.errors}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
