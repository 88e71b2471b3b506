"""Provenance (``service.provenance``) on the seeds and on the test articles of ``tests/data/provenance``: a wire
copy carried by three outlets (and by an undated blog), a spun copy, a fragment, two translations crediting
two agencies, and the same words credited to two speakers. Both backends (the ``store`` fixture)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from service.ingest import ingest_seeds
from service.matching import DEFAULT_NORMALIZER, Query
from service.provenance import (
    ALTERED_COPY,
    ALTERED_MIN,
    COPY,
    FIRST,
    RETRANSLATION,
    Provenance,
    lineage_of,
    outlet_record,
    provenance,
)
from service.storage import ItemNotFound, Store, StoredQuote, open_store
from tests.conftest import BACKENDS, PG_URL, SEEDS_DIR, extract_once, require_postgres

ARTICLES = Path(__file__).resolve().parent / "data" / "provenance"

WIRE = (
    "The northern pipeline will deliver gas to every coastal town before the first snow, and no household will "
    "pay more for heating this winter"
)
SPUN = (
    "The northern pipeline will deliver gas to some coastal towns before the first snow, and many households "
    "will pay more for heating this winter"
)


@contextmanager
def loaded_store(backend: str, folder: Path, tmp_path_factory) -> Iterator[Store]:
    """A fresh store of ``backend`` holding the articles of ``folder`` (its ``manifest.json``)."""
    schema = None
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('provenance') / 'quotes.db'}"
    else:
        require_postgres()
        from service.storage.postgres import create_schema

        schema = f"test_{uuid.uuid4().hex[:16]}"
        url = create_schema(PG_URL, schema)
    store = open_store(url)
    try:
        ingest_seeds(store, folder, extract=extract_once)
        yield store
    finally:
        store.close()
        if schema is not None:
            from service.storage.postgres import drop_schema

            drop_schema(PG_URL, schema)


# These tests only read: one store per backend and module keeps them fast.


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def articles(backend, tmp_path_factory) -> Iterator[Store]:
    """A store holding the test articles."""
    with loaded_store(backend, ARTICLES, tmp_path_factory) as store:
        yield store


@pytest.fixture(scope="module")
def seeded_store(backend, tmp_path_factory) -> Iterator[Store]:
    """A store holding the seeds (shadows conftest's per-test one)."""
    with loaded_store(backend, SEEDS_DIR, tmp_path_factory) as store:
        yield store


def quote(store: Store, outlet: str, starts: str) -> StoredQuote:
    """The outlet's quote whose text starts with ``starts``."""
    [found] = [q for q in store.outlet_quotes(outlet, limit=100).items if q.text.startswith(starts)]
    return found


def of(store: Store, outlet: str, starts: str) -> Provenance:
    return provenance(store, quote(store, outlet, starts).id)


def outlets(occurrences) -> list[str]:
    return [o.quote.document.outlet for o in occurrences]


# --- the seeds -------------------------------------------------------------------------------------


def test_seed_wire_copy_peskov_sentence_in_001_and_004_is_one_line(seeded_store):
    prov = of(seeded_store, "The Business Standard", "The heads of those republics")
    [line] = prov.lines
    assert line.kind == FIRST and line.outlets == ("Antiwar.com", "The Business Standard")
    assert line.first.document.outlet == "Antiwar.com" and line.credited_source == "TASS"
    first, copy = prov.timeline.dated
    assert (first.relation, copy.relation, copy.copy_of) == (FIRST, COPY, first.quote.id)
    assert prov.who.attribution == "single" and prov.who.speakers[0].name == "Dmitry Peskov"
    assert not prov.alterations and not prov.truncations


def test_seed_letter_translations_in_003_and_004_are_two_lines_crediting_ria_and_tass(seeded_store):
    prov = of(seeded_store, "The Business Standard", "Kiev is continuing its military buildup")
    ria, tass = prov.lines
    assert (ria.kind, tass.kind) == (FIRST, RETRANSLATION)
    assert (ria.credited_source, tass.credited_source) == ("RIA Novosti", "TASS")
    assert (ria.outlets, tass.outlets) == (("knoxdemocrats.org",), ("The Business Standard",))
    assert tass.closest == ria.id and tass.ordered < ALTERED_MIN  # 64.1: a re-translation, not a spun copy
    assert not prov.alterations


def test_seed_letters_read_out_by_peskov_name_him_as_relayer_and_the_two_leaders_as_authors(seeded_store):
    prov = of(seeded_store, "The Business Standard", "In view of the above")
    assert prov.who.attribution == "relayed"
    [authors] = prov.who.speakers
    assert authors.name == "Leonid Pasechnik and Denis Pushilin"
    [peskov] = prov.who.relayers
    # 001 and 004 attribute the words to Peskov himself; 003 says he was quoting the letters.
    assert peskov.name == "Dmitry Peskov" and peskov.as_speaker == 2 and len(peskov.quote_ids) == 3


def test_seed_001_fragment_is_a_truncation_of_004s_longer_quote_with_what_was_left_out(seeded_store):
    prov = of(seeded_store, "Antiwar.com", "help in repelling the aggression")
    [cut] = [t for t in prov.truncations if t.quote.document.outlet == "Antiwar.com"]
    assert cut.of.document.outlet == "The Business Standard" and not cut.exact
    assert cut.kept == "help in repelling the aggression of the Ukrainian armed forces and formations"
    assert cut.left_out_before.startswith("In view of the above, amid the current situation")
    assert cut.left_out_before.endswith("the two republics' heads ask the Russian president to")
    assert cut.left_out_after.startswith("in accordance with Articles 3 and 4")
    assert cut.left_out_words == 49 and 75 < cut.score < 80  # 77.4
    # The two whole translations (71 and 61 words) line up on a stretch only, but neither is a fragment.
    assert {t.quote.document.outlet for t in prov.truncations} == {"Antiwar.com"}


def test_seed_same_day_occurrences_are_ties_for_earliest(seeded_store):
    prov = of(seeded_store, "Antiwar.com", "help in repelling the aggression")
    timeline = prov.timeline
    assert timeline.earliest.quote.document.outlet == "Antiwar.com"
    # 001 and 003 both carry 2022-02-23 with no time of day: either may be first.
    assert [prov.occurrences[i].quote.document.outlet for i in timeline.earliest_ties] == ["knoxdemocrats.org"]
    assert outlets(timeline.dated) == ["Antiwar.com", "knoxdemocrats.org", "The Business Standard"]


def test_seed_fragment_of_another_translation_is_an_approximate_truncation(seeded_store):
    prov = of(seeded_store, "knoxdemocrats.org", "due to the worsening situation")
    [cut] = prov.truncations
    assert cut.of.document.outlet == "The Business Standard" and not cut.exact
    assert cut.kept == "that amid the deteriorating situation and threats from Kiev"
    assert cut.left_out_before == "Their appeals emphasise"


def test_no_seed_statement_is_flagged_as_an_altered_copy(seeded_store):
    """Every multi-source seed statement is a wire copy or a pair of translations: none is a spun copy."""
    seen = set()
    for outlet in ("Antiwar.com", "knoxdemocrats.org", "The Business Standard"):
        for q in seeded_store.outlet_quotes(outlet, limit=100).items:
            if q.cluster_id not in seen:
                seen.add(q.cluster_id)
                assert not provenance(seeded_store, q.id).alterations


# --- the test articles -----------------------------------------------------------------------------


def test_wire_copy_carried_by_three_outlets_is_one_line_crediting_the_agency(articles):
    prov = of(articles, "Coastal Herald", "The northern pipeline")
    wire = prov.line(1)
    assert wire.kind == FIRST and wire.wording == WIRE and wire.credited_source == "Nordwire"
    assert wire.first.document.outlet == "Harbour Gazette"
    assert wire.outlets == ("Harbour Gazette", "Coastal Herald", "Valley Times", "Morning Post", "Energy Blog")
    copies = [o for o in prov.occurrences.values() if o.line == 1 and o.relation == COPY]
    assert len(copies) == 4 and {o.copy_of for o in copies} == {wire.first.id}


def test_undated_occurrence_is_placed_apart_and_dated_ones_in_order(articles):
    timeline = of(articles, "Harbour Gazette", "The northern pipeline").timeline
    assert outlets(timeline.undated) == ["Energy Blog"]
    # Valley Times has a time of day (15:30 UTC), Coastal Herald only the date: the date counts from midnight.
    assert outlets(timeline.dated) == [
        "Harbour Gazette",
        "Coastal Herald",
        "Valley Times",
        "Daily Beacon",
        "Morning Post",
    ]
    assert timeline.earliest.quote.document.outlet == "Harbour Gazette" and timeline.earliest_ties == ()


def test_spun_copy_is_an_altered_copy_with_its_diff_against_the_closest_earlier_occurrence(articles):
    prov = of(articles, "Daily Beacon", "The northern pipeline")
    [alteration] = prov.alterations
    assert alteration.quote.document.outlet == "Daily Beacon" and alteration.quote.text == SPUN
    assert prov.occurrences[alteration.quote.id].relation == ALTERED_COPY and prov.line(2).kind == ALTERED_COPY
    # Three earlier copies tie; the earliest is the line's first outlet.
    assert alteration.source.document.outlet == "Harbour Gazette" and alteration.source_line == 1
    assert ALTERED_MIN <= alteration.ordered < 85  # 83.3
    changed = [(op.op, op.submitted, op.source) for op in alteration.diff if op.op != "equal"]
    assert changed == [
        ("replace", ("some",), ("every",)),
        ("replace", ("towns",), ("town",)),
        ("replace", ("many", "households"), ("no", "household")),
    ]
    assert alteration.changed_words == 4 and not alteration.order_uncertain and alteration.carried_by == ()
    assert "".join(op.submitted_text for op in alteration.diff) == SPUN
    assert "".join(op.source_text for op in alteration.diff) == alteration.source.text


def test_fragment_is_an_exact_truncation_with_what_was_left_out(articles):
    prov = of(articles, "Morning Post", "no household")
    [cut] = prov.truncations
    assert cut.quote.document.outlet == "Morning Post" and cut.exact and cut.score == 100
    assert (
        cut.of.document.outlet == "Harbour Gazette" and cut.kept == "no household will pay more for heating this winter"
    )
    assert (
        cut.left_out_before == "The northern pipeline will deliver gas to every coastal town before the first snow, and"
    )
    assert cut.left_out_after == "" and cut.left_out_words == 15
    occurrence = prov.occurrences[cut.quote.id]
    assert occurrence.truncated and occurrence.relation == COPY and occurrence.line == 1


def test_two_translations_are_two_lines_each_crediting_its_agency(articles):
    prov = of(articles, "Eastern Courier", "No agreement")
    first, second = prov.lines
    assert (first.kind, second.kind) == (FIRST, RETRANSLATION)
    assert (first.credited_source, second.credited_source) == ("Nordwire", "Baltpress")
    assert second.ordered < ALTERED_MIN and not prov.alterations and not prov.truncations
    assert prov.who.attribution == "single" and prov.who.speakers[0].name == "Tomas Varga"
    # Both published on 2024-03-04 with no time: the order between them is not known.
    assert len(prov.timeline.earliest_ties) == 1


def test_same_words_credited_to_two_speakers_is_a_conflicting_attribution(articles):
    prov = of(articles, "Valley Times", "Our fishing fleet")
    assert prov.who.attribution == "conflicting"
    assert [(c.name, c.as_speaker) for c in prov.who.speakers] == [("Lena Dahl", 1), ("Erik Sand", 1)]
    assert len(prov.lines) == 1 and prov.who.relayers == ()


def test_unknown_quote_raises_item_not_found(articles):
    with pytest.raises(ItemNotFound):
        provenance(articles, 10**9)


# --- outlets and drafts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outlet", "counts", "published_first", "truncated"),
    [
        ("Harbour Gazette", {"verbatim": 0, "retranslation": 0, "altered_copy": 0, "nowhere": 2}, 2, 0),
        ("Coastal Herald", {"verbatim": 1, "retranslation": 0, "altered_copy": 0, "nowhere": 1}, 1, 0),
        ("Valley Times", {"verbatim": 2, "retranslation": 0, "altered_copy": 0, "nowhere": 0}, 0, 0),
        ("Eastern Courier", {"verbatim": 0, "retranslation": 1, "altered_copy": 0, "nowhere": 0}, 0, 0),
        ("Daily Beacon", {"verbatim": 0, "retranslation": 0, "altered_copy": 1, "nowhere": 0}, 0, 0),
        ("Morning Post", {"verbatim": 1, "retranslation": 0, "altered_copy": 0, "nowhere": 0}, 0, 1),
    ],
)
def test_outlet_record_counts_its_quotes_by_how_they_match_earlier_sources(
    articles, outlet, counts, published_first, truncated
):
    record = outlet_record(articles, outlet)
    assert record.counts == counts and record.quotes == sum(counts.values()) == len(record.items)
    assert (record.published_first, record.truncated, record.documents) == (published_first, truncated, 1)


