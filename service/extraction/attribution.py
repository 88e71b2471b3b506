"""Who said it: cue verbs, the speaker's noun phrase, relays and credited sources.

The grammar of news attribution is small. A cue verb ("said", "told", "according to") stands next to
the quotation; the speaker is the noun phrase on the verb's far side from any object ("…," *he* told
Vladimir Solovyov — the addressee after "told" is never the speaker); an inverted cue puts the phrase
after the verb ("…," said Peskov). Upstream sources hang off the same clause: "according to RIA",
"reports the TASS news agency", "told reporters", "in a video on his Telegram channel".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .gender import first_name_gender
from .lexicon import (
    ADDRESSEE_VERBS,
    BODY_NOUNS,
    ELLIPTICAL_SPEAKERS,
    GROUP_NOUNS,
    INVERTED_VERBS,
    NOT_NAMES,
    NOUN_LIKE_FORMS,
    OBJECT_PRONOUNS,
    OUTLET_NOUNS,
    OUTLETS,
    PLURAL_PRESENT_VERBS,
    PRONOUNS,
    RARE_SPEECH_PHRASES,
    SPEECH_PHRASES,
    SPEECH_VERBS,
    TIME_WORDS_RE,
    TITLE_WORDS,
)
from .names import CAPITALISED_RUN, NAME_PARTICLES, find_name_mentions


def _trie_pattern(words) -> str:
    """One regular expression matching exactly ``words``, shaped as a trie ("sa(?:y(?:s|ing)?|id)").

    A flat alternation of 250 verbs makes the engine try every verb at every word start; the trie tries one
    branch per letter. A longer word is tried before a shorter one it extends, as in an alternation sorted
    longest first; a space between words matches any run of whitespace.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


_PHRASE_ALTERNATION = _trie_pattern(SPEECH_PHRASES)
_SENTENCE_OPENING_CUES = (
    "said", "says", "added", "adds", "adding", "wrote", "writes", "noted", "explained", "tweeted", "stated",
    "continued",
)
# Inverted cues open sentences too ("Said Ellis: …"), so those verbs also match capitalised.
_VERB_ALTERNATION = _trie_pattern(
    SPEECH_VERBS | PLURAL_PRESENT_VERBS | {v.capitalize() for v in _SENTENCE_OPENING_CUES}
)
CUE_RE = re.compile(rf"\b(?:(?P<phrase>(?i:{_PHRASE_ALTERNATION}))|(?P<verb>{_VERB_ALTERNATION}))\b")
# The rare phrases, with the same groups as CUE_RE (``verb`` never takes part).
_RARE_CUE_RE = re.compile(rf"\b(?P<phrase>(?i:{_trie_pattern(RARE_SPEECH_PHRASES)}))\b(?P<verb>(?!))?")

_PASSIVE_BEFORE = re.compile(r"\b(?:been|be|being|was|were|is|are|get|gets|got|when|if|widely)\s+$", re.I)
# The subject a plain present verb needs: "they", "we", "I", "you", a plural noun ("critics", "Democrats") or
# two people ("Stephen S. Cohen and J. Bradford DeLong write"), maybe with an adverb ("They also argue").
_PLURAL_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:[Tt]hey|[Ww]e|I|[Yy]ou|two|three|both)|\b(?!(?:is|was|has|this|his|its|us|as|does|thus|always|perhaps|"
    r"unless|yes)\b)[A-Za-z]*[a-rt-z]s|\band\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)"
    r"(?:\s+(?:also|often|now|still|further|too|repeatedly|rightly|correctly)|,\s+(?:however|though|meanwhile),)?\s+$"
)
_NOT_SPEECH_BEFORE_WITH = frozenset(
    "concludes concluded continued continues charged opened opens ended ends".split()
)
_WITH_AFTER = re.compile(r"\s+with\b")
_BOUNDARY_WORDS = (
    "that and but while when as after because which who where so if since although though before until whom "
    "whose then than or nor yet despite"
).split()
# A boundary word inside a hyphenated modifier ("warm-and-fuzzy Trump said") bounds nothing.
_NP_BOUNDARY = re.compile(
    r"(?:[,;:()\[\]\"“”«»—–―]|\s-\s|--|(?<!\w-)\b(?:"
    + _trie_pattern(_BOUNDARY_WORDS + [w.capitalize() for w in _BOUNDARY_WORDS])
    + r")\b(?!-\w))"
)
_NP_TRAILING_NOISE = re.compile(
    r"(?:\s+(?:also|then|later|again|further|previously|earlier|recently|has|have|had|was|is|are|were|would|will|"
    r"could|reportedly|repeatedly|once|only|simply|flatly|quickly|now|first|initially|subsequently|publicly|"
    r"privately|separately|finally|already|himself|herself|themselves|just|even|still|never|always|often|"
    r"later|today|yesterday|tonight|formally|officially|did|does|do|may|might|must|should|can|"
    # "Trump can be heard saying", "Putin was caught on camera telling": the recording's passive.
    r"be|been|heard|overheard|seen|caught|recorded|filmed|shown|on\s+(?:tape|camera|video|film)))+$",
    re.IGNORECASE,
)
_DETERMINERS = frozenset(
    "the a an his her their its our my your one two three four several many some other another both all this "
    "these those each every any no most".split()
)
# A full stop ends the phrase unless it closes an abbreviation or initial ("said Rep. G.K. Butterfield");
# _phrase_end decides that.
_INVERTED_NP_END = re.compile(
    r"[,;:!?()\"“”«»—]|\.|\s(?:who|which|that|in|on|at|during|after|before|when|as|to|from|with|familiar|going|whose)\s"
)

# "told the BBC", and the same said as "speaking to the BBC" or "talking to reporters".
_TOLD_OBJECT = re.compile(
    r"\b(?:told|(?:speaking|talking|spoke|spoken)\s+to)\s+(?:(?P<press>reporters|journalists|the press|"
    r"a news conference|a press conference|a briefing|the media|media|a press briefing)|"
    r"(?:the\s+)?(?P<rest>[^,.;:]{1,80}))",
    re.IGNORECASE,
)
_OUTLET_NOUN_ALTERNATION = "|".join(re.escape(n) for n in sorted(OUTLET_NOUNS, key=len, reverse=True))
# "of", "de" and the Russian "i" ("Argumenty i Fakty") join the words of a name.
_NAMED_RUN = r"[A-Z][\w'’&.-]*(?:\s+(?:of\s+|de\s+|i\s+)?[A-Z0-9][\w'’&.-]*)*"
# An outlet named before the noun that says what it is: "the LuganskInformCenter news agency", "Rossiya 24 TV channel".
_NAMED_BEFORE_OUTLET_NOUN = re.compile(
    rf"(?P<src>{_NAMED_RUN})\s+(?i:TV\s+)?(?P<noun>{_OUTLET_NOUN_ALTERNATION})\b"
)
_TRAILING_TV = re.compile(r"\s+TV$")
_ACCORDING_TO = re.compile(
    rf"\b(?i:according\s+to)\s+(?:the\s+|a\s+)?"
    # "the state-run TASS news agency": the kind of outlet may come before its name as well as before its noun.
    r"(?:(?:state(?:-run|-owned|-controlled)?|official|independent)\s+(?=[A-Z]))?"
    rf"(?:(?:[A-Z][\w-]*\s+|state(?:-run)?\s+|official\s+|independent\s+)?"
    rf"(?P<noun>{_OUTLET_NOUN_ALTERNATION})\s+)?(?P<src>{_NAMED_RUN})",
)
# A document that carried the words: like an outlet, it speaks them only when nobody else in the sentence does.
_DOCUMENT_NOUNS = r"(?:statement|readout|transcript|communiqu[eé]|press\s+release|decree)"
# "… released by the Kremlin": who put the document out.
_RELEASED_BY = (
    # A full stop belongs to a name only inside it ("U.S."), not when it ends the sentence ("by the Kremlin.").
    r"\s+(?:released|issued|published|posted|put\s+out)\s+by\s+(?:the\s+)?(?:[A-Z](?:[\w'’-]|\.(?=\w)|(?<=\b[A-Z])\.)*"
    r"(?:\s+[A-Z](?:[\w'’-]|\.(?=\w)|(?<=\b[A-Z])\.)*){0,3}"
    # "a transcript published by the ministry": the body the article named before.
    r"|(?<=the\s)(?:ministry|government|presidency|office|embassy|mission|agency)\b)"
)
# Bodies that publish what their leaders said: credited, as an outlet is, when someone in the sentence speaks ("…,
# the Kremlin said" after "Putin told Macron that …", "Putin said, according to the Kremlin").
RELAYING_BODY = re.compile(
    r"(?:the\s+)?(?:Kremlin|White\s+House|Elysee|Élysée|Elysée|Downing\s+Street|Chancellery|Pentagon|State\s+Department|"
    r"(?:[A-Z][\w'’-]+\s+){0,2}(?:[Mm]inistry|[Pp]residency|[Oo]ffice|[Gg]overnment)(?:\s+of\s+[A-Z][\w'’-]+)?)"
)
_DOCUMENT_WORDS = ("statement", "readout", "transcript", "communiqu", "release", "decree")
_DOCUMENT_HEAD = re.compile(rf"\b{_DOCUMENT_NOUNS}s?(?:{_RELEASED_BY})?[\s,.]*$", re.IGNORECASE)
_ACCORDING_TO_DOCUMENT = re.compile(
    r"\b(?i:according\s+to)\s+(?:a|an|the|its|his|her|their)\s+"
    # Named by whose it is ("a ministry statement", "a Kremlin readout", "a transcript released by the Kremlin");
    # "the statement" alone credits nothing new.
    r"(?P<doc>(?:[\w'’-]+\s+){1,3}?(?:statement|readout|transcript|communiqu[eé]|press\s+release|decree)\b"
    # "a readout of the call released by the White House"
    rf"|{_DOCUMENT_NOUNS}(?:\s+of\s+(?:the|their|his|her)\s+[\w-]+)?{_RELEASED_BY})"
)
# A piece of writing and the publication it appeared in: "an opinion article published in The Washington Post", "an
# op-ed for The New York Times", "Writing in the Guardian".
_WRITTEN_FOR = re.compile(
    r"(?:\b(?:[Ii]n|[Ff]or)\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:article|op-ed|column|essay|piece|commentary|editorial)\s+(?:published\s+|that\s+ran\s+)?(?:in|for|by)"
    r"|\b[Ww]riting\s+(?:in|for))"
    # "in Saturday's New York Times": the day's edition.
    r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\s+)?"
    rf"(?P<src>(?:the\s+)?{_NAMED_RUN})"
)
_REPORTS = re.compile(
    rf"\b(?:reports?|reported\s+by)\s+(?:the\s+)?(?P<src>{_NAMED_RUN})(?:\s+(?P<noun>news\s+agency|agency|newspaper))?"
)
_REPORTED = re.compile(rf"(?P<src>{_NAMED_RUN})\s+(?:(?P<noun>news\s+agency|agency|newspaper)\s+)?reported\b")
# Social platforms: a post there credits the quotations near it (see the extractor's post reach).
PLATFORM_NAMES = ("Telegram", "Twitter", "Facebook", "Instagram", "YouTube", "VKontakte", "TikTok", "X")
# "on his Telegram channel", "in a statement on Telegram", "wrote on Facebook": the speaker's own channel, or the
# platform of the statement itself ("attacked him on Twitter" says where, not whose words).
_PLATFORM = re.compile(
    r"\b(?:on\s+(?:his|her|their|its|the|a)\s+|(?:statement|video|posts?|messages?|address|update|report|briefing|summary|"
    r"wrote|posted|said|says|announced|responded|replied|commented|reacted|writing)\s+"
    r"(?:posted\s+)?on\s+)"
    # "X" only as a whole word: "on X," not "on X-rays".
    rf"(?:official\s+)?(?P<src>{'|'.join(PLATFORM_NAMES)})\b(?![-’'])(?:\s+(?:channel|account|page|feed))?",
)
_INTERVIEW = re.compile(
    rf"\b[Ii]n\s+an?\s+(?:[\w-]+\s+){{0,2}}interview(?:\s+with\s+(?:the\s+)?(?P<src>{_NAMED_RUN}))?",
)
# The words went out on Twitter: "tweeted", "in a tweet"; "discussing a controversial tweet from Trump" credits no
# tweet to the speaker.
_TRANSLATED_BY = re.compile(rf"\btranslat(?:ion|ed)\s+(?:provided\s+)?by\s+(?:the\s+)?(?P<src>{_NAMED_RUN})")
_TWEETED = re.compile(
    r"\btweet(?:ed|ing)\b|(?:\b(?i:in|via)|\b(?:sent\s+out|posted|unleashed|fired\s+off|published|shared))"
    r"\s*(?:(?:a|an|the|his|her|their|its|one|two|three|several)\s+)?(?:[\w-]+\s+){0,2}(?:of\s+)?tweets?\b"
)
# "in comments broadcast by Rossiya 24", "he was quoted by Interfax as saying": an outlet that carried the words.
_CARRIED_BY = re.compile(
    # "was quoted as saying by Interfax": the outlet after the words it quotes.
    rf"\b(?:broadcast|aired|carried|published|quoted|cited)(?:\s+as\s+(?:saying|telling\s+\w+))?"
    rf"(?:\s+(?:on|last|this)\s+\w+)?\s+by\s+(?:the\s+)?"
    rf"(?:(?:[A-Z][\w-]*\s+|state(?:-run)?\s+)?(?P<noun>{_OUTLET_NOUN_ALTERNATION})\s+)?(?P<src>{_NAMED_RUN})"
)


