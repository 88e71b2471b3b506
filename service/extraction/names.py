"""People in an article: finding name mentions and folding them to one canonical name each.

"Kremlin spokesman Dmitry Peskov", "Kremlin Spokesman Dmitry Peskov", "Peskov" and "Mr. Peskov" are one
person, "Dmitry Peskov". A capitalised run of words is split at its last title or organisation word
("Luhansk People's Republic Leonid Pasechnik" names Leonid Pasechnik); what remains is a full name
(two to four words) or a surname that a full name elsewhere in the article completes.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from .gender import FEMALE, MALE, first_name_gender, is_known_first_name, person_gender
from .lexicon import (
    EAST_ASIAN_FAMILY_NAMES,
    EAST_ASIAN_FAMILY_NAMES_AMBIGUOUS,
    EPITHET_HEADS,
    IMPLIED_OFFICES,
    KIN_WORDS,
    NOT_NAMES,
    ORG_WORDS,
    TITLE_WORDS,
    WELL_KNOWN_SURNAMES,
)

# Latin letters with their accents (García, Núñez, Élise, Müller): names in world news are not ASCII.
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_TOKEN = rf"[{_UPPER}][\w'’-]*(?:\.[{_UPPER}][\w'’-]*)*\.?"
# Lower-case particles inside a name: Bill de Blasio, Ludwig van Beethoven, João dos Santos.
NAME_PARTICLES = frozenset("de del della der den di da dos du van von la le al el bin ibn".split())
_PARTICLE = "(?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + ")"
# A run never crosses a line break: a title-case headline ends where the next paragraph's name begins.
CAPITALISED_RUN = re.compile(rf"{_TOKEN}(?:[^\S\n]+(?:{_PARTICLE}[^\S\n]+)?{_TOKEN})*")
# Surnames with a capital inside follow a prefix: McConnell, MacArthur, DeSantis, DiCaprio, LaBelle, LeBron,
# DuBois, VanHollen. A capital after any other start is a brand (YouTube, FedEx, WikiLeaks), no name.
_NAME_TOKEN = re.compile(
    rf"^(?:[{_UPPER}][{_LOWER}'’-]+(?:-[{_UPPER}][{_LOWER}'’-]+)*|(?:[{_UPPER}]\.){{1,3}}"
    rf"|(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Vander|Von)[{_UPPER}][{_LOWER}]+|O['’][{_UPPER}][{_LOWER}]+)$"
)
_INITIAL = re.compile(rf"^[{_UPPER}]\.$")
_INVERTED_OPENERS = frozenset({"Said", "Says", "Added", "Adds", "Asked", "Asks", "Wrote", "Writes", "Replied"})
_HONORIFICS = frozenset({"mr", "mrs", "ms"})
# The lower-case word after a run: a role word there makes the run whose role it is ("Arizona governor").
_ROLE_AFTER = re.compile(r"\s+([a-z]+)\b")
# A role set off after a name: "Maliar, the deputy defence minister,".
_APPOSITIVE_ROLE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?P<role>[a-z]+),")
# Months that are also names, as first names and as surnames.
_MONTH_FIRST_NAMES = frozenset({"Jan", "April", "June", "August"})
_MONTH_SURNAMES = frozenset({"May", "Jun"})
_MONTH_NAME_PREFIXES = tuple(f"{month} " for month in _MONTH_FIRST_NAMES)
_BEFORE_A_MONTH = frozenset(
    "a an the in on at by of since until last this next early late mid during from through before after every "
    "each".split()
)
# Words opening a name that end like a participle (first names, "the Founding Fathers").
_ING_FIRST_NAMES = frozenset(
    "Irving Sterling Darling Manning Fleming Browning Harding Golding Ewing Loring Founding".split()
)
# Two-letter family names that are no English word: "Xi said" names a person, as "He said" does not.
_SHORT_FAMILY_NAMES = frozenset({"Xi", "Li", "Wu", "Xu", "Yu", "Lu", "Du", "Su"})
_GENERATION_SUFFIXES = frozenset({"II", "III", "IV"})
_JUNIOR_SENIOR = frozenset({"Jr", "Sr"})
# Titles that make a lone surname a person's name ("President Obama", "Mayor Walsh").
_HONORIFIC_TITLES = frozenset("mr mr. mrs mrs. ms ms. president sen. senator gov. governor mayor pope".split())
# Titles only a person bears, before a name ("Mayor Don Guardian"; "Indiana State Fair Grounds" has none).
_PERSONAL_TITLES = _HONORIFIC_TITLES | frozenset(
    "rep rep. representative dr dr. judge gen gen. general sheriff councilman councilwoman minister secretary "
    "professor prof. chairman chairwoman".split()
)
# Words that make a different office of the title after them.
_RANK_WORDS = frozenset({"vice", "deputy", "former", "acting", "assistant", "lieutenant"})
# Nouns that describe a person before the name ("Billionaire Donald Trump"), capitalised when they open a sentence.
# Not family words: "Mother Teresa", "Sister Souljah" and "Father Pfleger" are names or religious titles.
_DESCRIPTIVE_WORDS = (EPITHET_HEADS | {"actor", "actress", "journalist", "rival", "staff"}) - frozenset(
    "widow widower mother father wife husband son daughter sister brother grandmother grandfather niece nephew aunt "
    "uncle".split()
)
_RUN_OPENERS = frozenset(
    "Does Do Did Is Was Are Were Has Have Had Can Could Would Should Must Maybe Whatever Besides Sorry See "
    "Republicans Democrats Celebrities Professors".split()
)
# Capitalised words that qualify an office rather than place it ("the Senate Democratic leader").
_OFFICE_QUALIFIERS = frozenset(
    "senate house democratic republican gop majority minority white state party national federal".split()
)
# Abbreviated titles and the words a later description uses for them ("Sen. Bernie Sanders" … "the senator").
_TITLE_ABBREVIATIONS = {
    "sen.": ("senator",),
    "sens.": ("senator",),
    "gov.": ("governor",),
    "rep.": ("representative",),
    "gen.": ("general",),
    "lt.": ("lieutenant",),
    "adm.": ("admiral",),
    "col.": ("colonel",),
    "capt.": ("captain",),
    "sgt.": ("sergeant",),
    "prof.": ("professor",),
    "rev.": ("reverend",),
    "atty.": ("attorney",),
    "pres.": ("president",),
    "sec.": ("secretary",),
    "supt.": ("superintendent",),
}
# Organisation words that open an outlet's name ("Daily Beast", "Weekly Standard") rather than head a body.
_OFFICE_OF_BODY = re.compile(
    r"\b(?P<title>[A-Za-z]+)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,5}\((?P<abbreviation>[A-Z]{2,6})\)\s*$"
)
# Words a description may use for a title the article gave: "DPR leader Denis Pushilin" … "the DPR head".
_TITLE_SYNONYMS = {"head": ("leader",), "leader": ("head",)}
# Broader words a description may use for a title, asked only when no title matches as written: "the Russian leader"
# is its president and "Russia's top diplomat" its foreign minister, but "the Senate Democratic leader" is still the
# one titled leader, not the president.
_TITLE_GENERALISATIONS = {
    # "Chief" and "boss" only with the country ("the Kremlin chief"): "the police chief" is no president.
    "president": ("leader", "chief", "boss"),
    "chancellor": ("leader",),
    "premier": ("leader",),
    "foreign": ("diplomat",),
    "ambassador": ("diplomat", "official"),
    "envoy": ("diplomat", "official"),
    # "Russian Presidential Press Secretary Dmitry Peskov" is "the Kremlin spokesman" (TASS writes the first, wire
    # copy the second), and with the body named "the Kremlin official" too.
    "press": ("spokesman", "spokeswoman", "spokesperson", "official"),
    "spokesman": ("official",),
    "spokeswoman": ("official",),
    "spokesperson": ("official",),
    "minister": ("official",),
    "adviser": ("official",),
    "advisor": ("official",),
    # "NATO Secretary General Jens Stoltenberg" is "the NATO chief", "U.N. Secretary-General Antonio Guterres" "the
    # U.N. head".
    "secretary-general": ("chief", "head"),
    "director": ("chief", "head"),
    "pope": ("pontiff",),
}
# "The official" alone is more often someone the article left unnamed ("a senior U.S. official said").
_NEEDS_A_PLACE = frozenset({"chief", "boss", "official"})
# Broad words that hold for any rank: "Deputy Foreign Minister Andrei Rudenko" is still "the diplomat".
_ANY_RANK = frozenset({"diplomat", "official"})
# Countries and their people, so that "Russia's top diplomat" finds the person titled "Russian Foreign Minister".
_DEMONYMS = {
    "russia": "russian", "ukraine": "ukrainian", "china": "chinese", "france": "french", "britain": "british",
    "germany": "german", "turkey": "turkish", "poland": "polish", "belarus": "belarusian", "iran": "iranian",
    "israel": "israeli", "america": "american", "u.s.": "american", "us": "american", "japan": "japanese",
    "italy": "italian", "kazakhstan": "kazakh", "georgia": "georgian", "moldova": "moldovan", "kremlin": "russian",
}
_PEOPLES = frozenset(_DEMONYMS.values())
_MASTHEAD_WORDS = frozenset({"daily", "weekly"})
# A possessive ending ("Russia's", "Reuters’"), removed to read the name it follows.
POSSESSIVE_ENDING = re.compile(r"['’]s?$")
_PLACE_FIRST_WORDS = frozenset(
    "new north south east west united saudi hong los las san santa sri el st st. fort port mount lake "
    "great upper lower central northern southern eastern western capitol wall".split()
)
_NOT_SUBJECT_BEFORE = frozenset(
    "by to from with of for about at on in against into toward towards than as like under over between "
    "among told asked urged called thanked praised blamed accused criticized criticised met visited "
    "invited including recognized recognised named appointed elected replaced".split()
)


@dataclass(slots=True)
class NameMention:
    """A person's name as it stands in the text, with the words that make up the name itself."""

    start: int
    end: int
    surface: str
    name: str
    titled: bool
    subject: bool
    title_words: tuple[str, ...] = ()


