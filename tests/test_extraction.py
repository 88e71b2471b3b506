"""Quote extraction on small articles written for each case the extractor must handle."""

import pytest

from service.extraction import attribution as attribution_module
from service.extraction import extract_quotes, normalize_quote_text
from service.extraction import extractor as extractor_module
from service.extraction.extractor import byline_person


def texts(article, **kwargs):
    return [q.text for q in extract_quotes(article, **kwargs)]


def only(article):
    (quote,) = extract_quotes(article)
    return quote


# ---- quotation marks -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "article",
    [
        'Jane Roe said: "We will rebuild the bridge."',
        "Jane Roe said: “We will rebuild the bridge.”",
        "Jane Roe said: «We will rebuild the bridge.»",
        "Jane Roe said: „We will rebuild the bridge.“",
        "Jane Roe said: ‘We will rebuild the bridge.’",
        "Jane Roe said: 'We will rebuild the bridge.'",
        "Jane Roe said: »We will rebuild the bridge.«",
    ],
)
def test_every_kind_of_quotation_mark(article):
    quote = only(article)
    assert quote.text == "We will rebuild the bridge."
    assert quote.speaker == "Jane Roe"
    assert quote.kind == "full"


def test_apostrophes_are_not_quotation_marks():
    article = (
        "Ukraine’s army doesn’t retreat, Jones' aide said. 'Tis the season, and the ’90s are gone. "
        "It's the players' union that don't agree."
    )
    assert texts(article) == []


def test_single_quoted_headline_word_is_a_term():
    quote = only("Donbas Separatists Ask Russia to Help ‘Repel’ Ukrainian Army")
    assert (quote.text, quote.kind, quote.speaker) == ("Repel", "term", None)


def test_nested_quotes_stay_inside_the_outer_quotation():
    quote = only("“They call it a ‘special operation,’ but it is a war,” said John Smith.")
    assert quote.text == "They call it a ‘special operation,’ but it is a war"
    assert quote.speaker == "John Smith"
    assert quote.cue == "said"


def test_guillemets_with_inner_low_quotes():
    quote = only("Ivan Petrov said: «This is the „new“ normal.»")
    assert quote.text == "This is the „new“ normal."


def test_quotation_over_several_paragraphs_is_one_group():
    article = (
        "Mayor Ann Lee spoke on Monday.\n\n"
        "“We have rebuilt the school. We have opened the clinic.\n\n"
        "“We will not stop there,” Lee said."
    )
    first, second = extract_quotes(article)
    assert first.group == second.group
    assert (first.paragraph, second.paragraph) == (1, 2)
    assert first.speaker == second.speaker == "Ann Lee"
    assert first.text == "We have rebuilt the school. We have opened the clinic."


def test_unclosed_mark_never_swallows_the_next_paragraph():
    article = 'Tom Hart said: "We will win this.\n\nThe vote is on Tuesday. "It is close," Hart added.'
    quotes = extract_quotes(article)
    assert [q.text for q in quotes] == ["We will win this.", "It is close"]
    assert quotes[0].group != quotes[1].group
    assert quotes[1].speaker == "Tom Hart"


@pytest.mark.parametrize(
    "article",
    [
        '"',
        '""',
        "“",
        "”“",
        "'",
        "‘’",
        '"a" "b',
        "«",
        "„",
        '"\n\n"\n\n"',
        "x ” y “ z",
        "&quot;",
        "&#",
        '\x00"a"',
    ],
)
def test_stray_and_unbalanced_marks_never_crash(article):
    for quote in extract_quotes(article, include_boilerplate=True):
        assert 0 <= quote.start <= quote.end <= len(article)
        assert quote.text == normalize_quote_text(article[quote.start : quote.end])


# ---- scraped text ----------------------------------------------------------------------------------------


def test_html_entities_and_non_breaking_spaces():
    article = "Leonid Pasechnik said: &quot;People&#039;s lives&nbsp;come first &amp; last.&quot;"
    quote = only(article)
    assert quote.text == "People's lives come first & last."
    assert article[quote.start : quote.end] == "People&#039;s lives&nbsp;come first &amp; last."
    assert quote.speaker == "Leonid Pasechnik"


@pytest.mark.parametrize("invisible", ["\u00ad", "&shy;", "\u200b", "\u200d", "\ufeff"])
def test_invisible_characters_inside_words_are_removed_not_made_spaces(invisible):
    article = f'Spokesman Doug {invisible}Andres told the Post: "We will con{invisible}sider options."'
    quote = only(article)
    assert (quote.speaker, quote.text) == ("Doug Andres", "We will consider options.")
    assert article[quote.start : quote.end] == f"We will con{invisible}sider options."


def test_whitespace_inside_a_quote_is_folded():
    quote = only("“We  will\u00a0\u00a0rebuild,”   said Ann Lee.")
    assert quote.text == "We will rebuild"


# ---- attribution -----------------------------------------------------------------------------------------


def test_attribution_after_the_quote_in_both_orders():
    assert only('"The bridge will open," said Transport Minister Ann Lee.').speaker == "Ann Lee"
    assert only('"The bridge will open," Transport Minister Ann Lee said.').speaker == "Ann Lee"


def test_attribution_in_the_middle_joins_both_pieces():
    first, second = extract_quotes('"The bridge will open," Ann Lee said, "and the road will follow."')
    assert first.group == second.group
    assert first.speaker == second.speaker == "Ann Lee"
    assert second.kind == "full"


def test_colon_introduction():
    quote = only('Ann Lee told reporters on Tuesday: "The bridge will open."')
    assert (quote.speaker, quote.cue, quote.credited_source) == ("Ann Lee", "told", "reporters")


def test_according_to_a_person_names_the_speaker():
    quote = only('"The bridge will open in May," according to Ann Lee.')
    assert (quote.speaker, quote.cue) == ("Ann Lee", "according to")


def test_according_to_an_outlet_is_the_credited_source():
    quote = only('Ann Lee said: "The bridge will open in May," according to Reuters.')
    assert (quote.speaker, quote.credited_source) == ("Ann Lee", "Reuters")


@pytest.mark.parametrize("layout", ["after", "colon"])
def test_a_credit_in_a_sentence_too_long_to_cache_is_still_found(layout):
    # Sentences over a thousand characters take the uncached path of find_credited_source.
    filler = ", ".join(["amid heavy shelling of the town through the long night"] * 25)
    article = {
        "after": f'"We will not retreat," Pushilin said, according to RIA Novosti, {filler}.',
        "colon": f'Pushilin said, according to RIA Novosti, {filler}: "We will not retreat."',
    }[layout]
    assert len(article) > 1000
    for _ in range(2):
        quote = only(article)
        assert (quote.speaker, quote.credited_source) == ("Pushilin", "RIA Novosti")


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        (
            "WASHINGTON — Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed the attack — something that has thrown "
            'the party into chaos — and said it was the same as "a wise Latina."',
            "Chuck Grassley",
        ),
        (
            "WASHINGTON, Dec. 8 (UPI) — In response to the proposal, Hillary Clinton's right-hand woman rallied "
            'supporters, saying: "We have to be ready to stop him."',
            "Hillary Clinton's right-hand woman",
        ),
        ('KYIV, Nov 21 (Reuters) - Zelenskyy said the situation was "difficult but under control".', "Zelenskyy"),
        ('NATO — The alliance said it was "ready to respond".', "alliance"),
    ],
)
def test_a_datelines_place_is_no_speaker(article, speaker):
    assert only(article).speaker == speaker


def test_citing_a_study_reports_no_speech():
    (quote,) = extract_quotes('He cited a study that called the plan "a disaster".')
    assert (quote.speaker, quote.cue) != ("He", "cited as saying")
    assert quote.cue != "cited"


def test_a_generation_suffix_is_no_surname():
    article = 'Adm. Harry B. Harris Jr. met reporters on Monday.\n\nHarris said: "We will sail where the law allows."'
    assert only(article).speaker == "Harry B. Harris Jr"


@pytest.mark.parametrize(
    "article, speaker",
    [
        # A title after a body's name is nobody's surname: "he" is Guterres, not a Mr. Secretary-General.
        (
            "The UN Secretary-General, Antonio Guterres, said he was worried. "
            '"We need a corridor now," he told a news conference.',
            "Antonio Guterres",
        ),
        ('The Kremlin Spokesman, Dmitry Peskov, spoke. "No comment," he said.', "Dmitry Peskov"),
        # After a title or an honorific a title word is a surname still.
        ('Gen. Major spoke on Monday. "We hold the line," he said.', "Major"),
        ('Mr. King spoke on Monday. "We hold the line," he said.', "King"),
    ],
)
def test_a_title_after_a_body_is_no_surname(article, speaker):
    assert only(article).speaker == speaker


@pytest.mark.parametrize(
    "article, speaker",
    [
        # The country a title names is no first name ...
        (
            'LPR ambassador to Russia Rodion Miroshnik wrote on Telegram: "Lysychansk is under control."',
            "Rodion Miroshnik",
        ),
        # ... unless it is one.
        ('Georgia Ann Smith said: "We won."', "Georgia Ann Smith"),
    ],
)
def test_a_country_before_a_full_name_belongs_to_the_title(article, speaker):
    assert only(article).speaker == speaker


@pytest.mark.parametrize(
    "article, speaker",
    [
        # The only man of that surname is named later (the son): the father, never given in full, stays Mr. Khan.
        (
            "The parents, Khizr and Ghazala Khan, spoke out.\n\n"
            'Mr. Khan said: "It is a campaign of hatred."\n\nTheir son, Humayun Khan, died in Iraq.',
            "Mr. Khan",
        ),
        (
            'The parents, Khizr and Ghazala Khan, spoke out.\n\nMs. Khan said: "I am a Gold Star mother."',
            "Ghazala Khan",
        ),
        # With nobody of the surname named before, the honorific goes forward to the one of its gender.
        ('"We need unity," Mrs. Clinton said.\n\nBill Clinton and Hillary Clinton spoke on Monday.', "Hillary Clinton"),
    ],
)
def test_an_honorific_never_takes_a_namesake_of_the_other_gender(article, speaker):
    assert only(article).speaker == speaker


@pytest.mark.parametrize(
    "article, speaker",
    [
        # Someone the article met by a first name, with an age, is "she" again after a later bare "Natalia said".
        (
            '"It was hell," said Natalia, 42, who escaped on Monday.\n\n'
            'The International Committee of the Red Cross called it "apocalyptic". '
            '"People are running out," ICRC spokesperson Ewan Watson told reporters.\n\n'
            'Natalia said she did not know when she would return. "Maybe never," she said quietly.',
            "Natalia",
        ),
        # The end of a body's name is nobody's, and a body that spoke is never "she".
        (
            "Olena Kovalenko spoke first. The International Committee of the Red Cross called the situation "
            '"apocalyptic". "People are running out," she said.',
            "Olena Kovalenko",
        ),
    ],
)
def test_she_is_a_person_met_before_never_a_body(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


@pytest.mark.parametrize(
    "article, speaker",
    [
        # Someone described, then given a first name, is who the pronoun means.
        (
            "Speaking through an interpreter, a local woman named Tetiana said her husband had been shot. "
            '"They took him away," she said, weeping.',
            "Tetiana",
        ),
        ('A soldier called Oleksandr said the town was quiet. "We hold," he said.', "Oleksandr"),
        # Someone called something by another is no subject.
        ('Olena Kovalenko spoke. Trump called Hillary a liar. "We hold," she said.', "Olena Kovalenko"),
    ],
)
def test_a_first_name_given_after_a_description_is_the_persons(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


def test_an_outlet_that_spoke_is_no_antecedent_for_he():
    article = (
        'Adm. Harry B. Harris Jr. met reporters on Monday. "We will sail," Admiral Harris said.\n\n'
        '"It is impossible to ignore his background," Xinhua, the official Chinese news agency, wrote.\n\n'
        '"You know, when I am described as a Japanese admiral, it is not true," he said.'
    )
    assert extract_quotes(article)[-1].speaker == "Harry B. Harris Jr"


def test_continuation_in_the_next_paragraph_inherits_the_speaker():
    article = (
        '"The bridge will open in May," Mayor Ann Lee said.\n\n'
        '"We have waited ten years for it."\n\n'
        "The council meets on Friday."
    )
    first, second = extract_quotes(article)
    assert second.speaker == "Ann Lee"
    assert second.cue is None
    # Paragraphs that are all quotation, attributed once, are one quotation.
    assert second.group == first.group


def test_cue_less_paragraph_takes_the_speaker_of_the_quote_paragraph_after_it():
    article = (
        "Tom Hart met voters in Ohio.\n\n"
        '"I have fought for this state for twenty years."\n\n'
        '"I will fight for it in Washington," Ann Lee said.'
    )
    first, second = extract_quotes(article)
    assert first.group == second.group
    assert first.speaker == second.speaker == "Ann Lee"


def test_quotes_with_their_own_cues_are_separate_quotations():
    article = 'Ann Lee said, "We will rebuild." She added, "We will not wait."'
    first, second = extract_quotes(article)
    assert first.group != second.group
    article = '"We will rebuild," she said. "We will not wait," she said.'
    first, second = extract_quotes(article)
    assert first.group != second.group


def test_pronoun_resolves_to_the_right_person():
    article = (
        "Governor Tom Hart met Mayor Ann Lee on Monday. Hart praised the plan.\n\n"
        '"It is the best plan we have seen," he said.\n\n'
        'Ann Lee disagreed with parts of it. "It costs too much," she said.'
    )
    first, second = extract_quotes(article)
    assert first.speaker == "Tom Hart"
    assert second.speaker == "Ann Lee"


def test_titles_fold_into_one_canonical_speaker():
    article = (
        "Kremlin spokesman Dmitry Peskov spoke on Wednesday.\n\n"
        '"No decision has been made," Peskov said.\n\n'
        '"We will see," said Mr. Peskov.'
    )
    assert [q.speaker for q in extract_quotes(article)] == ["Dmitry Peskov", "Dmitry Peskov"]


def test_body_speaker_links_to_its_authors_and_relay():
    article = (
        "Putin received letters from Leonid Pasechnik and Denis Pushilin, Kremlin spokesman Dmitry Peskov said.\n\n"
        '"We ask for help," the letters said, according to Peskov.'
    )
    quote = only(article)
    assert quote.speaker == "Leonid Pasechnik and Denis Pushilin"
    assert quote.relayed_by == "Dmitry Peskov"
    assert quote.speaker_mention == "the letters"


def test_quoting_a_text_makes_the_reader_the_relay():
    article = (
        "Leonid Pasechnik and Denis Pushilin sent written requests to Moscow.\n\n"
        '"Help us now," Dmitry Peskov said, quoting the letters.'
    )
    quote = only(article)
    assert (quote.speaker, quote.relayed_by) == ("Leonid Pasechnik and Denis Pushilin", "Dmitry Peskov")


@pytest.mark.parametrize(
    "article, source",
    [
        ('"We are ready," Ann Lee said, reports the TASS news agency.', "TASS"),
        ('"We are ready," Ann Lee told Russian news agency RIA-Novosti.', "RIA Novosti"),
        ('"We are ready," Ann Lee said in a video published on her Telegram channel.', "Telegram"),
        (
            '"We are ready," Ann Lee said, according to the newspaper Moskovsky Komsomolets.',
            "Moskovsky Komsomolets",
        ),
        ('"We are ready," Ann Lee told reporters.', "reporters"),
        ('"We are ready," Ann Lee told CNN.', "CNN"),
        ('"We are ready," Ann Lee said, according to WaPo.', "The Washington Post"),
        ('"We are ready," Ann Lee told HuffPost.', "HuffPost"),
        ('"We are ready," said Ann Lee in comments broadcast by Rossiya 24.', "Rossiya 24"),
        ('"We are ready," Ann Lee was quoted by the Interfax news agency as saying.', "Interfax"),
        ('The ministry said in a statement on Telegram that it was "ready for any scenario."', "Telegram"),
        ('"We are ready," the General Staff wrote on Facebook.', "Facebook"),
        ('"We need it NOW!" Donald Trump said on Twitter.', "Twitter"),
        ('"We will win," Ann Lee said in an interview on CBS on Sunday.', "CBS"),
        ('Speaking on Channel One, Ann Lee said: "We will win."', "Channel One"),
        ('"We will win," Ann Lee said on Monday.', None),
        ('Ann Lee commented on the broadcast news ecosystem, remarking on CNN\'s network: "It is crowded."', None),
        ('In an interview with the BBC, Ann Lee said Ukraine needed "more long-range weapons."', "BBC"),
    ],
)
def test_credited_sources(article, source):
    assert only(article).credited_source == source


def test_quote_kinds():
    article = (
        'Ann Lee called the plan "a disaster for the city," and said the "peacekeepers" were late. '
        '"We will fight it in court," she said.'
    )
    kinds = [(q.text, q.kind) for q in extract_quotes(article)]
    assert kinds == [
        ("a disaster for the city", "fragment"),
        ("peacekeepers", "term"),
        ("We will fight it in court", "full"),
    ]


def test_quote_without_attribution_has_no_speaker():
    quote = only('Workers hung a banner with "closed for repairs until further notice" on the gate.')
    assert quote.speaker is None


# ---- boilerplate -----------------------------------------------------------------------------------------


def test_reader_comments_newsletters_sidebars_and_captions_are_dropped():
    article = (
        "Ann Lee, pictured at the council. John Doe / Reuters\n\n"
        '"We will rebuild," Mayor Ann Lee said.\n\n'
        "Check Also\n\n"
        '"Another story" is here, said Tom Hart.\n\n'
    )
    assert texts(article) == ["We will rebuild"]
    article = (
        '"We will rebuild," Mayor Ann Lee said.\n\n'
        '    • "She is lying," one reader wrote.\n\n'
        "      Liked by 4 people\n\n"
        "Sign up for our free weekly newsletter\n\n"
        'Our newsletter is "the best," said Tom Hart.'
    )
    assert texts(article) == ["We will rebuild"]
    marked = [q.text for q in extract_quotes(article, include_boilerplate=True) if q.boilerplate]
    assert marked == ["She is lying", "the best"]


@pytest.mark.parametrize(
    "article, speaker",
    [
        ('"Are you ready?" the reporter asked Peskov. "We are always ready," he replied.', "Peskov"),
        (
            'Kremlin spokesman Dmitry Peskov spoke.\n\nA reporter asked him: "Are you ready?"\n\n"We are always '
            'ready," he replied.',
            "Dmitry Peskov",
        ),
        ('"Are you ready?" Jake Tapper asked Hillary Clinton. "Yes," she answered.', "Hillary Clinton"),
        # The pronoun's gender rules the one asked out.
        ('"Are you ready?" Dmitry Peskov asked Hillary Clinton. "Yes," he answered.', "Dmitry Peskov"),
    ],
)
def test_a_reply_is_given_by_whoever_was_asked(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


@pytest.mark.parametrize("bullet", ["•", "*", "▪", "-"])
def test_a_bulleted_list_of_quotations_is_the_articles_own(bullet):
    # Only a comment's furniture after it ("Liked by 4 people", "Reply") makes a bulleted paragraph a reader's comment.
    article = (
        f'Zelensky and Kuleba spoke on Monday.\n\n{bullet} "We will not give up," Zelensky said.\n\n'
        f'{bullet} "Russia will lose," Kuleba said.'
    )
    quotes = extract_quotes(article)
    assert [(q.kind, q.speaker, q.boilerplate) for q in quotes] == [
        ("full", "Zelensky", False),
        ("full", "Kuleba", False),
    ]


@pytest.mark.parametrize(
    "after",
    [
        '"We are holding our positions," a Ukrainian military spokesman said.',
        "The shelling went on through the night, the regional governor said, and two civilians were wounded in the "
        'town. "It was a hard night," he said.',
    ],
)
def test_the_article_resumes_after_a_newsletter_promotion_inside_it(after):
    article = (
        '"Our units are moving forward," Pushilin said.\n\n'
        'Sign up for our daily newsletter: "The war in 5 minutes"\n\n'
        "Get the latest news in your inbox every morning.\n\n"
        f"{after}"
    )
    quotes = extract_quotes(article, include_boilerplate=True)
    assert [q.boilerplate for q in quotes] == [False, True] + [False] * (len(quotes) - 2)
    assert len(quotes) >= 3


@pytest.mark.parametrize(
    "closing",
    [
        "Associated Press writer Yuras Karmanau in Lviv contributed to this report.",
        "Follow AP's coverage of the war at https://apnews.com/hub/russia-ukraine.",
    ],
)
def test_a_wire_services_closing_lines_end_the_article(closing):
    article = f'"The enemy is retreating," said Oleh Synehubov.\n\n___\n\n{closing}\n\n"Stay informed," the AP says.'
    assert texts(article) == ["The enemy is retreating"]


@pytest.mark.parametrize(
    "link", ["Read more:", "Read also:", "See also:", "Related:", "Watch:", "Video:", "ALSO READ:"]
)
def test_a_link_to_another_story_inside_the_article_is_boilerplate(link):
    # The article goes on after the link: only the link's paragraph is flagged.
    article = (
        '"We are asking for help," Pushilin said.\n\n'
        f'{link} Putin recognises breakaway regions - "a historic decision"\n\n'
        '"We will not leave," Pushilin added.'
    )
    assert texts(article) == ["We are asking for help", "We will not leave"]


# ---- cues with adverbs, shouting, numbers and honorifics ----------------------------------------------


@pytest.mark.parametrize(
    ("article", "speaker", "cue"),
    [
        ('Ann Lee grew up here. "We live in a hard town," my father often said.', "my father", "said"),
        ('Ann Lee ran to the car. "Did you hurt him? He better be fine," she yells.', "Ann Lee", "yells"),
        ("“The veto rationales don’t hold weight,” said 9/11 widow Terry Strada.", "Terry Strada", "said"),
    ],
)
def test_cue_variants_make_full_attributed_quotes(article, speaker, cue):
    quote = only(article)
    assert (quote.kind, quote.speaker, quote.cue) == ("full", speaker, cue)


@pytest.mark.parametrize(
    "article",
    [
        'In a statement, Peabody said: "Patriot Coal was highly successful," adding that its value grew.',
        'The woman gets out and repeatedly says, "Don\'t you do it," until the shots ring out.',
    ],
)
def test_quote_introduced_by_its_cue_stays_full_when_the_sentence_goes_on(article):
    assert only(article).kind == "full"


def test_honorific_surname_is_an_antecedent_with_its_gender():
    article = (
        "Ms. Lane spoke first and Mr. Obama answered her in Honolulu, Mr. Obama said in his interview.\n\n"
        '"If you have even a portion of those people displaced," he said, "you have refugee crises."'
    )
    quotes = extract_quotes(article)
    assert {q.speaker for q in quotes} == {"Obama"}


def test_pronoun_prefers_the_subject_of_the_latest_sentence_over_its_object():
    article = (
        "On a radio show on Tuesday, Hillary Clinton criticized police officer Betty Shelby for the shooting.\n\n"
        "“How many times do we have to see this in our country?” she said."
    )
    assert only(article).speaker == "Hillary Clinton"


def test_kin_word_before_a_name_gives_its_gender():
    article = (
        "“The rationales don’t hold weight,” said 9/11 widow Terry Strada after Senator Tom Long spoke.\n\n"
        "“We want our day in court,” she said."
    )
    assert [q.speaker for q in extract_quotes(article)] == ["Terry Strada", "Terry Strada"]


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [("the president", "Obama"), ("the vice president", "Joseph R. Biden Jr")],
)
def test_role_phrase_names_the_one_person_holding_that_office(phrase, speaker):
    article = (
        "President Obama and Vice President Joseph R. Biden Jr. met the governors on Monday.\n\n"
        f"“We will rebuild,” {phrase} said."
    )
    assert only(article).speaker == speaker


def test_cue_less_quotation_later_in_the_paragraph_carries_on_the_attributed_one():
    article = (
        '"We have had problems in the past," Obama said after the meeting. He did not threaten anyone. '
        '"Our goal is to set norms."'
    )
    first, second = extract_quotes(article)
    assert first.group == second.group
    assert second.speaker == "Obama" and second.cue is None


def test_quotation_introduced_by_its_own_words_is_not_a_continuation():
    article = (
        'Joan Lee laughed and said, "I do not believe it." She was upset: "Of course I believe it." '
        'To which Ann Moe said, "Good for you."'
    )
    quotes = extract_quotes(article)
    assert len({q.group for q in quotes}) == 3
    assert [q.speaker for q in quotes] == ["Joan Lee", "Joan Lee", "Ann Moe"]


def test_spaced_double_mark_after_a_nested_quotation_closes_it():
    article = (
        "\"I've always been insulted with the term 'African American outreach,' \" he told the group, adding "
        "that the phrase suggests a campaign has to go outside itself."
    )
    quote = only(article)
    assert quote.text == "I've always been insulted with the term 'African American outreach,'"
    assert quote.speaker_mention == "he"


def test_speaker_before_a_coordinated_verb_keeps_its_own_spacing():
    # The trimmed phrase is found again in the article, so it must keep the article's spacing.
    quote = only('Joan  Lee\u00a0 smiled   and said, "We will rebuild the bridge."')
    assert quote.speaker == "Joan Lee"


@pytest.mark.parametrize(
    ("article", "speaker", "mention"),
    [
        ('"I have never been edited," Mr. King, 82, told me.', "King", "Mr. King"),
        ('"Hate this framing," Vann R. Newkirk II, a writer, said on Twitter.', "Vann R. Newkirk", None),
        ("The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead?”", "Hillary Clinton", None),
        (
            "Howard Dean appeared on MSNBC.\n\nHe then defended the remark, saying, “It is not a ridiculous idea.”",
            "Howard Dean",
            "He",
        ),
        ('"Subpoenas are not optional," panel Chairman Rep. Jason Chaffetz (R-Utah) said.', "Jason Chaffetz", None),
        (
            "When Clinton noted that Trump paid nothing ― as was true ― Trump boasted, “That makes me smart.”",
            "Trump",
            "Trump",
        ),
        ('Donors are few.\n\nThe New York Times reports:\n\n"Just 24 percent gave $200."', "New York Times", None),
        ('In normal times, a reader would now ask: "What? Larry King is on a Russian outlet?"', "reader", "a reader"),
    ],
)
def test_speaker_phrases_found_by_harder_cues(article, speaker, mention):
    quote = only(article)
    assert quote.kind == "full"
    assert quote.speaker == speaker
    if mention:
        assert quote.speaker_mention == mention


def test_name_modifying_a_role_is_not_the_subject_a_pronoun_takes():
    article = (
        'Clinton communication director Jennifer Palmieri said Trump is reduced to "taunts and insults." '
        "“You could dismiss these actions as schoolyard behavior,” she said."
    )
    quote = next(q for q in extract_quotes(article) if q.kind == "full")
    assert quote.speaker == "Jennifer Palmieri"


def test_first_names_used_for_both_genders_do_not_rule_a_person_out():
    # gender-guesser calls "Bernie" mostly female; "he" still finds him.
    article = (
        "Donald Trump had claimed a loss of $916 million.\n\n"
        "“Tax breaks let billionaires avoid their fair share,” said Bernie Sanders, whose campaign rose on it.\n\n"
        "“It is time to create a fair tax system,” he said."
    )
    assert [q.speaker for q in extract_quotes(article)] == ["Bernie Sanders", "Bernie Sanders"]


def test_delegate_abbreviation_is_a_title_not_a_sentence_end():
    quote = only('"We are ready," said Del. Stacey Plaskett of the Virgin Islands.')
    assert quote.speaker == "Stacey Plaskett"


def test_text_named_as_speaker_reads_its_words():
    article = "“From Seattle to Houston, we see schools offering hope,” the letter reads. “Our support is real.”"
    first, second = extract_quotes(article)
    assert (first.kind, first.speaker_mention, first.cue) == ("full", "the letter", "reads")
    assert second.group == first.group


def test_second_piece_running_into_the_writers_sentence_is_a_fragment():
    article = "“This just isn’t right,” Warren said. “You squeezed employees to the breaking point” to drive up profit."
    first, second = extract_quotes(article)
    assert (first.kind, second.kind) == ("full", "fragment")
    assert first.group != second.group


def test_quoted_show_title_is_a_term_that_does_not_break_the_quotation():
    article = (
        "“He is absolutely right. There is a disconnect,” Michael Flynn said Thursday on Fox News’s "
        "“Fox and Friends.” “I mean, there is a lot of frustration within the ranks.”"
    )
    first, title, second = extract_quotes(article)
    assert (title.kind, title.text, title.speaker) == ("term", "Fox and Friends.", None)
    assert second.group == first.group and second.speaker == "Michael Flynn"


def test_short_question_is_said_not_a_label():
    quote = only('Protesters marching through the streets chanted, "What curfew?"')
    assert quote.kind == "full"


def test_nickname_is_a_term_inside_the_name():
    article = (
        '"This is a big year for Bobby Scott!" Scott\'s niece, state Del. Marcia "Cia" Price (D-Newport News), '
        'shouted to the crowd. "The nation is watching Virginia."'
    )
    first, nickname, second = extract_quotes(article)
    assert (nickname.kind, nickname.text) == ("term", "Cia")
    assert first.group == second.group
    assert first.speaker == second.speaker == "Marcia Price"
    assert first.speaker_mention == 'state Del. Marcia "Cia" Price'
    quotes = extract_quotes('Robert C. "Bobby" Scott said: "We will win this seat."')
    quote = next(q for q in quotes if q.kind == "full")
    assert quote.speaker == "Robert C. Scott"


def test_vox_pop_dash_attribution_with_an_initial():
    article = (
        "“He is someone no sane person would want as president.” ― Christina N Luis Olidem\n"
        "“I would rather live anywhere else.” ― Adriana Rodarte"
    )
    first, second = extract_quotes(article)
    assert (first.speaker, second.speaker) == ("Christina N Luis Olidem", "Adriana Rodarte")
    assert first.group != second.group


def test_headline_quote_after_a_colon_is_said_by_the_person_the_body_names():
    article = (
        "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’\n\n"
        "Massachusetts Sen. Elizabeth Warren grilled Wells Fargo CEO John Stumpf on Tuesday."
    )
    quote = only(article)
    assert (quote.kind, quote.speaker, quote.cue) == ("full", "Elizabeth Warren", ":")


@pytest.mark.parametrize(
    "article, speaker",
    [
        # A sentence-case headline's label speaks too, through whom the body names for it.
        (
            "Kremlin: 'No decision' yet on Putin-Zelensky meeting\n\n"
            "MOSCOW, May 17 (TASS) - No decision has been made, Kremlin Spokesman Dmitry Peskov told reporters.",
            "Dmitry Peskov",
        ),
        ("Kremlin: 'No decision' yet on meeting\n\nNo decision has been made, the Kremlin said on Tuesday.", "Kremlin"),
    ],
)
def test_a_sentence_case_headline_label_speaks_its_quoted_words(article, speaker):
    (quote,) = [q for q in extract_quotes(article) if q.paragraph == 0]
    assert (quote.speaker, quote.cue) == (speaker, ":")


@pytest.mark.parametrize(
    "entry, speaker",
    [
        # A live blog's entry headline, after its time, is a headline: its label speaks the words quoted in it.
        ("09:30 GMT – Lavrov: Russia 'will not allow' Ukraine to join NATO", "Sergey Lavrov"),
        ("9.30am - Lavrov: Russia 'will not allow' Ukraine to join NATO", "Sergey Lavrov"),
        # An entry that is a sentence of the blog's own is no headline.
        ("09:30 GMT – Lavrov said Russia would 'not allow' Ukraine to join NATO, and more.", "Sergey Lavrov"),
    ],
)
def test_a_live_blog_entry_headline_label_speaks(entry, speaker):
    article = (
        "Russia-Ukraine war: live updates\n\n" + entry + "\n\n"
        "Russian Foreign Minister Sergey Lavrov says Moscow will not allow Ukraine to join the alliance."
    )
    (quote,) = extract_quotes(article)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "article, speaker",
    [
        # A headline quotation nobody is named for is the speaker's whose body quotation repeats its words.
        (
            "'Hell on earth': Residents describe life under siege in Mariupol\n\n"
            '"It was hell on earth," said Natalia, 42, who escaped with her children.',
            "Natalia",
        ),
        (
            "Issa: Hillary Clinton's 'Honesty Is In Question.'\n\n"
            'Darrell Issa said, "Well, this is where her honesty is in question."',
            "Darrell Issa",
        ),
        # A label of two words is everybody's word.
        (
            "Democrats Lose Court Battle Over Ohio's 'Golden Week' Of Early Voting.\n\n"
            'David Pepper said: "Golden Week has been a cherished feature of our elections."',
            None,
        ),
        # Two speakers repeat it: nobody can tell whose.
        (
            "'Hell on earth': Residents describe the siege\n\n"
            '"It was hell on earth," said Natalia, 42. "It was hell on earth," said Oleksiy, 67.',
            None,
        ),
    ],
)
def test_a_headline_quotation_is_the_speakers_whose_body_quotation_repeats_it(article, speaker):
    assert extract_quotes(article)[0].speaker == speaker


def test_said_that_introduces_a_fragment_even_with_a_comma():
    quote = only("Trump tweeted that, “For those few people knocking me, at least you know I will be there!”")
    assert quote.kind == "fragment"


@pytest.mark.parametrize(
    ("article", "mention", "cue"),
    [
        ("Sanders talked about money. He jokes, “It is a never ending line!”", "He", "jokes"),
        ("The ad claims, “Jeb is the conservative you can trust.”", "The ad", "claims"),
    ],
)
def test_noun_like_verbs_are_cues_after_a_pronoun_or_before_a_comma_and_quote(article, mention, cue):
    quote = only(article)
    assert (quote.kind, quote.speaker_mention, quote.cue) == ("full", mention, cue)


def test_noun_like_words_elsewhere_are_no_cues():
    assert extract_quotes("She read the remarks and the claims twice.") == []
    quote = only('The comments were "wildly off the mark and unhelpful," Ann Moe said.')
    assert (quote.speaker, quote.cue) == ("Ann Moe", "said")


def test_quoted_section_heading_is_a_term_without_speaker():
    article = (
        '"I am skeptical he can pull it off," said Peter Morgan, a lawyer.\n\n'
        "'Legend in the Coal Fields.'\n\n"
        "Bankruptcy is like a chess game."
    )
    quote, heading = extract_quotes(article)
    assert (heading.kind, heading.speaker) == ("term", None)
    assert heading.group != quote.group


def test_bill_as_a_first_name_and_particles_inside_names():
    article = (
        "New York Mayor Bill de Blasio visited the site. The Farm Bill passed.\n\n"
        '"We do not see a link to terrorism," the mayor said.\n\n'
        '"It was an intentional act," De Blasio said.\n\n'
        '"The system is crazy," Bill Clinton said.'
    )
    speakers = [q.speaker for q in extract_quotes(article)]
    assert speakers == ["Bill de Blasio", "Bill de Blasio", "Bill Clinton"]


def test_they_after_two_people_named_together_is_both_of_them():
    article = (
        "Sens. Charles E. Grassley and Patrick J. Leahy wrote to the agency on Monday.\n\n"
        '"We expect answers," they wrote.'
    )
    assert only(article).speaker == "Charles E. Grassley and Patrick J. Leahy"


@pytest.mark.parametrize(
    ("article", "cue"),
    [
        ("Axelrod joined the crowd, remarking, “Thank you, and may the Force be with you.”", "remarking"),
        ("As The Post's Dana Milbank puts it, “Senate Republicans are unmoved.”", "puts it"),
        ("The report “wasn’t good.” Adding, “Now, like with all scandals, what they do is hide.”", "adding"),
    ],
)
def test_more_cue_forms(article, cue):
    quote = extract_quotes(article)[-1]
    assert (quote.kind, quote.cue) == ("full", cue)


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        (
            '"The first line of defense is the community," said former secretary of state Hillary Clinton.',
            "Hillary Clinton",
        ),
        ('"I am not going to say it is a mistake," said retired neurosurgeon Ben Carson.', "Ben Carson"),
        ('"It is not correct to say anything against them," tweeted a German user from Hanover.', "German user"),
        ('"Our ideas of success are different," agrees Michelle Stevens, 30, of Ohio.', "Michelle Stevens"),
    ],
)
def test_inverted_cues_with_descriptions_before_the_name(article, speaker):
    quote = only(article)
    assert (quote.kind, quote.speaker) == ("full", speaker)