# "in comments to RIA Novosti" (not "Carson's comments to the AP", someone else's).
_COMMENTS_TO = re.compile(
    rf"\b(?:in|In)\s+(?:an?\s+)?(?:(?:his|her|their|brief|written|separate|later|emailed|exclusive)\s+)?"
    rf"(?:comments?|remarks?)\s+to\s+"
    rf"(?:the\s+)?(?P<src>{_NAMED_RUN})"
)
# "RIA Novosti quoted Pushilin as saying", "the Interfax news agency quoted him as saying", "Interfax cited …".
_OUTLET_QUOTED = re.compile(
    rf"(?:\b(?:[A-Z][\w-]*\s+|state(?:-run)?\s+)?(?P<noun>{_OUTLET_NOUN_ALTERNATION})\s+)?(?P<src>{_NAMED_RUN})"
    r"(?:\s+(?:news\s+agency|agency|newspaper|TV\s+channel|channel|television))?\s+(?:quoted|cited)\s"
)


@dataclass(slots=True)
class Cue:
    """A cue found next to a quotation: the verb or phrase and the speaker's noun phrase as written."""

    cue: str
    mention: str | None
    mention_at: int
    verb_at: int
    inverted: bool = False
    participle: bool = False
    # Who reports the clause the mention opens, as written, and where: "The Elysee" of "The Elysee said Macron
    # told Putin", "Peskov" of "Peskov said on Friday that Putin told".
    reporter: str | None = None
    reporter_at: int = -1


# "The letter reads", "the statement notes": verbs that are usually nouns are cues after a text's name.
_BODY_VERB_RE = re.compile(
    "(?:"
    + "|".join(f"(?<={noun} )" for noun in sorted(BODY_NOUNS | {"report", "post", "tweet", "ad", "book"}))
    + r")(?P<verb>reads|read|states|notes|says|said|claims|adds)\b"
)


# What may stand between a quotation and an inverted verb: punctuation, and a nested quotation's closing mark
# left over by NYT-style ''…'old-school,''' marks.
_BEFORE_INVERTED = " ,.;:—–-'’\"”"
_COMMA_BEFORE_VERB = re.compile(r"\w,\s+$")
_CONJUNCTION_BEFORE_INVERTED = re.compile(r"^\s*(?:But|And|Still|Yet|Now|So|Then|Instead|Meanwhile|However),\s*$")
_NO_SUBJECT_OPENERS = frozenset(
    "with in at for from to by of on against about when while if after before since as because although though "
    "where whether during despite under over into onto upon than unless until alongside amid amidst among across "
    "beyond besides like unlike behind throughout via per".split()
)
_PRONOUN_SUBJECT_LAST = re.compile(r"\s(he|she|they|we|I|it)$", re.IGNORECASE)

