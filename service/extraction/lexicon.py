"""Word lists the extractor reasons with: speech verbs, titles, organisation words, outlets.

Kept as data in one place so that adding a verb or an agency is a one-line change.
"""

from __future__ import annotations

import re

# Verbs (and a few fixed phrases) that introduce or close a direct quotation.
# Third-person forms that are far more often nouns ("Pushilin's comments", "other Western states").
NOUN_LIKE_FORMS = frozenset(
    "comments notes states claims calls charges promises remarks posts answers demands tweets vows jokes reads "
    "counters shares reports responds".split()
)

SPEECH_VERBS = frozenset(
    """
    said says say saying told tells telling added adds adding asked asks asking explained explains explaining
    noted notes noting stated states declared declares declaring wrote writes writing continued continues
    insisted insists insisting argued argues arguing claimed claims claiming warned warns warning replied
    replies responded responds recalled recalls recalling remarked remarks announced announces announcing
    acknowledged acknowledges admitted admits observed observes conceded concedes suggested suggests
    stressed stresses stressing emphasized emphasised emphasizes emphasises emphasizing emphasising
    tweeted tweets tweeting posted posts quipped quips joked jokes shouted shouts yelled cautioned
    cautions predicted predicts complained complains boasted boasts vowed vows promised promises urged
    urges countered counters concluded concludes mused muses wondered wonders alleged alleges confirmed
    confirms denied denies agreed agrees maintained maintains read reads testified testifies whispered
    cried exclaimed pleaded demanded demands proclaimed proclaims charged charges contended contends
    objected assured assures reiterated reiterates recounted recounts texted emailed interjected retorted
    snapped fumed laughed scoffed informed advised answered answers accused accuses accusing called calls
    described describes describing blasted slammed praised thanked lamented lamented questioned
    characterized characterised dubbed branded labeled labelled referred insisted told
    asserted asserts asserting commented comments commenting affirmed affirms pledged pledges scolded chided
    mocked bragged brags implored remembered shared inquired muttered murmured screamed teased taunted
    confided confessed reassured reminded protested threatened estimated opined recounted elaborated
    stated summarized summarised responded retorted quoted cited wrote barked roared thundered sneered growled gushed
    raved beamed chuckled pressed hedged prodded cheered chanted sang sings lectured preached grumbled griped
    yells yelling shouting screams screaming whispers whispering suggesting singing remarking announce declare
    repeated likened likens dismissed dismisses derided derides decried decries hailed hails touted touts
    ridiculed condemned condemns criticized criticised criticizes lambasted lambastes calling predicting
    boomed bellowed intoned marveled marvelled ranted blared blares blamed blames portrayed portrays
    praising pledging promising questioning urging vowing touting blasting slamming mocking criticizing hailing
    mocks retaliated conclude recommended recommends exhorted lauded compared attacked assailed assails rated
    bemoaned bemoans bemoaning laments lamenting pondered ponders groused grouses praises
    stating responding admitting acknowledging conceding dismissing chiding threatening advising
    surmised surmises riffed riffs reacted labeling labelling
    """.split()
) - NOUN_LIKE_FORMS

# Plain present forms, speech verbs only after a plural or first/second-person subject ("They argue that",
# "critics warn"); after "to" or a modal ("appeared to assert", "would add") the subject speaks elsewhere.
PLURAL_PRESENT_VERBS = frozenset(
    """
    argue warn insist explain contend acknowledge admit complain urge add ask write agree
    recall caution stress emphasize emphasise concede assert allege deny lament observe reply respond
    recount reiterate tell
    """.split()
)

# Multi-word cues, matched before single verbs; the value is the cue as reported.
SPEECH_PHRASES = (
    "went on to say",
    "went on to add",
    # "Trump was quick to add that …": an infinitive after a frame that reports the speaking.
    "was quick to add",
    "was quick to note",
    "was quick to point out",
    "was quick to say",
    "were quick to add",
    "were quick to point out",
    "hastened to add",
    "was careful to note",
    "was careful to say",
    "went on",
    # "Reid has gone after Trump as a “human leech …”": attacking someone in words.
    "went after",
    "gone after",
    "goes after",
    "pointed out",
    "points out",
    "shot back",
    "chimed in",
    "cut in",
    "summed up",
    "put it",
    "puts it",
    "according to",
    "in the words of",
)
# Cue phrases whose last word is rare in news text, looked for only where that word occurs (a longer alternation in
# the main cue pattern would be tried at every word of every article).
RARE_SPEECH_PHRASES = (
    "had written",
    "has written",
    "have written",
    # "The Kremlin issued a statement: “…”", "Zelensky released a statement saying …": the subject speaks.
    *(
        f"{verb} {determiner} {adjective}statement"
        for verb in ("issued", "issues", "released", "releases", "put out", "puts out", "published", "posted")
        for determiner in ("a", "the following", "this")
        for adjective in ("", "written ", "joint ", "brief ", "short ", "separate ", "formal ", "terse ")
    ),
)

