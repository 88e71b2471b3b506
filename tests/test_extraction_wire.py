"""Wire-style articles in the seeds' domain (Russia and Ukraine, 2022), written for these tests: each quotation's
speaker, relay and credited source as a fact-checker would give them. Each layout here was once read wrong (see the
README's "Late night of 2026-12-02" and "2026-12-03" paragraphs); quotations whose right answer is debatable are left
out.
"""

import pytest

from service.extraction import extract_quotes


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


ARTICLES = {
    "tass": _article(
        "DONETSK, February 22. /TASS/. Head of the Donetsk People's Republic (DPR) Denis Pushilin has "
        "said that the republic's army is ready to repel any attack.",
        '"Our defenders are ready to stand to the end," Pushilin said in a video address posted on his '
        'Telegram channel. "We will not give up a single meter of our land."',
        "According to him, the Ukrainian forces shelled 15 settlements overnight. The DPR leader added "
        'that "the situation on the line of contact remains extremely tense."',
        'Kremlin Spokesman Dmitry Peskov told reporters on Tuesday that Moscow "is closely monitoring" '
        'the developments. "The president has received the appeals," the Kremlin spokesman said, '
        'according to RIA Novosti. He refused to comment on possible next steps: "I have nothing to add '
        'for now."',
        'Ukraine\'s Foreign Minister Dmytro Kuleba wrote on Twitter: "Russia must stop its aggression." '
        'Kiev\'s position, he stressed, "remains unchanged."',
        '"This is a blatant violation of international law," UN Secretary-General Antonio Guterres said '
        "in a statement.",
    ),
    "afp": _article(
        "Separatists Urge Russia To Send Modern Weapons",
        "Pro-Russian separatist leaders in eastern Ukraine on Thursday urged Moscow to supply them with "
        "modern weapons, AFP reported.",
        '"We need anti-tank systems and air defence," said Eduard Basurin, a spokesman for the separatist'
        " forces in Donetsk, in comments broadcast by Rossiya 24.",
        "Leonid Pasechnik, head of the self-proclaimed Lugansk People's Republic, told the Interfax news "
        'agency that his forces were "prepared for any scenario."',
        '"We are not going to attack anyone," he said. "But if Kiev attacks, we will respond."',
        'A senior U.S. official, speaking on condition of anonymity, said Washington was "deeply '
        'concerned" by the reports. "This would be a dangerous escalation," the official told reporters.',
        'Russian Foreign Minister Sergei Lavrov dismissed Western warnings as "hysteria". Speaking at a '
        'press conference in Moscow, he said: "Russia does not threaten anyone."',
        "Ukrainian President Volodymyr Zelensky, addressing the nation late on Wednesday, called for "
        'calm. "There is no reason to panic," Zelensky said.',
    ),
    "kyiv": _article(
        "Zelensky Says Ukraine Will Not Give Up Territory",
        "KYIV — Ukrainian President Volodymyr Zelensky said on Sunday that his country would never cede "
        "land in exchange for peace.",
        '"We will not trade our territory," Zelensky said in his nightly video address. "Not a single village."',
        'In an interview with the BBC, Defense Minister Oleksii Reznikov said Ukraine needed "more '
        'long-range weapons, and quickly."',
        'Russia\'s Defense Ministry said in a statement on Telegram that its forces had "liberated" the '
        "village of Pisky. The claim could not be independently verified.",
        '"The enemy is trying to advance," Ukraine\'s General Staff wrote on Facebook. "All attacks were repelled."',
        'Kremlin spokesman Dmitry Peskov, speaking to reporters, said the "special military operation" '
        'would continue "until all its goals are achieved."',
        'Asked whether talks were possible, Foreign Minister Sergei Lavrov replied: "That depends on Kyiv."',
        'Former President Petro Poroshenko told CNN that "the West must act now." He added: "Tomorrow '
        'will be too late."',
    ),
    "reu": _article(
        "Kremlin Says Putin Ready For Talks",
        "MOSCOW (Reuters) - Russian President Vladimir Putin is ready to hold talks with Ukraine's "
        "leader, the Kremlin said on Friday, but only in Moscow.",
        '"If Zelensky wants to meet, he can come to Moscow," Kremlin spokesman Dmitry Peskov told '
        "reporters, quoting the president.",
        'Putin was quoted by the Kremlin as saying that "the door to diplomacy is open."',
        'According to a statement from the Ukrainian presidency, Kyiv rejected the offer. "Moscow is not '
        'a place for talks," the statement said.',
        'A Western diplomat, who asked not to be named, told Reuters: "Nobody takes this seriously."',
        '"We will see," U.S. Secretary of State Antony Blinken said in Brussels. "Actions matter more than words."',
    ),
    "mt": _article(
        "Ukraine Separatists Urge Russia To Send Modern Weapons",
        "Separatist leaders in eastern Ukraine on Thursday asked Moscow for modern weapons, saying Kyiv "
        "was preparing an offensive.",
        '"Ukraine has concentrated a large group of forces along the line of contact," Denis Pushilin, '
        "head of the self-declared Donetsk People's Republic, said in a televised address.",
        'Pushilin accused Kyiv of planning "a full-scale offensive" and said his forces needed "the most '
        'modern weapons."',
        'The Kremlin has denied any plans to invade. "Russia is not threatening anyone," Kremlin '
        "spokesman Dmitry Peskov said.",
        'Speaking on state television, Foreign Minister Sergei Lavrov said: "We do not want war."',
        "Ukraine's foreign ministry called the separatists' claims \"fake news.\" Its spokesman, Oleg "
        'Nikolenko, said on Facebook that Russia was "preparing a provocation."',
    ),
    "nw": _article(
        "Russian Official Warns West Over Weapons Deliveries",
        "A senior Russian official has warned that Western weapons supplied to Ukraine will become "
        '"legitimate targets" for Moscow\'s forces.',
        "Dmitry Medvedev, the deputy chairman of Russia's Security Council, made the remarks in a post on"
        " Telegram on Thursday.",
        '"Any foreign cargo entering Ukraine is a legitimate target," Medvedev wrote. "The West should '
        'think about that."',
        "His comments came after Ukrainian President Volodymyr Zelensky appealed for more help. Speaking "
        'to reporters in Kyiv, Zelensky said: "We need weapons, not words."',
        "Newsweek has contacted the Russian Foreign Ministry for comment.",
        "Maria Zakharova, the ministry's spokeswoman, previously accused the U.S. of \"pumping Ukraine "
        'with weapons." In a briefing on Wednesday she added, "This will only prolong the conflict."',
        'On his show on Rossiya 1, host Vladimir Solovyov said that Moscow should "stop being polite." '
        '"It is time to respond," he told his guests.',
    ),
    "bbc": _article(
        'Ukraine war: Zelensky says counter-offensive is "slower than desired"',
        "Ukraine's President Volodymyr Zelensky has admitted that progress in the counter-offensive has been "
        '"slower than desired".',
        'Speaking to the BBC, he said: "Some people believe this is a Hollywood movie and expect results now."',
        "Russia's defence ministry said its forces had repelled 12 attacks near Bakhmut. \"The enemy's losses "
        'amounted to up to 385 servicemen," the ministry said in a statement on Telegram.',
        "Iryna Vereshchuk, Ukraine's deputy prime minister, urged residents of occupied areas to leave. \"Please, "
        'do it now," she said.',
    ),
    "tass2": _article(
        "DONETSK, February 22 (TASS) - Head of the Donetsk People's Republic Denis Pushilin has asked Russian "
        "President Vladimir Putin to help repel the aggression, the DPR leader's press service reported.",
        '"I ask you to help repel the aggression of the Ukrainian armed forces," the appeal reads.',
        'According to Pushilin, the Ukrainian side has intensified shelling. "Civilians are dying," he said in a '
        "video address posted on his Telegram channel.",
        '"We are counting on the help of Russia," Pushilin told the Rossiya 24 TV channel.',
        '"Without Russia, we will not survive," Leonid Pasechnik said, according to the LuganskInformCenter news '
        "agency.",
    ),
    "ap": _article(
        "KYIV, Ukraine (AP) - Chinese leader Xi Jinping met Russian President Vladimir Putin in Moscow.",
        '"We are ready to stand guard over the world order," Xi said.',
        'Ukrainian Foreign Minister Dmytro Kuleba responded on X. "Russia\'s lies will not save it," Kuleba wrote '
        "on X.",
    ),
    # 2026-12-03, later session: outlets quoting people, statements issued, documents credited.
    "reu2": _article(
        "Kremlin says no plans for Putin-Zelensky talks",
        "MOSCOW (Reuters) - The Kremlin said on Monday there were no plans for a meeting between President Vladimir "
        "Putin and Ukrainian President Volodymyr Zelenskiy.",
        "Russian state news agency RIA Novosti quoted Denis Pushilin, head of the Donetsk People's Republic, as "
        'saying: "We need more artillery. The enemy is shelling residential areas every day."',
        'In a Telegram post, Chechen leader Ramzan Kadyrov wrote: "Our fighters will finish the job."',
        'Defence Minister Sergei Shoigu said, according to a ministry statement: "All objectives of the operation '
        'will be met."',
        'The Ukrainian presidency issued a statement saying: "No talks are planned while the shelling goes on."',
    ),
    "ap2": _article(
        "Biden, Putin hold call as tensions mount",
        'According to a transcript released by the Kremlin, Putin said the West was "pumping Ukraine with weapons."',
        '"The hysteria is reaching its peak," Russian Foreign Ministry spokeswoman Maria Zakharova wrote on her '
        "Telegram channel.",
        '"We need more shells," the newspaper Kommersant quoted Pushilin as saying.',
    ),
    "tass3": _article(
        "DPR leader: «Mariupol will be liberated within days»",
        "The head of the Donetsk People's Republic, Denis Pushilin, said on Friday that the republic's forces would "
        'take Mariupol "within days".',
        "«We will liberate Mariupol, and the residents will thank us,» the DPR leader told the Rossiya 24 TV channel. "
        "«The nationalists are using people as a human shield.»",
        "Speaking to reporters later, the head of the republic added: \"Nobody is going to negotiate with 'Azov'.\"",
        'Pushilin\'s deputy, Eduard Basurin, said the situation was "difficult but under control".',
    ),
    "reu3": _article(
        "Scholz and Putin hold first phone call in months",
        "German Chancellor Olaf Scholz urged Russian President Vladimir Putin in an hour-long phone call on Friday to "
        "withdraw his troops from Ukraine, a German government spokesman said.",
        'The Kremlin said Friday that Putin told Scholz that Western policies were "destructive and dangerous".',
        'Putin also called on Berlin to "reconsider its approaches in the context of Ukrainian events", according to '
        "the Kremlin.",
        '"We remain open to dialogue," Putin said, according to the Kremlin.',
        'The Kremlin said the talks had been "frank".',
        'Russia\'s president said on Saturday: "The West has chosen confrontation."',
        '"These are difficult days," Biden said, according to a White House pool report.',
    ),
    "live2": _article(
        "Live: Russia-Ukraine war",
        "Moldova's president says energy crisis is 'unprecedented'",
        'Moldova\'s president said: "We are facing blackouts because of the war."',
        "Putin met mothers of soldiers at his residence.",
        '"We share this pain," Putin said, according to a transcript published by the Kremlin.',
        '"We share it too," Biden said, according to a transcript released by the U.S. State Department.',
    ),
    "aif": _article(
        "Medvedev threatens 'Judgment Day' over Crimea",
        '"If something like that happens, all of them will face Judgment Day," Medvedev told the Argumenty i Fakty '
        "weekly.",
        '"It will be very fast and hard," he later told Argumenty i Fakty again.',
        'The Ukrainian side denied the accusations. "Ukraine is not planning any offensive operations in Donbas," '
        "Ukraine's Joint Forces Operation said in a statement.",
        '"We will hold Bakhmut," the 93rd Mechanized Brigade said.',
    ),
    "ifx": _article(
        "Moscow 'ready for dialogue', says deputy minister",
        'Interfax cited Deputy Foreign Minister Andrei Rudenko as saying that Moscow was "open to dialogue".',
        'Interfax cited Rudenko as saying: "We have never refused to negotiate."',
        '"The ball is in Kyiv\'s court," Rudenko was cited by RIA Novosti as saying.',
        'Kremlin spokesman Dmitry Peskov cited Putin as saying: "We are ready for talks."',
    ),
    "qa": _article(
        "Putin: 'We did not start this war'",
        "In an interview with Rossiya-1 broadcast on Sunday, Russian President Vladimir Putin said that Russia had not "
        "started the conflict.",
        "Question: Many people in the West say Russia started this war.",
        "Putin: We did not start it. We are trying to end it. That is the whole point.",
        "Question: And what about negotiations?",
        "Putin: We are ready to negotiate with all participants of this process about acceptable solutions.",
    ),
    "khk": _article(
        "Governor: 'We will not surrender Kharkiv'",
        "Kharkiv regional governor Oleh Synehubov said on Saturday that Russian forces had intensified shelling.",
    ),
    "grd": _article(
        "'They shelled us every night': survivors describe siege of Mariupol",
        "Natalia, 52, fled Mariupol in March with her two grandchildren. She asked that her surname not be used.",
        '"We lived in the basement for three weeks. There was no water, no light," she said.',
        '"When we finally left, the city was gone."',
        'Russia\'s defence ministry denied targeting civilians. In a statement, it said the Ukrainian "nationalists" '
        'were using residents "as a human shield".',
    ),
    "up": _article(
        "Budanov: Russia is running out of missiles",
        "Kyrylo Budanov, the head of Ukraine's military intelligence agency (HUR), said in a comment to Ukrainska "
        'Pravda that Russia\'s missile stockpile was "critically low".',
        '"Every Patriot battery saves hundreds of lives," he said in an exclusive comment to the Kyiv Independent.',
        'President Joe Biden told Zelensky that the U.S. would "stand with Ukraine", according to a readout of the '
        "call released by the White House.",
        "Chairman of the State Duma Committee on Defence Andrei Kartapolov said on the air of the Rossiya-1 TV channel "
        'that "we need to stop lying".',
        'Vladimir Solovyov said on the Solovyov Live channel: "The West is at war with us."',
        "Russian Presidential Press Secretary Dmitry Peskov commented on statements by State Duma deputies on Tuesday.",
        '"There are different points of view, this is pluralism," the Kremlin spokesman noted.',
        '"We are ready for any scenario," a separatist commander who gave his name as Alexei told AFP by phone.',
    ),
}