# Noun-like verbs are verbs after a pronoun ("He jokes, …", "which notes, …") or right before a comma and
# a quotation mark ("The ad claims, “…”").
_REPORTED_BEFORE_QUOTE = re.compile(r"\b(?P<verb>reported)(?=\s*[,:]\s*(?:[“\"'‘]|$))")
_NOUN_LIKE_RE = re.compile(r"\b(?P<verb>" + "|".join(sorted(NOUN_LIKE_FORMS, key=len, reverse=True)) + r")\b")
_PRONOUN_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t|they|which|who) $")
_COMMA_QUOTE_AFTER = re.compile(r""",\s*(?:[“"'‘]|$)""")
# '“…,” Bozell notes.': a name standing alone between a closing mark and the verb, the clause ending after it.
_NAME_AFTER_CLOSE = re.compile(r"""[\s,!?][”"'’]+\s+(?:[A-Z][\w.'’-]*\s){1,3}$""")
# '“…!” a welcome message on the website reads.': a described subject there, too.
_DESCRIPTION_AFTER_CLOSE = re.compile(
    r"""[\s,!?][”"'’]+\s+(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w.'’-]+\s){0,5}"""
    # The word before the verb ends the subject: a noun, not "the" or "of" ('of the rest of the states').
    r"""(?!(?:the|a|an|of|in|on|at|for|to|by|with|from|and|or|his|her|its|their)\s)[\w.'’-]+\s$"""
)
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;!?]|$)")
_THAT_AFTER = re.compile(r"\s+that\b")
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b(?!The\b)[A-Z][\w.’'-]*\s$")


def _noun_like_cues(text: str, start: int, end: int) -> list[re.Match]:
    found = []
    for match in _NOUN_LIKE_RE.finditer(text, start, end):
        if _POSSESSIVE_BEFORE_NOUN.search(text, max(start, match.start() - 30), match.start()):
            # "One of his recent reads, ''This Kind of War''": the noun after a possessive.
            continue
        if (
            _PRONOUN_BEFORE.search(text, max(start, match.start() - 6), match.start())
            or _COMMA_QUOTE_AFTER.match(text, match.end(), end)
            or (
                (
                    _NAME_AFTER_CLOSE.search(text, max(0, match.start() - 60), match.start())
                    or _DESCRIPTION_AFTER_CLOSE.search(text, max(0, match.start() - 60), match.start())
                )
                and _CLAUSE_END_AFTER.match(text, match.end(), end)
            )
            or (
                # "The New York Post reports that …": a name, the verb, then its clause.
                _THAT_AFTER.match(text, match.end(), end)
                and _NAME_BEFORE.search(text, max(start, match.start() - 40), match.start())
            )
            or (
                (
                    # 'The ad claims “Jeb is the conservative you can trust.”', 'Lopez-Cantera promises to “end” it':
                    # right before the quotation (or "to" and its verb) after a subject.
                    _QUOTE_OR_INFINITIVE_AFTER.match(text, match.end(), end)
                    # 'Geraldo Rivera calls a screaming Santilli a "fascist"': a subject, "calls", its object and the
                    # label; "his calls to end the …" is the noun.
                    or (match.group("verb") == "calls" and len(text[match.end() : end].split()) <= 6)
                )
                and _SUBJECT_BEFORE_VERB.search(text, max(start, match.start() - 30), match.start())
            )
        ):
            found.append(match)
    return found


_POSSESSIVE_BEFORE_NOUN = re.compile(
    r"\b(?:his|her|their|its|our|my|your)(?:\s+(?:recent|latest|new|favorite|favourite|own|many|few))?\s+$", re.I
)
_QUOTE_OR_INFINITIVE_AFTER = re.compile(r"(?:\s+to)?\s*$")
# The word before a usually-noun form ("calls", "claims", "promises") when it is a verb: a name or a noun, not a
# determiner, a possessive, a conjunction or an adjective of the noun ("phone calls", "his calls").
_SUBJECT_BEFORE_VERB = re.compile(
    r"(?<![\w'’])(?!(?:his|her|their|its|our|my|your|the|a|an|these|those|this|that|many|several|some|all|both|"
    r"phone|robo|conference|repeated|recent|frequent|public|angry|urgent|such|more|no|any|two|three|and|or|but|nor|then)\s)"
    r"[A-Za-z][\w-]*[a-zA-Z](?<!['’]s),?\s+$"
)


# "speaking on Channel One", "said on CNN", "on his show on Rossiya 1": the broadcaster the words went out on.
_ON_NAME = re.compile(r"\bon\s+(?:the\s+)?(?P<src>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)*)")
_ON_CHANNEL = re.compile(
    rf"\bon\s+(?:the\s+)?(?:air\s+of\s+(?:the\s+)?)?(?P<src>{_NAMED_RUN})\s+(?:TV\s+)?(?:channel|television)\b"
)
# The broadcast word and "on" in one phrase, at most three words apart ("said Sunday on", "an interview last week
# on"): not "the broadcast news ecosystem, remarking in particular on CNN's sister network".
_BROADCAST_WORD_BEFORE = re.compile(
    r"\b(?i:said|says|told|speaking|appearing|interview|show|program|programme|broadcast|aired)"
    r"(?:\s+[\w'’-]+){0,3}\s+$"
)
_PUBLISHING_PARTICIPLES = frozenset({"posted", "shared", "tweeted", "emailed", "texted", "quoted", "released"})
_PLACE_OR_AGENT_AFTER = re.compile(r"\s+(?:on|in|by|at|to|online)\b")
# A text or recording right before a past participle ("a video address posted on …").
_MEDIUM_BEFORE = re.compile(
    r"\b(?:video|videos|address|statement|statements|message|messages|letter|letters|post|posts|comments|remarks|"
    r"interview|article|report|tweet|tweets|clip|footage|recording|speech|op-ed|column|document|memo|email|emails)"
    r"\s+$"
)


_STATEMENT_LEADS_ON = re.compile(
    r"(?:\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tonight|late|early)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"\s*(?:[:,.]|[“\"]|\s(?:saying|that|stating|reading|calling|describing|declaring|urging|warning|which|in\s+which)\b)"
)


def find_cues(text: str, start: int, end: int) -> list[re.Match]:
    """Cue verbs and phrases in ``text[start:end]``, skipping passives ("had been warned", "when asked")."""
    cues = []
    for match in CUE_RE.finditer(text, start, end):
        verb = match.group("verb")
        before = text[max(start, match.start() - 12) : match.start()]
        if verb and not verb.endswith("ing") and _PASSIVE_BEFORE.search(before):
            # "had been warned", "when asked"; but "is telling supporters" is the subject's own verb. "Once asked"
            # is left out: "Lemkin once said" is far more common.
            continue
        if match.start() > start and text[match.start() - 1] == "-":
            # "the self-proclaimed Lugansk People's Republic": part of a compound adjective.
            continue
        if verb in PLURAL_PRESENT_VERBS and not _PLURAL_SUBJECT_BEFORE.search(
            text, max(start, match.start() - 40), match.start()
        ):
            # "appeared to assert", "would add": no subject of the plain form's own.
            continue
        if verb == "cited" and not _QUOTED_SOMEONE_AS.match(text, match.end(), end):
            # "Interfax cited Rudenko as saying" reports him; "he cited a study" reports nothing.
            continue
        if verb in ("compared", "likened") and text.startswith(" to ", match.end()):
            # "Talk compared to ‘working the referees’", "a six-pointed star likened to the Star of David": compared to
            # something, not comparing it.
            continue
        if verb and _ADJECTIVAL_BEFORE.search(text[max(start, match.start() - 24) : match.start()]):
            # "Following a swiftly called meeting": a participle used as an adjective reports nothing.
            continue
        if (
            verb in _PUBLISHING_PARTICIPLES
            and _PLACE_OR_AGENT_AFTER.match(text, match.end(), end)
            and _MEDIUM_BEFORE.search(text, max(start, match.start() - 24), match.start())
        ):
            # "in a video address posted on his Telegram channel": a participle describing the recording ("The
            # report stated that …" is the report's own verb).
            continue
        if verb in _NOT_SPEECH_BEFORE_WITH and _WITH_AFTER.match(text, match.end(), end):
            # "The spot concludes with footage of Trump saying …": the verb does not report the words; a
            # later verb may.
            continue
        cues.append(match)
    extra = []
    window = text[start:end]
    if "statement" in window or "written" in window:
        extra += [
            match
            for match in _RARE_CUE_RE.finditer(text, start, end)
            # "McCain issued a statement after Trump told a town hall that waterboarding is “peanuts”": the statement
            # speaks only what it leads on to, with a colon, "saying" or "that".
            if not match.group(0).lower().endswith("statement")
            or _STATEMENT_LEADS_ON.match(text, match.end(), min(len(text), match.end() + 60))
        ]
    if "read" in window or "note" in window or "state" in window:
        extra += _BODY_VERB_RE.finditer(text, start, end)
    extra += _noun_like_cues(text, start, end)
    if "reported" in window:
        # 'As Politico reported, “…”': right before its quotation "reported" introduces it; elsewhere it mostly
        # relays what someone else said ("The Times reported that Trump said …").
        extra += _REPORTED_BEFORE_QUOTE.finditer(text, start, end)
    if extra:
        taken = {m.start() for m in cues}
        cues = sorted(cues + [m for m in extra if m.start() not in taken], key=lambda m: m.start())
    return cues


def cue_label(match: re.Match) -> str:
    """The cue as reported: lower-cased with single spaces."""
    return " ".join(match.group(0).lower().split())


def noun_phrase_before(text: str, lower: int, verb_at: int) -> tuple[str, int] | None:
    """The speaker phrase that ends just before a cue verb, and where it starts.

    Walks back to the nearest clause boundary. An appositive or relative clause between the name and
    the verb ("Scott Pruitt, the attorney general of Oklahoma, said"; "Rucker Culpepper, who runs the
    campaign, said") is stepped over to the name before it.
    """
    if verb_at - lower > _PHRASE_WINDOW:
        # Only the last few chunks can hold the speaker; reading from a boundary inside a window keeps one
        # sentence of thousands of cues ("…, who said …, who said …") linear instead of quadratic.
        boundary = _NP_BOUNDARY.search(text, verb_at - _PHRASE_WINDOW, verb_at)
        lower = boundary.start() if boundary is not None else verb_at - _PHRASE_WINDOW
    # Parentheticals ("Rep. Gwen Moore (D-Wis.) said") are blanked, keeping offsets.
    segment = _PARENTHETICAL.sub(_blank_parenthetical, text[lower:verb_at])
    boundaries = list(_NP_BOUNDARY.finditer(segment))
    ends = [0] + [b.end() for b in boundaries]
    starts = [b.start() for b in boundaries] + [len(segment)]
    chunks = [(ends[i], starts[i]) for i in range(len(starts))]
    nearest = _clean_np(segment[chunks[-1][0] : chunks[-1][1]])
    last_boundary = boundaries[-1].group(0).lower() if boundaries else ""
    # Step back over an appositive ("Sarandon, 69, told"), a relative clause ("X, who runs …, said") or a
    # coordinated verb ("Ms. Sherry smiled and said") to the name before it.
    # "To which Ann Moe said" names its speaker after the relative pronoun; "X, who …, said" does not.
    # "in which Trump declared", "Bannon, who Beck on Wednesday called": a subject after the relative pronoun
    # speaks the relative clause's verb.
    # "the report, which notes" refers back to a thing; "to which 21 percent said" names its own subject.
    which_after_preposition = last_boundary == "which" and bool(
        _ENDS_ON_PREPOSITION.search(segment, 0, boundaries[-1].start())
    )
    relative_to_thing = last_boundary == "which" and not which_after_preposition
    relative = last_boundary in ("who", "which") and not which_after_preposition and not (
        nearest
        and (
            _names_person(nearest)
            or nearest.lower() in PRONOUNS
            or (nearest[0].isupper() and len(nearest.split()) <= 3 and is_valid_speaker_phrase(nearest))
        )
    )
    stepping_back = (
        (last_boundary == "," and (not nearest or not is_valid_speaker_phrase(nearest)))
        or relative
        or (not nearest and last_boundary in ("and", "then", "but"))
    )
    chosen: tuple[str, int] | None = (nearest, chunks[-1][0]) if nearest and not stepping_back else None
    if chosen and last_boundary == "and" and len(chunks) >= 2:
        # "Stephen S. Cohen and J. Bradford DeLong write": two people named together, each a whole chunk, speak
        # together ("Trump attacked Rubio and Cruz said" has no name alone before "and").
        first_start, first_end = chunks[-2]
        first = _clean_np(segment[first_start:first_end])
        opened_by = boundaries[-2].group(0) if len(boundaries) >= 2 else ","
        if (
            first
            and opened_by in (",", ";", ":", "(", "“", '"')
            and all(word[0].isupper() for word in first.split())
            and _names_someone(first)
            and _names_someone(nearest)
            # The pair as written, one space apart ("Cruz and\nTrump" stays with its last name).
            and f"{first} and {nearest}" in segment[first_start:]
        ):
            chosen = (f"{first} and {nearest}", first_start)
        elif (
            first
            and opened_by in (",", ";", ":", "(")
            and first.split(maxsplit=1)[0].lower() in ("the", "a", "an")
            and not is_valid_speaker_phrase(nearest)
            and is_valid_speaker_phrase(f"{first} and {nearest}")
        ):
            # "the former secretary of state and current Democratic presidential nominee said": one description
            # in two coordinated parts, the second no phrase of its own.
            chosen = (f"{first} and {nearest}", first_start)
    if chosen and _is_role_led(nearest):
        # "Sam Lau, the communications director for the Iowa Democratic Party said", "Anthony Anton, president and
        # CEO of Washington Restaurant Association stated": an appositive whose closing comma is missing still
        # describes the name before it.
        index = len(chunks) - 2
        while index >= 0 and boundaries[index].group(0).lower() in (",", "and"):
            phrase = _clean_np(segment[chunks[index][0] : chunks[index][1]])
            opened_by = boundaries[index - 1].group(0) if index > 0 else ","
            if (
                boundaries[index].group(0) == ","
                and phrase
                and opened_by in (",", ";", ":")
                and len(phrase.split()) <= 4
                and all(word[0].isupper() for word in phrase.split())
                and _names_person(phrase)
            ):
                chosen = (phrase, chunks[index][0])
                break
            if not _is_role_led(phrase):
                break
            index -= 1
    if stepping_back:
        fallback = None
        first_chunk = max(0, len(chunks) - 7)
        in_relative = _relative_clause_chunks(segment, boundaries, chunks)
        antecedent_pending = True
        for index in range(len(chunks) - 2, first_chunk - 1, -1):
            chunk_start, chunk_end = chunks[index]
            phrase = _clean_np(segment[chunk_start:chunk_end])
            subject_of_earlier_verb = False
            if last_boundary in ("and", "but", "then"):
                # "Jan Lee laughed and said": the first verb is no part of the speaker; "he supported Barack Obama
                # and said": the pronoun subject of the first verb speaks.
                stripped = _strip_trailing_verbs(phrase)
                subject_of_earlier_verb = stripped != phrase
                phrase = stripped
                opening = phrase.split(maxsplit=1)
                if len(opening) > 1 and opening[0].lower() in PRONOUNS:
                    phrase = opening[0]
                opened_by = boundaries[index - 1].group(0) if index > 0 else ","
                named_subject = _NAME_THEN_VERB.match(phrase) if opened_by in (",", ";", ":") else None
                if named_subject and (
                    _names_person(named_subject.group("name"))
                    # A lone surname only before an auxiliary ("Silverman was joined …").
                    or (" " not in named_subject.group("name") and named_subject.group("aux"))
                ) and is_valid_speaker_phrase(named_subject.group("name")):
                    # "Sarah Silverman was joined on stage by Sen. Al Franken and joked": the name opening the
                    # first clause is its subject; names after its verb are not.
                    phrase = named_subject.group("name")
                    subject_of_earlier_verb = True
                earlier_verb = CUE_RE.search(phrase)
                if earlier_verb and phrase[: earlier_verb.start()].strip():
                    # "De Blasio said the move was made by commissioner Bill Bratton and said": the subject of
                    # the first verb speaks, not the names after it.
                    phrase = phrase[: earlier_verb.start()].strip()
                    subject_of_earlier_verb = True
            if relative:
                # "… an endorsement from Mike Lee, who declared": the relative's antecedent is the person, not
                # the prepositional phrase that names them, nor the clause before them ("triggered a reaction
                # from U.S. President Barack Obama, who called").
                phrase = _LEADING_PREPOSITION.sub("", phrase)
                if len(phrase.split()) > 5 or (antecedent_pending and phrase[:1].islower()):
                    # "… was steep for Mr. Sanders, who said": the name closing the clause before the pronoun;
                    # "Pence's press release linked to the Associated Press report, which notes": the thing.
                    phrase = _name_at_end(phrase) or (
                        _thing_at_end(phrase) if relative_to_thing else None
                    ) or phrase
                antecedent_pending = antecedent_pending and not phrase
            if not phrase or phrase.isdigit():
                # An age ("Sarandon, 69, told") is stepped over like any appositive.
                continue
            if (
                last_boundary == ","
                and index > 0
                and boundaries[index - 1].group(0) == ","
                and _PARTICIPLE_OPENING.match(phrase)
            ):
                # "Others, reacting to the gap between the shooting and the video's release, shouted": a participle
                # set off by commas is an aside; nothing in it is the subject.
                fallback = None
                continue
            # The body of a relative clause ("A Warren adviser, who spoke on the condition of anonymity, said";
            # "Clinton, who called Sanders after the winner was declared, told") says what the speaker did and
            # never names them; otherwise the nearest phrase is the fallback, but one that can be a subject beats
            # a nearer one that cannot ("Trump, in Kentucky, said").
            # A place after a place ("in Columbus, Ohio,") is no subject either.
            after_place = index > 0 and _is_place_after_place(segment, boundaries[index - 1], phrase)
            if not in_relative[index] and not after_place and (
                fallback is None or (not is_valid_speaker_phrase(fallback[0]) and is_valid_speaker_phrase(phrase))
            ):
                fallback = (phrase, chunk_start)
            name_led = phrase[0].isupper() or phrase.split(maxsplit=1)[0] in NAME_PARTICLES
            if (
                # "Vladimir Putin's spokesperson" names a person only as whose spokesperson this is.
                (name_led and _names_person(phrase) and not POSSESSIVE_ROLE.fullmatch(phrase))
                or phrase.lower() in PRONOUNS
                # "Boreing said the members will meet for drinks and speakers, but said": the subject of the first
                # verb speaks even as a lone surname.
                or (subject_of_earlier_verb and name_led and is_valid_speaker_phrase(phrase))
                # "Sanders, the senator from Vermont, said": a capitalised name before a role set off by commas is
                # whom the role describes, even a surname the article never gives in full.
                or (
                    name_led
                    and last_boundary == ","
                    and fallback is not None
                    and not in_relative[index]
                    and _is_role_led(fallback[0])
                    # Only roles between ("Nefzi, a chemistry professor and a member of the mosque's board, said").
                    and all(
                        _is_role_led(_clean_np(segment[a:b])) or not segment[a:b].strip()
                        for a, b in chunks[index + 1 :]
                        if a < fallback[1]
                    )
                    and len(phrase.split()) <= 3
                    and all(word[0].isupper() for word in phrase.split())
                    and is_valid_speaker_phrase(phrase)
                )
                # "The Chechen leader, a close Putin ally, added": a definite description before an indefinite one
                # set off by commas is the subject the aside describes.
                or (
                    last_boundary == ","
                    and fallback is not None
                    and fallback[1] > chunk_start
                    and not in_relative[index]
                    and fallback[0].split(maxsplit=1)[0].lower() in ("a", "an")
                    and phrase.split(maxsplit=1)[0].lower() == "the"
                    # Not itself set off after a name ("Jean-Marc Ayrault, the foreign minister of France, a
                    # permanent member of the Security Council, said").
                    and (index == 0 or boundaries[index - 1].group(0) != ",")
                    and is_valid_speaker_phrase(phrase)
                )
            ):
                # A role led by an article ("the president of Judicial Watch") describes the name before it.
                chosen = (phrase, chunk_start)
                break
        chosen = chosen or fallback
    if not chosen:
        return None
    phrase, cut = chosen
    return phrase, lower + segment.index(phrase, cut)


def _is_role_led(phrase: str) -> bool:
    """Whether a phrase opens on an article or a title word: "the communications director", "president", "CEO"
    (not "Senator", which opens a name)."""
    if not phrase:
        return False
    first = phrase.split(maxsplit=1)[0]
    return (
        first.lower() in ("the", "a", "an")
        or (first.lower() in TITLE_WORDS and (first.islower() or first.isupper()))
        # "Dmitry Peskov, Vladimir Putin's spokesperson, said": a role in someone's service.
        or POSSESSIVE_ROLE.fullmatch(phrase) is not None
    )


def _is_place_after_place(segment: str, comma: re.Match, phrase: str) -> bool:
    """Whether ``phrase``, the chunk after ``comma``, is one capitalised word following a place named after a
    preposition ("in Columbus, Ohio"): a state or country, not a speaker."""
    return bool(_PLACE_APPOSITION.fullmatch(phrase) and _PLACE_BEFORE.search(segment, 0, comma.start()))


def _relative_clause_chunks(segment: str, boundaries: list[re.Match], chunks: list[tuple[int, int]]) -> list[bool]:
    """For each chunk between boundaries, whether it lies inside a relative clause: from "who" or "which" to
    the comma that closes it; a place after a place ("the Reformation Church of Elizabeth, Colorado,") does not
    close it."""
    inside, flags = False, []
    for index, (chunk_start, chunk_end) in enumerate(chunks):
        opened_by = boundaries[index - 1].group(0).lower() if index > 0 else ""
        if opened_by in ("who", "which"):
            inside = True
        elif opened_by in (",", ";", ":", "(", ")") and not _PLACE_APPOSITION.fullmatch(segment[chunk_start:chunk_end]):
            inside = False
        flags.append(inside)
    return flags


_PLACE_APPOSITION = re.compile(r"\s*[A-Z][a-z]+\.?\s*")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|outside|of)\s+(?:[A-Z][a-z]+\s+)*[A-Z][a-z]+\s*$")


def _name_at_end(phrase: str) -> str | None:
    """The run of capitalised words (titles included) that ends ``phrase``, if it names a person."""
    words = phrase.split()
    start = len(words)
    while start > 0 and (words[start - 1][0].isupper() or words[start - 1].lower() in TITLE_WORDS):
        start -= 1
    tail = " ".join(words[start:])
    return tail if start < len(words) and _names_person(tail) else None


# What lies between an opening clause's comma and the next reporting verb when that verb's subject opens the main
# clause: a name or a pronoun and nothing else ("…, Maher stated").
_CLAUSE_SUBJECT_AFTER = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){1,3}$|\s+(?:he|she|they|it)\s+$")
# A sentence opening on a subordinate clause that no comma has closed yet: matched up to a position, it tells
# that the position lies inside that clause ('When someone in the audience shouted, …').
OPENING_SUBORDINATE_CLAUSE = re.compile(
    r"\s*(?:When|After|As|Once|Before|While|Until|Since|If|Although|Though|Whereas|Because|Even\s+as|"
    r"Even\s+though)\b[^,.;:]*$"
)
# The comma closing an opening clause, then the main clause's subject right before its verb: ", the ministry ".
_MAIN_SUBJECT_AFTER_COMMA = re.compile(r",\s+(?:[\w’'.-]+\s+){1,5}$")
_ENDS_ON_PREPOSITION = re.compile(r"\b(?:to|in|of|for|by|with|from|at|on|under|through|after)\s$")
_THING_AT_END = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+(?:[\w'’.-]+\s+){0,4}?[a-z][\w-]*$")


def _thing_at_end(phrase: str) -> str | None:
    """The noun phrase with its determiner that ends ``phrase`` ("… linked to the Associated Press report")."""
    found = _THING_AT_END.search(phrase)
    return found.group(0) if found and found.start() > 0 else None


# How far before a cue verb its speaker phrase is looked for: seven chunks of a long sentence, and more.
_PHRASE_WINDOW = 600


_PARTICIPLE_OPENING = re.compile(r"[a-z]+ing\b")
_NAME_THEN_VERB = re.compile(
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:(?P<aux>was|were|is|are|has|had|have)|[a-z]+ed)\s+\S"
)
_LEADING_PREPOSITION = re.compile(r"^(?:from|by|with|to|of|for|including|like|among)\s+(?=[A-Z])")
# Parentheticals between a name and its verb: "(D-Wis.)", and NYT-style dashes ("John Dickey, the chief
# executive of Ora Media -- the production company that owns … -- told me").
_PARENTHETICAL = re.compile(r"\([^()]{0,40}\)|\s(?:--|—)\s(?:(?!--|—).){1,160}?\s(?:--|—)(?=\s)")


def _blank_parenthetical(match: re.Match) -> str:
    """Spaces for a parenthetical, offsets kept; a dashed one ends its clause like the comma it stands for."""
    blank = " " * len(match.group(0))
    return blank if match.group(0).startswith("(") else "," + blank[1:]


def _strip_trailing_verbs(phrase: str) -> str:
    # Cut the text itself, not a re-joined copy: the caller finds the phrase in the article by its spelling.
    while True:
        head, _, last = phrase.rstrip().rpartition(" ")
        if not head.strip() or not last.islower() or not (last.endswith("ed") or last in SPEECH_VERBS):
            return phrase
        phrase = head.rstrip()


def _names_person(phrase: str) -> bool:
    return any(" " in m.name or m.titled for m in find_name_mentions(phrase))


def _names_someone(phrase: str) -> bool:
    """A person's full or titled name, or a phrase that is one name and nothing else ("Trump" in "Trump and Ryan
    said"; the extractor tells people from places when it resolves the pair)."""
    if _names_person(phrase):
        return True
    mentions = find_name_mentions(phrase)
    return len(mentions) == 1 and mentions[0].name == phrase


_INITIALS = re.compile(r"^(?:[A-Z]\.)*[A-Z]$")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr lt rev del sen rep gov gen col adm sgt capt prof gens sens reps mt ft cmdr maj atty "
    "supt u.s u.n u.k d.c no vs".split()
)


def _phrase_end(segment: str) -> int:
    """Where an inverted speaker phrase ends: at punctuation, but not at an abbreviation's full stop."""
    for match in _INVERTED_NP_END.finditer(segment):
        if match.group(0) == ".":
            word = re.search(r"([A-Za-z.]+)$", segment[: match.start()])
            if word and (_INITIALS.match(word.group(1)) or word.group(1).lower() in _ABBREVIATIONS):
                continue
        return match.start()
    return len(segment)


def noun_phrase_after(text: str, verb_end: int, upper: int) -> tuple[str, int] | None:
    """The speaker phrase following an inverted cue ("said Kremlin spokesman Dmitry Peskov")."""
    segment = text[verb_end:upper]
    phrase = _clean_np(segment[: _phrase_end(segment)])
    if phrase and len(phrase.split()) > 8:
        # "said Stephen Vladeck of the University of Texas School of Law": the name, not its affiliation;
        # "said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell": a long role
        # that ends in the name.
        cut = _POST_MODIFIER.search(phrase)
        if cut and _names_person(phrase[: cut.start()]):
            phrase = phrase[: cut.start()]
        elif len(phrase.split()) > 14 or not _ENDS_WITH_NAME.search(phrase):
            return None
    if not phrase or _FINITE_BEFORE_RELATIVE.match(phrase):
        # "…,'' said the candidate could be in a competitive situation": a clause reported, not a speaker.
        return None
    at = segment.index(phrase)
    if (phrase[0].islower() and not _names_person(phrase)) or POSSESSIVE_ROLE.match(phrase):
        # "said his best friend at Lehigh, Bruce Turry, who …", "said Rubio’s deputy campaign manager, Rich Beeson":
        # the role comes first, the name after it.
        named = _APPOSITIVE_NAME.match(segment, at + len(phrase))
        if named and _names_person(named.group("name")):
            name = named.group("name")
            if name.endswith(".") and len(name.rsplit(" ", 1)[-1]) > 3:
                name = name[:-1]  # the sentence's full stop ("actress Jamie Lee Curtis.")
            return name, verb_end + named.start("name")
        first_name = _APPOSITIVE_FIRST_NAME.match(segment, at + len(phrase))
        if first_name and first_name_gender(first_name.group("name")) is not None:
            # '“It's hell,” added her neighbour, Viktor.': a first name alone, right after the role (not after a
            # place: "a voter in Atlanta, Georgia").
            return first_name.group("name"), verb_end + first_name.start("name")
    return phrase, verb_end + at


_FINITE_BEFORE_RELATIVE = re.compile(
    r"(?:(?!\b(?:who|whose|which|that)\b).)*?\b(?:could|would|will|can|may|might|should|must|is|was|are|were|"
    r"has|have|had|did|does)\b"
)
# A first name alone set off by a comma right after a role, ending the sentence or the clause: ", Viktor."
_APPOSITIVE_FIRST_NAME = re.compile(r",\s+(?P<name>[A-Z][a-z]+)\s*(?:[,.;]|$)")
# A person's name set off by commas right after a role: ", Bruce Turry," / ", Bruce Turry."
_APPOSITIVE_NAME = re.compile(
    r"(?:\s+(?:at|of|for|in|from|on)\s+[^,.;\"“”]{1,40})?"  # "his best friend at Lehigh"
    r",\s+(?:[a-z][\w-]*\s+){0,2}"  # "Clinton's introducer, actress Jamie Lee Curtis"
    r"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})"
    r"(?:\s+(?:of|at|from|with)\s+[^,.;\"“”]{1,60})?\s*(?:[,.;)]|$)"  # "Andrew J. Pincus of the law firm …"
)
# A role of a named person or body, the name in the possessive: "Rubio’s deputy campaign manager".
POSSESSIVE_ROLE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*$")
_POST_MODIFIER = re.compile(r"\s(?:of|at|from|for|in|with|who|whose|which)\s")
_ENDS_WITH_NAME = re.compile(r"\b[A-Z][\w.'’-]+\s+[A-Z][\w.'’-]+$")


_TRAILING_WORDS = frozenset(
    "also then later again further previously earlier recently has have had was is are were would will could "
    "reportedly repeatedly once only simply flatly quickly now first initially subsequently publicly privately "
    "separately finally already himself herself themselves just even still never always often today yesterday "
    "tonight formally officially did does do may might must should can monday tuesday wednesday thursday friday "
    "saturday sunday week month year night morning evening afternoon be been heard overheard seen caught filmed "
    "recorded shown tape camera video film".split()
)


# Sentence adverbs before the subject ("Recently she tweeted", "Yesterday Ann Lee told reporters"). A fixed
# list: "-ly" words alone would take names (Kelly, Reilly, Beverly).
_NP_LEADING_NOISE = re.compile(
    r"^(?:(?:recently|later|earlier|yesterday|today|tonight|then|also|meanwhile|finally|now|previously|"
    r"subsequently|separately|initially|instead|again|still|afterward|afterwards|moreover|even)\s+)+(?=\S)",
    re.IGNORECASE,
)

# A question's auxiliary before its subject ("And will their editors, who once called these stories …"); lower
# case only, so "Will Smith" keeps his name.
_NP_LEADING_AUXILIARY = re.compile(r"^(?:will|would|did|does|do|can|could|should|shall|might|must)\s+(?=\S)")

_HAD_THIS_TO = re.compile(
    r"\s+(?:had|has|have|also\s+had|then\s+had)\s+(?:this|that|these\s+words|the\s+following|something|much|"
    r"plenty|more|a\s+lot|a\s+few\s+words|a\s+message)(?:\s+\w+){0,3}?\s+to$"
)
_PRONOUN_CONTRACTION = re.compile(r"(he|she|they|we|i|it)['’](?:s|d|ve|ll|re)", re.IGNORECASE)
_VERBS_ENDING_IN_S = SPEECH_VERBS | frozenset("has is was does goes opposes supports thinks believes".split())


def _clean_np(phrase: str) -> str:
    # A stray mark left by NYT-style nested quotes (",''' Mr. Putin said") is no part of the phrase.
    phrase = _NP_LEADING_NOISE.sub("", phrase.strip(" \t\n,.;:").lstrip("'’").lstrip())
    phrase = _NP_LEADING_AUXILIARY.sub("", phrase)
    contraction = _PRONOUN_CONTRACTION.fullmatch(phrase)
    if contraction:
        # "he's said the same thing at every stop": the pronoun speaks.
        return contraction.group(1)
    if phrase.endswith(" to"):
        # "Pushilin had this to say": the subject before the idiom speaks.
        phrase = _HAD_THIS_TO.sub("", phrase)
    last_space = phrase.rfind(" ")
    last_word = phrase[last_space + 1 :]
    if (
        last_space > 0
        and last_word.endswith("ly")
        and _TRAILING_ADVERB.fullmatch(last_word)
        and last_word not in _NOUNS_ENDING_IN_LY
    ):
        # "A Facebook post sharing the video falsely claimed": an adverb of the verb is no part of its subject.
        return _clean_np(phrase[:last_space])
    if last_word.lower() not in _TRAILING_WORDS or (last_word == "May" and phrase[:last_space].istitle()):
        # Nothing to trim: most phrases end with a name or a noun ("Theresa May" too, not a modal).
        return phrase
    previous = None
    while phrase != previous:
        previous = phrase
        phrase = _NP_TRAILING_NOISE.sub("", phrase)
        phrase = TIME_WORDS_RE.sub("", phrase).strip(" ,")
    return phrase


_TRAILING_ADVERB = re.compile(r"[a-z]{3,}ly")
_NOUNS_ENDING_IN_LY = frozenset(
    "family ally assembly rally supply anomaly monopoly daily weekly monthly quarterly fly belly bully jelly lily "
    "folly italy july reply homily melancholy".split()
)


def is_valid_speaker_phrase(phrase: str) -> bool:
    """Whether a phrase can name a speaker: a pronoun, a name, or a determiner-led noun phrase."""
    words = phrase.split()
    if not words or len(words) > 14:
        return False
    first = words[0].lower()
    if first in _NO_SUBJECT_OPENERS:
        # "with Florida Sen. Marco Rubio", "When Mr. Thiel was revealed …": a prepositional phrase or a
        # subordinate clause names no speaker, whatever names it holds.
        return False
    if first in PRONOUNS and len(words) == 1:
        return True
    if _SHARE_OF_PEOPLE.fullmatch(phrase.strip()):
        # "Only 52 percent of registered voters agreed that …": a poll's share of people answers.
        return True
    if first in _DETERMINERS and _holds_a_clause(words):
        return False
    if first in _DETERMINERS and len(words) > 2 and words[-1].lower() in ("he", "she", "they", "we", "i", "it"):
        # '"fled Kyiv", a claim he denied': the subject of a relative clause about the quotation, not its speaker.
        return False
    if first in PRONOUNS and words[1][0].islower():
        # "I hope in 2017 America says": a clause of its own, not the subject of the verb after it.
        return False
    if first in ("someone", "somebody"):
        # "someone in the audience shouted": an unnamed person is still a speaker.
        return True
    if first in _DETERMINERS:
        return len(words) > 1
    # "9/11 widow Terry Strada" opens with a number.
    opens_like_name = words[0][0].isupper() or words[0][0].isdigit() or words[0] in NAME_PARTICLES
    if opens_like_name and any(w[0].isupper() and w.lower().rstrip(".") not in NOT_NAMES for w in words):
        return True
    # A bare plural ("officials", "aides") speaks; a phrase opening with another lower-case word
    # ("about Pushilin's comments") is no subject, unless a role leads to a full name ("panel Chairman
    # Rep. Jason Chaffetz").
    if (
        len(words) <= 3
        and words[-1].endswith("s")
        # "star of television’s": a possessive is no plural either.
        and not words[-1].endswith(("'s", "’s"))
        and all(w.islower() for w in words)
        # "has", "was", "he promises": a verb is no plural noun.
        and first not in PRONOUNS
        and words[-1] not in _VERBS_ENDING_IN_S
    ):
        return True
    if (
        first in _ROLE_QUALIFIERS
        and len(words) <= 5
        and (words[-1].lower() in TITLE_WORDS or words[-1].lower() in _ROLE_NOUNS)
        and any(w[0].isupper() for w in words[1:])
    ):
        # "says former NATO commander", "said senior Kremlin official": a role with its article dropped.
        return True
    leading = next((i for i, w in enumerate(words) if w[0].isupper()), len(words))
    if leading == len(words):
        return False
    role_led = leading <= 2 and (words[leading - 1].lower() in TITLE_WORDS or words[leading].lower() in TITLE_WORDS)
    if role_led:
        return any(" " in m.name for m in find_name_mentions(phrase))
    # "former secretary of state Hillary Clinton", "retired neurosurgeon Ben Carson": a short description
    # ending in a full name.
    if leading <= 5:
        names = find_name_mentions(phrase)
        return bool(names) and " " in names[-1].name and phrase.rstrip(" .,").endswith(names[-1].name.split()[-1])
    return False


_SHARE_OF_PEOPLE = re.compile(
    r"(?i:(?:only|just|about|nearly|almost|some|roughly|over|more than|fewer than|less than)\s+)?"
    r"\d[\d,.]*\s*(?:percent|per cent|%)\s+of\s+(?:the\s+|all\s+)?(?:[a-z][\w-]*\s+){0,3}"
    r"(?:voters|respondents|people|Americans|Democrats|Republicans|adults|Ukrainians|Russians|residents|"
    r"supporters|members|those\s+polled|those\s+surveyed)"
)
_ROLE_QUALIFIERS = frozenset("former retired top senior veteran outgoing acting".split())
_ROLE_NOUNS = frozenset(
    "commander official officer adviser advisor diplomat aide strategist analyst lawmaker negotiator envoy".split()
)


def _holds_a_clause(words: list[str]) -> bool:
    """Whether a verb after the head noun turns the phrase into a clause: "The longtime senator said he rarely", "The
    spokesman refused to answer questions on", "This sentiment was reflected in another question". A past
    participle after a determiner or an adverb describes ("the noted historian", "a newly elected mayor")."""
    for i in range(1, len(words) - 1):
        word = words[i].lower()
        if word not in _CLAUSE_VERBS and not (word.endswith("ed") and word in SPEECH_VERBS):
            continue
        before = words[i - 1].lower()
        if before in _DETERMINERS or before.endswith("ly") or before.endswith(("'s", "’s")):
            continue
        return True
    return False


# "had this to say" still introduces its subject's words.
_CLAUSE_VERBS = frozenset("is was were are will would said told wrote refused declined pointed".split())


def _names_a_speaker(phrase: str) -> bool:
    """A speaker phrase at a cue verb, or a bare determiner standing for some of those the sentence before named
    ("Some chanted “USA! USA!”", '"…," tweeted another')."""
    return is_valid_speaker_phrase(phrase) or phrase.lower() in ELLIPTICAL_SPEAKERS


# A reporting verb with its day, if any: "said", "reported on Friday".
_REPORTING_VERB = (
    r"(?:said|says|reported|reports|announced)(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"
)
# A phrase read back to a cue that holds a reporting clause: "The Elysee said Macron", "Peskov says he".
_REPORTER_BEFORE_SUBJECT = re.compile(rf"(?P<reporter>\S.*?)\s{_REPORTING_VERB}\s+(?P<subject>\S.*)")
# The same with "that", which ends the phrase read back: "Peskov said on Friday that Putin told".
_REPORTING_THAT_BEFORE = re.compile(rf"\s{_REPORTING_VERB}\s+that\s+$")


def find_cue(text: str, lower: int, upper: int, *, prefer: str, cues: list[re.Match] | None = None) -> Cue | None:
    """The attribution cue of a quotation within ``text[lower:upper]``.

    ``prefer='first'`` reads an after-quote clause or a writer's sentence around a fragment (the outermost
    reporting verb speaks); ``prefer='last'`` reads an introduction before a quote (the verb nearest it).
    ``cues``, when given, is ``find_cues(text, lower, upper)`` already found (a list this call may reorder).
    """
    if cues is None:
        cues = find_cues(text, lower, upper)
    if prefer == "last":
        cues.reverse()
    elif len(cues) > 1:
        # "after the Sanders interview concluded, Maher stated … that the report “wasn’t good”": a verb closing an
        # opening clause, its comma right after it, is not the sentence's reporting verb when one follows.
        finite = [m for m in cues if not (m.group("verb") or "").endswith("ing")]
        if len(finite) > 1 and (
            (
                text.startswith(",", finite[0].end())
                and _CLAUSE_SUBJECT_AFTER.match(text, finite[0].end() + 1, finite[1].start())
            )
            # "While Peskov denied it, the ministry said the strikes were “precise”": the same, the verb's
            # object before the comma.
            or (
                OPENING_SUBORDINATE_CLAUSE.match(text, lower, finite[0].start())
                and _MAIN_SUBJECT_AFTER_COMMA.search(text, finite[0].end(), finite[1].start())
                # "the neurosurgeon's decision to read": an infinitive is no main clause's verb.
                and not text[max(lower, finite[1].start() - 3) : finite[1].start()] == "to "
            )
        ):
            cues.remove(finite[0])
    # A participle ("…, arguing that …") takes the sentence's subject; the extractor supplies it.
    participles = [
        m
        for m in cues
        if m.group("verb")
        and m.group("verb").endswith("ing")
        # "Donald Trump is telling supporters that …": a progressive is the subject's finite verb.
        and not _PROGRESSIVE_BEFORE.search(text[max(lower, m.start() - 24) : m.start()])
    ]
    cues = [m for m in cues if m not in participles] + participles
    # "According to Reuters, “…”": an outlet credited for words nobody else is given says them itself; with a
    # speaker elsewhere in the clause it is only the credited source.
    outlet: Cue | None = None
    for match in cues:
        if match in participles:
            return Cue(cue_label(match), None, match.start(), match.start(), participle=True)
        label = cue_label(match)
        if label in ("according to", "in the words of"):
            after = noun_phrase_after(text, match.end(), upper)
            if (
                after
                and after[0].lower() in OBJECT_PRONOUNS
                and text[after[1] + len(after[0]) :].lstrip(" ")[:1] in (",", ".", ";", "\n", "")
            ):
                # "According to him, …": the pronoun in its object form names the speaker as "he" would ("according
                # to her “clawback” plan" is the plan's, a possessive).
                return Cue(label, after[0], after[1], match.start(), inverted=True)
            if (
                after
                and is_valid_speaker_phrase(after[0])
                and not names_outlet(after[0])
                and not _DOCUMENT_HEAD.search(after[0])
                and not RELAYING_BODY.fullmatch(after[0])
            ):
                return Cue(label, after[0], after[1], match.start(), inverted=True)
            if after and outlet is None and is_valid_speaker_phrase(after[0]):
                outlet = Cue(label, after[0], after[1], match.start(), inverted=True)
            continue
        verb = (match.group("verb") or "").lower()
        if verb in ("quoted", "cited"):
            quoted_as = _QUOTED_SOMEONE_AS.match(text, match.end(), upper)
            if quoted_as and (
                is_valid_speaker_phrase(quoted_as.group("np")) or quoted_as.group("np").lower() in OBJECT_PRONOUNS
            ):
                # "RIA Novosti quoted Denis Pushilin, head of the DPR, as saying: “…”": the person quoted speaks; the
                # outlet before the verb is the credited source.
                return Cue(
                    f"{verb} as {quoted_as.group('as')}",
                    quoted_as.group("np"),
                    quoted_as.start("np"),
                    match.start(),
                    inverted=True,
                )
        before = noun_phrase_before(text, lower, match.start())
        reporter = (
            _REPORTER_BEFORE_SUBJECT.match(before[0])
            if before and (" sa" in before[0] or " report" in before[0])
            else None
        )
        reported_by: tuple[str, int] | None = None
        if reporter and _names_a_speaker(reporter.group("subject")):
            # "The Elysee said Macron told Putin: …": the reported clause's own subject speaks its verb; who reports
            # it goes with the cue.
            reported_by = (reporter.group("reporter"), before[1])
            before = (reporter.group("subject"), before[1] + reporter.start("subject"))
        elif before and text.endswith("that ", lower, before[1]):
            said_that = _REPORTING_THAT_BEFORE.search(text, max(lower, before[1] - 48), before[1])
            reported_by = noun_phrase_before(text, lower, said_that.start() + 1) if said_that else None
        if (
            verb in INVERTED_VERBS
            and verb not in ADDRESSEE_VERBS
            and _COMMA_BEFORE_VERB.search(text, lower, match.start())
            and not (before and (_names_person(before[0]) or before[0].lower() in PRONOUNS))
        ):
            # '… the population was overwhelmingly white, said Alan Abramowitz, a demographer. “…”': after a
            # comma, with no person before it ('Jean-Marc Ayrault, the foreign minister, said North Korea's …'
            # is Ayrault's), a verb followed by a person's name is inverted.
            after = noun_phrase_after(text, match.end(), upper)
            if (
                after
                and is_valid_speaker_phrase(after[0])
                and _names_person(after[0])
                # 'Trump, who has a lead in delegates, mocked Marco Rubio for “…”': a name with "for" and the
                # quotation after it is the object of a verb of praise or blame ('wrote Cameron Easley for Morning
                # Consult' is not).
                and not _OBJECT_FOR.search(after[0])
            ):
                return Cue(label, after[0], after[1], match.start(), inverted=True)
        if before and _names_a_speaker(before[0]):
            reporter_phrase, reporter_at = reported_by or (None, -1)
            return Cue(label, before[0], before[1], match.start(), reporter=reporter_phrase, reporter_at=reporter_at)
        if before and _PRONOUN_SUBJECT_LAST.search(before[0]):
            # "on Tuesday night he said": a time or place phrase before the subject pronoun.
            pronoun = _PRONOUN_SUBJECT_LAST.search(before[0]).group(1)
            return Cue(label, pronoun, before[1] + len(before[0]) - len(pronoun), match.start())
        if verb in INVERTED_VERBS and not _CONJUNCTION_BEFORE_INVERTED.sub("", text[lower : match.start()]).strip(
            _BEFORE_INVERTED
        ):
            # '"…," said Peskov' and 'But, said Solovey, "…"': only marks, or a conjunction, before the verb.
            after = noun_phrase_after(text, match.end(), upper)
            if after and _names_a_speaker(after[0]) and not _OBJECT_FOR.search(after[0]):
                return Cue(label, after[0], after[1], match.start(), inverted=True)
    # "Sanders was asked by host Bill Maher, who …, “…?”": a passive cue's agent speaks.
    for passive in _PASSIVE_BY.finditer(text, lower, upper):
        after = noun_phrase_after(text, passive.end(), upper)
        verb = passive.group("verb").lower()
        # "was in fact said by a Russian TV host": whoever said or wrote the words, named or described; one asked
        # or told by someone must be named (a description there is more often the audience).
        if after and is_valid_speaker_phrase(after[0]) and (verb in _PASSIVE_SPEECH or _names_person(after[0])):
            return Cue(verb, after[0], after[1], passive.start("verb"), inverted=True)
    if outlet is None and "words" in text[lower:upper]:
        # "In his words, the situation is “critical”", "in Peskov's words": "according to him" said otherwise.
        words = _IN_SOMEONES_WORDS.search(text, lower, upper)
        if words:
            # The owner as written ("his", "Peskov"); "his" resolves as "he" does.
            mention = words.group("owner").removesuffix("'s").removesuffix("’s")
            label = " ".join(words.group(0).split())
            return Cue(label[0].lower() + label[1:], mention, words.start("owner"), words.start(), True)
    return outlet


_IN_SOMEONES_WORDS = re.compile(
    r"\b[Ii]n\s+(?P<owner>his|her|their|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}['’]s)\s+(?:own\s+)?words\b"
)


_OBJECT_FOR = re.compile(r"\sfor(?:\s+\w+ing)?$")
# After an active "quoted": the person, maybe with an appositive, then "as saying".
_QUOTED_SOMEONE_AS = re.compile(
    r"\s+(?P<np>[^,.;:!?\"“”\s][^,;:!?\"“”]{0,80}?)(?:,[^.;:!?\"“”]{1,120}?,)?\s+as\s+(?P<as>saying|telling|writing|stating)\b"
)
_ADJECTIVAL_BEFORE = re.compile(
    r"\b(?:a|an|the)\s+(?:(?!(?:family|rally|ally|assembly|supply|reply|italy|july|belly)\b)\w+ly\s+)?$", re.I
)
_PROGRESSIVE_BEFORE = re.compile(
    r"\b(?:(?:is|are|was|were|am)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)?"
    # "Trump can be heard saying", "was caught on camera telling": a recording shows the subject speak.
    r"|(?:heard|overheard|seen|caught|recorded|filmed|shown)(?:\s+on\s+(?:tape|camera|video|film))?\s+)$",
    re.I,
)
_PASSIVE_BY = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+|in\s+fact\s+|first\s+)?"
    r"(?P<verb>asked|told|questioned|pressed|challenged|quoted|said|written|uttered|spoken|tweeted)\s+by\s+",
    re.IGNORECASE,
)
_PASSIVE_SPEECH = frozenset({"said", "written", "uttered", "spoken", "tweeted"})


