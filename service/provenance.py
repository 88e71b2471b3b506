"""Provenance of a statement: who said it, when and where it appeared, its wording lines, the copies whose
words were changed and the ones that carry only part of it. Plain functions and dataclasses: no web framework.

A *statement* is a quote cluster (maintained at ingest by ``matching.search.cluster_linker``); its quotes are
its *occurrences*. ``cluster_provenance(cluster)`` computes everything from the cluster alone, so the answer
is always that of the store as it is now: no cache, nothing maintained apart from the clusters.

Order
    Occurrences are ordered by publication: the instant in UTC (a date without a time counts from the start
    of its day), then by document id (the order of indexing), then by position in the document. Occurrences
    with no date are *not* placed in that order: the timeline lists them apart (``Timeline.undated``). Where
    an order is needed to say who copied whom (lines, relations, alterations), they come after every dated
    one, in the order they were indexed: what they are compared with is what was known before them.

Lines (``Line``)
    A line is a family of occurrences whose wording is identical after normalisation (``matching``'s
    normaliser: case, accents, punctuation, quotation marks and equivalent spellings fold away): copies of one
    rendering, such as one wire text carried by several outlets. An occurrence whose normalised words are a
    contiguous part of a longer line's wording is a truncated copy of that rendering and joins that line.
    Lines are numbered in the order of their first occurrence. The first line is ``first``; each later line
    is compared with every earlier one (``matching.score``: the later line's words as the submission, so a
    shorter line is aligned with the best stretch of a longer one):

    * ``altered_copy``: the closest earlier line shares at least ``ALTERED_MIN`` (0-100) of its words *in the
      same order* (the ``ordered`` measure of ``matching.score``): the same text with a few words changed,
      left out or added inside the quotation marks;
    * ``retranslation``: otherwise: a different rendering of the statement (a re-translation or a paraphrase).

Relations of an occurrence
    ``first`` (the first occurrence of the first line), ``copy`` (carries the wording of a line that appeared
    before), ``retranslation`` or ``altered_copy`` (the first occurrence of such a line).

Truncations
    An occurrence carries only a fragment of a longer quote when its words are a contiguous part of its line's
    fullest wording (exact), or when its line's wording, at most ``1 - TRUNCATION_MIN_LEFT_OUT`` as long as
    a longer line's, lines up with a stretch of it with a score of at least ``MATCH`` that leaves out at
    least ``TRUNCATION_MIN_WORDS`` words (approximate: a fragment of another rendering). Either way the words
    before and after the kept stretch are what was left out.

Who
    Speakers are grouped into persons with ``verdicts.same_person`` ("Peskov" and "Dmitry Peskov" are one).
    A person some occurrence names as having relayed the words (``relayed_by``: a spokesman reading letters)
    is a relayer of this statement even where another occurrence names them as its speaker; the other
    persons are its speakers (authors). ``attribution`` is ``none``, ``single``, ``relayed`` (relayers, at
    most one speaker) or ``conflicting`` (two or more speakers: the same words credited to different people).

Thresholds (README, "Provenance", has the measurements on the seeds and ``tests/data/provenance``):
``ALTERED_MIN`` = 80, ``TRUNCATION_MIN_LEFT_OUT`` = 0.25, ``TRUNCATION_MIN_WORDS`` = 3; ``MATCH`` (50) is
the matching module's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from functools import lru_cache

from service.matching.diff import DiffOp, diff_tokens
from service.matching.index import STOPWORDS
from service.matching.normalize import DEFAULT_NORMALIZER, Normalizer, Token
from service.matching.score import MATCH, MIN_FRAGMENT_WORDS, STOPWORD_WEIGHT, Query, SpanScore
from service.storage.base import Cluster, ClusterSummary, ItemNotFound, Store, StoredQuote
from service.verdicts import same_person

__all__ = [
    "ALTERED_COPY",
    "ALTERED_MIN",
    "ATTRIBUTIONS",
    "COPY",
    "FIRST",
    "LINE_KINDS",
    "OUTLET_RECORDS",
    "RELATIONS",
    "RETRANSLATION",
    "TRUNCATION_MIN_LEFT_OUT",
    "TRUNCATION_MIN_WORDS",
    "Alteration",
    "Credit",
    "DraftLineage",
    "Line",
    "Occurrence",
    "OutletQuote",
    "OutletRecord",
    "Provenance",
    "Timeline",
    "Truncation",
    "Who",
    "cluster_provenance",
    "draft_lineages",
    "lineage_of",
    "outlet_record",
    "provenance",
]

ALTERED_MIN = 80.0
TRUNCATION_MIN_LEFT_OUT = 0.25
TRUNCATION_MIN_WORDS = 3

FIRST = "first"
COPY = "copy"
RETRANSLATION = "retranslation"
ALTERED_COPY = "altered_copy"
LINE_KINDS = (FIRST, RETRANSLATION, ALTERED_COPY)
RELATIONS = (FIRST, COPY, RETRANSLATION, ALTERED_COPY)
ATTRIBUTIONS = ("none", "single", "relayed", "conflicting")

# How an outlet's quote stands against earlier sources (``outlet_record``).
VERBATIM = "verbatim"
NOWHERE = "nowhere"
OUTLET_RECORDS = (VERBATIM, RETRANSLATION, ALTERED_COPY, NOWHERE)
_RECORD_OF = {COPY: VERBATIM, RETRANSLATION: RETRANSLATION, ALTERED_COPY: ALTERED_COPY, FIRST: NOWHERE}


# --- records ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One quote of the statement with its place in it.

    ``copy_of``: for a ``copy``, the first occurrence of its line. ``truncated``: it carries only a fragment of
    a longer quote (``Provenance.truncations`` says of which, and what was left out).
    """

    quote: StoredQuote
    line: int
    relation: str
    copy_of: int | None
    truncated: bool

    @property
    def published_at(self) -> str | None:
        return self.quote.document.published_at if self.quote.document is not None else None


