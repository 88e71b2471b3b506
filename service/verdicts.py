"""Verdicts on a submitted quote, and who counts as the same speaker. Plain functions: no web framework.

``verify(store, text, speaker=...)`` looks the text up (``matching.search.find_matches``) and decides:

``verified``
    some matching source carries the same words: its diff with the submission has only equal words
    (differences of case, punctuation or an equivalent spelling), ignoring source words left out *before
    or after* the submission (quoting part of a longer quote is not altering it); and, if a speaker was
    given, that source attributes the quote to the same person (``same_person``).
``altered``
    the statement is found (a source scores at least ``min_score``), but no source, among those
    attributing it to the given speaker when some do, carries the submitted wording; the diff says what
    changed.
``misattributed``
    a speaker was given, at least one matching source names a speaker, and none names the given one:
    ``attributed_to`` says who the sources name.
``not_found``
    no source scores ``min_score`` or more; ``reason`` says why (``too_short``, ``too_common``,
    ``below_threshold``, with the closest candidate when there is one).

When a speaker is given but no matching source names any speaker, the attribution can be neither
confirmed nor refuted: the verdict then rests on the wording alone and ``speaker_check`` is
``unattributed``.

``check_draft(store, text)`` extracts a draft's quotes with their speakers (the same extractor as
ingestion) and verifies each one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from service.extraction import Quote, extract_quotes
from service.extraction.lexicon import ORG_WORDS, TITLE_WORDS
from service.matching.index import STOPWORDS
from service.matching.normalize import DEFAULT_NORMALIZER, Normalizer, base_form
from service.matching.score import MATCH
from service.matching.search import CANDIDATES, RESCORE, Closest, LookupResult, Match, find_matches
from service.storage.base import Store

if TYPE_CHECKING:
    from service.provenance import DraftLineage

__all__ = [
    "ALTERED",
    "CHECKED_KINDS",
    "MISATTRIBUTED",
    "NOT_FOUND",
    "POOL",
    "VERDICTS",
    "VERIFIED",
    "CheckedMatch",
    "CheckedQuote",
    "DraftCheck",
    "Verification",
    "carries_wording",
    "check_draft",
    "person_names",
    "same_person",
    "verify",
]

VERIFIED = "verified"
ALTERED = "altered"
MISATTRIBUTED = "misattributed"
NOT_FOUND = "not_found"
VERDICTS = (VERIFIED, ALTERED, MISATTRIBUTED, NOT_FOUND)

# speaker_check values
NOT_GIVEN = "not_given"
CONFIRMED = "confirmed"
DIFFERENT = "different"
UNATTRIBUTED = "unattributed"

# Draft quotes that get a verdict: scare-quoted terms (one or two words, no cue) are labels, not quotations,
# and would all be "too short".
CHECKED_KINDS = frozenset({"full", "fragment"})

# The verdict is decided on every match found, not only on the ``limit`` returned: a source attributing the
# quote correctly may score below several that do not. So at least this many of the best index candidates
# are rescored (more than find_matches' default, which serves a plain lookup).
POOL = 50


# --- who counts as the same speaker ----------------------------------------------------------------

_SEPARATORS = re.compile(r"\s+(?:and|&)\s+|[,;/&]", re.IGNORECASE)
# Titles, organisations and function words say which office or body, not which person: "Kremlin spokesman
# Dmitry Peskov" and "Peskov" name one person, as do "President Putin" and "Vladimir Putin".
_NOT_NAME_WORDS = frozenset(base_form(w) for w in TITLE_WORDS | ORG_WORDS) | STOPWORDS


@lru_cache(maxsize=4096)
def person_names(speaker: str | None, *, normalizer: Normalizer = DEFAULT_NORMALIZER) -> tuple[tuple[str, ...], ...]:
    """The persons a speaker string names, each as its normalised name words (titles dropped).

    "Leonid Pasechnik and Denis Pushilin" -> (("leonid", "pasechnik"), ("denis", "pushilin"));
    "Kremlin spokesman Dmitry Peskov" -> (("dmitry", "peskov"),). A piece made only of titles keeps its
    last word ("Mr. King" -> ("king",)). Spellings fold as in matching ("Zelenskyy" -> "zelensky").
    """
    if not speaker:
        return ()
    persons = []
    for piece in _SEPARATORS.split(speaker):
        words = normalizer.words(piece)
        if not words:
            continue
        name = tuple(w for w in words if w not in _NOT_NAME_WORDS) or (words[-1],)
        persons.append(name)
    return tuple(persons)


def _same_given_names(a: Sequence[str], b: Sequence[str]) -> bool:
    # Every given name of the shorter list must appear in the longer one, an initial standing for the
    # name it begins ("D. Peskov" is "Dmitry Peskov"; "Vladimir Putin" is "Vladimir Vladimirovich Putin").
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return all(
        any(w == x or (len(w) == 1 and x.startswith(w)) or (len(x) == 1 and w.startswith(x)) for x in longer)
        for w in shorter
    )


def _same_name(a: Sequence[str], b: Sequence[str]) -> bool:
    return bool(a) and bool(b) and a[-1] == b[-1] and _same_given_names(a[:-1], b[:-1])


def same_person(a: str | None, b: str | None) -> bool:
    """Whether two speaker strings name (at least one) common person.

    Surnames must be equal after normalisation and the given names compatible: a short name ("Peskov"),
    a full one ("Dmitry Peskov"), a titled one ("Kremlin spokesman Dmitry Peskov") and one with an initial
    ("D. Peskov") are the same person; "Anna Peskova" and "Ivan Peskov" are not. A list ("Leonid Pasechnik
    and Denis Pushilin") names each of its persons.
    """
    persons_a, persons_b = person_names(a), person_names(b)
    return any(_same_name(p, q) for p in persons_a for q in persons_b)


# --- verdicts --------------------------------------------------------------------------------------


def carries_wording(match: Match) -> bool:
    """Whether the source carries the submitted words: only equal words in the diff once source words left
    out at its start or end are set aside (the submission quotes part of the source)."""
    ops = list(match.diff)
    while ops and ops[0].op == "delete":
        ops.pop(0)
    while ops and ops[-1].op == "delete":
        ops.pop()
    return bool(ops) and all(op.op == "equal" for op in ops)


@dataclass(frozen=True, slots=True)
class CheckedMatch:
    """A match with what the verdict needs to know of it.

    ``same_speaker``: None when no speaker was given or the source names none; else whether the source's
    speaker, or the person it says relayed the words (``relayed_by``), is the given speaker.
    """

    match: Match
    carries_wording: bool
    attributed: bool
    same_speaker: bool | None

    @property
    def quote(self):
        """The matching source quote (``StoredQuote`` with its document's metadata)."""
        return self.match.quote

    @property
    def score(self) -> float:
        return self.match.score


@dataclass(frozen=True, slots=True)
class Verification:
    """The verdict on one submitted quote. ``matches``: the deciding match first, then by score."""

    text: str
    speaker: str | None
    verdict: str
    message: str
    speaker_check: str
    matches: tuple[CheckedMatch, ...]
    match_count: int
    earliest: CheckedMatch | None
    attributed_to: tuple[str, ...]
    reason: str | None = None
    closest: Closest | None = None
    min_score: float = MATCH

    @property
    def best_match(self) -> CheckedMatch | None:
        """The match the verdict rests on."""
        return self.matches[0] if self.matches else None


def _check(match: Match, speaker: str | None) -> CheckedMatch:
    quote = match.quote
    attributed = bool(quote.speaker or quote.relayed_by)
    same = None
    if speaker is not None and attributed:
        same = same_person(speaker, quote.speaker) or same_person(speaker, quote.relayed_by)
    return CheckedMatch(match, carries_wording(match), attributed, same)


def _by_relevance(checked: CheckedMatch) -> tuple:
    document = checked.quote.document
    published = document.published_at if document is not None else None
    return (-checked.score, published is None, published or "", checked.quote.id)


def _where(checked: CheckedMatch) -> str:
    document = checked.quote.document
    if document is None:
        return f"document {checked.quote.document_id}"
    return f"{document.outlet}, {document.published_at}" if document.published_at else document.outlet


def _attributed_to(checked: Sequence[CheckedMatch]) -> tuple[str, ...]:
    names: dict[str, None] = {}
    for c in checked:
        for name in (c.quote.speaker, c.quote.relayed_by):
            if name:
                names.setdefault(name, None)
    return tuple(names)


def _attribution(checked: CheckedMatch) -> str:
    quote = checked.quote
    if quote.speaker and quote.relayed_by:
        return f"{quote.speaker} (relayed by {quote.relayed_by})"
    return quote.speaker or f"words relayed by {quote.relayed_by}"


def _count(n: int) -> str:
    return f"{n} source" if n == 1 else f"{n} sources"


def verify(
    store: Store,
    text: str,
    *,
    speaker: str | None = None,
    limit: int = 10,
    min_score: float = MATCH,
    normalizer: Normalizer = DEFAULT_NORMALIZER,
) -> Verification:
    """The verdict on ``text`` (attributed to ``speaker``, if given) against the indexed sources.

    ``limit`` caps the matches returned, not those the verdict considers: the best ``max(limit, POOL)``
    index candidates are scored.
    """
    speaker = speaker.strip() if speaker and speaker.strip() else None
    considered = max(limit, POOL)
    result: LookupResult = find_matches(
        store,
        text,
        limit=considered,
        min_score=min_score,
        normalizer=normalizer,
        candidates=max(CANDIDATES, considered),
        rescore=max(RESCORE, considered),
        with_clusters=False,
    )
    if not result.matches:
        return Verification(
            text=text,
            speaker=speaker,
            verdict=NOT_FOUND,
            message=result.message,
            speaker_check=NOT_GIVEN if speaker is None else UNATTRIBUTED,
            matches=(),
            match_count=0,
            earliest=None,
            attributed_to=(),
            reason=result.reason,
            closest=result.closest,
            min_score=min_score,
        )

    checked = sorted((_check(m, speaker) for m in result.matches), key=_by_relevance)
    earliest_match = result.earliest
    earliest = next(c for c in checked if c.match is earliest_match) if earliest_match is not None else None
    attributed_to = _attributed_to(checked)
    pool = checked
    if speaker is None:
        speaker_check = NOT_GIVEN
    elif any(c.same_speaker for c in checked):
        speaker_check = CONFIRMED
        pool = [c for c in checked if c.same_speaker]
    elif any(c.attributed for c in checked):
        speaker_check = DIFFERENT
    else:
        speaker_check = UNATTRIBUTED

    if speaker_check == DIFFERENT:
        verdict = MISATTRIBUTED
        naming = [c for c in checked if c.attributed]
        best = next((c for c in naming if c.carries_wording), naming[0])
        who = dict.fromkeys(_attribution(c) for c in naming)
        message = (
            f"The words are found in {_count(len(checked))}, attributed to {'; '.join(who)}; not to {speaker}."
        )
    else:
        exact = [c for c in pool if c.carries_wording]
        best = exact[0] if exact else pool[0]
        if exact:
            verdict = VERIFIED
            message = f"Found with this wording in {_count(len(exact))}; best match: {_where(best)}."
        else:
            verdict = ALTERED
            changed = sum(len(op.submitted) or len(op.source) for op in best.match.diff if op.op != "equal")
            message = (
                f"The statement is found in {_count(len(pool))}, but none carries this wording; "
                f"{changed} word(s) differ from the closest, {_where(best)}."
            )
        if speaker_check == CONFIRMED and not any(same_person(speaker, c.quote.speaker) for c in pool):
            # Confirmed only as the person who read the words out: say whose words they are.
            message += f" The sources give the words to {_attribution(best)}: {speaker} relayed them."
        elif speaker_check == CONFIRMED:
            message += f" The sources attribute it to {speaker}."
        elif speaker_check == UNATTRIBUTED:
            message += " No source names a speaker, so the attribution could not be checked."

    ordered = [best] + [c for c in checked if c is not best]
    return Verification(
        text=text,
        speaker=speaker,
        verdict=verdict,
        message=message,
        speaker_check=speaker_check,
        matches=tuple(ordered[:limit]),
        match_count=len(checked),
        earliest=earliest,
        attributed_to=attributed_to,
        min_score=min_score,
    )


# --- drafts ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CheckedQuote:
    """A quote of a draft (as extracted), its verification, and the wording line of the statement its best
    match belongs to (``provenance.DraftLineage``; None when nothing matches)."""

    quote: Quote
    verification: Verification
    lineage: DraftLineage | None = None

    @property
    def verdict(self) -> str:
        return self.verification.verdict


@dataclass(frozen=True, slots=True)
class DraftCheck:
    """Every checked quote of a draft, in draft order, and the count of each verdict."""

    quotes: tuple[CheckedQuote, ...]
    summary: dict[str, int]


def check_draft(
    store: Store,
    text: str,
    *,
    min_score: float = MATCH,
    limit: int = 5,
    extract: Callable[[str], Sequence[Quote]] = extract_quotes,
) -> DraftCheck:
    """Extract the quotes of a draft and verify each with the speaker the draft gives it.

    Boilerplate and scare-quoted terms are not checked (``CHECKED_KINDS``); ``limit`` caps the sources
    listed per quote. Each quote gets the lineage of its wording in the statement of its best match.
    """
    # Imported here: provenance builds on this module (same_person).
    from service.provenance import draft_lineages

    verified = [
        (q, verify(store, q.text, speaker=q.speaker, limit=limit, min_score=min_score))
        for q in extract(text)
        if q.kind in CHECKED_KINDS and not q.boilerplate
    ]
    lineages = draft_lineages(
        store, [(q.text, v.best_match.quote.cluster_id if v.best_match else None) for q, v in verified]
    )
    checked = tuple(CheckedQuote(q, v, lineage) for (q, v), lineage in zip(verified, lineages, strict=True))
    counts = Counter(c.verdict for c in checked)
    return DraftCheck(checked, {verdict: counts.get(verdict, 0) for verdict in VERDICTS})