def test_sentence_opening_quotation_set_off_by_a_comma_is_full_even_with_an_unknown_cue():
    quote = only('The request was denied.\n\n"Call the roll," came shouts from the crowd.')
    assert quote.kind == "full"
    assert only('The slogan "Make America Great Again" resonated with him.').kind != "full"


@pytest.mark.parametrize(
    ("article", "speaker", "mention"),
    [
        (
            'Susan Sarandon backs Sanders.\n\n"I do not vote that way," Sarandon, 69, told MSNBC.',
            "Susan Sarandon",
            "Sarandon",
        ),
        ("Kasich: ‘We will win Ohio.’\n\nOhio Gov. John Kasich spoke on Tuesday.", "John Kasich", "Kasich"),
        ("Hillary Clinton spoke. She then addressed the supporters again: “We will win.”", "Hillary Clinton", "She"),
        ('Ted Cruz released an ad in which he declares, "I will fight for you."', "Ted Cruz", "he"),
    ],
)
def test_ages_headline_surnames_colon_pronouns_and_relative_pronouns(article, speaker, mention):
    quote = only(article)
    assert (quote.speaker, quote.speaker_mention) == (speaker, mention)


def test_pronoun_before_a_coordinated_verb_is_the_speaker_not_an_earlier_name():
    article = "Asked whether Clinton would hold a press conference, he laughed and said, “We will see.”"
    assert only(article).speaker_mention == "he"


def test_show_title_with_a_small_word_is_a_term():
    article = '"It is over," Christie said on ABC\'s "This Week with George Stephanopoulos." "We will win."'
    first, title, second = extract_quotes(article)
    assert title.kind == "term" and second.group == first.group


def test_noun_like_verb_after_a_name_closing_a_quotation_is_a_cue():
    article = (
        "Bozell backed Cruz.\n\n"
        "“There are two big differences between the candidates,” Bozell says.\n\n"
        "“First, in every other clash it was the other candidate picking a fight,” Bozell notes.\n\n"
        "The notes were published later."
    )
    first, second = extract_quotes(article)
    assert (second.cue, second.speaker_mention) == ("notes", "Bozell")
    assert first.group != second.group


def test_writers_sentence_after_the_attribution_ends_a_quotation_paragraph():
    article = (
        "The crowd cheered.\n\n"
        "“We are going to build a wall,” Trump added. He then had a question for the crowd.\n\n"
        "“Who’s going to pay for it?”"
    )
    wall, question = extract_quotes(article)
    assert wall.group != question.group
    assert question.speaker == "Trump"
    # Without the writer's sentence the next paragraph still carries the quotation on.
    wall, more = extract_quotes(article.replace(" He then had a question for the crowd.", ""))
    assert wall.group == more.group


def test_repeated_is_a_cue_and_an_elliptical_speaker_names_nobody():
    article = '"Well, yes. I will look at a lot of people," Clinton said. "Grizzly Adams?" Maddow repeated.'
    first, second = extract_quotes(article)
    assert (second.speaker, second.cue, second.group != first.group) == ("Maddow", "repeated", True)
    article = (
        'Supporters were angry.\n\n"We would have won if everyone could vote," another supporter wrote.\n\n'
        '"Better watch out for Grimes," tweeted another.'
    )
    first, second = extract_quotes(article)
    assert (second.speaker, second.speaker_mention, second.cue) == (None, "another", "tweeted")
    assert first.group != second.group


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        (
            "David Axelrod on Wednesday called on Howard Dean to apologize.\n\n"
            "“That was outrageous,” Obama's former campaign strategist said in an interview.",
            "David Axelrod",
        ),
        (
            "Donald Trump cited problems in the Middle East.\n\n"
            '"We need change," the New York businessman said, arguing for a new approach.',
            "Donald Trump",
        ),
        (
            "Ivanka Trump defended the plan in an interview last week.\n\n"
            'Pressed on fathers, the 34-year-old mother of three replied, "It is meant to benefit the mother."',
            "Ivanka Trump",
        ),
        # Anonymous sources and bare roles stay what the article calls them.
        ("Donald Trump spoke in Ohio.\n\n“They stole the country,” the man shouted.", "man"),
        ("Donald Trump spoke in Ohio.\n\n“We are looking into it,” the official said.", "official"),
    ],
)
def test_definite_descriptions_of_a_named_person_resolve_to_that_person(article, speaker):
    assert only(article).speaker == speaker


def test_pronoun_after_a_paragraph_introducing_someone_with_a_role_is_that_person():
    article = (
        "Barack Obama had artists writing songs about him.\n\n"
        "That has not happened for Clinton, which concerns Henry Crespo, president of the Florida Democratic "
        "Black Caucus.\n\n"
        "“No one is writing songs for Hillary,” he said."
    )
    assert only(article).speaker == "Henry Crespo"
    # A subject named after the role is the one who speaks.
    article = (
        "Joe Arpaio spoke first.\n\n"
        "Introduced by Joe Arpaio, an anti-immigration hard-liner, Donald Trump launched into a lament.\n\n"
        "“We will build a great wall,” he said."
    )
    assert only(article).speaker == "Donald Trump"


def test_verb_followed_by_with_does_not_report_the_words():
    article = (
        "Hillary Clinton released an ad against Donald Trump.\n\n"
        "The spot concludes with footage of Trump saying during the debate, “That makes me smart,” when "
        "Clinton blasted him."
    )
    quote = only(article)
    assert (quote.speaker, quote.cue) == ("Donald Trump", "saying")


@pytest.mark.parametrize(
    ("article", "speakers"),
    [
        # Every quoted piece of one sentence is attributed by its reporting verb.
        (
            "Donald Trump spoke in Michigan. He’s claiming that voting fraud is “a big, big problem in this "
            "country” but “nobody has the guts to talk about it.”",
            ["Donald Trump", "Donald Trump"],
        ),
        # ... but a possessive's words are only the possessor's.
        (
            "Donald Trump spoke. Politifact then ruled that Trump’s claim about “thousands of shootings” in "
            "Chicago is “true.”",
            ["Donald Trump", None],
        ),
        (
            "In a press conference, Donald Trump went after Barack Obama, calling him “the most ignorant "
            "president in our history.”",
            ["Donald Trump"],
        ),
        (
            "Another critic, Laurence H. Tribe, likened the rules to “burning the Constitution” in a brief.",
            ["Laurence H. Tribe"],
        ),
        (
            "The New York Post reports that Hillary Clinton’s team wanted to “keep the details of her medical "
            "treatment under wraps.”",
            ["New York Post"],
        ),
        (
            "The vote was delayed. “We’re extremely happy” about the decision, said RoseAnn DeMoro, executive "
            "director of National Nurses United.",
            ["RoseAnn DeMoro"],
        ),
    ],
)
def test_fragment_speakers(article, speakers):
    quotes = extract_quotes(article)
    assert [q.kind for q in quotes] == ["fragment"] * len(speakers) or quotes[-1].kind == "term"
    assert [q.speaker for q in quotes] == speakers


def test_quotation_after_a_sentence_opening_conjunction_is_full():
    article = "“I don’t think it’s do or die,” Paul Ryan said. But “Trump’s candidacy is strengthened. It helps.”"
    first, second = extract_quotes(article)
    assert second.kind == "full"


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        (
            "Barack Obama spoke. Where he used to boast of ''core Al Qaeda,'' on Tuesday night he said it still "
            "posed ''a direct threat'' to Americans.",
            "Barack Obama",
        ),
        (
            "''We were not very happy when it was announced,'' said Jock A. Finlayson, head of policy at the "
            "council. Now, ''within the business community there is a sizable constituency'' for it.",
            "Jock A. Finlayson",
        ),
        (
            "Ted Cruz says he is “effectively tied for second place” with Florida Sen. Marco Rubio, in a finish "
            "that pleased him.",
            "Ted Cruz",
        ),
    ],
)
def test_fragment_speakers_through_time_phrases_continuations_and_prepositional_phrases(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


def test_quoted_word_ending_a_sentence_is_no_nickname_and_the_next_sentence_is_not_its_cue():
    article = (
        "Trump drew criticism. Former Florida Gov. Jeb Bush called Trump “unhinged.” Sen. Marco Rubio called the "
        "statement “offensive and outlandish.”"
    )
    unhinged, offensive = extract_quotes(article)
    assert (unhinged.speaker, offensive.speaker) == ("Jeb Bush", "Marco Rubio")
    assert extract_quotes('Robert C. "Bobby" Scott spoke.')[0].kind == "term"


def test_sentences_opening_with_the_same_pronoun_keep_its_referent():
    article = (
        "Attorney General Loretta E. Lynch spoke on Monday.\n\n"
        "“Own it, express it, be the voice that people hear,” Lynch said.\n\n"
        "She has faced a number of controversies since taking the helm at the Justice Department - most recently "
        "her decision to meet with Bill Clinton while the department was investigating his wife, Democratic "
        "presidential nominee Hillary Clinton, over the private email server she used. She has called the social "
        "unrest a moment similar to the civil rights movement.\n\n"
        "She said she wasn't aware of a stronger backlash against her.\n\n"
        "“People tend not to say those things to the attorney general,” she said."
    )
    assert extract_quotes(article)[-1].speaker == "Loretta E. Lynch"


def test_an_organisation_speaks_through_its_spokesman_only():
    article = (
        "“The best way to follow along is the live stream,” PolitiFact says.\n\n"
        "PolitiFact Executive Director Aaron Sharockman responded to the criticism."
    )
    assert extract_quotes(article)[0].speaker == "PolitiFact"
    article = "Kremlin spokesman Dmitry Peskov spoke.\n\n“It is their prerogative,” the Kremlin said."
    assert extract_quotes(article)[0].speaker == "Dmitry Peskov"


def test_a_nickname_before_the_first_name_does_not_hide_the_gender():
    article = (
        "Donald Trump spoke in Michigan about “Crooked Hillary Clinton.” Crooked Hillary Clinton did not answer."
        "\n\nHe says: “I wonder why it was bad.”"
    )
    assert extract_quotes(article)[-1].speaker == "Donald Trump"


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        (
            "The FBI decided.\n\n“It would have been a real long-shot,” said Stephen Vladeck of the University of "
            "Texas School of Law.",
            "Stephen Vladeck",
        ),
        (
            "He spoke.\n\n“That’s what he did in ’08,” said former Pennsylvania Gov. and Democratic National "
            "Committee Chairman Ed Rendell.",
            "Ed Rendell",
        ),
        ("Skaters.\n\n''Silly boys acting like they've never seen a girl,'' scoffed Arianna Gil, 22.", "Arianna Gil"),
        ('Voters.\n\n"I\'m a voter," declares Stephanie Acs, 27, a Navy veteran.', "Stephanie Acs"),
    ],
)
def test_inverted_cues_with_long_phrases_and_any_speech_verb(article, speaker):
    assert only(article).speaker == speaker


def test_speaker_named_on_a_dash_line_after_a_quotation_paragraph():
    article = (
        "Here are the claims.\n\n"
        '"[Americans are] worried about the future of their kids."\n\n'
        "- Bernie Sanders.\n\n"
        "The senator is relying on an outdated statistic."
    )
    quote = only(article)
    assert (quote.speaker, quote.speaker_mention, quote.cue) == ("Bernie Sanders", "Bernie Sanders", "—")


def test_inverted_cue_after_nested_single_and_double_closing_marks():
    article = (
        "Bush was a president.\n\n''I would use the word 'old-school,''' said Gregory W. Slayton, whom George W. "
        "Bush appointed."
    )
    assert only(article).speaker == "Gregory W. Slayton"


def test_first_line_headline_with_a_full_stop_names_its_speaker_before_the_colon():
    article = "Trump: Cruz Has ‘To Come a Long Way’ On Ethanol, He’s For Oil.\n\nDonald Trump said Ted Cruz was wrong."
    quote = only(article)
    assert (quote.speaker, quote.cue) == ("Donald Trump", ":")


def test_bare_determiner_subject_speaks_for_an_unnamed_group():
    article = (
        "The crowd was in a good mood tonight.\n\n"
        "Supporters held signs high above their heads as they celebrated. Some chanted “USA! USA!”"
    )
    quote = only(article)
    assert (quote.speaker, quote.speaker_mention, quote.cue) == (None, "Some", "chanted")


def test_a_long_article_full_of_pronouns_stays_linear_and_resolves():
    # 4,000 paragraphs whose "She" has no antecedent: each pronoun looks back a bounded distance, so this
    # runs in about a second instead of minutes (no timing asserted; a quadratic walk would time out CI).
    paragraph = "He spoke again about the plan. She said it would work. “We will build it,” he said."
    article = "John Smith met Mary Jones on Monday.\n\n" + "\n\n".join([paragraph] * 4000)
    quotes = extract_quotes(article)
    assert len(quotes) == 4000
    assert {q.speaker for q in quotes} == {"John Smith"}


def test_a_surname_misspelled_by_one_letter_is_the_person_named_in_full():
    # Web copy misspells names it gave in full ("McLenney" for McClenney, "Wines" for Wimes).
    article = (
        "Two voters, Tyresha McClenney and Bryan Anderson, saw Hillary Clinton speak.\n\n"
        "McLenney said Clinton does not show consistency on racial issues.\n\n"
        "“It is only when the media gets a video,” she said.\n\n"
        "Leslie Wimes leads a caucus of women.\n\n"
        "Wines said: “They have a big problem with black voters.”"
    )
    assert [q.speaker for q in extract_quotes(article)] == ["Tyresha McClenney", "Leslie Wimes"]


@pytest.mark.parametrize(
    "word, known",
    [
        ("McLenney", "McClenney"),  # one letter left out, case-blind
        ("Sweeny", "Sweeney"),
        ("Wines", "Wimes"),  # one letter changed
        ("Clintons", None),  # a plural is no misspelling
        ("Cruz", None),  # too short to guess at
        ("Hamilton", None),  # different first letter from "Gamilton"
    ],
)
def test_known_surname_accepts_one_letter_misspellings_only(word, known):
    from service.extraction.names import PersonRegistry, find_name_mentions

    registry = PersonRegistry()
    for name in ("Tyresha McClenney", "Steve Sweeney", "Leslie Wimes", "Bill Clinton", "Rafael Cruze", "Ann Gamilton"):
        (mention,) = find_name_mentions(f"{name} spoke.")
        registry.add(mention)
    assert registry.known_surname(word) == known


@pytest.mark.parametrize(
    "article, speaker",
    [
        ("The hosts are, as The Daily Beast called them in an article last week, “Manchurian anchors.”", "Daily Beast"),
        ("Ann Lee called the plan, “a disaster.”", "Ann Lee"),
        ("Ann Lee described the plan as, “a disaster.”", "Ann Lee"),
    ],
)
def test_a_label_after_a_naming_verb_is_a_fragment_even_after_a_comma(article, speaker):
    quote = only(article)
    assert (quote.kind, quote.speaker) == ("fragment", speaker)


@pytest.mark.parametrize(
    "article, speaker",
    [
        ("The Daily Beast said: “They are anchors of Russia, every one of them.”", "Daily Beast"),
        ("Daily Caller reporter Ann Lee said: “It is over for the bill.”", "Ann Lee"),
    ],
)
def test_a_daily_or_weekly_masthead_is_no_person(article, speaker):
    assert only(article).speaker == speaker


def test_testimonials_each_credited_on_their_own_dash_line_are_separate_quotations():
    article = (
        "Readers told us what they think.\n"
        "“You are not a leader, you are a dictator.” ― Christina Olidem\n"
        "“No one wants a man who insults our great grandmothers. To quote Bob Marley ‘Some people are so poor "
        "all they have is money.” And that’s all he has, “the root of all evil.” ― Christina Lastra."
    )
    full = [q for q in extract_quotes(article) if q.kind == "full"]
    assert [q.speaker for q in full] == ["Christina Olidem", "Christina Lastra"]
    assert full[0].group != full[1].group


@pytest.mark.parametrize(
    "article, speaker",
    [
        (
            "A chorus of prominent Republicans has said the same thing, including Mitt Romney -- "
            "''It is disqualifying for a nominee to refuse to release tax returns'' -- and others.",
            "Mitt Romney",
        ),
        (
            "Donald Trump met Hillary Clinton on stage.\n\nMr. Trump hardly clarified the matter, treating "
            "Mrs. Clinton's remark as a compliment — “That makes me smart” — and moved on.",
            "Donald Trump",
        ),
    ],
)
def test_a_sentence_set_off_by_dashes_is_a_full_quotation_of_the_name_before_it_or_the_subject(article, speaker):
    (quote,) = [q for q in extract_quotes(article) if q.kind != "term"]
    assert (quote.kind, quote.speaker, quote.cue) == ("full", speaker, "—")


def test_a_paragraph_opened_by_another_kind_of_mark_starts_another_quotation():
    # An excerpt quoted paragraph by paragraph with straight marks holds curly-quoted speech of its own.
    article = (
        "The Post's reporter wrote:\n\n"
        '"The rally was loud.\n\n'
        "“Here comes Big Daddy,” Ann Lee said, clapping. “The Donald. Big Daddy.”\n\n"
        '"Kevin was snoring.\n\n'
        '"The crowd chanted on."'
    )
    groups = {}
    for quote in extract_quotes(article):
        groups.setdefault(quote.group, []).append(quote.text)
    assert ["Here comes Big Daddy", "The Donald. Big Daddy."] in groups.values()


def test_surnames_with_a_capital_after_their_prefix_are_names():
    article = (
        "Celebrities like Will Smith, Robert DeNiro and Patti LaBelle came.\n\n"
        "Ms. LaBelle got a huge roar when, at the end of her song, she added: “Vote for Hillary Clinton.”\n\n"
        "Gov. Ron DeSantis said: “We will not comply with the order.”\n\n"
        "YouTube said: “We removed the video for breaking our rules.”"
    )
    assert [q.speaker for q in extract_quotes(article)] == ["Patti LaBelle", "Ron DeSantis", "YouTube"]


@pytest.mark.parametrize(
    "opening, mention",
    [("Recently she announced", "she"), ("Yesterday Ann Lee told reporters", "Ann Lee"), ("Later she said", "she")],
)
def test_a_sentence_adverb_before_the_subject_is_no_part_of_the_speaker(opening, mention):
    quote = only(f"Ann Lee leads the group.\n\n{opening}: “I am leaving the ship.”")
    assert (quote.speaker, quote.speaker_mention) == ("Ann Lee", mention)


@pytest.mark.parametrize(
    "phrase, speaker",
    [
        ("NEA President Lily Eskelsen García", "Lily Eskelsen García"),  # accented letters
        ("Ángel Núñez", "Ángel Núñez"),
        ("United Auto Workers Secretary-Treasurer Gary Casteel", "Gary Casteel"),  # hyphenated title
        ("Chicago Alderman Jason C. Ervin", "Jason C. Ervin"),
        ("FBI General Counsel James A. Baker", "James A. Baker"),  # the initial "A." is no article
        ("Idaho executive Frank VanderSloot", "Frank VanderSloot"),
        ("Howard Dean", "Howard Dean"),
        ("As Senators Charles E. Grassley", "Charles E. Grassley"),  # a plural title
    ],
)
def test_titled_names_fold_to_the_person(phrase, speaker):
    assert only(f"{phrase} said: “We will strike next week.”").speaker == speaker


@pytest.mark.parametrize(
    "article, speaker",
    [
        (
            "The promise to “take our country back” appeals to whites who wish for a return to an era when "
            "the population was overwhelmingly white, said Alan Abramowitz, a demographer at Emory "
            "University. “He’s trying to appeal to a sense of displacement,” he said.",
            "Alan Abramowitz",
        ),
        (  # the name after "told" is whom it was said to
            "''That was a good speech you gave last night, Mr. President,'' Representative Steve Cohen, Democrat "
            "of Tennessee, told Mr. Obama at the party.",
            "Steve Cohen",
        ),
        (  # a person named before the appositive speaks
            "Jean-Marc Ayrault, the foreign minister of France, said North Korea's latest “provocation cannot be "
            "left without consequences.”",
            "Jean-Marc Ayrault",
        ),
    ],
)
def test_a_verb_after_a_comma_is_inverted_only_when_no_person_stands_before_it(article, speaker):
    assert {q.speaker for q in extract_quotes(article)} == {speaker}


@pytest.mark.parametrize(
    "article, speaker, mention",
    [
        (
            "Bernie Sanders ran.\n\nEver since he announced his candidacy, he's said the same thing at every "
            "stop: “We will win this race.”",
            "Bernie Sanders",
            "he",
        ),
        (  # the agent of a passive cue asks; "has" is no plural noun that could speak
            "Sanders was asked by host Bill Maher, who is supporting Sanders, but has previously dismissed the "
            "story, “Will you win this race?”",
            "Bill Maher",
            "host Bill Maher",
        ),
    ],
)
def test_contracted_pronouns_and_passive_agents_speak(article, speaker, mention):
    quote = only(article)
    assert (quote.kind, quote.speaker, quote.speaker_mention) == ("full", speaker, mention)


def test_a_misspelling_met_before_the_full_name_is_still_linked_once_the_name_appears():
    from service.extraction.names import PersonRegistry, find_name_mentions

    registry = PersonRegistry()
    assert registry.known_surname("Sweeny") is None  # nothing to link to yet
    (mention,) = find_name_mentions("Steve Sweeney spoke.")
    registry.add(mention)
    assert registry.known_surname("Sweeny") == "Sweeney"


def test_a_dashed_parenthetical_between_the_name_and_its_verb_is_stepped_over():
    article = (
        "John Dickey, the chief executive of Ora Media -- the production company that owns Mr. King's "
        "programming, which is also streamed on Hulu -- told me, ''We're a content provider.''"
    )
    quote = only(article)
    assert (quote.speaker, quote.cue) == ("John Dickey", "told")