def _lower_word(token: str) -> str:
    return token.lower().rstrip(".") if token.count(".") <= 1 else token.lower()


def _is_title(token: str) -> bool:
    lowered = token.lower()
    if "-" in lowered and lowered.strip("-"):
        # "Secretary-Treasurer", "Editor-in-Chief": a compound whose parts are titles and small words.
        parts = lowered.split("-")
        return any(p in TITLE_WORDS for p in parts) and all(p in TITLE_WORDS or p in ("in", "at", "of") for p in parts)
    return lowered in TITLE_WORDS or lowered.rstrip(".") in TITLE_WORDS


# Organisation words that are acronyms: written in capitals they are bodies (the UN, RIA); "Un" in Kim Jong Un and
# "Ria" as a first name are not.
_ACRONYM_ORG_WORDS = frozenset("un eu abc nbc cnn tv npr cbs bbc llp llc ria".split())


def without_possessive(word: str) -> str:
    """``word`` lower-cased, without a possessive ending ("Russia's" → "russia")."""
    lowered = word.lower()
    return POSSESSIVE_ENDING.sub("", lowered) if lowered.endswith(("’s", "'s")) else lowered


def _is_org(token: str) -> bool:
    lowered = without_possessive(token)
    if lowered in _ACRONYM_ORG_WORDS and not token[:2].isupper():
        return False
    return lowered in ORG_WORDS or token.lower() in ORG_WORDS


