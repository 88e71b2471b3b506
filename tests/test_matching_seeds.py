"""Score thresholds calibrated on the seed articles, on quote strings taken from the seeds themselves
(not from the extractor, so these tests do not depend on its details)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from service.extraction.model import Quote
from service.ingest import ingest_document
from service.matching.score import CLOSE, MATCH, match_score, similarity
from service.matching.search import BELOW_THRESHOLD, TOO_SHORT, find_matches

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
MANIFEST = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
TEXTS = {name[:3]: (SEEDS / name).read_text(encoding="utf-8") for name in MANIFEST}

# (seed, quote exactly as it stands in the seed, speaker)
QUOTES = {
    "heads1": (
        "001",
        "The heads of those republics on behalf of themselves and their peoples express their "
        "gratitude to the Russian president for the recognition of their states,",
        "Dmitry Peskov",
    ),
    "heads4": (
        "004",
        "The heads of those republics on behalf of themselves and their peoples express their "
        "gratitude to the Russian president for the recognition of their states,",
        "Dmitry Peskov",
    ),
    "help1": (
        "001",
        "help in repelling the aggression of the armed forces in Ukraine.",
        "Dmitry Peskov",
    ),
    "expect1": (
        "001",
        "We expect, and I want to emphasize this, that all disputes will be resolved during talks"
        " between the current Kyiv authorities and the leaders of these republics,",
        "Vladimir Putin",
    ),
    "unfortunately1": (
        "001",
        "Unfortunately, at this point in time, we realize that it is impossible to do so, since "
        "hostilities are still ongoing and, moreover, they are showing signs of escalating.",
        "Vladimir Putin",
    ),
    "first2": (
        "002",
        "First and foremost, we need to counter the Bayraktars,",
        "Denis Pushilin",
    ),
    "talk2": (
        "002",
        "We need to talk about the weapons you mean.",
        "Denis Pushilin",
    ),
    "regard0": (
        "000",
        "In this regard, an understanding was reached that all the necessary additional forces of"
        " the allied forces, primarily of the Russian Federation, will be involved,",
        "Denis Pushilin",
    ),
    "prerogative0": (
        "000",
        "the prerogative of the Ministry of Defense, since this is a continuation of a special "
        "military operation,",
        "Dmitry Peskov",
    ),
    "kiev3": (
        "003",
        "Kiev continues to strengthen its military presence on the line of contact, while "
        "receiving full support, including military support, from the United States and other "
        "Western states. The Kiev regime is focused on resolving the conflict by force.",
        "Leonid Pasechnik and Denis Pushilin",
    ),
    "view3": (
        "003",
        "In view of the foregoing, the leaders of the two republics, within the framework of the "
        "current situation, as well as to prevent civilian casualties and a humanitarian "
        "catastrophe, on the basis of articles 3 and 4 of the treaties of friendship, cooperation"
        " and mutual assistance between the Russian Federation and the republics, asking the "
        "President of Russia to help repel the aggression of the armed forces and formations of "
        "Ukraine,",
        "Leonid Pasechnik and Denis Pushilin",
    ),
    "actions3": (
        "003",
        "The actions of the Kyiv regime demonstrate reluctance to end the war in Donbass,",
        "Leonid Pasechnik and Denis Pushilin",
    ),
    "kiev4": (
        "004",
        "Kiev is continuing its military buildup along the line of disengagement, simultaneously "
        "receiving comprehensive support, including military one, from the United States and "
        "other Western states. The Kiev regime is determined to resolve the conflict by force,",
        "Leonid Pasechnik and Denis Pushilin",
    ),
    "view4": (
        "004",
        "In view of the above, amid the current situation and in order to prevent civilian "
        "casualties and a humanitarian disaster, the two republics' heads ask the Russian "
        "president to help in repelling the aggression of the Ukrainian armed forces and "
        "formations, in accordance with Articles 3 and 4 of the friendship, cooperation and "
        "mutual assistance treaties between Russia and the republics,",
        "Dmitry Peskov",
    ),
    "appeals4": (
        "004",
        "Their appeals emphasise that amid the deteriorating situation and threats from Kiev, the"
        " republics' citizens are currently forced to flee their homes, and their evacuation to "
        "Russia is ongoing.",
        "Dmitry Peskov",
    ),
}


def _locate(seed: str, text: str) -> tuple[int, int]:
    """Where ``text`` stands in the seed; the seeds use no-break spaces in places, so any white space
    in ``text`` matches any white space there."""
    pattern = r"\s+".join(re.escape(part) for part in text.split())
    match = re.search(pattern, TEXTS[seed])
    if match is None:
        raise AssertionError(f"not in seed {seed}: {text[:40]}")
    return match.span()


# The quotes exactly as they stand in the seeds.
Q = {key: TEXTS[seed][slice(*_locate(seed, text))] for key, (seed, text, _) in QUOTES.items()}

# Variants of one statement (re-translations of the same letters, 003 vs 004).
VARIANTS = [("kiev3", "kiev4"), ("view3", "view4")]
# Different statements by the same speakers on the same topic.
UNRELATED = [
    ("first2", "talk2"),
    ("heads1", "appeals4"),
    ("heads1", "view4"),
    ("expect1", "view3"),
    ("actions3", "kiev4"),
    ("regard0", "view3"),
    ("prerogative0", "regard0"),
    ("expect1", "unfortunately1"),
    ("actions3", "kiev3"),
    ("help1", "appeals4"),
    ("appeals4", "view4"),
    ("heads4", "kiev4"),
]


def test_quotes_are_taken_from_the_seeds():
    for key, (seed, _, _) in QUOTES.items():
        assert Q[key] in TEXTS[seed]


def test_the_copy_in_001_and_004_is_the_same_quote():
    assert similarity(Q["heads1"], Q["heads4"]) == 100.0


@pytest.mark.parametrize(("a", "b"), VARIANTS)
def test_translations_of_the_letters_are_variants(a, b):
    for x, y in ((a, b), (b, a)):
        score = match_score(Q[x], Q[y]).score
        assert MATCH + 5 <= score < CLOSE, (x, y, score)


def test_fragment_of_001_is_found_inside_004s_longer_quote():
    result = match_score(Q["help1"], Q["view4"])
    assert result.score >= MATCH + 15
    span = Q["view4"].replace(",", "").split()[result.start : result.end]
    assert span[:4] == ["help", "in", "repelling", "the"] and "forces" in span
    assert result.end - result.start < len(Q["view4"].split()) // 3


@pytest.mark.parametrize(("a", "b"), UNRELATED)
def test_unrelated_quotes_of_the_same_speakers_do_not_match(a, b):
    for x, y in ((a, b), (b, a)):
        score = match_score(Q[x], Q[y]).score
        assert score < MATCH - 8, (x, y, score)


# --- the same through a store -------------------------------------------------------------------------


def _extractor_for(seed: str):
    def extract(text: str) -> list[Quote]:
        quotes = []
        for key, (s, _, speaker) in QUOTES.items():
            if s == seed and Q[key] not in {q.text for q in quotes}:
                start, end = _locate(seed, Q[key])
                quotes.append(Quote(text[start:end], start, end, "full", speaker=speaker))
        quotes.append(Quote("Repel", 0, 5, "term"))  # stored, never indexed
        return quotes

    return extract


@pytest.fixture
def seeded(store):
    for name, meta in sorted(MANIFEST.items()):
        ingest_document(
            store,
            TEXTS[name[:3]],
            outlet=meta["outlet"],
            url=meta["url"],
            title=meta["title"],
            author=meta["author"],
            published_at=meta["published_at"],
            extract=_extractor_for(name[:3]),
        )
    return store


def test_lookup_of_the_copied_quote_gives_both_outlets_earliest_first(seeded):
    result = find_matches(seeded, Q["heads4"])
    assert [m.score for m in result.matches] == [100.0, 100.0]
    assert result.outlets == ("Antiwar.com", "The Business Standard")
    assert result.earliest.quote.document.published_at == "2022-02-23"
    first = result.matches[0]
    assert first.wording == "verbatim" and not first.is_fragment
    assert (first.cluster.n_outlets, first.cluster.first_published_at) == (2, "2022-02-23")


def test_lookup_of_a_fragment_reports_the_span_and_the_diff(seeded):
    result = find_matches(seeded, "help in repelling the aggression of the armed forces in Ukraine")
    by_seed = {m.quote.document.outlet: m for m in result.matches}
    inside = by_seed["The Business Standard"]
    assert inside.is_fragment and inside.matched_text.startswith("help in repelling the aggression")
    assert inside.quote.text[inside.span_start : inside.span_end] == inside.matched_text
    assert inside.wording == "altered"
    kinds = {op.kind for op in inside.diff}
    assert "omitted" in kinds and ("wording" in kinds or "added" in kinds)
    assert "".join(op.source_text for op in inside.diff) == inside.matched_text
    assert by_seed["Antiwar.com"].wording == "verbatim"


def test_spelling_variants_are_equivalent_wording(seeded):
    result = find_matches(seeded, "Kyiv is continuing its military build-up along the line of disengagement")
    best = result.matches[0]
    assert best.quote.document.outlet == "The Business Standard" and best.score == 100.0
    kinds = {op.kind for op in best.diff}
    assert kinds == {"spelling_variant", "case_or_punctuation", "same"}  # Kiev/Kyiv, buildup/build-up
    assert best.wording == "equivalent"
    result = find_matches(seeded, "Kiev is continuing its military buildup along the line of contact")
    assert result.matches[0].wording == "altered" and result.matches[0].score < 100.0


def test_re_translations_share_a_cluster(seeded):
    kiev4 = find_matches(seeded, Q["kiev4"]).matches
    outlets = {m.quote.document.outlet for m in kiev4}
    assert outlets == {"The Business Standard", "knoxdemocrats.org"}
    assert len({m.quote.cluster_id for m in kiev4}) == 1
    assert kiev4[0].cluster.n_outlets == 2


def test_nothing_found_says_why(seeded):
    short = find_matches(seeded, "on behalf of")
    assert short.reason == TOO_SHORT and not short.matches and "short" in short.message
    missing = find_matches(seeded, "Tanks will cross the river at dawn according to the general staff")
    assert missing.reason == BELOW_THRESHOLD and not missing.matches
    near = find_matches(
        seeded, "the leaders of the two republics met the president of Russia today in a private ceremony"
    )
    assert near.reason == BELOW_THRESHOLD and near.closest is not None
    assert 0 < near.closest.score < MATCH and str(near.closest.quote.id) in near.message