def test_they_after_two_people_named_with_their_roles_is_both_of_them():
    article = (
        "Critics of the program, like Senators Charles E. Grassley, Republican of Iowa, and Patrick J. Leahy, "
        "Democrat of Vermont, see its renewal as a chance to fix it. They sent a letter on Thursday.\n\n"
        '"The program has become plagued by fraud and abuse," they wrote.'
    )
    assert only(article).speaker == "Charles E. Grassley and Patrick J. Leahy"


@pytest.mark.parametrize(
    "article, speaker",
    [
        ("A lesson from Loretta Lynch: 'Be the voice that people hear.'\n\nLoretta E. Lynch spoke.", "Loretta Lynch"),
        ("An interview with Bernie Sanders: “We will win this race.”", "Bernie Sanders"),
        ("Donald Trump attacked Bernie Sanders: “He is a communist.”", "Donald Trump"),  # its subject speaks
    ],
)
def test_a_verbless_colon_introduction_ending_on_a_person_after_from_or_with(article, speaker):
    assert extract_quotes(article)[0].speaker == speaker


def test_a_sentence_opening_on_its_verb_is_no_first_name():
    article = (
        "FBI Director James Comey testified on Thursday. Roof should not have bought the gun. "
        "Said Comey, “We are all sick this happened.”\n\nEdward Said wrote: “Orientalism is a style of thought.”"
    )
    assert [q.speaker for q in extract_quotes(article)] == ["James Comey", "Edward Said"]


@pytest.mark.parametrize(
    "article, speaker",
    [
        (  # the cue verb and its quotation apart by an adverbial: still the sentence it introduces
            "Donald Trump spoke. The spot concludes with footage of Trump saying during the debate last "
            "week, “That makes me smart,” when Clinton blasted him for not paying income tax.",
            "Donald Trump",
        ),
        (
            "Canova wrote to his 20,000 Twitter followers, “It’s time to end her political career for good,” "
            "and shared a link.",
            "Canova",
        ),
    ],
)
def test_a_capitalised_quotation_set_off_by_a_comma_a_few_words_after_its_cue_is_full(article, speaker):
    quote = only(article)
    assert (quote.kind, quote.speaker) == ("full", speaker)


def test_a_capitalised_quotation_far_from_any_cue_stays_a_fragment():
    # Nine words between the verb and the quotation: the writer's sentence has moved on.
    article = (
        "Trump said nothing when reporters asked him on the plane about the rally in Ohio, “Unhinged” being "
        "the word the papers chose."
    )
    assert only(article).kind != "full"


def test_a_relative_clause_after_a_prepositional_phrase_speaks_for_the_person_named_in_it():
    article = (
        "On Thursday, Cruz scored his first endorsement from a Senate colleague, from Mike Lee, who declared in "
        "the debate spin room, “I’m sending the signal that it’s time to unite.”"
    )
    assert (only(article).speaker, only(article).cue) == ("Mike Lee", "declared")


@pytest.mark.parametrize(
    "article, speaker, mention, cue",
    [
        (
            "In 2009, under what Mr. Hedge called ''the prior economy model,'' the Marsh Landing Country Club, a "
            "private course in Ponte Vedra Beach, Fla., charged a fee.",
            "Hedge",
            "Mr. Hedge",
            "called",
        ),
        (
            "They clashed in what one Latino conservative has dubbed ''the yuca primary,'' referring to a staple.",
            "one Latino conservative",
            "one Latino conservative",
            "dubbed",
        ),
        (
            'It was what Donald Trump called "a total disaster for us," said John Smith.',
            "Donald Trump",
            "Donald Trump",
            "called",
        ),
    ],
)
def test_what_someone_called_names_the_quotation_whatever_verb_follows_it(article, speaker, mention, cue):
    quote = only(article)
    assert (quote.kind, quote.speaker, quote.speaker_mention, quote.cue) == ("fragment", speaker, mention, cue)


@pytest.mark.parametrize(
    "article, speaker",
    [
        ('A defensive Obama said his critics "seem to think that I was wrong about this."', "Obama"),
        ('"We must act now," said an angry Sanders.', "Sanders"),
        # A preposition makes the name an object; a masthead's capitalised word is part of its name.
        ('"We must act now," said the mother of Obama.', "mother of Obama"),
        ('"We must act now," according to the Daily Caller.', "Daily Caller"),
    ],
)
def test_a_lone_surname_after_describing_words_is_the_speaker(article, speaker):
    assert only(article).speaker == speaker


@pytest.mark.parametrize(
    "article, speaker",
    [
        ('Sanders, the senator from Vermont, said the problems are "so daunting that we must act now."', "Sanders"),
        (
            'Nefzi, a chemistry professor and a member of the mosque\'s board, said he never saw him "interact" '
            "with the bomber.",
            "Nefzi",
        ),
        ('Beruff, a Scott ally, called the standards "strong and fair to all students."', "Beruff"),
        # Not a place inside a clause that is no role: the sentence's own subject is further back.
        (
            "Marco Rubio, whose hometown, Miami, is projected to be underwater as the sea rises, argues that such "
            "efforts will ''destroy our economy.''",
            "Marco Rubio",
        ),
    ],
)
def test_a_name_before_its_role_set_off_by_commas_is_the_speaker_even_a_lone_surname(article, speaker):
    assert extract_quotes(article)[0].speaker == speaker


@pytest.mark.parametrize(
    "article, speaker, mention",
    [
        (
            "The spokesman refused to answer questions on who would win but said there was no call planned, adding: "
            '"If one is proposed we will consider it."',
            "spokesman",
            "The spokesman",
        ),
        (
            'This sentiment was reflected in another question, to which 21 percent said "not too likely to happen '
            'at all."',
            None,
            None,
        ),
        # "had this to say" still introduces its subject's words; a sentence adverb names nobody.
        (
            'Likewise, a paper from the Brookings Institution had this to say: "Families from the top half would '
            'gain the most."',
            "Brookings Institution",
            "a paper from the Brookings Institution",
        ),
    ],
)
def test_a_determiner_phrase_that_runs_into_a_verb_of_its_own_is_no_speaker(article, speaker, mention):
    quote = only(article)
    assert (quote.speaker, quote.speaker_mention) == (speaker, mention)


def test_what_someone_calls_a_quotation_may_put_an_article_between_verb_and_mark():
    quote = only("Investors fled what the company calls a ''temporary and manageable'' loss of confidence.")
    assert (quote.speaker, quote.cue) == ("company", "calls")


@pytest.mark.parametrize(
    "article, speaker",
    [
        # An office's "of" inside the title: the name after it is still the sentence's subject.
        (
            "Former Secretary of State Hillary Clinton clashed with Johnson at the hearing, chiding him, “What "
            "difference at this point does it make?”",
            "Hillary Clinton",
        ),
        (
            "Mr. Hoekstra spoke first.\n\nSecretary of State John Kerry said the men were about to be released. "
            "''What we gave up were people who were about to get out anyway,'' he said.",
            "John Kerry",
        ),
        # After a preposition the titled name is an object, as before.
        ('Bob Smith met with Secretary of State John Kerry. "We talked for an hour," he said.', "Bob Smith"),
    ],
)
def test_a_name_after_an_office_with_of_is_the_subject_and_no_mr_secretary(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


@pytest.mark.parametrize(
    "article, speaker, cue",
    [
        (
            "House Speaker Paul Ryan, despite admitting that he had concerns about “trial lawyers trying to get "
            "rich,” backed the bill.",
            "Paul Ryan",
            "admitting",
        ),
        (
            "Sen. Pat Toomey refused to entertain the idea, responding that he’s “not going to go into what my "
            "campaign is doing.”",
            "Pat Toomey",
            "responding",
        ),
    ],
)
def test_participles_of_known_speech_verbs_are_cues(article, speaker, cue):
    quote = only(article)
    assert (quote.speaker, quote.cue) == (speaker, cue)


def test_a_newsletter_item_quotes_its_linked_story_whole_and_credits_the_outlet_in_brackets():
    article = (
        "Tuesday's Morning Email.\n\n"
        "HILLARY CLINTON IS FEELING THE BERN As the race tightens, Bernie Sanders said his rival is in “serious "
        "trouble.” [NYT.]\n\n"
        "HOW CHINA’S DECLINE AFFECTS THE REST OF THE WORLD “China’s economic slowdown and financial mayhem are "
        "fostering a cycle of decline and panic across much of the world.” [WaPo.]\n\n"
        "HOW ‘MAKING THEM SMALLER’ YIELDS NUCLEAR WEAPONS “But critics look at the same facts and see a very "
        "different future.” [Mother Jones.]"
    )
    quotes = extract_quotes(article)
    assert (quotes[0].kind, quotes[0].speaker) == ("term", "Bernie Sanders")  # the writer's own sentence, as before
    second, third = [q for q in quotes if q.kind == "full"]
    assert (second.kind, second.speaker, second.credited_source) == (
        "full",
        "The Washington Post",
        "The Washington Post",
    )
    assert (third.kind, third.speaker_mention, third.credited_source) == ("full", "Mother Jones", "Mother Jones")


def test_a_participle_describing_a_recording_is_no_second_cue_inside_an_interrupted_quotation():
    article = (
        "Denis Pushilin spoke on Tuesday.\n\n"
        '"Our defenders are ready," Pushilin said in a video address posted on his Telegram channel. "We will not '
        'give up a single meter of our land."'
    )
    first, second = extract_quotes(article)
    assert first.group == second.group
    assert (second.speaker, second.credited_source) == ("Denis Pushilin", "Telegram")
    # The report's own verb still reports.
    assert only('The IMF report stated: "The outlook has weakened."').speaker == "IMF report"


@pytest.mark.parametrize(
    "article, speaker, cue",
    [
        ('"We are ready," Ann Lee was quoted by Interfax as saying.', "Ann Lee", "quoted as saying"),
        ('"We are ready," the minister was quoted as telling reporters.', "minister", "quoted as telling"),
    ],
)
def test_quoted_as_saying_names_the_speaker_before_it(article, speaker, cue):
    quote = only(article)
    assert (quote.speaker, quote.cue) == (speaker, cue)


@pytest.mark.parametrize(
    "article, source",
    [
        (
            "The Russian Defence Ministry published the minutes.\n\n"
            '"Everything is going according to plan," Shoigu said at a meeting of the board, the ministry said in a '
            "statement.",
            "Russian Defence Ministry",
        ),
        ('"We are ready," Putin told Macron, the Elysee said on Tuesday.', "Elysee"),
        ('"There will be no escalation," the Kremlin quoted Putin as saying.', "Kremlin"),
        ('"We are ready," the Russian Defence Ministry quoted Shoigu as saying.', "Russian Defence Ministry"),
        # Someone else's verb is no body's statement.
        ('"We are ready," Putin told Macron, Peskov said.', None),
    ],
)
def test_a_body_saying_so_after_the_speakers_cue_is_the_credited_source(article, source):
    assert only(article).credited_source == source


_MACRON = "French President Emmanuel Macron spoke with Putin by phone.\n\n"


@pytest.mark.parametrize(
    "article, speaker, mention, source, relayed_by",
    [
        (
            _MACRON + 'The Elysee said Macron told Putin: "You are making a big mistake."',
            "Emmanuel Macron",
            "Macron",
            "Elysee",
            None,
        ),
        (
            _MACRON + 'Macron\'s office said he told Putin: "You are making a big mistake."',
            "Emmanuel Macron",
            "he",
            "Macron's office",
            None,
        ),
        (
            'The Kremlin said on Friday that Putin told Scholz: "The West is to blame."',
            "Putin",
            "Putin",
            "Kremlin",
            None,
        ),
        (
            'Kremlin spokesman Dmitry Peskov said Putin told Scholz: "The West is to blame."',
            "Putin",
            "Putin",
            None,
            "Dmitry Peskov",
        ),
        (
            'Russian state media reported Zelensky said: "We surrender."',
            "Zelensky",
            "Zelensky",
            "Russian state media",
            None,
        ),
        # Reporting one's own words relays nothing.
        ('Dmitry Peskov said he told reporters: "The West is to blame."', "Dmitry Peskov", "he", "reporters", None),
    ],
)
def test_the_subject_of_a_reported_clause_speaks_and_its_reporter_is_credited(
    article, speaker, mention, source, relayed_by
):
    quote = only(article)
    assert (quote.speaker, quote.speaker_mention, quote.credited_source, quote.relayed_by) == (
        speaker,
        mention,
        source,
        relayed_by,
    )


@pytest.mark.parametrize(
    "article, source",
    [
        (
            'Two sources familiar with the talks told Reuters that a deal was close. "We are almost there," one of the '
            "sources said.",
            "Reuters",
        ),
        ('Three officials told CNN the strike was planned. "It was deliberate," one official said.', "CNN"),
        ('Sources told RIA Novosti that the convoy had arrived. "It is in Donetsk," a source said.', "RIA Novosti"),
        (
            'Two people familiar with the matter told Reuters of a delay. "There is no progress," one of them said.',
            "Reuters",
        ),
        # Not one of the group: someone else, another one, or one of a name that ends in s.
        ('Three officials told CNN the strike was planned. "It was deliberate," a diplomat said.', None),
        ('Sanders supporters told CNN they were angry. "We were robbed," another supporter said.', None),
        ('Caltrans told ABC 7 that the sign was hacked. Another advised, "Buckle up."', None),
    ],
)
def test_one_of_a_group_that_told_an_outlet_is_credited_to_it(article, source):
    assert extract_quotes(article)[-1].credited_source == source


@pytest.mark.parametrize(
    "article, source",
    [
        ('"The city is ours," Denis Pushilin told Rossiya 24.', "Rossiya 24"),
        ('"The city is ours," Denis Pushilin told Russian state TV channel Rossiya 24.', "Rossiya 24"),
        ('"We are shocked," one employee told French television station BFMTV.', "BFMTV"),
        # No outlet named: the media as the article describes them, with what qualifies them.
        ('"The city is ours," Denis Pushilin told Russian state TV.', "Russian state TV"),
        ('"The city is ours," Denis Pushilin said on Russian state TV.', "Russian state TV"),
        ('Speaking to Ukrainian TV, Vitali Klitschko said: "Kyiv is ready."', "Ukrainian TV"),
        ('"Kyiv is ready," Vitali Klitschko said, according to local media.', "local media"),
        ('"Kyiv is ready," Vitali Klitschko said on television.', None),
        (
            'In an exclusive interview with The Independent, the mayor of Mykolaiv, Oleksandr Senkevych, said: "We are '
            'prepared."',
            "The Independent",
        ),
        ('"We are prepared," said Oleksandr Senkevych, speaking to The Independent.', "The Independent"),
        ('"We are prepared," Oleksandr Senkevych told Newsweek.', "Newsweek"),
        # A nationality, then what the interviewer is.
        ('"We will win," Zelensky said in an interview with French magazine Paris Match.', "Paris Match"),
        ('"We will win," Zelensky said in an interview with Ukrainian media.', "Ukrainian media"),
        (
            '"We will win," Zelensky said in an interview with Ukrainian journalist Dmytro Gordon.',
            "interview with Dmytro Gordon",
        ),
        # A show the interview was for, on a channel named further on: the channel.
        (
            '"We will not negotiate," Dmitry Peskov said in an interview with the Putin Weekly TV show on Rossiya-1 '
            "television.",
            "Rossiya 1",
        ),
    ],
)
def test_a_broadcaster_named_or_described_is_the_credited_source(article, source):
    assert only(article).credited_source == source


@pytest.mark.parametrize(
    "article, source",
    [
        ('"We are ready," Sergei Shoigu was quoted as saying by Interfax.', "Interfax"),
        ('"We are ready," Alexander Lukashenko was quoted as saying by the state news agency Belta.', "BelTA"),
        ('"We are ready," Alexander Lukashenko was quoted by Belta as saying.', "BelTA"),
        ('"We are ready," Sergei Shoigu was quoted as telling reporters by the RIA news agency.', "RIA Novosti"),
    ],
)
def test_quoted_as_saying_by_an_outlet_credits_the_outlet(article, source):
    assert only(article).credited_source == source


def test_a_surname_is_resolved_in_text_order_not_first_in_a_source_sentence_further_on():
    # The source sentence at the end names "Cruz" after Heidi Cruz; it used to be resolved first, before any
    # quotation, and "Cruz" then stood for her everywhere.
    article = (
        "Sen. Ted Cruz endorsed Donald Trump on Friday.\n\n"
        '"I will vote for the nominee," Cruz wrote.\n\n'
        "His wife, Heidi Cruz, stayed quiet.\n\n"
        "Cruz thanked Trump on his Twitter account for backing his bill."
    )
    assert only(article).speaker == "Ted Cruz"


def test_a_post_credits_the_next_paragraphs_not_a_speech_quoted_far_later():
    filler = "".join(f"The campaign moved on to stop number {n}.\n\n" for n in range(8))
    article = (
        "Donald Trump posted on his Twitter account on Tuesday.\n\n"
        '"Thank you Georgia!" Trump wrote.\n\n'
        + filler
        + '"Rubio is a total lightweight," Trump said at a rally in Kentucky.'
    )
    first, last = extract_quotes(article)
    assert (first.speaker, first.credited_source) == ("Donald Trump", "Twitter")
    assert (last.speaker, last.credited_source) == ("Donald Trump", None)


def test_a_spokesman_quoting_the_president_relays_the_presidents_words():
    article = (
        "Russian President Vladimir Putin is ready to hold talks, the Kremlin said on Friday.\n\n"
        '"If Zelensky wants to meet, he can come to Moscow," Kremlin spokesman Dmitry Peskov told reporters, quoting '
        "the president."
    )
    quote = only(article)
    assert (quote.speaker, quote.relayed_by) == ("Vladimir Putin", "Dmitry Peskov")
    # A name after "quoting" is a source cited in the speaker's own words.
    cited = only('"She was extremely careless," Donald Trump tweeted, quoting James Comey.')
    assert (cited.speaker, cited.relayed_by) == ("Donald Trump", None)


def test_the_statement_speaks_for_whoever_issued_it():
    article = (
        "According to a statement from the Ukrainian presidency, Kyiv rejected the offer. "
        '"Moscow is not a place for talks," the statement said.'
    )
    assert only(article).speaker == "Ukrainian presidency"
    # The issuer named only by what it is still speaks, rather than the statement itself.
    issued = 'The campaign issued a statement on Thursday. "The matter is now concluded," the statement said.'
    assert only(issued).speaker == "campaign"
    unnamed = '"The matter is now concluded," the statement said.'
    assert only(unnamed).speaker == "statement"  # nobody named as its issuer: the statement itself


@pytest.mark.parametrize(
    "introduction",
    [
        "DPR leader Denis Pushilin spoke on Monday.",
        "DPR head Denis Pushilin spoke on Monday.",
        "Head of the Donetsk People's Republic (DPR) Denis Pushilin spoke on Monday.",
    ],
)
def test_the_dpr_leader_or_head_is_the_person_introduced_with_either_title(introduction):
    for description in ("The DPR leader", "The DPR head"):
        article = f'{introduction} {description} added that "the situation remains extremely tense."'
        assert only(article).speaker == "Denis Pushilin", (introduction, description)


def test_a_speech_verb_inside_a_compound_adjective_is_no_cue():
    article = (
        "Leonid Pasechnik, head of the self-proclaimed Lugansk People's Republic, told the Interfax news agency that "
        'his forces were "prepared for any scenario."'
    )
    quote = only(article)
    assert (quote.speaker, quote.cue, quote.credited_source) == ("Leonid Pasechnik", "told", "Interfax")


def test_a_relative_pronoun_speaks_for_the_name_closing_the_clause_before_it():
    # Not the phrase set off by dashes further back, which the search used to fall back on.
    article = (
        "The magnitude of the loss - both in the popular vote and in delegates - was steep for Mr. Sanders, who "
        "said he intended to get ''recharged and take a day off.''"
    )
    assert (only(article).speaker, only(article).speaker_mention) == ("Sanders", "Mr. Sanders")


def test_the_body_of_a_relative_clause_is_never_the_speaker():
    article = (
        "A Warren adviser, who spoke on the condition of anonymity to speak candidly, said of the senator, "
        '"She takes the threat of Trump very seriously."'
    )
    assert only(article).speaker_mention == "A Warren adviser"


@pytest.mark.parametrize(
    "cue_sentence, speaker",
    [
        ('"She takes the threat seriously," a Warren adviser said.', "Warren adviser"),
        ('"We are ready," a senior Warren campaign aide said.', "senior Warren campaign aide"),
        ('"We are ready," Warren spokeswoman Kristen Orthman said.', "Kristen Orthman"),
        ('"We are ready," the Warren campaign said.', "Elizabeth Warren"),  # a campaign speaks for its candidate
    ],
)
def test_a_name_that_only_says_whom_a_role_serves_is_not_the_speaker(cue_sentence, speaker):
    article = "Sen. Elizabeth Warren spoke on Monday. “I am here,” Warren said.\n\n" + cue_sentence
    assert extract_quotes(article)[-1].speaker == speaker


def test_an_indefinite_aide_is_not_the_aide_the_article_named_earlier():
    article = (
        "Obama aide David Plouffe spoke first. “That doesn’t mean no response,” one Clinton aide said. "
        '"No," the aide said.'
    )
    assert [q.speaker for q in extract_quotes(article)] == ["one Clinton aide", "David Plouffe"]


@pytest.mark.parametrize(
    "article, speaker",
    [
        ("The crowd booed. (“I don’t want to have fisticuffs,” said one party activist.)", "one party activist"),
        (
            'The endorsements prompted some blowback ("I want my dues back," wrote Edward Nelson, a technician, '
            "on the Facebook page).",
            "Edward Nelson",
        ),
        (
            "Mr. Biden suggested Mr. Trump admired brutal leaders - ''He would have loved Stalin,'' Mr. Biden "
            "said twice - and reminded the crowd of the stakes.",
            "Biden",
        ),
    ],
)
def test_a_sentence_quoted_with_its_attribution_inside_brackets_or_dashes_is_full(article, speaker):
    quote = only(article)
    assert (quote.kind, quote.speaker) == ("full", speaker)


def test_a_question_put_to_someone_by_an_unnamed_asker_is_full_and_nobody_is_credited():
    article = (
        "Donald Trump gave an interview. Trump was asked, “What’s the most dangerous place you’ve been to?” "
        "Trump joked that it was Brooklyn."
    )
    quote = only(article)
    assert (quote.kind, quote.speaker, quote.cue) == ("full", None, "asked")


@pytest.mark.parametrize(
    "article, speaker",
    [
        (
            "''It may have been Freddy's first attempt,'' said his best friend at Lehigh, Bruce Turry, who "
            "remembered him well.",
            "Bruce Turry",
        ),
        ("''It was a good night,'' said a spokesman for the campaign, Brian Fallon.", "Brian Fallon"),
        # A first name alone names her too; a word that is no first name does not ("the spokesman, Thursday").
        ("''It was a good night,'' said his wife, Jane.", "Jane"),
        ("''It was a good night,'' said the spokesman, Thursday.", "spokesman"),
    ],
)
def test_an_inverted_role_followed_by_the_name_of_its_holder_is_that_person(article, speaker):
    assert only(article).speaker == speaker


def test_after_a_full_stop_a_cue_that_introduces_the_next_quotation_is_not_this_ones():
    article = (
        "''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr. Zahed said: ''The attack was the "
        "work of terrorists.''"
    )
    quotes = extract_quotes(article)
    assert [(q.speaker, q.group) for q in quotes] == [("Alawee", 0), ("Alawee", 0), ("Zahed", 1)]


def test_after_a_full_stop_a_cue_reporting_indirect_speech_is_not_this_quotations():
    article = (
        "''Our jobs are being sucked out of our states,'' Mr. Trump said. ''Jobs are my wheelhouse.'' He said, "
        "twice, that he was going to go back to work."
    )
    quotes = extract_quotes(article)
    assert [(q.speaker, q.cue, q.group) for q in quotes] == [("Trump", "said", 0), ("Trump", "said", 0)]


def test_after_a_full_stop_a_cue_with_an_object_of_its_own_is_not_this_quotations():
    article = (
        "“I completely disagree with the assertion,” she said. “We feel good about the areas we’re going to.” "
        "She noted a planned rally on Saturday."
    )
    quotes = extract_quotes(article)
    assert [(q.cue, q.group) for q in quotes] == [("said", 0), ("said", 0)]
    # 'He told' takes its addressee as object and still attributes the quotation before it.
    assert only("“We feel good.” He told the crowd.").cue == "told"
    # A pronoun after the verb opens reported speech.
    assert only("Her statement was “not in line with our policy.” The network said it would send her away.").cue is None


@pytest.mark.parametrize(
    "next_sentence",
    [
        'South Carolina, he said, was "where we have a chance."',
        'Perhaps, he said, this "small town has gotten too big too fast."',
        'Reid said both men are "non-entities in the Senate."',
    ],
)
def test_after_a_full_stop_a_cue_whose_sentence_quotes_again_is_that_quotations(next_sentence):
    article = f'"Maybe we are just trying," Dan Tripp said. "We are trying to show some mercy." {next_sentence}'
    first, second, third = extract_quotes(article)
    assert (second.speaker, second.group) == ("Dan Tripp", first.group)
    assert third.group != first.group


def test_a_question_is_still_attributed_by_the_sentence_after_it():
    assert (only('"Why?" Clinton asked.').speaker, only('"Why?" Clinton asked.').cue) == ("Clinton", "asked")


def test_a_short_single_quoted_line_alone_in_its_paragraph_is_a_section_heading():
    article = (
        "''If I were in my 40s, I'd go back to school,'' she said.\n\n"
        "'A really tough decision.'\n\n"
        "As Ms. Bigbee and her co-workers were talking, executives were deciding.\n\n"
        "“We won the election.”"
    )
    kinds = [(q.text, q.kind) for q in extract_quotes(article)]
    assert kinds == [
        ("If I were in my 40s, I'd go back to school", "full"),
        ("A really tough decision.", "term"),
        ("We won the election.", "full"),  # double marks: a quotation standing alone, not a heading
    ]


@pytest.mark.parametrize(
    "article, text",
    [
        ('Protesters marching through the streets chanted "What curfew?" and kept going until 2 a.m.', "What curfew?"),
        ("She declared “What a Super Tuesday!” and said her campaign would go on.", "What a Super Tuesday!"),
    ],
)
def test_a_question_or_exclamation_right_after_its_verb_is_full_inside_the_writers_sentence(article, text):
    quote = only(article)
    assert (quote.text, quote.kind) == (text, "full")


def test_a_capitalised_phrase_inside_the_writers_sentence_without_its_own_mark_stays_a_fragment():
    assert only("He said “The Hispanics” love him and swore it was true.").kind != "full"


@pytest.mark.parametrize(
    "article, kind",
    [
        (
            "As for complexity, ''broadening the base and closing loopholes inevitably involve a certain amount "
            "of administration,'' said Mr. Kamin, who emphasized simplicity.",
            "full",
        ),
        ('Yet, "it is hard though to make a causal link," added Zarate, the former adviser.', "full"),
        # The writer's own sentence runs on to the quotation: a fragment, however it is attributed.
        ("The plan, he said, would be ''more tinkering at the edges,'' said Mr. Cole.", "fragment"),
    ],
)
def test_a_lower_case_quotation_that_is_the_whole_sentence_but_a_lead_in_is_full(article, kind):
    assert only(article).kind == kind


@pytest.mark.parametrize(
    "headline, speaker",
    [
        ("Hillary Clinton Speaks ‘Directly To White People’ After Latest Police Shooting", "Hillary Clinton"),
        ("Chris Christie Calls Hillary Clinton ‘A Disgrace’ On Debate Night", "Chris Christie"),
        ("Politifact: Donald Trump Is Right, ‘Thousands of Shootings’ in Chicago", "Politifact"),
        ("BREAKING: Trump Says It Is ‘A Disgrace’ In Chicago", "Donald Trump"),  # the label is no speaker
    ],
)
def test_a_headline_names_its_speaker_before_a_title_case_verb_or_a_colon(headline, speaker):
    article = headline + "\n\nHillary Clinton, Chris Christie and Donald Trump spoke in Chicago on Tuesday."
    assert extract_quotes(article)[0].speaker == speaker


@pytest.mark.parametrize(
    "first_line, speaker",
    [
        ("Sanders: Clinton needs to 'get away from all of this personality stuff' with Trump.", "Bernie Sanders"),
        ("Correction: the plan was called 'a disgrace' by nobody.", None),
    ],
)
def test_a_first_line_opening_on_a_name_and_a_colon_labels_its_fragments(first_line, speaker):
    article = first_line + "\n\nBernie Sanders offered some pointed advice to Hillary Clinton on Friday."
    assert extract_quotes(article)[0].speaker == speaker


@pytest.mark.parametrize(
    "article, speaker, cue",
    [
        (
            "Donald Trump is telling supporters after his victory in South Carolina that “when you win, it’s "
            "beautiful.”",
            "Donald Trump",
            "telling",
        ),
        ("Hillary Clinton is now warning, “We will act.”", "Hillary Clinton", "warning"),
    ],
)
def test_a_progressive_speech_verb_is_its_subjects_own(article, speaker, cue):
    quote = only(article)
    assert (quote.speaker, quote.cue) == (speaker, cue)


def test_a_passive_past_participle_is_still_no_cue():
    assert only("Clinton had been warned about “a rigged system” by nobody.").speaker is None


def test_a_subject_set_off_by_commas_from_its_verb_speaks_not_the_place_between():
    article = "Donald Trump spoke. Trump, in Kentucky, said Tuesday that Marco Rubio was “a total lightweight.”"
    quote = only(article)
    assert (quote.speaker, quote.speaker_mention) == ("Donald Trump", "Trump")


@pytest.mark.parametrize(
    "cue_sentence, speaker",
    [
        ("“We are proud,” Trump’s son said.", "Trump’s son"),
        ("Gary Johnson’s doctor is calling the candidate “extremely physically fit.”", "Gary Johnson’s doctor"),
    ],
)
def test_a_possessive_name_before_a_role_or_kin_word_is_not_the_speaker(cue_sentence, speaker):
    article = "Donald Trump and Gary Johnson spoke on Monday.\n\n" + cue_sentence
    assert extract_quotes(article)[-1].speaker == speaker


@pytest.mark.parametrize(
    "article, speaker",
    [
        ("Ted Cruz is praising Jeb Bush as “a man who didn’t go to the gutter” and more.", "Ted Cruz"),
        ("Bernie Sanders is pledging to “win many hundreds of delegates” on Tuesday.", "Bernie Sanders"),
        ("Donald Trump is questioning whether Obama would have gone “if it were held in a mosque.”", "Donald Trump"),
    ],
)
def test_progressive_forms_of_reporting_verbs_attribute_fragments(article, speaker):
    assert only(article).speaker == speaker


def test_a_relative_clause_after_a_long_clause_speaks_for_the_name_it_follows():
    article = (
        "Trump’s row with the Khan family triggered a damning reaction from U.S. President Barack Obama, who "
        "called the Republican nominee “unfit to serve” as president."
    )
    assert (only(article).speaker, only(article).cue) == ("Barack Obama", "called")


@pytest.mark.parametrize(
    "headline, speaker",
    [
        ("Donald Trump Is Now Calling Obama The ‘Most Valuable Player’ For ISIS", "Donald Trump"),
        ("Guns Are ‘The Ultimate Public Health Crisis,’ Howard Dean Tells Democratic Convention", "Howard Dean"),
    ],
)
def test_a_headline_speaker_before_a_progressive_or_after_the_quotation(headline, speaker):
    article = headline + "\n\nDonald Trump and Howard Dean spoke in Philadelphia on Tuesday."
    assert extract_quotes(article)[0].speaker == speaker


@pytest.mark.parametrize(
    "article, mention",
    [
        # "called" describes the meeting; the council speaks through the statement it issued.
        (
            "Following a swiftly called, late-afternoon meeting, the council issued a statement calling the test "
            '"a clear violation."',
            "the council",
        ),
        ("Geraldo Rivera called a screaming Santilli a “fascist” on air.", "Geraldo Rivera"),
        ('"It is bizarre," a member of the family suggested.', "a member of the family"),  # "family" is no adverb
    ],
)
def test_a_participle_used_as_an_adjective_is_no_cue(article, mention):
    assert only(article).speaker_mention == mention


@pytest.mark.parametrize(
    "article, speaker",
    [
        ("Tom Fitton, the president of Judicial Watch, said that ''the damage is done.''", "Tom Fitton"),
        (
            "Bill de Blasio spoke. Asked about the attacks, which were seen as an intelligence failure, de Blasio "
            "said, “I have not heard that particular concern.”",
            "Bill de Blasio",
        ),
        (
            "Al Sharpton spoke. Eight years ago, he supported Barack Obama over Clinton and said, “Hillary Clinton "
            "has never done nothing for us.”",
            "Al Sharpton",
        ),
        (
            "Bernie Sanders spoke. Following Sanders' loss, he said, “I did not put down conditions.”",
            "Bernie Sanders",
        ),
    ],
)
def test_the_subject_is_found_past_appositives_particles_and_coordinated_verbs(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


def test_rooms_hotels_and_fairgrounds_are_no_people_a_pronoun_could_mean():
    article = (
        "President Barack Obama spoke on Tuesday. Amy Schumer was in the White House East Room for the "
        "announcement. She became a voice for gun control.\n\nThe president noted that he taught constitutional "
        "law, and added: “I know a little about this.”"
    )
    assert only(article).speaker == "Barack Obama"


def test_a_headline_full_name_completes_a_surname_the_body_uses_alone():
    article = (
        "Hillary Clinton Goes After Donald Trump As The New Mitt Romney\n\n"
        "If it worked against Mitt Romney, it might work against Donald Trump. Kenneth Baer, who runs Crosscut "
        "Strategies, watched.\n\nOn Monday night, Clinton leaned in, painting Trump as a Romney caricature. She "
        "started off by emphasizing fairness.\n\n“Why won’t he release his tax returns?” she said."
    )
    assert extract_quotes(article)[-1].speaker == "Hillary Clinton"


@pytest.mark.parametrize("first_name, pronoun", [("Mitt", "he"), ("Rand", "he"), ("Kellyanne", "she")])
def test_first_names_the_gender_table_lacks_or_gets_wrong(first_name, pronoun):
    from service.extraction.gender import first_name_gender, pronoun_gender

    assert first_name_gender(first_name) == pronoun_gender(pronoun)


@pytest.mark.parametrize(
    "article, speaker",
    [
        (
            'Sen. Marco Rubio responded first.\n\n"I have been warning that North Korea is run by a lunatic," the '
            "Florida senator and Republican presidential candidate said.",
            "Marco Rubio",
        ),
        ("''He deserved it,'' the assailant, John McGraw, told the television program.", "John McGraw"),
        ("“She is also a mother,” another friend, Mariam Emara, told CNN.", "Mariam Emara"),
        (
            "François Hollande spoke.\n\n“France will always be France,” an angry Hollande retaliated.",
            "François Hollande",
        ),
    ],
)
def test_after_a_quotation_descriptions_and_their_names_are_read_whole(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


@pytest.mark.parametrize(
    "article, speaker",
    [
        ("“The emails were largely sent in 2012 and 2013,” CBS News reported.", "CBS News"),
        ("“Clinton leads by five points,” reported Reuters. Trump trails.", "Reuters"),
        # the outlet relays words its sentence already gives to someone
        (
            "Hillary Clinton pledged to “promote the kinds of changes we need,” the Orlando Sentinel reported.",
            "Hillary Clinton",
        ),
    ],
)
def test_an_outlet_reported_after_a_quotation_speaks_unless_the_sentence_names_a_speaker(article, speaker):
    assert only(article).speaker == speaker


@pytest.mark.parametrize(
    "credit_line, speaker",
    [("- Sanders.", "Bernie Sanders"), ("-President Obama, tweeting after Clinton's speech.", "Obama")],
)
def test_a_credit_line_after_a_quotation_paragraph_may_be_a_surname_or_carry_a_note(credit_line, speaker):
    article = 'Bernie Sanders and President Obama spoke.\n\n"We will win this race."\n\n' + credit_line
    assert extract_quotes(article)[-1].speaker == speaker


@pytest.mark.parametrize(
    "cue_sentence, speaker",
    [
        ('"Go Donald Trump, go!" Italy\'s Northern League leader Matteo Salvini wrote on Facebook.', "Matteo Salvini"),
        ('"These are the darkest days," former George W. Bush speechwriter Noam Neusner wrote.', "Noam Neusner"),
        ('"It is a victory," Judicial Watch president Tom Fitton said.', "Tom Fitton"),
        # a name after a preposition is no head noun
        (
            '"It will pass," says Stu Rothenberg of the non-partisan Rothenberg-Gonzales Political Report.',
            "Stu Rothenberg",
        ),
        (
            '"They stood in line," said Meenakshi Ganguly, South Asia director at Human Rights Watch.',
            "Meenakshi Ganguly",
        ),
    ],
)
def test_a_full_name_ending_the_speaker_phrase_is_its_head(cue_sentence, speaker):
    assert only(cue_sentence).speaker == speaker


def test_a_coordinated_verb_speaks_for_the_subject_of_the_first_verb_not_the_names_after_it():
    article = (
        "Bill de Blasio spoke.\n\nDe Blasio said the move was made by NYPD commissioner Bill Bratton and said, "
        "“Who are you going to trust on security?”"
    )
    assert extract_quotes(article)[-1].speaker == "Bill de Blasio"


@pytest.mark.parametrize(
    "article, speaker",
    [
        (
            "Joe Biden spoke in Scranton. Trump said Obama founded the Islamic State, Biden said.\n\n"
            "“The threat to their life has gone up,” he said.",
            "Joe Biden",
        ),
        ("Donald Trump spoke. He's Donald Trump, and he said Iraq was “a terrible mistake.”", "Donald Trump"),
    ],
)
def test_organisations_and_contractions_make_no_person_names(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


def test_a_quotation_paragraph_after_a_narrative_paragraph_reporting_a_person_is_theirs():
    article = (
        "“Things are negotiable,” Trump said.\n\n"
        "Trump added that the negotiation does not include nixing the idea altogether.\n\n"
        "“Building it? Not negotiable.”\n\n"
        "“Would it be negotiable about the 11 million?” Hannity pressed."
    )
    quotes = extract_quotes(article)
    assert [(q.speaker, q.group) for q in quotes] == [("Trump", 0), ("Trump", 1), ("Hannity", 2)]


def test_a_quotation_paragraph_after_narrative_without_a_speaker_stays_unattributed():
    article = "The rally was loud.\n\nThe crowd left early because of the rain.\n\n“Building it? Not negotiable.”"
    assert only(article).speaker is None


@pytest.mark.parametrize(
    "article, speaker",
    [
        ('Ted Cruz spoke in July. Cruz exhorted Republicans to "vote your conscience" at the convention.', "Ted Cruz"),
        ("PolitiFact rated the claim “pants on fire” last week.", "PolitiFact"),
        ('Aaron Kall compared Trump to a coach who is "working the referees" in hopes of a call.', "Aaron Kall"),
        ("Talk compared to 'working the referees' at a basketball game.", None),  # compared to: no comparer
    ],
)
def test_characterising_verbs_attribute_fragments(article, speaker):
    assert only(article).speaker == speaker


@pytest.mark.parametrize(
    "article, speaker, cue",
    [
        ('Hillary Clinton supports "appropriate pay raises" for federal workers.', "Hillary Clinton", "supports"),
        (
            'Mike Huckabee, for his part, is branding the actions "a blatant, belligerent abuse of power".',
            "Mike Huckabee",
            "is branding",
        ),
        (
            "Senator Ben Cardin of Maryland, a Democrat on the finance committee, advocates a ''progressive "
            "consumption tax'' modeled on a professor's.",
            "Ben Cardin",
            "advocates",
        ),
        (
            'Sen. Susan Collins (R-Maine) joined the group this week, hammering his "unsuitability for office."',
            "Susan Collins",
            "joined",
        ),
        ('Sebastian Gorka made the point that she would be "a third Obama term".', "Sebastian Gorka", "made"),
        (
            "Barack Obama expressed a deep regret for ''my inability to reduce the meanness''.",
            "Barack Obama",
            "expressed",
        ),
        (
            'Bernie Sanders has proposed appointing a "chief trade prosecutor" to the cabinet.',
            "Bernie Sanders",
            "has proposed",
        ),
        # A copula: the words describe the subject, someone else's. A passive: nobody says them.
        ('Ted Cruz is "a basket case" in the eyes of many.', None, None),
        ('Corey Lewandowski was ousted "for cause" last week.', None, None),
        # Standings quote a poll's label; a list of plural nouns has no verb.
        ('Hillary Clinton leads by 21 points among those who are "very liberal".', None, None),
        ('Latin American artists, writers and scientists published a letter on the "hateful discourse".', None, None),
        # Somebody else named between the verb and the quotation may be the one quoted.
        ('Jeb Bush defended Ted Cruz as "a principled man" at the rally.', None, None),
    ],
)
def test_a_fragment_without_a_speech_verb_is_its_sentences_subjects_when_the_subjects_verb_reports(
    article, speaker, cue
):
    quote = only(article)
    assert quote.kind in ("fragment", "term")
    assert (quote.speaker, quote.cue) == (speaker, cue)


@pytest.mark.parametrize(
    "article, speaker",
    [
        (
            "Still, the Business Council of British Columbia opposed an increase.\n\n"
            "''Keep the carbon tax in place,'' it recommended.",
            "Business Council of British Columbia",
        ),
        (
            "Trump’s campaign put out a statement contradicting his comments. In cases of abortion, it said, "
            "“the doctor would be held responsible.”",
            "Trump’s campaign",
        ),
        ("The report is long. It points out that “the penalties are so light.”", "report"),
        # A body described with lower-case words, and a paper.
        (
            "The city council said in a statement that 2,500 civilians had been killed. "
            '"The occupiers are destroying the city," it said.',
            "city council",
        ),
        ('The paper notes the government monitors mosques, and it says websites were blocked "as offensive."', "paper"),
        ("Nobody was there. “We left,” it said.", None),  # nothing for "it" to be
    ],
)
def test_it_speaks_for_the_latest_organisation_or_text_named_before_it(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # A name and "for" after a verb of praise or blame is its object, not an inverted subject.
        ("Trump, who has a commanding lead, mocked Marco Rubio for “having a tough night.”", "Trump"),
        # Nothing inside the relative clause names the speaker, not even a clause that looks like a subject.
        ('Clinton, who called Sanders after the winner was declared, told them, "I still love it."', "Clinton"),
        # With "but" as with "and", the subject of the first verb speaks, even as a lone surname.
        ("Boreing said the members will meet for drinks and speakers, but said, “It’s time we change.”", "Boreing"),
        ("Trump joked that Brooklyn was his answer, but went on to say, “There are dangerous places.”", "Trump"),
        # A place after a place does not close the relative clause.
        ("Swanson, who is a pastor in Elizabeth, Colorado, slammed the Scouts for promoting “lesbianism.”", "Swanson"),
        # "for" and an affiliation after an inverted name is no object.
        ("“The impact is still small,” wrote Cameron Easley for Morning Consult.", "Cameron Easley"),
    ],
)
def test_the_subject_of_a_clause_speaks_not_the_words_inside_it(article, speaker):
    assert only(article).speaker_mention.startswith(speaker)


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        (
            "Senator Shelley Moore Capito, Republican of West Virginia, called over her shoulder, ''His comments "
            "are not helping.''",
            "Shelley Moore Capito",
        ),
        ('"I was shocked," said South Korean-born Monte Haines.', "Monte Haines"),
        # A role with no name stays itself, not merged into the Nevada Democrat quoted before.
        ('"It is wide," said a Nevada Democrat. "Look," added a South Carolina Democrat.', "South Carolina Democrat"),
    ],
)
def test_a_compass_word_opens_a_place_not_a_title(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


def test_a_quoted_label_modifying_a_noun_is_a_term_that_keeps_out_of_the_attribution():
    article = (
        "“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy "
        "hat and “Ted Cruz” campaign pins, said matter-of-factly."
    )
    quotation, label = extract_quotes(article)
    assert (quotation.speaker, quotation.cue) == ("Bill Eastland", "said")
    assert (label.text, label.kind, label.speaker) == ("Ted Cruz", "term", None)


def test_a_one_word_work_after_a_possessive_keeps_out_of_the_attribution():
    article = "Kerry Washington, star of television’s “Scandal,” thanked Obama for “taking these steps.”"
    work, fragment = sorted(extract_quotes(article), key=lambda q: q.start)
    assert (work.text, work.kind) == ("Scandal", "term")
    assert (fragment.speaker, fragment.cue) == ("Kerry Washington", "thanked")


@pytest.mark.parametrize(
    "article",
    [
        "“Thank You Very Much” said the crowd.",  # a speech verb after it
        "at the end of ''A Change Is Gonna Come,'' she added the words.",  # punctuation inside the marks
    ],
)
def test_a_quotation_followed_by_a_lower_case_word_is_not_always_a_label(article):
    (quote,) = extract_quotes(article)
    assert quote.speaker is not None or quote.cue is not None


def test_a_colon_introduction_is_spoken_by_the_subject_after_an_opening_clause():
    article = (
        "When Wallace died in 1998, President Bill Clinton released the following statement:\n\n"
        "“Hillary and I offer our condolences to the family and friends of George Wallace.”"
    )
    assert only(article).speaker == "Bill Clinton"


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # The subject after a relative pronoun speaks the relative clause's verb.
        ("Trump spoke after his victories, in which Trump declared his success was “tremendous news.”", "Trump"),
        ("Much of his ire was directed at Bannon, who Beck on Wednesday called “a horrible human being.”", "Beck"),
        # A place after a place is no subject.
        ('Clinton, during a town hall in Columbus, Ohio, said she was "going to put them out of work."', "Clinton"),
        # ... but a lone surname after a name is one: 'Of Carson, Levine'.
        ("Of Carson, Levine, who has given money to Marco Rubio, said, “He’s flat-out scary.”", "Levine"),
        # A clause after an inverted verb reports, it does not name a speaker.
        ("Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could win Maryland.", None),
    ],
)
def test_relative_clauses_places_and_reported_clauses_name_the_right_speaker(article, speaker):
    assert only(article).speaker_mention == speaker