# Verbs that may follow the quote in inverted order: "…," said Peskov.
INVERTED_VERBS = frozenset(
    """
    said says added adds asked asks wrote writes explained continued continues recalled noted notes
    remarked argued replied responded declared insisted observed concluded told tweeted warned stated
    agrees agreed opined posted cautioned countered explained added shouted yelled quipped joked reads repeated
    """.split()
) | {
    # '"…," scoffed Arianna Gil', '"…," declares Stephanie Acs': any finite speech verb may lead its subject.
    verb
    for verb in SPEECH_VERBS
    if not verb.endswith("ing")
    and verb not in {"told", "tells", "called", "described", "read", "blamed", "blames", "portrayed", "portrays"}
}

# After these a name or noun phrase is whom the words were said to: '"…," Rep. Steve Cohen told Mr. Obama'.
ADDRESSEE_VERBS = frozenset({"told", "tells", "asked", "asks", "answered", "answers", "informed", "assured"})

# '"…," tweeted another.': after an inverted verb a bare determiner stands for one more of those quoted.
ELLIPTICAL_SPEAKERS = frozenset({"another", "one", "others", "some", "many", "several", "both"})

PRONOUNS = {
    "he": "he", "she": "she", "they": "they", "it": "it", "i": "i", "we": "we",
}
# Object and possessive forms, and the subject form each stands for: "according to him" and "in his words" are
# "he" speaking.
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "his": "he", "their": "they"}

# Words that are never part of a person's name: the name is what follows the last of them
# ("Kremlin Spokesman Dmitry Peskov", "Luhansk People's Republic Leonid Pasechnik").
TITLE_WORDS = frozenset(
    """
    president vice prime minister diplomat envoy secretary spokesman spokeswoman spokesperson senator sen sen.
    ombudsman ombudswoman prosecutor
    rep rep. representative gov gov. governor mayor chairman chairwoman chair leader head director chief general
    gen gen. col col. lt lt. capt capt. adm adm. judge justice attorney ambassador commissioner chancellor
    king queen prince princess pope pontiff mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor rev rev. sir
    dame lord lady deputy acting former foreign defense defence interior press state speaker majority
    minority whip candidate nominee democrat republican ceo founder editor anchor host analyst adviser
    advisor aide coach manager officer agent sheriff commander colonel sergeant pastor bishop cardinal
    rabbi imam sheikh emir premier councilman councilwoman congressman congresswoman assemblyman
    lieutenant major captain admiral marshal presidential democratic gop u.s. us american russian
    ukrainian british french german chinese israeli iranian kremlin white house senate
    strategist consultant pollster lawyer economist researcher fellow author writer columnist reporter
    correspondent activist organizer organiser official member owner executive manager spokesperson
    del. delegate sens sens. reps reps. gens gens. govs govs. drs drs. messrs messrs.
    alderman alderwoman counsel treasurer comptroller auditor superintendent trustee provost
    senators representatives governors congressmen congresswomen mayors presidents
    """.split()
)

# Family and personal roles before a name ("9/11 widow Terry Strada", "his wife Melania"): they tell
# the person's gender where the first name does not, but are no titles (they do not fold into one name).
KIN_WORDS = frozenset(
    "widow widower mother father wife husband son daughter sister brother grandmother grandfather niece nephew "
    "aunt uncle woman man girlfriend boyfriend businesswoman businessman actress actor".split()
)