_OBJECT_PREPOSITIONS = frozenset("with to for against about from".split())


def _subject_position(text: str, start: int, end: int) -> bool:
    if text[end : end + 2] in ("’s", "'s"):
        return False
    window = text[max(0, start - 30) : start]
    # A paragraph starts afresh: "… Americans Believe In\nJohn Kasich said" has no preposition before the name.
    before = window[window.rfind("\n") + 1 :].split()
    if before and before[-1].endswith(("’s", "'s", "s’", "s'")):
        window = text[max(0, start - 60) : start]
        before = window[window.rfind("\n") + 1 :].split()
        # "with CNN's Jake Tapper", "with Fox News’ Jenna Lee": the employer stepped over, the preposition before it
        # makes him an object ("As Breitbart's Joel Pollak reported", "by Variety's Gordon Cox:" still name the one
        # who speaks).
        stepped = before[:-1]
        while stepped and stepped[-1][:1].isupper() and stepped[-1].lower() not in _NOT_SUBJECT_BEFORE:
            stepped.pop()
        if stepped and stepped[-1].lower() in _OBJECT_PREPOSITIONS:
            return False
    if before and before[-1].lower() == "with" and _DOING_AFTER.match(text, end):
        # "with Hillary Clinton — who's called for tax hikes — lambasting Trump's plan": the person does the -ing.
        return True
    if len(before) >= 2 and before[-1] == "of" and _is_title(before[-2]) and before[-2][:1].isupper():
        # "Former Secretary of State Hillary Clinton": the office's "of" is part of her title; whether she is the
        # subject depends on what stands before the title.
        i = len(before) - 2
        while i > 0 and _is_title(before[i - 1]):
            i -= 1
        return i == 0 or before[i - 1].lower() not in _NOT_SUBJECT_BEFORE
    return not before or before[-1].lower() not in _NOT_SUBJECT_BEFORE


# What may follow the subject of an absolute "with" clause: an -ing verb, maybe after a dashed aside.
_DOING_AFTER = re.compile(r"(?:\s+(?:--|—|–)[^—–]{1,80}?(?:--|—|–))?\s+[a-z]+ing\b")


def find_name_mentions(text: str, start: int = 0, end: int | None = None) -> list[NameMention]:
    """Person-name mentions in ``text[start:end]``; offsets are into ``text``."""
    end = len(text) if end is None else end
    mentions: list[NameMention] = []
    for run in CAPITALISED_RUN.finditer(text, start, end):
        words = run.group(0)
        base = run.start()
        if ". " in words or ".\n" in words:
            # "… including her son, Tywanza. Sanders called": a full stop after a word ends the sentence, and the
            # run with it; after an abbreviation or an initial ("Sen. Ted Cruz", "Joseph F. Dunford") it does not.
            piece_start = 0
            for stop in _FULL_STOP_IN_RUN.finditer(words):
                if stop.group("word") not in _RUN_ABBREVIATIONS:
                    mention = _mention_from_run(text, base + piece_start, words[piece_start : stop.end("word") + 1])
                    if mention is not None:
                        if mentions and mention.subject and mention.start - mentions[-1].end <= 6:
                            _coordinate(mentions[-1], mention, text)
                        mentions.append(mention)
                    piece_start = stop.end()
            if piece_start:
                base += piece_start
                words = words[piece_start:]
        mention = _mention_from_run(text, base, words)
        if mention is None:
            continue
        if mentions and mention.subject and mention.start - mentions[-1].end <= 6:
            _coordinate(mentions[-1], mention, text)
        mentions.append(mention)
    return mentions