# Verbs that are usually nouns ("reports", "notes") are cues only right before a colon: "The New York Times
# reports:", "a reader would now ask:".
_COLON_VERB = re.compile(
    r"\b(?P<verb>" + "|".join(sorted(NOUN_LIKE_FORMS | {"ask", "answer", "write"}, key=len, reverse=True))
    + r")\s*:\s*$"
)


def find_colon_cue(text: str, lower: int, colon_end: int) -> Cue | None:
    """A cue ending at a colon with a noun-like verb ("The New York Times reports:"), or None."""
    match = _COLON_VERB.search(text, lower, colon_end)
    if not match:
        return None
    before = noun_phrase_before(text, lower, match.start())
    if not before:
        return None
    phrase = _AUXILIARIES.sub("", before[0]).strip()
    if not phrase or not is_valid_speaker_phrase(phrase):
        return None
    return Cue(match.group("verb"), phrase, before[1], match.start())


_AUXILIARIES = re.compile(r"(?:\s+(?:would|will|could|might|may|must|should|can|now|then|also))+$")


def names_outlet(phrase: str) -> bool:
    """Whether a phrase names a news outlet or channel rather than a person ("the newspaper X", "RIA")."""
    lowered = phrase.lower().removeprefix("the ").removeprefix("a ")
    if _OUTLET_NOUN_IN.search(lowered):
        return True
    return canonical_outlet(phrase) is not None