# (article, the quotation's first words, speaker, relayed_by, credited_source)
EXPECTED = [
    ("tass", "Our defenders are ready to sta", "Denis Pushilin", None, "Telegram"),
    ("tass", "We will not give up a single m", "Denis Pushilin", None, "Telegram"),
    ("tass", "the situation on the line of c", "Denis Pushilin", None, "Telegram"),
    ("tass", "is closely monitoring", "Dmitry Peskov", None, "reporters"),
    ("tass", "The president has received the", "Dmitry Peskov", None, "RIA Novosti"),
    ("tass", "I have nothing to add for now.", "Dmitry Peskov", None, "RIA Novosti"),
    ("tass", "Russia must stop its aggressio", "Dmytro Kuleba", None, "Twitter"),
    ("tass", "remains unchanged.", "Dmytro Kuleba", None, "Twitter"),
    ("tass", "This is a blatant violation of", "Antonio Guterres", None, None),
    ("afp", "We need anti-tank systems and ", "Eduard Basurin", None, "Rossiya 24"),
    ("afp", "prepared for any scenario.", "Leonid Pasechnik", None, "Interfax"),
    ("afp", "We are not going to attack any", "Leonid Pasechnik", None, "Interfax"),
    ("afp", "But if Kiev attacks, we will r", "Leonid Pasechnik", None, "Interfax"),
    ("afp", "This would be a dangerous esca", "senior U.S. official", None, "reporters"),
    ("afp", "hysteria", "Sergei Lavrov", None, None),
    ("afp", "Russia does not threaten anyon", "Sergei Lavrov", None, None),
    ("afp", "There is no reason to panic", "Volodymyr Zelensky", None, None),
    ("kyiv", "We will not trade our territor", "Volodymyr Zelensky", None, None),
    ("kyiv", "Not a single village.", "Volodymyr Zelensky", None, None),
    ("kyiv", "more long-range weapons, and q", "Oleksii Reznikov", None, "BBC"),
    ("kyiv", "liberated", "Russia's Defense Ministry", None, "Telegram"),
    ("kyiv", "The enemy is trying to advance", "Ukraine's General Staff", None, "Facebook"),
    ("kyiv", "All attacks were repelled.", "Ukraine's General Staff", None, "Facebook"),
    ("kyiv", "special military operation", "Dmitry Peskov", None, "reporters"),
    ("kyiv", "until all its goals are achiev", "Dmitry Peskov", None, "reporters"),
    ("kyiv", "That depends on Kyiv.", "Sergei Lavrov", None, None),
    ("kyiv", "the West must act now.", "Petro Poroshenko", None, "CNN"),
    ("kyiv", "Tomorrow will be too late.", "Petro Poroshenko", None, "CNN"),
    ("reu", "If Zelensky wants to meet, he ", "Vladimir Putin", "Dmitry Peskov", "reporters"),
    ("reu", "Moscow is not a place for talk", "Ukrainian presidency", None, None),
    ("reu", "Nobody takes this seriously.", "Western diplomat", None, "Reuters"),
    ("reu", "We will see", "Antony Blinken", None, None),
    ("reu", "Actions matter more than words", "Antony Blinken", None, None),
    ("mt", "Ukraine has concentrated a lar", "Denis Pushilin", None, None),
    ("mt", "a full-scale offensive", "Denis Pushilin", None, None),
    ("mt", "the most modern weapons.", "Denis Pushilin", None, None),
    ("mt", "Russia is not threatening anyo", "Dmitry Peskov", None, None),
    ("mt", "We do not want war.", "Sergei Lavrov", None, None),
    # The next sentence's "said on Facebook" is no credit for words closed by their own full stop.
    ("mt", "fake news.", "Ukraine's foreign ministry", None, None),
    ("mt", "preparing a provocation.", "Oleg Nikolenko", None, "Facebook"),
    ("nw", "Any foreign cargo entering Ukr", "Dmitry Medvedev", None, "Telegram"),
    ("nw", "The West should think about th", "Dmitry Medvedev", None, "Telegram"),
    ("nw", "We need weapons, not words.", "Volodymyr Zelensky", None, "reporters"),
    ("nw", "pumping Ukraine with weapons.", "Maria Zakharova", None, None),
    ("nw", "This will only prolong the con", "Maria Zakharova", None, None),
    ("nw", "stop being polite.", "Vladimir Solovyov", None, "Rossiya 1"),
    ("nw", "It is time to respond", "Vladimir Solovyov", None, "Rossiya 1"),
    # 2026-12-03 (see the README's paragraph of that day).
    ("bbc", "Some people believe this is a ", "Volodymyr Zelensky", None, "BBC"),
    ("bbc", "The enemy's losses amounted to", "Russia's defence ministry", None, "Telegram"),
    ("bbc", "Please, do it now", "Iryna Vereshchuk", None, None),
    ("tass2", "Civilians are dying", "Denis Pushilin", None, "Telegram"),
    ("tass2", "We are counting on the help of", "Denis Pushilin", None, "Rossiya 24"),
    ("tass2", "Without Russia, we will not su", "Leonid Pasechnik", None, "LuganskInformCenter"),
    ("ap", "We are ready to stand guard ov", "Xi Jinping", None, None),
    ("ap", "Russia's lies will not save it", "Dmytro Kuleba", None, "X"),
    ("reu2", "We need more artillery. The en", "Denis Pushilin", None, "RIA Novosti"),
    ("reu2", "Our fighters will finish the j", "Ramzan Kadyrov", None, "Telegram"),
    ("reu2", "All objectives of the operatio", "Sergei Shoigu", None, "ministry statement"),
    ("reu2", "No talks are planned while the", "Ukrainian presidency", None, None),
    ("ap2", "pumping Ukraine with weapons.", "Putin", None, "transcript released by the Kremlin"),
    ("ap2", "The hysteria is reaching its p", "Maria Zakharova", None, "Telegram"),
    ("ap2", "We need more shells", "Pushilin", None, "Kommersant"),
    ("tass3", "Mariupol will be liberated wit", "Denis Pushilin", None, None),
    ("tass3", "We will liberate Mariupol, and", "Denis Pushilin", None, "Rossiya 24"),
    ("tass3", "The nationalists are using peo", "Denis Pushilin", None, "Rossiya 24"),
    ("tass3", "Nobody is going to negotiate w", "Denis Pushilin", None, "reporters"),
    ("tass3", "difficult but under control", "Eduard Basurin", None, None),
    # 2026-12-03, fourth session: a body reporting what someone said in its clause, and "according to" a body after
    # someone's words, leave the words to that person and credit the body.
    ("reu3", "destructive and dangerous", "Vladimir Putin", None, "Kremlin"),
    ("reu3", "reconsider its approaches", "Vladimir Putin", None, "Kremlin"),
    ("reu3", "We remain open to dialogue", "Vladimir Putin", None, "Kremlin"),
    ("reu3", "frank", "Kremlin", None, None),
    # A country's possessive before a title is whose office it is: the holder speaks, not the country.
    ("reu3", "The West has chosen confrontation.", "Vladimir Putin", None, "Kremlin"),
    # A pool report is the reporters', not the White House's.
    ("reu3", "These are difficult days", "Biden", None, None),
    ("live2", "We are facing blackouts", "Moldova's president", None, None),
    # A document's credit ends where its sentence does; an abbreviation keeps its full stop.
    ("live2", "We share this pain", "Putin", None, "transcript published by the Kremlin"),
    ("live2", "We share it too", "Biden", None, "transcript released by the U.S. State Department"),
    # Russian outlets' names hold a lower-case "i"; military bodies are no people ("Operation", "Brigade").
    ("aif", "If something like that happens", "Medvedev", None, "Argumenty i Fakty"),
    ("aif", "It will be very fast and hard", "Medvedev", None, "Argumenty i Fakty"),
    ("aif", "Ukraine is not planning", "Ukraine's Joint Forces Operation", None, None),
    ("aif", "We will hold Bakhmut", "93rd Mechanized Brigade", None, None),
    # "cited … as saying" reports as "quoted … as saying" does.
    ("ifx", "open to dialogue", "Andrei Rudenko", None, "Interfax"),
    ("ifx", "We have never refused", "Andrei Rudenko", None, "Interfax"),
    ("ifx", "The ball is in Kyiv", "Andrei Rudenko", None, "RIA Novosti"),
    ("ifx", "We are ready for talks", "Putin", "Dmitry Peskov", None),
    # An interview printed as a transcript: the answers carry no marks, their labels name the speaker.
    ("qa", "We did not start it.", "Vladimir Putin", None, "Rossiya 1"),
    ("qa", "We are ready to negotiate", "Vladimir Putin", None, "Rossiya 1"),
    # Someone named by a first name with an age is whom "she" means; "it" after "Russia's defence ministry" is the
    # ministry.
    ("grd", "We lived in the basement", "Natalia", None, None),
    ("grd", "When we finally left", "Natalia", None, None),
    ("grd", "nationalists", "Russia's defence ministry", None, None),
    ("grd", "as a human shield", "Russia's defence ministry", None, None),
    # "in a comment to" credits the outlet as "in comments to" does.
    ("up", "critically low", "Kyrylo Budanov", None, "Ukrainska Pravda"),
    ("up", "Every Patriot battery saves", "Kyrylo Budanov", None, "The Kyiv Independent"),
    # A readout credits; the person its sentence reports speaks.
    ("up", "stand with Ukraine", "Joe Biden", None, "readout of the call released by the White House"),
    # A channel the words were said on, named by what it is.
    ("up", "we need to stop lying", "Andrei Kartapolov", None, "Rossiya 1"),
    ("up", "The West is at war with us", "Vladimir Solovyov", None, "Solovyov Live"),
    # A press secretary is the spokesman a later description means.
    ("up", "There are different points of view", "Dmitry Peskov", None, None),
    # A description with a relative clause and no commas speaks, not a name inside the clause nor the last speaker.
    # The name he gave, not the description (nor the previous speaker).
    ("up", "We are ready for any scenario", "Alexei", None, "AFP"),
    # A headline's role label names the one the body gives that role.
    ("khk", "We will not surrender Kharkiv", "Oleh Synehubov", None, None),
]