@dataclass(frozen=True, slots=True)
class Timeline:
    """Dated occurrences in order of publication, undated ones apart (in the order they were indexed).

    ``earliest``: the first dated occurrence; ``earliest_ties``: occurrences of other documents that may be as
    early (the same day, where one of the two has no time of day, or the very same instant).
    """

    dated: tuple[Occurrence, ...]
    undated: tuple[Occurrence, ...]
    earliest: Occurrence | None
    earliest_ties: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Line:
    """A wording line: occurrences with one wording after normalisation (or a contiguous part of it).

    ``wording`` is the text of ``representative``, the first occurrence carrying the line's whole wording;
    ``first`` is its first occurrence. ``credited_source`` is the source its occurrences credit most often
    (the earliest on a tie), ``credited_sources`` every one, in order. ``closest``/``score``: the closest
    earlier line and the score of this line's wording against it (None for the first line).
    """

    id: int
    kind: str
    wording: str
    representative: StoredQuote
    first: StoredQuote
    occurrences: tuple[StoredQuote, ...]
    credited_source: str | None
    credited_sources: tuple[str, ...]
    outlets: tuple[str, ...]
    closest: int | None
    score: float | None
    ordered: float | None

    @property
    def quote_ids(self) -> tuple[int, ...]:
        return tuple(q.id for q in self.occurrences)

    @property
    def count(self) -> int:
        return len(self.occurrences)


@dataclass(frozen=True, slots=True)
class Alteration:
    """The first occurrence of an ``altered_copy`` line, against the closest earlier occurrence (``source``).

    ``diff`` reads as "what the copy did to the source" (``matching.diff``); its source offsets index
    ``source.text``. ``changed_words``: words replaced, added or left out. ``order_uncertain``: the two share
    a day and at least one has no time, or one has no date: which came first is not known.
    ``carried_by``: later occurrences carrying the altered wording.
    """

    quote: StoredQuote
    line: int
    source: StoredQuote
    source_line: int
    score: float
    ordered: float
    changed_words: int
    diff: tuple[DiffOp, ...]
    order_uncertain: bool
    carried_by: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Truncation:
    """An occurrence carrying only ``of.text[kept_start:kept_end]`` of the longer quote ``of``.

    ``exact``: its words are those of the kept stretch (a truncated copy); otherwise it is a fragment of
    another rendering, aligned with ``score``. ``left_out_before``/``after`` are the words of ``of`` outside the
    kept stretch, as written there.
    """

    quote: StoredQuote
    line: int
    of: StoredQuote
    exact: bool
    score: float
    kept_start: int
    kept_end: int
    left_out_before: str
    left_out_after: str
    left_out_words: int

    @property
    def kept(self) -> str:
        return self.of.text[self.kept_start : self.kept_end]


