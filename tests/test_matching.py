"""Normalisation, index keys, scores and the word diff: examples and properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.matching.diff import ALTERED, EQUIVALENT, VERBATIM, classify_diff, word_diff
from service.matching.equivalences import EquivalenceTable
from service.matching.index import STOPWORDS, content_words, index_keys, query_keys, text_index, text_keys
from service.matching.normalize import DEFAULT_TABLE, Normalizer, base_form, normalize_text, tokenize
from service.matching.score import CLOSE, MATCH, Query, match_score, score_words, similarity

# Text with the characters normalisation has to deal with: letters with accents, curly quotes, dashes,
# hyphens, apostrophes, odd spaces, digits with separators.
_PIECES = list(
    "abcdefghij KLMNOP éÉçüß.,;:!?-‐–—'’“”\"«» \u00a0\u2009\u00ad\u200b0123456789ＫﬁİΣς½\u0301"
) + [
    "Kiev",
    "Kyiv",
    "defence",
    "'s ",
    "e\u0301",
    "ǅ",
    "ℌ",
]
TEXTY = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join) | st.text(max_size=30)
WORDS = st.lists(
    st.sampled_from("the of kyiv army said forces we help peace talks war the".split()), max_size=25
)


# --- normalisation -----------------------------------------------------------------------------------


def test_normalisation_folds_case_marks_punctuation_and_spellings():
    assert normalize_text("“Kiev’s  CO-OPERATION,” — Lugansk; café ＫＩＥＶ 1,182") == (
        "kyivs cooperation luhansk cafe kyiv 1182"
    )
    assert normalize_text("They emphasised the defence of Kharkov and Odessa") == (
        "they emphasized the defense of kharkiv and odesa"
    )
    assert normalize_text("Donbass, DNR, Zelenskiy") == "donbas dpr zelensky"


def test_tokens_keep_offsets_into_the_original_text():
    text = "  «Kiev’s\u00a0forces»,  said  he"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["Kiev’s", "forces", "said", "he"]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert tokens[0].base == "kievs" and tokens[0].norm == "kyivs"


@settings(max_examples=300, deadline=None)
@given(TEXTY)
def test_normalisation_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


@settings(max_examples=200, deadline=None)
@given(TEXTY)
def test_tokens_are_slices_of_the_text(text):
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text
        assert token.norm and " " not in token.norm
        assert base_form(token.base) == token.base


def test_equivalence_table_is_extensible_and_checked():
    table = DEFAULT_TABLE.extended([("mykolaiv", "nikolaev"), ("bakhmut", "artemovsk"), ("colour", "color")])
    assert table.canonical("colour") == table.canonical("color")
    assert Normalizer(table).text("Nikolaev") == "mykolaiv"
    custom = Normalizer(EquivalenceTable([("Grey-hound", "greyhound", "GRAYHOUND")]))
    assert custom.text("grayhound grey-hound") == "greyhound greyhound"
    with pytest.raises(ValueError):
        EquivalenceTable([("a1", "b1"), ("b1", "c1")])
    assert DEFAULT_TABLE.canonical("unlisted") == "unlisted"
    assert all(DEFAULT_TABLE.canonical(c) == c for c in DEFAULT_TABLE.values())


# --- index keys --------------------------------------------------------------------------------------


def test_index_keys_are_pairs_of_content_words():
    words = normalize_text("help in repelling the aggression of the armed forces and formations of Ukraine")
    words = words.split()
    expected = ["help", "repelling", "aggression", "armed", "forces", "formations", "ukraine"]
    assert content_words(words) == expected
    keys = index_keys(words)
    assert len(keys) == 6 and all(-(2**31) <= k < 2**31 for k in keys)
    # function words do not change keys
    assert index_keys("help repelling aggression armed forces formations ukraine".split()) == keys
    assert index_keys("one of the".split()) == [] and index_keys(["help"]) == []
    assert "the" in STOPWORDS



def _reference_keys(words: list[str]) -> list[int]:
    """The documented key formula, written independently of ``index``: stored keys depend on it."""
    import zlib

    hashes = [zlib.crc32(w.encode("utf-8")) for w in words if w not in STOPWORDS]
    gaps = range(1, 4) if len(hashes) <= 5 else range(1, 2)
    keys = [
        ((hashes[i] * 0x9E3779B1 + hashes[i + g]) % 2**32) - 2**31 for g in gaps for i in range(len(hashes) - g)
    ]
    return list(dict.fromkeys(keys))


_KEY_WORDS = ["kyiv", "said", "forces", "the", "armed", "peace", "talks", "of", "kyiv"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_KEY_WORDS), max_size=14))
def test_index_keys_follow_the_documented_formula(words):
    assert index_keys(words) == _reference_keys(words)
    assert text_index(" ".join(words))[1] == _reference_keys(words)

def test_short_quotes_also_get_gapped_pairs():
    short = "kiev continues to strengthen its presence".split()  # 4 content words
    keys = index_keys(short)
    assert len(keys) == 3 + 2 + 1
    changed = "kiev continues to increase its presence".split()
    assert set(query_keys(changed)) & set(keys)  # one word changed: still shares gapped pairs
    long = ("kiev continues to strengthen its military presence on the line of contact " * 2).split()
    assert len(query_keys(long)) == len(set(index_keys(long)))


@given(WORDS)
def test_index_keys_are_distinct_and_deterministic(words):
    keys = index_keys(words)
    assert len(set(keys)) == len(keys) and keys == index_keys(list(words))


@settings(max_examples=200, deadline=None)
@given(TEXTY)
def test_text_keys_are_the_keys_of_the_normalised_words(text):
    assert text_keys(text) == index_keys(normalize_text(text).split())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["(Kiev),", "“Defence.”", "[war]", "«peace»", "1,182.", "e'"]), max_size=40)
       .map("".join) | st.text(max_size=30))
def test_text_index_fast_paths_give_the_tokenizers_words(text):
    # text_index memoises per chunk and skips the tokenizer for plain words; a fresh normalizer, whose
    # memos are empty, must give the same normalised text and keys as tokenising the whole text.
    fresh = Normalizer(DEFAULT_TABLE)
    words = [t.norm for t in fresh(text)]
    assert text_index(text, normalizer=Normalizer(DEFAULT_TABLE)) == (" ".join(words), index_keys(words))
    assert text_index(text) == (" ".join(words), index_keys(words))  # the warm default memo too


# ASCII text: text_index's ASCII path (letters and separating punctuation) and its fallbacks (digits,
# apostrophes, hyphens), with words of the equivalence table and stopwords.
_ASCII_PIECES = list("abcXYZ .,;:!?\"()[]/&_\t\n\x0b\x1c\x00'`-09") + [
    "Kiev", "KYIV", "defence", "Defense", "the ", "The ", "said", "s", "'s ", "forces", "e-mail", "1,182",
]
ASCII_TEXT = st.lists(st.sampled_from(_ASCII_PIECES), max_size=40).map("".join) | st.text(
    alphabet=st.characters(max_codepoint=127), max_size=40
)


@settings(max_examples=500, deadline=None)
@given(ASCII_TEXT)
def test_text_index_ascii_path_gives_the_tokenizers_words(text):
    fresh = Normalizer(DEFAULT_TABLE)
    words = [t.norm for t in fresh(text)]
    assert text_index(text, normalizer=Normalizer(DEFAULT_TABLE)) == (" ".join(words), index_keys(words))
    assert text_index(text) == (" ".join(words), index_keys(words))
    assert text_index(text)[1] == _reference_keys(words)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.integers(0, 2**32 - 1) | st.sampled_from([0, 1, 2**31 - 1, 2**31, 2**32 - 1]), max_size=30
    ),
    st.integers(1, 3),
)
def test_pair_keys_follow_the_formula(hashes, max_gap):
    from service.matching.index import _pair_keys

    expected = [
        ((hashes[i] * 0x9E3779B1 + hashes[i + g]) % 2**32) - 2**31
        for g in range(1, max_gap + 1)
        for i in range(len(hashes) - g)
    ]
    assert _pair_keys(hashes, max_gap) == list(dict.fromkeys(expected))

# --- scores -----------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(WORDS, WORDS)
def test_scores_are_between_0_and_100_and_similarity_is_symmetric(a, b):
    result = score_words(a, b)
    assert result is None or 0.0 <= result.score <= 100.0
    assert 0.0 <= similarity(" ".join(a), " ".join(b)) <= 100.0
    assert similarity(" ".join(a), " ".join(b)) == pytest.approx(similarity(" ".join(b), " ".join(a)))


@settings(max_examples=200, deadline=None)
@given(WORDS.filter(bool))
def test_a_text_scores_100_against_itself_and_the_bound_holds(words):
    assert score_words(words, words).score == 100.0
    query = Query(words)
    other = list(reversed(words)) + ["extra"]
    result = query.score(other)
    assert result is None or result.score <= query.bound(other) + 1e-9


@settings(max_examples=300, deadline=None)
@given(WORDS, WORDS, st.integers(min_value=1, max_value=8))
def test_the_bound_is_never_below_the_score(a, b, min_fragment_words):
    # Lookups skip candidates by their bound: a bound below the score would lose matches.
    query = Query(a, min_fragment_words=min_fragment_words)
    result = query.score(b)
    assert result is None or result.score <= query.bound(b) + 1e-9


def test_fragment_scores_on_its_span():
    source = (
        "we expect that all disputes will be resolved during talks between the authorities and the leaders"
    )
    result = match_score("all disputes will be resolved during talks", source)
    assert result.score == 100.0
    assert source.split()[result.start : result.end] == "all disputes will be resolved during talks".split()
    # too short to be searched as a fragment: compared with the whole quote
    assert match_score("disputes resolved", source).score < MATCH


def test_edits_lower_the_score_in_order():
    source = (
        "the heads of those republics express their gratitude to the russian president for the recognition"
    )
    one_word = source.replace("gratitude", "thanks")
    reordered = (
        "for the recognition the heads of those republics express their gratitude to the russian president"
    )
    unrelated = "the army will continue shelling the city while the talks are frozen for another month"
    assert CLOSE <= similarity(one_word, source) < 100
    assert CLOSE <= similarity(reordered, source) < 100
    assert similarity(unrelated, source) < MATCH


# --- diff -------------------------------------------------------------------------------------------


def test_diff_kinds():
    ops = word_diff("“kyiv IS strong,” and growing today", "Kiev is very strong and growing")
    got = [(op.op, op.kind, op.submitted, op.source) for op in ops]
    assert got == [
        ("equal", "spelling_variant", ("kyiv",), ("Kiev",)),
        ("equal", "case_or_punctuation", ("IS",), ("is",)),
        ("delete", "omitted", (), ("very",)),
        ("equal", "same", ("strong", "and", "growing"), ("strong", "and", "growing")),
        ("insert", "added", ("today",), ()),
    ]
    assert classify_diff(ops) == ALTERED
    replaced = word_diff("help repel the attack", "help repel the aggression")
    assert [(op.op, op.kind) for op in replaced][-1] == ("replace", "wording")


def test_diff_classification():
    assert classify_diff(word_diff("Kiev said so", "Kiev said so.")) == VERBATIM
    assert classify_diff(word_diff("kyiv said SO", "Kiev said so")) == EQUIVALENT
    assert classify_diff(word_diff("Kiev said no", "Kiev said so")) == ALTERED


@settings(max_examples=300, deadline=None)
@given(TEXTY, TEXTY)
def test_diff_rebuilds_both_texts(submitted, source):
    ops = word_diff(submitted, source)
    assert "".join(op.submitted_text for op in ops) == submitted
    assert "".join(op.source_text for op in ops) == source
    assert [w for op in ops for w in op.submitted] == [t.text for t in tokenize(submitted)]
    assert [w for op in ops for w in op.source] == [t.text for t in tokenize(source)]
    for op in ops:
        assert submitted[op.submitted_start : op.submitted_end] == op.submitted_text
        assert source[op.source_start : op.source_end] == op.source_text
        assert (op.op == "equal") == (op.kind in {"same", "case_or_punctuation", "spelling_variant"})
