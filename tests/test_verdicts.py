"""Verdicts and speaker identity (service.verdicts), on the seed articles; no web layer involved."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.extraction.model import Quote
from service.ingest import ingest_document
from service.verdicts import (
    ALTERED,
    MISATTRIBUTED,
    NOT_FOUND,
    VERIFIED,
    carries_wording,
    check_draft,
    person_names,
    same_person,
    verify,
)

PUTIN = (
    "We expect, and I want to emphasize this, that all disputes will be resolved during talks between the "
    "current Kyiv authorities and the leaders of these republics"
)
DETERMINED = "The Kiev regime is determined to resolve the conflict by force"  # 004, TASS wording
FOCUSED = "The Kiev regime is focused on resolving the conflict by force"  # 003, RIA wording


@pytest.fixture
def seeded(seeded_store):
    return seeded_store


def outlets(verification) -> list[str]:
    return [m.quote.document.outlet for m in verification.matches]


# --- speaker identity ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "source"),
    [
        ("Peskov", "Dmitry Peskov"),
        ("Dmitry Peskov", "Peskov"),
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
        ("D. Peskov", "Dmitry Peskov"),
        ("President Putin", "Vladimir Putin"),
        ("Vladimir Putin, president of Russia", "Vladimir Putin"),
        ("Vladimir Vladimirovich Putin", "Vladimir Putin"),
        ("Mr. Zelenskyy", "Volodymyr Zelensky"),  # spellings fold as in matching
        ("Pushilin", "Leonid Pasechnik and Denis Pushilin"),  # one of several authors
        ("PESKOV", "Dmitry Peskov"),
    ],
)
def test_short_full_and_titled_names_are_the_same_person(given, source):
    assert same_person(given, source)
    assert same_person(source, given)


@pytest.mark.parametrize(
    ("given", "source"),
    [
        ("Peskov", "Vladimir Putin"),
        ("Ivan Peskov", "Dmitry Peskov"),  # same surname, other given name
        ("Dmitry", "Dmitry Peskov"),  # a given name alone is no surname
        ("Putin", None),
        (None, "Vladimir Putin"),
        ("", "Vladimir Putin"),
        ("Putin", "Leonid Pasechnik and Denis Pushilin"),
    ],
)
def test_different_people_are_not_the_same_person(given, source):
    assert not same_person(given, source)


def test_person_names_drop_titles_and_split_lists():
    assert person_names("Kremlin spokesman Dmitry Peskov") == (("dmitry", "peskov"),)
    assert person_names("Leonid Pasechnik and Denis Pushilin") == (("leonid", "pasechnik"), ("denis", "pushilin"))
    assert person_names("Mr. King") == (("king",),)  # a surname that is also a title is kept
    assert person_names(None) == person_names("  ") == ()


# --- the four verdicts -----------------------------------------------------------------------------


def test_putins_quote_attributed_to_peskov_is_misattributed(seeded):
    result = verify(seeded, PUTIN, speaker="Peskov")
    assert result.verdict == MISATTRIBUTED
    assert result.speaker_check == "different"
    assert result.attributed_to == ("Vladimir Putin",)
    assert "Vladimir Putin" in result.message and "Peskov" in result.message
    assert result.best_match.carries_wording and result.best_match.same_speaker is False


@pytest.mark.parametrize("speaker", [None, "Putin", "Vladimir Putin", "Russian President Vladimir Putin"])
def test_putins_quote_with_his_name_or_none_is_verified(seeded, speaker):
    result = verify(seeded, PUTIN, speaker=speaker)
    assert result.verdict == VERIFIED
    assert outlets(result) == ["Antiwar.com"]
    assert result.speaker_check == ("not_given" if speaker is None else "confirmed")


def test_the_tass_wording_is_verified_in_004_and_differs_from_003(seeded):
    result = verify(seeded, DETERMINED)
    assert result.verdict == VERIFIED
    assert outlets(result) == ["The Business Standard", "knoxdemocrats.org"]
    best, other = result.matches
    assert best.match.wording == "verbatim" and best.match.is_fragment
    assert not other.carries_wording
    changed = [(op.submitted, op.source) for op in other.match.diff if op.op != "equal"]
    assert changed == [(("determined", "to", "resolve"), ("focused", "on", "resolving"))]
    assert result.earliest.quote.document.outlet == "knoxdemocrats.org"  # 2022-02-23, a day before 004


def test_the_ria_wording_is_found_in_003_and_004_with_the_differing_words_marked(seeded):
    result = verify(seeded, FOCUSED)
    assert result.verdict == VERIFIED
    assert outlets(result) == ["knoxdemocrats.org", "The Business Standard"]
    diff = result.matches[1].match.diff
    assert [(op.kind, op.submitted, op.source) for op in diff if op.op != "equal"] == [
        ("wording", ("focused", "on", "resolving"), ("determined", "to", "resolve"))
    ]


def test_a_wording_no_source_carries_is_altered(seeded):
    result = verify(seeded, "The Kiev regime is focused on ending the conflict by force")
    assert result.verdict == ALTERED
    assert not any(m.carries_wording for m in result.matches)
    assert outlets(result)[0] == "knoxdemocrats.org"
    ops = [(op.op, op.submitted, op.source) for op in result.best_match.match.diff if op.op != "equal"]
    assert ops == [("replace", ("ending",), ("resolving",))]


def test_spelling_case_and_punctuation_do_not_alter(seeded):
    result = verify(seeded, "the KYIV regime is determined to resolve the conflict by force!")
    assert result.verdict == VERIFIED
    assert result.best_match.match.wording == "equivalent"
    kinds = {op.kind for op in result.best_match.match.diff}
    assert kinds == {"same", "case_or_punctuation", "spelling_variant"}


def test_the_letters_count_for_their_authors_and_for_who_read_them_out(seeded):
    for speaker in ("Pushilin", "Leonid Pasechnik", "Dmitry Peskov"):
        assert verify(seeded, DETERMINED, speaker=speaker).verdict == VERIFIED
    assert "The sources attribute it to Pushilin." in verify(seeded, DETERMINED, speaker="Pushilin").message
    relayed = verify(seeded, DETERMINED, speaker="Dmitry Peskov")
    # Peskov read the letters out: the message says whose words they are.
    assert "give the words to Leonid Pasechnik and Denis Pushilin (relayed by Dmitry Peskov)" in relayed.message
    assert "Dmitry Peskov relayed them." in relayed.message
    wrong = verify(seeded, DETERMINED, speaker="Zelensky")
    assert wrong.verdict == MISATTRIBUTED
    assert "Leonid Pasechnik and Denis Pushilin (relayed by Dmitry Peskov)" in wrong.message


def test_too_short_is_not_found_and_says_why(seeded):
    result = verify(seeded, "we need")
    assert (result.verdict, result.reason, result.matches, result.earliest) == (NOT_FOUND, "too_short", (), None)
    assert "Too short" in result.message


def test_unknown_statement_is_not_found(seeded):
    result = verify(seeded, "The weather in Vladivostok will be sunny and warm for the rest of the week")
    assert result.verdict == NOT_FOUND
    assert result.reason == "below_threshold"


def test_closest_candidate_below_threshold_is_reported(seeded):
    result = verify(seeded, PUTIN, min_score=100.1)  # nothing can reach it
    assert result.verdict == NOT_FOUND
    assert result.reason == "below_threshold"
    assert result.closest is not None and result.closest.score == pytest.approx(100)
    assert str(result.closest.quote.id) in result.message


def test_a_part_of_a_longer_quote_carries_its_wording(seeded):
    result = verify(seeded, "we need to counter the Bayraktars")  # 002: "First and foremost, we need to ..."
    assert result.verdict == VERIFIED
    assert carries_wording(result.best_match.match)
    # Words left out inside the quote are an alteration.
    assert verify(seeded, "First and foremost, we need the Bayraktars").verdict == ALTERED


def test_source_attributing_correctly_decides_over_better_scored_others(store):
    statement = "The grain corridor will stay open through the whole winter season"
    for n, speaker in enumerate(["Ann Lee", "Bob Stone", "Cy Young"]):
        ingest_document(
            store,
            f"text {n}",
            outlet=f"Outlet {n}",
            extract=lambda text, s=speaker: [Quote(statement, 0, 6, "full", speaker=s)],
        )
    result = verify(store, statement, speaker="Cy Young", limit=1)
    assert result.verdict == VERIFIED
    assert result.match_count == 3 and len(result.matches) == 1
    assert result.best_match.quote.speaker == "Cy Young"


def test_one_correct_attribution_among_many_copies_is_found(store):
    statement = "The grain corridor will stay open through the whole winter season"
    speakers = ["Ann Lee"] * 39 + ["Cy Young"]  # more copies than a plain lookup rescores
    for n, speaker in enumerate(speakers):
        ingest_document(
            store,
            f"copy {n}",
            outlet=f"Outlet {n}",
            extract=lambda text, s=speaker: [Quote(statement, 0, 4, "full", speaker=s)],
        )
    result = verify(store, statement, speaker="Cy Young", limit=3)
    assert result.verdict == VERIFIED
    assert result.match_count == 40
    assert result.best_match.quote.speaker == "Cy Young"


def test_unattributed_sources_neither_confirm_nor_refute(store):
    statement = "The grain corridor will stay open through the whole winter season"
    ingest_document(store, "text", outlet="Wire", extract=lambda text: [Quote(statement, 0, 4, "full")])
    result = verify(store, statement, speaker="Ann Lee")
    assert (result.verdict, result.speaker_check) == (VERIFIED, "unattributed")
    assert "could not be checked" in result.message


# --- drafts ----------------------------------------------------------------------------------------

DRAFT = (
    'Russian President Vladimir Putin said: "We expect, and I want to emphasize this, that all disputes will be '
    'resolved during talks." Kremlin spokesman Dmitry Peskov said the appeal argued that "the Kiev regime is '
    'focused on ending the conflict by force." Peskov added: "We expect, and I want to emphasize this, that all '
    'disputes will be resolved during talks between the current Kyiv authorities and the leaders of these '
    'republics." The city was calm, "quiet" even. "Our reporters saw no tanks on the road to the airport," the '
    "editor wrote."
)


def test_draft_check_gives_every_quote_a_verdict(seeded):
    result = check_draft(seeded, DRAFT)
    assert [q.verdict for q in result.quotes] == [VERIFIED, ALTERED, MISATTRIBUTED, NOT_FOUND]
    assert [q.quote.speaker for q in result.quotes[:3]] == ["Vladimir Putin", "Dmitry Peskov", "Dmitry Peskov"]
    assert result.summary == {VERIFIED: 1, ALTERED: 1, MISATTRIBUTED: 1, NOT_FOUND: 1}
    first = result.quotes[0].quote
    assert DRAFT[first.start : first.end].startswith("We expect")


def test_draft_without_quotes_has_an_empty_summary(seeded):
    result = check_draft(seeded, "No quotation here, and a scare-quoted “term” is not checked.")
    assert result.quotes == ()
    assert result.summary == {VERIFIED: 0, ALTERED: 0, MISATTRIBUTED: 0, NOT_FOUND: 0}


# --- properties ------------------------------------------------------------------------------------

NAMES = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40) | st.sampled_from(
    ["Dmitry Peskov", "Peskov", "D. Peskov", "Vladimir Putin", "Leonid Pasechnik and Denis Pushilin", "Mr. King"]
)


@given(NAMES, NAMES)
@settings(max_examples=200, deadline=None)
def test_same_person_is_symmetric(a, b):
    assert same_person(a, b) == same_person(b, a)


@given(NAMES)
@settings(max_examples=200, deadline=None)
def test_anyone_named_is_the_same_person_as_themselves(name):
    assert same_person(name, name) == bool(person_names(name))


@given(
    text=st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)
    | st.sampled_from([PUTIN, DETERMINED, FOCUSED]).map(lambda s: s.upper()),
    speaker=st.none() | NAMES,
    limit=st.integers(1, 5),
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_text_gets_one_of_the_four_verdicts(seeded, text, speaker, limit):
    result = verify(seeded, text, speaker=speaker, limit=limit)
    assert result.verdict in (VERIFIED, ALTERED, MISATTRIBUTED, NOT_FOUND)
    assert len(result.matches) <= limit and result.match_count >= len(result.matches)
    assert (result.verdict == NOT_FOUND) == (result.match_count == 0)
    assert (result.reason is None) == (result.verdict != NOT_FOUND)
    if result.verdict == VERIFIED:
        assert result.best_match.carries_wording
        assert speaker is None or result.best_match.same_speaker is not False
    if result.verdict == MISATTRIBUTED:
        assert not any(m.same_speaker for m in result.matches)