@dataclass(frozen=True, slots=True)
class Credit:
    """A person (or several spellings of one) the occurrences name.

    ``quote_ids``: occurrences naming them (as speaker, or as relayer); ``as_speaker``: how many of those
    give them as the speaker.
    """

    name: str
    names: tuple[str, ...]
    quote_ids: tuple[int, ...]
    as_speaker: int


@dataclass(frozen=True, slots=True)
class Who:
    """Speakers (authors) and relayers of a statement; ``unattributed``: occurrences naming nobody."""

    attribution: str
    speakers: tuple[Credit, ...]
    relayers: tuple[Credit, ...]
    unattributed: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Provenance:
    """Everything known of where one statement came from. ``quote_id``: the occurrence asked about."""

    quote_id: int | None
    summary: ClusterSummary
    who: Who
    timeline: Timeline
    lines: tuple[Line, ...]
    alterations: tuple[Alteration, ...]
    truncations: tuple[Truncation, ...]
    occurrences: dict[int, Occurrence]

    @property
    def cluster_id(self) -> int:
        return self.summary.id

    def line(self, line_id: int) -> Line:
        """The line with this id."""
        return self.lines[line_id - 1]


# --- order -----------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)  # a pure function of the string: nothing to go stale; many occurrences share a date
def _moment(published_at: str | None) -> tuple[datetime, bool] | None:
    """``(instant in UTC, has a time of day)``, or None for no date (or one that does not parse)."""
    if not published_at:
        return None
    try:
        if len(published_at) == 10:
            day = date.fromisoformat(published_at)
            return datetime(day.year, day.month, day.day), False
        instant = datetime.fromisoformat(published_at)
    except ValueError:
        return None
    if instant.tzinfo is not None:
        instant = instant.astimezone(UTC).replace(tzinfo=None)
    return instant, True


def _published(quote: StoredQuote) -> str | None:
    return quote.document.published_at if quote.document is not None else None


def _order_key(quote: StoredQuote) -> tuple:
    moment = _moment(_published(quote))
    return (moment is None, moment[0] if moment else datetime.min, quote.document_id, quote.position)


def _uncertain(a: StoredQuote, b: StoredQuote) -> bool:
    """Whether the order of two occurrences of different documents is unknown."""
    ma, mb = _moment(_published(a)), _moment(_published(b))
    if ma is None or mb is None:
        return True
    if ma[0].date() != mb[0].date():
        return False
    return not (ma[1] and mb[1]) or ma[0] == mb[0]


# --- alignment -------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Item:
    """An occurrence being placed: its normalised words, its rank in the order, and (built only for the few
    items whose offsets are needed: representatives, alterations, truncations) its tokens."""

    quote: StoredQuote
    words: tuple[str, ...]
    rank: int
    normalizer: Normalizer
    _tokens: list[Token] | None = None

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = self.normalizer(self.quote.text)
        return self._tokens


_NO_SCORE = SpanScore(0.0, 0, 0, 0.0, 0.0)


def _score(query: Query, words: Sequence[str]) -> SpanScore:
    return query.score(words) or _NO_SCORE


def _span_offsets(tokens: Sequence[Token], start: int, end: int, text: str) -> tuple[int, int]:
    """Character offsets in ``text`` of the words ``start:end`` (the whole text when there are none)."""
    if start < end and end <= len(tokens):
        return tokens[start].start, tokens[end - 1].end
    return 0, len(text)


def _aligned_diff(sub: _Item, src: _Item, result: SpanScore) -> tuple[DiffOp, ...]:
    """``matching.diff`` of ``sub`` against the stretch of ``src`` the score lined it up with; source offsets
    index ``src.quote.text``."""
    start, end = _span_offsets(src.tokens, result.start, result.end, src.quote.text)
    span = [t._replace(start=t.start - start, end=t.end - start) for t in src.tokens[result.start : result.end]]
    ops = diff_tokens(sub.tokens, span, sub.quote.text, src.quote.text[start:end])
    return tuple(replace(op, source_start=op.source_start + start, source_end=op.source_end + start) for op in ops)


def _changed_words(ops: Iterable[DiffOp]) -> int:
    return sum(max(len(op.submitted), len(op.source)) for op in ops if op.op != "equal")