def _coordinate(first: NameMention, second: NameMention, text: str) -> None:
    """"loyalists to Joe Biden and Bernie Sanders": the second of two people joined by "and" stands where the first
    does ("Republican of Iowa, and Patrick J. Leahy" joins no two people)."""
    if " " in first.name and _COORDINATED.fullmatch(text, first.end, second.start):
        second.subject = first.subject


_COORDINATED = re.compile(r",?\s+(?:and|or)\s+")


# A word of three letters or more ending in a full stop inside a capitalised run, and the abbreviations of that
# shape that stay inside a name.
_FULL_STOP_IN_RUN = re.compile(rf"\b(?P<word>[{_UPPER}][\w'’-]*[{_LOWER}]{{2}})\.\s+")
_RUN_ABBREVIATIONS = frozenset(
    "Gen Sen Rep Gov Col Capt Sgt Adm Maj Prof Rev Mrs Pres Sens Reps Govs Messrs Atty Supt Cmdr Brig Hon Gens Drs "
    "Sra Insp Lieut Corp Inc Bros Ave Blvd Dept Univ Msgr".split()
)


@functools.lru_cache(maxsize=65536)
def _parse_run(words: str) -> tuple[int, int, int, str, tuple[str, ...]] | None:
    """The person's name inside a capitalised run, independent of where the run stands.

    Returns (offset of the first kept token, name start offset, name end offset, name, title words),
    offsets relative to the run; None when the run names no person.
    """
    if " " not in words and "\n" not in words:
        lowered = words.lower().rstrip(".")
        too_short = len(words) < 3 and words not in _SHORT_FAMILY_NAMES
        if too_short or lowered in NOT_NAMES or lowered in TITLE_WORDS or lowered in ORG_WORDS:
            return None
        if not _NAME_TOKEN.match(words) and not words.endswith(("’s", "'s", ".")):
            return None
        tokens = [(words, 0)]
    else:
        tokens = [(m.group(0), m.start()) for m in re.finditer(r"\S+", words)]
    honorifics: list[str] = []
    opening = True
    while tokens and _lower_word(tokens[0][0]) in NOT_NAMES:
        if opening and len(tokens) > 1 and tokens[0][0] in _MONTH_FIRST_NAMES:
            # "Jan Brewer", "April Ryan": a month opening the run without a full stop is a first name ("In April
            # Ryan asked" keeps the preposition's month, "Jan. 5" its full stop).
            break
        opening = False
        dropped = tokens.pop(0)[0]
        # "Mr. Obama": the honorific is no part of the name but makes it a person's (and gives a gender).
        honorifics = [dropped] if _lower_word(dropped) in _HONORIFICS else []
    while len(tokens) > 1 and tokens[0][0].endswith("ing") and tokens[0][0] not in _ING_FIRST_NAMES:
        # "Replacing Clinton could lead to …", "Citing Trump's remarks": a sentence opening on a participle.
        tokens.pop(0)
    while len(tokens) > 1 and tokens[0][0] in _RUN_OPENERS:
        # "Does Rubio really think …?", "Maybe Trump told", "See Sexton": a question's auxiliary, a sentence
        # adverb or a group opening the sentence is no first name.
        tokens.pop(0)
    # "Times' Ben Sisario": a plural possessive too.
    possessive = max(
        (i for i, token in enumerate(tokens[:-1]) if token[0].endswith(("’s", "'s", "s'", "s’"))), default=-1
    )
    if possessive >= 0:
        # "Florida’s Rick Wilson", "Variety's Gordon Cox", "Al Jazeera's Zein Basravi": the place or employer before
        # the name is no part of it.
        del tokens[: possessive + 1]
    while len(tokens) > 1 and tokens[0][0].endswith("ly") and not is_known_first_name(tokens[0][0].lower()):
        # "Interestingly Blocher stated": a sentence adverb, not a first name ("Kelly", "Beverly" are names).
        tokens.pop(0)
    descriptors: list[str] = []
    while len(tokens) > 1 and _lower_word(tokens[0][0]) in _DESCRIPTIVE_WORDS:
        # "Billionaire Donald Trump praised …", "Businessman Donald Trump": a describing noun capitalised only
        # because it opens the sentence describes the person like a title; it is no first name.
        descriptors.append(tokens.pop(0)[0])
    if len(tokens) == 2 and tokens[0][0] in _INVERTED_OPENERS:
        # 'Said Comey, “…”': a sentence opening on its verb, then the surname that speaks.
        tokens = tokens[1:]
    if not tokens:
        return None
    last_token, last_at = tokens[-1]
    if last_token.endswith(("’s", "'s")):
        tokens[-1] = (last_token[:-2], last_at)
    elif last_token.endswith(".") and len(last_token) > 2 and last_token.count(".") == 1:
        # A sentence's full stop, not an initial: "according to Peskov."
        tokens[-1] = (last_token[:-1], last_at)
    cut = -1
    last = len(tokens) - 1
    for i, (token, _) in enumerate(tokens):
        # A title word closing the run is a surname ("Mr. King", "Gen. Major"); an organisation word is not.
        # "Bill" closing a run is a law ("the Farm Bill"); opening one, it is a first name (Bill Clinton).
        if (
            (_is_org(token) and not _titled_person_with_org_surname(tokens, i))
            or (_is_title(token) and i < last)
            or (token == "Bill" and i == last and i > 0)
        ):
            cut = i
    if cut == 0 and _lower_word(tokens[0][0]) in _PLACE_FIRST_WORDS:
        # "West Virginia", "South Korean-born Monte Haines": a compass word opens a place, it is not the title of
        # a Mr. Virginia; "a South Carolina Democrat" is a role with no name.
        if all(_is_title(token) for token, _ in tokens[2:]):
            return None
        cut = 1
    titles = tuple(honorifics) + tuple(descriptors) + tuple(token for token, _ in tokens[: cut + 1])
    name_tokens = tokens[cut + 1 :]
    if cut >= 0 and len(name_tokens) == 1 and _lower_word(tokens[cut][0]) in _MASTHEAD_WORDS:
        # "The Daily Beast", "the Daily Caller": a masthead, not Mr. Beast with the title "Daily".
        return None
    if len(name_tokens) > 1 and name_tokens[-1][0] in _GENERATION_SUFFIXES:
        # "Vann R. Newkirk II": the suffix is no surname.
        name_tokens = name_tokens[:-1]
    if not name_tokens or len(name_tokens) > 4:
        return None
    if (
        len(name_tokens) >= 3
        and without_possessive(name_tokens[0][0]) in _DEMONYMS
        and first_name_gender(name_tokens[0][0]) is None
    ):
        # "LPR ambassador to Russia Rodion Miroshnik": the country his title names, then his name.
        titles += (name_tokens[0][0],)
        name_tokens = name_tokens[1:]
    name_words = [token for token, _ in name_tokens]
    titled_before = honorifics or any(_is_title(t) and not _is_org(t) for t in titles)
    if all(_is_title(w) for w in name_words) and not titled_before:
        # "UN Secretary-General", "Kremlin Spokesman": a title after a body's name is nobody's surname (after a title,
        # "Gen. Major" is).
        return None
    last_word = len(name_words) - 1
    # An initial is no word: "James A. Baker" holds no article "a".
    if any(
        _lower_word(w) in NOT_NAMES
        and not _INITIAL.match(w)
        # "Theresa May", "Brian May": after a first name a month is a surname; "Jan Brewer" opens with one. A lone
        # "May" stays a month.
        and not (w in _MONTH_FIRST_NAMES and len(name_words) > 1)
        and not (w in _MONTH_SURNAMES and i > 0)
        for i, w in enumerate(name_words)
    ) or not all(
        # "Bill de Blasio": a particle inside a name is part of it.
        _NAME_TOKEN.match(w) or (0 < i < last_word and w in NAME_PARTICLES)
        for i, w in enumerate(name_words)
    ):
        return None
    if name_words[0].lower() in _PLACE_FIRST_WORDS:
        return None
    if len(name_words) == 1 and len(name_words[0]) < 3 and name_words[0] not in _SHORT_FAMILY_NAMES:
        return None
    name_end = name_tokens[-1][1] + len(name_tokens[-1][0])
    return tokens[0][1], name_tokens[0][1], name_end, " ".join(name_words), titles