def test_a_participle_takes_a_description_that_opens_its_sentence():
    article = (
        "Marco Rubio spoke over boos. Rubio offered the crowd an evaluation.\n\n"
        "The Florida senator took a heckler in stride, saying the person would “not get beat up” at his rally."
    )
    assert (only(article).speaker_mention, only(article).speaker) == ("The Florida senator", "Marco Rubio")
    article = 'In three interviews, the justice sounded off on Trump, saying she didn\'t "want to contemplate" it.'
    assert only(article).speaker_mention == "the justice"
    # Before any name the rest of the sentence holds.
    article = (
        "Prime Minister David Cameron spoke on Monday.\nThe spokesman refused to answer questions on who Cameron "
        "would like to see win in November but said no meeting was planned, adding: “If one is proposed we will "
        "consider it.”"
    )
    assert (only(article).speaker_mention, only(article).speaker) == ("The spokesman", "spokesman")


def test_a_participle_opening_its_sentence_goes_on_with_the_speaker_of_the_sentence_before():
    article = (
        "Bill Maher hosted Bernie Sanders.\n\nLater in the show, after the Sanders interview concluded, Maher "
        "stated of the email scandal that the report “wasn’t good.” Adding, “Now, like with all Clinton scandals, "
        "what they actually do is never that bad.”"
    )
    # The verb closing the opening clause ("concluded,") is not the reporting verb of the fragment either.
    assert [(q.speaker, q.cue) for q in extract_quotes(article)] == [("Bill Maher", "stated"), ("Bill Maher", "adding")]


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # Someone's aide or confidant is not that someone.
        (
            "Donald Trump proposed a ban. In response, Hillary Clinton’s right-hand woman rallied supporters, saying: "
            "“We have to be ready to stop him.”",
            "Hillary Clinton’s right-hand woman",
        ),
        (
            "Donald Trump spoke in Ohio.\n\nDonald Trump’s campaign manager says he is “gratified” by the decision.",
            "Donald Trump’s campaign manager",
        ),
        (
            "Donald Trump spoke in Ohio.\n\n“They do not understand the voters,” one Trump confidant said.",
            "one Trump confidant",
        ),
        # Someone's campaign speaks for them, through a participle as through a verb.
        (
            "Trump spoke about Paul Ryan.\n\nRyan’s campaign shrugged off Trump’s comments, telling reporters, "
            "“Neither Speaker Ryan nor anyone on his team has ever asked.”",
            "Paul Ryan",
        ),
    ],
)
def test_a_possessive_description_speaks_for_its_owner_only_as_their_campaign(article, speaker):
    assert only(article).speaker == speaker


def test_a_thing_after_with_speaks_the_participle_that_follows_it():
    article = (
        "Kloppenburg and her backers tried to tie Bradley to Walker, with one of her ads asking, “Is Rebecca Bradley "
        "independent enough to serve on the Supreme Court?”"
    )
    assert (only(article).speaker_mention, only(article).speaker) == ("one of her ads", "one of her ads")


@pytest.mark.parametrize(
    ("article", "mention"),
    [
        # "which" after a comma goes back to the thing that ends the clause before it.
        (
            "Mike Pence spoke.\n\nPence’s press release linked to the Associated Press report, which notes, “More "
            "than half the people who met with Hillary Clinton gave money.”",
            "the Associated Press report",
        ),
        # After a preposition its clause names its own subject ("to which 21 percent said").
        (
            "This was reflected in another question that asked Democrats how likely Clinton was to defeat Trump in the "
            "general election, to which 21 percent said “not too likely.”",
            None,
        ),
    ],
)
def test_which_refers_back_to_the_thing_before_it(article, mention):
    assert extract_quotes(article)[0].speaker_mention == mention


def test_a_role_with_its_place_names_the_topic_of_the_story_not_whoever_was_named_last():
    article = (
        "Mike Pence says too much is made of Donald Trump’s tweets.\n\n"
        "The Republican vice presidential nominee was speaking Friday in Fort Wayne, Indiana, hours after Trump "
        "unleashed a flurry of tweets.\n\n"
        "The Indiana governor said Democrats are to blame for focusing on “he said this, he tweeted that.”"
    )
    assert only(article).speaker != "Donald Trump"
    article = "Ted Cruz warned against a brokered convention. “It would be a disaster,” the Texas senator said."
    assert only(article).speaker == "Ted Cruz"


def test_a_quotation_paragraph_announced_by_the_narrative_before_it_is_not_joined_to_the_next():
    article = (
        "“By the way it is negotiable,” Trump said.\n\n"
        "Trump was quick to add that the negotiation does not include nixing the idea altogether.\n\n"
        "“Building it? Not negotiable.”\n\n"
        "“Would it be negotiable about the 11 million?” Hannity pressed."
    )
    quotes = extract_quotes(article)
    assert [(q.speaker, q.group) for q in quotes] == [("Trump", 0), ("Trump", 1), ("Hannity", 2)]
    assert quotes[1].cue == "was quick to add"


@pytest.mark.parametrize(
    ("article", "speaker", "cue"),
    [
        # After a quotation, a verb that is usually a noun leads its subject.
        ("“There is more spine in invertebrates,” reads a Wednesday editorial.", "Wednesday editorial", "reads"),
        # A sentence ending on its speech verb introduces the quotation after it.
        ("Sam Lau, the spokesman for the party said in a statement. “There are no ballots.”", "Sam Lau", "said"),
        ("Anthony Anton, president and CEO of the Association stated, “It’s math.”", "Anthony Anton", "stated"),
        # A particle opens a name: 'dos Santos says'.
        (
            'The ACLU won\'t be representing Santilli but plans to watch his case, dos Santos says. "It is wrong."',
            "dos Santos",
            "says",
        ),
    ],
)
def test_more_attribution_shapes(article, speaker, cue):
    quote = only(article)
    assert (quote.speaker_mention.removeprefix("a "), quote.cue) == (speaker, cue)


def test_a_stray_mark_from_nested_nyt_quotes_does_not_hide_the_speaker():
    article = "''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said. ''It is all lies.''"
    assert [(q.speaker, q.cue) for q in extract_quotes(article)] == [("Putin", "said"), ("Putin", "said")]


def test_a_quotation_introduced_by_its_own_cue_is_not_the_next_speakers():
    article = "When someone in the audience shouted, “Cruz,” Beck joked, “Amen, brother! Come on up!”"
    shout, joke = extract_quotes(article)
    assert (shout.speaker_mention, shout.cue) == ("someone in the audience", "shouted")
    assert (joke.speaker, joke.cue) == ("Beck", "joked")
    assert shout.group != joke.group
    # The same person named twice keeps one quotation.
    first, second = extract_quotes("Sanders said, “We will win,” Mr. Sanders added, “and soon.”")
    assert first.group == second.group


@pytest.mark.parametrize("name", ["J.J. Goldberg", "G.K. Butterfield", "J.J. MacNab"])
def test_double_initials_open_a_name(name):
    article = f"Just last week, {name}, an editor at large, wrote, ''When we think of ISIS, we should think of war.''"
    assert only(article).speaker == name


def test_a_source_labelled_after_a_dash_before_a_colon_speaks():
    article = (
        "“They showed Trump with a bigger lead,” Carl Bialik wrote.\n\n"
        "But polls did predict the Democratic caucus - HuffPollster: “Most pollsters fared much better.”"
    )
    assert [q.speaker for q in extract_quotes(article)] == ["Carl Bialik", "HuffPollster"]


def test_a_usually_noun_verb_after_a_described_subject_after_a_quotation_is_its_cue():
    article = (
        "“Hi Americans! Donald Trump may become the President of your country!” a welcome message on the website "
        "reads. “If that happens, might I suggest moving to Cape Breton Island!”"
    )
    quotes = extract_quotes(article)
    assert [(q.kind, q.speaker_mention, q.group) for q in quotes] == [
        ("full", "a welcome message on the website", 0),
        ("full", "a welcome message on the website", 0),
    ]
    # 'the rest of the states': a noun after "the" is no verb.
    assert only("They were “picking up delegates” in the rest of the states.").cue is None


def test_a_second_cue_after_a_sentences_own_quotation_introduces_the_next_one():
    article = "“Tell her I promised you a picture,” Ebeling said, and her husband cut in. “Don’t forget Tom.”"
    first, second = extract_quotes(article)
    assert (first.speaker, second.speaker_mention, second.cue) == ("Ebeling", "her husband", "cut in")
    assert first.group != second.group
    # A credit after the cue is no second speaker.
    article = "“A suit has been filed,” Jamal Ware said in a statement according to The Blaze. “We disagree strongly.”"
    assert [q.speaker for q in extract_quotes(article)] == ["Jamal Ware", "Jamal Ware"]


def test_an_inverted_verb_right_after_a_question_attributes_it_whatever_verbs_came_before():
    article = (
        "If Russia is meddling — as researchers believe, but Moscow strongly denies — “why wouldn’t you raise "
        "the potential?” asked Dunn, now a partner at a firm. “I think it’s only prudent.”"
    )
    assert [(q.speaker, q.cue) for q in extract_quotes(article)] == [("Dunn", "asked"), ("Dunn", "asked")]


def test_it_before_a_usually_noun_verb_is_the_subject_that_names_something():
    article = (
        "Donald Trump’s campaign is defending his tweets. It’s denouncing what it calls “the single-biggest "
        "coordinated media attack in history.”"
    )
    assert (only(article).speaker_mention, only(article).cue) == ("it", "calls")


def test_a_party_letter_after_a_name_is_no_photo_caption():
    article = (
        "New Jersey Gov. Chris Christie (R), a staunch Donald Trump ally, acknowledged some plagiarism, saying, "
        '"Ninety-three percent of the speech is completely different."'
    )
    assert only(article).speaker == "Chris Christie"
    caption = "Leonid Pasechnik (L) and Denis Pushilin (R) at a briefing in Donetsk. “We ask for help,” they said."
    assert extract_quotes(caption) == []


def test_a_work_title_in_an_appositive_is_a_term_that_keeps_out_of_the_attribution():
    article = (
        "''It does sound as if the F.B.I. believes a compromise is likely,'' said Adam Segal, the author of "
        "''Hacked World Order,'' who studies cyber issues. ''Sophisticated attackers would have targeted it.''"
    )
    first, work, second = sorted(extract_quotes(article), key=lambda q: q.start)
    assert (work.text, work.kind, work.speaker) == ("Hacked World Order", "term", None)
    assert [(q.speaker, q.cue, q.group) for q in (first, second)] == [("Adam Segal", "said", 0)] * 2


def test_a_person_after_with_is_the_subject_of_the_participles_that_follow():
    article = (
        'Republicans were quick to chime in, with Donald Trump tweeting that it was a "disaster" for Clinton and '
        'asking, "How can someone with such bad judgement be our next president?"'
    )
    assert [q.speaker for q in extract_quotes(article)] == ["Donald Trump", "Donald Trump"]


def test_the_subject_of_an_absolute_with_clause_is_a_pronouns_antecedent():
    article = (
        "“The losses would outstrip the gains,” said Lily Batchelder.\n\n"
        "It’s become a major issue, with Hillary Clinton — who’s called for big tax hikes on the rich — "
        "lambasting Trump’s plan.\n\n"
        "“The kind of plan that Donald has put forth would be trickle-down economics all over again,” she said."
    )
    assert extract_quotes(article)[-1].speaker == "Hillary Clinton"


def test_a_kin_word_opening_the_sentence_is_whom_its_pronoun_means():
    article = (
        "Like President Obama, I believe in the good sense of the American people.\n\n"
        "My mother has softened with age, but even now at 86 she still says things such as, \"We're not all "
        'meant to be equal, you know."'
    )
    assert only(article).speaker == "My mother"
    # A possessive is no subject: "His father's sudden death … drives him".
    article = 'Thomas Perez spoke. His father\'s sudden death when he was 12 drives him "to have purpose," he said.'
    assert only(article).speaker == "Thomas Perez"


