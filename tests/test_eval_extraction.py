"""Tests for bench/eval_extraction.py on a tiny hand-written brat corpus (made-up sentences)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from bench import eval_extraction as ev
from service.extraction.model import Quote

# --------------------------------------------------------------------------------------------------
# A miniature PolNeAR-shaped corpus

DOC_A = (
    "Mayor Alma Quist opened the new bridge on Monday.\n"
    "\n"
    "“This bridge connects two towns that needed each other,” Quist said. “It took ten years.”\n"
    "\n"
    "She called the delay “a scandal of paperwork” and blamed the county.\n"
    "\n"
    'Council member Ravi Oduya disagreed. "The county moved as fast as the law allowed," he said.\n'
    "\n"
    "“We will hold a vote in May,” Oduya added.\n"
)

DOC_B = (
    "Officials said the plan was final.\n"
    "\n"
    "''We are done with the review. The money is ready.\n"
    "\n"
    "''Construction starts in June,'' said Lena Park, a spokeswoman.\n"
)


def at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of needle."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def word_at(text: str, phrase: str, word: str) -> tuple[int, int]:
    """Offsets of ``word`` at the start of the first occurrence of ``phrase``."""
    start = at(text, phrase)[0]
    return start, start + len(word)


def t_line(tid: str, kind: str, text: str, *spans: tuple[int, int]) -> str:
    offsets = ";".join(f"{a} {b}" for a, b in spans)
    covered = " ".join(text[a:b] for a, b in spans)
    return f"{tid}\t{kind} {offsets}\t{covered}"


def ann_doc_a() -> str:
    t = DOC_A
    lines = [
        # E1: interrupted quotation, one attribution with a discontinuous content span.
        t_line("T1", "Source", t, at(t, "Quist", 1)),
        t_line("T2", "Cue", t, at(t, "said")),
        t_line(
            "T3",
            "Content",
            t,
            at(t, "“This bridge connects two towns that needed each other,”"),
            at(t, "“It took ten years.”"),
        ),
        t_line("T4", "Attribution", t, at(t, "said")),
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        # E2: partial quotation inside the writer's sentence: not gold.
        t_line("T5", "Source", t, at(t, "She")),
        t_line("T6", "Cue", t, at(t, "called")),
        t_line("T7", "Content", t, at(t, "the delay “a scandal of paperwork”")),
        t_line("T8", "Attribution", t, at(t, "called")),
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
        # E3: straight quotes, pronoun source; annotator left the marks out of the span.
        t_line("T9", "Source", t, word_at(t, "he said", "he")),
        t_line("T10", "Cue", t, at(t, "said", 1)),
        t_line("T11", "Content", t, at(t, "The county moved as fast as the law allowed,")),
        t_line("T12", "Attribution", t, at(t, "said", 1)),
        "E3\tAttribution:T12 Content:T11 Cue:T10 Source:T9",
        # E4: quote whose trailing comma sits inside the marks.
        t_line("T13", "Source", t, at(t, "Oduya", 1)),
        t_line("T14", "Cue", t, at(t, "added")),
        t_line("T15", "Content", t, at(t, "“We will hold a vote in May,”")),
        t_line("T16", "Attribution", t, at(t, "added")),
        "E4\tAttribution:T16 Content:T15 Cue:T14 Source:T13",
        # A note line and an annotator scratch span, both ignored.
        "#1\tAnnotatorNotes T3\tcheck this one",
        t_line("T17", "Discuss", t, at(t, "blamed the county")),
    ]
    return "\n".join(lines) + "\n"


def ann_doc_b() -> str:
    t = DOC_B
    lines = [
        t_line("T1", "Source", t, at(t, "Officials")),
        t_line("T2", "Cue", t, at(t, "said")),
        t_line("T3", "Content", t, at(t, "the plan was final")),
        t_line("T4", "Attribution", t, at(t, "said")),
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        # Multi-paragraph quotation in NYT '' marks, given as one span across the paragraph break.
        t_line("T5", "Source", t, at(t, "Lena Park, a spokeswoman")),
        t_line("T6", "Cue", t, at(t, "said", 1)),
        "T7\tContent {} {}\t(covered text spans a newline)".format(
            t.index("''We"), t.index("June,''") + len("June,''")
        ),
        "continuation of the covered text on a second physical line",
        t_line("T8", "Attribution", t, at(t, "said", 1)),
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "PolNeAR"
    for split in ("dev", "train"):
        (root / "data" / split / "text").mkdir(parents=True)
        (root / "data" / split / "attributions").mkdir(parents=True)
    dev = root / "data" / "dev"
    (dev / "text" / "doc-a.txt").write_text(DOC_A, encoding="utf-8")
    (dev / "attributions" / "doc-a_aaaa.ann").write_text(ann_doc_a(), encoding="utf-8")
    # A second annotator's file for the same article: ignored, the alphabetically first one wins.
    (dev / "attributions" / "doc-a_zzzz.ann").write_text("", encoding="utf-8")
    (dev / "text" / "doc-b.txt").write_text(DOC_B, encoding="utf-8")
    (dev / "attributions" / "doc-b_aaaa.ann").write_text(ann_doc_b(), encoding="utf-8")
    return root


def piece(text: str, needle: str, nth: int = 0, **kw: object) -> Quote:
    start, end = at(text, needle, nth)
    fields: dict = {"kind": "full", "group": start}
    fields.update(kw)
    return Quote(text=needle, start=start, end=end, **fields)


def stand_in(text: str) -> list[Quote]:
    """Fixed predictions for the two documents, with one of every kind of outcome."""
    if text == DOC_A:
        return [
            # exact match of E1, as two pieces of one group
            piece(
                text,
                "“This bridge connects two towns that needed each other,”",
                group=1,
                speaker="Alma Quist",
                speaker_mention="Quist",
            ),
            piece(text, "“It took ten years.”", group=1, speaker="Alma Quist", speaker_mention="Quist"),
            # fragments and boilerplate are not predictions of direct quotes
            piece(text, "“a scandal of paperwork”", kind="fragment"),
            piece(text, "Mayor Alma Quist", boilerplate=True),
            # exact match of E3 (marks included here, not in gold: normalisation makes them equal)
            piece(
                text,
                '"The county moved as fast as the law allowed,"',
                speaker="Ravi Oduya",
                speaker_mention="he",
            ),
            # overlap-only match of E4 (one extra token), with the wrong speaker
            piece(text, "“We will hold a vote in May,” Oduya", speaker="Alma Quist", speaker_mention="Quist"),
            # false positive
            piece(text, "Mayor Alma Quist opened the new bridge on Monday."),
        ]
    if text == DOC_B:
        # only the first paragraph of the two-paragraph quote: 10 of 14 gold tokens, below 0.8
        return [piece(text, "''We are done with the review. The money is ready.", speaker="Lena Park")]
    raise AssertionError("unexpected document")


# --------------------------------------------------------------------------------------------------
# Corpus reading


def test_parse_brat_reads_discontinuous_content_and_skips_notes_and_continuations() -> None:
    atts = ev.parse_brat(ann_doc_a())
    assert [a.id for a in atts] == ["E1", "E2", "E3", "E4"]
    e1 = atts[0]
    assert e1.content == (
        at(DOC_A, "“This bridge connects two towns that needed each other,”"),
        at(DOC_A, "“It took ten years.”"),
    )
    assert e1.source == (at(DOC_A, "Quist", 1),)
    assert e1.cue == (at(DOC_A, "said"),)
    atts_b = ev.parse_brat(ann_doc_b())
    assert len(atts_b) == 2 and atts_b[1].source == (at(DOC_B, "Lena Park, a spokeswoman"),)


def test_parse_brat_merges_numbered_roles_and_allows_missing_source() -> None:
    ann = (
        "T1\tCue 0 3\tsay\nT2\tContent 4 8\tabcd\nT3\tContent 10 12\tef\n"
        "E1\tAttribution-no-source:T1 Cue:T1 Content:T2 Content2:T3\n"
    )
    (att,) = ev.parse_brat(ann)
    assert att.content == ((4, 8), (10, 12))
    assert att.source == ()


def test_load_split_uses_first_annotator_and_refuses_test(corpus: Path) -> None:
    docs = ev.load_split(corpus, "dev")
    assert [d.name for d in docs] == ["doc-a", "doc-b"]
    assert len(docs[0].attributions) == 4
    assert [d.name for d in ev.load_split(corpus / "data", "dev", limit=1)] == ["doc-a"]
    with pytest.raises(ValueError, match="not allowed"):
        ev.load_split(corpus, "test")


def test_the_byline_of_metadata_reaches_an_extractor_that_takes_one(corpus: Path) -> None:
    metadata = "compartment\tfilename\tauthor\ndev\tdoc-a\tJane Roe\ndev\tdoc-b\tNone\n"
    (corpus / "data" / "metadata.tsv").write_text(metadata, encoding="utf-8")
    docs = ev.load_split(corpus, "dev")
    assert [d.author for d in docs] == ["Jane Roe", None]
    assert [d.author for d in ev.load_split(corpus, "dev", use_byline=False)] == [None, None]
    seen: list[str | None] = []

    def with_byline(text: str, author: str | None = None) -> list[Quote]:
        seen.append(author)
        return []

    ev.evaluate(docs, with_byline)
    assert seen == ["Jane Roe", None]
    assert not ev.accepts_author(stand_in)
    ev.evaluate(docs, stand_in)  # an extractor without the parameter is called with the text alone


# --------------------------------------------------------------------------------------------------
# Gold selection


def _gold_ids(text: str, ann: str) -> list[str]:
    mask = ev.QuoteMask(text)
    return [a.id for a in ev.parse_brat(ann) if ev.is_direct_quote(a, mask)]


def test_gold_selection_on_sample() -> None:
    assert _gold_ids(DOC_A, ann_doc_a()) == ["E1", "E3", "E4"]
    assert _gold_ids(DOC_B, ann_doc_b()) == ["E2"]


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        ('He said: "We won." Then he left.', '"We won."', True),
        ("He said: “We won”. Then he left.", "“We won”.", True),  # full stop outside the marks
        ("He said: “We won.” Then he left.", "We won.", True),  # marks outside the span
        ("He called it “a disgrace” today.", "it “a disgrace”", False),
        ("He called it “a disgrace” today.", "“a disgrace” today", False),
        ("“We won,” he said, “and we will win again.”", "“We won,” he said, “and we will win again.”", False),
        ("He said “maybe” so.", "said", False),
        ("''Never,'' he said.", "''Never,''", True),  # NYT typewriter marks
        ("He shouted.", "", False),
    ],
)
def test_is_direct_quote_rule(text: str, content: str, expected: bool) -> None:
    span = at(text, content) if content else (0, 0)
    att = ev.Attribution("E1", content=(span,) if content else ())
    assert ev.is_direct_quote(att, ev.QuoteMask(text)) is expected


def test_unclosed_quote_runs_to_paragraph_end_only() -> None:
    text = "“First paragraph goes on.\n\n“Second one ends.”\n\nNarrative resumes here."
    assert ev.quote_regions(text) == [(1, 25), (28, 44)]
    mask = ev.QuoteMask(text)
    assert mask.fully_quoted(0, 44)
    assert not mask.fully_quoted(0, len(text))


def test_wrong_way_curly_marks_are_read_by_position() -> None:
    text = "“Not now,“ he said. ”Later.”"
    assert [text[a:b] for a, b in ev.quote_regions(text)] == ["Not now,", "Later."]


def test_curly_quotation_nested_in_a_curly_quotation_keeps_the_outer_one_open() -> None:
    # Writers often nest “…” inside “…”; the inner closing mark must not end the outer quotation,
    # or the words after it count as the writer's and a wholly quoted content stops being gold.
    text = "She said: “I’d rather live in what he calls “hell” than live with him.” He left."
    assert [text[a:b] for a, b in ev.quote_regions(text)] == [
        "I’d rather live in what he calls “hell” than live with him."
    ]
    att = ev.Attribution("E1", content=(at(text, "“I’d rather live in what he calls “hell” than live with him.”"),))
    assert ev.is_direct_quote(att, ev.QuoteMask(text))
    # a stray mark typed the wrong way round still closes, as before
    typo = "“Not now,“ he said."
    assert [typo[a:b] for a, b in ev.quote_regions(typo)] == ["Not now,"]


def test_attribution_nested_inside_a_quotation_is_not_gold() -> None:
    text = 'The paper reported: "Ann said she was tired." Bob said, "We left."'
    mask = ev.QuoteMask(text)
    # cue "said" of Ann sits in the same quoted passage as its content
    nested = ev.Attribution("E1", content=(at(text, "she was"),), cue=(at(text, "said"),))
    outer = ev.Attribution("E2", content=(at(text, '"We left."'),), cue=(at(text, "said", 1),))
    transcript = '"SMITH: We will win."'
    turn = ev.Attribution("E3", content=(at(transcript, "We will win."),), cue=(at(transcript, ":"),))
    assert not ev.is_direct_quote(nested, mask)
    assert ev.is_direct_quote(outer, mask)
    assert not ev.is_direct_quote(turn, ev.QuoteMask(transcript))


def test_segment_without_words_is_ignored() -> None:
    text = "“One thing. . . . Another thing.”"
    pieces = (at(text, "“One thing."), at(text, ". ."), at(text, "Another thing.”"))
    att = ev.Attribution("E1", content=pieces)
    assert ev.is_direct_quote(att, ev.QuoteMask(text))


# --------------------------------------------------------------------------------------------------
# Span normalisation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We won.”", "We won"),
        ('  "We won," ', "We won"),
        ("''Is it over?''", "Is it over"),
        ("“He said ‘no.’”", "He said ‘no"),
        ("“— and then —”", "and then"),
        ("“…”", ""),
    ],
)
def test_trim_span(text: str, expected: str) -> None:
    a, b = ev.trim_span(text, 0, len(text))
    assert text[a:b] == expected


def test_normalise_spans_merges_paragraph_pieces_but_not_interruptions() -> None:
    text = "“Part one.\n\n“Part two,” she said, “part three.”"
    one, two, three = at(text, "“Part one."), at(text, "“Part two,”"), at(text, "“part three.”")
    merged = ev.normalise_spans(text, [two, one, three])
    assert [text[a:b] for a, b in merged] == ["Part one.\n\n“Part two", "part three"]
    whole = (0, two[1])
    assert ev.normalise_spans(text, [whole]) == ev.normalise_spans(text, [one, two])
    assert ev.normalise_spans(text, [(0, 1), (3, 3)]) == ()


def test_token_index_counts_tokens_touching_ranges() -> None:
    text = "alpha beta, gamma delta"
    tokens = ev.TokenIndex(text)
    assert tokens.tokens([(0, 10)]) == frozenset({0, 1})
    assert tokens.tokens([(8, 13)]) == frozenset({1, 2})  # partial words count
    assert tokens.tokens([(10, 12)]) == frozenset()


# --------------------------------------------------------------------------------------------------
# Matching


def test_overlap_requires_both_directions() -> None:
    gold = frozenset(range(10))
    assert ev.overlap_ok(gold, frozenset(range(8)))  # 8/10 of gold, 8/8 of pred
    assert not ev.overlap_ok(gold, frozenset(range(7)))  # 7/10
    assert ev.overlap_ok(gold, frozenset(range(12)))  # 10/10, 10/12 = 0.83
    assert not ev.overlap_ok(gold, frozenset(range(13)))  # 10/13 = 0.77: prediction too long
    assert not ev.overlap_ok(frozenset(), frozenset())


def _items(token_sets: list[set[int]], cls: type, ranges: list[tuple] | None = None) -> list:
    doc = ev.Document("d", "x", [])
    out = []
    for i, toks in enumerate(token_sets):
        r = ranges[i] if ranges else ((min(toks), max(toks) + 1),)
        if cls is ev.GoldItem:
            out.append(ev.GoldItem(doc, ev.Attribution("E", ()), r, frozenset(toks)))
        else:
            out.append(ev.PredItem(doc, [], r, frozenset(toks)))
    return out


def test_greedy_match_is_one_to_one_and_prefers_best_pair() -> None:
    gold = _items([set(range(10)), set(range(10))], ev.GoldItem)  # duplicate gold annotations
    pred = _items([set(range(10))], ev.PredItem)
    assert ev.greedy_match(gold, pred, exact=False) == [(0, 0)]
    # pred 0 fits both golds; gold 1 only fits pred 0 weakly, gold 0 best with pred 0 exactly
    gold = _items([set(range(10)), set(range(1, 11))], ev.GoldItem)
    pred = _items([set(range(10)), set(range(2, 12))], ev.PredItem)
    assert ev.greedy_match(gold, pred, exact=False) == [(0, 0), (1, 1)]
    assert ev.greedy_match(gold, pred, exact=True) == [(0, 0)]


# --------------------------------------------------------------------------------------------------
# Speakers


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
        ("Sen. Ted Cruz (R-Texas)", "Ted Cruz"),
        ("Tad Devine, a senior adviser on the Sanders campaign", "Tad Devine"),
        ("Iowa State University's Dianne Bystrom", "Dianne Bystrom"),
        ("the Bernie Sanders campaign", None),  # a modifier, not the source's head
        ("Nevada's governor, Brian Sandoval, a Republican,", "Brian Sandoval"),
        ("Donald J. Trump Jr.", "Donald J. Trump Jr"),
        ("he", None),
        ("local officials", None),
    ],
)
def test_best_name(phrase: str, expected: str | None) -> None:
    assert ev.best_name(phrase) == expected


def test_surname_and_canonical_rules() -> None:
    assert ev.surname("Donald J. Trump Jr.") == "trump"
    assert ev.surname("Mr. Trump’s") == "trump"
    person = ev.GoldSpeaker("he", "Dmitry Peskov", "corenlp-coref")
    assert ev.canonical_correct(person, "Peskov")
    assert not ev.canonical_correct(person, "Vladimir Putin")
    assert not ev.canonical_correct(person, None)
    group = ev.GoldSpeaker("the Kremlin press office", None, "group")
    assert ev.canonical_correct(group, "Kremlin")
    assert not ev.canonical_correct(group, "White House")


def test_resolve_gold_speaker_without_corenlp() -> None:
    doc = ev.Document("doc-a", DOC_A, ev.parse_brat(ann_doc_a()))
    e1, e2, e3, _ = doc.attributions
    assert ev.resolve_gold_speaker(doc, e1) == ev.GoldSpeaker("Quist", "Quist", "name-in-source")
    assert ev.resolve_gold_speaker(doc, e3) == ev.GoldSpeaker("he", "Ravi Oduya", "nearest-name")
    # "She" is nearest to "Alma Quist" (the later bare "Quist" expands to the full name)
    assert ev.resolve_gold_speaker(doc, e2).name == "Alma Quist"
    no_source = ev.Attribution("E9", content=e1.content)
    assert ev.resolve_gold_speaker(doc, no_source).method == "none"


def corenlp_xml(text: str, persons: set[str], chains: list[list[tuple[str, int, bool]]]) -> str:
    """A minimal CoreNLP XML document: one sentence per line, tokens with offsets and NER, and
    coreference chains given as (mention text, occurrence, representative)."""
    sentences, token_index = [], {}
    offset = 0
    for sid, line in enumerate(text.split("\n"), start=1):
        toks = []
        for tid, m in enumerate(re.finditer(r"\w+|[^\w\s]", line), start=1):
            ner = "PERSON" if m.group() in persons else "O"
            a, b = offset + m.start(), offset + m.end()
            token_index[a] = (sid, tid)
            toks.append(
                f'<token id="{tid}"><word>{m.group()}</word><lemma>x</lemma>'
                f"<CharacterOffsetBegin>{a}</CharacterOffsetBegin>\n"
                f"<CharacterOffsetEnd>{b}</CharacterOffsetEnd><POS>NN</POS><NER>{ner}</NER></token>"
            )
        offset += len(line) + 1
        if toks:
            sentences.append(f'<sentence id="{sid}"><tokens>{"".join(toks)}</tokens></sentence>')
    chain_xml = []
    for chain in chains:
        mentions = []
        for mention, nth, rep in chain:
            a = [m.start() for m in re.finditer(rf"\b{re.escape(mention)}\b", text)][nth]
            sid, first = token_index[a]
            n_tokens = len(re.findall(r"\w+|[^\w\s]", mention))
            attr = ' representative="true"' if rep else ""
            mentions.append(
                f"<mention{attr}><sentence>{sid}</sentence><start>{first}</start>"
                f"<end>{first + n_tokens}</end><head>{first}</head><text>{mention}</text></mention>"
            )
        chain_xml.append(f"<coreference>{''.join(mentions)}</coreference>")
    return (
        f"<root><document><sentences>{''.join(sentences)}</sentences>"
        f"<coreference>{''.join(chain_xml)}</coreference></document></root>"
    )


def test_corenlp_coreference_names_pronoun_sources(tmp_path: Path) -> None:
    text = "Ravi Oduya spoke in Kent County.\n“We will win,” he said.\n“Soon,” she said."
    xml = corenlp_xml(
        text,
        persons={"Ravi", "Oduya"},
        chains=[[("Ravi Oduya", 0, True), ("he", 0, False)], [("Kent County", 0, True), ("she", 0, False)]],
    )
    path = tmp_path / "doc.txt.xml"
    path.write_text(xml, encoding="utf-8")
    core = ev.CoreNLPDoc.parse(path, text)
    assert core is not None
    assert core.person_spans() == [at(text, "Ravi Oduya")]
    assert core.chains[0] == [(at(text, "Ravi Oduya"), True), (word_at(text, "he said", "he"), False)]
    doc = ev.Document("d", text, [], corenlp_path=path)
    he = ev.Attribution("E1", content=(at(text, "We will win,"),), source=(word_at(text, "he said", "he"),))
    she = ev.Attribution("E2", content=(at(text, "Soon,"),), source=(word_at(text, "she said", "she"),))
    assert ev.resolve_gold_speaker(doc, he) == ev.GoldSpeaker("he", "Ravi Oduya", "corenlp-coref")
    # a he/she chain must lead to an NER person, so "Kent County" is refused; the nearest-name
    # fallback then skips Oduya, whom the coreference chains call "he"
    assert ev.resolve_gold_speaker(doc, she) == ev.GoldSpeaker("she", None, "unresolved")
    assert core.genders(text) == {"oduya": "m"}
    assert ev.CoreNLPDoc.parse(path, "too short") is None


def test_coreference_to_a_person_named_in_the_quotation_yields_to_nearest_name(tmp_path: Path) -> None:
    text = "Bob Ray spoke first. Later Tom Hart took the stage.\n“Bob Ray will win,” he said."
    xml = corenlp_xml(text, persons={"Bob", "Ray", "Tom", "Hart"}, chains=[[("Bob Ray", 0, True), ("he", 0, False)]])
    path = tmp_path / "doc.txt.xml"
    path.write_text(xml, encoding="utf-8")
    doc = ev.Document("d", text, [], corenlp_path=path)
    he = ev.Attribution("E1", content=(at(text, "“Bob Ray will win,”"),), source=(word_at(text, "he said", "he"),))
    assert ev.resolve_gold_speaker(doc, he) == ev.GoldSpeaker("he", "Tom Hart", "nearest-name")
    # without the quotation naming him, the coreference chain is trusted
    text2 = text.replace("“Bob Ray will win,”", "“We will win,”   ")
    path.write_text(corenlp_xml(text2, {"Bob", "Ray", "Tom", "Hart"}, [[("Bob Ray", 0, True), ("he", 0, False)]]))
    doc2 = ev.Document("d", text2, [], corenlp_path=path)
    he2 = ev.Attribution("E1", content=(at(text2, "“We will win,”"),), source=(word_at(text2, "he said", "he"),))
    assert ev.resolve_gold_speaker(doc2, he2) == ev.GoldSpeaker("he", "Bob Ray", "corenlp-coref")


def test_find_mention_skips_the_quote_itself_and_takes_nearest() -> None:
    text = "He spoke first. “He is wrong,” he said. He left."
    quote = [at(text, "He is wrong")]
    assert ev.find_mention(text, "he", quote) == word_at(text, "he said", "he")
    assert ev.find_mention(text, "He", quote) == word_at(text, "He left", "He")
    assert ev.find_mention(text, "Nobody", quote) is None


def test_find_mention_prefers_the_quotations_own_paragraph() -> None:
    text = "She says it is “dangerous for a president.”\n\nShe says more."
    quote = [at(text, "dangerous for a president.")]
    assert ev.find_mention(text, "She", quote) == (0, 3)
    # With no occurrence in its paragraph, the nearest elsewhere still counts: "Trump said:⏎⏎“…”".
    text = "Trump said:\n\n“We will win.”"
    assert ev.find_mention(text, "Trump", [at(text, "We will win.")]) == (0, 5)


# --------------------------------------------------------------------------------------------------
# End to end


def test_evaluate_scores_on_sample(corpus: Path) -> None:
    docs = ev.load_split(corpus, "dev")
    errors: list[ev.ErrorRecord] = []
    report = ev.evaluate(docs, stand_in, errors)
    assert report["documents"] == 2
    assert report["gold_direct_quotes"] == 4
    assert report["predicted_full_quotes"] == 5
    assert report["exact"]["matched"] == 2
    assert report["exact"]["precision"] == pytest.approx(0.4)
    assert report["exact"]["recall"] == pytest.approx(0.5)
    assert report["exact"]["f1"] == pytest.approx(4 / 9)
    assert report["overlap"]["matched"] == 3
    assert report["overlap"]["precision"] == pytest.approx(0.6)
    assert report["overlap"]["recall"] == pytest.approx(0.75)
    assert report["overlap"]["f1"] == pytest.approx(2 / 3)
    # pieces: gold E1 has two, the two-paragraph quotation in doc-b is one; predictions have six
    assert report["pieces"]["gold"] == 5
    assert report["pieces"]["predicted"] == 6
    assert report["pieces"]["exact"]["matched"] == 3
    assert report["pieces"]["overlap"]["matched"] == 4
    assert report["pieces"]["overlap"]["recall"] == pytest.approx(0.8)
    assert report["speaker_mention"]["evaluated"] == 3
    assert report["speaker_mention"]["correct"] == 2
    assert report["speaker_canonical"]["evaluated"] == 3
    assert report["speaker_canonical"]["correct"] == 2
    assert report["speaker_canonical"]["gold_resolution"] == {"name-in-source": 2, "nearest-name": 1}
    by_method = report["speaker_canonical"]["accuracy_by_gold_resolution"]
    assert by_method["name-in-source"] == {"correct": 1, "evaluated": 2, "accuracy": 0.5}
    assert by_method["nearest-name"] == {"correct": 1, "evaluated": 1, "accuracy": 1.0}
    assert report["gold_lowercase_start"] == 0
    assert report["overlap"]["false_negative_causes"] == {"boundary/merged": 1}
    assert report["overlap"]["false_positive_causes"] == {"overlaps gold": 1, "unannotated": 1}
    assert report["throughput"]["extractor_failures"] == 0
    # the fragment “a scandal of paperwork” lies in E2's content; the stand-in names no speaker for it
    assert report["fragment_speaker"]["evaluated"] == 1
    assert report["fragment_speaker"]["mention_correct"] == 0
    kinds = sorted(e.kind for e in errors)
    # the fragment's missing speaker is listed too, as its own kind
    assert kinds == ["BOUNDARY", "FN", "FP", "FP", "FRAGMENT-SPEAKER", "SPEAKER"]
    (fragment_error,) = [e for e in errors if e.kind == "FRAGMENT-SPEAKER"]
    assert fragment_error.lines[0] == "wrong: mention, canonical"


def test_evaluate_counts_extractor_failures(corpus: Path) -> None:
    def broken(text: str) -> list[Quote]:
        raise RuntimeError("boom")

    report = ev.evaluate(ev.load_split(corpus, "dev"), broken)
    assert report["throughput"]["extractor_failures"] == 2
    assert report["overlap"]["false_negative_causes"] == {"missed": 4}
    assert report["predicted_full_quotes"] == 0
    assert report["overlap"]["recall"] == 0.0


def test_fn_cause_tells_split_from_fragment() -> None:
    doc = ev.Document("doc-a", DOC_A, ev.parse_brat(ann_doc_a()))
    tokens = ev.TokenIndex(DOC_A)
    e1 = ev.gold_items(doc, tokens)[0]
    whole = [
        piece(DOC_A, "“This bridge connects two towns that needed each other,”", group=1),
        piece(DOC_A, "“It took ten years.”", group=1),
    ]
    apart = [replace(whole[0], group=1), replace(whole[1], group=2)]
    as_fragment = [replace(q, kind="fragment") for q in whole]
    assert ev.fn_cause(e1, ev.pred_items(doc, apart, tokens), apart) == "split"
    assert ev.fn_cause(e1, ev.pred_items(doc, as_fragment, tokens), as_fragment) == "fragment/term"
    assert ev.fn_cause(e1, [], []) == "missed"


def test_main_json_and_errors_file(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    errors_path = tmp_path / "errors.txt"
    argv = [str(corpus), "--split", "dev", "--json", "--errors", str(errors_path)]
    code = ev.main(argv, extractor=stand_in)
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["split"] == "dev"
    assert report["overlap"]["matched"] == 3
    written = errors_path.read_text(encoding="utf-8")
    assert written.count("=== FN ") == 1
    assert written.count("=== FP ") == 2
    assert "=== SPEAKER doc-a" in written
    assert "gold source: 'Oduya'" in written
    assert "annotation: no attribution content annotated here" in written  # the narrative FP
    assert "annotation: overlaps gold quotation(s): 10/14 of gold E2 (pred has 10 tokens)" in written
    assert "extractor: kind=full group=" in written  # the FN shows what the extractor produced there


def test_main_table(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ev.main([str(corpus), "--limit", "1"], extractor=stand_in) == 0
    out = capsys.readouterr().out
    assert "PolNeAR dev: 1 documents, 3 gold direct quotes, 4 predicted full quotes" in out
    assert "token overlap >= 0.8" in out


def test_main_refuses_test_split_and_errors_inside_repo(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        ev.main([str(corpus), "--split", "test"], extractor=stand_in)
    assert exc.value.code == 2
    assert "refusing --split test" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        ev.main([str(corpus), "--errors", str(ev.REPO_ROOT / "errors.txt")], extractor=stand_in)
    assert "inside the repository" in capsys.readouterr().err
    assert not (ev.REPO_ROOT / "errors.txt").exists()


def test_main_reports_missing_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ev.main([str(tmp_path)], extractor=stand_in) == 2
    assert "no PolNeAR dev split" in capsys.readouterr().err


def test_hand_resolved_speakers_override_automatic_resolution(tmp_path: Path) -> None:
    doc = ev.Document("doc-a", DOC_A, ev.parse_brat(ann_doc_a()))
    _, e2, e3, _ = doc.attributions
    spans = {e: (e.source[0][0], e.source[-1][1]) for e in (e2, e3)}
    (tmp_path / "polnear_dev_speakers.tsv").write_text(
        "# hand-resolved sources\n"
        "doc\tsource_start\tsource_end\tsource_text\tcanonical\n"
        f"doc-a\t{spans[e3][0]}\t{spans[e3][1]}\the\tMina Zale\n"
        f"doc-a\t{spans[e2][0]}\t{spans[e2][1]}\tShe\tGROUP: the dock workers\n",
        encoding="utf-8",
    )
    table = ev.load_hand_speakers("dev", tmp_path)
    assert ev.load_hand_speakers("train", tmp_path) == {}
    doc = replace(doc, hand_speakers=table["doc-a"])
    assert ev.resolve_gold_speaker(doc, e3) == ev.GoldSpeaker("he", "Mina Zale", "hand")
    group = ev.resolve_gold_speaker(doc, e2)
    assert group.method == "hand-group" and group.name is None and "dock workers" in group.source_text
    assert ev.canonical_correct(group, "dock workers union")
    assert not ev.canonical_correct(ev.resolve_gold_speaker(doc, e3), "Ravi Oduya")


def test_committed_hand_table_names_every_row() -> None:
    table = ev.load_hand_speakers("dev")
    rows = [answer for spans in table.values() for answer in spans.values()]
    assert len(rows) >= 140
    assert all(answer for answer in rows)


def test_mention_counts_the_same_person_only_when_the_gold_person_is_certain() -> None:
    text = '"We won," said Ann Moe.'
    att = ev.Attribution("E1", source=[(8, 12)], content=[(1, 7)])  # the annotator marked "said"
    doc = ev.Document("d", text, [att])
    quote = Quote("We won", 1, 7, "full", "Ann Moe", "Ann Moe", "said", None, None, 0, 0)
    tokens = ev.TokenIndex(text)
    (pred,) = ev.pred_items(doc, [quote], tokens)
    assert not ev.mention_correct(doc, att, pred)
    assert ev.mention_correct(doc, att, pred, ev.GoldSpeaker("said", "Ann Moe", "hand"))
    assert not ev.mention_correct(doc, att, pred, ev.GoldSpeaker("said", "Ann Moe", "corenlp-coref"))


def test_single_quoted_passages_count_as_quoted_but_apostrophes_do_not() -> None:
    text = "Warren Hammers CEO: ‘You Should Be Investigated.’\nUkraine’s army can't 'repel' it, Jones' aide said."
    mask = ev.QuoteMask(text)
    a = text.index("You")
    assert mask.fully_quoted(a, text.index("Investigated") + 12)
    assert mask.fully_quoted(text.index("repel"), text.index("repel") + 5)
    assert not mask.fully_quoted(text.index("army"), text.index("army") + 4)
    assert not mask.fully_quoted(text.index("aide"), text.index("aide") + 4)


def test_fragments_are_scored_against_the_attribution_holding_them() -> None:
    doc = ev.Document("doc-a", DOC_A, ev.parse_brat(ann_doc_a()))
    tokens = ev.TokenIndex(DOC_A)
    fragment = piece(DOC_A, "“a scandal of paperwork”", kind="fragment", speaker="Alma Quist", speaker_mention="She")
    full = piece(DOC_A, "“It took ten years.”", speaker="Alma Quist", speaker_mention="Quist")
    pairs = ev.fragment_pairs(doc, [fragment, full], tokens)
    assert [att.id for att, _ in pairs] == ["E2"]
    att, item = pairs[0]
    assert ev.mention_correct(doc, att, item, ev.resolve_gold_speaker(doc, att))
    wrong = replace(fragment, speaker="Ravi Oduya", speaker_mention="Oduya")
    _, wrong_item = ev.fragment_pairs(doc, [wrong], tokens)[0]
    assert not ev.mention_correct(doc, att, wrong_item, ev.resolve_gold_speaker(doc, att))


def test_headline_name_run_is_cut_to_the_name_the_article_uses() -> None:
    text = (
        "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Investigated.’\n\n"
        "Massachusetts Sen. Elizabeth Warren grilled the bank's chief on Tuesday.\n"
    )
    start, end = at(text, "Elizabeth Warren Hammers Wells Fargo CEO")
    source = ev.Attribution("E1", content=(at(text, "You Should Be Investigated"),), source=((start, end),))
    doc = ev.Document("doc", text, [source])
    assert ev.resolve_gold_speaker(doc, source).name == "Elizabeth Warren"
    # Outside the headline a three-token name stays whole even if the article does not repeat it.
    body = "The senator spoke.\n\nHillary Rodham Clinton said it.\n"
    start, end = at(body, "Hillary Rodham Clinton")
    source = ev.Attribution("E2", content=(at(body, "said it"),), source=((start, end),))
    assert ev.resolve_gold_speaker(ev.Document("doc", body, [source]), source).name == "Hillary Rodham Clinton"