def _titled_person_with_org_surname(tokens: list[tuple[str, int]], i: int) -> bool:
    """Whether the organisation word at ``i`` closes a titled person's name: "Mayor Don Guardian", "Rep. Tom
    Church" (a title, a first name the table knows, the word), not "the Washington Post"."""
    return (
        i == len(tokens) - 1
        and i >= 2
        and _lower_word(tokens[i - 2][0]) in _PERSONAL_TITLES
        and is_known_first_name(tokens[i - 1][0])
        and not _is_org(tokens[i - 1][0])
    )


_ROLE_SET_OFF_BEFORE = re.compile(r"\b[Tt]he\s+(?:[\w'’.-]+\s+){0,2}[a-z][\w-]*,\s*$")


def _mention_from_run(text: str, base: int, words: str) -> NameMention | None:
    parsed = _parse_run(words)
    if parsed is None:
        return None
    first_at, name_at, name_end, name, titles = parsed
    if name.startswith(_MONTH_NAME_PREFIXES):
        month = name.split(" ", 1)[0]
        before = text[max(0, base + name_at - 12) : base + name_at].split()
        if before and before[-1].lower() in _BEFORE_A_MONTH:
            # "At a June Trump campaign event", "in April Ryan": the month of a date, then the name.
            skip = name_at + len(month) + 1
            return _mention_from_run(text, base + skip, words[skip:])
    if titles and " " not in name and _is_title(name) and text.startswith(" of ", base + name_end):
        # "Former Secretary of State Hillary Clinton": a title with its office, not a Mr. Secretary.
        return None
    if titles and " " not in name:
        role = _ROLE_AFTER.match(text, base + name_end)
        if role and role.group(1) in TITLE_WORDS:
            # "Former Arizona governor Jan Brewer": the capitalised words say whose governor she was; no Mr. Arizona.
            return None
    surface_start = base + first_at
    if not titles and " " in name and name_at == first_at and text.endswith(" of the ", 0, surface_start):
        # "The International Committee of the Red Cross called …": the end of a body's name, nobody's.
        return None
    # Lower-case role words before the run belong to the title too: "Kremlin spokesman Dmitry Peskov";
    # the words before a role word name whom the role serves.
    window = text[max(0, surface_start - 40) : surface_start]
    if "\n" in window:
        # Not across a paragraph break: a headline's last words ("…, says Kharkiv governor") title nobody in the body.
        window = window[window.rfind("\n") + 1 :]
    preceding = window.split()[-3:]
    if preceding and preceding[-1].endswith(",") and "he " in window and _ROLE_SET_OFF_BEFORE.search(window):
        # "The IAEA director general, Rafael Grossi, said": a role set off before the name is still its title.
        preceding[-1] = preceding[-1].rstrip(",")
    if preceding and (preceding[-1].lower() in TITLE_WORDS or preceding[-1].lower() in KIN_WORDS):
        titles += tuple(word.strip(",;:()\"“”") for word in preceding)
    elif preceding and preceding[-1].startswith("(") and preceding[-1].endswith(")"):
        # "Head of the Donetsk People's Republic (DPR) Denis Pushilin": the office, then its body's abbreviation.
        office = _OFFICE_OF_BODY.search(text, max(0, surface_start - 90), surface_start)
        if office and office.group("title").lower() in TITLE_WORDS:
            titles += (office.group("title"), office.group("abbreviation"))
    titled = bool(parsed[4])
    if not titled and " " not in name and text.startswith(", ", base + name_end):
        role = _APPOSITIVE_ROLE.match(text, base + name_end)
        if role and role.group("role") in TITLE_WORDS:
            # "Maliar, the deputy defence minister, wrote": a surname the article goes on with, its role set off.
            titled = True
            titles += (role.group("role"),)
    # Positional arguments: this runs for every name in every paragraph.
    return NameMention(
        base + name_at,
        base + name_end,
        text[surface_start : base + name_end],
        name,
        titled,
        _subject_position(text, surface_start, base + name_end),
        titles,
    )