def _sub_position(part: Sequence[str], whole: Sequence[str]) -> int | None:
    """Index of the first place ``part`` stands in ``whole`` as a contiguous run, or None."""
    n = len(part)
    if n == 0 or n > len(whole):
        return None
    first = part[0]
    for i in range(len(whole) - n + 1):
        if whole[i] == first and tuple(whole[i : i + n]) == tuple(part):
            return i
    return None


def _contains(whole_joined: str, part_joined: str) -> bool:
    # Words never hold spaces, so a run of words is a contiguous part exactly when its space-padded text is a
    # substring of the padded whole; the substring test runs in C.
    return f" {part_joined} " in f" {whole_joined} "


_EDGES = " \t\n\r,;:"


def _left_out(of: _Item, start: int, end: int) -> tuple[int, int, str, str]:
    kept_start, kept_end = _span_offsets(of.tokens, start, end, of.quote.text)
    text = of.quote.text
    # The comma that joined the kept words to the rest is no part of what was left out.
    return kept_start, kept_end, text[:kept_start].strip(_EDGES), text[kept_end:].strip(_EDGES)


def _approximate_truncation(result: SpanScore, shorter: int, longer: int) -> bool:
    """Whether a text of ``shorter`` words, aligned by ``result`` with a stretch of a quote of ``longer`` words, is
    a fragment of it. Its length is what tells a fragment from a fuller rendering: two whole translations of
    one letter (003 and 004 of the seeds, 71 and 61 words) also align on a stretch only, at 57."""
    left_out = longer - (result.end - result.start)
    return (
        result.score >= MATCH and shorter <= (1 - TRUNCATION_MIN_LEFT_OUT) * longer and left_out >= TRUNCATION_MIN_WORDS
    )


# --- who -------------------------------------------------------------------------------------------