def test_a_pronoun_and_its_own_verb_are_no_speaker_phrase():
    article = 'She has done nothing wrong. I hope in 2017 America says, "President Clinton, thank you for all of it."'
    assert only(article).speaker_mention != "I hope in 2017 America"


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        (
            '"We built it together," said Tim Hess, a developer.\n\n'
            'His former partner, Lawrence B. Cummings, called him a master at bolting together deals. "He showed '
            "again and again an ability to put together deals that other people couldn't.\"",
            "Lawrence B. Cummings",
        ),
        (
            'Sanders said: "Absolutely. It\'s time for low-wage workers to organize."\n\n'
            'Hillary Clinton touted her credentials as a co-sponsor of the legislation. "We need to find ways to '
            'support workers that want a union."',
            "Hillary Clinton",
        ),
    ],
)
def test_a_quotation_sentence_after_a_sentence_reporting_someone_speaking_is_theirs(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # The participle goes with the sentence's reporting verb, not with a name inside the reported clause.
        (
            "Alongside BLM calls for action, even a top GOP strategist said Hillary Clinton will have to choose, "
            "saying, “At some point, she is going to have to come out on where she stands.”",
            "top GOP strategist",
        ),
        (
            "Hillary Clinton spoke. On CBS the day before, she stated, “An absence of action would have turned Libya "
            "into Syria,” adding, “I think maybe 1,500 people were killed last year.”",
            "Hillary Clinton",
        ),
        # A noun before the participle's comma is no verb: "Ryan's comments, saying".
        ("One operative tried to downplay Ryan’s comments, saying they were “not a big deal.”", "One operative"),
    ],
)
def test_a_participle_takes_the_subject_of_the_sentences_reporting_verb(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


def test_the_object_of_an_ing_verb_in_a_subject_phrase_is_not_the_speaker():
    article = (
        "Barack Obama won Iowa in 2008. White America embracing Obama announced “a different era, that’s the best "
        "way to put it.”"
    )
    assert only(article).speaker != "Barack Obama"
    # '-leaning' after an article describes the name it precedes.
    article = "A paper from the left-leaning Brookings Institution said, “Families at the top would receive more.”"
    assert only(article).speaker == "Brookings Institution"


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        ("After Trump argued that Medicare can't be cut, Marco Rubio said his “numbers don’t add up.”", "Marco Rubio"),
        (
            "When Trump suggested that Cuba would sue the U.S., Marco Rubio fired back forcefully: “If they sue us in "
            "a court in Miami, they’re going to lose.”",
            "Marco Rubio",
        ),
        # An opening clause with no cue is no clause to skip: "As John Cornyn, the No. 2, put it:".
        ('As John Cornyn, the No. 2 in the GOP, put it: "This person will not be confirmed."', "John Cornyn"),
    ],
)
def test_an_opening_clause_reporting_someone_else_does_not_speak_for_the_main_clause(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # "once" before a verb is "at one time", not "when": "once asked" stays passive only after "when"/"if".
        (
            "The community recognises it (Raphael Lemkin, who coined the word genocide, once said, “It happened so "
            "many times, first to the Armenians.”). Israel does not.",
            "Raphael Lemkin",
        ),
        ("Famed fight doctor Ferdie Pacheco once said, “Cassius Clay was born in Louisville.”", "Ferdie Pacheco"),
    ],
)
def test_once_before_a_cue_is_the_subjects_own_verb(article, speaker):
    quote = extract_quotes(article)[-1]
    assert (quote.kind, quote.speaker, quote.cue) == ("full", speaker, "said")


def test_a_questions_auxiliary_is_no_part_of_the_speaker():
    article = "And will their editors, who once called these stories ''spinach,'' want to publish them?"
    assert only(article).speaker_mention == "their editors"


@pytest.mark.parametrize(
    ("article", "mention", "cue"),
    [
        # A plain present verb after a plural subject reports, like its third-person form.
        ("Even at best, they write, banking has ''produced nothing of value.''", "they", "write"),
        ("The groups wrote to Clinton. They argue that Clinton should “lead by example.”", "They", "argue"),
    ],
)
def test_a_plain_present_verb_after_a_plural_subject_is_a_cue(article, mention, cue):
    quote = extract_quotes(article)[-1]
    assert (quote.speaker_mention, quote.cue) == (mention, cue)


@pytest.mark.parametrize(
    "article",
    [
        # After "to" or a modal the plain form has no subject of its own; inanimate "suggest" is no cue at all.
        "The Republican candidate appeared to assert that he was “trying to save lives.”",
        "The remarks suggest Mr. Trump is railing against a “corrupt” process.",
    ],
)
def test_a_plain_present_verb_without_a_plural_subject_is_no_cue(article):
    assert extract_quotes(article)[-1].cue not in ("assert", "suggest")


def test_a_source_labelled_after_a_dash_beats_a_verb_before_the_dash():
    article = "Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”"
    quote = only(article)
    assert (quote.speaker, quote.cue) == ("Carl Bialik", ":")


@pytest.mark.parametrize(
    "article",
    [
        "Stephen S. Cohen and J. Bradford DeLong write that banking has “produced nothing of value.”",
        "“It produced nothing of value,” Stephen S. Cohen and J. Bradford DeLong wrote.",
    ],
)
def test_two_people_named_together_speak_together(article):
    quote = only(article)
    assert quote.speaker == "Stephen S. Cohen and J. Bradford DeLong"
    assert quote.speaker_mention == "Stephen S. Cohen and J. Bradford DeLong"


def test_two_surnames_named_together_resolve_to_both_people():
    article = "Donald Trump met Patrick Leahy. “It is bad,” Trump and Leahy wrote."
    assert only(article).speaker == "Donald Trump and Patrick Leahy"


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # An outlet credited for words nobody else is given says them itself.
        ("According to Reuters, “America’s porous gun laws empower dealers.”", "Reuters"),
        # "the newspaper", "the network": the outlet the article last named.
        (
            "On November 18, the New York Daily News suggested the attacks highlight a threat.\n\n"
            "According to the newspaper, “America’s porous gun laws empower dealers.”",
            "New York Daily News",
        ),
        (
            "An intelligence source told Fox News.\n\nSection 1001 can be applied, “when individuals make misleading "
            "statements,” according to the news outlet.",
            "Fox News",
        ),
        # A person after "according to" is the speaker however they are described ("talk radio host").
        ("According to conservative talk radio host Rush Limbaugh, the move reeks of “fear.”", "Rush Limbaugh"),
    ],
)
def test_an_outlet_credited_with_nobody_else_named_is_the_speaker(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


def test_an_outlet_credited_after_a_quotation_its_sentence_gives_someone_only_relays_it():
    article = (
        "Bernie Sanders spoke on Saturday.\n\nOn Saturday, Sanders made clear that the meeting was not political, "
        'saying that those who thought so should "look for a psychiatrist," according to Reuters.'
    )
    quote = only(article)
    assert (quote.speaker, quote.speaker_mention, quote.cue) == ("Bernie Sanders", "Sanders", "saying")
    assert quote.credited_source == "Reuters"


def test_a_pronoun_subject_after_an_opening_clause_without_a_comma_speaks_a_participle():
    article = (
        "Judge Richard Berman took a recess.\n\nWhen he returned he began by saying, “I don’t think it is "
        "necessary.” Just those words."
    )
    assert only(article).speaker == "Richard Berman"


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # Someone else opening a sentence after the attribution takes the floor from the last speaker.
        (
            "My lawyer Ben Brafman was there. Judge Richard Berman took a recess.\n\n“I don’t think it is "
            "necessary,” Berman said. I was elated. Brafman, however, could not have been more delighted. His eyes "
            "gleaming, as if to say, “Did you see me pull that off?”",
            None,
        ),
        # A name inside the sentence, not opening it, does not ("But the oversized Trump face …").
        (
            '"This is a social critique," said Freddy Ortega, who also stars in the show. But the oversized Donald '
            'Trump face beaming from billboards has not hurt interest. "It\'s had a marvelous result."',
            "Freddy Ortega",
        ),
        # The floor is taken in the next paragraph too: a question put by someone else after the answer.
        (
            "“She talks to the press everywhere she goes,” Kaine responded.\n\nCo-anchor Norah O’Donnell, who was "
            "off-screen, then loudly asked, “Really?”",
            None,
        ),
        # And by the quotation's own sentence naming someone else, however it opens.
        (
            "“You can wreck their career in a minute,” Anna Palmer said.\n\nWhen Jake Sherman was at Columbia, he "
            "studied under Wayne Barrett, whose dictum to his interns was, “It’s not a good story if you don’t get "
            "a death threat.”",
            None,
        ),
    ],
)
def test_a_cueless_quotation_continues_the_last_speaker_unless_someone_else_took_the_floor(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


def test_an_event_is_no_person_and_a_middle_name_does_not_decide_gender():
    # "French Open" is a tournament, not Mr. Open; "Billie Jean King" is not male for her French middle name.
    article = (
        "Spectators at the French Open men’s final paid tribute to Ali.\n\nTennis great Billie Jean King remembered "
        "Ali as fun to be around. She witnessed the fight in 1971.\n\n“He always whispered in my ear, ‘You are the "
        "Queen,’” she said."
    )
    assert only(article).speaker == "Billie Jean King"


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # The people a question opening the sentence asks about are not who answers it.
        (
            "Susan Sarandon spoke to MSNBC.\n\nAsked about her own vote in the event that Hillary Clinton faces "
            "Donald Trump, she replied: “I don’t know.”\n\n“Really,” she added.",
            "Susan Sarandon",
        ),
        (
            "Donald Trump met Paul Ryan on Thursday. Asked on Fox News who leads the party in his view, he said "
            "Ryan. “I would say Paul for the time being,” he said.",
            "Donald Trump",
        ),
        # Opening the main clause, the person answers: "Asked about it, Clinton said".
        ("Asked about Donald Trump, Hillary Clinton said: “I don’t know.”", "Hillary Clinton"),
    ],
)
def test_whom_a_question_opening_the_sentence_asks_about_is_not_who_answers(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # A full stop after a word ends the capitalised run: "Tywanza. Sanders" is two names, not one non-name.
        (
            "Felicia Sanders and Polly Sheppard survived the shooting.\n\nDylann Roof is accused of killing nine "
            "people, including Sanders’ son, Tywanza. Sanders called her son her hero.\n\n“Hate destroys those who "
            "harbor it,” she said.",
            "Felicia Sanders",
        ),
        ("Critics include Jacob J. Lew. Lew said, “It is needed.”", "Jacob J. Lew"),
        # After an abbreviation or an initial the run goes on.
        ("Sen. Ted Cruz spoke. Gen. Joseph F. Dunford Jr. said, “We are ready.”", "Joseph F. Dunford Jr"),
        # The second of two people joined by "and" is no subject where the first is none ("loyalists to …").
        (
            "Don Fowler spoke. Replacing Clinton could lead to lobbying by loyalists to Joe Biden and Bernie Sanders. "
            "That’s why, he argued, the party should be prepared.\n\n“This is a different time,” he said.",
            "Don Fowler",
        ),
    ],
)
def test_a_sentence_ending_on_a_capitalised_word_does_not_hide_the_next_sentences_name(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


def test_a_sentence_opening_participle_is_no_first_name():
    article = "Hillary Clinton wrote back. Asserting Clinton was right, she replied, “So far so good.”"
    assert only(article).speaker == "Hillary Clinton"


def test_a_mistyped_closing_single_mark_ends_a_double_quotation_before_the_narrative():
    article = "Schumer tweeted: “Let’s go. We can stop it.’ Schumer was in the East Room. She starred in “Trainwreck.”"
    quotes = extract_quotes(article)
    assert [q.text for q in quotes] == ["Let’s go. We can stop it.", "Trainwreck."]
    # With a ” still to come, or inside a single quotation, the mark is what it seems.
    assert [q.text for q in extract_quotes("He said: “It is fine,’ then left.”")] == ["It is fine,’ then left."]
    assert [q.text for q in extract_quotes("He said: “I told him ‘no.’ Then he left.”")] == [
        "I told him ‘no.’ Then he left."
    ]


def test_an_inverted_cue_closing_the_sentence_attributes_a_quotation_the_writer_qualifies():
    article = (
        "''The most impressive aspect has been a newfound resilience by consumers,'' like the recent volatility of "
        "financial markets, said Richard Curtin, the chief economist."
    )
    quote = only(article)
    assert (quote.kind, quote.speaker, quote.cue) == ("full", "Richard Curtin", "said")


def test_an_inverted_cue_after_a_sentence_opening_conjunction_names_its_speaker():
    article = 'Sam Solovey worked with Trump. But, said Solovey, "I don\'t want to drum up conflict."'
    assert (only(article).speaker, only(article).speaker_mention) == ("Sam Solovey", "Solovey")


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # A wire headline in sentence case labels its speaker before the colon.
        (
            "Clinton: Time for ‘intensification’ of ISIL strategy.\n\nHillary Clinton says the U.S. must fight.",
            "Hillary Clinton",
        ),
        # "The Latest:" is a running head, not a speaker.
        ("The Latest: Sanders declares ‘revolution,’ ignores losses.\n\nBernie Sanders spoke.", "Bernie Sanders"),
    ],
)
def test_a_sentence_case_headline_labels_its_speaker_before_the_colon(article, speaker):
    assert extract_quotes(article)[0].speaker == speaker


@pytest.mark.parametrize(
    ("article", "speaker", "kind"),
    [
        ("As Politico reported, “If the primary were held on this evening, Trump would win.”", "Politico", "full"),
        (
            "Chris Stevens wrote a cable. Stevens reported, “Overall security conditions are unpredictable.”",
            "Chris Stevens",
            "full",
        ),
        # Not before a "that" clause: there it mostly relays someone else's words.
        ("The Times reported that Trump was “furious.”", None, "term"),
    ],
)
def test_reported_right_before_its_quotation_introduces_it(article, speaker, kind):
    quote = extract_quotes(article)[-1]
    assert (quote.speaker, quote.kind) == (speaker, kind)


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # A subject, "calls", its object and the label.
        ('Last summer, Geraldo Rivera calls a screaming Santilli a "fascist."', "Geraldo Rivera"),
        # The noun: "his calls", "Trump's calls"; after "and" the subject is the first verb's.
        ('He rallied young people with his calls to end the "rigged economy."', None),
        ("Trump's calls for a “total shutdown” drew criticism.", None),
    ],
)
def test_calls_before_its_object_and_label_is_a_cue(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # Months that are names: a surname after a first name, a first name opening the run.
        ("“We will not back down,” Prime Minister Theresa May said.", "Theresa May"),
        (
            "Former Arizona governor Jan Brewer, an early supporter of Trump, spoke.\n\n“That will resonate with "
            "all women,” she said.",
            "Jan Brewer",
        ),
        # The month of a date: "At a June Trump campaign event".
        (
            "At a June Trump campaign event in Ohio, 62-year-old Brenda Johnson railed against immigrants. “They "
            "should speak English,” she said.",
            "Brenda Johnson",
        ),
    ],
)
def test_months_that_are_names_and_the_capitalised_words_before_a_role(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


@pytest.mark.parametrize(
    "article",
    [
        "Dr. Connie Mariano was the White House physician.\n\nMariano wrote a memoir of her time there.\n\n"
        "“Hillary was back on the campaign trail within days,” the book said.",
        "In a memoir by Connie Mariano, she recalls it. “It was a clot,” the book said.",
    ],
)
def test_a_book_speaks_for_the_author_the_article_names(article):
    assert (extract_quotes(article)[-1].speaker, extract_quotes(article)[-1].speaker_mention) == (
        "Connie Mariano",
        "the book",
    )


@pytest.mark.parametrize(
    ("article", "kind"),
    [
        # Titles and slogans in title case with no cue are labels.
        ("MacGyver returns. ''Tales From the Crypt,'' an HBO series that aired in 1989, will be resurrected.", "term"),
        ("One of his recent reads, ''This Kind of War,'' by T.R. Fehrenbach, drove that point home.", "term"),
        # Exclamations, questions and contractions are said, however capitalised.
        ("Banners proclaimed: “Yes We Can – Stop TTIP!”", "full"),
        ("“That’s Jeb Bush and Marco Rubio.”", "full"),
    ],
)
def test_a_title_case_quotation_without_a_cue_is_a_title(article, kind):
    assert extract_quotes(article)[-1].kind == kind


def test_a_missing_comma_after_an_interrupting_cue_still_joins_the_quotation():
    article = "“We’re going to build a wall. Yeah, 100 percent,” Trump said “Bush and even Obama sent people back.”"
    quotes = extract_quotes(article)
    assert len(quotes) == 2 and quotes[0].group == quotes[1].group


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # The previous quotation's own attribution (the speaker and what describes them) is no one taking the floor.
        (
            "''We were not very happy when it was first announced,'' said Jock A. Finlayson, head of policy at the "
            "Business Council of British Columbia. Now, ''within the business community there is a constituency "
            "saying this is O.K.''",
            "Jock A. Finlayson",
        ),
        # A sentence opening on another subject does take it.
        (
            "Politifact seized on Donald Trump’s claim that there have been “thousands of shootings” in Chicago. They "
            "checked the Chicago Tribune and found there had been “3,210 shooting victims” this year.",
            None,
        ),
    ],
)
def test_a_fragment_after_a_speakers_quotation_is_theirs_unless_someone_else_took_the_floor(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


def test_plural_subjects_before_a_plain_present_verb_take_numbers_and_a_however():
    article = "The two lawmakers, however, argue that “there is precedent for prosecution.”"
    assert (only(article).speaker_mention, only(article).cue) == ("The two lawmakers", "argue")


@pytest.mark.parametrize(
    ("article", "speaker", "cue"),
    [
        # A noun-like verb right before its quotation, or before "to" and the quoted verb, after a subject.
        ("The ad claims “Jeb is the conservative you can trust.”", "ad", "claims"),
        ("On his website, Lopez-Cantera promises to “end” the Common Core.", "Lopez-Cantera", "promises"),
        ("Cruz blamed the anti-fracking law on “knuckleheaded Democratic politicians.”", "Cruz", "blamed"),
        # After a possessive it is the noun; "portrayed" after a quotation is no inverted cue.
        ("The state's claims “are false,” he said.", None, "said"),
        (
            "Mr. Scott, who has called the comments ''racially toxic,'' portrayed his party's nominee as unfit.",
            "Scott",
            "called",
        ),
    ],
)
def test_noun_like_and_blame_verbs_before_their_quotation(article, speaker, cue):
    quote = extract_quotes(article)[-1]
    assert (quote.speaker, quote.cue) == (speaker, cue)


def test_a_participle_set_off_by_commas_is_an_aside_not_the_subject():
    article = 'Others, reacting to the gap between the shooting and the video\'s release, shouted, "Stop the coverup!"'
    assert only(article).speaker_mention == "Others"
    assert only('John Smith, speaking to reporters, said, "We won."').speaker == "John Smith"


def test_a_description_in_two_coordinated_parts_names_its_person():
    article = (
        "Hillary Clinton spoke on Tuesday.\n\nOn Tuesday’s episode of “The Steve Harvey Morning Show,” the former "
        "secretary of state and current Democratic presidential nominee said she wanted to speak “directly to white "
        "people.”"
    )
    title, fragment = extract_quotes(article)
    # The show's title is a title, not the nominee's words; the fragment is hers.
    assert (title.kind, title.speaker) == ("term", None)
    assert fragment.speaker == "Hillary Clinton"
    assert fragment.speaker_mention == ("the former secretary of state and current Democratic presidential nominee")


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # A role first, then the person's name set off by a comma: the name speaks.
        (
            "“We are treating it as one long Election Day,” said Rubio’s deputy campaign manager, Rich Beeson.",
            "Rich Beeson",
        ),
        (
            "“The odds are better than not,” said another leading advocate, Andrew J. Pincus of the law firm Mayer "
            "Brown.",
            "Andrew J. Pincus",
        ),
        ("\"It's about time,\" exhorted Clinton's introducer, actress Jamie Lee Curtis.", "Jamie Lee Curtis"),
        (
            "“Positions are gonna soften,” California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO.",
            "Joe Kasper",
        ),
    ],
)
def test_a_possessive_role_before_a_name_is_not_the_speaker_the_name_is(article, speaker):
    assert (only(article).speaker, only(article).speaker_mention) == (speaker, speaker)


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # The name opening the first of two coordinated clauses is the subject of both.
        (
            "As the crowd began to chant, Sarah Silverman was joined on stage by Minnesota Sen. Al Franken and "
            "joked, “Bernie or Bust people, you’re being ridiculous.”",
            "Sarah Silverman",
        ),
        # Not a name after "that": "Trump joked that Brooklyn was his answer, but went on to say".
        (
            "Donald Trump spoke. Trump joked that Brooklyn was his answer, but went on to say, “There are places in "
            "America that are dangerous.”",
            "Donald Trump",
        ),
    ],
)
def test_the_name_opening_a_coordinated_clause_is_the_subject_of_its_second_verb(article, speaker):
    assert only(article).speaker == speaker


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # A role set off before the name after a quotation (a non-breaking space as scraped).
        ("“She is also a mother for three young boys,” another\u00a0friend, Mariam Emara told CNN.", "Mariam Emara"),
        # "Jun" after a first name is a surname, not June.
        ('"Many of his ideas are far from heartwarming," columnist Ai Jun wrote in the Global Times.', "Ai Jun"),
        # Writer's words before the name are no role: '"Boots on the ground" would be appropriate, … said'.
        ('"Boots on the ground" would be appropriate, Republican candidate Ben Carson said.', "Ben Carson"),
    ],
)
def test_a_role_set_off_before_a_name_after_a_quotation(article, speaker):
    assert only(article).speaker == speaker
    assert only('"Boots on the ground" would be appropriate, Ben Carson said.').kind == "fragment"


def test_a_title_inside_an_appositive_keeps_the_subject_before_it():
    article = (
        "As Akhil Amar, professor of constitutional law at Yale and author of ''America's Unwritten Constitution,'' "
        "put it, ''Senate Republicans should remember that.''"
    )
    title, quote = sorted(extract_quotes(article), key=lambda q: q.start)
    assert (title.kind, quote.speaker, quote.cue) == ("term", "Akhil Amar", "put it")


def test_a_state_abbreviation_ending_a_sentence_ends_the_name_run():
    # "Calif." keeps no run going: the next sentence's subject is read, and is whom "he" means.
    article = "Tom Smith met Duncan Hunter in Alpine, Calif. Hunter then spoke.\n\n“We will win,” he said."
    assert only(article).speaker == "Duncan Hunter"


@pytest.mark.parametrize(
    ("article", "kind", "speaker"),
    [
        # Wire style: a sentence quoted whole right after its verb keeps its lower-case opening.
        (
            "Jeb Bush voted early. He says “it’s interesting that a lot of people claim they’re undecided.”",
            "full",
            "Jeb Bush",
        ),
        (
            "Ben Carson told his supporters, “our nation is in horrible trouble. Why tear each other down?”",
            "full",
            "Ben Carson",
        ),
        (
            "Hillary Clinton spoke of her years in the Senate, saying “we faced difficult challenges together.”",
            "full",
            "Hillary Clinton",
        ),
        ("Paul Ryan spoke of the rift. But, Mr. Ryan said, ''democracy is a series of choices.''", "full", "Paul Ryan"),
        # The writer's sentence goes on through the quotation: a fragment.
        ("Jeb Bush spoke. An economic downturn, he said, “could be a good time to borrow.”", "fragment", "Jeb Bush"),
        (
            "Jeb Bush spoke. If Clinton is elected, he said, “she might be going to the courthouse.”",
            "fragment",
            "Jeb Bush",
        ),
        (
            "The pastor Derek Penwell said the world lost a voice that said “love in spite of fear is power.”",
            "fragment",
            None,
        ),
        (
            "Exxon wrote a letter, calling the two investigative reports ''inaccurate and deliberately misleading.''",
            "fragment",
            "Exxon",
        ),
        ("Jeb Bush said the plan “will fail within a year.”", "fragment", "Jeb Bush"),
        ("Jeb Bush thanked him for “stepping up and taking action when Congress won’t.”", "fragment", "Jeb Bush"),
    ],
)
def test_a_lower_case_sentence_quoted_right_after_its_verb_is_whole(article, kind, speaker):
    quote = extract_quotes(article)[-1]
    assert quote.kind == kind
    if speaker is not None:
        assert quote.speaker == speaker


@pytest.mark.parametrize(
    "article",
    [
        "Jeb Bush will wait for the polls to close at 7 p.m. He says “it’s interesting that so many are undecided.”",
        "Jeb Bush flew to Washington, D.C. He said, “We will win this state.”",
        "Jeb Bush, like Martin Luther King Jr. before him, spoke. He said, “We will win this state.”",
    ],
)
def test_an_abbreviation_can_end_the_sentence_before_a_pronoun(article):
    quote = only(article)
    assert (quote.speaker, quote.speaker_mention) == ("Jeb Bush", "He")


@pytest.mark.parametrize(
    "article, kind",
    [
        # A quotation opening on a capital after a time starts a sentence of its own.
        (
            "Vitali Klitschko announced a curfew from 5 p.m. to 8 a.m. "
            "“All civilians on the street will be considered members of enemy groups,” he said.",
            "full",
        ),
        # After "U.S." a quotation may be a label inside the writer's sentence.
        ("Vitali Klitschko criticised the U.S. “Red Lines” on Monday.", "term"),
    ],
)
def test_a_time_before_a_quotation_ends_the_sentence(article, kind):
    assert only(article).kind == kind


def test_an_abbreviation_before_a_name_word_does_not_end_the_sentence():
    quote = only("Jane Roe told the U.S. Senate on Tuesday: “We will win this state.”")
    assert quote.speaker == "Jane Roe"


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        (
            "Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: ‘I Think She Will.’\n\n"
            "Sen. Kristen Gillibrand told CNN that Goldman Sachs paid Clinton well.",
            "Kristen Gillibrand",
        ),
        # The speaker's label names no one the body names in full: nobody, rather than the topic after "On".
        (
            "CNN President On Trump: ‘We Do Not Pay Candidates To Appear At Debates.’\n\n"
            "CNN President Jeff Zucker is not kowtowing to Donald Trump.",
            None,
        ),
    ],
)
def test_a_headline_label_speaker_comes_before_on_and_its_topic(article, speaker):
    assert extract_quotes(article)[0].speaker == speaker


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # Before "on", only someone the body names speaks: a title-only name counts ("Mr. Obama").
        ("Obama on Climate Change: The Trends Are ‘Terrifying.’\n\nMr. Obama spoke at Midway.", "Obama"),
        ("Focus on Jobs: ‘We Will Rebuild’\n\nThe mayor spoke on Monday.", None),
    ],
)
def test_a_headline_label_before_on_must_name_someone_the_body_names(article, speaker):
    assert extract_quotes(article)[0].speaker == speaker


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # An abbreviated title stands for the word a later description uses.
        ("Sen. Bernie Sanders (I-Vt.) spoke in Iowa.\n\n“I apologize to nobody,” the senator said.", "Bernie Sanders"),
        ("Gov. Chris Christie spoke in Iowa.\n\n“I apologize to nobody,” the governor said.", "Chris Christie"),
        # The lieutenant governor is not "the governor".
        (
            "Lt. Gov. Dan Patrick and Gov. Greg Abbott spoke.\n\n“I apologize to nobody,” the governor said.",
            "Greg Abbott",
        ),
        # A description refers back: the senator titled only later is not the one who spoke.
        (
            "Bernie Sanders spoke in Iowa.\n\n“I apologize to nobody,” the senator said.\n\n"
            "Sen. Claire McCaskill disagreed.",
            "senator",
        ),
        # A place before the title must be the person's own: "the Florida senator" is not the Iowa senator.
        (
            "Marco Rubio appeared with Sen. Joni Ernst, R-Iowa.\n\n"
            "“We will see what it translates to,” the Florida senator told reporters.",
            "Marco Rubio",
        ),
    ],
)
def test_a_title_description_refers_back_to_the_person_titled_so(article, speaker):
    assert extract_quotes(article)[0].speaker == speaker


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # A describing noun opening the sentence is no first name.
        ("Billionaire Donald Trump praised the reporter.\n\n“Very good reporter,” Trump said.", "Donald Trump"),
        ("Actress Rosario Dawson spoke first.\n\n“We are not going away,” Dawson shouted.", "Rosario Dawson"),
        # Family words open religious names and titles: they stay part of the name.
        ("Mother Teresa spoke to the crowd.\n\n“Love begins at home,” Mother Teresa said.", "Mother Teresa"),
        # A league is no person for "he" to mean.
        (
            "“Everybody is laughing at Jeb Bush!” Donald Trump wrote.\n\nHimself a former pro football executive — he "
            "owned the New Jersey Generals of the short-lived United States Football League — Trump offered his "
            "assessment of Super Bowl 50.\n\n“So far the Super Bowl is very boring!” he tweeted.",
            "Donald Trump",
        ),
        # A pronoun after an opening phrase and its comma is the participle's subject; the Bible is nobody.
        (
            "Glenn Beck spoke at the rally.\n\nSpeaking in his real voice again, he proceeded to recite 2 Timothy "
            "3:1-5 from the Bible, saying: “This know also, that in those days the perilous times shall come.”",
            "Glenn Beck",
        ),
        # The subject of an opening subordinate clause does not carry the topic on; the main clause's does.
        (
            "When someone in the audience shouted, “Cruz,” Beck joked, “Amen, brother!”\n\nHe said: “This know also.”",
            "Beck",
        ),
    ],
)
def test_describing_nouns_leagues_and_opening_clauses_do_not_take_the_speaker(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("article", "speaker", "cue"),
    [
        (
            "Jeb Bush dropped out. Aides say he will support Cruz. From Bush's Facebook post: “For the sake of our "
            "party and country, we must overcome the divisions.”",
            "Jeb Bush",
            "post",
        ),
        (
            "Rachel Hoff runs a think tank. Hoff’s letter makes a libertarian-style case: “Followers of radical Islam "
            "hate everything we stand for.”",
            "Rachel Hoff",
            "letter",
        ),
        (
            "The survey is new. From the report: “In general, samples with more elaborate weighting do better.”",
            "report",
            "from",
        ),
        ("From the new Pew report: “Most voters are undecided.”", "new Pew report", "from"),
        # "From" a point of view, or a possessive that owns no writing, names nobody's quotation.
        ("The senator laughed. From his perspective: “It all went well.”", None, None),
        ("Jeb Bush spoke. Clinton's email account: “It was never hacked.”", None, None),
    ],
)
def test_a_colon_after_a_named_writing_gives_its_author_or_the_writing(article, speaker, cue):
    quote = extract_quotes(article)[-1]
    assert (quote.speaker, quote.cue) == (speaker, cue)


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        ("Marco Rubio also bemoaned a climate in which people “literally hate each other.”", "Marco Rubio"),
        ("Dr. Muhammad Babar pondered who might “testify for our innocence in this season.”", "Muhammad Babar"),
        ("On Monday, Donald Trump groused to a crowd that CNN “doesn’t treat me properly.”", "Donald Trump"),
    ],
)
def test_bemoaning_pondering_and_grousing_report_words(article, speaker):
    assert only(article).speaker == speaker