@functools.lru_cache(maxsize=1024)
def _titles_gender(titles: tuple[str, ...]) -> str | None:
    """The gender a mention's title words give ("Mrs." → female), cached: canonical() asks for every mention."""
    return person_gender("", titles)


# A given name of East Asian form after the family name: "Ki-moon", "Jae-in", "Jong-un".
_HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _family_name_first(mention: NameMention) -> str | None:
    """The family name of a titled full name written family name first ("Chinese President Xi Jinping",
    "North Korean leader Kim Jong Un", "Secretary-General Ban Ki-moon"), which the article then uses alone
    ("Xi said"); None for other names. The first word must be an East Asian family name, and one that is also
    an English word or name ("Lee", "Moon") needs a given name of East Asian form after it (hyphenated, or two
    short syllables)."""
    words = mention.name.split()
    if not (mention.titled or mention.title_words) or not 2 <= len(words) <= 3:
        return None
    if words[0].lower() not in EAST_ASIAN_FAMILY_NAMES:
        return None
    east_asian_given = (len(words) == 2 and _HYPHENATED_GIVEN_NAME.fullmatch(words[1])) or (
        len(words) == 3 and all(len(word) <= 4 and word.isalpha() for word in words)
    )
    if east_asian_given or (len(words) == 2 and words[0].lower() not in EAST_ASIAN_FAMILY_NAMES_AMBIGUOUS):
        return words[0]
    return None