def _who(quotes: Sequence[StoredQuote]) -> Who:
    names: list[str] = []
    for q in quotes:
        for name in (q.speaker, q.relayed_by):
            if name and name not in names:
                names.append(name)
    # Union of the spellings that name a common person ("Peskov", "Dmitry Peskov").
    parent = list(range(len(names)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(names)):
        for j in range(i):
            if same_person(names[i], names[j]):
                parent[root(i)] = root(j)
    group_of = {name: root(i) for i, name in enumerate(names)}
    spoken: dict[int, list[StoredQuote]] = {}
    relayed: dict[int, list[StoredQuote]] = {}
    named: dict[int, dict[int, None]] = {}  # group -> ids of the occurrences naming it, in order
    spellings: dict[int, Counter] = {}
    unattributed = []
    for q in quotes:
        if not q.speaker and not q.relayed_by:
            unattributed.append(q.id)
        for name, into in ((q.speaker, spoken), (q.relayed_by, relayed)):
            if name:
                group = group_of[name]
                into.setdefault(group, []).append(q)
                named.setdefault(group, {})[q.id] = None
                spellings.setdefault(group, Counter())[name] += 1

    def credit(group: int) -> Credit:
        counts = spellings[group]
        # The most used spelling, the fullest on a tie ("Dmitry Peskov" over "Peskov").
        name = max(counts, key=lambda n: (counts[n], len(n)))
        return Credit(name, tuple(counts), tuple(named[group]), len(spoken.get(group, ())))

    groups = list(dict.fromkeys(group_of[n] for n in names))
    relayers = tuple(credit(g) for g in groups if g in relayed)
    speakers = tuple(credit(g) for g in groups if g not in relayed)
    if len(speakers) > 1:
        attribution = "conflicting"
    elif relayers:
        attribution = "relayed"
    elif speakers:
        attribution = "single"
    else:
        attribution = "none"
    return Who(attribution, speakers, relayers, tuple(unattributed))


# --- the provenance of a cluster -------------------------------------------------------------------


@dataclass(slots=True)
class _Line:
    items: list[_Item]
    root: tuple[str, ...]
    representative: _Item
    id: int = 0
    query: Query | None = None
    # Its words as multisets, content words and function words apart (``_bound``): a word's k-th repeat is
    # "word k" (strings, unlike tuples, keep their hash, which keeps the intersections cheap).
    content: frozenset[str] = frozenset()
    function: frozenset[str] = frozenset()


def _lines(items: Sequence[_Item]) -> list[_Line]:
    """Group items by wording; fold wordings that are a contiguous part of a longer one into its line."""
    groups: dict[tuple[str, ...], list[_Item]] = {}
    for item in items:
        groups.setdefault(item.words, []).append(item)
    roots: list[tuple[str, ...]] = []
    host: dict[tuple[str, ...], tuple[str, ...]] = {}
    joined = {words: " ".join(words) for words in groups}
    for words in sorted(groups, key=lambda w: (-len(w), groups[w][0].rank)):
        containing = [r for r in roots if words and len(r) > len(words) and _contains(joined[r], joined[words])]
        if containing:
            # Several renderings may hold the same words: the fragment goes with the earliest of them.
            host[words] = min(containing, key=lambda r: groups[r][0].rank)
        else:
            roots.append(words)
    lines = {r: _Line(list(groups[r]), r, groups[r][0]) for r in roots}
    for words, r in host.items():
        lines[r].items.extend(groups[words])
    ordered = sorted(lines.values(), key=lambda line: min(i.rank for i in line.items))
    for number, line in enumerate(ordered, 1):
        line.items.sort(key=lambda i: i.rank)
        line.id = number
        line.query = Query(line.root)
        members = {w: [w] + [f"{w} {k}" for k in range(1, n)] for w, n in line.query.counts.items()}
        line.content = frozenset(m for w, ms in members.items() if w not in STOPWORDS for m in ms)
        line.function = frozenset(m for w, ms in members.items() if w in STOPWORDS for m in ms)
    return ordered


def _credited(quotes: Sequence[StoredQuote]) -> tuple[str | None, tuple[str, ...]]:
    sources = [q.credited_source for q in quotes if q.credited_source]
    if not sources:
        return None, ()
    counts = Counter(sources)
    order = list(dict.fromkeys(sources))
    return max(order, key=lambda s: (counts[s], -order.index(s))), tuple(order)


def cluster_provenance(
    cluster: Cluster, *, quote_id: int | None = None, normalizer: Normalizer = DEFAULT_NORMALIZER
) -> Provenance:
    """The provenance of one statement from its cluster (see the module docstring for every rule).

    Pure: reads nothing but ``cluster``; ``quote_id`` only marks the occurrence asked about.
    """
    quotes = sorted(cluster.quotes, key=_order_key)
    # Copies share their text: each text is normalised once.
    words_of: dict[str, tuple[str, ...]] = {}
    items = []
    for rank, q in enumerate(quotes):
        words = words_of.get(q.text)
        if words is None:
            words = words_of[q.text] = tuple(normalizer.words(q.text))
        items.append(_Item(q, words, rank, normalizer))
    lines = _lines(items)

    # Each line against the earlier ones (kind) and the much longer ones (approximate truncation).
    kinds: dict[int, tuple[str, _Line | None, SpanScore | None]] = {}
    hosts: dict[int, tuple[_Line, SpanScore]] = {}
    for line in lines:
        best = _closest(line, [other for other in lines if other.id < line.id], 0.0)
        if best is None:
            kinds[line.id] = (FIRST, None, None)
        else:
            kind = ALTERED_COPY if best[0].ordered >= ALTERED_MIN else RETRANSLATION
            kinds[line.id] = (kind, best[1], best[0])
        longer = [o for o in lines if len(line.root) <= (1 - TRUNCATION_MIN_LEFT_OUT) * len(o.root)]
        host = _closest(line, longer, MATCH, accept=_fragment_of)
        if host is not None:
            hosts[line.id] = (host[1], host[0])

    occurrences: dict[int, Occurrence] = {}
    truncations: list[Truncation] = []
    alterations: list[Alteration] = []
    for line in lines:
        kind, closest, closeness = kinds[line.id]
        first = line.items[0]
        for item in line.items:
            relation = kind if item is first else COPY
            truncation = _truncation(item, line, hosts.get(line.id))
            if truncation is not None:
                truncations.append(truncation)
            occurrences[item.quote.id] = Occurrence(
                item.quote,
                line.id,
                relation,
                None if item is first else first.quote.id,
                truncation is not None,
            )
        if kind == ALTERED_COPY:
            alteration = _alteration(line, closest)
            if alteration is not None:
                alterations.append(alteration)

    return Provenance(
        quote_id=quote_id,
        summary=cluster.summary,
        who=_who(quotes),
        timeline=_timeline([occurrences[q.id] for q in quotes]),
        lines=tuple(_public_line(line, kinds[line.id]) for line in lines),
        alterations=tuple(alterations),
        truncations=tuple(sorted(truncations, key=lambda t: _order_key(t.quote))),
        occurrences=occurrences,
    )


def _bound(line: _Line, other: _Line) -> float:
    """An upper bound of ``line``'s score against ``other`` from the words they share, in any order.

    Where the whole of ``other`` is compared (``line`` is not a shorter text searched for inside it), that is
    the bag measure itself, which the score never exceeds (``ordered`` <= ``bag``): a tight bound, so spun
    copies of one wire text, which share most words with each other, are not all aligned with each other.
    """
    query = line.query
    if MIN_FRAGMENT_WORDS <= len(line.root) < len(other.root):
        return query.bound(other.root)
    # The weighted multiset intersection as two set intersections (in C): a word twice in both counts twice.
    shared = len(line.content & other.content) + STOPWORD_WEIGHT * len(line.function & other.function)
    total = query.weight + other.query.weight
    return 200.0 * shared / total if total else 0.0


def _fragment_of(result: SpanScore, line: _Line, other: _Line) -> bool:
    return _approximate_truncation(result, len(line.root), len(other.root))


def _closest(
    line: _Line,
    others: Sequence[_Line],
    floor: float,
    *,
    accept: Callable[[SpanScore, _Line, _Line], bool] | None = None,
) -> tuple[SpanScore, _Line] | None:
    """The line of ``others`` that ``line``'s wording scores best against (at least ``floor``, and ``accept``ed),
    the earliest on a tie.

    Candidates are aligned in decreasing order of ``_bound`` (shared words only), and the first whose bound is
    below the best score so far ends the search: most lines of a large statement are never aligned.
    """
    query = line.query
    bounded = sorted(((_bound(line, o), o) for o in others), key=lambda pair: (-pair[0], pair[1].id))
    best: tuple[SpanScore, _Line] | None = None
    for bound, other in bounded:
        if bound < floor or (best is not None and bound < best[0].score):
            break
        result = _score(query, other.root)
        if result.score < floor or (accept is not None and not accept(result, line, other)):
            continue
        if best is None or (result.score, -other.id) > (best[0].score, -best[1].id):
            best = (result, other)
    return best


def _truncation(item: _Item, line: _Line, host: tuple[_Line, SpanScore] | None) -> Truncation | None:
    rep = line.representative
    if len(item.words) < len(line.root):
        at = _sub_position(item.words, line.root)
        if at is not None:
            end = at + len(item.words)
            kept_start, kept_end, before, after = _left_out(rep, at, end)
            return Truncation(
                item.quote, line.id, rep.quote, True, 100.0, kept_start, kept_end, before, after,
                len(line.root) - len(item.words),
            )  # fmt: skip
    if host is None or item.words != line.root:
        return None
    # Against the first occurrence carrying the longer line's whole wording, which the score was computed on.
    other, aligned = host
    of = other.representative
    kept_start, kept_end, before, after = _left_out(of, aligned.start, aligned.end)
    return Truncation(
        item.quote, line.id, of.quote, False, aligned.score, kept_start, kept_end, before, after,
        len(of.words) - (aligned.end - aligned.start),
    )  # fmt: skip


def _alteration(line: _Line, source_line: _Line) -> Alteration | None:
    first = line.items[0]
    query = Query(first.words)
    # The closest earlier occurrence: best score, the earliest on a tie (the source line's first outlet).
    # Copies share their words, so only the earliest occurrence of each wording is aligned.
    earliest: dict[tuple[str, ...], _Item] = {}
    for o in source_line.items:  # in order
        if o.rank >= first.rank:
            break
        earliest.setdefault(o.words, o)
    if not earliest:
        return None
    scored = [(_score(query, o.words), o) for o in earliest.values()]
    result, source = max(scored, key=lambda pair: (pair[0].score, -pair[1].rank))
    ops = _aligned_diff(first, source, result)
    changed = _changed_words(ops)
    if not changed:
        return None
    return Alteration(
        quote=first.quote,
        line=line.id,
        source=source.quote,
        source_line=source_line.id,
        score=result.score,
        ordered=result.ordered,
        changed_words=changed,
        diff=ops,
        order_uncertain=_uncertain(first.quote, source.quote),
        carried_by=tuple(i.quote.id for i in line.items[1:]),
    )


def _public_line(line: _Line, kind: tuple[str, _Line | None, SpanScore | None]) -> Line:
    name, closest, closeness = kind
    quotes = tuple(i.quote for i in line.items)
    credited, credited_all = _credited(quotes)
    return Line(
        id=line.id,
        kind=name,
        wording=line.representative.quote.text,
        representative=line.representative.quote,
        first=quotes[0],
        occurrences=quotes,
        credited_source=credited,
        credited_sources=credited_all,
        outlets=tuple(dict.fromkeys(q.document.outlet for q in quotes if q.document is not None)),
        closest=closest.id if closest is not None else None,
        score=closeness.score if closeness is not None else None,
        ordered=closeness.ordered if closeness is not None else None,
    )


def _timeline(ordered: Sequence[Occurrence]) -> Timeline:
    dated = tuple(o for o in ordered if _moment(o.published_at) is not None)
    undated = tuple(o for o in ordered if _moment(o.published_at) is None)
    earliest = dated[0] if dated else None
    ties: tuple[int, ...] = ()
    if earliest is not None:
        ties = tuple(
            o.quote.id
            for o in dated[1:]
            if o.quote.document_id != earliest.quote.document_id and _uncertain(o.quote, earliest.quote)
        )
    return Timeline(dated, undated, earliest, ties)


def provenance(store: Store, quote_id: int, *, normalizer: Normalizer = DEFAULT_NORMALIZER) -> Provenance:
    """The provenance of the statement quote ``quote_id`` is an occurrence of (``ItemNotFound`` if unknown).

    Two reads (the quote, its cluster), then ``cluster_provenance``.
    """
    quote = store.get_quote(quote_id)
    return cluster_provenance(store.get_cluster(quote.cluster_id), quote_id=quote_id, normalizer=normalizer)


# --- an outlet's record ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutletQuote:
    """One of an outlet's quotes and how it stands against earlier sources.

    ``record``: ``verbatim`` (carries the wording of an earlier occurrence), ``retranslation``,
    ``altered_copy``, or ``nowhere`` (no earlier source carries the statement); ``earlier``: the occurrence it
    copies, alters, or re-renders (the first of the closest earlier line); ``published_first``: ``nowhere``,
    and other documents carry the statement later.
    """

    quote: StoredQuote
    record: str
    relation: str
    line: int
    lines: int
    earlier: StoredQuote | None
    score: float | None
    truncated: bool
    published_first: bool


@dataclass(frozen=True, slots=True)
class OutletRecord:
    """An outlet's quoting record: counts over all its indexed quotes, and one page of them (newest first)."""

    outlet: str
    documents: int
    quotes: int
    counts: dict[str, int]
    published_first: int
    truncated: int
    items: tuple[OutletQuote, ...]
    limit: int
    offset: int

    @property
    def page(self) -> int:
        """The page ``items`` is, counting from 1."""
        return self.offset // self.limit + 1

    @property
    def page_size(self) -> int:
        return self.limit

    @property
    def total(self) -> int:
        return self.quotes

    @property
    def pages(self) -> int:
        return -(-self.quotes // self.limit)


def _outlet_quote(quote: StoredQuote, prov: Provenance | None) -> OutletQuote:
    if prov is None:  # alone in its cluster
        return OutletQuote(quote, NOWHERE, FIRST, 1, 1, None, None, False, False)
    occurrence = prov.occurrences[quote.id]
    line = prov.line(occurrence.line)
    earlier: StoredQuote | None = None
    score: float | None = None
    if occurrence.relation == COPY:
        earlier, score = line.first, 100.0
    elif occurrence.relation == ALTERED_COPY:
        alteration = next((a for a in prov.alterations if a.quote.id == quote.id), None)
        if alteration is not None:
            earlier, score = alteration.source, alteration.score
    elif occurrence.relation == RETRANSLATION and line.closest is not None:
        earlier, score = prov.line(line.closest).first, line.score
    later_elsewhere = any(o.quote.document_id != quote.document_id for o in prov.occurrences.values())
    return OutletQuote(
        quote,
        _RECORD_OF[occurrence.relation],
        occurrence.relation,
        occurrence.line,
        len(prov.lines),
        earlier,
        score,
        occurrence.truncated,
        occurrence.relation == FIRST and later_elsewhere,
    )


def outlet_record(
    store: Store,
    outlet: str,
    *,
    limit: int = 20,
    offset: int = 0,
    normalizer: Normalizer = DEFAULT_NORMALIZER,
    batch: int = 1000,
) -> OutletRecord:
    """The quoting record of ``outlet`` (its name exactly as stored); ``ItemNotFound`` when it has no document.

    Every indexed quote of the outlet is placed in its statement's provenance (each statement computed once);
    quotes alone in their cluster are ``nowhere`` without computing anything.
    """
    documents = store.list_documents(outlet=outlet, limit=1).total
    if documents == 0:
        raise ItemNotFound("outlet", outlet)
    found: dict[int, StoredQuote] = {}
    offset_read = 0
    while True:
        page = store.outlet_quotes(outlet, limit=batch, offset=offset_read)
        # Newest first: a document indexed between two reads pushes the others down a page, so a quote may
        # come twice (counted once); none is skipped, since nothing deletes quotes.
        for q in page.items:
            found.setdefault(q.id, q)
        offset_read += len(page.items)
        if not page.items or offset_read >= page.total:
            break
    quotes = list(found.values())
    summaries = store.cluster_summaries([q.cluster_id for q in quotes])
    provenances: dict[int, Provenance] = {}
    records = []
    for q in quotes:
        summary = summaries.get(q.cluster_id)
        prov = None
        if summary is not None and summary.n_quotes > 1:
            prov = provenances.get(q.cluster_id)
            if prov is None:
                prov = provenances[q.cluster_id] = cluster_provenance(
                    store.get_cluster(q.cluster_id), normalizer=normalizer
                )
        records.append(_outlet_quote(q, prov))
    counts = Counter(r.record for r in records)
    return OutletRecord(
        outlet=outlet,
        documents=documents,
        quotes=len(records),
        counts={record: counts.get(record, 0) for record in OUTLET_RECORDS},
        published_first=sum(r.published_first for r in records),
        truncated=sum(r.truncated for r in records),
        items=tuple(records[offset : offset + limit]),
        limit=limit,
        offset=offset,
    )


# --- the lineage of a draft's wording --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DraftLineage:
    """The wording line of a statement that a submitted text belongs to.

    ``relation``: ``copy`` (the text carries the line's wording, or a contiguous part of it: ``truncated``),
    ``altered_copy`` (a few words differ from the line: ``ALTERED_MIN``) or ``retranslation`` (the closest line,
    but another rendering). ``lines``: how many lines the statement has.
    """

    cluster_id: int
    line: Line
    lines: int
    relation: str
    truncated: bool
    score: float


def lineage_of(prov: Provenance, text: str, *, normalizer: Normalizer = DEFAULT_NORMALIZER) -> DraftLineage | None:
    """The line of ``prov`` whose wording ``text`` carries or is closest to (None if the statement is empty)."""
    if not prov.lines:
        return None
    words = normalizer.words(text)
    line_words = [normalizer.words(line.wording) for line in prov.lines]
    joined = " ".join(words)
    for line, wording in zip(prov.lines, line_words, strict=True):
        if words and _contains(" ".join(wording), joined):
            return DraftLineage(prov.cluster_id, line, len(prov.lines), COPY, len(words) < len(wording), 100.0)
    query = Query(words)
    scored = [
        (_score(query, wording), line, len(wording)) for line, wording in zip(prov.lines, line_words, strict=True)
    ]
    result, line, length = max(scored, key=lambda s: (s[0].score, -s[1].id))
    relation = ALTERED_COPY if result.ordered >= ALTERED_MIN else RETRANSLATION
    truncated = _approximate_truncation(result, len(words), length)
    return DraftLineage(prov.cluster_id, line, len(prov.lines), relation, truncated, result.score)


def draft_lineages(
    store: Store,
    texts_and_clusters: Iterable[tuple[str, int | None]],
    *,
    normalizer: Normalizer = DEFAULT_NORMALIZER,
) -> list[DraftLineage | None]:
    """``lineage_of`` for each ``(text, cluster id of its best match)``; None where there is no match.

    A statement several quotes of the draft belong to is computed once for this call (nothing is kept after
    it: the store may change before the next one).
    """
    computed: dict[int, Provenance] = {}
    out: list[DraftLineage | None] = []
    for text, cluster_id in texts_and_clusters:
        if cluster_id is None:
            out.append(None)
            continue
        prov = computed.get(cluster_id)
        if prov is None:
            prov = computed[cluster_id] = cluster_provenance(store.get_cluster(cluster_id), normalizer=normalizer)
        out.append(lineage_of(prov, text, normalizer=normalizer))
    return out