# Heads of definite descriptions that stand for a person the article has named ("the New York businessman",
# "the 34-year-old mother of three"). Not here: words for anonymous sources ("the official", "the
# spokesman", "the man"), which usually stand for someone the article does not name, and offices ("the
# senator"), which the people's own titles resolve.
EPITHET_HEADS = (KIN_WORDS - {"man", "woman", "girlfriend", "boyfriend", "actor", "actress"}) | frozenset(
    "billionaire mogul developer candidate nominee strategist politician tycoon magnate entrepreneur frontrunner "
    "front-runner contender hopeful incumbent challenger populist".split()
)

ORG_WORDS = frozenset(
    """
    republic republics people's peoples people’s federation ministry party union council committee
    department office house senate congress parliament duma court agency news times post journal kremlin
    government army forces force navy organization organisation association institute university college
    school foundation company corp corp. inc inc. group bank fund nations states kingdom commission bureau
    service guard police administration campaign church center centre network television tv radio
    channel club street avenue square city county province region oblast district airport hospital
    project program initiative movement front alliance coalition co-operation cooperation security media
    ltd llc daily magazine review herald tribune gazette express mail telegraph guardian observer
    independent press reuters tass ria novosti interfax nato un eu cnn bbc fox msnbc nbc abc cbs npr
    associated affairs assembly bloc caucus convention debate poll polls network monument mall islands island
    act memorial museum park river mountain mountains ocean sea bay valley coast lake gulf strait canal bridge
    tower palace cathedral stadium arena hall plaza library legacy reform plan amendment treaty accord
    doctrine summit conference forum award prize fellowship east west north south middle street room office
    building grounds fairgrounds hotel restaurant theater theatre highway road boulevard strategies partners
    associates consulting communications solutions analytics holdings capital ventures labs llp state operations
    operation command headquarters directorate brigade battalion regiment trade partnership agreement league
    bible gospel scripture scriptures koran quran torah staff
    """.split()
)

# Capitalised words that start sentences or name times and places, never a person.
NOT_NAMES = frozenset(
    """
    the a an in on at but and or if as after before when while despite asked according facing for from
    with without it this that these those he she they we i his her their our there here then now
    meanwhile however still yet also so since although though because unlike like during over under
    likewise similarly moreover furthermore indeed nevertheless nonetheless finally
    last next earlier later today yesterday tomorrow monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november december
    mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec what who why how where
    which whether not no yes one two three its my your all some many most more both each every other
    such only even just to of by about into than instead amid among between within against toward
    towards upon once again until unless whereas whom whose everyone nobody somebody anyone mr mrs ms
    god dear thank thanks please given following regarding considering including don't don’t can't can’t won't
    won’t doesn't doesn’t didn't didn’t isn't isn’t he's he’s she's she’s it's it’s that's that’s there's there’s
    here's here’s what's what’s
    open cup games olympics championship championships bowl neither either nor
    """.split()
)

# Nouns naming a written or spoken text whose authors the article may name.
BODY_NOUNS = frozenset(
    """
    letter letters appeal appeals request requests message messages statement statements document
    documents note notes memo petition declaration communique communiqué address
    """.split()
)

# Plural nouns for groups of people: "the leaders of the two republics", "the heads".
GROUP_NOUNS = frozenset(
    "leaders heads officials authors signatories presidents chiefs representatives".split()
)