@dataclass
class PersonRegistry:
    """Every full name an article uses, to complete short mentions ("Peskov" → "Dmitry Peskov")."""

    full_names: list[tuple[int, str]] = field(default_factory=list)
    titles: dict[str, set[str]] = field(default_factory=dict)
    general_titles: dict[str, set[str]] = field(default_factory=dict)
    first_seen: dict[str, int] = field(default_factory=dict)
    by_surname: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    _spellings: dict[str, str | None] = field(default_factory=dict)
    # (surname, first name) → the first full spelling: looked up per mention, never scanned for.
    _first_spelling: dict[tuple[str, str], str] = field(default_factory=dict)
    # (surname, gender) → the spellings whose first name is of that gender / may be: kept as they come, so that
    # "Mr. Lee" picks among them without reading every spelling's first name again.
    _matching: dict[tuple[str, str], list[tuple[int, str]]] = field(default_factory=dict)
    _compatible: dict[tuple[str, str], list[tuple[int, str]]] = field(default_factory=dict)

    def add(self, mention: NameMention) -> None:
        """Record a mention; only names of two words or more can complete others."""
        # "De Blasio" is a surname written with its particle, not a full name.
        if " " in mention.name and mention.name.split(" ", 1)[0].lower() not in NAME_PARTICLES:
            self.full_names.append((mention.start, mention.name))
            words = mention.name.split()
            # "Harry B. Harris Jr.": "Harris" is the surname the article goes on with; the suffix stays in the name.
            surname = words[-2] if len(words) > 2 and words[-1].rstrip(".") in _JUNIOR_SENIOR else words[-1]
            family_first = _family_name_first(mention)
            for key in (surname, family_first) if family_first and family_first != surname else (surname,):
                if key not in self.by_surname:
                    self._spellings.clear()  # a misspelling looked up before may now have its surname
                self.by_surname.setdefault(key, []).append((mention.start, mention.name))
                self._first_spelling.setdefault((key, words[0]), mention.name)
                gender = first_name_gender(words[0])
                for wanted in (MALE, FEMALE):
                    if gender == wanted:
                        self._matching.setdefault((key, wanted), []).append((mention.start, mention.name))
                    if gender in (None, wanted):
                        self._compatible.setdefault((key, wanted), []).append((mention.start, mention.name))
        canonical = self.canonical(mention.name, mention.start, mention.title_words)
        self.first_seen.setdefault(canonical, mention.start)
        titles = self.titles.setdefault(canonical, set())
        for title in mention.title_words:
            title = title.lower()
            titles.add(title)
            titles.update(_TITLE_ABBREVIATIONS.get(title, ()))
            titles.update(_TITLE_SYNONYMS.get(title, ()))
            if title in _TITLE_GENERALISATIONS:
                self.general_titles.setdefault(canonical, set()).update(_TITLE_GENERALISATIONS[title])
        if "general" in titles and "secretary" in titles and "secretary-general" not in titles:
            # "Secretary General" written as two words is the one office.
            titles.add("secretary-general")
            self.general_titles.setdefault(canonical, set()).update(_TITLE_GENERALISATIONS["secretary-general"])

    def known_surname(self, word: str) -> str | None:
        """The surname of a full name in the article that ``word`` is, or misspells by one letter.

        Web copy misspells names it gives in full elsewhere ("Tyresha McClenney" ... "McLenney said";
        "Leslie Wimes" ... "Wines believes"). A word of five letters or more, with the same first letter,
        one insertion, deletion or substitution away from exactly one known surname is that surname; a
        plural or possessive 's' is no misspelling ("the Clintons").
        """
        if word in self.by_surname:
            return word
        if len(word) < 5 or not word[0].isupper():
            return None
        if word in self._spellings:
            return self._spellings[word]
        lowered = word.lower()
        near = [
            surname
            for surname in self.by_surname
            if len(surname) >= 5
            and surname[0] == word[0]
            and surname + "s" != word
            and word + "s" != surname
            # Case-blind: "McLenney" is "McClenney" with one letter left out.
            and Levenshtein.distance(lowered, surname.lower(), score_cutoff=1) <= 1
        ]
        found = self._spellings[word] = near[0] if len(near) == 1 else None
        return found

    def is_known_surname(self, word: str) -> bool:
        """Whether some full name in the article ends with ``word`` (or a one-letter misspelling of it)."""
        return self.known_surname(word) is not None

    def canonical(self, name: str, position: int, titles: tuple[str, ...] = ()) -> str:
        """The fullest form of ``name`` in the article, preferring the nearest one before ``position``.

        ``titles`` are the mention's own title words: "Mrs. Schlafly" after "John Schlafly" is still Phyllis
        Schlafly, the one person of that surname whose first name a woman may bear.
        """
        words = name.split()
        surname = self.known_surname(words[-1])
        candidates = self.by_surname.get(surname) if surname else None
        if not candidates:
            return name
        wanted = _titles_gender(titles) if titles and len(words) == 1 else None
        if wanted is not None:
            compatible = self._compatible.get((surname, wanted), [])
            if not compatible:
                # "Mr. and Mrs. Trump" in an article that names only Donald J. Trump in full: she stays Mrs. Trump.
                honorific = next((t for t in titles if t.lower().rstrip(".") in _HONORIFICS | {"miss"}), None)
                return f"{honorific} {name}" if honorific else name
            # A first name of the honorific's gender beats one the table gives to both (Jane and Bernie Sanders).
            matching = self._matching.get((surname, wanted), [])
            for pool in (matching, compatible):
                if pool and pool[0][0] <= position:
                    candidates = pool
                    break
            else:
                if candidates[0][0] <= position:
                    # "Khizr and Ghazala Khan" … "Mr. Khan said": the one of that gender is named only later
                    # (their son Humayun Khan), so not yet the one meant; he stays Mr. Khan.
                    honorific = next((t for t in titles if t.lower().rstrip(".") in _HONORIFICS | {"miss"}), None)
                    return f"{honorific} {name}" if honorific else name
                # "Mrs. Clinton" in an abstract before the body names anyone of that surname: whom it names later.
                candidates = matching or compatible
        # The longest spelling of that person ("Donald J. Trump" over "Donald Trump") would split one
        # person in two across articles; the first full spelling is the article's own choice.
        if len(words) > 1 and words[0].lower() not in NAME_PARTICLES:
            # Only spellings with the same first name count, and the first of them is the first full one,
            # wherever ``position`` is. (Runs for every mention: a lookup, not a scan of every spelling.)
            return self._first_spelling.get((surname, words[0]), name)
        # The latest spelling at or before ``position`` (the spellings are in text order), found by bisection: a
        # paragraph of thousands of "Lee said" after as many "Ann Lee" was quadratic.
        latest = bisect.bisect_right(candidates, position, key=lambda candidate: candidate[0])
        chosen = candidates[latest - 1] if latest else candidates[0]
        # Every spelling was recorded under its surname and first name as it was added.
        return self._first_spelling[(surname, chosen[1].split()[0])]

    def person_with_title(
        self, word: str, qualifiers: tuple[str, ...] = (), before: int | None = None, *, untitled_place: bool = False
    ) -> str | None:
        """The person whose title mentions ``word`` ("the Kremlin" → its spokesman), if exactly one.

        A surname alone counts when an honorific or title made it a person ("President Obama"). A rank
        word before the title must match ``qualifiers``: "the president" is not "Vice President Biden".
        With ``before``, only people the text names before that offset count: "the senator" refers back.
        With ``untitled_place``, a place in ``qualifiers`` may also be missing from the person's titles when they
        name no country at all: a headline's "Moldova's president" is the body's "President Maia Sandu".
        """
        word = word.lower()
        wanted_ranks = {q.lower() for q in qualifiers} & _RANK_WORDS
        # "the Florida senator" is not the Iowa senator the article titled: a capitalised qualifier must be among
        # the person's own title words ("Florida Sen. Marco Rubio").
        places = {_people_of(q) for q in qualifiers if q[:1].isupper()} - _RANK_WORDS - _OFFICE_QUALIFIERS

        def place_fits(name: str, titles: set[str]) -> bool:
            if not places:
                return True
            peoples = {_people_of(title) for title in titles}
            if places <= peoples:
                return True
            # Titled with no country at all: a headline's place, or the office's known country, may do.
            return not peoples & _PEOPLES and (untitled_place or places <= _implied_peoples(name))

        eligible = [
            (name, titles)
            for name, titles in self.titles.items()
            if (before is None or self.first_seen.get(name, 0) < before)
            and (" " in name or titles & _HONORIFIC_TITLES)
            and place_fits(name, titles)
        ]
        ranked = [(name, titles) for name, titles in eligible if (titles & _RANK_WORDS) == wanted_ranks]
        matches = [name for name, titles in ranked if word in titles]
        if not matches and (word not in _NEEDS_A_PLACE or places):
            pool = eligible if word in _ANY_RANK and not wanted_ranks else ranked
            matches = [name for name, _ in pool if word in self.general_titles.get(name, ())]
        if not matches and not wanted_ranks and places:
            matches = self._untitled_office_holders(word, places, before)
        return matches[0] if matches and len(set(matches)) == 1 else None

    def holds_implied_office(self, name: str, word: str) -> bool:
        """Whether ``name``, whom the article gives no title, holds an office the news knows by ``word``
        (``IMPLIED_OFFICES``: Peskov is "the spokesman")."""
        office = IMPLIED_OFFICES.get(name.split()[-1])
        if office is None or self.titles.get(name):
            return False
        return word in office or any(word in _TITLE_GENERALISATIONS.get(title, ()) for title in office)

    def _untitled_office_holders(self, word: str, places: set[str], before: int | None) -> list[str]:
        """People the article names with no title whose office the news knows (``IMPLIED_OFFICES``) and ``word``
        with ``places`` describes: "Putin" for "the Russian leader", "the Kremlin chief"."""
        found = []
        for name, titles in self.titles.items():
            office = IMPLIED_OFFICES.get(name.split()[-1])
            if office is None or titles or (before is not None and self.first_seen.get(name, 0) >= before):
                continue
            general = {g for title in office for g in _TITLE_GENERALISATIONS.get(title, ())}
            if places <= {_people_of(title) for title in office} and (word in office or word in general):
                found.append(name)
        return found