# An outlet noun opening the phrase or standing in it as whole words ("newspaper Kommersant", "the Interfax news
# agency"): one search instead of two string tests per noun, since every quotation's speaker phrase is asked.
_OUTLET_NOUN_IN = re.compile(
    rf"^(?:{_OUTLET_NOUN_ALTERNATION})|(?<![^ ])(?:{_OUTLET_NOUN_ALTERNATION})(?![^ ])"
)


def canonical_outlet(name: str, *, named_by_noun: bool = False) -> str | None:
    """The canonical name of an outlet, or None when ``name`` is not one we know (or was not called one)."""
    cleaned = name.strip(" .,;:").replace("’s", "").replace("'s", "")
    key = cleaned.lower()
    for candidate in (key, key.replace("-", " "), key.removeprefix("the ")):
        if candidate in OUTLETS:
            return OUTLETS[candidate]
    base, _, language = key.rpartition(" ")
    if language in _SERVICE_LANGUAGES and base.removeprefix("the ") in OUTLETS:
        # "RT Arabic", "BBC Russian": an outlet's service in another language.
        return f"{OUTLETS[base.removeprefix('the ')]} {language.capitalize()}"
    return cleaned if named_by_noun and cleaned else None


_SERVICE_LANGUAGES = frozenset(
    "arabic russian ukrainian english french spanish german turkish persian chinese mundo".split()
)


