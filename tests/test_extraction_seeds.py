"""The five seed articles: every direct quote, with its speaker, relay and credited source."""

from pathlib import Path

import pytest

from service.extraction import extract_quotes, normalize_quote_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PESKOV = "Dmitry Peskov"
PUSHILIN = "Denis Pushilin"
LETTER_AUTHORS = "Leonid Pasechnik and Denis Pushilin"

# (file prefix, start of the quote text, kind, speaker, relayed_by, credited_source)
EXPECTED = [
    ("000", "prohibited methods of warfare", "fragment", PUSHILIN, None, "Telegram"),
    ("000", "In this regard, an understanding was reached", "full", PUSHILIN, None, "Telegram"),
    ("000", "enemy firing points being suppressed", "fragment", PUSHILIN, None, "Telegram"),
    ("000", "enemy still has enough weapons", "fragment", PUSHILIN, None, "Telegram"),
    ("000", "stay in safe places", "fragment", PUSHILIN, None, "Telegram"),
    ("000", "the prerogative of the Ministry of Defense", "fragment", PESKOV, None, "reporters"),
    ("000", "intensifying", "term", PESKOV, None, "reporters"),
    ("000", "are for our military", "fragment", PESKOV, None, "Moskovsky Komsomolets"),
    ("001", "Repel", "term", None, None, None),
    ("001", "repelling the aggression", "fragment", PESKOV, None, None),
    (
        "001",
        "help in repelling the aggression of the armed forces in Ukraine.",
        "fragment",
        PESKOV,
        None,
        None,
    ),
    ("001", "The heads of those republics", "full", PESKOV, None, None),
    ("001", "peacekeepers", "term", None, None, None),
    ("001", "We expect, and I want to emphasize this", "full", "Vladimir Putin", None, None),
    ("001", "Unfortunately, at this point in time", "full", "Vladimir Putin", None, None),
    (
        "002",
        "First and foremost, we need to counter the Bayraktars",
        "full",
        PUSHILIN,
        None,
        "interview with Vladimir Solovyov",
    ),
    (
        "002",
        "We need to talk about the weapons you mean.",
        "full",
        PUSHILIN,
        None,
        "interview with Vladimir Solovyov",
    ),
    (
        "003",
        "President of the Russian Federation Vladimir Putin received",
        "full",
        PESKOV,
        None,
        "RIA Novosti",
    ),
    (
        "003",
        "Kiev continues to strengthen its military presence",
        "full",
        LETTER_AUTHORS,
        PESKOV,
        "RIA Novosti",
    ),
    ("003", "In view of the foregoing", "full", LETTER_AUTHORS, PESKOV, "RIA Novosti"),
    (
        "003",
        "due to the worsening situation and threats from Kyiv",
        "fragment",
        LETTER_AUTHORS,
        None,
        "RIA Novosti",
    ),
    (
        "003",
        "The actions of the Kyiv regime demonstrate reluctance",
        "full",
        LETTER_AUTHORS,
        PESKOV,
        "RIA Novosti",
    ),
    ("004", "Written requests have come through", "full", PESKOV, None, "TASS"),
    ("004", "The heads of those republics", "full", PESKOV, None, "TASS"),
    ("004", "Their appeals emphasise", "full", LETTER_AUTHORS, PESKOV, "TASS"),
    ("004", "Kiev is continuing its military buildup", "full", LETTER_AUTHORS, PESKOV, "TASS"),
    ("004", "In view of the above", "full", PESKOV, None, "TASS"),
]


def _seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_each_seed_yields_exactly_the_listed_quotes(prefix):
    found = [q.text for q in extract_quotes(_seed(prefix))]
    expected = [row[1] for row in EXPECTED if row[0] == prefix]
    assert len(found) == len(expected), found
    for text, start in zip(found, expected, strict=True):
        assert text.startswith(start)


@pytest.mark.parametrize("row", EXPECTED, ids=lambda row: f"{row[0]}:{row[1][:30]}")
def test_seed_quote_attribution(row):
    prefix, start, kind, speaker, relayed_by, source = row
    (quote,) = [q for q in extract_quotes(_seed(prefix)) if q.text.startswith(start)]
    assert (quote.kind, quote.speaker, quote.relayed_by, quote.credited_source) == (
        kind,
        speaker,
        relayed_by,
        source,
    )


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_offsets_point_into_the_input_as_given(prefix):
    article = _seed(prefix)
    for quote in extract_quotes(article, include_boilerplate=True):
        assert quote.text == normalize_quote_text(article[quote.start : quote.end])


def test_addressee_is_not_the_speaker():
    (quote,) = [q for q in extract_quotes(_seed("002")) if q.text.startswith("First and foremost")]
    assert quote.speaker_mention == "he"
    assert quote.cue == "told"
    assert quote.speaker == PUSHILIN


def test_multi_paragraph_quote_is_one_group():
    quotes = extract_quotes(_seed("003"))
    first = next(q for q in quotes if q.text.startswith("Kiev continues"))
    second = next(q for q in quotes if q.text.startswith("In view of the foregoing"))
    assert first.group == second.group
    assert second.paragraph == first.paragraph + 1
    assert first.cue == "read" and first.speaker_mention == "the appeal"


def test_quotation_resumed_after_its_attribution_is_one_group():
    quotes = extract_quotes(_seed("001"))
    we_expect = next(q for q in quotes if q.text.startswith("We expect"))
    unfortunately = next(q for q in quotes if q.text.startswith("Unfortunately"))
    assert unfortunately.group == we_expect.group
    assert (
        (unfortunately.speaker, unfortunately.cue)
        == (we_expect.speaker, we_expect.cue)
        == ("Vladimir Putin", "said")
    )


def test_boilerplate_quotes_are_dropped_or_marked():
    article = _seed("002")
    kept = extract_quotes(article)
    everything = extract_quotes(article, include_boilerplate=True)
    marked = [q for q in everything if q.boilerplate]
    assert {q.text for q in marked} == {
        "undesirable",
        "foreign agent.",
        "discredits the decisions of the Russian leadership.",
    }
    assert not any(q.boilerplate for q in kept)
    assert len(kept) + len(marked) == len(everything)


def test_quotes_carry_speaker_mentions_and_cues_as_written():
    quotes = extract_quotes(_seed("000"))
    prerogative = next(q for q in quotes if q.text.startswith("the prerogative"))
    assert prerogative.speaker_mention == "Kremlin spokesman Dmitry Peskov"
    assert prerogative.cue == "told"
    relayed = next(q for q in extract_quotes(_seed("004")) if q.text.startswith("Their appeals"))
    assert relayed.speaker_mention == "Peskov" and relayed.relayed_by == PESKOV