def _implied_peoples(name: str) -> set[str]:
    """The country the news knows a person's office by (``IMPLIED_OFFICES``): "Presidential Press Secretary Dmitry
    Peskov", titled without one, is still "the Kremlin spokesman"."""
    return {_people_of(word) for word in IMPLIED_OFFICES.get(name.split()[-1], ())} & _PEOPLES


def names_a_country(words: list[str] | tuple[str, ...]) -> bool:
    """Whether a description's qualifiers name a country or its people ("the Ukrainian president")."""
    return any(word[:1].isupper() and _people_of(word) in _PEOPLES for word in words)


def _people_of(word: str) -> str:
    """A country's people for its name or possessive ("Russia's" → "russian"); other words lower-cased."""
    lowered = without_possessive(word)
    return _DEMONYMS.get(lowered, lowered)


def build_registry(mentions: list[NameMention]) -> PersonRegistry:
    """A registry holding every mention, in text order."""
    registry = PersonRegistry()
    for mention in sorted(mentions, key=lambda m: m.start):
        registry.add(mention)
    return registry


def is_person_name(mention: NameMention, registry: PersonRegistry) -> bool:
    """Whether a mention names a person: a full name, a titled surname, a known surname, or the surname of someone
    the news names alone (``WELL_KNOWN_SURNAMES``)."""
    return (
        " " in mention.name
        or mention.titled
        or registry.is_known_surname(mention.name)
        or mention.name in WELL_KNOWN_SURNAMES
    )