# Every source pattern needs one of these words; most sentences have none, so they are tested first,
# in lower-cased text (a case-insensitive alternation is several times slower). Each starts with a letter: one
# starting with a space (" show ") made extraction 4.6% slower per article, the pattern tried at every space.
_SOURCE_TRIGGERS = (
    # "reports", "reported", "reporter" but not the noun "report" ("the report found"), which credits nothing.
    "according reports reported reporter told interview tweet telegram twitter facebook instagram youtube vkontakte "
    "tiktok broadcast "
    "aired carried published quoted speaking appearing rossiya translat cited channel address op-ed writing article "
    "column essay letter editorial"
).split() + [
    "spoke to", "spoken to", "talking to", "on x", "x post", "comments to", "remarks to", "comment to", "remark to",
    "state tv", "state television", "state media", "wrote to", "piece for",
]
_WRITTEN_FOR_WORDS = ("published", "op-ed", "writing ", "article ", "column ", "essay ", "piece ")
# As a trie: the engine skips to the letters a keyword can start with and tries one branch per letter.
SOURCE_TRIGGER_RE = re.compile(_trie_pattern(_SOURCE_TRIGGERS))
_SPOKE_TO_WORDS = ("speaking to", "talking to", "spoke to", "spoken to")


# A run of capitalised words that may end on a number, as outlets' names do ("Rossiya 1", "Rossiya 24"), which
# ``CAPITALISED_RUN`` (people's names) stops before.
_OUTLET_RUN = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*)*")