def test_outlet_record_names_the_earlier_source_and_pages(articles, seeded_store):
    [beacon] = outlet_record(articles, "Daily Beacon").items
    assert beacon.record == ALTERED_COPY and beacon.earlier.document.outlet == "Harbour Gazette"
    record = outlet_record(seeded_store, "The Business Standard", limit=2, offset=2)
    assert record.counts == {"verbatim": 1, "retranslation": 4, "altered_copy": 0, "nowhere": 0}
    assert (len(record.items), record.page, record.pages, record.total) == (2, 2, 3, 5)
    with pytest.raises(ItemNotFound):
        outlet_record(seeded_store, "No Such Outlet")


def test_lineage_of_a_text_is_the_line_it_copies_alters_or_re_renders(articles):
    prov = of(articles, "Harbour Gazette", "The northern pipeline")
    copy = lineage_of(prov, WIRE.upper())
    assert (copy.relation, copy.line.id, copy.truncated) == (COPY, 1, False)
    part = lineage_of(prov, "deliver gas to every coastal town")
    assert (part.relation, part.line.id, part.truncated) == (COPY, 1, True)
    spun = lineage_of(prov, SPUN)
    assert (spun.relation, spun.line.id) == (COPY, 2) and spun.line.kind == ALTERED_COPY
    altered = lineage_of(prov, WIRE.replace("every", "each"))
    assert (altered.relation, altered.line.id) == (ALTERED_COPY, 1)
    other = lineage_of(prov, "Gas from the north reaches the whole coast before it snows; heating costs stay flat")
    assert other.relation == RETRANSLATION