def test_a_title_ending_its_sentence_is_a_title_whatever_the_next_sentence_says():
    article = (
        "He paid $8 million for a Boeing 727, according to his book ''The Art of the Deal.'' Mr. Trump said a "
        "smaller jet would have cost more."
    )
    quote = only(article)
    assert (quote.kind, quote.speaker) == ("term", None)


def test_a_sentence_naming_a_persons_tweet_announces_the_quotation_after_it():
    article = (
        "Donald Trump's first tweet Sunday morning was a fairly measured comment about the shooting. "
        '"Really bad shooting in Orlando. Police investigating possible terrorism."'
    )
    quote = only(article)
    assert (quote.speaker, quote.cue) == ("Donald Trump", "tweet")


@pytest.mark.parametrize(
    ("article", "speaker", "mention"),
    [
        (
            "The emails angered Bernie Sanders.\n\nAt Donna Brazile’s direction, the DNC issued a statement "
            "apologizing to Sanders for the emails, which included staff members suggesting someone should question "
            "his faith.\n\n“On behalf of everyone at the DNC, we want to offer a deep and sincere apology.”",
            "DNC",
            "the DNC",
        ),
        (
            "Fighting went on.\n\nThe Russian Defence Ministry released a statement on the shelling late on "
            "Monday.\n\n“Units of the armed forces repelled an attack near Avdiivka.”",
            "Russian Defence Ministry",
            "The Russian Defence Ministry",
        ),
    ],
)
def test_a_statement_issued_in_the_paragraph_before_speaks_the_quotation_paragraph(article, speaker, mention):
    quote = only(article)
    assert (quote.speaker, quote.speaker_mention, quote.kind) == (speaker, mention, "full")


def test_a_reopened_paragraph_with_its_own_attribution_starts_a_new_quotation():
    article = (
        "“Trump says the things people want to say,” Rubio said. “But presidents can’t just say anything.\n\n"
        "“I'm not interested in being politically correct,” he continued. “We are going to have to work together.”"
    )
    quotes = extract_quotes(article)
    assert [q.group for q in quotes] == [0, 0, 1, 1]
    assert {q.speaker for q in quotes} == {"Rubio"}


def test_a_reopened_paragraph_without_an_attribution_continues_the_quotation():
    article = (
        "“Trump says the things people want to say,” Marco Rubio said. “But presidents can’t say anything.\n\n"
        "“It has consequences around the world.”"
    )
    assert [q.group for q in extract_quotes(article)] == [0, 0, 0]


def test_a_quotation_whose_paragraph_names_someone_else_is_not_joined_to_the_next_speakers():
    article = (
        "Sean Hannity interviewed Donald Trump on Monday.\n\n"
        "“The New York Times is claiming that they had an off-the-record conversation with you,” Hannity started.\n\n"
        "“We had a board meeting, it was off-the-record, suddenly they leak it,” Trump said."
    )
    first, second = extract_quotes(article)
    assert first.group != second.group
    assert first.speaker != "Donald Trump" and second.speaker == "Donald Trump"


MEMOIR = (
    "I had prepared a statement, but I decided to address the judge directly.\n\n"
    "“Your Honor,” I said, “I would like to answer your question.”\n\n"
    "My lawyer, Ben Brafman, looked surprised. “Did you see me pull that off?” he asked later."
)


@pytest.mark.parametrize(
    ("byline", "person"),
    [
        ("Dinesh D'Souza", "Dinesh D'Souza"),
        ("By Charlotte Meehan", "Charlotte Meehan"),
        ("Breitbart News", None),
        ("AFP", None),
        ("Associated Press", None),
        ("Nicole Gaudiano, USA TODAY", None),
        ("Editorial Board", None),
        ("", None),
        (None, None),
    ],
)
def test_a_byline_names_a_person_or_nobody(byline, person):
    assert byline_person(byline) == person


def test_the_writers_own_i_is_the_byline_and_never_he_or_she():
    quotes = extract_quotes(MEMOIR, author="Dinesh D'Souza")
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [
        ("Dinesh D'Souza", "I"),
        ("Dinesh D'Souza", "I"),
        ("Ben Brafman", "he"),
    ]
    # without a byline, or with an outlet's, "I" stays nobody the article names
    assert [q.speaker for q in extract_quotes(MEMOIR)][:2] == [None, None]
    assert [q.speaker for q in extract_quotes(MEMOIR, author="Breitbart News")][:2] == [None, None]


def test_one_unmarked_i_in_a_reported_article_is_not_the_writer():
    article = (
        "Bernie Sanders spoke to the panel on Sunday.\n\n"
        "But then I ask the people, ‘What do you mean by a tax on Wall Street speculation?’\n\n"
        "The panel laughed."
    )
    assert only_with_author(article, "Daniel Marans").speaker is None