def _outlet_named_soon_after(clause: str, position: int) -> str | None:
    """The first outlet named in the few words after ``position``, before any comma."""
    window = clause[position : position + 80].split(",", 1)[0]
    for run in _OUTLET_RUN.finditer(window):
        outlet = canonical_outlet(run.group(0))
        if outlet:
            return outlet
    return None


def source_trigger_starts(lowered: str) -> list[int]:
    """Where ``SOURCE_TRIGGER_RE.finditer(lowered)`` would match, from one str.find per keyword.

    Twice as fast on a whole article: the keywords' first letters are common, so the pattern is tried at a
    third of all positions. No keyword is a prefix of another, so at most one starts at a position, and
    keeping the leftmost hits that do not overlap an earlier one gives the pattern's own matches.
    """
    hits = []
    for keyword in _SOURCE_TRIGGERS:
        at = lowered.find(keyword)
        while at >= 0:
            hits.append((at, len(keyword)))
            at = lowered.find(keyword, at + 1)
    hits.sort()
    starts = []
    covered = -1
    for at, length in hits:
        if at >= covered:
            starts.append(at)
            covered = at + length
    return starts


def _first_possible(lowered: str, clause: str, word: str) -> int:
    """Where a case-insensitive pattern opening with ``\\b`` + ``word`` can first match in ``clause``.

    sre cannot skip ahead for a pattern that opens with ``\\b``, so it tries every position of the clause;
    starting at the first occurrence of ``word`` in the lower-cased clause gives the same matches. ``word``
    must hold only letters whose case-insensitive matches are exactly their two cases (so "accord", not
    "according": İ and ı match i), and the offsets agree unless lower-casing changed the length.
    """
    return max(0, lowered.find(word)) if len(lowered) == len(clause) else 0


def find_credited_source(clause: str) -> tuple[str | None, str | None]:
    """The upstream source credited in an attribution clause, and a person it credits instead.

    Returns ``(source, person)``: "according to RIA" gives ("RIA Novosti", None); "according to Peskov"
    gives (None, "Peskov"), a relay or speaker rather than an outlet.
    """
    # An article asks about the same sentence once per trigger word in it and again per quotation it holds; only
    # sentences of ordinary length are remembered, so the cache stays small whatever the input.
    if len(clause) <= _CACHED_CLAUSE_LENGTH:
        return _cached_credited_source(clause)
    return _credited_source(clause)


_CACHED_CLAUSE_LENGTH = 1000


@functools.lru_cache(maxsize=4096)
def _cached_credited_source(clause: str) -> tuple[str | None, str | None]:
    return _credited_source(clause)


def _credited_source(clause: str) -> tuple[str | None, str | None]:
    person = None
    lowered = clause.lower()
    if not SOURCE_TRIGGER_RE.search(lowered):
        return None, None
    # Each pattern runs only when its keyword is present: the patterns are slow, the keywords rare.
    if "translat" in lowered:
        translated = _TRANSLATED_BY.search(clause)
        outlet = canonical_outlet(translated.group("src")) if translated else None
        if outlet:
            # "according to a translation by CNN": the outlet whose translation the article quotes.
            return outlet, None
    if "according" in lowered:
        document = (
            _ACCORDING_TO_DOCUMENT.search(clause) if any(word in lowered for word in _DOCUMENT_WORDS) else None
        )
        if document:
            # "Shoigu said, according to a ministry statement": the statement carried his words.
            return " ".join(document.group("doc").split()), None
        for match in _ACCORDING_TO.finditer(clause, _first_possible(lowered, clause, "accord")):
            named = None if match.group("noun") else _outlet_named_before_noun(clause, match.start("src"))
            if named:
                # "according to the LuganskInformCenter news agency"
                return named, None
            outlet = canonical_outlet(match.group("src"), named_by_noun=bool(match.group("noun")))
            if outlet:
                return outlet, None
            person = person or _first_run(match.group("src"))
    if any(word in lowered for word in _WRITTEN_FOR_WORDS):
        written = _WRITTEN_FOR.search(clause)
        if written:
            # "In an op-ed for The New York Times, Zelensky wrote": the publication carried the words.
            return canonical_outlet(written.group("src"), named_by_noun=True), person
    if "report" in lowered:
        for pattern, keyword in ((_REPORTS, "report"), (_REPORTED, "reported")):
            if keyword not in clause:
                continue  # each pattern needs its keyword in lower case, as written in the clause
            for match in pattern.finditer(clause):
                outlet = canonical_outlet(match.group("src"), named_by_noun=bool(match.group("noun")))
                if outlet:
                    return outlet, person
    told_at = _first_possible(lowered, clause, "told") if "told" in lowered else None
    if told_at is None and any(word in lowered for word in _SPOKE_TO_WORDS):
        told_at = 0
    told = _TOLD_OBJECT.search(clause, told_at) if told_at is not None else None
    if told:
        if told.group("press"):
            press = told.group("press").lower()
            return ("press conference" if "conference" in press or "briefing" in press else "reporters"), person
        told_source = _told_source(told.group("rest"), clause)
        if told_source:
            return told_source, person
    platform = _PLATFORM.search(clause) if " on " in lowered else None
    if platform is None and any(name in lowered for name in _PLATFORM_WORDS):
        platform = _PLATFORM_POST.search(clause)
    if platform:
        return OUTLETS.get(platform.group("src").lower(), platform.group("src")), person
    interview = _INTERVIEW.search(clause) if "interview" in lowered else None
    if interview and interview.group("src"):
        employer = _EMPLOYER_POSSESSIVE.match(interview.group("src"))
        # "in an interview with CNN's Jake Tapper": the outlet the interviewer speaks for.
        outlet = canonical_outlet(interview.group("src")) or (canonical_outlet(employer.group(1)) if employer else None)
        if outlet is None and interview.group("src").rstrip(" .,;:").endswith(("’s", "'s", "n")):
            # "in an interview with Russia’s propagandistic network RT", "with Russian state channel Rossiya 1": the
            # outlet named a few words on.
            outlet = _outlet_named_soon_after(clause, interview.end("src"))
        interviewer = interview.group("src").rstrip(" .,;:")
        if outlet is None and " " not in interviewer:
            # "with French magazine Paris Match", "with Ukrainian media", "with Ukrainian journalist Dmytro Gordon":
            # a nationality, then what the interviewer is.
            described = clause[interview.start("src") :]
            noun = _OUTLET_NOUN_THEN_NAME.match(described, len(interviewer) + 1)
            media = _MEDIA_DESCRIBED_AT.match(described)
            if noun:
                outlet = canonical_outlet(noun.group("src"), named_by_noun=True)
            elif media and " " in media.group("src"):
                outlet = " ".join(media.group("src").split())
            else:
                person_named = _DESCRIBED_INTERVIEWER.match(described, len(interviewer))
                interviewer = person_named.group("name") if person_named else interviewer
        if outlet:
            return outlet, person
        # "in an interview with the Moscow. Kremlin. Putin TV show on Rossiya-1 television": an outlet the clause
        # names further on wins over the interviewer as written.
        interviewed_by = f"interview with {interviewer}"
    else:
        interviewed_by = None
    if "tweet" in lowered and _TWEETED.search(clause):
        return "Twitter", person
    channel = _ON_CHANNEL.search(clause) if "channel" in lowered else None
    if channel:
        # "said on the air of the Rossiya-1 TV channel", "on the Solovyov Live channel": named by what it is.
        outlet = canonical_outlet(_TRAILING_TV.sub("", channel.group("src")), named_by_noun=True)
        if outlet:
            return outlet, person
    if " on " in lowered:
        for match in _ON_NAME.finditer(clause):
            outlet = canonical_outlet(match.group("src"))
            if outlet and outlet not in PLATFORM_NAMES and _BROADCAST_WORD_BEFORE.search(
                clause, max(0, match.start() - 40), match.start()
            ):
                return outlet, person
    if ("quoted" in lowered or "cited" in lowered) and " as " in lowered:
        for match in _OUTLET_QUOTED.finditer(clause):
            outlet = _outlet_named_before_noun(clause, match.start("src")) or canonical_outlet(
                match.group("src"), named_by_noun=bool(match.group("noun"))
            )
            if outlet:
                return outlet, person
    if " by " in lowered:
        for match in _CARRIED_BY.finditer(clause):
            outlet = canonical_outlet(match.group("src"), named_by_noun=bool(match.group("noun")))
            if outlet:
                return outlet, person
    if "comment" in lowered or "remark" in lowered:
        for match in _COMMENTS_TO.finditer(clause):
            outlet = _outlet_named_before_noun(clause, match.start("src")) or canonical_outlet(match.group("src"))
            if outlet:
                # "Lavrov said in comments to RIA Novosti": the outlet he gave them to.
                return outlet, person
    # An "in" per word, not any() over a generator: this runs for most clauses.
    if "TV" in clause or "media" in clause or "televis" in clause or "radio" in clause or "agency" in clause or (
        "broadcaster" in clause
    ):
        generic = _DESCRIBED_MEDIA.search(clause)
        if generic and len(generic.group("src").split()) >= 2:
            # "told Russian state TV", "according to local media": the media as the article describes them, when it
            # names no outlet (a description with a qualifier; "on television" alone says only where).
            described = " ".join(generic.group("src").split())
            # "according to Russian state media" credits no person called Russian.
            return described, None if person and described.startswith(person) else person
    return interviewed_by, person


