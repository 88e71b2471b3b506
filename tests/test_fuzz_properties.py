"""Fuzzing with hypothesis, beyond test_extraction_properties.py and test_matching.py: text dense in quote
marks and control characters (C0, C1, DEL, zero-width and bidi controls, lone combining marks, lone UTF-16
surrogates, NUL) for the extractor and the word diff; scores of arbitrary text; and a quote looked up in a
store always finds itself with score 100.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.extraction import extract_quotes, normalize_quote_text
from service.ingest import quote_index
from service.matching import find_matches, match_score, similarity, word_diff
from service.matching.search import TOO_SHORT
from service.storage import NewQuote, new_document, open_store

QUOTE_MARKS = list("\"“”„‟«»'‘’‚‹›「」『』〝〞＂") + ["''", "``", "&quot;", "&#8220;", "&ldquo;", "&rdquo;", "&#x201d;"]
CONTROLS = (
    [chr(c) for c in range(0x00, 0x20)]
    + ["\x7f"]
    + [chr(c) for c in range(0x80, 0xA0)]
    + ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u2028", "\u2029", "\u202a", "\u202e", "\u2066"]
    + ["\u0301", "\u0308", "\u20dd"]  # combining marks with nothing before them to combine with
    + ["\ud800", "\udfff"]  # lone surrogates: a Python str can hold them, whatever a file or a request can
)
PIECES = QUOTE_MARKS + CONTROLS + [
    " ", "  ", "\n", "\n\n", "\t", ".", ",", ":", "—", "said", "Peskov said", "he told reporters", "according to TASS",
    "Mr.", "the", "war", "peace", "talks", "Kyiv", "\u00a0", "é", "ß", "İ", "ﬁ", "١٢٣",
]  # fmt: skip

noisy_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=120).map("".join)
any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=200)


def check_extraction(text: str) -> None:
    for quote in extract_quotes(text, include_boilerplate=True):
        assert 0 <= quote.start < quote.end <= len(text)
        assert quote.text == normalize_quote_text(text[quote.start : quote.end])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(noisy_text)
def test_the_extractor_takes_quote_marks_and_control_characters(text):
    check_extraction(text)


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_the_extractor_takes_any_code_point_including_surrogates(text):
    check_extraction(text)


@settings(max_examples=300, deadline=None)
@given(noisy_text, noisy_text)
def test_scores_of_any_text_stay_within_0_and_100(a, b):
    assert 0.0 <= similarity(a, b) <= 100.0
    result = match_score(a, b)
    assert result is None or 0.0 <= result.score <= 100.0


@settings(max_examples=300, deadline=None)
@given(noisy_text | any_text, noisy_text | any_text)
def test_the_diff_of_any_two_texts_rebuilds_both(submitted, source):
    ops = word_diff(submitted, source)
    assert "".join(op.submitted_text for op in ops) == submitted
    assert "".join(op.source_text for op in ops) == source


WORDS = (
    "grain corridor winter season ceasefire border troops minister republic sanctions negotiations shelling "
    "hospital bridge refugees election budget prices kyiv kiev moscow donetsk parliament agreement weapons"
).split()
FILLER = "the of and to in we will our this that is was".split()
DECORATION = st.sampled_from(["", ",", ".", "!", "—", "“", "”", "'s", "\u00ad"])


@st.composite
def quotes(draw) -> str:
    """A quote of 4 to 30 words, at least two of them content words, with punctuation, marks and case noise."""
    words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=15))
    words += draw(st.lists(st.sampled_from(FILLER), min_size=2, max_size=15))
    words = draw(st.permutations(words))
    pieces = [draw(DECORATION) + (w.upper() if draw(st.booleans()) and i % 5 == 0 else w) + draw(DECORATION)
              for i, w in enumerate(words)]  # fmt: skip
    return " ".join(pieces)


def stored_quote(text: str, start: int = 0) -> NewQuote:
    keys, norm = quote_index(text, "full", False)
    return NewQuote(text, start, start + len(text), "full", "Speaker", keys=keys, norm=norm)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quotes(), st.lists(quotes(), max_size=6))
def test_a_stored_quote_always_finds_itself_with_score_100(quote, others):
    with open_store("sqlite://") as store:
        for n, other in enumerate(others):
            store.add_document(new_document(other, outlet=f"Other {n}"), [stored_quote(other)])
        text = f"He said: {quote}"
        result = store.add_document(new_document(text, outlet="Source"), [stored_quote(quote, start=9)])
        [quote_id] = result.quote_ids
        lookup = find_matches(store, quote, limit=100, min_score=1)
        assert lookup.reason != TOO_SHORT
        scores = {m.quote.id: m.score for m in lookup.matches}
        assert scores.get(quote_id) == 100.0, (lookup.reason, scores)
        assert max(scores.values()) == 100.0


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab é\u0301\t\n\r\u00a0\u2028\u3000\u200b\x1f\x85\u201c."))) | st.text())
def test_content_hash_fast_path_equals_split_and_join(text):
    # content_hash skips split/join for printable texts without double spaces; the hash must not change.
    import hashlib
    import unicodedata

    from service.storage.base import content_hash

    folded = " ".join(unicodedata.normalize("NFC", text).split())
    assert content_hash(text) == hashlib.sha256(folded.encode("utf-8")).hexdigest()