def only_with_author(article, author):
    (quote,) = extract_quotes(article, author=author)
    return quote


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # A place or employer in the possessive before a name is no part of it.
        ("Florida’s Rick Wilson, a Republican strategist, was blunt. “It is over,” Wilson said.", "Rick Wilson"),
        ("By Variety's Gordon Cox: “Hamilton will ride its wave of hype all the way to Chicago.”", "Gordon Cox"),
        # A sentence adverb, a question's auxiliary or a describing noun opening the sentence is no first name.
        (
            "Christoph Blocher leads the party. Interestingly Blocher stated that he “never read it.”",
            "Christoph Blocher",
        ),
        (
            "Jared Sexton posted from the rally.\n\n(See Sexton’s full timeline of the rally below.)\n\n"
            "“It was obvious that so many were feeling it,” Sexton said.",
            "Jared Sexton",
        ),
        ("Jorge Ramos was ejected. Journalist Jorge Ramos wrote: “We will not be silenced.”", "Jorge Ramos"),
        # A first name that ends like an adverb is still a first name.
        ("Kelly Ayotte spoke first. “We will win this state,” Kelly Ayotte said.", "Kelly Ayotte"),
    ],
)
def test_words_before_a_name_that_are_no_part_of_it(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


# --------------------------------------------------------------------------------------------------
# Inputs that made the extractor quadratic (bench/bench_pathological.py measures them; these tests check the
# bounds that keep it linear, and that the answers stay right).


def test_an_overlong_sentence_is_cut_into_pieces_of_bounded_length():
    article = "X told the crowd " + " and ".join(['"a b c"'] * 2000) + "."
    parsed = extractor_module._Article(article)
    (starts,) = parsed.sentence_starts.values()
    ends = [*starts[1:], len(parsed.text)]
    assert len(starts) > 1
    assert max(end - start for start, end in zip(starts, ends, strict=True)) <= extractor_module._LONGEST_SENTENCE
    quotes = extract_quotes(article)
    assert len(quotes) == 2000 and quotes[0].speaker == "X"


def test_a_cue_less_quotation_looks_back_only_at_its_own_paragraphs_quotations(monkeypatch):
    # Thousands of transcript answers, each a cue-less quotation: each used to scan every quotation read before it.
    article = "\n\n".join(["Question: Why?", "Smith: We will win this war."] * 500)
    paragraphs_asked: list[int] = []

    class Recording(list):
        def __getitem__(self, index):
            paragraphs_asked.append(index)
            return super().__getitem__(index)

        def __iter__(self):
            for item in super().__iter__():
                paragraphs_asked.append(-1)
                yield item

    original = extractor_module._Article._rejoined_group

    def recording(self, piece, attribution, results, group_of):
        return original(self, piece, attribution, Recording(results), group_of)

    monkeypatch.setattr(extractor_module._Article, "_rejoined_group", recording)
    quotes = extract_quotes(article)
    assert len(quotes) == 500 and {q.speaker for q in quotes} == {"Smith"}
    assert len(paragraphs_asked) <= 2 * len(quotes)


def test_many_nicknames_and_titles_are_all_blanked_out_of_the_text_names_and_cues_are_read_in():
    article = " ".join(
        ['Marcia "Cia" Price spoke.'] * 300 + ["Kerry Washington, star of television’s “Scandal,” waved."] * 300
    )
    parsed = extractor_module._Article(article + ' "We won," Price said.')
    assert '"Cia"' not in parsed.masked and "“Scandal,”" not in parsed.masked
    # Each title's marks are blanked and the comma inside them kept, for all 300 of them.
    assert "“" not in parsed.masked and parsed.masked.count(",  waved") == 300
    assert len(parsed.masked) == len(parsed.text)
    assert extract_quotes(article + ' "We won," Price said.')[-1].speaker == "Marcia Price"


def test_a_speakers_credit_is_looked_up_among_that_speakers_own_credits(monkeypatch):
    # Two speakers alternating, one credited each time: every quotation of the other used to walk back through all
    # the credits recorded so far.
    article = "\n\n".join(['"a b c," Ann Lee told reporters.', '"d e f," Tom Hart said.'] * 300)
    walked: list[int] = []

    class Recording(list):
        def __reversed__(self):
            for item in super().__reversed__():
                walked.append(1)
                yield item

    real_init = extractor_module._Article.__init__

    def init(self, *args, **kwargs):
        real_init(self, *args, **kwargs)
        self.source_events = Recording(self.source_events)

    monkeypatch.setattr(extractor_module._Article, "__init__", init)
    quotes = extract_quotes(article)
    assert [q.credited_source for q in quotes[:4]] == ["reporters", None, "reporters", None]
    assert not walked


def test_a_speaker_phrase_is_read_from_a_bounded_window_before_its_verb(monkeypatch):
    # ", who said" thousands of times in one sentence: every cue used to parse the whole sentence before it.
    parsed_lengths: list[int] = []
    boundary = attribution_module._NP_BOUNDARY

    class Recording:
        def finditer(self, segment, *args):
            parsed_lengths.append(len(segment))
            return boundary.finditer(segment, *args)

        def __getattr__(self, name):
            return getattr(boundary, name)

    monkeypatch.setattr(attribution_module, "_NP_BOUNDARY", Recording())
    text = "Ann Lee" + ", who said" * 1000 + ' "x y z"'
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == ["x y z"]
    assert parsed_lengths and max(parsed_lengths) <= attribution_module._PHRASE_WINDOW + 10


def test_platform_names_are_found_once_per_article_however_many_quotations_were_written(monkeypatch):
    # Each written quotation used to scan its paragraph for platforms again: quadratic in one long paragraph.
    scans: list[int] = []
    platform_name = extractor_module._PLATFORM_NAME

    class Recording:
        def finditer(self, text, *args):
            scans.append(len(text))
            return platform_name.finditer(text, *args)

    monkeypatch.setattr(extractor_module, "_PLATFORM_NAME", Recording())
    quotes = extract_quotes('Maria Zakharova mocked the visit on Telegram. "They came," she wrote. ' * 500)
    assert len(scans) == 1
    assert len(quotes) == 500 and {q.credited_source for q in quotes} == {"Telegram"}


def test_interrupted_quotations_by_the_thousand_in_one_paragraph_stay_paired():
    quotes = extract_quotes(" ".join(['"a b," he said, "c d."'] * 3000))
    assert len(quotes) == 6000
    assert len({q.group for q in quotes}) == 3000


@pytest.mark.parametrize(
    "article",
    [
        # The interruption sums up speech between the pieces: '"…," Sanders said, going on to contrast …'.
        '"We look at personality too much," Bernie Sanders said, going on to contrast the two plans. '
        '"So I would just simply say: look at the issues."',
        '"We look at personality too much," Bernie Sanders said, turning to the plans. "Look at the issues."',
        '"We look at personality too much," Bernie Sanders said, going on to contrast the two plans, '
        '"so look at the issues."',
    ],
)
def test_speech_summed_up_between_two_pieces_makes_two_quotations(article):
    first, second = extract_quotes(article)
    assert first.group != second.group
    assert first.speaker == second.speaker == "Bernie Sanders"


def test_an_interruption_that_only_attributes_keeps_one_quotation():
    article = '"We look at personality too much," Bernie Sanders said on Friday. "Look at the issues."'
    first, second = extract_quotes(article)
    assert first.group == second.group


@pytest.mark.parametrize(
    "article, speaker",
    [
        ("Betsy Ebeling shook her head. “Tom’s much better about it than I am.”", "Betsy Ebeling"),
        (
            "“It goes in here and out here,” Tom Ebeling said, pointing to his ears. Betsy Ebeling shook her head. "
            "“Tom’s much better about it than I am.”",
            "Betsy Ebeling",
        ),
        (
            "Hillary Clinton began Sunday with a personally signed tweet that drew no conclusions. "
            '"Woke up to hear the devastating news from FL."',
            "Hillary Clinton",
        ),
        # A passive subject is not the one acting: nobody is named.
        ('"We saw it happen," Jane Roe said. John Smith was arrested by police. "He was violent."', None),
    ],
)
def test_a_cueless_sentence_after_one_opening_on_a_person_is_that_persons(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


@pytest.mark.parametrize(
    "article, speakers",
    [
        (
            'Jane Sanders spoke first. Then Bernie Sanders took the stage. "We will win," Mrs. Sanders said. '
            '"We will fight," Mr. Sanders said.',
            ["Jane Sanders", "Bernie Sanders"],
        ),
        (
            "Bill Clinton campaigned in Iowa with Hillary Clinton. ''I am not a natural politician,'' Mrs. Clinton "
            "said. ''She is the best change-maker I have ever known,'' Mr. Clinton said.",
            ["Hillary Clinton", "Bill Clinton"],
        ),
        # Nobody of her gender is named in full: she is not completed to him.
        (
            "Donald J. Trump married in 2005. (Mr. and Mrs. Trump were not invited.) "
            '"We were friends," Mrs. Trump said. "We did business," Mr. Trump said.',
            ["Mrs. Trump", "Donald J. Trump"],
        ),
    ],
)
def test_an_honorific_picks_the_person_of_its_gender_among_those_sharing_a_surname(article, speakers):
    assert [q.speaker for q in extract_quotes(article)] == speakers


def test_his_honorific_never_makes_her_namesake_he():
    article = (
        "Phyllis Schlafly founded the Eagle Forum. Her son John Schlafly gained attention in 1992. "
        "Mrs. Schlafly said the disclosure was an attempt to embarrass her.\n\n"
        "(John Schlafly defended his mother. ''We are not out to bash gays,'' he said.)"
    )
    assert [q.speaker for q in extract_quotes(article)] == ["John Schlafly"]


def test_a_kin_word_opening_a_sentence_is_what_a_later_pronoun_refers_to():
    article = (
        "Gary Johnson spoke in Concord. Her father, Brad, 39, worried that voters could not see the point of "
        'choosing Johnson.\n\n"People are afraid of wasting their votes," he surmised.'
    )
    assert only(article).speaker == "Her father"


@pytest.mark.parametrize(
    "article",
    [
        'Hunter Biden appeared in court. His father, President Joe Biden, said in a statement: "I love my son."\n\n'
        '"He has overcome a lot," he added.',
        "Hunter Biden appeared in court. His father, President Joe Biden, issued a statement.\n\n"
        '"He has overcome a lot," he said.',
    ],
)
def test_a_kin_word_set_off_with_a_full_name_is_that_person(article):
    # "His father" is no speaker of its own when the article names him.
    assert extract_quotes(article)[-1].speaker == "Joe Biden"


@pytest.mark.parametrize(
    "article, speaker",
    [
        ('Chinese President Xi Jinping met Vladimir Putin. "We are friends," Xi said.', "Xi Jinping"),
        ('North Korean leader Kim Jong Un fired a missile. "We will respond," Kim said.', "Kim Jong Un"),
        ('U.N. Secretary-General Ban Ki-moon spoke. "We will act," Ban said.', "Ban Ki-moon"),
        ('South Korean President Moon Jae-in spoke. "We will act," Moon said.', "Moon Jae-in"),
        ('Chinese Foreign Minister Wang Yi met Sergei Lavrov. "We oppose it," Wang told reporters.', "Wang Yi"),
        # "Lee" is also an English name: only a given name of East Asian form makes it a family name.
        ('Rep. Lee Zeldin spoke. Sen. Mike Lee agreed. "We will act," Lee said.', "Mike Lee"),
        # "Un" is no UN.
        ('UN spokesman Stephane Dujarric said: "We are alarmed."', "Stephane Dujarric"),
    ],
)
def test_a_family_name_written_first_is_used_alone_for_the_whole_name(article, speaker):
    assert only(article).speaker == speaker


@pytest.mark.parametrize(
    "article, speaker",
    [
        ('"We did not discuss that," a warm-and-fuzzy Donald Trump said.', "Donald Trump"),
        (
            "Huma Abedin emailed the secretary of state. Hillary Clinton’s response was: “Is Dalton Brody off Conn?”",
            "Hillary Clinton",
        ),
        (
            'Secretary-General Ban Ki-moon spoke in Paris. In his speech, he was blunt: "There is no perfect deal."',
            "Ban Ki-moon",
        ),
        (
            'Secretary-General Ban Ki-moon spoke. "We will act," Donald Trump said.\n\n'
            'As for Ban, he seems content that the deal came on his watch: "There is no perfect deal."',
            "Ban Ki-moon",
        ),
    ],
)
def test_hyphenated_modifiers_responses_and_pronouns_after_an_opening_phrase(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


def test_he_never_refers_to_a_text_or_a_body_that_spoke_before():
    article = (
        "Denis Pushilin asked Vladimir Putin for help.\n\n"
        '"I ask you to help repel the aggression," the appeal reads.\n\n'
        'According to Pushilin, the shelling has intensified. "Civilians are dying," he said.'
    )
    assert [q.speaker for q in extract_quotes(article)][-1] == "Denis Pushilin"


@pytest.mark.parametrize(
    "article, speaker",
    [
        (
            "Russia’s defence ministry said its forces had repelled 12 attacks. "
            '"The enemy lost 385 servicemen," the ministry said.',
            "Russia’s defence ministry",
        ),
        (
            "While the State Department said it would comply, officials were wary. "
            '"We will publish them," the department said.',
            "State Department",
        ),
        # With what it is the body of.
        (
            "Britain's Ministry of Defence says Russian forces have failed.\n\n"
            '"Ukrainian forces continue to hold territory," the ministry said.',
            "Britain's Ministry of Defence",
        ),
        (
            'The Ministry of Foreign Affairs of Ukraine protested on Monday. "This is a war crime," the ministry said.',
            "Ministry of Foreign Affairs of Ukraine",
        ),
        (
            "The press service of the LPR People's Militia reported that the city was under full control. "
            "«Lysychansk has been completely liberated», the press service said in a statement.",
            "press service of the LPR People's Militia",
        ),
        # No body of that kind named before: the phrase as written.
        ('Officials said the plan was ready. "It is done," the ministry said.', "ministry"),
    ],
)
def test_the_ministry_is_the_ministry_the_article_named_before(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


@pytest.mark.parametrize(
    "article, source",
    [
        ('Speaking to the BBC, Volodymyr Zelensky said: "It is not a movie."', "BBC"),
        ('Volodymyr Zelensky, speaking to CNN, said: "It is not a movie."', "CNN"),
        ('"We are ready," Jane Roe said, talking to reporters.', "reporters"),
        ('In a post on X, Ukrainian Foreign Minister Dmytro Kuleba wrote: "Russia will lose."', "X"),
        ('Dmytro Kuleba wrote on X: "Russia will lose."', "X"),
        ('"It is fine," Jane Roe, speaking to supporters in Ohio, said.', None),
        # An outlet's service in another language.
        ('"We cannot allow this," Sergey Lavrov told RT Arabic.', "RT Arabic"),
        ('"We cannot allow this," Sergey Lavrov said in an interview with BBC Russian.', "BBC Russian"),
    ],
)
def test_speaking_to_an_outlet_and_posts_on_x_are_credited(article, source):
    assert only(article).credited_source == source


@pytest.mark.parametrize(
    "article, source",
    [
        ('"We are counting on Russia," Denis Pushilin told the Rossiya 24 TV channel.', "Rossiya 24"),
        (
            '"We will not survive," Leonid Pasechnik said, according to the LuganskInformCenter news agency.',
            "LuganskInformCenter",
        ),
        ('"We will win," Jane Roe told the Interfax news agency.', "Interfax"),
        ('"We will win," Jane Roe told Britain’s ITV network.', "ITV"),
        # A nationality before "television" is no outlet's name ("French"): the media as described.
        ('"We will win," Christian Estrosi told French television.', "French television"),
        ('Spokesman Oleg Nikolenko responded on Facebook, writing: "Nuclear blackmail is weakness."', "Facebook"),
    ],
)
def test_an_outlet_named_before_the_noun_saying_what_it_is_is_credited(article, source):
    assert only(article).credited_source == source


@pytest.mark.parametrize(
    "article, speaker",
    [
        (
            'Dmitry Peskov spoke on Monday. According to him, Kyiv must accept "the new territorial realities".',
            "Dmitry Peskov",
        ),
        ('Maria Zakharova spoke on Monday. "Kyiv must accept the new realities," according to her.', "Maria Zakharova"),
        # A possessive "her" before the quoted words names no speaker.
        ('Hillary Clinton has a plan. According to her "clawback" plan, firms must repay.', None),
    ],
)
def test_according_to_him_or_her_is_the_person_he_or_she_would_be(article, speaker):
    assert only(article).speaker == speaker


def test_an_interview_answer_labelled_with_a_name_is_that_persons():
    article = (
        "Kyiv Independent: Are you counting on more air defense?\n\n"
        "Dmytro Kuleba: We expect a difficult winter.\n\n"
        'Kuleba: Yes. "Patriots save lives," as we keep telling our partners.'
    )
    assert only(article).speaker == "Dmytro Kuleba"


@pytest.mark.parametrize(
    "article, speakers",
    [
        (
            'Atlantic City Mayor Don Guardian praised the plan. "There is a story there," Guardian said. He said the '
            'developer was a "good corporate citizen."',
            ["Don Guardian", "Don Guardian"],
        ),
        # No personal title: a place's name, not a Mr. Grounds.
        ('At the Indiana State Fair Grounds, Glenn Beck said, "We were just driving in."', ["Glenn Beck"]),
        ('"We will win," the Washington Post reported.', ["Washington Post"]),
    ],
)
def test_a_titled_person_whose_surname_is_an_organisation_word_is_a_person(article, speakers):
    assert [q.speaker for q in extract_quotes(article)] == speakers


RUSSIAN_DIALOGUE = (
    "Peskov rules out talks\n\n"
    "— We see no prospects for negotiations, — Kremlin spokesman Dmitry Peskov told reporters. — The operation "
    "goes on until its goals are achieved.\n\n"
    "— Why should we talk? — Peskov asked.\n\n"
    "— Reporting by Martin Fornusek"
)


def test_russian_dash_dialogue_is_read_as_quotation():
    quotes = extract_quotes(RUSSIAN_DIALOGUE)
    assert [(q.text, q.speaker, q.group) for q in quotes] == [
        ("We see no prospects for negotiations", "Dmitry Peskov", 0),
        ("The operation goes on until its goals are achieved.", "Dmitry Peskov", 0),
        ("Why should we talk?", "Dmitry Peskov", 1),
    ]
    for quote in quotes:
        assert quote.text == normalize_quote_text(RUSSIAN_DIALOGUE[quote.start : quote.end])
    assert quotes[0].credited_source == "reporters"


@pytest.mark.parametrize(
    "article",
    [
        "— Reporting by Martin Fornusek",
        "— Anna Petrova, a teacher in Kharkiv, stayed behind.",
        "A long war — and a costly one, — analysts say — lies ahead.",
    ],
)
def test_a_dash_that_opens_no_dialogue_quotes_nothing(article):
    assert extract_quotes(article) == []


@pytest.mark.parametrize(
    "article, speaker",
    [
        (
            '"We can only wonder," state Senate leader Phil Berger and House Speaker Tim Moore, both Republicans, '
            "said.",
            "Phil Berger and Tim Moore",
        ),
        (
            'Paul Ryan and Senate Majority Leader Mitch McConnell met. "We agree," they said.',
            "Paul Ryan and Mitch McConnell",
        ),
    ],
)
def test_two_people_named_together_speak_together_whatever_titles_the_second_carries(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


@pytest.mark.parametrize(
    "article, kinds",
    [
        # A quotation closed by its own comma is whole, whatever the writer's sentence does after it.
        (
            '"In breaking news," David Axelrod tweeted last January, "@HillaryClinton wins an endorsement from her '
            'press secretary," after her spokesman praised her.',
            ["full", "full"],
        ),
        # A topic set before the quotation, which has its own attribution after it.
        (
            "As for Mr. Trump's more extreme pronouncements, ''I kind of write them off,'' said Mr. Pike.",
            ["full"],
        ),
        # A question set off by a dash, its asker right after it.
        (
            "Moscow strongly denies it — “why wouldn’t you want to raise the potential?” asked Anita Dunn.",
            ["full"],
        ),
        # Still a fragment: the writer's sentence runs through the quotation.
        (
            '"This is not right," Elizabeth Warren said. "You squeezed employees" to drive up the stock.',
            ["full", "fragment"],
        ),
    ],
)
def test_whole_quotations_inside_the_writers_sentence(article, kinds):
    assert [q.kind for q in extract_quotes(article)] == kinds


@pytest.mark.parametrize(
    "article, source",
    [
        ('"We will win," Marco Rubio said in an interview with Univision.', "Univision"),
        ('"The front is holding," Oleksandr Syrskyi told the Kyiv Independent.', "The Kyiv Independent"),
        ('"Peace is possible," Wang Yi said, according to Xinhua.', "Xinhua"),
        # An outlet the list does not know keeps the interview, without the sentence's full stop.
        ('"We will win," Harry Reid said in an interview with The Beacon.', "interview with The Beacon"),
    ],
)
def test_world_outlets_are_credited_by_their_names(article, source):
    assert only(article).credited_source == source


def test_a_lead_in_clause_before_a_whole_lower_case_quotation_keeps_it_whole():
    article = (
        'Whatever Bloomberg\'s impact on the race, "his chances of winning are very slim," says Walter Stone. '
        '"The deck is stacked against him."'
    )
    assert [q.kind for q in extract_quotes(article)] == ["full", "full"]
    subject = 'The party, typically attended by hundreds, "allows us to get our message out," said Frank Coleman.'
    assert only(subject).kind == "fragment"


def test_words_read_out_from_letters_whose_authors_go_unnamed_are_the_letters_not_the_readers():
    quote = only('"We ask you to recognise our republics," Dmitry Peskov told reporters, quoting the letters.')
    assert (quote.speaker, quote.relayed_by) == ("letters", "Dmitry Peskov")


@pytest.mark.parametrize(
    "article, expected",
    [
        (
            '"The appeals were received," Dmitry Peskov told reporters, quoting the letters: "We ask you to recognise '
            'our republics."',
            [("Dmitry Peskov", None), ("letters", "Dmitry Peskov")],
        ),
        (
            "Denis Pushilin and Leonid Pasechnik sent letters to Putin.\n\n"
            '"The appeals were received," Dmitry Peskov told reporters, quoting the letters: "We ask you to recognise '
            'our republics."',
            [("Dmitry Peskov", None), ("Leonid Pasechnik and Denis Pushilin", "Dmitry Peskov")],
        ),
    ],
)
def test_quoting_a_text_before_a_colon_reads_out_the_quotation_after_it(article, expected):
    quotes = extract_quotes(article)
    assert [(q.speaker, q.relayed_by) for q in quotes] == expected
    assert quotes[0].group != quotes[1].group


def test_a_quotation_credited_after_a_dash_with_a_long_title_is_no_headline():
    article = (
        "Prosecutors in Kyiv opened new cases on Monday.\n\n"
        "“It is a genocide” – Ukrainian Prosecutor General Andriy Kostin"
    )
    quote = only(article)
    assert (quote.kind, quote.speaker) == ("full", "Andriy Kostin")


def test_a_labelled_source_line_credits_the_quotations_after_it():
    article = (
        "Zaluzhnyi: Russia is preparing 200,000 new soldiers\n\n"
        "Source: Valerii Zaluzhnyi, Commander-in-Chief of the Armed Forces of Ukraine, in an interview with The "
        "Economist\n\n"
        'Quote from Zaluzhnyi: "The Russians are preparing some 200,000 fresh troops."\n\n'
        'Details: Zaluzhnyi noted that Ukraine needs more tanks. "I know that I can beat this enemy," he added.'
    )
    quotes = extract_quotes(article)
    assert [(q.speaker, q.credited_source) for q in quotes] == [("Valerii Zaluzhnyi", "The Economist")] * 2


@pytest.mark.parametrize(
    "article, speaker",
    [
        (
            "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi. "
            '"We are ready for dialogue," the Russian leader stressed.',
            "Vladimir Putin",
        ),
        (
            "Russian Foreign Minister Sergei Lavrov met Antony Blinken. "
            '"There was no breakthrough," Russia\'s top diplomat said.',
            "Sergei Lavrov",
        ),
        (
            'Russian Foreign Ministry spokeswoman Maria Zakharova spoke on Thursday. "The West is lying," the diplomat '
            "said.",
            "Maria Zakharova",
        ),
        (
            'Russian President Vladimir Putin spoke for two hours. "Our goals remain," the Kremlin chief said.',
            "Vladimir Putin",
        ),
        (
            'NATO Secretary General Jens Stoltenberg spoke in Brussels. "We will defend every inch," the NATO chief '
            "said.",
            "Jens Stoltenberg",
        ),
        (
            'UN Secretary-General Antonio Guterres spoke in Kyiv. "This war must end," the UN chief said.',
            "Antonio Guterres",
        ),
        # A role set off before the name is its title: "the IAEA chief" of a later sentence.
        (
            'The IAEA director general, Rafael Grossi, spoke in Kyiv. "We need a safety zone," the IAEA chief said.',
            "Rafael Grossi",
        ),
        ('Pope Francis spoke in Rome. "Stop this massacre," the pontiff said.', "Francis"),
        # TASS's "head of state" is the president; with a country, only that country's.
        (
            'Vladimir Putin spoke on Thursday. "The operation will continue," the head of state stressed.',
            "Vladimir Putin",
        ),
        (
            'Russian President Vladimir Putin met Kazakh officials. "We will cope," the Russian head of state said.',
            "Vladimir Putin",
        ),
        (
            'Russian President Vladimir Putin met Kazakh officials. "We will cope," the Kazakh head of state said.',
            "Kazakh head of state",
        ),
        (
            'Prime Minister Mikhail Mishustin met Putin. "We will cope," the head of government said.',
            "Mikhail Mishustin",
        ),
        # Named with no title: the office the news knows them by, when the description names the country.
        ('Putin met Scholz in Moscow. "We are ready to talk," the Kremlin chief said.', "Putin"),
        ('Putin met Scholz in Moscow. "We are ready to talk," the German chancellor said.', "Scholz"),
        ('Vladimir Putin met Erdogan. "We are ready to talk," the Russian president said.', "Vladimir Putin"),
        ('Putin met Erdogan. "We are ready to talk," the president said.', "president"),
        (
            'Kadyrov posted a video.\n\nThe Chechen leader, a close Putin ally, added: "We are ready."',
            "Kadyrov",
        ),
        ('Prigozhin posted a video. "Where is the ammunition?" the Wagner chief shouted.', "Prigozhin"),
        # Titled without a country, the office the news knows them by gives it.
        (
            "Presidential Press Secretary Dmitry Peskov spoke on Monday. "
            '"There is no progress," the Kremlin spokesman said.',
            "Dmitry Peskov",
        ),
        (
            "President Vladimir Putin spoke for three hours.\n\n"
            '"He is a very bright man," the Russian leader said of Trump.',
            "Vladimir Putin",
        ),
        # ... but not another country's: Biden is no Russian president.
        ('President Joe Biden spoke in Warsaw. "We will win," the Russian president said.', "Russian president"),
        # A description naming the country picks the one person wherever the article names them.
        (
            'According to the Ukrainian president, "We will not give up."\n\n'
            "Volodymyr Zelensky spoke from Kyiv on Friday.",
            "Volodymyr Zelensky",
        ),
        (
            'The Russian president said: "We will win."\n\n'
            "Ukrainian President Volodymyr Zelensky said Russia would lose. Vladimir Putin spoke in Moscow.",
            "Vladimir Putin",
        ),
        # Without the country "the president" still refers back only: nobody before it.
        ('The president said: "We will win."\n\nPresident Vladimir Putin spoke in Moscow.', "president"),
        # A spokesman, minister or adviser is "the official" with the body or country named ...
        (
            'Kremlin Spokesman Dmitry Peskov spoke on Tuesday. "We are withdrawing," the Kremlin official noted.',
            "Dmitry Peskov",
        ),
        # ... never alone, which is more often someone left unnamed.
        ('Kremlin Spokesman Dmitry Peskov spoke on Tuesday. "We are withdrawing," the official noted.', "official"),
        # "Diplomat" and "official" hold at any rank.
        (
            "Russian Deputy Foreign Minister Andrei Rudenko told Rossiya-1 the talks had stalled. "
            '"There are no negotiations," the diplomat said.',
            "Andrei Rudenko",
        ),
        # "Chief" needs the country: the police chief is no president.
        ('Russian President Vladimir Putin spoke. "We arrested him," the police chief said.', "police chief"),
        # The title as written wins over the broader word: the Senate's leader, not the president.
        (
            "President Obama met Senate Minority Leader Harry M. Reid. "
            '"I never knew what would happen," the Senate Democratic leader said.',
            "Harry M. Reid",
        ),
    ],
)
def test_a_country_and_a_broader_word_for_the_title_name_the_person(article, speaker):
    assert only(article).speaker == speaker


@pytest.mark.parametrize(
    "article, speaker",
    [
        # The one who just spoke, untitled but known by the office, before one titled so earlier.
        (
            'Spokesman Oleg Nikolenko wrote: "Crimea is Ukraine."\n\nPeskov said: "Medvedev speaks for himself."\n\n'
            '"We do not comment on that," the spokesman added.',
            "Peskov",
        ),
        # Someone else spoke last: the titled spokesman it was.
        (
            'Spokesman Oleg Nikolenko wrote: "Crimea is Ukraine."\n\nPutin said: "Crimea is ours."\n\n'
            '"We do not comment on that," the spokesman added.',
            "Oleg Nikolenko",
        ),
    ],
)
def test_a_bare_title_after_an_untitled_speaker_known_by_that_office_is_them(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


@pytest.mark.parametrize(
    "article, speaker, mention",
    [
        (
            '"Should there be a database that tracks the Muslims here?" a reporter can be heard asking Trump '
            "after an event in Iowa.",
            "reporter",
            "a reporter",
        ),
        ('In the footage, Putin was caught on camera telling Macron: "Nobody asked you."', "Putin", "Putin"),
        (
            'Kremlin spokesman Dmitry Peskov was recorded saying, "Nobody asked you."',
            "Dmitry Peskov",
            "Kremlin spokesman Dmitry Peskov",
        ),
        ('Pushilin had this to say: "We will respond."', "Pushilin", "Pushilin"),
    ],
)
def test_a_recording_or_an_idiom_between_subject_and_verb_leaves_the_subject_speaking(article, speaker, mention):
    quote = only(article)
    assert (quote.kind, quote.speaker, quote.speaker_mention) == ("full", speaker, mention)


@pytest.mark.parametrize(
    "article, speaker, cue",
    [
        ('The Kremlin issued a statement saying, "We will respond."', "Kremlin", "issued a statement"),
        ('Zelensky released a statement: "We will respond."', "Zelensky", "released a statement"),
        (
            'The ministry put out a brief statement on Monday evening: "We will respond."',
            "ministry",
            "put out a brief statement",
        ),
        (
            'Immediately after the attacks, Trump issued a statement, "Last night, our nation was attacked. It was '
            'the worst attack on our soil."',
            "Trump",
            "issued a statement",
        ),
    ],
)
def test_a_statement_issued_by_the_subject_is_the_subjects(article, speaker, cue):
    quote = only(article)
    assert (quote.kind, quote.speaker, quote.cue) == ("full", speaker, cue)


def test_a_statement_issued_before_someone_elses_words_credits_them_to_that_someone():
    # The statement reports nothing itself: it is followed by "after", not by what it said.
    quote = only(
        "McCain issued a statement after Republican contender Donald Trump told a town hall on Monday that "
        'waterboarding is "peanuts," compared to what Islamic State militants are doing.'
    )
    assert (quote.speaker, quote.cue) == ("Donald Trump", "told")


@pytest.mark.parametrize(
    "article, speaker",
    [
        (
            "That record prompted Dave Leip's Atlas, which examines bellwether counties, to state, \"Vigo County, "
            'Indiana is the most prominent bellwether in the country."',
            None,
        ),
        (
            "As the Hollywood columnist Louella Parsons had written a few years earlier, ''We just couldn't have a "
            "motion picture industry without E. J. Mannix.''",
            "Louella Parsons",
        ),
        (
            'Hillary Clinton met Cheryl Mills. Clinton answered her with, "Why now? That was on my way to Libya?"',
            "Hillary Clinton",
        ),
        # The name after "to" is whom she answers; the next sentence's cue introduces the next quotation.
        (
            'Hillary Clinton met Cheryl Mills. Clinton responds to Mills with, "Why now? That was on my way to '
            'Libya?" Mills then writes back, "You look cute."',
            "Hillary Clinton",
        ),
    ],
)
def test_a_sentence_set_off_by_a_comma_and_closing_the_writers_sentence_is_whole(article, speaker):
    quote = extract_quotes(article)[0]
    assert (quote.kind, quote.speaker) == ("full", speaker)


def test_a_title_after_entitled_is_a_term_however_long():
    quote = only(
        'Former Obama speechwriter Jon Favreau published a column in The Daily Beast, entitled, "Why Electing '
        "Hillary in '16 is More Important Than Electing Obama in '08.\" Obama himself has even made comments."
    )
    assert quote.kind == "term"


@pytest.mark.parametrize(
    "article, speaker",
    [
        (
            "Donald Trump met House Speaker Paul Ryan on Thursday. Trump and Ryan issued a statement describing the "
            'meeting as a "very positive step toward unification."',
            "Donald Trump and Paul Ryan",
        ),
        (
            'Donald Trump met House Speaker Paul Ryan. Trump and Ryan said, "We are united."',
            "Donald Trump and Paul Ryan",
        ),
    ],
)
def test_two_people_named_by_surname_alone_speak_together(article, speaker):
    assert only(article).speaker == speaker


def test_a_quotation_in_the_first_sentence_of_an_interview_answer_is_the_answerers():
    article = (
        "Luciana Lopez: Saying to people 'Wall Street speculation' - everyone has a different image of that.\n\n"
        "Chris Matthews: Well, speculation is bad.\n\n"
        "Lopez: Well, no one is like, 'My 401(k) is speculation.' In a way, it gets to be all things to all people."
    )
    quote = extract_quotes(article)[-1]
    assert (quote.text, quote.kind, quote.speaker) == ("My 401(k) is speculation.", "full", "Luciana Lopez")


@pytest.mark.parametrize(
    "article, speaker, source",
    [
        (
            "Russian state news agency RIA Novosti quoted Denis Pushilin, head of the Donetsk People's Republic, as "
            'saying: "We need more artillery. The enemy is shelling residential areas every day."',
            "Denis Pushilin",
            "RIA Novosti",
        ),
        ('"We need more artillery," RIA Novosti quoted Pushilin as saying.', "Pushilin", "RIA Novosti"),
        (
            'Denis Pushilin spoke on Monday. The newspaper Kommersant quoted him as saying: "We need more artillery."',
            "Denis Pushilin",
            "Kommersant",
        ),
        ('The Interfax news agency quoted a source as saying: "Talks will resume."', "source", "Interfax"),
    ],
)
def test_an_outlet_quoting_someone_as_saying_credits_the_outlet_and_the_person_speaks(article, speaker, source):
    quote = only(article)
    assert (quote.speaker, quote.credited_source) == (speaker, source)


@pytest.mark.parametrize(
    "article, speaker, source",
    [
        (
            'Defence Minister Sergei Shoigu said, according to a ministry statement: "All objectives will be met."',
            "Sergei Shoigu",
            "ministry statement",
        ),
        (
            '"All objectives will be met," Shoigu said, according to a Defence Ministry statement.',
            "Shoigu",
            "Defence Ministry statement",
        ),
        # With nobody else in the sentence the statement speaks; it credits nothing beyond itself.
        ('According to the statement, "all objectives will be met."', "statement", None),
    ],
)
def test_a_statement_credited_with_according_to_carries_the_speakers_words(article, speaker, source):
    quote = only(article)
    assert (quote.speaker, quote.credited_source, quote.relayed_by) == (speaker, source, None)


@pytest.mark.parametrize(
    "article",
    [
        'In a Telegram post, Chechen leader Ramzan Kadyrov wrote: "Our fighters will finish the job."',
        '"Our fighters will finish the job," Ramzan Kadyrov wrote in a lengthy Telegram post on Sunday.',
    ],
)
def test_a_post_named_by_its_platform_credits_the_platform(article):
    quote = only(article)
    assert (quote.speaker, quote.credited_source) == ("Ramzan Kadyrov", "Telegram")


@pytest.mark.parametrize(
    "article, source",
    [
        (
            "Maria Zakharova, the Russian foreign ministry spokeswoman, mocked the visit on Telegram.\n\n"
            '"They came to take pictures," she wrote.',
            "Telegram",
        ),
        ('Donald Trump blamed local officials on Twitter. "Ask the City Council what happened," he wrote.', "Twitter"),
        # Words said, not written; written elsewhere; someone else acting on the platform.
        ('Trump attacked Cruz on Twitter. "He is a liar," Trump said at a rally.', None),
        ('Kadyrov lashed out on Telegram. In a letter to Putin, he wrote: "They should lose their medals."', None),
        ('Trump attacked Cruz on Twitter. "He is a liar," Cruz wrote.', None),
    ],
)
def test_words_written_after_the_writer_has_the_speaker_act_on_a_platform_are_credited_to_it(article, source):
    assert only(article).credited_source == source


@pytest.mark.parametrize(("platform", "source"), [("an X", "X"), ("an Xmas", None), ("a Facebook", "Facebook")])
def test_a_post_on_x_is_credited_to_x_and_nothing_else_that_starts_with_x(platform, source):
    assert only(f'In {platform} post, Zelensky wrote: "We will win."').credited_source == source


def test_a_name_opening_a_paragraph_after_a_title_case_line_is_a_subject():
    # The live-blog entry's title ends in "In"; the next paragraph's "John Kasich said" still opens on its subject.
    article = (
        'Ted Cruz spoke. "I will build it," Cruz said.\n'
        "Kasich: Deporting Parents Is Not The Kind Of Values Americans Believe In\n"
        "John Kasich said Saturday that allowing immigrants to stay was fine.\n"
        '"I could not imagine that," he said.'
    )
    assert extract_quotes(article)[-1].speaker == "John Kasich"


def test_authors_are_found_only_near_their_text():
    # "Nixon's appeal" far from "from … Jimmy Carter" names no authors, and the report's authors are not Carter.
    article = (
        "The committee published a report on the party's future.\n"
        '"We have to engage minority voters," wrote the authors of the report.\n'
        "Nixon's appeal for law and order spoke to a constituency that delivered Republicans the White House in "
        "every election, with the exception of the election in 1976, when the votes came from Georgia Gov. Jimmy "
        "Carter.\n"
    )
    assert only(article).speaker != "Jimmy Carter"


def test_it_is_the_body_the_sentence_opens_on_not_a_compass_word():
    quote = only(
        "The United Nations Security Council on Friday condemned North Korea's latest nuclear test and pledged "
        'further sanctions as a deterrence to what it called "a clear threat to international peace and security."'
    )
    assert quote.speaker == "United Nations Security Council"


@pytest.mark.parametrize(
    "article, speaker",
    [
        (
            'Hillary Clinton wrote a memoir. After saying her right foot was "so swollen I could barely get my shoe '
            'on," she was taken to hospital.',
            "Hillary Clinton",
        ),
        (
            'Before adding that the talks were "constructive," Sergei Lavrov told reporters the West must stop.',
            "Sergei Lavrov",
        ),
    ],
)
def test_a_participle_opening_the_sentence_is_spoken_by_the_main_clauses_subject(article, speaker):
    assert only(article).speaker == speaker


def test_a_transcript_released_by_a_body_credits_it_and_the_speaker_named_in_the_sentence_speaks():
    quote = only(
        'According to a transcript released by the Kremlin, Putin said the West was "pumping Ukraine with weapons."'
    )
    assert (quote.speaker, quote.credited_source) == ("Putin", "transcript released by the Kremlin")


@pytest.mark.parametrize(
    "article, speaker, relayed_by, source",
    [
        (
            'Kremlin spokesman Dmitry Peskov quoted President Vladimir Putin as saying: "We will not allow this."',
            "Vladimir Putin",
            "Dmitry Peskov",
            None,
        ),
        (
            '"We will not allow this," Dmitry Peskov quoted Vladimir Putin as saying.',
            "Vladimir Putin",
            "Dmitry Peskov",
            None,
        ),
        # An outlet quoting someone is credited, not a relay.
        ('"We need more shells," RIA Novosti quoted Denis Pushilin as saying.', "Denis Pushilin", None, "RIA Novosti"),
    ],
)
def test_a_person_quoting_someone_as_saying_relays_their_words(article, speaker, relayed_by, source):
    quote = only(article)
    assert (quote.speaker, quote.relayed_by, quote.credited_source) == (speaker, relayed_by, source)


@pytest.mark.parametrize(
    "article, speaker, relayed_by, source",
    [
        # Someone recounting what a person said: the person speaks, the teller relays.
        (
            '"We ask for help," Denis Pushilin said, according to Dmitry Peskov.',
            "Denis Pushilin",
            "Dmitry Peskov",
            None,
        ),
        (
            "A senior American intelligence official described the call.\n\n"
            '"The fight is here," the president said, according to the official, who described him as upbeat.',
            "president",
            "official",
            None,
        ),
        (
            '"She will have my name," Grayson said, according to Frankel.\n\nRep. Lois Frankel told the story.',
            "Grayson",
            "Lois Frankel",
            None,
        ),
        # An outlet, a body or a document there is the credited source, no relay.
        ('"We ask for help," Denis Pushilin said, according to RIA Novosti.', "Denis Pushilin", None, "RIA Novosti"),
        ('"We are ready," Vladimir Putin said, according to the Kremlin.', "Vladimir Putin", None, "Kremlin"),
        (
            '"Any movement will be participation," Vladimir Putin said, according to a Kremlin transcript.',
            "Vladimir Putin",
            None,
            "Kremlin transcript",
        ),
        (
            '"I would not want that," Sergei Lavrov said, according to a transcript published by the ministry.',
            "Sergei Lavrov",
            None,
            "transcript published by the ministry",
        ),
        # A paper or a programme the outlet list does not know is nobody's account.
        ('"No basis," Joey Salceda said, according to the Philippine Star.', "Joey Salceda", None, None),
        ('"I will vote," Peter Welch said, according to Vermont Edition.', "Peter Welch", None, None),
    ],
)
def test_according_to_after_a_persons_cue_names_who_recounts_the_words(article, speaker, relayed_by, source):
    quote = only(article)
    assert (quote.speaker, quote.relayed_by, quote.credited_source) == (speaker, relayed_by, source)


@pytest.mark.parametrize(
    "later, source",
    [
        # Words said to another audience are a new occasion: the interview's credit ends.
        (
            "On Monday, Mr Zelensky told Romania's parliament that Russia wanted war. "
            '"They want to erase us," he said.',
            None,
        ),
        ('"They want to erase us," Zelensky told the crowd.', None),
        ('In Kyiv, Zelensky addressed lawmakers. "They want to erase us," he said.', None),
        ('Zelensky wrote to Scholz: "They want to erase us."', None),
        # Words of the same interview keep it.
        ('Asked about talks, Zelensky replied: "They want to erase us."', "CBS"),
    ],
)
def test_a_new_audience_ends_the_credit_a_speaker_carried(later, source):
    article = 'Volodymyr Zelensky spoke to CBS on Sunday. "This is genocide," Zelensky told CBS.\n\n' + later
    quotes = extract_quotes(article)
    assert quotes[0].credited_source == "CBS"
    assert quotes[-1].speaker == "Volodymyr Zelensky"
    assert quotes[-1].credited_source == source


@pytest.mark.parametrize(
    "article, source",
    [
        # The publication a piece of writing appeared in carried its words.
        (
            'In an opinion article published in The Washington Post, Ghazala Khan wrote: "I felt the pain."',
            "The Washington Post",
        ),
        ('In an op-ed for The New York Times, Volodymyr Zelensky wrote: "We will win."', "The New York Times"),
        ('Writing in the Guardian, Dmytro Kuleba said: "We need weapons."', "The Guardian"),
        ('Dmitry Medvedev wrote in an article for RIA Novosti: "The West will lose."', "RIA Novosti"),
        (
            'Chris Collins noted in a guest column in Saturday\'s New York Times: "Voters are angry."',
            "The New York Times",
        ),
        # One the outlet list does not know is named as written.
        ('In a column for Foreign Affairs, Dmytro Kuleba wrote: "We will win."', "Foreign Affairs"),
        # An article not named stays uncredited.
        ('In his article, Dmitry Medvedev wrote: "The West will lose."', None),
    ],
)
def test_a_piece_of_writing_credits_the_publication_it_appeared_in(article, source):
    assert only(article).credited_source == source


@pytest.mark.parametrize(
    "article, speaker, mention",
    [
        # A channel, unit or group named in quotation marks: its name is no quotation, and part of the speaker.
        (
            'The "Grey Zone" Telegram channel, linked to Wagner, said: "Our fighters have taken the village."',
            "Grey Zone Telegram",
            'The "Grey Zone" Telegram channel',
        ),
        (
            '"Our fighters have taken the village," the pro-war "Rybar" channel wrote.',
            "pro-war Rybar channel",
            'the pro-war "Rybar" channel',
        ),
        ('Fighters of the "Azov" regiment said: "We will not surrender."', "Fighters of the Azov regiment", None),
    ],
)
def test_a_quoted_name_of_a_channel_or_unit_belongs_to_the_speakers_phrase(article, speaker, mention):
    quotes = extract_quotes(article)
    said = [q for q in quotes if q.kind == "full"]
    assert len(said) == 1
    assert [q.kind for q in quotes if q is not said[0]] == ["term"]
    assert said[0].speaker == speaker
    if mention:
        assert said[0].speaker_mention == mention


@pytest.mark.parametrize(
    "article, source",
    [
        # A channel speaks on its platform.
        ('The Rybar Telegram channel said: "We took it."', "Telegram"),
        ('The "Grey Zone" Telegram channel said: "We took it."', "Telegram"),
        ('Pro-Russian Telegram channels reported: "We took it."', "Telegram"),
        ('"We took it," the channel said.', None),
    ],
)
def test_a_platform_channel_speaking_is_credited_to_the_platform(article, source):
    (said,) = [q for q in extract_quotes(article) if q.kind == "full"]
    assert said.credited_source == source


@pytest.mark.parametrize(
    "signature, speaker",
    [
        # A post embedded in the article, its signature line after it: the author, credited to the platform.
        ("— Volodymyr Zelensky (@ZelenskyyUa) April 21, 2022", "Volodymyr Zelensky"),
        # A signature the article does not spell: the one the paragraph before says posted it.
        ("— Володимир Зеленський (@ZelenskyyUa) April 21, 2022", "Volodymyr Zelensky"),
        # Someone the article does not name: the signature's name as written.
        ("— Ann Example (@annexample) April 21, 2022", "Ann Example"),
    ],
)
def test_an_embedded_post_is_quoted_whole_and_credited_to_its_author(signature, speaker):
    article = (
        "Ukrainian President Volodymyr Zelensky thanked U.S. President Joe Biden on Twitter.\n\n"
        "Grateful to @POTUS for another $800 million in security assistance. Together we will win! "
        "pic.twitter.com/abc123\n\n" + signature + "\n\nBiden announced the package at the White House."
    )
    quote = only(article)
    assert quote.text == "Grateful to @POTUS for another $800 million in security assistance. Together we will win!"
    assert (quote.kind, quote.speaker, quote.cue, quote.credited_source) == ("full", speaker, "posted", "Twitter")


def test_a_paragraph_without_a_signature_after_it_is_no_post():
    article = (
        "Zelensky thanked Biden on Twitter.\n\nGrateful to the United States. Together we will win!\n\nMore later."
    )
    assert extract_quotes(article) == []


def test_a_block_quote_whose_marks_were_lost_follows_its_introduction():
    # Live blogs set long quotations off as indented blocks; the plain text keeps neither indent nor marks.
    article = (
        "The Kremlin has rejected Ukraine's peace plan. Dmitry Peskov, Vladimir Putin's spokesperson, told "
        "journalists:\n\n"
        "There can be no peace plan for Ukraine that does not take into account today's realities.\n\n"
        "Updated at 14.20 GMT"
    )
    quote = only(article)
    assert (quote.text, quote.kind, quote.speaker, quote.cue) == (
        "There can be no peace plan for Ukraine that does not take into account today's realities.",
        "full",
        "Dmitry Peskov",
        "told",
    )
    assert article[quote.start : quote.end] == quote.text


@pytest.mark.parametrize(
    "article",
    [
        # The introduction's verb is too far from its colon: an embedded post the plain text lost came between.
        "CNN also noted the relatively sparse attendance:\n\nEven right-leaning journalist Byron York took a moment "
        "to point out the lack of a crowd.",
        # No speech verb: a list, not a quotation.
        "The ministry listed three demands:\n\nWithdraw the troops, free the prisoners and pay for the damage.",
        # A heading or a time stamp is no sentence.
        "Peskov told journalists:\n\nUpdated at 14.20 GMT",
        # Releasing demands is no speech.
        "The ministry released three demands:\n\nWithdraw the troops, free the prisoners and pay for the damage.",
    ],
)
def test_a_paragraph_after_a_colon_is_no_block_quote_without_a_speech_verb_and_a_sentence(article):
    assert extract_quotes(article) == []


def test_a_person_before_a_possessive_role_set_off_by_commas_speaks():
    quote = only('Dmitry Peskov, Vladimir Putin\'s spokesman, said: "There can be no peace plan."')
    assert (quote.speaker, quote.speaker_mention) == ("Dmitry Peskov", "Dmitry Peskov")


def test_a_capitalised_run_stops_at_a_line_break():
    from service.extraction.names import find_name_mentions

    text = "Kasich: Deporting Parents Is Not The Kind Of Values Americans Believe In\nJohn Kasich said Saturday"
    names = [(m.name, m.subject) for m in find_name_mentions(text)]
    assert ("John Kasich", True) in names


@pytest.mark.parametrize(
    "description",
    ["the DPR leader", "the head of the republic", "the head of the Donetsk People's Republic", "the DPR head"],
)
def test_a_role_set_off_by_commas_names_the_person_a_later_description_means(description):
    article = (
        "The head of the Donetsk People's Republic (DPR), Denis Pushilin, spoke on Friday.\n\n"
        f'"We will liberate Mariupol," {description} told reporters.'
    )
    assert extract_quotes(article)[-1].speaker == "Denis Pushilin"


@pytest.mark.parametrize(
    "later, speaker",
    [
        # TASS's title without "the", and of two heads of republics the one named before the description.
        ('"Our defenders stood firm," the head of the republic wrote.', "Denis Pushilin"),
        # After both are named the description is ambiguous.
        (
            "Earlier, the head of the Lugansk People's Republic, Leonid Pasechnik, spoke.\n\n"
            '"Our defenders stood firm," the head of the republic wrote.',
            "head of the republic",
        ),
    ],
)
def test_a_role_written_as_a_title_and_the_holder_named_before(later, speaker):
    article = (
        "Ukrainian forces shelled Donetsk overnight, Head of the Donetsk People's Republic Denis Pushilin said.\n\n"
        + later
        + "\n\nEarlier, the head of the Lugansk People's Republic, Leonid Pasechnik, said the militia held."
    )
    assert extract_quotes(article)[0].speaker == speaker


def test_a_role_in_an_organisation_is_no_bare_title():
    # "the president" is the country's, not the president of a campaign group named in an appositive.
    article = (
        "President Barack Obama announced new executive actions. Dan Gross, president of the Brady Campaign, "
        'live tweeted.\n\n"We need to do something," the president said.'
    )
    assert extract_quotes(article)[-1].speaker == "Barack Obama"


def test_a_headline_label_by_role_names_the_person_the_body_gives_that_role():
    article = (
        "DPR leader: “We will liberate Mariupol”\n\n"
        "Denis Pushilin, head of the Donetsk People's Republic, said on Friday that the city would fall."
    )
    assert extract_quotes(article)[0].speaker == "Denis Pushilin"


@pytest.mark.parametrize(
    "article, speaker",
    [
        (
            "Zelensky's office said in a statement that three civilians had been killed. "
            '"Russia continues to terrorize civilians," the statement said.',
            "Zelensky's office",
        ),
        (
            'Russia\'s Defence Ministry issued a statement on Monday. "Our forces hit 40 targets," the statement read.',
            "Russia's Defence Ministry",
        ),
        (
            "President Barack Obama said in a statement that the U.S. stood with France. "
            '"We stand in solidarity with France," the statement said.',
            "Barack Obama",
        ),
    ],
)
def test_the_statement_speaks_for_the_subject_that_issued_it(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


@pytest.mark.parametrize("introduction", ["issued a statement:", "released the following statement:"])
def test_a_statement_set_off_as_a_block_is_its_issuers(introduction):
    quote = only(f"The Kremlin {introduction}\n\nWe will achieve all our goals, and nobody will stop us.")
    assert (quote.kind, quote.speaker, quote.cue) == ("full", "Kremlin", introduction.rstrip(":"))


@pytest.mark.parametrize(
    "article, source",
    [
        ('Jeb Bush hit back, tweeting that Trump was "a loser and a liar."', "Twitter"),
        ('"Her mind is shot," Donald Trump wrote in an early morning tweet.', "Twitter"),
        ('Donald Trump unleashed a series of tweets on Friday, saying Hillary Clinton was "crooked."', "Twitter"),
        (
            'In a subsequent tweet, Donald Trump said he was postponing a briefing "concerning my announcement."',
            "Twitter",
        ),
        # A tweet the sentence talks about is no channel of the speaker's.
        (
            'While discussing a controversial tweet from Donald Trump, Paul Ryan said "anti-Semitic images have no '
            'place in a campaign."',
            None,
        ),
        ('Christie said Trump\'s tweet meant that "people want safer streets."', None),
    ],
)
def test_twitter_is_credited_for_words_tweeted_not_for_a_tweet_mentioned(article, source):
    assert only(article).credited_source == source


def test_u_s_before_a_sentence_opener_ends_the_sentence():
    article = (
        "Donald Trump called to ban Muslims from entering the U.S. Meanwhile Hillary Clinton says the plan is "
        '"dangerous."'
    )
    assert (only(article).speaker, only(article).cue) == ("Hillary Clinton", "says")


def test_a_participle_likened_to_something_is_no_cue():
    quote = only(
        "Discussing an image of a six-pointed star likened to the Star of David, Speaker Paul Ryan said "
        '"anti-Semitic images have no place in a campaign."'
    )
    assert (quote.speaker, quote.cue) == ("Paul Ryan", "said")


def test_labeling_reports_its_subjects_words():
    quote = only(
        'Former Arkansas Gov. Mike Huckabee, for his part, is labeling the actions "a blatant abuse of power."'
    )
    assert (quote.speaker, quote.cue) == ("Mike Huckabee", "labeling")


@pytest.mark.parametrize(
    "article, speaker",
    [
        ('"It\'s hell," added her neighbour, Viktor.', "Viktor"),
        ('"We stay," said a local farmer, Olena, who refused to leave.', "Olena"),
        # After a place, a first name that is also a place is the place's state.
        ('"We stay," said a voter in Atlanta, Georgia.', "voter"),
    ],
)
def test_a_first_name_alone_after_a_role_is_the_speaker(article, speaker):
    assert only(article).speaker == speaker


@pytest.mark.parametrize(
    "article, source",
    [
        ('"We are ready," Zelenskyy said in his nightly address, according to a translation by CNN.', "CNN"),
        (
            '"The enemy suffered heavy losses," the Ukrainian General Staff said in its daily update on Facebook.',
            "Facebook",
        ),
    ],
)
def test_a_translation_or_an_update_credits_where_it_was_published(article, source):
    assert only(article).credited_source == source


@pytest.mark.parametrize(
    "article, kind",
    [
        (
            'Kremlin spokesman Dmitry Peskov told reporters that Russia "will respond," without giving details.',
            "fragment",
        ),
        ('Paul Ryan said he was "not ready" to back Trump.', "fragment"),
        ('Russian officials called the troops "peacekeepers" on Monday.', "term"),
    ],
)
def test_two_quoted_words_opening_on_a_verb_are_a_fragment_not_a_label(article, kind):
    assert only(article).kind == kind


@pytest.mark.parametrize(
    "article, speaker, source",
    [
        (
            '"We have never refused talks," Lavrov told reporters, according to the state-run TASS news agency.',
            "Lavrov",
            "TASS",
        ),
        (
            '"We have never refused talks," Lavrov said, according to the state-owned RIA Novosti.',
            "Lavrov",
            "RIA Novosti",
        ),
        ('"People here will not give in," said Al Jazeera\'s Zein Basravi, reporting from Kyiv.', "Zein Basravi", None),
    ],
)
def test_an_outlet_described_before_its_name_is_credited_and_its_reporter_named_without_it(article, speaker, source):
    quote = only(article)
    assert (quote.speaker, quote.credited_source) == (speaker, source)


@pytest.mark.parametrize(
    "interviewer, source",
    [("CNN's Fareed Zakaria", "CNN"), ("MSNBC's Rachel Maddow", "MSNBC"), ("Russia's Sergey Lavrov", None)],
)
def test_told_an_outlets_interviewer_credits_the_outlet(interviewer, source):
    article = f'Volodymyr Zelensky spoke. "We will not back down," he told {interviewer}.'
    assert only(article).credited_source == source


@pytest.mark.parametrize(
    "sentence, speaker, source",
    [
        ('In an interview with CNN\'s Jake Tapper, he said: "We will not back down."', "Volodymyr Zelensky", "CNN"),
        (
            '"We will not back down," he said in an interview with MSNBC\'s Rachel Maddow.',
            "Volodymyr Zelensky",
            "MSNBC",
        ),
    ],
)
def test_an_interviewer_named_with_the_outlet_is_no_antecedent_and_credits_the_outlet(sentence, speaker, source):
    quote = extract_quotes("Volodymyr Zelensky spoke on Sunday. " + sentence)[-1]
    assert (quote.speaker, quote.credited_source) == (speaker, source)


@pytest.mark.parametrize(
    "article, speaker, source",
    [
        (
            'FAREWELL: "The Living Room to close," by Times\' Ben Sisario: "The nightclub will close in December."',
            "Ben Sisario",
            None,
        ),
        (
            "In a telephone interview with Fox News’ Jenna Lee, Mike Pence was asked about the comment. Pence replied, "
            '"These are two men building a relationship."',
            "Mike Pence",
            "Fox News",
        ),
    ],
)
def test_a_plural_possessive_employer_is_no_part_of_the_name(article, speaker, source):
    quote = extract_quotes(article)[-1]
    assert (quote.speaker, quote.credited_source) == (speaker, source)


def test_a_quoted_transcript_gives_each_turn_to_the_speaker_its_label_names():
    article = (
        "On “Fox News Sunday,” Gov. Mike Pence said the tweet was only “to mock” Hillary Clinton.\n\n"
        "Partial transcript as follows:\n\n"
        '"WALLACE: Will Gennifer Flowers actually be there tomorrow night?\n\n'
        '"PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of “Shark Tank.”\n\n'
        '"But the truth is that Donald Trump has a unique way of communicating.\n\n'
        '"UPDATE: Gennifer Flowers will not be attending the debate tomorrow night."'
    )
    turns = [q for q in extract_quotes(article) if q.kind == "full"]
    assert [(q.text[:20], q.speaker, q.speaker_mention, q.cue) for q in turns] == [
        ("Will Gennifer Flower", "Wallace", "WALLACE", ":"),
        ("Well, look, Hillary ", "Mike Pence", "PENCE", ":"),
        # A paragraph without a label goes on with the last turn; a section word is no speaker.
        ("But the truth is tha", "Mike Pence", "PENCE", ":"),
        ("UPDATE: Gennifer Flo", "Mike Pence", "PENCE", ":"),
    ]
    # The label is not part of the words, and the offsets say where the words are.
    assert all(article[q.start : q.end].startswith(q.text[:10]) for q in turns)
    # The transcript is one quotation.
    assert len({q.group for q in turns}) == 1


def test_it_after_an_article_quoted_is_the_article():
    article = (
        "A 1995 Times article praised his recovery.\n\n"
        "“Business and government leaders in New York honored Donald J. Trump yesterday,” the article read.\n\n"
        "“Mr. Trump has managed to erase much of his debt and is moving ahead with major projects,” it added."
    )
    quotes = [q for q in extract_quotes(article) if q.kind == "full"]
    assert [(q.speaker_mention, q.speaker) for q in quotes] == [("the article", "article"), ("it", "article")]


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # Going after someone is attacking them in words.
        (
            "In recent weeks, Senator Harry Reid has gone after Trump as a “human leech who will bleed the country.”",
            "Harry Reid",
        ),
        # People in the plural opening the sentence speak its participle, not a name after its verb.
        (
            "In August, several environmental groups granted Mr. Clarke an extension on a court order, saying his "
            '"start-up capital was less than expected."',
            "several environmental groups",
        ),
        # A people's name stands for the determiner.
        (
            "Russian officials have been quoted by the state news agency RIA as saying the troops were withdrawn as "
            'a "goodwill gesture".',
            "Russian officials",
        ),
    ],
)
def test_fragment_speakers_of_attacks_and_plural_subjects(article, speaker):
    assert only(article).speaker == speaker


def test_a_quotation_paragraph_goes_on_with_the_quotation_that_ends_the_narrative_paragraph_before():
    article = (
        "California may raise its minimum wage. Gov. Jerry Brown hinted at that in a news conference Monday. "
        '"It is quite incredible that you have so much wealth," he said.\n\n'
        '"I hope that what is in California does not stay in California."\n\n'
        "Brown spoke for an hour. “We will see,” he added.\n\n“It is up to Congress,” he said."
    )
    quotes = extract_quotes(article)
    assert [q.speaker for q in quotes] == ["Jerry Brown"] * 4
    # One quotation over two paragraphs; a paragraph with its own cue is another.
    assert quotes[0].group == quotes[1].group != quotes[2].group != quotes[3].group


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # A role in a body written before the name without its commas.
        (
            "The head of the Donetsk People's Republic Denis Pushilin announced an evacuation.\n\n"
            "«Zelensky will soon give the order,» the DPR head claimed.",
            "Denis Pushilin",
        ),
        # A body an appositive describes: "the company" is the one described so.
        (
            "Energoatom, Ukraine's state nuclear company, said on its Telegram channel that the reactor was off.\n\n"
            '"The station is in blackout mode," the company wrote.',
            "Energoatom",
        ),
        (
            'Energoatom, the state nuclear operator, said the reactor was off. "We are off," the operator said.',
            "Energoatom",
        ),
    ],
)
def test_a_description_refers_back_to_the_one_an_appositive_described(article, speaker):
    assert only(article).speaker == speaker


def test_a_definite_description_refers_back_to_the_fuller_one_that_introduced_its_speaker():
    article = (
        "Meanwhile, a source in the DPR's defence ministry told TASS that shelling had intensified overnight. "
        '"The enemy used 120-mm mortars," the source said.\n\nThe Times reported the shelling. "It went on all night," '
        "the Times wrote."
    )
    quotes = extract_quotes(article)
    assert [(q.speaker, q.credited_source) for q in quotes] == [
        ("source in the DPR's defence ministry", "TASS"),
        ("Times", None),
    ]


@pytest.mark.parametrize(
    ("article", "speaker", "kind", "relayed_by", "source"),
    [
        # "a claim he denied" is about the quotation, not its attribution.
        (
            "Maria Zakharova, the Russian foreign ministry spokeswoman, wrote on Telegram that Zelensky had "
            '"fled Kyiv", a claim he denied.',
            "Maria Zakharova",
            "term",
            None,
            "Telegram",
        ),
        # Someone described, not named, relays whom they quote; the outlet they told is credited.
        (
            "A senior American intelligence official with direct knowledge of the call told the Associated Press "
            'about it.\n\n"The fight is here; I need ammunition, not a ride," the official quoted Zelensky as saying.',
            "Zelensky",
            "full",
            "senior American intelligence official with direct knowledge of the call",
            "AP",
        ),
        # "he" in "what he called" is the subject of the verb before "what", not the last man named.
        (
            "Mr. Trump spoke in Cleveland.\n\nThe president denounced what he called the ''deeply pessimistic'' "
            "vision of America that emerged from Mr. Trump's convention.",
            "president",
            "fragment",
            None,
            None,
        ),
        # The outlet named a few words after "an interview with Russia's".
        (
            "A few days ago in an interview with Russia’s propagandistic network RT, Donald Trump blasted the "
            "American media for being “unbelievably dishonest.”",
            "Donald Trump",
            "term",
            None,
            "RT",
        ),
    ],
)
def test_probe_article_attributions(article, speaker, kind, relayed_by, source):
    quote = only(article)
    assert (quote.speaker, quote.kind, quote.relayed_by, quote.credited_source) == (speaker, kind, relayed_by, source)


def test_a_role_with_its_article_dropped_speaks_a_headline():
    article = (
        "'Putin has miscalculated', says former NATO commander\n\n"
        "In an interview, retired US general Ben Hodges discussed the war."
    )
    assert (only(article).speaker, only(article).cue) == ("former NATO commander", "says")


_SANDU_BODY = "\n\nPresident Maia Sandu said on Monday that Russia planned a coup."
_SYNEHUBOV_BODY = "\n\nThe governor of the Kharkiv region, Oleh Synehubov, said three people were killed."


@pytest.mark.parametrize(
    "article, speaker",
    [
        # A headline refers forward: the body names the president after it, without the country.
        ('Moldova\'s president says Russia planned "a coup"' + _SANDU_BODY, "Maia Sandu"),
        (
            'Russia\'s president says "we will win"\n\nUkrainian President Volodymyr Zelensky spoke on Monday.',
            "Russia's president",
        ),
        ('"The city is under fire", says governor' + _SYNEHUBOV_BODY, "Oleh Synehubov"),
        ('"The city is under fire" - governor' + _SYNEHUBOV_BODY, "Oleh Synehubov"),
        (
            '"The city is under fire", says Kharkiv governor\n\nKharkiv regional governor Oleh Synehubov spoke.',
            "Oleh Synehubov",
        ),
        ('"The city is under fire", says mayor' + _SYNEHUBOV_BODY, None),
    ],
)
def test_a_sentence_case_headline_names_whom_the_body_gives_its_role(article, speaker):
    assert extract_quotes(article)[0].speaker == speaker


@pytest.mark.parametrize(
    "article, speaker",
    [
        (
            'Oleh Synehubov, the governor of Kharkiv, spoke.\n\n"The city is under fire," Kharkiv governor said.',
            "Oleh Synehubov",
        ),
        ('Facebook posts allege that Biden said "Ukraine will lose."', "Facebook posts"),
        ('"That is her husband," Another child responded.', "Another child"),
    ],
)
def test_a_name_before_a_noun_qualifies_it_and_is_no_person(article, speaker):
    assert only(article).speaker == speaker


def test_a_surname_the_wars_news_uses_alone_is_a_person_a_pronoun_can_mean():
    article = (
        "U.N. Secretary-General Antonio Guterres was concerned, his spokesman said.\n\n"
        "In Kyiv, Zelenskyy sought to project calm. “We are not afraid of anyone or anything,” he said."
    )
    assert only(article).speaker == "Zelenskyy"


def test_a_body_named_again_without_its_country_keeps_its_name_and_its_platform():
    article = (
        "Ukraine's General Staff said in its morning report on Facebook that Russian forces had launched 40 air "
        "strikes. «The enemy continues to concentrate its main efforts on the Bakhmut direction,» the General Staff "
        "said."
    )
    quote = only(article)
    assert (quote.speaker, quote.credited_source) == ("Ukraine's General Staff", "Facebook")


@pytest.mark.parametrize(
    "article, speaker",
    [
        (
            '"The enemy suffered heavy losses," the General Staff of the Armed Forces of Ukraine said in its daily '
            'update.\n\n"Fighting continues near Bakhmut," the General Staff added.',
            "General Staff of the Armed Forces of Ukraine",
        ),
        (
            'The Security Service of Ukraine (SBU) said: "We detained an agent."\n\n"He confessed," the Security '
            "Service said.",
            "Security Service of Ukraine",
        ),
    ],
)
def test_a_body_that_spoke_under_its_full_name_keeps_it_when_shortened(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


@pytest.mark.parametrize(
    "article, speaker",
    [
        (
            'Mykhailo Podolyak, an adviser to the head of the presidential office, said: "Talks are impossible."\n\n'
            '"Russia must leave," the adviser added.',
            "Mykhailo Podolyak",
        ),
        ('Ann Lee, a senior commander, said: "We hold."\n\n"We need shells," the commander added.', "Ann Lee"),
        (
            'Ukraine\'s ombudsman Dmytro Lubinets wrote: "This is a war crime."\n\n"Russia must answer," the '
            "ombudsman added.",
            "Dmytro Lubinets",
        ),
        (
            'Russia\'s ambassador to the US, Anatoly Antonov, said: "This is a provocation."\n\n"Washington is '
            'escalating," the ambassador added.',
            "Anatoly Antonov",
        ),
        # A role phrase repeated as written after it was set off beside a name.
        (
            'Zelensky\'s chief of staff, Andriy Yermak, spoke.\n\n"Every crime will be punished," the chief of staff '
            "added.",
            "Andriy Yermak",
        ),
        (
            'Andriy Yermak, head of the presidential office, spoke.\n\n"We act," the head of the presidential office '
            "said.",
            "Andriy Yermak",
        ),
        (
            "Andriy Yermak, head of the presidential office, and Ann Lee, head of the presidential office, spoke.\n\n"
            '"We act," the head of the presidential office said.',
            "head of the presidential office",
        ),
        # A surname alone with its role set off is a person a later "she" means.
        (
            'Maliar, the deputy defence minister, wrote on Telegram that the army had advanced. "We liberated two '
            'villages," she said.',
            "Maliar",
        ),
        # A head of an organisation is no candidate for a bare "the president".
        (
            'Obama spoke. Dan Gross, the president of the Brady Campaign, agreed.\n\n"We act," the president said.',
            "president",
        ),
    ],
)
def test_a_role_an_appositive_gives_a_name_is_what_a_later_description_means(article, speaker):
    assert extract_quotes(article)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("article", "speaker", "source"),
    [
        # An age for a name: the person the sentence before was about.
        (
            "Yevgeny Prigozhin, the founder of the Wagner group, accused the army of treason on Friday.\n\n"
            '"Where is the ammunition?" the 61-year-old shouted in a video posted on Telegram by his press service.',
            "Yevgeny Prigozhin",
            "Telegram",
        ),
        # "told the Guardian": an outlet known with its article.
        (
            "\"I don't think he's going anywhere,\" Russia analyst Tatiana Stanovaya told the Guardian.",
            "Tatiana Stanovaya",
            "The Guardian",
        ),
    ],
)
def test_an_age_epithet_and_an_outlet_known_with_its_article(article, speaker, source):
    quote = only(article)
    assert (quote.speaker, quote.credited_source) == (speaker, source)


@pytest.mark.parametrize(
    ("article", "speaker", "source"),
    [
        # A government's readout relays words its sentence gives to a person: the person speaks, the body is credited.
        (
            "Russian President Vladimir Putin told French President Emmanuel Macron on Friday that the shelling "
            'could lead to "a large-scale catastrophe for all of Europe", the Kremlin said.',
            "Vladimir Putin",
            "Kremlin",
        ),
        # A group whose request the body relays: the group's authors speak.
        (
            'The leaders of the breakaway regions have asked Putin for help in repelling Ukrainian "aggression", '
            "the Kremlin said.\n\nIn letters to Putin, Denis Pushilin and Leonid Pasechnik said civilians were "
            "being shelled.",
            "Leonid Pasechnik and Denis Pushilin",
            "Kremlin",
        ),
        # An outlet saying so after words its sentence gives to someone is credited the same way.
        (
            'Shoigu told officers that the offensive was "going to plan", RIA Novosti said, citing the ministry.',
            "Shoigu",
            "RIA Novosti",
        ),
        # A statement posted on a body's website is that body's.
        (
            "According to a statement posted on the Kremlin website, the two leaders agreed that experts should "
            'visit the site "as soon as possible".',
            "Kremlin",
            None,
        ),
    ],
)
def test_a_governments_readout_and_website_statement(article, speaker, source):
    quote = only(article)
    assert (quote.speaker, quote.credited_source) == (speaker, source)


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        # The reporting verb of an opening "While …," clause is not the sentence's.
        ('While Peskov denied it, the ministry said the strikes were "precise and justified."', "ministry"),
        (
            "Trump called for a ban. While Clinton has forcefully condemned the proposal, the groups who wrote to her "
            "on Thursday say they are “concerned your campaign is sending mixed messages.”",
            "groups",
        ),
        (
            "After Trump argued that Medicare should not be cut, Marco Rubio said only that his “numbers don’t add "
            "up.”",
            "Marco Rubio",
        ),
    ],
)
def test_the_main_clause_reports_a_fragment_not_an_opening_clause(article, speaker):
    assert [q for q in extract_quotes(article) if q.kind != "term"][0].speaker == speaker


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        ('When Peskov called the strikes "precise," Zelensky said it was "a lie."', "Peskov"),
        (
            'After Scalia said that minority students might do better at "less advanced schools," Trump said: '
            '"I don\'t like what he said."',
            "Scalia",
        ),
    ],
)
def test_a_quotation_inside_an_opening_clause_is_that_clauses(article, speaker):
    assert extract_quotes(article)[0].speaker == speaker