_MEDIA_DESCRIPTION = (
    r"(?P<src>(?:[A-Z][a-z]+\s+)?(?:(?:state(?:-run|-owned|-controlled)?|local|independent|pro-Kremlin|regional|national|"
    r"private)\s+)?(?:TV|television|media|news\s+agency|broadcaster|radio)\b)"
)
_DESCRIBED_MEDIA = re.compile(
    r"\b(?i:told|according\s+to|reported\s+by|quoted\s+by|cited\s+by|interview\s+with|speaking\s+to|spoke\s+to|"
    r"talking\s+to|comments?\s+to|said\s+on)\s+(?:the\s+)?" + _MEDIA_DESCRIPTION
)
_MEDIA_DESCRIBED_AT = re.compile(_MEDIA_DESCRIPTION)


def described_media(phrase: str) -> str | None:
    """The media a phrase describes with a word that qualifies them ("Russian state media", "local TV"), or None."""
    media = _MEDIA_DESCRIBED_AT.fullmatch(_LEADING_THE.sub("", phrase.strip()))
    return " ".join(media.group("src").split()) if media and " " in media.group("src").strip() else None


_LEADING_THE = re.compile(r"^(?i:the)\s+")


def _first_run(text: str) -> str | None:
    run = CAPITALISED_RUN.search(text)
    return run.group(0) if run else None


_DESCRIBED_INTERVIEWER = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)")
_PLATFORM_WORDS = tuple(name.lower() for name in PLATFORM_NAMES if name != "X") + ("x post",)
# A post named by its platform before the noun: "In a Telegram post, Kadyrov wrote", "in an X post" ("on his Telegram
# channel" and "posted on Facebook" are _PLATFORM's).
_PLATFORM_POST = re.compile(
    r"\b(?:[Ii]n|via)\s+(?:a|an|his|her|their|its)\s+(?:(?:short|brief|later|separate|new|lengthy|video)\s+)?"
    rf"(?P<src>{'|'.join(PLATFORM_NAMES)})\s+(?:post|video|message|statement|address|story|broadcast|livestream)\b"
)


# Nouns a nationality also goes with ("French television"): a one-word plain name before them must be a known outlet.
_GENERIC_MEDIA = frozenset({"television", "radio", "network", "channel", "tv channel", "daily", "outlet"})


def _outlet_named_before_noun(text: str, at: int) -> str | None:
    """The outlet named at ``at`` before the noun saying what it is ("Rossiya 24 TV channel", "the Interfax news
    agency", "Britain's ITV network" → ITV); not a nationality ("French television", "Russian radio")."""
    named = _NAMED_BEFORE_OUTLET_NOUN.match(text, at)
    if not named:
        return None
    name = _TRAILING_TV.sub("", named.group("src")).replace("’s ", "'s ").rsplit("'s ", 1)[-1]
    one_plain_word = " " not in name and not name.isupper() and not any(ch.isdigit() for ch in name)
    if one_plain_word and named.group("noun").lower() in _GENERIC_MEDIA:
        return canonical_outlet(name)
    return canonical_outlet(name, named_by_noun=True)


# "CNN's Jake Tapper", "Fox News' Jenna Lee": the employer before a person's name.
_EMPLOYER_POSSESSIVE = re.compile(r"(.+?)(?:['’]s|(?<=s)['’])\s")


_NAMED_RUN_AT_START = re.compile(rf"\s*(?:the\s+)?(?P<src>{_NAMED_RUN})")


_OUTLET_NOUN_THEN_NAME = re.compile(rf"(?:[\w-]+\s+){{0,3}}?(?:{_OUTLET_NOUN_ALTERNATION})\s+(?P<src>{_NAMED_RUN})")


def _told_source(rest: str, clause: str) -> str | None:
    # "told TV channel Rossiya 24", "told Russian state TV channel Rossiya 24".
    noun = _OUTLET_NOUN_THEN_NAME.match(rest)
    if noun:
        return canonical_outlet(noun.group("src"), named_by_noun=True)
    named = _outlet_named_before_noun(rest, 0)
    if named:
        # "told the Rossiya 24 TV channel", "told the Interfax news agency": the name, then what it is.
        return named
    whole = _NAMED_RUN_AT_START.match(rest)
    if whole and " i " in whole.group("src"):
        # "told Argumenty i Fakty": a name a people's-name run would cut at "i".
        outlet = canonical_outlet(whole.group("src"))
        if outlet:
            return outlet
    run = CAPITALISED_RUN.search(rest)
    if not run:
        return None
    outlet = canonical_outlet(run.group(0))
    if outlet is None and run.start() == 0:
        # "told Rossiya 24": an outlet's name may end on a number, where a person's stops.
        numbered = _OUTLET_RUN.match(rest)
        outlet = canonical_outlet(numbered.group(0)) if numbered and numbered.end() > run.end() else None
    if outlet is None and run.start() == 0:
        # "told the Guardian" (the article read before ``rest``): an outlet known with it ("The Guardian").
        outlet = canonical_outlet("the " + run.group(0))
    if outlet:
        return outlet
    employer = _EMPLOYER_POSSESSIVE.match(run.group(0))
    outlet = canonical_outlet(employer.group(1)) if employer else None
    if outlet:
        # "he told CNN's Fareed Zakaria": the outlet the interviewer speaks for.
        return outlet
    if "interview" in clause:
        # "he told pro-Kremlin spin doctor Vladimir Solovyov in an online interview": the interviewer.
        names = re.findall(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+", rest)
        if names:
            return f"interview with {names[-1]}"
    return None


def body_head(phrase: str) -> str | None:
    """The body noun a phrase names ("the letters to Putin" → "letters"), if it names a text."""
    for word in phrase.lower().split()[:4]:
        if word.strip(",.") in BODY_NOUNS:
            return word.strip(",.")
    return None


def group_head(phrase: str) -> bool:
    """Whether a phrase names a group of people ("the leaders of the two breakaway regions")."""
    words = phrase.lower().split()
    return words[:1] == ["they"] or any(w in GROUP_NOUNS for w in words[:4])


_QUOTING = re.compile(r"\bquoting\s+(?:from\s+)?(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?P<body>[\w-]+)")
_QUOTING_BEFORE_COLON = re.compile(_QUOTING.pattern + r"\s*:\s*$")


def quoted_speaker(clause: str) -> str | None:
    """The office holder a speaker quotes, from "…, Peskov told reporters, quoting the president"."""
    if "quoting" not in clause:
        return None
    match = _QUOTING_PERSON.search(clause)
    return match.group("person") if match else None


# Only an office: a spokesman quoting his principal. A name after "quoting" is more often a source the speaker
# cites in his own words ("Trump tweeted, quoting Comey", "by quoting Leonardo da Vinci").
_QUOTING_PERSON = re.compile(
    r"\bquoting\s+(?P<person>the\s+(?:[a-z]+\s+)?(?:president|prime\s+minister|minister|leader|head)\b)"
)


def quoted_body(clause: str) -> str | None:
    """The text a speaker reads out, from "…, Peskov said, quoting the letters"."""
    if "quoting" not in clause:
        return None  # the pattern needs that word; the substring test spares a scan from every position
    match = _QUOTING.search(clause)
    if match and clause.startswith(":", match.end()):
        # "Peskov said, quoting the letters: “…”": the colon hands the reading to the quotation after it.
        return None
    return _text_quoted(match)


def body_read_out_after(intro: str) -> str | None:
    """The text a quotation is read from when its introduction ends "…, quoting the letters:"."""
    return _text_quoted(_QUOTING_BEFORE_COLON.search(intro))


def _text_quoted(match: re.Match | None) -> str | None:
    """The body noun a "quoting …" match names, if it names a text ("the letters"), not a person."""
    body = match.group("body").lower() if match else None
    return body if body in BODY_NOUNS else None