# Canonical names of upstream outlets, keyed by lower-cased aliases.
OUTLETS = {
    # World and wire outlets that report on the war (and the US ones PolNeAR's articles credit).
    "usa today": "USA Today",
    "univision": "Univision",
    "telemundo": "Telemundo",
    "pbs": "PBS",
    "vox": "Vox",
    "fox business": "Fox Business",
    "sky news": "Sky News",
    "dw": "DW",
    "deutsche welle": "DW",
    "france 24": "France 24",
    "euronews": "Euronews",
    "kyiv independent": "The Kyiv Independent",
    "the kyiv independent": "The Kyiv Independent",
    "kyiv post": "Kyiv Post",
    "the kyiv post": "Kyiv Post",
    "the telegraph": "The Telegraph",
    "financial times": "Financial Times",
    "the financial times": "Financial Times",
    "le monde": "Le Monde",
    "der spiegel": "Der Spiegel",
    "spiegel": "Der Spiegel",
    "the independent": "The Independent",
    "the times": "The Times",
    "the sunday times": "The Sunday Times",
    "the daily telegraph": "The Daily Telegraph",
    "itv": "ITV",
    "itv news": "ITV News",
    "daily mail": "Daily Mail",
    "the daily mail": "Daily Mail",
    "the sun": "The Sun",
    "nhk": "NHK",
    "cbc": "CBC",
    "cbc news": "CBC News",
    "la repubblica": "La Repubblica",
    "corriere della sera": "Corriere della Sera",
    "el pais": "El País",
    "el país": "El País",
    "die welt": "Die Welt",
    "frankfurter allgemeine zeitung": "Frankfurter Allgemeine Zeitung",
    "nzz": "NZZ",
    "the new yorker": "The New Yorker",
    "the hill": "The Hill",
    "vice news": "Vice News",
    "buzzfeed news": "BuzzFeed News",
    "the atlantic": "The Atlantic",
    "newsweek": "Newsweek",
    "los angeles times": "Los Angeles Times",
    "the los angeles times": "Los Angeles Times",
    "moscow times": "The Moscow Times",
    "the moscow times": "The Moscow Times",
    "radio svoboda": "Radio Svoboda",
    "bild": "Bild",
    "radio liberty": "RFE/RL",
    "rfe/rl": "RFE/RL",
    "radio free europe/radio liberty": "RFE/RL",
    "voice of america": "Voice of America",
    "kyodo": "Kyodo",
    "xinhua": "Xinhua",
    "yonhap": "Yonhap",
    "the economist": "The Economist",
    "ria": "RIA Novosti",
    "ria novosti": "RIA Novosti",
    "ria-novosti": "RIA Novosti",
    "tass": "TASS",
    "itar-tass": "TASS",
    "interfax": "Interfax",
    "belta": "BelTA",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    "reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "moskovsky komsomolets": "Moskovsky Komsomolets",
    "kommersant": "Kommersant",
    "izvestia": "Izvestia",
    "rbc": "RBC",
    "cnn": "CNN",
    "bbc": "BBC",
    "fox news": "Fox News",
    "nbc": "NBC",
    "nbc news": "NBC News",
    "abc": "ABC",
    "abc news": "ABC News",
    "cbs": "CBS",
    "cbs news": "CBS News",
    "msnbc": "MSNBC",
    "npr": "NPR",
    "bloomberg": "Bloomberg",
    "new york times": "The New York Times",
    "the new york times": "The New York Times",
    "washington post": "The Washington Post",
    "the washington post": "The Washington Post",
    "nyt": "The New York Times",
    "wapo": "The Washington Post",
    "wall street journal": "The Wall Street Journal",
    "the wall street journal": "The Wall Street Journal",
    "wsj": "The Wall Street Journal",
    "huffpost": "HuffPost",
    "huffington post": "HuffPost",
    "the huffington post": "HuffPost",
    "cnbc": "CNBC",
    "politico": "Politico",
    "axios": "Axios",
    "ukrinform": "Ukrinform",
    "unian": "UNIAN",
    "ukrainska pravda": "Ukrainska Pravda",
    "meduza": "Meduza",
    "novaya gazeta": "Novaya Gazeta",
    # Russian and Ukrainian outlets the war's reports cite (transliterations as English copy writes them).
    "argumenty i fakty": "Argumenty i Fakty",
    "aif": "Argumenty i Fakty",
    "komsomolskaya pravda": "Komsomolskaya Pravda",
    "rossiyskaya gazeta": "Rossiyskaya Gazeta",
    "vedomosti": "Vedomosti",
    "izvestiya": "Izvestia",
    "lenta.ru": "Lenta.ru",
    "gazeta.ru": "Gazeta.ru",
    "ren tv": "REN TV",
    "zvezda": "Zvezda",
    "echo of moscow": "Echo of Moscow",
    "ekho moskvy": "Echo of Moscow",
    "tv rain": "TV Rain",
    "dozhd": "TV Rain",
    "mediazona": "Mediazona",
    "the insider": "The Insider",
    "current time": "Current Time",
    "interfax-ukraine": "Interfax-Ukraine",
    "suspilne": "Suspilne",
    "hromadske": "Hromadske",
    "rbc-ukraine": "RBC-Ukraine",
    "rt": "RT",
    "sputnik": "Sputnik",
    "al jazeera": "Al Jazeera",
    "the guardian": "The Guardian",
    "rossiya 24": "Rossiya 24",
    "rossiya 1": "Rossiya 1",
    "ntv": "NTV",
    "channel one": "Channel One",
    "telegram": "Telegram",
    "twitter": "Twitter",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "youtube": "YouTube",
    "vkontakte": "VKontakte",
}