def test_fragments_inside_a_joined_subordinate_clause_are_that_clauses():
    article = (
        "“You winning?” Melanie said, but Kevin was drifting off again, and as Donald Trump went on about “how the "
        "system is rigged,” and “wounded American families,” Melanie said yes, yes, yes."
    )
    fragments = [q for q in extract_quotes(article) if q.kind == "fragment"]
    assert [q.speaker for q in fragments] == ["Donald Trump", "Donald Trump"]


def test_a_polls_share_of_people_speaks():
    article = (
        'Only 52 percent of registered voters agreed that Clinton is in "good enough overall health to serve as '
        'president," the poll found.'
    )
    assert only(article).speaker == "Only 52 percent of registered voters"


@pytest.mark.parametrize(
    ("article", "mention", "cue"),
    [
        # A fact-check clears the person its headline names: the words are not theirs.
        (
            "No, Zelensky did not say Ukrainians should 'prepare to die'\n\nA video claims otherwise.",
            "Zelensky",
            "did not say",
        ),
        ('Peskov has never called the operation "a war."', "Peskov", "never called"),
        ('The Kremlin denied saying that Kyiv would "cease to exist."', "The Kremlin", "denied saying"),
    ],
)
def test_a_negated_cue_gives_the_words_to_nobody(article, mention, cue):
    quote = extract_quotes(article)[0]
    assert (quote.speaker, quote.speaker_mention, quote.cue) == (None, mention, cue)


def test_a_negated_verb_leaves_the_words_to_a_later_verb_of_its_sentence():
    article = (
        "Sen. Chuck Schumer wouldn’t say Tuesday how the party would prioritize gun control, saying only that “for "
        "two decades it’s been an important issue” for the party."
    )
    assert only(article).speaker == "Chuck Schumer"


@pytest.mark.parametrize(
    ("article", "mention", "cue"),
    [
        (
            'A Facebook post sharing the video falsely claimed Zelensky had "admitted defeat."',
            "A Facebook post sharing the video",
            "claimed",
        ),
        (
            "Clinton lost her cool on a rope line as she angrily said, “I am so sick of the Sanders campaign lying.”",
            "she",
            "said",
        ),
        ('The family said: "We want justice."', "The family", "said"),
    ],
)
def test_an_adverb_before_the_verb_is_no_part_of_the_speaker(article, mention, cue):
    quote = extract_quotes(article)[0]
    assert (quote.speaker_mention, quote.cue) == (mention, cue)


def test_writings_credited_after_a_quotation_leave_it_to_the_sentences_speaker():
    article = (
        'Medvedev reportedly said that Ukraine "will cease to exist", according to posts on Telegram, but no such '
        "message appears on his channel."
    )
    quote = only(article)
    assert (quote.speaker, quote.cue, quote.credited_source) == ("Medvedev", "said", "Telegram")


@pytest.mark.parametrize(
    ("article", "source"),
    [
        ('Peskov was cited by Interfax as saying: "There is no such plan."', "Interfax"),
        ('Lavrov said in comments to RIA Novosti: "We are ready to talk."', "RIA Novosti"),
        (
            'In an interview published on Sunday by the Financial Times, Zelensky said: "We need more air defence."',
            "Financial Times",
        ),
        # Someone else's comments to an outlet credit nothing here.
        ('"It is not too late," said Terry Giles, in an interview before Carson\'s comments to the AP.', None),
    ],
)
def test_outlets_that_carried_or_were_given_the_words_are_credited(article, source):
    assert only(article).credited_source == source


@pytest.mark.parametrize(
    ("article", "speaker", "mention", "cue"),
    [
        ('Pushilin spoke on Saturday. In his words, the situation is "critical".', "Pushilin", "his", "in his words"),
        ('In Peskov\'s words, the talks were "useful".', "Peskov", "Peskov", "in Peskov's words"),
    ],
)
def test_in_someones_words_is_according_to_them(article, speaker, mention, cue):
    quote = only(article)
    assert (quote.speaker, quote.speaker_mention, quote.cue) == (speaker, mention, cue)


def test_a_country_before_a_headline_labels_name_is_no_part_of_it():
    article = "Russia's Lavrov: West has 'declared total war' on Russia\n\nThe minister spoke in Moscow."
    assert only(article).speaker == "Lavrov"


def test_the_subject_of_a_sentence_opening_on_a_letter_wrote_it():
    article = (
        "In letters to Putin published by state media, Denis Pushilin and Leonid Pasechnik said Ukrainian forces were "
        'shelling civilians. "The actions of the Kyiv regime demonstrate a reluctance to end the war," the letters '
        "said."
    )
    quote = only(article)
    assert (quote.speaker, quote.speaker_mention) == ("Leonid Pasechnik and Denis Pushilin", "the letters")


def test_a_platform_credit_goes_with_the_verb_nearest_before_it():
    article = (
        'Russia attacked Kyiv with drones overnight, Mayor Vitali Klitschko said on Telegram. "Several explosions '
        'in the Shevchenkivskyi district," he wrote.'
    )
    quote = only(article)
    assert (quote.speaker, quote.credited_source) == ("Vitali Klitschko", "Telegram")


@pytest.mark.parametrize(
    ("article", "speaker", "cue"),
    [
        # A claim's "that" clause reports what the claimant claims, not what the person in it said.
        (
            "A video circulating on social media claims that Ukrainian President Volodymyr Zelensky told citizens to "
            '"prepare to die for NATO". The claim is false.',
            "video circulating on social media",
            "claims",
        ),
        ('Peskov claimed that Zelensky said: "We will attack Crimea."', "Peskov", "claimed"),
        # Without "that" too.
        (
            'A video circulating on social media claims Zelensky told citizens to "prepare to die".',
            "video circulating on social media",
            "claims",
        ),
        ('Social media posts falsely claim Zelensky said: "Prepare to die."', "Social media posts", "claim"),
    ],
)
def test_words_in_a_claims_that_clause_are_the_claimants(article, speaker, cue):
    quote = extract_quotes(article)[0]
    assert (quote.speaker, quote.cue) == (speaker, cue)


def test_a_passive_said_by_names_whoever_said_the_words():
    article = (
        'The line "Ukraine is not even a country," often attributed to Putin, was in fact said by a Russian TV host.'
    )
    quote = only(article)
    assert (quote.speaker, quote.speaker_mention, quote.cue) == ("Russian TV host", "a Russian TV host", "said")


@pytest.mark.parametrize(
    "article, speaker",
    [
        (
            'Fighting raged near Bakhmut.\n\n"We are holding the line," a soldier who gave only his first name, '
            'Oleksandr, told Reuters.\n\nHe added: "We need more shells."',
            "Oleksandr",
        ),
        ('A woman who asked to be identified only by her first name, Olena, said: "We are hiding."', "Olena"),
        ('"We are hiding," said a woman who identified herself as Olena.', "Olena"),
        ('"We are ready," said a separatist commander who gave his name as Alexei.', "Alexei"),
        # No name given: the description stays the speaker.
        ('A man who gave his name to the police said: "We are holding."', "man"),
    ],
)
def test_a_described_speaker_is_known_by_the_name_they_gave(article, speaker):
    assert {q.speaker for q in extract_quotes(article)} == {speaker}
