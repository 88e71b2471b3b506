"""Invariants of ``cluster_provenance`` on generated statements: copies, spun copies (words substituted),
fragments and a second rendering, with dates that may be missing, days without times and time zones."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.matching import DEFAULT_NORMALIZER
from service.provenance import ALTERED_MIN, COPY, FIRST, Provenance, cluster_provenance
from service.storage import Cluster, ClusterSummary, DocumentRef, StoredQuote

RENDERINGS = (
    "The northern pipeline will deliver gas to every coastal town before the first snow, and no household will "
    "pay more for heating this winter.",
    "Gas from the north will reach all the towns on the coast before it snows; heating bills will not rise.",
)
SUBSTITUTES = ("some", "many", "Kyiv", "Kiev", "cities", "never", "surely", "again")
DATES = (
    None,
    "2024-03-01",
    "2024-03-02",
    "2024-03-02T10:00:00+02:00",
    "2024-03-02T23:30:00-05:00",
    "2024-03-03T08:00:00",
    "2024-03-03",
)


@st.composite
def wordings(draw) -> str:
    """A rendering, maybe with words substituted, maybe cut to a fragment, maybe in other case."""
    words = draw(st.sampled_from(RENDERINGS)).split()
    for _ in range(draw(st.integers(0, 3))):
        words[draw(st.integers(0, len(words) - 1))] = draw(st.sampled_from(SUBSTITUTES))
    if draw(st.booleans()):
        start = draw(st.integers(0, len(words) - 3))
        words = words[start : draw(st.integers(start + 3, len(words)))]
    text = " ".join(words)
    return text.upper() if draw(st.integers(0, 5)) == 0 else text


@st.composite
def clusters(draw) -> Cluster:
    n = draw(st.integers(1, 9))
    quotes = []
    document_id = 0
    for quote_id in range(1, n + 1):
        same_document = quotes and draw(st.integers(0, 5)) == 0  # now and then two quotes in one document
        if same_document:
            document = quotes[-1].document
            position = quotes[-1].position + 1
        else:
            document_id += 1
            position = 0
            document = DocumentRef(
                document_id, f"Outlet {draw(st.integers(1, 4))}", None, None, None, draw(st.sampled_from(DATES)),
                f"hash{document_id}", "2024-03-04T00:00:00+00:00",
            )  # fmt: skip
        text = draw(wordings())
        quotes.append(
            StoredQuote(
                quote_id,
                document.id,
                position,
                text,
                0,
                len(text),
                "full",
                draw(st.sampled_from([None, "Karin Holt", "Holt", "Erik Sand"])),
                None,
                None,
                draw(st.sampled_from([None, None, "Anna Berg"])),
                draw(st.sampled_from([None, "Nordwire", "Baltpress"])),
                0,
                0,
                False,
                True,
                1,
                document,
            )  # fmt: skip
        )
    order = draw(st.permutations(quotes))
    first = quotes[0].document
    summary = ClusterSummary(1, n, document_id, len({q.document.outlet for q in quotes}), first.published_at, 1, "x")
    return Cluster(summary, tuple(order))


def moment(published_at: str) -> datetime:
    if len(published_at) == 10:
        return datetime.fromisoformat(published_at)
    value = datetime.fromisoformat(published_at)
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


def words(text: str) -> list[str]:
    return DEFAULT_NORMALIZER.words(text)


def rank(prov: Provenance) -> dict[int, int]:
    """Quote id -> place in the order relations use (dated in order, then undated)."""
    ordered = prov.timeline.dated + prov.timeline.undated
    return {o.quote.id: i for i, o in enumerate(ordered)}


SETTINGS = settings(max_examples=40, deadline=None)


def check_every_occurrence_is_in_exactly_one_line(cluster: Cluster, prov: Provenance) -> None:
    members = [q.id for line in prov.lines for q in line.occurrences]
    assert sorted(members) == sorted(q.id for q in cluster.quotes)
    assert [line.id for line in prov.lines] == list(range(1, len(prov.lines) + 1))
    for line in prov.lines:
        whole = " ".join(words(line.wording))
        for q in line.occurrences:
            assert prov.occurrences[q.id].line == line.id
            assert f" {' '.join(words(q.text))} " in f" {whole} "  # its wording, or a contiguous part of it
    # Different lines, different wordings.
    assert len({tuple(words(line.wording)) for line in prov.lines}) == len(prov.lines)


def check_timeline_is_sorted_with_undated_occurrences_apart(cluster: Cluster, prov: Provenance) -> None:
    timeline = prov.timeline
    assert sorted(o.quote.id for o in timeline.dated + timeline.undated) == sorted(q.id for q in cluster.quotes)
    assert all(o.published_at is None for o in timeline.undated)
    moments = [moment(o.published_at) for o in timeline.dated]
    assert moments == sorted(moments)
    if timeline.dated:
        assert timeline.earliest is timeline.dated[0]
        assert all(moments[0] <= m for m in moments)
        for tie in timeline.earliest_ties:
            [tied] = [o for o in timeline.dated if o.quote.id == tie]
            assert moment(tied.published_at).date() == moments[0].date()
    else:
        assert timeline.earliest is None and timeline.earliest_ties == ()


def check_relations_read_in_order(cluster: Cluster, prov: Provenance) -> None:
    place = rank(prov)
    assert [o.relation for o in prov.occurrences.values()].count(FIRST) == 1
    for line in prov.lines:
        first = prov.occurrences[line.first.id]
        assert first.relation == line.kind and first.copy_of is None
        assert all(place[line.first.id] <= place[q.id] for q in line.occurrences)
        for q in line.occurrences[1:]:
            assert prov.occurrences[q.id].relation == COPY and prov.occurrences[q.id].copy_of == line.first.id
        if line.closest is not None:
            assert line.closest < line.id
            assert (line.kind == "altered_copy") == (line.ordered >= ALTERED_MIN)
    firsts = [place[line.first.id] for line in prov.lines]
    assert firsts == sorted(firsts)


def check_alterations_point_to_an_earlier_occurrence_and_rebuild_both_texts(cluster: Cluster, prov: Provenance) -> None:
    place = rank(prov)
    for alteration in prov.alterations:
        assert place[alteration.source.id] < place[alteration.quote.id]
        assert alteration.source_line < alteration.line
        assert prov.line(alteration.line).kind == "altered_copy"
        assert alteration.changed_words > 0
        diff = alteration.diff
        assert "".join(op.submitted_text for op in diff) == alteration.quote.text
        span = alteration.source.text[diff[0].source_start : diff[-1].source_end]
        assert "".join(op.source_text for op in diff) == span


def check_truncations_say_what_was_left_out(cluster: Cluster, prov: Provenance) -> None:
    for cut in prov.truncations:
        assert prov.occurrences[cut.quote.id].truncated
        assert cut.kept == cut.of.text[cut.kept_start : cut.kept_end]
        assert cut.left_out_words > 0 and (cut.left_out_before or cut.left_out_after)
        assert cut.left_out_before in cut.of.text and cut.left_out_after in cut.of.text
        if cut.exact:
            assert words(cut.quote.text) == words(cut.kept)
    assert sum(o.truncated for o in prov.occurrences.values()) == len(prov.truncations)


@settings(max_examples=100, deadline=None)
@given(clusters())
def test_provenance_invariants(cluster):
    """Every occurrence in exactly one line; timeline sorted, undated apart, earliest first; relations read in
    order; alterations and truncations consistent with the texts."""
    prov = cluster_provenance(cluster)
    check_every_occurrence_is_in_exactly_one_line(cluster, prov)
    check_timeline_is_sorted_with_undated_occurrences_apart(cluster, prov)
    check_relations_read_in_order(cluster, prov)
    check_alterations_point_to_an_earlier_occurrence_and_rebuild_both_texts(cluster, prov)
    check_truncations_say_what_was_left_out(cluster, prov)


@SETTINGS
@given(clusters(), st.randoms(use_true_random=False))
def test_the_order_quotes_are_read_in_does_not_matter(cluster, random):
    shuffled = list(cluster.quotes)
    random.shuffle(shuffled)
    a = cluster_provenance(cluster)
    b = cluster_provenance(Cluster(cluster.summary, tuple(shuffled)))
    assert a.occurrences == b.occurrences and a.lines == b.lines and a.who == b.who