OUTLET_NOUNS = (
    "news agency", "newswire", "wire service", "agency", "newspaper", "daily", "weekly", "outlet", "broadcaster",
    "channel", "tv channel", "television", "television station", "tv station", "radio station", "website", "magazine",
    "radio", "network", "tabloid",
)

TIME_WORDS_RE = re.compile(
    r"(?:\s+(?:on|last|this|late|early|earlier|later|in|at))?(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|week|month|year|night|morning|evening|afternoon|today|yesterday))+$"
)


# Family names that Chinese, Korean and Vietnamese names put first ("Xi Jinping", "Kim Jong Un", "Nguyen Xuan Phuc"),
# which an article then uses alone ("Xi said").
EAST_ASIAN_FAMILY_NAMES = frozenset(
    """
    xi li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin guo ma luo liang zheng xie han tang
    feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei ye pan du dai xia zhong
    tian ren fan fang shi yao tan liao zou xiong jin qin qian kong bai cui kang mao qiu gu hou shao meng wan duan
    lei kim lee park choi jung cho yoon jang lim oh seo shin kwon hwang ahn ryu hong jeon ko moon son bae baek heo
    nam ban roh chung nguyen tran le pham hoang phan vu dang bui ngo duong ly song long ho do
    """.split()
)
# Those also common as English words or Western names: they need a given name of East Asian form after them.
EAST_ASIAN_FAMILY_NAMES_AMBIGUOUS = frozenset(
    "lee park song long ho do han kang sun hu ma fan gu le moon ban son".split()
)

# Surnames of people the war's news names by surname alone, often without ever giving the full name in the
# article ("In Kyiv, Zelenskyy sought to project calm. “…,” he said"). Only decides that the word is a person (a
# subject "he" or "she" may refer to); the article's own spelling is kept. Surnames that are also common words,
# places or other people's names (Johnson, Austin, Harris) are left out: in other news they mislead more than help.
# The offices the best-known of them held in 2022, the seeds' year, as title words: only for a person an article names
# with no title of its own ("Putin said …" then "the Russian leader added"), and only a description naming the
# country ("the president" alone stays ambiguous). Knowledge that ages: an article that titles its people is read
# from its own titles.
IMPLIED_OFFICES = {
    "Putin": ("russian", "president"),
    "Zelensky": ("ukrainian", "president"),
    "Zelenskyy": ("ukrainian", "president"),
    "Zelenskiy": ("ukrainian", "president"),
    "Zelenski": ("ukrainian", "president"),
    "Lukashenko": ("belarusian", "president"),
    "Macron": ("french", "president"),
    "Erdogan": ("turkish", "president"),
    "Scholz": ("german", "chancellor"),
    "Lavrov": ("russian", "foreign", "minister"),
    "Kuleba": ("ukrainian", "foreign", "minister"),
    "Shoigu": ("russian", "defence", "defense", "minister"),
    "Reznikov": ("ukrainian", "defence", "defense", "minister"),
    "Peskov": ("russian", "spokesman"),
    "Stoltenberg": ("nato", "secretary-general"),
    "Guterres": ("u.n.", "un", "secretary-general"),
    "Kadyrov": ("chechen", "leader", "head"),
    "Prigozhin": ("wagner", "founder", "chief", "boss", "head"),
}
WELL_KNOWN_SURNAMES = frozenset(
    """
    Zelensky Zelenskyy Zelenskiy Zelenski Putin Peskov Lavrov Zakharova Shoigu Medvedev Gerasimov Pushilin
    Pasechnik Kadyrov Prigozhin Nebenzya Ushakov Naryshkin Patrushev Kuleba Podolyak Yermak Reznikov Zaluzhny
    Zaluzhnyi Klitschko Poroshenko Tymoshenko Yanukovych Medvedchuk Arestovych Budanov Syrskyi Shmyhal Stefanchuk
    Blinken Stoltenberg Guterres Grossi Macron Scholz Erdogan Lukashenko Orban Morawiecki
    """.split()
)

