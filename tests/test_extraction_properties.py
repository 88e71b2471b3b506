"""Property tests: the extractor never fails and every span it reports is true to the input."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.extraction import extract_quotes, normalize_quote_text

MARKS = list("\"“”„‟«»'‘’‚‹›") + ["''", "&quot;", "&#039;", "&amp;", "\u00a0", "\n", "\n\n", "\r\n", "\x00", "\x85"]
INVISIBLE = ["\u00ad", "&shy;", "\u200b", "\u200d", "\ufeff", "\u2060"]
WORDS = [
    "said", "told", "according to", "he", "she", "they", "Peskov", "Dmitry Peskov", "Mr.", "Sen.", "the letters",
    "quoting", "reports", "TASS", "RIA", ",", ".", ":", "—", "-", "(", ")", "Telegram", "that", "asked", "Trump",
    "“X,”", "saying", "Kremlin spokesman", "of", "and", "spokesman,", "Ms. Merkel's", "(D-Wis.)", "who", "he added",
    ":", "the appeal read:", "\n", "Rep.", "G.K.",
]

article_text = st.lists(
    st.one_of(st.sampled_from(MARKS), st.sampled_from(WORDS), st.text(max_size=6)), max_size=80
).map(" ".join)


def _check(article: str) -> None:
    quotes = extract_quotes(article, include_boilerplate=True)
    for quote in quotes:
        assert 0 <= quote.start < quote.end <= len(article)
        assert quote.text == normalize_quote_text(article[quote.start : quote.end])
        assert quote.kind in ("full", "fragment", "term")
        assert quote.text
    assert [q for q in quotes if not q.boilerplate] == extract_quotes(article)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_text)
def test_news_like_noise_never_breaks_the_extractor(article):
    _check(article)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_breaks_the_extractor(article):
    _check(article)


ARTICLE = (
    "Kremlin spokesman Dmitry Peskov told reporters: “The appeals were received.”\n\n"
    '"We are ready for any scenario," Ukrainian President Volodymyr Zelensky said in a video on his Telegram '
    "channel. “The world needs Ukrainian grain,” he added, according to &quot;RIA&quot;."
)


# Insertion points outside the entities ("&quot;" split by a character is no entity any more).
_ENTITY_SPANS = [(m.start(), m.end()) for m in re.finditer(r"&\w+;", ARTICLE)]
INSERTION_POINTS = [i for i in range(len(ARTICLE) + 1) if not any(a < i < b for a, b in _ENTITY_SPANS)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(INSERTION_POINTS), st.sampled_from(INVISIBLE)), max_size=12))
def test_invisible_characters_change_no_quotation_speaker_or_source(insertions):
    """A soft hyphen or zero-width character anywhere (a CMS leaves them inside words) changes nothing found."""
    article = ARTICLE
    for at, invisible in sorted(insertions, reverse=True):
        article = article[:at] + invisible + article[at:]
    _check(article)
    expected = [(q.text, q.speaker, q.credited_source) for q in extract_quotes(ARTICLE)]
    assert [(q.text, q.speaker, q.credited_source) for q in extract_quotes(article)] == expected


# Offset lists as the extractor keeps them: text-ordered events, several at one offset allowed.
_event_lists = st.lists(st.lists(st.integers(min_value=0, max_value=60), max_size=12).map(sorted), max_size=4)


@settings(max_examples=300, deadline=None)
@given(_event_lists, st.integers(min_value=0, max_value=70))
def test_latest_first_merges_as_heapq_merge_did(offset_lists, position):
    """The pronoun's candidate merge gives the events of every list before ``position``, latest first and, at one
    offset, the earlier list's first: what ``heapq.merge`` with a descending key gave."""
    import bisect
    import heapq

    from service.extraction.extractor import _latest_first

    lists = [[(at, f"list{n}-{k}") for k, at in enumerate(offsets)] for n, offsets in enumerate(offset_lists)]
    cut = [bisect.bisect_left([at for at, _ in events], position) for events in lists]
    expected = list(
        heapq.merge(*(reversed(events[:end]) for events, end in zip(lists, cut, strict=True)), key=lambda e: -e[0])
    )
    assert list(_latest_first([[events, end - 1] for events, end in zip(lists, cut, strict=True)])) == expected


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_text, st.data())
def test_find_cue_with_the_cues_already_found_is_find_cue(article, data):
    """Handing find_cue the cue verbs already found over its range changes nothing it returns."""
    from service.extraction.attribution import find_cue, find_cues

    lower = data.draw(st.integers(min_value=0, max_value=len(article)))
    upper = data.draw(st.integers(min_value=lower, max_value=len(article)))
    for prefer in ("first", "last"):
        given_cues = find_cue(article, lower, upper, prefer=prefer, cues=find_cues(article, lower, upper))
        assert given_cues == find_cue(article, lower, upper, prefer=prefer)