# --- the figures the thresholds rest on (README, "Provenance") ---------------------------------------


def ordered(a: str, b: str) -> float:
    """The ``ordered`` measure of ``a`` against ``b``, the one ``ALTERED_MIN`` applies to."""
    return Query(DEFAULT_NORMALIZER.words(a)).score(DEFAULT_NORMALIZER.words(b)).ordered


def test_threshold_separates_the_seed_translations_from_the_spun_copy(seeded_store, articles):
    figures = {}
    for outlet, starts in [
        ("The Business Standard", "Kiev is continuing"),
        ("The Business Standard", "Written requests"),
        ("The Business Standard", "In view of the above"),
        ("knoxdemocrats.org", "due to the worsening"),
    ]:
        prov = of(seeded_store, outlet, starts)
        line = prov.lines[-1] if outlet == "The Business Standard" else prov.lines[0]
        earlier = [prov.line(i).wording for i in range(1, len(prov.lines) + 1) if i != line.id]
        figures[starts] = max(ordered(line.wording, w) for w in earlier)
    figures["001 fragment in 004"] = ordered(
        quote(seeded_store, "Antiwar.com", "help in repelling").text,
        quote(seeded_store, "The Business Standard", "In view of the above").text,
    )
    figures["spun copy"] = ordered(SPUN, WIRE)
    figures["Varga translations"] = ordered(
        quote(articles, "Eastern Courier", "No agreement").text, quote(articles, "Harbour Gazette", "We will").text
    )
    rounded = {k: round(v, 1) for k, v in figures.items()}
    assert rounded == {
        "Kiev is continuing": 64.1,
        "Written requests": 61.2,
        "In view of the above": 50.7,
        "due to the worsening": 62.5,
        "001 fragment in 004": 77.4,
        "spun copy": 83.3,
        "Varga translations": 66.1,
    }
    assert max(v for k, v in figures.items() if k != "spun copy") < ALTERED_MIN <= figures["spun copy"]