@pytest.mark.parametrize(("article", "opening", "speaker", "relayed_by", "source"), EXPECTED)
def test_wire_article_attributions(article, opening, speaker, relayed_by, source):
    (quote,) = [q for q in extract_quotes(ARTICLES[article]) if q.text.startswith(opening)]
    assert (quote.speaker, quote.relayed_by, quote.credited_source) == (speaker, relayed_by, source)


def test_an_interrupted_quotation_with_a_video_post_between_its_pieces_is_one_quotation():
    first, second = extract_quotes(ARTICLES["tass"])[:2]
    assert (first.text, second.text) == (
        "Our defenders are ready to stand to the end",
        "We will not give up a single meter of our land.",
    )
    assert first.group == second.group


def test_a_transcripts_questions_and_unnamed_answers_are_no_quotations():
    quotes = extract_quotes(ARTICLES["qa"])
    assert not [q for q in quotes if q.text.startswith(("Many people", "And what about"))]
    unnamed = (
        "Q: Are you surprised?\n\nA: I am surprised. Take a look at all the campaigns.\n\n"
        "Note: The interview was edited."
    )
    assert extract_quotes(unnamed) == []


def test_a_labelled_line_outside_an_interview_is_no_quotation():
    article = "Ukraine says Russia shelled Kharkiv overnight.\n\nUpdate: The death toll has risen to five people."
    assert extract_quotes(article) == []
