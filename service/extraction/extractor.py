"""From an article to its quotations: the extractor's one entry point and the article-level reasoning.

The pipeline: clean the text (keeping an offset map), split paragraphs, flag boilerplate, pair quotation
marks into pieces, then read each piece's surroundings for its kind, cue, speaker, relay and credited
source. Reasoning that needs the whole article (who "he" is, who wrote "the letters", which agency a
speaker talks to) lives in :class:`_Article`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cached_property

from .attribution import (
    OPENING_SUBORDINATE_CLAUSE,
    PLATFORM_NAMES,
    POSSESSIVE_ROLE,
    RELAYING_BODY,
    Cue,
    body_head,
    body_read_out_after,
    canonical_outlet,
    cue_label,
    described_media,
    find_colon_cue,
    find_credited_source,
    find_cue,
    find_cues,
    group_head,
    is_valid_speaker_phrase,
    names_outlet,
    noun_phrase_after,
    noun_phrase_before,
    quoted_body,
    quoted_speaker,
    source_trigger_starts,
)
from .boilerplate import boilerplate_paragraphs
from .gender import FEMALE, MALE, first_name_gender, person_gender, pronoun_gender
from .lexicon import (
    ADDRESSEE_VERBS,
    ELLIPTICAL_SPEAKERS,
    EPITHET_HEADS,
    GROUP_NOUNS,
    INVERTED_VERBS,
    KIN_WORDS,
    NOUN_LIKE_FORMS,
    OBJECT_PRONOUNS,
    ORG_WORDS,
    OUTLETS,
    PRONOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from .marks import QUOTE_MARKS, Piece, find_pieces, post_signature
from .model import Quote
from .names import (
    POSSESSIVE_ENDING,
    NameMention,
    build_registry,
    find_name_mentions,
    is_person_name,
    names_a_country,
    without_possessive,
)
from .text import Paragraph, normalize_quote_text, prepare, split_paragraphs

# "[.!?][.!?]*" rather than "[.!?]+": a pattern that opens with a character class lets the engine skip to
# the next candidate character; one that opens with a repeat is tried at every position.
_SENTENCE_END = re.compile(r"[.!?][.!?]*[\"”’»')\]]*\s+(?=[\"“‘'«(\[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Gov|Rep|Gen|Col|Lt|Capt|Prof|Rev|Jr|Sr|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|"
    r"Nov|Dec|Inc|Corp|Co|vs|Ft|Mt|Gens|Sens|Reps|Adm|Sgt|Cmdr|Maj|Del)|\b[A-Z]|U\.S|U\.N|U\.K|D\.C|a\.m|p\.m)$"
)
# Abbreviations that can end a sentence ('… at 7 p.m. He says', '… in Washington, D.C. The senator'), which they
# do when the next word is one that opens sentences, not part of a name ('p.m. Eastern', 'U.S. Senate').
_SENTENCE_FINAL_ABBREVIATION = re.compile(r"(?:\bU\.S|U\.N|U\.K|D\.C|a\.m|p\.m|\bJr|\bSr|\bInc|\bCorp|\bCo)$")
_QUOTATION_AFTER_TIME = re.compile(r"(?<=[ap]\.m\.)\s+[\"“«][A-Z]")
_SENTENCE_OPENER = re.compile(
    r"(?:He|She|It|They|We|I|You|The|This|That|These|Those|There|But|And|As|If|When|His|Her|Its|Their|Our|While|"
    r"Although|Though|Meanwhile|However|Still|Yet|So|After|Before|Since|Most|Many|Some|What|Why|How|Now|Then|Instead|"
    r"In|On|At|For|With|Asked)\b"
)
_CUED_INTRO = re.compile(r"[:,]\s*$")
# A name credited after a dash: "― Christina Lastra", "— Adriana Rodarte".
_CREDITED_NAME = r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]*){0,4})"
_DASH_ATTRIBUTION = re.compile(rf"[\s,.]*[—―–]\s*{_CREDITED_NAME}\s*(?:[,.(]|$)")
# Between two people named together: "and", maybe after the first one's role ("Charles E. Grassley, Republican
# of Iowa, and Patrick J. Leahy") or before the second one's title ("Phil Berger and House Speaker Tim Moore").
_PAIRED_BY_AND = re.compile(r"[\s,]*(?:[^,.;:()\"“”]{1,60},\s*)?and\s*(?:[A-Z][\w.'’-]*\s+){0,3}")
_AGENT_BEFORE = re.compile(r"\b(?:from|by|with)\s+(?:[A-Z][\w.]*\s+)*$")
# A clause of its own right after a cue verb: "said that …", "said she wanted …".
_CLAUSE_AFTER_VERB = re.compile(r"\s+(?:that\b|(?:he|she|they|we|I)\s+[a-z]+)")
# Indirect speech after a cue verb: "He said, twice, that he …", "She told reporters that …".
_INDIRECT_AFTER_VERB = re.compile(r"(?:[\s,]+[\w'’]+){0,3}?[\s,]+that\b")
# A verb followed by an object or a clause's subject reports something of its own: "She noted a planned rally".
_OBJECT_AFTER_VERB = re.compile(r"\s+(?:a|an|the|his|her|their|its|this|these|those|some|several|he|she|it|they|we)\s")
# A question put to someone with the asker left out: "Trump was asked, “…?”".
_PASSIVE_QUESTION_INTRO = re.compile(
    r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?(?:asked|questioned|pressed)\s*[,:]\s*$"
)
# What opens an aside inside the writer's sentence: a bracket, a dash, a semicolon.
_OPENS_ASIDE = re.compile(r"(?:[(\[;—–]|\s-|--)\s*$")
_DASH_BEFORE = re.compile(r"(?:--|[—–])\s*$")
_DASH_AFTER = re.compile(r"[,.]?\s*(?:--|[—–])")
_DASH_CREDIT_AT_END = re.compile(rf"[—―–]\s*{_CREDITED_NAME}\s*\.?\s*$")
_OUTLET_NAME = r"(?:[Tt]he\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}"
_REPORTED_AFTER = re.compile(
    rf"[\s,.’'”\"]*(?:(?P<name>{_OUTLET_NAME})\s+(?P<verb>reported|reports)\b"
    rf"|(?P<verb2>reported|reports)\s+(?P<inverted>{_OUTLET_NAME})\s*[.,])"
)
# A credit line: "- Bernie Sanders.", "- Sanders.", "-President Obama, tweeting after Clinton's speech."
_DASH_LINE = re.compile(r"\s*[-—―–]\s*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]*){0,3})\s*(?:,[^\n]{1,80}?)?\.?\s*")
_FIRST_CHUNK = re.compile(r"[\s,]*(?P<np>[^,;()\[\]\"“”«»—–.]+?(?:\.[^,;()\[\]\"“”«»—–.]+?)*)\s*(?:,|\()")
_BLANK_EXCEPT_NEWLINES = re.compile(r"[^\n]")
_WORD = re.compile(r"[A-Za-z]+")
# The most words a paragraph may hold outside its quotation and still count as "quotation plus its cue".
_ATTRIBUTION_WORDS = 20
_THAT_INTRO = re.compile(r"\bthat,?\s*$")
# Before a verb, a relative or complement word makes the verb's clause part of the writer's sentence.
_RELATIVE_WORD = re.compile(r"\b(?:which|that|who|whom)\b", re.IGNORECASE)
# After the last comma before a verb: a second verb of the same subject ('…, but told his supporters').
_COORDINATED_VERB = re.compile(r"\s*(?:and|but|then)\b")
# Words that link a sentence to the one before and add nothing to what is reported: 'But, Mr. Ryan said, …'.
_CONNECTIVE_ONLY = re.compile(
    r"\s*(?:and|but|still|yet|however|meanwhile|also|at the same time|so)\s*", re.IGNORECASE
)
# Verbs that give something a name: what they introduce is a label, however it is punctuated.
_NAMING_VERBS = frozenset(
    "called calls calling dubbed dubs branded brands labeled labelled labels described describes describing "
    "termed terms nicknamed characterized characterised likened".split()
)
# "what Mr. Hedge called", "what one Latino conservative has dubbed", "what he calls a" right before a quotation.
_WHAT_SOMEONE_CALLED = re.compile(
    r"\bwhat\s+(?P<namer>[^,;:!?]{1,60}?)\s+(?:has\s+|had\s+|have\s+)?(?P<verb>called|calls|dubbed|dubs|branded|"
    r"brands|labeled|labelled|labels|termed|terms|nicknamed)(?:\s+(?:a|an|the))?\s*$"
)
# A subordinate clause joined on after a comma, not closed yet: "…, and as Trump went on about “…”".
_JOINED_SUBORDINATE_CLAUSE = re.compile(
    r"(?:,\s+(?:and|but)\s+|;\s+)(?:when|after|as|once|before|while|until|since|although|though|because)\b"
    r"[^,.;:]*$"
)
# Writings credited after a quotation, not speakers of it: "according to posts on Telegram", "according to documents".
_POSTS_OR_DOCUMENTS = re.compile(
    r"(?:(?:a|an|the|several|some|two|three)\s+)?(?:[\w-]+\s+)?(?:posts?|messages?|documents?|reports?|accounts?|"
    r"transcripts?|recordings?|screenshots?|records?|leaks?|readouts?|statements?)\b",
    re.IGNORECASE,
)
# A claim whose "that" clause holds another cue: "… claims that Zelensky told citizens to …".
_CLAIMED_THAT = re.compile(r"\b(?P<verb>claims?|claimed|alleges?|alleged|purports?|purported)\s+that\s+$")
# The subject phrase a cue found when a claim verb without "that" stands in it: "Posts falsely claim Zelensky".
_CLAIM_BEFORE_SUBJECT = re.compile(
    r"(?P<claimant>\S.*?)\s+(?:[a-z]+ly\s+)?(?P<verb>claims?|claimed|alleges?|alleged|purports?|purported)\s+\S"
)
_CLAIM_WORDS = ("claim", "alleg", "purport")
# A cue its sentence negates: "did not say", "never told", "has not called", "denied saying".
_AUXILIARY = r"(?:did|does|do|has|have|had|would|will|could)"
_NEGATED_CUE = re.compile(
    rf"(?:\b{_AUXILIARY}(?:n[’']t|\s+not)|\bnever|\bden(?:y|ies|ied|ying))"
    r"\s+(?:(?:ever|actually|really|once|having)\s+)?(?:[a-z]+ly\s+)?$"
)
_DENIED_SAYING = re.compile(r"\s+(?:ever\s+)?(?:saying|having\s+said|calling|telling|making)\b")
# The auxiliary and negation the speaker phrase before such a verb took in ("Zelensky did not").
_NEGATION_AT_END = re.compile(rf"\s+{_AUXILIARY}(?:n[’']t|\s+not)?\s*$|\s+never\s*$")
# The verb between a sentence's subject and "what he called": "The president denounced what he called".
_VERB_BEFORE_WHAT = re.compile(r"\s(?:[a-z]+ly\s+)?(?P<verb>[a-z]+(?:ed|s))\s+$")
_NICKNAME_AROUND = re.compile(r".*\b[A-Z][a-z]+(?:\s[A-Z]\.)?\s\|\s[A-Z][a-z]+\b", re.DOTALL)
_WORK_INTRO = re.compile(
    r"(?:['’]s|\b(?:on|titled|entitled|called|named|dubbed|author of|book|show|song|film|program|anthem|album|"
    r"documentary|novel|memoir|movie|series)[,:]?)\s+$"
)
# What a quoted name may be the name of: "“Rybar” channel", "“Grey Zone” Telegram channel", "“Azov” regiment".
_NAMED_BODY_NOUN_AFTER = re.compile(
    r"\s+(?:(?:Telegram|YouTube|VKontakte|TikTok|Facebook|Twitter|Instagram|X)\s+)?(?:channel|channels|group|movement|"
    r"project|battalion|regiment|brigade|unit|party|foundation|newspaper|magazine|website|blog|account|page|"
    r"programme|program|show|outlet|network|initiative|organisation|organization|fund|association|union)\b"
)
# A lower-case word right after a quoted label that it modifies: “Ted Cruz” campaign pins, “Never Trump” movement.
_MODIFIES_NOUN = re.compile(
    r" (?!(?:and|or|but|nor|to|of|in|on|at|for|with|by|from|as|is|was|are|were|be|been|has|have|had|will|"
    r"would|could|should|may|might|can|that|which|who|whom|than|then|so|if|when|while|he|she|it|they|we|i|"
    r"you|this|these|those)\b)(?:[a-z]+-)?[a-z]+\b(?! *[,:“\"])"
)
# A subordinate clause or prepositional phrase opening a sentence, up to its comma.
_LEADING_ADVERBIAL = re.compile(
    r"\s*(?:When|Whenever|After|As|While|Before|Since|If|Although|Though|Because|Once|Until|In|At|On|During|"
    r"Following|Despite|Asked|Speaking|Writing)\b[^,:;]{1,120},"
)
# A determiner-led description opening a clause, up to its head noun: "The Florida senator", "One operative".
_DESCRIBED_SUBJECT = re.compile(
    r"\s*(?P<phrase>(?:[Tt]he|[Aa]n?|One|one|(?P<owner>(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w-]*[’']s))\s+"
    r"(?:[\w’'.-]+\s+){0,3}?(?P<head>[a-z][\w-]*))(?=\s+(?:[a-z]+ly\s+)?"
    r"[a-z]+(?:ed|s)\b|\s+(?:took|began|sought|made|gave|went|spoke|sat|stood|came|had|was|is)\b)"
)
# Heads of a description that stand for a person: roles and epithets, not "the plan" or "the report".
_DESCRIPTION_HEADS = (TITLE_WORDS | EPITHET_HEADS | {"operative"}) - {
    "former", "acting", "foreign", "state", "press", "white", "house", "senate", "presidential", "democratic",
    "american", "russian", "ukrainian", "british", "french", "german", "chinese", "israeli", "iranian", "gop",
    "u.s.", "us", "kremlin", "majority", "minority", "vice", "prime", "deputy", "defense", "defence", "interior",
}
# People or bodies in the plural opening a clause as its subject, with a verb after them: "several environmental
# groups granted", "The Republican lawmakers said".
_COLLECTIVE_SUBJECT = re.compile(
    # "Russian officials have been quoted …": a people's or a body's name may stand for the determiner.
    r"\s*(?P<phrase>(?:[Tt]he|[Ss]everal|[Mm]any|[Ss]ome|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Bb]oth|[Oo]ther|[Mm]ost|"
    r"[A-Z][\w.'’-]*)\s+"
    r"(?:[\w’'.-]+\s+){0,2}?(?:groups|organizations|organisations|officials|lawmakers|legislators|activists|residents|"
    r"critics|experts|protesters|protestors|leaders|senators|analysts|economists|companies|unions|advocates|"
    r"opponents|supporters|members|delegates|voters|diplomats|investigators|prosecutors|scientists))"
    r"(?=\s+(?:[a-z]+ly\s+)?[a-z]+ed\b|\s+(?:have|had|were|are|took|began|sought|made|gave|went|spoke|came)\b)"
)
# What someone's possessive makes a speaker of: their campaign, office or aide.
_ENTOURAGE_HEADS = frozenset(
    "campaign office team camp staff aide aides adviser advisers advisor spokesman spokeswoman spokesperson "
    "woman man lawyer lawyers attorney attorneys wife husband son daughter brother sister mother father".split()
)
# Roles that the place they serve makes a description of one person: "the Florida senator".
_PLACED_ROLES = frozenset(
    "senator congressman congresswoman governor mayor lawmaker legislator representative businessman "
    "businesswoman".split()
)
# Right after a quotation, a usually-noun verb leading its subject: '“…,” reads a Wednesday editorial'.
_INVERTED_NOUN_LIKE_VERB = re.compile(
    r"[\s,.’'”\"]*(?P<verb>reads|notes|states|claims|tweets|posts|remarks|answers|counters|responds|comments)\s+"
    r"(?=(?:the|a|an|his|her|their|its|one|another)\s|[A-Z])"
)
# A sentence that ends on its speech verb and a few adverbial words: "… said in a statement."
_CUE_ENDS_SENTENCE = re.compile(
    r"\b(?:said|says|added|adds|wrote|writes|explained|continued|stated|declared|tweeted|posted|told\s+reporters|"
    r"replied|responded|answered|interjected|cut\s+in|chimed\s+in)"
    r"(?:\s+(?:in|on|at|during|via|after|before|from)\s+[^.;:,]{1,60}|\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|today|yesterday|recently|later|earlier))?\s*\.\s*$"
)
# A source labelled after a dash, before a colon: "… the Democratic caucus - HuffPollster: “…”".
_DASH_LABEL_BEFORE_COLON = re.compile(
    r"\s(?:-|–|—|--)\s+(?P<label>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})\s*:\s*$"
)
# An absolute "with" clause: "with Donald Trump tweeting that …".
_WITH_SUBJECT_ING = re.compile(r"\bwith\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)\s+[a-z]+ing\b")
# A thing doing the speaking in the same construction, right before the participle: "with one of her ads asking".
_WITH_THING_ING = re.compile(
    r"\bwith\s+(?P<phrase>(?:one of\s+)?(?:the|a|an|his|her|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:ads?|statements?|signs?|posts?|tweets?|videos?|letters?|headlines?|banners?|messages?|e-?mails?|posters?|"
    r"billboards?|placards?|slogans?|captions?|commercials?|flyers?|leaflets?))\s+$"
)
# Kin words that open a pronoun's sentence as its subject: "My mother … she still says".
_FAMILY_WORDS = KIN_WORDS - {"man", "woman", "actor", "actress", "businessman", "businesswoman"}
_KIN_SUBJECT = re.compile(
    r"\s*(?P<phrase>(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?P<kin>"
    + "|".join(sorted(_FAMILY_WORDS, key=len, reverse=True))
    # "His father's sudden death …": a possessive is no subject.
    + r"))\b(?!['’]s)"
)
_SENTENCE_POSSESSIVES = ("My ", "His ", "Her ", "Their ", "Our ")
# "His father, President Joe Biden, said": the name set off after the kin word.
_KIN_APPOSITIVE = re.compile(r",\s+(?P<name>[^,;:.!?\"“”]{3,80}?),")
# "Smith was arrested by police.": the subject of a passive sentence is not the one acting.
_PASSIVE_AFTER_SUBJECT = re.compile(r"[\w\s,]{0,30}?\b(?:was|were|is|are|has been|had been|got)\s+\w+(?:ed|en)\b")
_OPENING_PRONOUN = re.compile(r"\s*(He|She)\b")
# A topic set before a quotation: "As for Mr. Trump's pronouncements, ", "On the question of taxes, ".
_TOPIC_LEAD_IN = re.compile(
    r"\s*(?:(?:But|And|So)\s+)?(?:As for|As to|On|About|Regarding|Asked about|Of)\s+[^,;:!?\"“”]{1,80},\s*"
)
# An adverbial clause opening the sentence before a quotation: "Whatever Bloomberg's impact on the race, “…”".
_ADVERBIAL_LEAD_IN = re.compile(
    r"\s*(?:Though|Although|Whatever|Whether|Because|While|When|If|As|Since|After|Before|Despite|Given|Like|Unlike)\b"
)
_AS_FOR_TOPIC = re.compile(r"\s*As for (?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s*")
_CLAUSE_PRONOUN = re.compile(r"\s*(he|she)\b")
# A participle opening the sentence after a preposition: "After saying", "Before adding", "While insisting".
_OPENING_PREPOSITION = re.compile(r"\s*(?:After|Before|While|Upon|On|Since|Besides|Despite)\s+")
# Where an opening phrase gives way to the main clause: a comma, or a closing mark that hides one.
_CLAUSE_BREAK = re.compile(r"[,”\"’]\s+")
_OPENING_OTHER_PRONOUN = re.compile(r"\s*(?:They|It|We)\b")
_ASKED_OPENER = re.compile(r"\s*(?:When\s+)?(?:Asked|Pressed|Questioned|Challenged)\b")
_ASKED_OPENER_WORDS = ("Asked", "Pressed", "Questioned", "Challenged")
# "When he returned he began by saying": the main clause's pronoun after an opening clause with no comma.
_SUBORDINATE_THEN_PRONOUN = re.compile(
    r"\s*(?:(?:When|After|As|Once|Before|While|Until|Since)\s[^,.;:]{1,60}?\s|[A-Z][^,.;:]{1,60},\s+)(he|she)\s+[a-z]+\b"
)
_LOWER_WORD_NEXT = re.compile(r"\s*[a-z]")
# A role of an organisation set off by commas around a full name: "The head of the Donetsk People's Republic, Denis
# Pushilin," / "Denis Pushilin, head of the Donetsk People's Republic (DPR),".
_APPOSITIVE_ROLES = (
    "head|leader|chief|president|chairman|chairwoman|spokesman|spokeswoman|spokesperson|mayor|governor|commander|"
    "director|secretary|ambassador|minister|premier|founder"
)
_ORGANISATION_NAMED = (
    r"(?:the\s+)?(?P<org>[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’.-]*){0,5})"
    # "the Kharkiv region", "the Donetsk oblast": a place named by its kind.
    r"(?:\s+(?:region|oblast|province|district|county|state|city|republic|territory))?"
    r"(?:\s+\((?P<abbr>[A-Z]{2,6})\))?"
)
_ROLE_OF_AFTER_NAME = re.compile(
    rf",\s+(?:the\s+)?(?:self-proclaimed\s+)?(?P<role>{_APPOSITIVE_ROLES})\s+of\s+{_ORGANISATION_NAMED}\s*[,.;]"
)
_ROLE_SYNONYMS = {"head": ("leader", "chief"), "leader": ("head",), "chief": ("head",), "chairman": ("head",)}
# A description by that role: "the head of the republic".
_ROLE_OF_DESCRIPTION = re.compile(
    rf"(?P<role>{_APPOSITIVE_ROLES})\s+of\s+(?:the\s+)?(?P<org>[\w'’.-]+(?:\s+[\w'’.-]+){{0,4}})"
)
_ROLE_OF_BEFORE_NAME = re.compile(
    rf"\b[Tt]he\s+(?P<role>{_APPOSITIVE_ROLES})\s+of\s+{_ORGANISATION_NAMED},\s*$"
)
_ROLE_OF_BEFORE_BARE_NAME = re.compile(
    # TASS writes the role as a title, without "the": "Head of the Donetsk People's Republic Denis Pushilin".
    rf"(?:\b[Tt]he\s+|\b(?=[A-Z]))(?P<role>(?i:{_APPOSITIVE_ROLES}))\s+of\s+{_ORGANISATION_NAMED}\s+$"
)
# Two quoted words opening on these are a verb phrase of someone's sentence, never a label: Russia "will respond".
_VERB_PHRASE_OPENERS = frozenset(
    "will would can could should must may might shall is are was were has have had does did not never won't can't "
    "wouldn't isn't aren't doesn't".split()
)
_TITLED_INTRO = re.compile(r"\b(?:entitled|titled|headlined)\s*,?\s*$")
# After a closing mark: the writer's sentence has ended (the paragraph ends or a new sentence begins).
_SENTENCE_ENDS_AFTER = re.compile(r"[.)\s]*(?:$|[A-Z“\"‘'«])")
_AUTHOR_VERBS = re.compile(r"\b(?:sent|wrote|signed|submitted|addressed|issued)\b")
_FROM = re.compile(r"\bfrom\b")
# A sentence opening on the text its subject wrote: "In letters to Putin published by state media, …".
_IN_THE_TEXT = re.compile(
    r"\s*In\s+(?:(?:a|an|the|their|his|her|two|separate|joint|similar)\s+)*(?:[\w-]+\s+)?"
    r"(?:letters?|appeals?|requests?)\b[^,.;:]*,"
)
_SAID_IN_TEXT = re.compile(r"\b(?:said|say|says|asked|ask|urged|wrote|write|called|appealed|pleaded|warned)\b")
# "an appeal from the heads of …", "the letters, sent on Friday from …": "from" close after the text's noun; "Nixon's
# appeal for “law and order” … from atop its state capitol" names no author.
_FROM_REACH = 80
# How many paragraphs after a text's words its authors may first be named.
_AUTHORS_AHEAD = 2
# How far back (characters) a pronoun's antecedent is looked for. Long-distance reference is carried by the
# chain of sentences opening with the pronoun; the bound keeps a long article linear when a pronoun has no
# antecedent at all.
_ANTECEDENT_REACH = 5000
# Titles of those who speak for an organisation.
_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "press", "secretary", "representative"})
# 'he said. But “Donald Trump's candidacy is strengthened …”': a conjunction alone opening the sentence.
_CONJUNCTION_ONLY = re.compile(r"\s*(?:But|And|Yet|Still|So|Or)\s*,?\s*")
_COMMA_INVERTED_VERB = re.compile(r",\s+(?=(?:" + "|".join(sorted(INVERTED_VERBS)) + r")\b)")
_SPEECH_NOUNS = (
    r"claims?|statements?|remarks?|comments?|words|assertions?|promises?|warnings?|pledges?|vows?|descriptions?|"
    r"accusations?|insistence|arguments?|contentions?|suggestions?|characteri[sz]ations?|boasts?|insults?|tweets?|"
    r"speech|message|responses?|repl(?:y|ies)|answers?|retorts?"
)
# A capitalised name and its possessive: "Trump's", "Jeb Bush’s".
_POSSESSIVE_OWNER = r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s\s+"
_POSSESSIVE_SPEECH_NOUN = re.compile(_POSSESSIVE_OWNER + r"(?:[a-z-]+\s+)?(?P<noun>" + _SPEECH_NOUNS + r")\b")
# Before a colon, a person's writing is theirs too: "From Bush's Facebook post:", "Hoff’s letter makes a case:".
_POSSESSIVE_SPEECH_OR_WRITING = re.compile(
    _POSSESSIVE_OWNER
    + r"(?:[\w-]+\s+)?(?P<noun>"
    + _SPEECH_NOUNS
    # A word between the noun and the colon stops it, except a copula: "Clinton's response was: …".
    + r"|posts?|letters?|memos?|e-?mails?|op-eds?|columns?|essays?|editorials?)\b(?!\s+(?!was\b|is\b)[a-z]+\s*:)"
)
_SPEECH_NOUN = re.compile(_SPEECH_NOUNS)
# A sentence that is only the source of the quotation after its colon: "From the report:" (a text, not "From his
# perspective:").
_FROM_SOURCE = re.compile(
    r"\s*From\s+(?P<source>(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}"
    r"(?:report|statement|letter|transcript|speech|release|memo|filing|complaint|indictment|ruling|opinion|decision|"
    r"book|memoir|article|editorial|column|op-ed|post|tweet|email|e-mail|interview|ad|video|document|study|survey|"
    r"poll|paper|lawsuit|order|platform|text))\s*:\s*$"
)
# A role after a name and a comma: "Wes Nakagiri, a delegate", "Henry Crespo, president of the caucus".
_APPOSITIVE_AFTER = re.compile(r",\s+(?:(?:a|an|the)\s|(?P<role>[a-z][\w-]*)(?:\s+of\b|,))")
# Searched in lower-cased text: a case-insensitive alternation is several times slower.
_LETTER_FAMILY_RE = re.compile(r"\b(?:letters?|appeals?|requests?)\b")


@dataclass
class _Attribution:
    speaker: str | None = None
    mention: str | None = None
    cue: str | None = None
    relayed_by: str | None = None
    source: str | None = None
    found: bool = False
    cue_at: int = -1


def extract_quotes(text: str, *, author: str | None = None, include_boilerplate: bool = False) -> list[Quote]:
    """Every direct quotation in ``text`` with its kind, speaker, cue, relay and credited source.

    ``author`` is the article's byline, when known: the writer's own "I" in the narrative ('“Your Honor,” I
    said') is then the author, if the byline names a person ("Dinesh D'Souza", not "Breitbart News").
    Quotations in boilerplate (reader comments, newsletter appeals, captions, sidebars) are dropped,
    or returned with ``boilerplate=True`` when ``include_boilerplate`` is set.
    """
    if not isinstance(text, str):
        raise TypeError("extract_quotes expects a str")
    quotes = _Article(text, byline=byline_person(author)).quotes()
    if include_boilerplate:
        return quotes
    return [quote for quote in quotes if not quote.boilerplate]


def byline_person(author: str | None) -> str | None:
    """The person a byline names ("By Dinesh D'Souza" → "Dinesh D'Souza"), or None for an outlet, a wire, a staff
    credit or several names ("Breitbart News", "AFP", "Nicole Gaudiano, USA TODAY")."""
    if not author:
        return None
    name = " ".join(author.split())
    name = name[3:] if name.lower().startswith("by ") else name
    if not _BYLINE_NAME.fullmatch(name):
        return None
    words = name.lower().replace("’", "'").split()
    if any(word in ORG_WORDS or word in _BYLINE_NOT_NAMES for word in words) or canonical_outlet(name):
        return None
    return name


# The writer's own first person, outside quotation marks.
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|My|I['’](?:m|ve|d|ll))\b")
# Two to four capitalised words, initials allowed: a person's byline.
_BYLINE_NAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}")
_BYLINE_NOT_NAMES = frozenset("staff editors editorial board wire wires desk team reporters writers".split())


def _is_title_like(paragraph: Paragraph) -> bool:
    # A headline may end with a full stop where the article's first line is its title (scraped copies add
    # one: "Trump: Cruz Has ‘To Come a Long Way’ On Ethanol, He’s For Oil."); elsewhere it marks a sentence.
    full_stop = paragraph.text.endswith((".", "?\"", ".\"", ".”"))
    if full_stop and paragraph.index > 0:
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", paragraph.text)
    if len(words) < 3:
        return False
    if paragraph.index > 0 and _PARAGRAPH_LABEL.match(paragraph.text):
        # "Source: Valerii Zaluzhnyi, Commander-in-Chief of the Armed Forces of Ukraine, in an interview with The
        # Economist": a labelled line of the article's own (Ukrainska Pravda's layout), not a headline.
        return False
    if paragraph.index > 0 and paragraph.text[:1] in QUOTE_MARKS and _DASH_CREDIT_AT_END.search(paragraph.text):
        # '“It's a genocide” – Ukrainian Prosecutor General Andriy Kostin': a quotation and its credit, however many
        # capitalised words the credit holds.
        return False
    label = _SENTENCE_CASE_HEADLINE.match(paragraph.text)
    if (
        paragraph.index == 0
        and label
        and len(words) <= 20
        # "The Latest: Sanders declares ‘revolution’" is a section's running head over a sentence.
        and label.group("label").lower().removeprefix("the ") not in _HEADLINE_LABELS
    ):
        # "Clinton: Time for ‘intensification’ of ISIL strategy.": a wire headline in sentence case, its speaker
        # labelled before the colon.
        return True
    # Headline style leaves the small words lower-case ("Legend in the Coal Fields").
    words = [w for w in words if w not in _HEADLINE_SMALL_WORDS]
    capitalised = sum(1 for w in words if w[0].isupper())
    if full_stop:
        # "Mayor Ann Lee spoke on Monday." is a sentence: every word must be capitalised.
        return len(words) >= 6 and capitalised == len(words)
    return bool(words) and capitalised / len(words) > 0.6


def _is_sentence_case_headline(paragraph: Paragraph, paragraphs: int) -> bool:
    """Whether an article's first paragraph is a headline written as a sentence ("Moldova's president says Russia
    planned 'coup'"): one short sentence with no full stop, more paragraphs after it."""
    text = paragraph.text
    return (
        paragraph.index == 0
        and paragraphs > 1
        and _short_unstopped_line(text, _LINE_STOPS + (")",))
        and not _SENTENCE_BREAK.search(text)
        # "“I would rather live anywhere else.” ― Adriana Rodarte": a quotation and its credit.
        and not (text[:1] in QUOTE_MARKS and _DASH_CREDIT_AT_END.search(text))
    )


# A live blog entry's time before its headline: "10:42 GMT – ", "9.30am - ", "12:30 p.m. — ".
_ENTRY_TIME = r"\d{1,2}[:.]\d{2}\s*(?:GMT|BST|CET|CEST|EET|EEST|UTC|ET|EST|EDT|[ap]\.?m\.?)?\s*[–—-]\s"
_LIVE_ENTRY = re.compile(rf"{_ENTRY_TIME}+(?=\S)")


def _live_entry_headline(paragraph: Paragraph) -> bool:
    """Whether a paragraph is a live blog entry's headline: a time, a dash, then one short line with no full stop."""
    entry = _LIVE_ENTRY.match(paragraph.text)
    if entry is None:
        return False
    return _short_unstopped_line(paragraph.text[entry.end() :], _LINE_STOPS)


_LINE_STOPS = (".", "!", "?", ":", ";", ",")


def _short_unstopped_line(text: str, stops: tuple[str, ...]) -> bool:
    """Whether ``text`` reads as a headline's line: twenty words at most, ending on none of ``stops`` (closing
    quotation marks aside)."""
    return len(text.split()) <= 20 and not text.rstrip("”\"’' ").endswith(stops)


_SENTENCE_BREAK = re.compile(r"[a-z][.!?][\s”\"’']+[A-Z(“\"‘']")
_PARAGRAPH_LABEL = re.compile(r"(?:Source|Sources|Quote|Details|Background|Context)\s*:\s")
_SENTENCE_CASE_HEADLINE = re.compile(r"(?P<label>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}): [A-Z]")
_HEADLINE_SMALL_WORDS = frozenset("a an the and or but of in on at to for by with from as vs".split())


class _Article:
    def __init__(self, original: str, byline: str | None = None) -> None:
        self.byline = byline
        self.clean = prepare(original)
        text = self.clean.text
        self.text = text
        self.paragraphs = split_paragraphs(text)
        self.boilerplate = boilerplate_paragraphs(self.paragraphs)
        self.titles = {p.index for p in self.paragraphs if _is_title_like(p)}
        # Headlines refer forward, to whom the body names: "Moldova's president says …".
        self._headlines = self.titles | {
            p.index for p in self.paragraphs[:1] if _is_sentence_case_headline(p, len(self.paragraphs))
        }
        # A live blog's entries open on a time and a headline ("09:30 GMT – Lavrov: Russia 'will not allow' …"); a
        # test of the first character per paragraph, not a pattern searched over the whole text.
        self._headlines |= {p.index for p in self.paragraphs if p.text[:1].isdigit() and _live_entry_headline(p)}
        self._cue_lists: dict[tuple[int, int], list[re.Match]] = {}
        self.pieces = find_pieces(text, self.paragraphs)
        self._piece_opens = [p.open_at for p in self.pieces]
        self._piece_ends = [self._piece_end(p) for p in self.pieces]
        self.masked = self._mask_pieces()
        # Quoted names of shows, books and songs (on Fox News's “Fox and Friends.”) are labels, not speech:
        # they are reported as terms and kept out of the way of the quotations around them.
        # So are nicknames inside a name (Marcia "Cia" Price).
        nicknames = [p for p in self.pieces if self._is_nickname(p)]
        nickname_starts = {p.open_at for p in nicknames}
        self.named_works = nicknames + [
            p for p in self.pieces if p.open_at not in nickname_starts and self._names_a_work(p)
        ]
        names_text = text
        if self.named_works:
            work_starts = {p.open_at for p in self.named_works}
            self.pieces = [p for p in self.pieces if p.open_at not in work_starts]
            # The edits are collected and applied in one pass: a string rebuilt per piece made thousands of them
            # quadratic.
            # A nickname and its marks are blanked where names are read: Robert C. "Bobby" Scott is one name.
            nickname_blanks = [(p.open_at, p.after_close, " " * (p.after_close - p.open_at)) for p in nicknames]
            edits = list(nickname_blanks)
            # A work's marks are blanked where cues and speakers are read, so that 'Kerry Washington, star of
            # television’s “Scandal,” thanked' is one clause with its subject.
            for piece in self.named_works[len(nicknames) :]:
                edits.append((piece.open_at, piece.open_at + piece.mark_width, " " * piece.mark_width))
                if self._names_a_body(piece):
                    # "The “Grey Zone” Telegram channel said": the name is read as part of the speaker's phrase.
                    edits.append((piece.start, piece.end, text[piece.start : piece.end]))
                if text[piece.close_at - 1] == ",":
                    # 'author of ''America's Unwritten Constitution,'' put it': the comma inside the marks closes
                    # the writer's appositive.
                    edits.append((piece.close_at - 1, piece.close_at, ","))
                edits.append((piece.close_at, piece.after_close, " " * (piece.after_close - piece.close_at)))
            self.masked = _replaced(self.masked, edits)
            if nicknames:
                names_text = _replaced(text, nickname_blanks)
        # "• “We will not give up,” Zelensky said.": a list's bullet opens no words of the writer's ("- Bernie
        # Sanders." under a quotation credits it: a hyphen is a bullet only before a quotation). Blanked in one pass.
        bullets = [
            (paragraph.start, paragraph.start + 1, " ")
            for paragraph in self.paragraphs
            if paragraph.text[:1] in _BULLETS
            and paragraph.text[1:2].isspace()
            and (paragraph.text[0] != "-" or paragraph.text[1:].lstrip()[:1] in QUOTE_MARKS)
        ]
        if bullets:
            self.masked = _replaced(self.masked, bullets)
        for paragraph in self.paragraphs[:3]:
            dateline = _DATELINE.match(self.masked, paragraph.start, paragraph.end)
            place = dateline and (dateline.group("place") or dateline.group("tass_place")).strip().lower()
            if dateline and place not in ORG_WORDS and place not in OUTLETS:
                # "WASHINGTON — Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed …": the place a wire story was
                # filed from is no subject; blanked where cues and speakers are read.
                width = dateline.end() - dateline.start()
                self.masked = self.masked[: dateline.start()] + " " * width + self.masked[dateline.end() :]
        self.lowered = _lower_same_length(text)
        self.lowered_masked = _lower_same_length(self.masked)
        self.sentence_starts = self._sentence_starts()
        self._paragraph_starts = [p.start for p in self.paragraphs]
        mentions = [
            m
            for p in self.paragraphs
            if p.index not in self.boilerplate and p.index not in self.titles
            for m in find_name_mentions(names_text, p.start, p.end)
        ]
        self.registry = build_registry(mentions + self._headline_names(mentions))
        self._org_roles = self._appositive_roles(names_text, mentions)
        # Full names set off by a comma: their role phrases are read only when a description may repeat one.
        self._names_text = names_text
        self._names_before_comma: list[NameMention] = []
        for mention in mentions:
            if " " not in mention.name or not names_text.startswith(",", mention.end):
                continue
            self._names_before_comma.append(mention)
            role = _ROLE_IN_APPOSITIVE.match(names_text, mention.end)
            if role is None and names_text.endswith(", ", 0, mention.start):
                # "Russia's ambassador to the US, Anatoly Antonov, said": the role set off before the name.
                role = _ROLE_SET_OFF_BEFORE_NAME.search(names_text, max(0, mention.start - 90), mention.start)
            if role and role.group("role").lower() in TITLE_WORDS - _HEAD_OF_STATE_WORDS:
                # "Mykhailo Podolyak, an adviser to the head of the presidential office," is "the adviser" of a
                # later sentence (a broader title, asked only when no title as written matches).
                canonical = self.registry.canonical(mention.name, mention.start, mention.title_words)
                self.registry.general_titles.setdefault(canonical, set()).add(role.group("role").lower())
        modifiers = _modifier_mentions(names_text, mentions)
        # "Natalia, 42, who escaped" … "Natalia said she": a first name the article met someone by stays theirs.
        met_by_first_name = {
            m.name
            for m in mentions
            if " " not in m.name and (_first_name_with_age(names_text, m) or _first_name_given(names_text, m))
        }
        self.antecedents = [
            (m.start, self.registry.canonical(m.name, m.start, m.title_words))
            for m in mentions
            if (m.subject or (m.name in met_by_first_name and _first_name_given(names_text, m)))
            and m.start not in modifiers
            and not self._inside_piece(m.start)
            and (is_person_name(m, self.registry) or m.name in met_by_first_name)
        ]
        self._antecedent_positions = [at for at, _ in self.antecedents]
        # "Sens. Charles E. Grassley and Patrick J. Leahy wrote …; they added": pairs of people named together.
        full_names = [m for m in mentions if " " in m.name]
        self.pairs = [
            (first.start, f"{self.registry.canonical(first.name, first.start)} and "
             f"{self.registry.canonical(second.name, second.start)}")
            for first, second in zip(full_names, full_names[1:], strict=False)
            if (first.subject or second.subject)
            and _PAIRED_BY_AND.fullmatch(names_text, first.end, second.start)
        ]
        self._mention_ends = {m.start: m.end for m in mentions}
        outside = [m for m in mentions if not self._inside_piece(m.start)]
        self._mention_starts = [m.start for m in outside]
        self._mention_people = [self.registry.canonical(m.name, m.start, m.title_words) for m in outside]
        # "…, which concerns Henry Crespo, president of the Florida Democratic Black Caucus." then '"…," he
        # said': a full name introduced with its role is who the next paragraph's quotation is from.
        self._introductions = [
            (m.start, self.registry.canonical(m.name, m.start, m.title_words))
            for m in mentions
            if " " in m.name and not self._inside_piece(m.start) and self._introduces_role(names_text, m.end)
        ]
        self._introduction_positions = [at for at, _ in self._introductions]
        # Sentences opening with "He" or "She": the pronoun carries its referent on as the subject.
        self._opening_pronouns = [
            (start, match.group(1))
            for paragraph in self.paragraphs
            if paragraph.index not in self.boilerplate and paragraph.index not in self.titles
            for start in self.sentence_starts[paragraph.index]
            if (match := _OPENING_PRONOUN.match(self.masked, start)) and not self._inside_piece(start)
        ]
        self._opening_pronoun_positions = [at for at, _ in self._opening_pronouns]
        # The referents found so far, by the pronoun's gender, in text order (with their positions).
        self._opening_events: dict[str, tuple[list[tuple[int, str]], list[int]]] = {
            gender: ([], []) for gender in (MALE, FEMALE)
        }
        self._openings_resolved = 0
        self._kin_events: dict[str, tuple[list[tuple[int, str]], list[int]]] | None = None
        self.speaker_events: list[tuple[int, str]] = []
        self._impersonal_speakers: set[str] = set()
        self._speaker_event_positions: list[int] = []
        self._genders: dict[str, str | None] = {}
        self.source_events: list[tuple[int, str, str]] = []
        # The same events by speaker, in the order recorded: a speaker's credit is looked up for every quotation.
        self._sources_by_speaker: dict[str | None, list[tuple[int, str]]] = {}
        self.relays: dict[str, str] = {}
        # Substring tests: a regular expression alternation over the whole article costs a tenth of a millisecond.
        self._has_asked_openers = any(word in self.masked for word in _ASKED_OPENER_WORDS)
        self._platform_names: list[re.Match] | None = None
        self._platform_name_starts: list[int] = []
        self._author_sets = self._find_author_sets()
        self._author_positions = [at for at, _ in self._author_sets]
        self._resolved: dict[tuple[str, int], tuple[str | None, str]] = {}
        self._scan_sentence_sources()

    # ----- layout -------------------------------------------------------------------------------------

    def _piece_end(self, piece: Piece) -> int:
        if piece.after_close is not None:
            return piece.after_close
        return self.paragraphs[piece.paragraph].end

    def _mask_pieces(self) -> str:
        text = self.text
        parts: list[str] = []
        position = 0
        for piece in self.pieces:
            content_end = piece.close_at if piece.close_at is not None else self._piece_end(piece)
            # A quotation's closing full stop still ends the writer's sentence, so it stays visible.
            keep_from = content_end
            while keep_from > piece.open_at + 1 and text[keep_from - 1] in ".!?":
                keep_from -= 1
            masked_from = piece.open_at + 1
            parts.append(text[position:masked_from])
            if keep_from > masked_from:
                inside = text[masked_from:keep_from]
                # A piece lies within one paragraph, so it rarely holds a line break to keep.
                parts.append(" " * len(inside) if "\n" not in inside else _BLANK_EXCEPT_NEWLINES.sub(" ", inside))
            position = max(keep_from, masked_from)
        parts.append(text[position:])
        return "".join(parts)

    def _names_a_work(self, piece: Piece) -> bool:
        """Whether a piece is the title of a show, book or song: a few title-case words after "on …'s",
        "titled", "called" and the like, with no cue of its own after it."""
        words = self.text[piece.start : piece.end].split()
        if not 1 <= len(words) <= 6 or piece.close_at is None:
            return False
        if not all(w[0].isupper() or w in _HEADLINE_SMALL_WORDS for w in words):
            return False
        modified = _MODIFIES_NOUN.match(self.text, piece.after_close)
        if (
            modified
            and len(words) >= 2
            and piece.close_at == piece.end
            and self.text[piece.end - 1] not in ",.!?"
            and modified.group(0).strip() not in SPEECH_VERBS
        ):
            # 'wearing a cowboy hat and “Ted Cruz” campaign pins': a quoted label modifying a noun.
            return True
        if self._names_a_body(piece):
            return True
        before = self.text[max(0, piece.open_at - 20) : piece.open_at]
        intro = _WORK_INTRO.search(before)
        if not intro:
            return False
        if len(words) == 1:
            # 'star of television’s “Scandal,” thanked Obama': one word names a work after a possessive only, and
            # then even before a verb.
            return intro.group(0).startswith(("'", "’"))
        if intro.group(0).strip().rstrip(",:") in ("author of", "titled", "entitled"):
            # 'As Akhil Amar, author of ''America's Unwritten Constitution,'' put it': after these only a title
            # stands, whatever verb follows it.
            return True
        after = self.text[piece.after_close : piece.after_close + 40]
        if self.text[piece.end - 1] in ".!?" or after[:1] in (".", "!", "?"):
            # 'according to his book ''The Art of the Deal.'' Mr. Trump said …': the next sentence's verb is not
            # this quotation's.
            return True
        return not find_cues(after, 0, len(after))

    def _names_a_body(self, piece: Piece) -> bool:
        """Whether a piece is the quoted name of a channel, unit or group, part of the phrase that names it ('The
        “Grey Zone” Telegram channel said', 'the pro-war “Rybar” channel wrote', 'the “Azov” regiment')."""
        words = self.text[piece.start : piece.end].split()
        return (
            1 <= len(words) <= 4
            and piece.close_at == piece.end
            and all(w[0].isupper() or w in _HEADLINE_SMALL_WORDS for w in words)
            and _NAMED_BODY_NOUN_AFTER.match(self.text, piece.after_close) is not None
        )

    def _is_nickname(self, piece: Piece) -> bool:
        """Whether a piece is one word quoted between the parts of a name (Robert C. "Bobby" Scott)."""
        if piece.close_at is None or len(self.text[piece.start : piece.end].split()) != 1:
            return False
        if self.text[piece.end - 1] in ".!?,":
            # 'Jeb Bush called Trump “unhinged.” Sen. Marco Rubio …': punctuation ends a clause, not a name.
            return False
        around = self.text[max(0, piece.open_at - 30) : piece.open_at] + "|" + self.text[piece.after_close :][:30]
        return _NICKNAME_AROUND.match(around) is not None

    def _inside_piece(self, position: int) -> bool:
        index = bisect.bisect_left(self._piece_opens, position) - 1
        return index >= 0 and position < self._piece_ends[index]

    def _sentence_starts(self) -> dict[int, list[int]]:
        starts: dict[int, list[int]] = {}
        for paragraph in self.paragraphs:
            found = [paragraph.start]
            for match in _SENTENCE_END.finditer(self.masked, paragraph.start, paragraph.end):
                lookback = max(paragraph.start, match.start() - 6)
                if _ABBREVIATION.search(self.masked[lookback : match.start()]) and not (
                    _SENTENCE_FINAL_ABBREVIATION.search(self.masked, lookback, match.start())
                    and (
                        _SENTENCE_OPENER.match(self.masked, match.end())
                        # "… a curfew from 5 p.m. to 8 a.m. “All civilians …”": a quotation opening on a capital
                        # after a time (after "U.S." it may be a label: U.S. “red lines”).
                        or _QUOTATION_AFTER_TIME.match(self.text, match.start() + 1)
                    )
                ):
                    continue
                found.append(match.end())
            if paragraph.end - paragraph.start > _LONGEST_SENTENCE:
                found = self._split_overlong(found, paragraph.end)
            starts[paragraph.index] = found
        return starts

    def _split_overlong(self, starts: list[int], end: int) -> list[int]:
        """Sentence starts with one added, at a space, every ``_LONGEST_SENTENCE`` characters of a sentence longer
        than that: no news sentence is, and the sentence-wide scans of each quotation in it stay linear ("X told
        "a" and "b" and …" five thousand times took 20 s)."""
        result: list[int] = []
        for start, stop in zip(starts, [*starts[1:], end], strict=True):
            result.append(start)
            while stop - start > _LONGEST_SENTENCE:
                cut = self.masked.rfind(" ", start + 1, start + _LONGEST_SENTENCE)
                start = cut + 1 if cut > start else start + _LONGEST_SENTENCE
                result.append(start)
        return result

    def _sentence(self, paragraph: int, position: int) -> tuple[int, int]:
        starts = self.sentence_starts[paragraph]
        index = bisect.bisect_right(starts, position)
        start = starts[max(index - 1, 0)]
        return start, (starts[index] if index < len(starts) else self.paragraphs[paragraph].end)

    # ----- people -------------------------------------------------------------------------------------

    def _find_author_sets(self) -> list[tuple[int, str]]:
        """Who wrote the letters/appeals/requests the article mentions, in text order."""
        found: list[tuple[int, str]] = []
        seen: set[int] = set()
        lowered = self.lowered
        if "letter" not in lowered and "appeal" not in lowered and "request" not in lowered:
            # Most articles name none of these texts; three substring searches skip the slow \b scan.
            return found
        for match in _LETTER_FAMILY_RE.finditer(lowered):
            paragraph = self._paragraph_at(match.start())
            if paragraph is None or paragraph.index in self.boilerplate:
                continue
            start, end = self._sentence(paragraph.index, match.start())
            if start in seen:
                continue
            seen.add(start)
            names = self._authors_in_sentence(start, end, match.group(0).lower())
            if names:
                found.append((start, " and ".join(sorted(names, key=lambda n: n.split()[-1]))))
        return found

    def _statement_issuer_before(self, position: int) -> str | None:
        """Who issued the statement an article named shortly before ``position``: 'According to a statement from
        the Ukrainian presidency, …' then '“…,” the statement said'."""
        lower = self._paragraphs_back(position, 2) or 0
        issuer, issued_at = None, -1
        for match in _STATEMENT_FROM.finditer(self.masked, lower, position):
            issuer, issued_at = (match.group("issuer") or match.group("site")).strip(), match.start()
        for match in _ISSUED_STATEMENT.finditer(self.masked, lower, position):
            if match.start() > issued_at:
                # "Zelensky's office said in a statement that …" then '“…,” the statement said'.
                sentence_start, _ = self._sentence_at(match.start())
                subject = noun_phrase_before(self.masked, sentence_start, match.start())
                if subject and subject[0].lower() not in PRONOUNS:
                    issuer, issued_at = subject[0], match.start()
        if not issuer or not is_valid_speaker_phrase(issuer):
            return None
        # "President Obama said in a statement": the person as the article names him in full.
        if issuer.split()[-1][:1].isupper():
            named, kind = self.resolve(issuer, issued_at)
            if named and kind == "person":
                return named
        return _strip_determiner(issuer)

    def _paragraph_at(self, position: int) -> Paragraph | None:
        index = bisect.bisect_right(self._paragraph_starts, position) - 1
        if index < 0 or position >= self.paragraphs[index].end:
            return None
        return self.paragraphs[index]

    def _authors_in_sentence(self, start: int, end: int, noun: str) -> list[str]:
        sentence = self.text[start:end]
        noun_at = sentence.lower().find(noun)
        people = [m for m in find_name_mentions(self.text, start, end) if " " in m.name]
        source = _FROM.search(sentence, noun_at, noun_at + len(noun) + _FROM_REACH)
        opening = _IN_THE_TEXT.match(sentence) if not source else None
        if source:
            people = [m for m in people if m.start >= start + source.end()]
        elif opening and opening.end() > noun_at:
            # "In letters to Putin published by state media, Denis Pushilin and Leonid Pasechnik said …": the
            # subject of the main clause wrote them.
            verb = _SAID_IN_TEXT.search(sentence, opening.end())
            if not verb:
                return []
            people = [m for m in people if start + opening.end() <= m.start < start + verb.start()]
        else:
            verb = _AUTHOR_VERBS.search(sentence)
            if not verb:
                return []
            people = [m for m in people if m.start < start + verb.start()]
        names: list[str] = []
        previous_end = None
        for mention in people:
            # Authors are listed together ("from X, the head of …, and Y"); a name not joined by "and"
            # belongs to another clause ("…, Kremlin spokesman Dmitry Peskov said").
            if previous_end is not None and not re.search(r"\band\b", self.text[previous_end : mention.start]):
                break
            name = self.registry.canonical(mention.name, mention.start, mention.title_words)
            if name not in names:
                names.append(name)
            previous_end = mention.end
        return names[:4]

    def _authors_near(self, position: int) -> str | None:
        before = [names for at, names in self._author_sets if at <= position]
        if before:
            return before[-1]
        if self._author_sets and self._paragraphs_between(position, self._author_sets[0][0]) <= _AUTHORS_AHEAD:
            # The letters quoted first and their authors named in the next paragraph or so.
            return self._author_sets[0][1]
        return None

    def _antecedent(self, position: int, pronoun: str) -> str | None:
        """The person "he" or "she" at ``position`` most likely refers to: the latest subject of that gender."""
        wanted = pronoun_gender(pronoun)
        kin = self._kin_subject(position, wanted)
        if kin:
            return kin
        own_sentence_start, _ = self._sentence_at(position)
        topic = _AS_FOR_TOPIC.fullmatch(self.masked, own_sentence_start, position)
        if topic:
            # "As for Ban, he seems content": the topic the sentence announces is its subject.
            return self.registry.canonical(topic.group("name"), topic.start("name"))
        introduced = self._introduced_before(position, wanted)
        if introduced:
            return introduced
        latest: tuple[int, str] | None = None
        sentence_start = -1
        for at, name in self._people_before(position, wanted):
            if self._asked_about(at) or name == self.writer or (wanted and name in self._impersonal_speakers):
                # The writer is "I" in their own narrative, never "he" or "she"; nor is a text or a body that spoke.
                continue
            if (latest is not None and at < sentence_start) or at < position - _ANTECEDENT_REACH:
                break
            if wanted is None or self._gender(name) in (None, wanted):
                if latest is None:
                    latest = (at, name)
                    sentence_start, sentence_end = self._sentence_at(at)
                    if sentence_start <= position < sentence_end:
                        # In the pronoun's own sentence the nearest person is meant.
                        return name
                elif not self._in_opening_clause(at):
                    # An earlier person in the same sentence is its subject ("Clinton criticized officer
                    # Betty Shelby …" then '"…," she said' means Clinton): subjects carry the topic on. Not
                    # the subject of an opening subordinate clause: in 'When someone in the audience shouted,
                    # “Cruz,” Beck joked', Beck carries the topic.
                    latest = (at, name)
        return latest[1] if latest else None

    def _in_opening_clause(self, at: int) -> bool:
        """Whether ``at`` lies in a subordinate clause opening its sentence (before the comma that closes it)."""
        sentence_start, _ = self._sentence_at(at)
        clause = OPENING_SUBORDINATE_CLAUSE.match(self.masked, sentence_start, at + 1)
        return clause is not None

    def _asked_about(self, at: int) -> bool:
        """Whether the person named at ``at`` is what a question opening the sentence asked about ("Asked about her
        vote in the event that Clinton faces Trump, she replied"): not who answers it, unless they open the main
        clause after a comma ("Asked about it, Clinton said")."""
        if not self._has_asked_openers:
            return False
        sentence_start, _ = self._sentence_at(at)
        if not _ASKED_OPENER.match(self.masked, sentence_start, at):
            return False
        return not self.masked[sentence_start:at].rstrip().endswith(",")

    def _kin_subject(self, position: int, wanted: str | None) -> str | None:
        """'My mother has softened with age, but even now at 86 she still says …': a kin word of the pronoun's
        gender opening its sentence, with no name between, is whom the pronoun means."""
        if wanted is None:
            return None
        sentence_start, _ = self._sentence_at(position)
        kin = _KIN_SUBJECT.match(self.masked, sentence_start, position)
        if kin is None or person_gender("", (kin.group("kin"),)) != wanted:
            return None
        if find_name_mentions(self.masked, kin.end(), position):
            return self._kin_named(kin)
        return kin.group("phrase")

    def _people_before(self, position: int, wanted: str | None) -> Iterator[tuple[int, str]]:
        """Named subjects, resolved speakers and, for a gendered pronoun, the referents of sentences opening
        with the same pronoun, all before ``position``, latest first.

        'She has faced controversies – her meeting with Bill Clinton while investigating his wife, Hillary
        Clinton. She has called …': the second "She" continues the first one's referent, which the names
        inside the first sentence do not replace.
        """
        # Lazily, walking back from the pronoun: the caller usually stops after a few. Each stream is a list in text
        # order and the index of its latest event before the pronoun.
        streams = [
            [self.antecedents, bisect.bisect_left(self._antecedent_positions, position) - 1],
            # Speaker events are recorded in text order, as the quotations are read.
            [self.speaker_events, bisect.bisect_left(self._speaker_event_positions, position) - 1],
        ]
        if wanted is not None:
            self._resolve_openings_before(position)
            resolved, positions = self._opening_events[wanted]
            streams.append([resolved, bisect.bisect_left(positions, position) - 1])
            kin, kin_positions = self._kin_subjects()[wanted]
            streams.append([kin, bisect.bisect_left(kin_positions, position) - 1])
        return _latest_first(streams)

    @cached_property
    def _set_off_roles(self) -> dict[str, tuple[int, str] | None]:
        """The role phrases set off right after a full name ("Andriy Yermak, head of the presidential office,") or
        right before it ("Zelensky's chief of staff, Andriy Yermak,"), lower-cased, without their article: phrase →
        (first offset, person), None when two people share it. Read once, when a description first needs them."""
        roles: dict[str, tuple[int, str] | None] = {}
        names_text = self._names_text
        for mention in self._names_before_comma:
            person = self.registry.canonical(mention.name, mention.start, mention.title_words)
            after = _SET_OFF_PHRASE_AFTER.match(names_text, mention.end)
            before = (
                _SET_OFF_PHRASE_BEFORE.search(names_text, max(0, mention.start - 90), mention.start)
                if names_text.endswith(", ", 0, mention.start)
                else None
            )
            for found in (after, before):
                if found is None or not found.group("phrase")[:1].islower():
                    continue
                phrase = " ".join(found.group("phrase").lower().split())
                if phrase.split()[-1] not in TITLE_WORDS and " of " not in phrase:
                    continue
                known = roles.get(phrase, (found.start(), person))
                roles[phrase] = known if known is not None and known[1] == person else None
        return roles

    def _person_set_off_as(self, phrase: str, position: int) -> str | None:
        """The one person whose set-off role ``phrase`` (without its article) repeats, named before ``position``."""
        known = self._set_off_roles.get(" ".join(phrase.lower().split()))
        return known[1] if known is not None and known[0] < position else None

    def _kin_named(self, kin: re.Match) -> str | None:
        """The person a kin word is set off with ("His father, President Joe Biden, said"), when a full name is."""
        appositive = _KIN_APPOSITIVE.match(self.masked, kin.end())
        if appositive is None:
            return None
        mentions = find_name_mentions(self.masked, appositive.start("name"), appositive.end("name"))
        if len(mentions) != 1 or mentions[0].end != appositive.end("name") or " " not in mentions[0].name:
            return None
        return self.registry.canonical(mentions[0].name, mentions[0].start, mentions[0].title_words)

    def _kin_subjects(self) -> dict[str, tuple[list[tuple[int, str]], list[int]]]:
        """Sentences opening on a kin word ('Her father, Brad, 39, worried …'), by the kin word's gender: the
        subject a later "he" or "she" carries on, though no name of a person stands there. Found once, when a
        pronoun first needs them."""
        if self._kin_events is None:
            self._kin_events = {MALE: ([], []), FEMALE: ([], [])}
            found: list[tuple[int, str, str]] = []
            # str.find for the capitalised possessives, then a match where one stands: a regular expression tried
            # at every sentence start costs several times more.
            for possessive in _SENTENCE_POSSESSIVES:
                at = self.masked.find(possessive)
                while at >= 0:
                    kin = _KIN_SUBJECT.match(self.masked, at)
                    gender = kin and person_gender("", (kin.group("kin"),))
                    if gender and self._opens_sentence_at(at):
                        found.append((at, self._kin_named(kin) or kin.group("phrase"), gender))
                    at = self.masked.find(possessive, at + 1)
            for at, phrase, gender in sorted(found):
                events, positions = self._kin_events[gender]
                events.append((at, phrase))
                positions.append(at)
        return self._kin_events

    def _opens_sentence_at(self, at: int) -> bool:
        """Whether a sentence of the article's own text (no headline, boilerplate or quotation) opens at ``at``."""
        paragraph = self._paragraph_at(at)
        if paragraph is None or paragraph.index in self.boilerplate or paragraph.index in self.titles:
            return False
        sentence_start, _ = self._sentence(paragraph.index, at)
        return not self.masked[sentence_start:at].strip() and not self._inside_piece(at)

    def _resolve_openings_before(self, position: int) -> None:
        """Resolve, in text order, the sentence-opening pronouns before ``position``.

        In order, each one's resolution finds the earlier ones done: no recursion, however long the article.
        """
        count = bisect.bisect_left(self._opening_pronoun_positions, position)
        while self._openings_resolved < count:
            at, pronoun = self._opening_pronouns[self._openings_resolved]
            self._openings_resolved += 1
            referent = self._antecedent(at, pronoun)
            gender = pronoun_gender(pronoun)
            if referent and gender:
                resolved, positions = self._opening_events[gender]
                resolved.append((at, referent))
                positions.append(at)

    @staticmethod
    def _introduces_role(text: str, name_end: int) -> bool:
        match = _APPOSITIVE_AFTER.match(text, name_end)
        return bool(match) and (match.group("role") is None or match.group("role") in TITLE_WORDS)

    def _introduced_before(self, position: int, wanted: str | None) -> str | None:
        """The person introduced with a role in the last sentence of the paragraph before, when the pronoun
        stands in the first sentence of its own paragraph (the newspaper's way of presenting a speaker)."""
        paragraph = self._paragraph_at(position)
        if paragraph is None or paragraph.index == 0 or wanted is None:
            return None
        sentence_start, _ = self._sentence(paragraph.index, position)
        if sentence_start != paragraph.start:
            return None
        before = self.paragraphs[paragraph.index - 1]
        if before.index in self.boilerplate or before.index in self.titles:
            return None
        last_sentence_start, _ = self._sentence(before.index, max(before.start, before.end - 1))
        lo = bisect.bisect_left(self._introduction_positions, last_sentence_start)
        hi = bisect.bisect_left(self._introduction_positions, before.end)
        if lo == hi:
            return None
        at, name = self._introductions[hi - 1]
        later = bisect.bisect_right(self._antecedent_positions, at)
        if later < len(self._antecedent_positions) and self._antecedent_positions[later] < before.end:
            # "…, Joe Arpaio, a hard-liner, Trump launched into …": a subject named after the role speaks.
            return None
        return name if self._gender(name) == wanted else None

    def _sentence_at(self, position: int) -> tuple[int, int]:
        """Start and end of the sentence holding ``position`` (the position itself between paragraphs)."""
        paragraph = self._paragraph_at(position)
        return self._sentence(paragraph.index, position) if paragraph else (position, position)

    def _pair_before(self, position: int) -> str | None:
        """The latest pair of people named together as a subject, within two paragraphs before ``position``."""
        for at, pair in reversed(self.pairs):
            if at < position:
                paragraph = self._paragraph_at(at)
                here = self._paragraph_at(position)
                if paragraph and here and here.index - paragraph.index <= 2 and not self._inside_piece(at):
                    return pair
                return None
        return None

    def _gender(self, name: str) -> str | None:
        if name not in self._genders:
            self._genders[name] = person_gender(name, self.registry.titles.get(name, ()))
        return self._genders[name]

    def resolve(self, phrase: str, position: int) -> tuple[str | None, str]:
        """The canonical speaker a phrase names, and what kind of phrase it is."""
        lowered = phrase.lower()
        if lowered in PRONOUNS:
            return self._resolve(phrase, position)
        if self.masked.startswith(" who ", position + len(phrase)):
            given = self._given_name_after(phrase, position)
            if given:
                return given, "person"
        key = (phrase, self._author_index(position))
        if key not in self._resolved:
            self._resolved[key] = self._resolve(phrase, position)
        return self._resolved[key]

    def _in_headline(self, position: int) -> bool:
        """Whether ``position`` lies in a headline (title case, or a first paragraph written as a sentence)."""
        paragraph = self._paragraph_at(position)
        return paragraph is not None and paragraph.index in self._headlines

    def _given_name_after(self, phrase: str, position: int) -> str | None:
        """The name a described speaker gave: '“…,” a soldier who gave only his first name, Oleksandr, told AFP'
        (``phrase`` at ``position`` is followed by " who ")."""
        if find_name_mentions(phrase):
            return None
        given = _GIVEN_NAME_AFTER.match(self.masked, position + len(phrase) + 1)
        return given.group("name") if given else None

    @cached_property
    def writer(self) -> str | None:
        """The byline's person, when the writer narrates in the first person: in two paragraphs or more, outside
        quotation marks. One "I" alone is more often someone speaking without marks (a transcript's line) than
        the writer."""
        if not self.byline:
            return None
        paragraphs = sum(
            1
            for p in self.paragraphs
            if p.index not in self.boilerplate and _FIRST_PERSON.search(self.masked, p.start, p.end)
        )
        return self.byline if paragraphs >= 2 else None

    def _author_index(self, position: int) -> int:
        return bisect.bisect_right(self._author_positions, position)

    def _readout_of_someone(self, cue: Cue, upper: int) -> tuple[Cue, str | None]:
        """'The Kremlin said Putin told Scholz that Western policies were “destructive”': a body or an outlet reporting
        what someone said in its clause; that person speaks and the body is credited, as in the order 'Putin told
        Scholz …, the Kremlin said'. Returns the cue to use and the body to credit (None when the cue stands)."""
        if not cue.mention or cue.inverted:
            return cue, None
        body = _reporting_body(cue.mention)
        if body is None:
            return cue, None
        reported_from = cue.verb_at + len(cue.cue)
        reported = find_cue(self.masked, reported_from, upper, prefer="first")
        if (
            reported is None
            or not reported.mention
            or reported.participle
            # The reported clause opens on its subject ("said Putin told", "reported on Friday that Shoigu told"); a
            # phrase found deeper in it may be only the end of its subject ("… of Donetsk and Luhansk have asked").
            or not _REPORTED_CLAUSE_OPENING.fullmatch(self.masked, reported_from, reported.mention_at)
            # A name or a pronoun heads the phrase ("Putin", "Defence Minister Sergei Shoigu", "he"), not a
            # description holding names ("the leaders of the republics of Donetsk and Luhansk (DPR and LPR)").
            or not (reported.mention.lower() in PRONOUNS or reported.mention.split()[-1][:1].isupper())
            or self.resolve(reported.mention, reported.mention_at)[1] not in ("person", "pronoun")
        ):
            return cue, None
        return reported, body

    @staticmethod
    def _possessive_before_title(phrase: str, name_end: int) -> bool:
        """Whether the name ending at ``name_end`` only says whose office the phrase's head is ("Russia's president",
        "Moldova's foreign minister"): the holder of the office speaks, not the country."""
        rest = _POSSESSIVE_LOWER_WORDS.fullmatch(phrase, name_end)
        return rest is not None and rest.group("head") in TITLE_WORDS

    def _resolve(self, phrase: str, position: int) -> tuple[str | None, str]:
        lowered = phrase.lower()
        lowered = OBJECT_PRONOUNS.get(lowered, lowered)
        if body_head(phrase):
            # "According to a statement posted on the Kremlin website, …": the issuer may be named right after.
            issuer = (
                self._statement_issuer_before(self._sentence_at(position)[1]) if "statement" in lowered else None
            )
            return self._authors_near(position) or issuer or _strip_determiner(phrase), "body"
        if lowered in PRONOUNS:
            if lowered in ("he", "she"):
                return self._antecedent(position, lowered), "pronoun"
            if lowered == "they":
                return self._authors_near(position) or self._pair_before(position), "group"
            if lowered == "it":
                return self._organisation_before(position), "organisation"
            if lowered == "i" and self.writer:
                # The narrative's "I" is the writer: '“Your Honor,” I said' in an excerpt of a memoir.
                return self.writer, "person"
            return None, "pronoun"
        if lowered in ELLIPTICAL_SPEAKERS:
            # '"…," tweeted another': one more unnamed voice, nobody the article names.
            return None, "other"
        names = find_name_mentions(phrase)
        people = [
            m
            for m in names
            if (
                is_person_name(m, self.registry)
                # "Kharkiv governor", "Facebook posts": a name qualifying a noun, no person.
                or (len(phrase.split()) <= 2 and not _NOUN_AFTER_NAME.fullmatch(phrase, m.end))
                # "A defensive Obama", "the base chief known as Bob": a lone name after describing words heads the
                # phrase even when the article never gives it in full.
                or (_DESCRIBED_NAME_LEAD.fullmatch(phrase, 0, m.start) and m.end >= len(phrase.rstrip(" ,.;:")))
            )
            and not _SERVES_ROLE_AFTER.fullmatch(phrase, m.end)
            and not self._possessive_before_title(phrase, m.end)
            # "White America embracing Obama announced": the object of an -ing verb is not the subject.
            and not _GERUND_BEFORE.search(phrase, 0, m.start)
        ]
        if people:
            # The first full name in the phrase is the speaker ("Cameron Easley for Morning Consult");
            # a surname alone ranks below it ("Clinton campaign spokesman Brian Fallon").
            full = [m for m in people if " " in m.name]
            named = full if len(full) == 2 else people
            if len(named) == 2 and _PAIRED_BY_AND.fullmatch(phrase, named[0].end, named[1].start) and (
                named[1].end >= len(phrase.rstrip(" ,.;:"))
            ):
                # "Stephen S. Cohen and J. Bradford DeLong write": both speak, named as a pair the way "they"
                # after them is resolved.
                pair = [self.registry.canonical(m.name, position) for m in named]
                return f"{pair[0]} and {pair[1]}", "group"
            titled = [m for m in full if m.titled]
            # "Italy's Northern League leader Matteo Salvini", "former George W. Bush speechwriter Noam Neusner":
            # a full name that ends the phrase is its head noun, whatever names describe it.
            ending = [
                m
                for m in full
                if m.end >= len(phrase.rstrip(" ,.;:"))
                # "Meenakshi Ganguly, South Asia director at Human Rights Watch": an object names no speaker.
                and not _PREPOSITION_BEFORE.search(phrase, 0, m.start)
                and not (m.titled is False and "," in phrase[: m.start])
            ]
            # "Judicial Watch president Tom Fitton": the titled name is the person, the rest describes him.
            head: NameMention = (
                ending[-1] if ending else titled[-1] if titled else full[0] if full else people[-1]
            )
            return self.registry.canonical(head.name, position, head.title_words), "person"
        if not people and " " not in phrase and phrase[:1].isupper() and self.registry.is_known_surname(phrase):
            # "Guardian said" after "Mayor Don Guardian": a surname that is also an organisation word.
            return self.registry.canonical(phrase, position), "person"
        if group_head(phrase):
            authors = self._authors_near(position)
            if authors:
                return authors, "group"
        stripped = _strip_determiner(phrase)
        if lowered.startswith("the ") and stripped.lower() in _OUTLET_DESCRIPTIONS:
            # "According to the newspaper, “…”": the outlet the article last named.
            return self._outlet_before(position) or stripped, "other"
        if lowered.startswith(("the ", "his ", "her ")) and stripped.lower() in _WRITINGS:
            # "Mariano wrote a memoir … “…,” the book said": its author speaks through it.
            author = self._author_of_writing_before(position)
            if author:
                return author, "person"
        words = stripped.split()
        indefinite = lowered.split(maxsplit=1)[0] in _INDEFINITE_DETERMINERS
        # "one Clinton aide said" is somebody the article leaves unnamed, not the aide it named earlier.
        titled = None
        if self._org_roles and not indefinite and len(words) >= 2:
            # "the head of the republic", "the DPR leader": the person an appositive gave that role in that body.
            role_of = _ROLE_OF_DESCRIPTION.fullmatch(stripped)
            if role_of:
                role, qualifiers = role_of.group("role"), role_of.group("org").split()
            else:
                role, qualifiers = words[-1], words[:-1]
            in_role = self._person_in_role(role, qualifiers, before=position)
            if in_role:
                return in_role, "person"
        if lowered.startswith("the ") and len(words) >= 2 and self._names_before_comma:
            # '"…," the chief of staff added' after "Zelensky's chief of staff, Andriy Yermak,": the same words.
            set_off = self._person_set_off_as(stripped, position)
            if set_off:
                return set_off, "person"
        if self._org_roles and not indefinite and len(words) == 1 and self._in_headline(position):
            # "'The city is under fire', says governor": the one the body gives that role.
            in_role = self._person_in_role(words[0], [], unqualified=True)
            if in_role:
                return in_role, "person"
        if lowered.startswith("the ") and len(words) == 1 and words[0] in TITLE_WORDS:
            # 'Peskov said: "…"' then '"…," the spokesman added': the one who just spoke, untitled but known by
            # that office, before anyone the article titled so earlier.
            recent = self._latest_speaker_in_office(words[0], position)
            if recent:
                return recent, "person"
        if stripped and not indefinite:
            # "the senator" refers back to someone titled so; "the Kremlin" may speak through a spokesman named later.
            in_headline = self._in_headline(position)
            # A headline refers forward: "Moldova's president says …" is the president the body names.
            before = position if words[-1].islower() and words[-1] in TITLE_WORDS and not in_headline else None
            titled = self.registry.person_with_title(words[-1], tuple(words[:-1]), before=before)
            if titled is None and before is not None and names_a_country(words[:-1]):
                # "According to the Ukrainian president, “…”" before the article names him: a description naming
                # the country picks one person wherever the article names them.
                titled = self.registry.person_with_title(words[-1], tuple(words[:-1]))
            if titled is None and in_headline and words[-1] in TITLE_WORDS:
                titled = self.registry.person_with_title(words[-1], tuple(words[:-1]), untitled_place=True)
        if titled and words[-1].lower() not in TITLE_WORDS and not self.registry.titles.get(titled, set()) & _VOICES:
            # "the Kremlin" speaks through its spokesman; "PolitiFact says" is not its executive director.
            titled = None
        if titled and len(stripped.split()) <= 3:
            return titled, "organisation"
        epithet = self._epithet_referent(phrase, position)
        if epithet is None and lowered.startswith("the ") and " and " in phrase:
            # "the former secretary of state and current Democratic presidential nominee": either part may be the
            # epithet that names the person.
            first_part, second_part = phrase.rsplit(" and ", 1)
            epithet = self._epithet_referent(first_part, position) or self._epithet_referent(
                "the " + second_part, position
            )
        if epithet:
            return epithet, "person"
        if lowered.startswith("the ") and len(words) == 1 and words[0].lower() in _BODY_HEADS:
            # "Russia's defence ministry said …" then '"…," the ministry said': the body named before.
            named = self._body_named_before(words[0].lower(), position)
            if named:
                return named, "organisation"
        if lowered.startswith("the ") and 1 < len(words) <= 3 and words[-1].lower() in _BODY_HEADS:
            # "Ukraine's General Staff said …" then '"…," the General Staff said': the same body, as first named.
            named = self._body_named_before(words[-1].lower(), position)
            if named and named.lower().endswith(" " + stripped.lower()) and "’s " in named.replace("'s ", "’s "):
                return named, "organisation"
        if lowered.startswith("the ") and 1 < len(words) <= 3 and stripped.islower() and words[-1] in _BODY_HEADS:
            # "The press service of the LPR People's Militia reported …" then '«…», the press service said': the
            # body named before with what it is the body of.
            named = self._body_of_named_before(stripped, position)
            if named:
                return named, "organisation"
        if lowered.startswith("the ") and 1 < len(words) <= 3 and stripped.istitle():
            # '"…," the General Staff of the Armed Forces of Ukraine said' then '"…," the General Staff added': the
            # body that spoke under its full name.
            fuller = self._speaker_named_more_fully(stripped, position)
            if fuller:
                return fuller, "organisation"
        if lowered.startswith("the ") and len(words) == 1 and words[0].lower() in _DESCRIBED_BODY_HEADS:
            # "Energoatom, Ukraine's state nuclear company, said …" then '"…," the company wrote': the body an
            # appositive described so.
            described = self._body_described_before(words[0].lower(), position)
            if described:
                return described, "organisation"
        if _AGE_EPITHET.fullmatch(lowered):
            # '“Shoigu! Gerasimov! Where is the ammunition?” the 61-year-old shouted': the person the sentence
            # before was about.
            index = bisect.bisect_left(self._antecedent_positions, position)
            if index and self._paragraphs_between(self.antecedents[index - 1][0], position) <= 2:
                return self.antecedents[index - 1][1], "person"
        if lowered.startswith("the ") and len(words) == 1 and words[0].islower():
            # "a source in the DPR's defence ministry told TASS …" then '"…," the source said': the one a fuller
            # description introduced shortly before.
            fuller = self._fuller_description_before(words[0], position)
            if fuller:
                return fuller, "other"
        return stripped or None, "other"

    def _fuller_description_before(self, head: str, position: int) -> str | None:
        """The latest speaker before ``position``, within the few paragraphs before, described by ``head`` and
        more words ("source in the DPR's defence ministry" for "source")."""
        lower = self._paragraphs_back(position, _BODY_REACH) or 0
        head_word = re.compile(rf"\b{re.escape(head)}\b")
        events = [(at, who) for at, who in self.speaker_events] + [(at, who) for at, who, _ in self.source_events]
        found = [
            (at, who)
            for at, who in events
            if lower <= at < position and who != head and head_word.search(who) and who[:1].islower()
        ]
        return max(found)[1] if found else None

    def _body_described_before(self, head: str, position: int) -> str | None:
        """The latest name before ``position`` that an appositive ending on ``head`` describes ("Energoatom,
        Ukraine's state nuclear company,"), within the few paragraphs before."""
        lower = self._paragraphs_back(position, _BODY_REACH) or 0
        found = None
        for match in _BODY_APPOSITIVE.finditer(self.masked, lower, position):
            if match.group("head").lower() == head:
                found = match
        return found.group("name") if found else None

    def _appositive_roles(
        self, names_text: str, mentions: list[NameMention]
    ) -> list[tuple[str, set[str], set[str], int]]:
        """Roles in an organisation set off by commas around a full name, as (person, role words, organisation
        words, where named): "The head of the Donetsk People's Republic, Denis Pushilin," and "Denis Pushilin, head
        of the Donetsk People's Republic (DPR)," make him the one "the DPR leader" and "the head of the republic"
        describe.
        Kept apart from the titles written before names: "Dan Gross, president of the Brady Campaign" is no
        candidate for a bare "the president"."""
        roles = []
        for mention in mentions:
            if " " not in mention.name or self._inside_piece(mention.start):
                continue
            role = _ROLE_OF_AFTER_NAME.match(names_text, mention.end)
            if role is None and names_text[max(0, mention.start - 3) : mention.start].rstrip().endswith(","):
                # Searched only after a comma: the pattern ends there, and most names follow none.
                role = _ROLE_OF_BEFORE_NAME.search(names_text, max(0, mention.start - 160), mention.start)
            elif role is None and mention.title_words and mention.title_words[-1][:1].isupper():
                # "The head of the Donetsk People's Republic Denis Pushilin": the commas left out, the body's name
                # read as a title of the person's.
                role = _ROLE_OF_BEFORE_BARE_NAME.search(names_text, max(0, mention.start - 160), mention.start)
            if role is None:
                continue
            organisation = [w for w in role.group("org").split() if w.lower() not in ("of", "and", "the")]
            words = {without_possessive(w) for w in organisation}
            initials = "".join(word[0] for word in organisation if word[:1].isupper()).lower()
            if len(initials) >= 2:
                words.add(initials)
            if role.group("abbr"):
                words.add(role.group("abbr").lower())
            role_word = role.group("role").lower()
            canonical = self.registry.canonical(mention.name, mention.start, mention.title_words)
            roles.append((canonical, {role_word, *_ROLE_SYNONYMS.get(role_word, ())}, words, mention.start))
        return roles

    def _person_in_role(
        self, role: str, qualifiers: list[str], *, unqualified: bool = False, before: int | None = None
    ) -> str | None:
        """The one person an appositive gave ``role`` in an organisation the ``qualifiers`` name ("DPR",
        "republic"); with ``unqualified``, in any organisation when ``qualifiers`` name none (a headline's
        "governor"). With ``before``, of several such people the one named before it: "the head of the republic"
        after Pushilin is not the other republic's head the article names later."""
        wanted = {without_possessive(q) for q in qualifiers} - {"of", "the"}
        holders = [
            (at, person)
            for person, roles, organisation, at in self._org_roles
            if role.lower() in roles and (wanted or unqualified) and wanted <= organisation
        ]
        people = {person for _, person in holders}
        if len(people) > 1 and before is not None:
            people = {person for at, person in holders if at < before}
        return people.pop() if len(people) == 1 else None

    def _body_of_named_before(self, phrase: str, position: int) -> str | None:
        """The latest "the ``phrase`` of <Name>" within the few paragraphs before ``position`` ("press service of the
        LPR People's Militia" for "the press service")."""
        lower = self._paragraphs_back(position, _BODY_REACH) or 0
        if self.lowered_masked.find(phrase + " of ", lower, position) < 0:
            return None
        found = None
        pattern = re.compile(rf"\b[Tt]he\s+{re.escape(phrase)}\s+of\s+{_ORGANISATION_NAMED}")
        for match in pattern.finditer(self.masked, lower, position):
            found = match
        return _strip_determiner(found.group(0)).strip() if found else None

    def _speaker_named_more_fully(self, short: str, position: int) -> str | None:
        """The latest speaker before ``position``, within the few paragraphs before, whose name is ``short`` and
        what it is "of" ("General Staff of the Armed Forces of Ukraine" for "General Staff")."""
        lower = self._paragraphs_back(position, _BODY_REACH) or 0
        index = bisect.bisect_left(self._speaker_event_positions, position)
        prefix = short.lower() + " of "
        for at, who in reversed(self.speaker_events[max(0, index - 8) : index]):
            if at < lower:
                return None
            if who.lower().startswith(prefix):
                return who
        return None

    def _body_named_before(self, head: str, position: int) -> str | None:
        """The latest body the article names before ``position`` whose name ends on ``head`` ("Russia's defence
        ministry", "the Ukrainian Defence Ministry" for "ministry"), within the few paragraphs before."""
        lower = self._paragraphs_back(position, _BODY_REACH) or 0
        found = None
        for match in _NAMED_BODY.finditer(self.masked, lower, position):
            if match.group("head").lower() == head:
                found = match
        if head[:1].isalpha() and self.masked.find(head.capitalize() + " of ", lower, position) >= 0:
            # "The Ministry of Foreign Affairs of Ukraine said": named by what it is the body of.
            for match in _BODY_OF.finditer(self.masked, lower, position):
                if match.group("head").lower() == head and (found is None or match.start() > found.start()):
                    found = match
        return _strip_determiner(found.group(0)).strip() if found else None

    def _epithet_referent(self, phrase: str, position: int) -> str | None:
        """Whom a definite description of a person ("the New York businessman", "Obama's former campaign
        strategist") names: the latest person the article made its subject, of the description's gender."""
        words = phrase.split()
        if len(words) < 2 or not (words[0].lower() == "the" or words[0].lower().endswith(("'s", "’s"))):
            return None
        office = _HEAD_OF_STATE.fullmatch(phrase)
        if office:
            # "the head of state stressed" (TASS's word for the president): the president the article titled, or
            # the person it last made its subject.
            title = "president" if office.group("office").lower() == "state" else "prime"
            place = office.group("place")
            titled = self.registry.person_with_title(title, (place,) if place else (), before=position)
            if titled or place:
                # "the Kazakh head of state" is nobody the article titled Kazakh, whoever was named last.
                return titled
            referent = self._antecedent(position, "it")
            return referent if referent and self._gender(referent) else None
        head_words = phrase.split(" of ", 1)[0].split()
        head = head_words[-1].lower()
        # "the Florida senator", "the Ohio governor": a role with the place it serves describes someone the
        # article has named, like an epithet.
        placed_role = (
            words[0].lower() == "the"
            and head in _PLACED_ROLES
            and len(head_words) >= 3
            and head_words[-2][:1].isupper()
        )
        if head not in EPITHET_HEADS and not placed_role:
            return None
        gender = person_gender("", (head,))
        referent = self._antecedent(position, {MALE: "he", FEMALE: "she"}.get(gender or "", "it"))
        if referent is None or referent.split()[-1] in phrase:
            # "Obama's former campaign strategist" is not Obama.
            return None
        if self._gender(referent) is None:
            # Only someone the article plainly names as a person (a known first name or a gendered title):
            # the latest capitalised subject may be a group or a place.
            return None
        if placed_role and not self._opens_a_sentence(referent, position):
            # "Mike Pence says … hours after Trump unleashed tweets. The Indiana governor said": a role, unlike an
            # epithet, goes with the topic of the story, not whoever was named last in passing.
            return None
        return referent

    def _colon_main_clause(self, lower: int, open_at: int, intro: str) -> int | None:
        """Where the main clause of a colon introduction starts, when an opening clause before it reports
        someone else: 'When Trump suggested that Cuba would sue, Marco Rubio fired back: “…”' speaks for the main
        clause, whose subject speaks even without a speech verb (the colon cue). None otherwise ('As John Cornyn,
        the No. 2, put it:' opens on no cue)."""
        main_clause = self._clause_start(lower, open_at)
        if main_clause > lower and intro.rstrip().endswith(":") and find_cues(self.masked, lower, main_clause):
            return main_clause
        return None

    def _clause_start(self, start: int, end: int) -> int:
        """Where the main clause of the sentence starting at ``start`` begins: after an opening subordinate clause
        or phrase and its comma ("When Wallace died in 1998, …", "In three interviews, …")."""
        opener = _LEADING_ADVERBIAL.match(self.masked, start, end)
        return opener.end() if opener else start

    def _opens_a_sentence(self, name: str, position: int) -> bool:
        """Whether the latest mention of ``name`` as a subject before ``position`` opens its sentence."""
        index = bisect.bisect_left(self._antecedent_positions, position)
        for at, named in reversed(self.antecedents[:index]):
            if named == name:
                sentence_start, _ = self._sentence_at(at)
                return not self.masked[self._clause_start(sentence_start, at) : at].strip()
        return False

    # ----- sources ------------------------------------------------------------------------------------

    def _scan_sentence_sources(self) -> None:
        """Find the sentences that credit a source outside any quotation ("Pushilin … in a video on his Telegram
        channel"); whom they credit is resolved later, in text order (``_credit_sources_before``)."""
        seen: set[int] = set()
        self._pending_sources: list[tuple[int, int, str, int]] = []
        for trigger_at in source_trigger_starts(self.lowered_masked):
            paragraph = self._paragraph_at(trigger_at)
            if paragraph is None or paragraph.index in self.boilerplate or paragraph.index in self.titles:
                continue
            start, end = self._sentence(paragraph.index, trigger_at)
            if start in seen:
                continue
            seen.add(start)
            source, _ = find_credited_source(self.masked[start:end])
            if source:
                self._pending_sources.append((start, end, source, trigger_at))
            elif _holds_any(self.lowered_masked[start:end], _NEW_OCCASION_WORDS) and _NEW_OCCASION.search(
                self.masked, start, end
            ):
                # "On Monday, Mr Zelensky told Romania's parliament …": words said there owe nothing to the interview
                # credited before; an empty source ends the speaker's last credit.
                self._pending_sources.append((start, end, _NO_SOURCE, trigger_at))
        self._pending_sources.sort(reverse=True)

    def _credit_sources_before(self, position: int) -> None:
        """Resolve the source sentences up to ``position``, in text order, as the quotations reach them.

        ``resolve`` keeps a phrase's first resolution for the whole article, so the order matters: resolving
        every source sentence first made a late "Cruz" (next to Heidi Cruz) the Cruz of every earlier quotation.
        """
        pending = self._pending_sources
        while pending and pending[-1][0] <= position:
            start, end, source, trigger_at = pending.pop()
            speaker = None
            # "Russia attacked Kyiv overnight, Mayor Vitali Klitschko said on Telegram": the verb nearest before the
            # credit is the one it goes with; with none before it ("According to RIA, Peskov said"), the first.
            cue = find_cue(self.masked, start, end, prefer="first")
            if (
                cue is not None
                and cue.verb_at < trigger_at
                and len(find_cues(self.masked, cue.verb_at, trigger_at)) > 1
            ):
                nearest = find_cue(self.masked, start, trigger_at, prefer="last")
                cue = nearest if nearest is not None and nearest.mention else cue
            if cue and cue.mention:
                speaker, _ = self.resolve(cue.mention, cue.mention_at)
            if not speaker:
                subjects = [c for c in self.antecedents if start <= c[0] < end]
                speaker = subjects[0][1] if subjects else None
            if speaker:
                self._record_source(start, speaker, source)
            group = _GROUP_SUBJECT.match(self.masked, start, end) if source not in _AUDIENCES else None
            if group:
                # "The leaders of the two republics have requested Putin's help …, Peskov told RIA-Novosti": the
                # group whose request the spokesman relays is credited to the same outlet (not "told reporters",
                # which names no upstream source for the group's own words).
                authors, phrase_kind = self.resolve(group.group("phrase"), start)
                if authors and phrase_kind == "group" and authors != speaker:
                    self._record_source(start, authors, source)

    def _record_source(self, at: int, who: str | None, source: str) -> None:
        if source != _NO_SOURCE:
            self.source_events.append((at, who, source))
        self._sources_by_speaker.setdefault(who, []).append((at, source))

    def _source_for(self, speaker: str | None, position: int) -> str | None:
        self._credit_sources_before(position)
        for at, source in reversed(self._sources_by_speaker.get(speaker, ())):
            if at > position:
                continue
            if source == _NO_SOURCE:
                return None
            if source in PLATFORM_NAMES and self._paragraphs_between(at, position) > _POST_REACH:
                continue
            return source
        return None

    def _paragraphs_between(self, start: int, end: int) -> int:
        """How many paragraph breaks lie between two offsets."""
        return bisect.bisect_right(self._paragraph_starts, end) - bisect.bisect_right(self._paragraph_starts, start)

    # ----- quotations ---------------------------------------------------------------------------------

    def quotes(self) -> list[Quote]:
        results: list[Quote] = []
        group_of: list[int] = []
        attributions: list[_Attribution] = []
        next_group = 0
        group_has_cue: dict[int, bool] = {}
        for index, piece in enumerate(self.pieces):
            previous = self.pieces[index - 1] if index else None
            self._credit_sources_before(piece.open_at)
            kind, attribution, joins_previous = self._read_piece(index, piece, attributions)
            post = self._embedded_post_attribution(piece) if piece.mark_width == 0 else None
            if post is not None:
                kind, attribution, joins_previous = "full", post, False
            if attribution.speaker is None and piece.paragraph in self._headlines:
                paragraph = self.paragraphs[piece.paragraph]
                attribution = self._headline_role_after(self._piece_end(piece), paragraph.end) or attribution
                entry = _LIVE_ENTRY.match(paragraph.text)
                headline_start = paragraph.start + (entry.end() if entry else 0)
                label = _SPEAKER_LABEL.match(self.masked, headline_start, piece.open_at)
                if attribution.speaker is None and label:
                    # "Kremlin: 'No decision' yet on …", "Lavrov: Russia 'will not allow' …", a sentence-case
                    # headline: the label speaks, as in a title-case one.
                    speaker = self._labelled_speaker(headline_start, label.end("name"))
                    if speaker:
                        attribution = _Attribution(speaker, label.group("name"), ":", found=False)
            turn = self._transcript_turn(piece) if kind == "full" else None
            if turn is not None:
                # '"WALLACE: … ⏎⏎"PENCE: …': a transcript quoted whole, each turn said by the speaker its label names.
                attribution, words_at = turn
                piece = replace(piece, start=words_at)
            if (
                not joins_previous
                and kind == "full"
                and piece.paragraph not in self.titles
                and self._continues_quote_paragraphs(index, attribution.speaker if attribution.found else None)
                and not (attribution.found and group_has_cue.get(group_of[-1]))
                and not (
                    attribution.found
                    and attribution.speaker
                    and results[-1].speaker
                    and results[-1].speaker != attribution.speaker
                )
            ):
                # Paragraphs that are all quotation, attributed once, are one quotation.
                joins_previous = True
            rejoin_group = None
            if not joins_previous and kind == "full" and not attribution.found:
                rejoin_group = self._rejoined_group(piece, attribution, results, group_of)
            if rejoin_group is not None:
                group = rejoin_group
            elif joins_previous and previous is not None:
                group = group_of[-1]
            else:
                group = next_group
                next_group += 1
            group_of.append(group)
            group_has_cue[group] = group_has_cue.get(group, False) or attribution.found
            attributions.append(attribution)
            results.append(self._quote(piece, kind, attribution, group))
        for piece in self.named_works:
            results.append(self._quote(piece, "term", _Attribution(), next_group))
            next_group += 1
        results.sort(key=lambda q: q.start)
        return _harmonise_groups(self._headline_quotes_repeated(results))

    def _headline_quotes_repeated(self, quotes: list[Quote]) -> list[Quote]:
        """Headline quotations nobody is named for take the speaker of the body's quotation that repeats their
        words: "'Hell on earth': Residents describe …" is Natalia's when the body has '"It was hell on earth," said
        Natalia'. The speaker only; how the headline attributes it (no mention, no cue) stays as written."""
        unnamed = [q for q in quotes if q.speaker is None and q.paragraph in self._headlines and not q.boilerplate]
        # Each is compared with every body quotation: a few headlines' worth, so that thousands of quoted
        # section titles stay linear.
        unnamed = unnamed[:_HEADLINE_QUOTES_COMPARED]
        if not unnamed:
            return quotes
        body = [
            (_comparable(q.text), q)
            for q in quotes
            if q.speaker and q.paragraph not in self._headlines and not q.boilerplate
        ]
        repeated = {}
        for quote in unnamed:
            words = _comparable(quote.text)
            # Three words at least: a label ("peacekeepers", "Golden Week") is everybody's word.
            if words.count(" ") < 2:
                continue
            speakers = {q.speaker for text, q in body if f" {words} " in f" {text} "}
            if len(speakers) == 1:
                repeated[quote.start] = speakers.pop()
        return [replace(q, speaker=repeated[q.start]) if q.start in repeated else q for q in quotes]

    def _embedded_post_attribution(self, piece: Piece) -> _Attribution | None:
        """Who wrote a post embedded in the article, from the signature line after it ("— Volodymyr Zelensky
        (@ZelenskyyUa) April 21, 2022"): the person the article names so, else the one the paragraph before says
        posted it (a signature in Cyrillic), else the signature's name as written; credited to the platform."""
        if piece.paragraph + 1 >= len(self.paragraphs):
            return None
        signature = post_signature(self.paragraphs[piece.paragraph + 1].text)
        if signature is None:
            return None
        name = signature.group("name").strip()
        speaker, kind = self.resolve(name, piece.open_at) if name.isascii() else (None, "none")
        if not speaker or kind not in ("person", "organisation"):
            speaker = self._poster_before(piece) or name
        platform = "Twitter" if int(signature.group("date")[-4:]) < 2023 else "X"
        at = self.paragraphs[piece.paragraph + 1].start
        return _Attribution(speaker, name, "posted", None, platform, found=True, cue_at=at)

    def _poster_before(self, piece: Piece) -> str | None:
        """The person the paragraph before an embedded post names as posting it ("Zelensky thanked Biden on
        Twitter"): its first subject, when the paragraph mentions a platform or a post."""
        if piece.paragraph == 0:
            return None
        before = self.paragraphs[piece.paragraph - 1]
        if not _POSTED_WORDS.search(before.text):
            return None
        subjects = [name for at, name in self.antecedents if before.start <= at < before.end]
        return subjects[0] if subjects else None

    def _transcript_turn(self, piece: Piece) -> tuple[_Attribution, int] | None:
        """The speaker of a quoted transcript's turn ("PENCE: Well, look, …"), and where the turn's words start."""
        label = _TRANSCRIPT_LABEL.match(self.text, piece.start, piece.end)
        if label is None or label.group("label").rstrip(".") in _NOT_TRANSCRIPT_LABELS:
            return None
        name = " ".join(word.capitalize() for word in label.group("label").split())
        speaker, kind = self.resolve(name, piece.start)
        attribution = _Attribution(
            speaker if kind == "person" and speaker else name,
            label.group("label"),
            ":",
            found=True,
            cue_at=label.end("label"),
        )
        return attribution, label.end()

    def _quote(self, piece: Piece, kind: str, attribution: _Attribution, group: int) -> Quote:
        """The record of a piece, its offsets and text taken from the input as given."""
        start = self.clean.to_original(piece.start)
        end = self.clean.to_original(piece.end)
        return Quote(
            text=normalize_quote_text(self.clean.original[start:end]),
            start=start,
            end=end,
            kind=kind,
            speaker=attribution.speaker,
            speaker_mention=attribution.mention,
            cue=attribution.cue,
            relayed_by=attribution.relayed_by,
            credited_source=attribution.source,
            paragraph=piece.paragraph,
            group=group,
            boilerplate=piece.paragraph in self.boilerplate,
        )

    def _rejoined_group(
        self, piece: Piece, attribution: _Attribution, results: list[Quote], group_of: list[int]
    ) -> int | None:
        """The group a cue-less quotation opening its own sentence carries on, if any.

        '"X," Obama said after the meeting. He did not threaten. "Y."': Y continues the attributed quotation
        earlier in its paragraph (the same speaker, so the same attribution). A quotation introduced by
        words of its own ('…, including, "Y"') is not a continuation.
        """
        # Results are in reading order: the paragraph's own are at the end (a scan of all of them made an article of
        # thousands of quotation paragraphs quadratic).
        first = len(results)
        while first > 0 and results[first - 1].paragraph == piece.paragraph:
            first -= 1
        earlier = range(first, len(results))
        if not earlier:
            return None
        sentence_start, _ = self._sentence(piece.paragraph, piece.open_at)
        if self.masked[sentence_start : piece.open_at].strip():
            return None
        for i in reversed(earlier):
            quote = results[i]
            if quote.kind == "full" and not quote.boilerplate:
                if quote.speaker != attribution.speaker:
                    return None
                moved_on = _MOVES_ON.search(self.masked, self._piece_end(self.pieces[i]), piece.open_at)
                return None if moved_on else group_of[i]
        return None

    def _continues_quote_paragraphs(self, index: int, speaker: str | None = None) -> bool:
        """Whether a piece opens its paragraph right after a paragraph that is only quotation and cue.

        ``speaker`` is who the piece's own attribution names, if it has one.
        """
        if index == 0:
            return False
        piece, previous = self.pieces[index], self.pieces[index - 1]
        if previous.paragraph != piece.paragraph - 1 or {piece.paragraph, previous.paragraph} & self.boilerplate:
            return False
        paragraph = self.paragraphs[piece.paragraph]
        before = self.paragraphs[previous.paragraph]
        if piece.open_at != paragraph.start:
            return False
        quotation_start = before.start
        if self.text[before.start] not in QUOTE_MARKS:
            # 'Brown hinted at that in a news conference. "It is quite incredible …," he said.' then '"I hope …"':
            # the narrative before a quotation that ends its paragraph with its cue only introduces it.
            if (
                speaker is not None
                or previous.after_close is None
                or not self._only_quotation_after_narrative(index - 1)
            ):
                return False
            quotation_start = previous.open_at
        if self._opening_mark(piece) != self._opening_mark(previous):
            # '“The Donald. Big Daddy.”' then '"Kevin was snoring.': another kind of mark opens another
            # quotation (an excerpt's paragraph, straight-quoted, after a quotation inside it).
            return False
        if _DASH_CREDIT_AT_END.search(self.masked, paragraph.start, paragraph.end):
            # '“…” ― Christina Lastra.': a paragraph that credits its own speaker on its last line is a
            # quotation of its own (a list of testimonials), even when its first piece has no cue.
            return False
        narrative = _WORD.findall(self.masked, quotation_start, before.end)
        if len(narrative) > _ATTRIBUTION_WORDS:
            return False
        if previous.after_close is None:
            return True
        if speaker is not None:
            # '“…,” Hannity started.' then '“…,” Trump said.': the words after the first quotation name someone
            # else, even with a verb we do not know as a cue.
            for mention in find_name_mentions(self.masked, previous.after_close, before.end):
                named = self.registry.canonical(mention.name, mention.start, mention.title_words)
                if named != speaker and is_person_name(mention, self.registry):
                    return False
        if (
            previous.open_at == before.start
            and self._last_char_before(before.start) != ":"
            and self._announced(previous) is not None
        ):
            # 'Trump added that the deal does not include the wall.' '“Building it? Not negotiable.”' '“We will
            # see,” Pelosi said.': the narrative before gave the first quotation its speaker; the next is new.
            return False
        # '“We will build a wall,” Trump added. He then had a question for the crowd.': a sentence of the
        # writer's own after the attribution ends the quotation; the next paragraph's is a new one.
        _, attribution_end = self._sentence(previous.paragraph, previous.after_close)
        return not self.masked[attribution_end : before.end].strip()

    def _last_char_before(self, at: int) -> str:
        """The last character before ``at`` that is not white space ("" at the start), read back in growing steps:
        the masked text holds long blank runs where quotations were, and slicing from the start every time made
        long articles quadratic."""
        end, step = at, 64
        while end > 0:
            start = max(0, end - step)
            chunk = self.masked[start:end].rstrip()
            if chunk:
                return chunk[-1]
            end, step = start, step * 2
        return ""

    def _only_quotation_after_narrative(self, index: int) -> bool:
        """Whether a piece is its paragraph's only one and opens the paragraph's last sentence, after sentences of
        the writer's own."""
        piece = self.pieces[index]
        if (index and self.pieces[index - 1].paragraph == piece.paragraph) or (
            index + 1 < len(self.pieces) and self.pieces[index + 1].paragraph == piece.paragraph
        ):
            return False
        sentence_start, _ = self._sentence(piece.paragraph, piece.open_at)
        return not self.masked[sentence_start : piece.open_at].strip()

    def _opening_mark(self, piece: Piece) -> str:
        return self.text[piece.open_at : piece.open_at + piece.mark_width]

    def _neighbours(self, index: int) -> tuple[Piece | None, Piece | None]:
        piece = self.pieces[index]
        previous = self.pieces[index - 1] if index > 0 else None
        following = self.pieces[index + 1] if index + 1 < len(self.pieces) else None
        if previous is not None and previous.paragraph != piece.paragraph:
            previous = None
        if following is not None and following.paragraph != piece.paragraph:
            following = None
        return previous, following

    def _read_piece(
        self, index: int, piece: Piece, earlier: list[_Attribution]
    ) -> tuple[str, _Attribution, bool]:
        text, masked = self.text, self.masked
        previous, following = self._neighbours(index)
        paragraph_end = self.paragraphs[piece.paragraph].end
        sentence_start, _ = self._sentence(piece.paragraph, piece.open_at)
        lower = max(sentence_start, previous.after_close if previous and previous.after_close else sentence_start)
        intro = masked[lower : piece.open_at]
        after_lower = self._piece_end(piece)
        if piece.close_at is not None and after_lower < paragraph_end:
            # Read past a boundary right at the closing mark: in '"Why?" Clinton asked.' the cue follows it.
            _, sentence_end = self._sentence(piece.paragraph, min(after_lower + 1, paragraph_end - 1))
            upper = min(sentence_end, following.open_at if following else sentence_end)
        else:
            upper = after_lower
        words = text[piece.start : piece.end].split()

        in_title = piece.paragraph in self.titles
        after_cue = None if in_title else self._after_cue(after_lower, upper)
        if after_cue is None and not in_title and not intro.strip():
            after_cue = self._dash_line_after(piece, after_lower) or self._dash_credit_closing(piece)
        intro_cue = None
        if not in_title and (_CUED_INTRO.search(intro) or not intro.strip()):
            intro_cue = self._intro_cue(piece, previous, lower, intro)
        if (
            after_cue is not None
            and after_cue.cue in ("reported", "according to")
            and find_cues(masked, lower, piece.open_at)
            and (
                after_cue.cue == "reported"
                or names_outlet(after_cue.mention)
                # "Medvedev reportedly said that Ukraine “will cease to exist”, according to posts on Telegram".
                or (after_cue.mention and _POSTS_OR_DOCUMENTS.match(after_cue.mention))
            )
        ):
            # 'Clinton pledged to “…,” the Orlando Sentinel reported', 'Francis said those who thought so should
            # “look for a psychiatrist,” according to Reuters': the outlet relays words its sentence already
            # gives to someone.
            after_cue = None
        relaying_body = None
        if (
            after_cue is not None
            and after_cue.cue in ("said", "says", "according to")
            and after_cue.mention
            # The cue in the quotation's own sentence, not the next one's ('“…” Bloomberg says its reporting …').
            and self._sentence(piece.paragraph, after_cue.mention_at)[0] == sentence_start
            and (RELAYING_BODY.fullmatch(after_cue.mention) or names_outlet(after_cue.mention))
        ):
            reported = find_cue(masked, sentence_start, piece.open_at, prefer="first")
            if (
                reported is not None
                and reported.mention
                and not reported.participle
                and self.resolve(reported.mention, reported.mention_at)[1] in ("person", "pronoun", "group")
            ):
                # 'Putin told Macron that the shelling could lead to “large-scale catastrophe”, the Kremlin said': the
                # body's readout relays words its sentence gives to someone; it is the credited source, as an outlet
                # is ('Shoigu told officers the offensive was “going to plan”, RIA Novosti said').
                relaying_body = canonical_outlet(after_cue.mention) or _strip_determiner(after_cue.mention)
                after_cue = None
        what_called = None if in_title or "what " not in intro else _WHAT_SOMEONE_CALLED.search(intro)
        if (
            what_called
            and what_called.group("namer").lower() not in ("he", "she")
            and is_valid_speaker_phrase(what_called.group("namer"))
        ):
            # "under what Mr. Hedge called ''the prior economy model,'' the club charged …": the quotation is the
            # object of the naming verb before it; a verb after it belongs to the writer's sentence. "He" or "she"
            # ("The president denounced what he called …") is left to the sentence's own cue, whose subject they
            # usually are.
            after_cue = None
            intro_cue = Cue(
                what_called.group("verb"),
                what_called.group("namer"),
                lower + what_called.start("namer"),
                lower + what_called.start("verb"),
            )
        elif what_called and not in_title and what_called.group("namer").lower() in ("he", "she"):
            # "The president denounced what he called the ''deeply pessimistic'' vision": "he" is the subject of
            # the verb before "what", whoever was named last.
            verb_before = _VERB_BEFORE_WHAT.search(masked, sentence_start, lower + what_called.start())
            subject = verb_before and noun_phrase_before(masked, sentence_start, verb_before.start("verb"))
            if subject and is_valid_speaker_phrase(subject[0]) and subject[0].lower() not in PRONOUNS:
                after_cue = None
                intro_cue = Cue(
                    what_called.group("verb"), subject[0], subject[1], lower + what_called.start("verb")
                )
        if (
            after_cue
            and not after_cue.inverted
            and _is_title_case(words)
            and _CLAUSE_AFTER_VERB.match(masked, after_cue.verb_at + len(after_cue.cue))
        ):
            # 'On “The Steve Harvey Morning Show,” the former secretary of state said she wanted …': a title whose
            # sentence's verb reports a clause of its own is no quotation of that speaker ('at the end of ''A Change
            # Is Gonna Come,'' she added the words' still gives the song's words to the singer).
            after_cue = None
        if (
            after_cue
            and (
                text[piece.end - 1] == "."
                # 'Clinton responds to Mills with, “Why now?” Mills then writes back, “You look cute.”': a question
                # its own words introduce is closed too.
                or (text[piece.end - 1] in "?!" and intro.rstrip().endswith(",") and len(intro.split()) >= 2)
            )
            and self._cue_reports_something_else(after_cue, following)
        ):
            # "''We are refugees.'' Mr. Zahed said: ''…''" and "''… jobs.'' He said, twice, that he …": after a
            # quotation closed by its full stop, the next sentence's verb introduces the next quotation or
            # reports in the writer's words.
            after_cue = None
        asked = _PASSIVE_QUESTION_INTRO.search(intro)
        asked_passively = asked is not None
        if (
            after_cue
            and text[piece.end - 1] in ".!?"
            and (intro_cue or asked_passively or find_cues(masked, lower, piece.open_at))
            # '… but Moscow strongly denies — “why wouldn’t you …?” asked Dunn': a verb right after the closing
            # mark, before its subject, still belongs to this quotation.
            and not (after_cue.inverted and _LOWER_WORD_NEXT.match(masked, after_lower) and text[piece.end - 1] != ".")
        ):
            # 'Ann Lee said, "We will rebuild." She added, …' and 'Jeb Bush called Trump “unhinged.” Sen. Marco
            # Rubio called …': the sentence after belongs to the next quote.
            after_cue = None
        if (
            after_cue
            and after_cue.mention
            and intro_cue
            and intro_cue.mention
            and following is not None
            and intro.rstrip().endswith((",", ":"))
            and after_cue.mention.lower() not in PRONOUNS
            and intro_cue.mention.lower() not in PRONOUNS
            and self.resolve(after_cue.mention, after_cue.mention_at)[0]
            != self.resolve(intro_cue.mention, intro_cue.mention_at)[0]
        ):
            # 'When someone in the audience shouted, “Cruz,” Beck joked, “Amen, brother!”': a quotation its own
            # cue introduces is not said by the next speaker, whose cue introduces the next quotation.
            after_cue = None
        subordinate = (
            not in_title
            and not (after_cue is not None and after_cue.inverted)
            and (
                OPENING_SUBORDINATE_CLAUSE.match(masked, sentence_start, piece.open_at)
                or _JOINED_SUBORDINATE_CLAUSE.search(masked, sentence_start, piece.open_at)
            )
        )
        inner = find_cue(masked, subordinate.start(), piece.open_at, prefer="last") if subordinate else None
        subordinate_cue = None
        if inner is not None and inner.mention and not inner.participle:
            # 'When Peskov called the strikes “precise,” Zelensky said …', '…, and as Trump went on about “how the
            # system is rigged,” Melanie said yes': inside a subordinate clause, the quotation is the clause's, not
            # the main clause's subject's.
            if after_cue is None:
                subordinate_cue = inner
            elif after_cue.mention and self.resolve(after_cue.mention, after_cue.mention_at)[0] != self.resolve(
                inner.mention, inner.mention_at
            )[0]:
                after_cue, intro_cue = None, inner
        if (
            not in_title
            and text[piece.start].isupper()
            and masked[self.paragraphs[piece.paragraph].start : self.paragraphs[piece.paragraph].start + 2].isupper()
            and _CAPS_LABEL.fullmatch(masked, self.paragraphs[piece.paragraph].start, piece.open_at)
        ):
            credit = _BRACKET_CREDIT.match(masked, after_lower)
            if credit:
                # A newsletter item: 'HOW CHINA’S DECLINE AFFECTS THE REST OF THE WORLD “China’s economic slowdown …
                # across much of the world.” [WaPo.]': a headline in capitals, a passage quoted whole from the
                # linked story, and the outlet in brackets, which speaks it as "according to Reuters" alone does.
                outlet = canonical_outlet(credit.group("outlet")) or credit.group("outlet")
                return "full", _Attribution(outlet, credit.group("outlet"), source=outlet), False
        # A quotation that goes on after its attribution ("X," he said, "Y.") is one quotation.
        # The cue must stand between the two pieces: 'Brafman said, "X." He added, "Y."' is two quotations.
        interrupted = bool(
            previous is not None
            and previous.after_close is not None
            and earlier
            and earlier[-1].found
            and previous.after_close <= earlier[-1].cue_at < piece.open_at
            and after_cue is None
            and self._only_attribution_between(previous, piece)
        )
        first_char = text[piece.start]
        embedded_after = after_cue is None and _LOWER_WORD_NEXT.match(masked, after_lower) is not None
        closed_by_comma = "," in text[piece.end : piece.close_at or piece.end]
        if interrupted and embedded_after and text[piece.end - 1] not in ".!?" and not closed_by_comma:
            # '"This isn't right," Warren said. "You squeezed employees" to drive up the stock': the
            # writer's sentence runs on through the second quotation, which is a fragment of its own; one closed by
            # its own comma ('"…," Axelrod tweeted, "… her press secretary," after …') is whole.
            interrupted = False
        # A paragraph reopening an unclosed quotation continues it, unless it carries its own attribution ('“I'm not
        # interested …,” he continued.'): then it is a new quotation, except while someone reads a text out ('…,”
        # Peskov added, according to RIA' goes on reading the appeal).
        reads_on = bool(earlier and earlier[-1].relayed_by)
        joins_previous = (piece.continues_previous and (after_cue is None or reads_on)) or interrupted
        spoken = first_char.isupper() and text[piece.end - 1] in "?!"
        set_off_by_dashes = bool(
            first_char.isupper()
            and len(words) >= 3
            and _DASH_BEFORE.search(intro)
            and _DASH_AFTER.match(masked, after_lower)
        )
        subheading = (
            not in_title
            and not joins_previous
            and not after_cue
            and len(words) <= 8
            and piece.open_at == self.paragraphs[piece.paragraph].start
            and self._opening_mark(piece) in ("‘", "'")
            and not masked[after_lower:paragraph_end].strip(" .!?")
        )
        if subheading:
            # "'A really tough decision'." alone on its line: a section's heading, in single quotes, that quotes
            # words the section reports later.
            kind = "term"
        elif (
            not after_cue
            and not intro_cue
            and not joins_previous
            and not in_title
            and _is_title_case(words)
            and not self._verb_right_before(lower, piece.open_at)
        ):
            # "''Tales From the Crypt,'' an HBO series …", "''This Kind of War,'' by T.R. Fehrenbach": a title or a
            # slogan in title case, nobody's sentence.
            kind = "term"
        elif not joins_previous and not in_title and _TITLED_INTRO.search(intro):
            # 'published a column in The Daily Beast, entitled, “Why Electing Hillary in ‘16 is More Important …”':
            # a title, whatever its capitals or length.
            kind = "term"
        elif (
            len(words) <= 2
            and not after_cue
            and not intro_cue
            and not joins_previous
            and not spoken
            and words[0].lower().strip("“”\"'‘’") not in _VERB_PHRASE_OPENERS
        ):
            # "What curfew?" is said; "peacekeepers" is a label; Russia "will respond" is part of a sentence.
            kind = "term"
        elif len(words) <= 2 and intro_cue is not None and intro_cue.cue in _NAMING_VERBS and not spoken:
            # '(as The Daily Beast called them last week, ''Manchurian anchors'')': a label its user chose,
            # attributed but no sentence of theirs.
            kind = "fragment"
        elif joins_previous:
            kind = "full"
        elif first_char.isupper() and not _THAT_INTRO.search(intro) and (
            intro.rstrip().endswith(":")
            or (_CUED_INTRO.search(intro) and self._verb_right_before(lower, piece.open_at, 8))
        ):
            # 'Peabody said: "X," adding …' and 'repeatedly says, "Don't," until …': introduced by its cue,
            # the quotation is whole even though the writer's sentence carries on after it.
            kind = "full"
        elif (
            spoken
            and not in_title
            and not _THAT_INTRO.search(intro)
            and self._verb_right_before(lower, piece.open_at)
        ):
            # 'Protesters chanted "What curfew?" and kept going': a question or exclamation with its own mark,
            # right after the verb that reports it, is said whole even inside the writer's sentence.
            kind = "full"
        elif first_char.isupper() and (asked_passively or (after_cue and _OPENS_ASIDE.search(intro))):
            # 'Trump was asked, “What’s the most dangerous place …?”' and '(“I don’t want fisticuffs,” said one
            # activist.)', '- ''He would have loved Stalin,'' Mr. Biden said twice -': a question put to
            # someone, and a sentence quoted with its own attribution inside brackets or dashes.
            kind = "full"
        elif (
            first_char.isupper()
            and not intro.strip()
            and piece.close_at is not None
            and "," in text[piece.end : piece.after_close + 1]
        ):
            # '"Call the roll," came shouts from the crowd': a sentence that opens with a quotation set off by
            # a comma is that quotation and its attribution, even when the attribution is not a cue we know.
            kind = "full"
        elif set_off_by_dashes:
            # 'the former candidate Mitt Romney -- ''It is disqualifying …'' -- and Fred Goldberg': a sentence
            # set off by dashes inside the writer's is quoted whole.
            kind = "full"
        elif (
            first_char.islower()
            and after_cue is not None
            and not after_cue.participle
            # A longer lead-in must be an adverbial clause ('Whatever Bloomberg's impact on the race, "his chances of
            # winning are very slim," says Walter Stone'), not the writer's subject ('The party … "allows us …"').
            and (
                len(intro.split()) <= 4
                or (len(intro.split()) <= 12 and _ADVERBIAL_LEAD_IN.match(intro))
            )
            and (not intro.strip() or intro.rstrip().endswith(","))
            and text[piece.end : piece.after_close or piece.end].strip("'’”\"") in (",", "")
            and "," in text[piece.end : (piece.after_close or piece.end) + 1]
        ):
            # "As for complexity, ''broadening the base … involve a certain amount of administration,'' said Mr.
            # Kamin": the quotation is the whole sentence but a lead-in, with its own attribution after it.
            kind = "full"
        elif (
            after_cue is not None
            and not after_cue.participle
            and _TOPIC_LEAD_IN.fullmatch(intro)
            and "," in text[piece.end : (piece.after_close or piece.end) + 1]
        ):
            # "As for Mr. Trump's more extreme pronouncements, ''I kind of write them off,'' said Mr. Pike": a topic
            # set before the quotation, which is whole and has its own attribution.
            kind = "full"
        elif (
            first_char.islower()
            and after_cue is not None
            and after_cue.inverted
            and text[piece.end - 1] in "?!"
            and (not intro.strip() or intro.rstrip().endswith(("—", "–", "-", ",")))
        ):
            # '… but Moscow strongly denies — “why wouldn’t you want to raise the potential?” asked Dunn': a question
            # set off by a dash, with its asker after it, is asked whole though it opens in lower case.
            kind = "full"
        elif (
            first_char.islower()
            and after_cue is None
            and not embedded_after
            and len(words) >= 3
            and self._sentence_quoted_after_verb(lower, piece, after_lower)
        ):
            # 'He says “it’s interesting that a lot of people claim they’re undecided this late.”': a sentence
            # quoted whole right after its verb keeps its lower-case opening in wire style; the writer's
            # sentence ends with it.
            kind = "full"
        elif first_char.islower() or embedded_after or _THAT_INTRO.search(intro):
            # The writer's sentence runs through the quotation: 'said that "…"', '"…" to drive up costs'.
            kind = "fragment"
        elif (
            not intro.strip()
            or _CONJUNCTION_ONLY.fullmatch(intro)
            or intro.rstrip().endswith(":")
            or (intro_cue is not None and _CUED_INTRO.search(intro))
            or self._verb_right_before(lower, piece.open_at)
            or (
                # 'Trump issued a statement, “Last night, our nation was attacked. …”', 'to state, “Vigo County is
                # the most prominent bellwether.”': a sentence set off by a comma that ends the writer's sentence
                # with its own full stop is quoted whole, whatever words introduce it.
                intro.rstrip().endswith(",")
                and len(words) >= 3
                and not _is_title_case(words)
                and text[piece.end - 1] in ".!?"
                and _SENTENCE_ENDS_AFTER.match(masked, after_lower, paragraph_end) is not None
            )
        ):
            kind = "full"
        else:
            kind = "fragment"

        attribution = _Attribution()
        if in_title:
            headline_colon = self.masked.find(":", self.paragraphs[piece.paragraph].start, piece.open_at)
            if intro.rstrip().endswith(":") or headline_colon >= 0:
                # 'Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be …’', 'Trump: Cruz Has ‘To Come a Long
                # Way’ On Ethanol': a headline names its speaker before the colon, in title case, so the
                # body's full names are looked for there.
                name_end = piece.open_at if intro.rstrip().endswith(":") else headline_colon
                speaker = self._labelled_speaker(self.paragraphs[piece.paragraph].start, name_end)
                if speaker:
                    attribution = _Attribution(speaker, speaker, ":", found=False)
            elif not intro.strip() and len(words) <= 8 and not self.masked[after_lower:paragraph_end].strip(" .!?"):
                # A paragraph that is only a quoted title ('Legend in the Coal Fields.') heads a section.
                kind = "term"
            if attribution.speaker is None:
                attribution = self._headline_verb_speaker(intro, lower, after_lower, paragraph_end) or attribution
            return kind, attribution, False
        cue = after_cue or intro_cue or subordinate_cue
        clause_lower, clause_upper = (after_lower, upper) if after_cue else (lower, piece.open_at)
        dash_label = _DASH_LABEL_BEFORE_COLON.search(masked, lower, piece.open_at) if not after_cue else None
        if dash_label:
            # 'But polls did predict the Democratic caucus - HuffPollster: “…”', 'Pollsters agree - Carl Bialik:
            # “…”': a source labelled after a dash, whatever the words before the dash say.
            cue = Cue(":", dash_label.group("label"), dash_label.start("label"), dash_label.end("label"))
        if cue is None and (kind != "full" or intro.strip()):
            # A fragment's speaker is the writer's outermost reporting verb; a full quotation's, the nearest.
            cue = None
            main_clause = self._clause_start(lower, piece.open_at)
            if kind != "full" and main_clause > lower:
                # 'After Trump argued that Medicare shouldn't be cut, Rubio said only that his “numbers don't add
                # up”': the opening subordinate clause reports someone else; the main clause's verb speaks.
                cue = find_cue(masked, main_clause, piece.open_at, prefer="first")
                if cue is not None and (
                    not cue.mention or self.resolve(cue.mention, cue.mention_at)[1] not in ("person", "pronoun")
                ):
                    cue = None
            if cue is None and not (kind == "full" and self._colon_main_clause(lower, piece.open_at, intro)):
                # A colon introduction whose main clause has no speech verb is its subject's (below), not the
                # opening clause's.
                cue = find_cue(masked, lower, piece.open_at, prefer="first" if kind != "full" else "last")
                if kind != "full" and cue is not None and relaying_body is None:
                    cue, relaying_body = self._readout_of_someone(cue, piece.open_at)
            clause_lower, clause_upper = lower, piece.open_at
            if cue is None and kind == "fragment":
                sentence_end = self._sentence_end_after(piece, after_lower)
                cue = find_cue(masked, after_lower, sentence_end, prefer="first")
                if cue is None:
                    # '“We're extremely happy” about the decision, said RoseAnn DeMoro': an inverted cue after
                    # the writer's words that finish the sentence around the fragment.
                    cue, _ = self._closing_inverted_cue(after_lower, sentence_end)
                clause_lower, clause_upper = after_lower, sentence_end
        if cue is None and kind == "full" and not in_title:
            # "''The most impressive aspect has been a newfound resilience,'' like the recent volatility of markets,
            # said Richard Curtin": an inverted cue closing the sentence attributes the quotation the writer's
            # words after it qualify.
            sentence_end = self._sentence_end_after(piece, after_lower)
            closing, words_before = self._closing_inverted_cue(after_lower, sentence_end)
            if closing and words_before <= 20 and closing.inverted and _names_full_person(closing.mention or ""):
                cue, clause_lower, clause_upper = closing, after_lower, sentence_end
        if cue is None and kind == "full" and intro.rstrip().endswith(",") and len(intro.split()) >= 3:
            # 'Clinton responds to Mills with, “Why now?”': the subject of the sentence the quotation ends (Mills,
            # after "to", is whom she answers).
            cue = self._subject_verb_cue(lower, piece.open_at, names_between=True)
        if cue is None and kind != "full":
            cue = self._possessive_cue(lower, piece.open_at)
        if cue is None and kind == "fragment" and not _is_title_case(words):
            cue = self._subject_verb_cue(lower, piece.open_at)
        if cue is None and intro.rstrip().endswith(":"):
            cue = find_colon_cue(masked, lower, piece.open_at)
        if cue is None and intro.rstrip().endswith(":"):
            # "From Bush's Facebook post: “…”", "Hoff’s letter makes a libertarian-style case: “…”": the writing's
            # author; "From the report: “…”": the writing itself.
            cue = self._possessive_cue(lower, piece.open_at, _POSSESSIVE_SPEECH_OR_WRITING) or self._from_source_cue(
                lower, piece.open_at
            )
        if cue is None and intro.rstrip().endswith(":"):
            # 'Sanders made the following comment: "…"': the colon is the cue, the sentence's subject speaks.
            cue = self._subject_cue(lower, piece.open_at) or self._name_before_colon(lower, piece.open_at)
        if set_off_by_dashes and kind == "full":
            # '… including Mitt Romney -- ''It is disqualifying …'' --': the name the dash follows speaks;
            # with none, the sentence's subject ('Mr. Trump hardly clarified the matter, treating it as a
            # compliment -- ''That makes me smart'' --').
            cue = self._name_before_dash(lower, piece.open_at) or cue or self._subject_cue(
                lower, piece.open_at, "—"
            )
            clause_lower, clause_upper = lower, piece.open_at
        paragraph_start = self.paragraphs[piece.paragraph].start
        if cue is None and (
            (kind == "fragment" and sentence_start == paragraph_start)
            # "Kuleba: Yes. “Patriots save lives,” as we keep telling our partners.", "Lopez: Well, no one is like,
            # ‘My 401(k) is speculation.’": an interview's answer, the whole paragraph the labelled speaker's.
            or (kind == "full" and not joins_previous)
        ):
            label = _SPEAKER_LABEL.match(masked, paragraph_start, piece.open_at)
            speaker = label and self._labelled_speaker(label.start("name"), label.end("name"))
            if speaker:
                # 'Sanders: Clinton needs to ‘get away from all of this personality stuff’ with Trump': a line
                # opening on a name and a colon is that person's, the way a headline or a transcript labels it.
                return kind, _Attribution(speaker, label.group("name"), ":", found=False), joins_previous
        if cue is None and asked_passively:
            # The asker is not named: nobody in the article is to be credited with the question.
            return kind, _Attribution(cue="asked", found=True, cue_at=lower + asked.start()), joins_previous
        if cue is not None:
            # A quotation closed by its own full stop ends the writer's sentence when its cue came before it: the
            # next sentence ('… called the claims “fake news.” Its spokesman … said on Facebook') credits nothing.
            ends_sentence = cue.verb_at < piece.open_at and text[piece.end - 1] in ".!?"
            clause_end = after_lower if ends_sentence else max(upper, clause_upper)
            whole_sentence = masked[min(lower, clause_lower) : clause_end]
            attribution = self._attribute(cue, whole_sentence, lower, sentence_start)
            if relaying_body and not attribution.source and attribution.speaker:
                attribution = replace(attribution, source=relaying_body)
                self._record_source(cue.mention_at, attribution.speaker, relaying_body)
            if joins_previous and piece.continues_previous and earlier and not self._same_voice(
                earlier[-1], attribution
            ):
                # A new speaker's cue: the "continuation" was a new quotation after an unclosed one.
                joins_previous = False
        elif joins_previous and earlier:
            attribution = replace(earlier[-1], found=False)
        elif kind == "full":
            # The sentence or paragraph that announces the quotation names its speaker later than any
            # quotation before it did (or before any quotation at all).
            attribution = (
                self._announced(piece)
                or self._acting_subject(piece)
                or (self._continuation(index, earlier) if earlier else attribution)
            )
        elif earlier and earlier[-1].speaker and self._keeps_previous_speaker(index, kind, earlier[-1], sentence_start):
            attribution = replace(earlier[-1], found=False)
        read_from = body_read_out_after(intro) if "quoting" in intro and earlier and previous is not None else None
        if read_from and (earlier[-1].relayed_by or earlier[-1].speaker):
            # '“The appeals were received,” Peskov said, quoting the letters: “We ask you …”': the second quotation is
            # the letters' (their authors', when named), read out by the first one's speaker.
            reader = earlier[-1].relayed_by or earlier[-1].speaker
            authors = self._authors_near(lower) or read_from
            return kind, replace(earlier[-1], speaker=authors, relayed_by=reader, found=False), False
        if attribution.speaker and attribution.found:
            at = cue.mention_at if cue else piece.open_at
            self.speaker_events.append((at, attribution.speaker))
            self._speaker_event_positions.append(at)
        return kind, attribution, joins_previous

    def _keeps_previous_speaker(self, index: int, kind: str, before: _Attribution, sentence_start: int) -> bool:
        """Whether a piece without a cue of its own is the previous piece's speaker's."""
        piece, previous = self.pieces[index], self._neighbours(index)[0]
        if (
            previous is not None
            and not _SPEECH_NOUN.fullmatch(before.cue or "")
            and self._sentence(piece.paragraph, previous.open_at)[0] == sentence_start
        ):
            # 'He's claiming that fraud is “a big problem” but “nobody has the guts”': the writer's sentence
            # attributes every quoted piece in it, the later ones after the first one's cue.
            return True
        # "''We were not happy,'' said Jock Finlayson. Now, ''within the business community …''": a fragment the
        # writer does not attribute, after the speaker's quotation in the same paragraph.
        return kind == "fragment" and self._speaker_carries_on(index, before.speaker)

    def _speaker_carries_on(self, index: int, speaker: str | None) -> bool:
        """Whether nobody but the previous piece's speaker can be meant: that piece is in the same paragraph
        and nobody else is named between the two (its own attribution may name the speaker)."""
        piece, previous = self.pieces[index], self.pieces[index - 1]
        if previous.paragraph != piece.paragraph:
            return False
        # The previous piece's own attribution ("said Jock A. Finlayson, head of policy at the Business Council of
        # British Columbia.") names the speaker and whatever describes them, nobody taking the floor.
        _, attribution_end = self._sentence(piece.paragraph, self._piece_end(previous))
        starts = self.sentence_starts[piece.paragraph]
        between = starts[bisect.bisect_left(starts, attribution_end) : bisect.bisect_left(starts, piece.open_at)]
        if any(_OPENING_OTHER_PRONOUN.match(self.masked, start) for start in between):
            # 'Trump’s claim that there have been “thousands of shootings.” They checked the Chicago Tribune and found
            # “3,210 shooting victims”': a sentence whose subject is someone else takes the floor.
            return False
        first = bisect.bisect_left(self._mention_starts, min(attribution_end, piece.open_at))
        last = bisect.bisect_left(self._mention_starts, piece.open_at, first)
        return all(person == speaker for person in self._mention_people[first:last])

    def _dash_line_after(self, piece: Piece, after_lower: int) -> Cue | None:
        """'"…[quote paragraph]…"' then a paragraph '- Bernie Sanders.': the fact-check layout names the
        speaker on the line after a paragraph that is only the quotation."""
        paragraph = self.paragraphs[piece.paragraph]
        if piece.open_at != paragraph.start or self.masked[after_lower : paragraph.end].strip(" .,;:!?\"”’'"):
            return None
        if piece.paragraph + 1 >= len(self.paragraphs):
            return None
        following = self.paragraphs[piece.paragraph + 1]
        line = _DASH_LINE.fullmatch(self.masked, following.start, following.end)
        if line is None or following.index in self.boilerplate:
            return None
        return Cue("—", line.group("name").rstrip("."), line.start("name"), line.start())

    def _person_right_before(self, lower: int, mark_at: int) -> NameMention | None:
        """The person named in ``masked[lower:mark_at]`` with nothing but spaces between the name and the mark."""
        names = find_name_mentions(self.masked, lower, mark_at)
        if not names or self.masked[names[-1].end : mark_at].strip() or not is_person_name(names[-1], self.registry):
            return None
        return names[-1]

    def _name_before_dash(self, lower: int, open_at: int) -> Cue | None:
        """The person named right before the dash that opens a quotation set off by dashes, as its cue."""
        dash = _DASH_BEFORE.search(self.masked, lower, open_at)
        name = self._person_right_before(lower, dash.start()) if dash else None
        if name is None:
            return None
        return Cue("—", self.text[name.start : name.end], name.start, dash.start())

    def _name_before_colon(self, lower: int, open_at: int) -> Cue | None:
        """'A lesson from Loretta Lynch: ‘…’', 'An interview with Bernie Sanders: “…”': a colon introduction with
        no verb of its own, ending on a person after "from", "by" or "with", is that person's."""
        colon = self.masked.rfind(":", lower, open_at)
        if colon < 0 or self.masked[colon + 1 : open_at].strip():
            return None
        name = self._person_right_before(lower, colon)
        if name is None or not _AGENT_BEFORE.search(self.masked, lower, name.start):
            return None
        return Cue(":", self.text[name.start : name.end], name.start, colon)

    def _dash_credit_closing(self, piece: Piece) -> Cue | None:
        """'“…” And that’s all he has “the root of all evil.” ― Christina Lastra.': a paragraph opening with a
        quotation and closing on a dash credit is that person's, whatever stands between."""
        paragraph = self.paragraphs[piece.paragraph]
        if piece.open_at != paragraph.start or piece.paragraph in self.boilerplate:
            return None
        credit = _DASH_CREDIT_AT_END.search(self.masked, paragraph.start, paragraph.end)
        if credit is None:
            return None
        return Cue("—", credit.group("name").rstrip("."), credit.start("name"), credit.start())

    def _from_source_cue(self, lower: int, open_at: int) -> Cue | None:
        """'From the report: “…”': a sentence that only names where the quotation comes from."""
        source = _FROM_SOURCE.match(self.masked, lower, open_at)
        if source is None:
            return None
        return Cue("from", source.group("source"), source.start("source"), source.start())

    def _possessive_cue(self, lower: int, open_at: int, nouns: re.Pattern = _POSSESSIVE_SPEECH_NOUN) -> Cue | None:
        """'Trump's claim that there have been “thousands of shootings”': the owner of the words named."""
        found = None
        for match in nouns.finditer(self.masked, lower, open_at):
            found = match
        if found is None:
            return None
        # Up to the owner's "'s" and no further: in "Bush's Facebook post" the next capitalised word is no name.
        names = find_name_mentions(self.masked, found.start(), found.end("owner") + 2)
        if not names or not is_person_name(names[-1], self.registry):
            return None
        name = names[-1]
        return Cue(found.group("noun").lower(), self.text[name.start : name.end], name.start, found.start("noun"))

    def _sentence_quoted_after_verb(self, lower: int, piece: Piece, after_lower: int) -> bool:
        """Whether the quotation follows its speech verb with nothing between but a comma or colon (or the
        addressee of "told": 'told his supporters, “…”'), and ends the writer's sentence."""
        cues = find_cues(self.masked, lower, piece.open_at)
        if not cues:
            return False
        verb = cues[-1]
        if any(cue_label(cue) in _NAMING_VERBS for cue in cues):
            # 'calling the two lengthy investigative reports ''inaccurate …''': the label of a naming verb.
            return False
        lead = self.masked[lower : verb.start()]
        if _RELATIVE_WORD.search(lead):
            # 'a voice that said “love in spite of fear …”', 'which he added “is deeply regrettable”': the
            # quotation finishes a clause of the writer's.
            return False
        if "," in lead:
            before_comma, _, after_comma = lead.rpartition(",")
            parenthetical = bool(after_comma.strip()) and not _COORDINATED_VERB.match(after_comma)
            if parenthetical and not _CONNECTIVE_ONLY.fullmatch(before_comma):
                # 'An economic downturn, he said, “could be a good time …”', 'If Clinton is elected, he said, "she
                # might …"': the attribution interrupts the writer's sentence, which the quotation completes.
                return False
        between = self.masked[verb.end() : piece.open_at].strip()
        if between not in ("", ",", ":") and not (
            cue_label(verb) in ADDRESSEE_VERBS and between.endswith(",") and len(between.split()) <= 4
        ):
            return False
        return self.text[piece.end - 1] in ".!?" or self.masked[after_lower : after_lower + 1] in (".", "!", "?")

    def _verb_right_before(self, lower: int, open_at: int, words: int = 2) -> bool:
        """'Trump declared "I think NATO may be obsolete."': a cue verb within a few words of the quotation."""
        cues = find_cues(self.masked, lower, open_at)
        if not cues:
            return False
        return len(self.masked[cues[-1].end() : open_at].split()) <= words

    @staticmethod
    def _same_voice(before: _Attribution, now: _Attribution) -> bool:
        if not before.speaker or not now.speaker:
            return True
        return now.speaker in (before.speaker, before.relayed_by) or now.relayed_by == before.speaker

    def _subject_of(self, start: int, verb_at: int) -> tuple[str, int] | None:
        """The first person named as a subject between ``start`` and a verb: the participle's speaker."""
        index = bisect.bisect_left(self._antecedent_positions, start)
        if index < len(self.antecedents) and self.antecedents[index][0] < verb_at:
            return self.antecedents[index][1], self.antecedents[index][0]
        return None

    def _cue_reports_something_else(self, cue: Cue, following: Piece | None) -> bool:
        """Whether an after-quotation cue introduces the next quotation (a colon before it, or writer's words
        between them in one sentence: 'South Carolina, he said, was "where …"'), indirect speech, or an object
        of its own ('She noted a planned rally'; 'He told the crowd' still attributes)."""
        verb_end = cue.verb_at + len(cue.cue)
        if following is not None:
            between = self.masked[verb_end : following.open_at]
            if between.rstrip().endswith(":"):
                return True
            _, sentence_end = self._sentence(following.paragraph, cue.verb_at)
            if following.open_at < sentence_end and _WORD.search(between):
                return True
        if _INDIRECT_AFTER_VERB.match(self.masked, verb_end) is not None:
            return True
        return cue.cue not in ADDRESSEE_VERBS and _OBJECT_AFTER_VERB.match(self.masked, verb_end) is not None

    def _after_cue(self, lower: int, upper: int) -> Cue | None:
        if upper <= lower:
            return None
        dash = _DASH_ATTRIBUTION.match(self.masked, lower, upper)
        if dash:
            # Vox-pop style: '“…” ― Veronica Cruz'.
            return Cue("—", dash.group("name"), dash.start("name"), dash.start())
        window = self.masked[lower:upper]
        quoted = _QUOTED_AS_SAYING.match(self.masked, lower, upper) if "quoted" in window or "cited" in window else None
        if quoted and is_valid_speaker_phrase(quoted.group("name")):
            # '“…,” Ann Lee was quoted by Interfax as saying': the wire's passive names the speaker first.
            label = f"{quoted.group('verb')} as {quoted.group('participle')}"
            return Cue(label, quoted.group("name"), quoted.start("name"), quoted.start("verb"))
        cue = find_cue(self.masked, lower, upper, prefer="first", cues=self._cues_between(lower, upper))
        if cue is None:
            reported = _REPORTED_AFTER.match(self.masked, lower, upper)
            if reported:
                # '“…,” CBS News reported.': right after a quotation, "reported" credits the outlet that wrote
                # it (elsewhere "reported" mostly relays someone else's words).
                name = reported.group("name") or reported.group("inverted")
                at = reported.start("name") if reported.group("name") else reported.start("inverted")
                verb_at = reported.start("verb") if reported.group("verb") else reported.start("verb2")
                return Cue("reported", name, at, verb_at, inverted=bool(reported.group("inverted")))
        if cue is None:
            inverted = _INVERTED_NOUN_LIKE_VERB.match(self.masked, lower, upper)
            after = noun_phrase_after(self.masked, inverted.end("verb"), upper) if inverted else None
            if after and is_valid_speaker_phrase(after[0]):
                # '“…,” reads a Wednesday editorial in The Des Moines Register': right after a quotation, a verb
                # that is usually a noun ("reads", "notes", "states") leads its subject.
                return Cue(inverted.group("verb"), after[0], after[1], inverted.start("verb"), inverted=True)
        if cue is None or cue.participle:
            # '"…," referring to the war': a participle after a quotation describes, it does not attribute.
            return None
        lead = self.masked[lower : min(cue.mention_at, cue.verb_at)]
        if not lead.strip(" ,.;:!?—–-'\"’”") or cue.cue.startswith(("quoted as", "cited as")):
            # '“…,” RIA Novosti quoted Pushilin as saying': the outlet before the verb is the credit, not the speaker.
            return cue
        if not cue.inverted and _ROLE_BEFORE_NAME.fullmatch(lead) and _names_full_person(cue.mention or ""):
            # '“…,” another friend, Mariam Emara told CNN': a role set off before the person's name.
            return cue
        coordinated = _DESCRIPTION_AND.fullmatch(lead)
        if coordinated and cue.mention and not cue.inverted:
            # '"…," the Florida senator and Republican presidential candidate said': one description in two
            # coordinated parts, read whole so that it can name the person it describes.
            phrase = coordinated.group("head") + " and " + cue.mention
            if is_valid_speaker_phrase(phrase):
                return replace(cue, mention=phrase, mention_at=lower + coordinated.start("head"))
        paired = _NAME_AND.fullmatch(lead)
        if paired and cue.mention and not cue.inverted:
            # '"…," Stephen S. Cohen and J. Bradford DeLong wrote': the two speak together.
            phrase = paired.group("name") + " and " + cue.mention
            if self.resolve(phrase, lower)[1] == "group":
                return replace(cue, mention=phrase, mention_at=lower + paired.start("name"))
        # '"…," Michael McFaul, a senior fellow at the Hoover Institution, said': the speaker's name comes
        # first, then the appositive; the name is the first chunk after the quotation.
        first = _FIRST_CHUNK.match(self.masked, lower, cue.verb_at)
        words = first.group("np").split() if first else []
        if words and (
            words[-1].lower() in TITLE_WORDS
            or words[-1].lower() in KIN_WORDS
            # "California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told": a role in someone's service.
            or POSSESSIVE_ROLE.match(first.group("np").strip())
        ):
            # "Ms. Merkel's spokesman, Steffen Seibert, said": the role comes first, the name after it.
            second = _FIRST_CHUNK.match(self.masked, first.end(), cue.verb_at)
            if second and find_name_mentions(second.group("np")):
                first = second
        if first and first.group("np").strip() and not cue.inverted and is_valid_speaker_phrase(first.group("np")):
            phrase = first.group("np")
            if find_name_mentions(phrase) or phrase.lower() in PRONOUNS:
                return replace(cue, mention=phrase, mention_at=first.start("np"))
            # "''He deserved it,'' the assailant, John McGraw, told …": a description, then the person's name.
            second = _FIRST_CHUNK.match(self.masked, first.end(), cue.verb_at)
            if second and second.group("np").strip() and _names_full_person(second.group("np")):
                return replace(cue, mention=second.group("np").strip(), mention_at=second.start("np"))
        described = _DESCRIPTION_WHO.fullmatch(self.masked, lower, cue.verb_at) if not cue.inverted else None
        if described and is_valid_speaker_phrase(described.group("np")):
            # '“…,” a separatist commander who gave his name as Alexei told AFP': the description the relative
            # clause is about speaks, not a name inside the clause.
            return replace(cue, mention=described.group("np"), mention_at=described.start("np"))
        return None

    def _intro_cue(self, piece: Piece, previous: Piece | None, lower: int, intro: str) -> Cue | None:
        if intro.strip():
            main_clause = self._colon_main_clause(lower, piece.open_at, intro)
            start = main_clause or lower
            return find_cue(
                self.masked, start, piece.open_at, prefer="last", cues=self._cues_between(start, piece.open_at)
            )
        paragraph = self.paragraphs[piece.paragraph]
        if piece.open_at > paragraph.start:
            # 'Sam Lau, the party's spokesman, said in a statement. “There are no ballots to recount.”': a sentence
            # ending on its speech verb, with no quotation of its own, introduces the quotation after it.
            start, _ = self._sentence(piece.paragraph, piece.open_at - 1)
            if start >= piece.open_at or not _CUE_ENDS_SENTENCE.search(self.masked, start, piece.open_at):
                return None
            if not self._has_piece_between(start, piece.open_at):
                return find_cue(self.masked, start, piece.open_at, prefer="last")
            # '“Tell her I promised you a picture,” Ebeling said, and her husband cut in. “Don’t forget …”': a
            # second cue after the sentence's own quotation introduces the next one.
            if previous is None:
                return None
            previous_end = self._piece_end(previous)
            verbs = [
                m
                for m in find_cues(self.masked, previous_end, piece.open_at)
                # "… said in a statement according to The Blaze": a credit is no second speaker.
                if cue_label(m) not in ("according to", "in the words of")
            ]
            if start <= previous.open_at and len(verbs) >= 2:
                return find_cue(self.masked, previous_end, piece.open_at, prefer="last")
            return None
        # "Trump told reporters:" closing the previous paragraph introduces this one.
        if piece.open_at != paragraph.start or piece.paragraph == 0:
            return None
        before = self.paragraphs[piece.paragraph - 1]
        if before.index in self.boilerplate or not self.masked[before.start : before.end].rstrip().endswith(":"):
            return None
        start, _ = self._sentence(before.index, before.end - 1)
        cue = find_cue(self.masked, start, before.end, prefer="last") or find_colon_cue(
            self.masked, start, before.end
        )
        if cue is None:
            # "Trump issued the following statement:": the colon is the cue, the subject speaks.
            cue = self._subject_cue(start, before.end)
        return cue

    def _subject_cue(self, start: int, mark_at: int, mark: str = ":") -> Cue | None:
        """The mark (a colon, or the dash before a quotation set off by dashes) as cue, spoken by the
        sentence's subject: a person named before the mark, else the pronoun the sentence opens with ("She then
        addressed the supporters again: …")."""
        # "When Wallace died in 1998, President Clinton released the following statement:": the clause's subject
        # comes after the opening adverbial and whoever it names.
        clause_start = self._clause_start(start, mark_at)
        subject = self._subject_of(clause_start, mark_at)
        if subject:
            mention = self.text[subject[1] : self._mention_ends[subject[1]]]
            return Cue(mark, mention, subject[1], subject[1])
        # After an opening phrase the pronoun is lower-case: "As for Ban, he seems content: …".
        opening = (_OPENING_PRONOUN if clause_start == start else _CLAUSE_PRONOUN).match(
            self.masked, clause_start, mark_at
        )
        if opening:
            return Cue(mark, opening.group(1), opening.start(1), opening.start(1))
        return None

    def _subject_verb_cue(self, start: int, mark_at: int, names_between: bool = False) -> Cue | None:
        """The main verb of a fragment's sentence as its cue, spoken by the clause's subject: 'Clinton supports
        "appropriate pay raises"', 'He voiced a wish for a "strong, prosperous and vibrant Mexico"'.

        Only a finite verb right after the subject (an adverb or an aside between) that is no copula, and no
        other person named between the verb and the quotation: 'Trump is "a basket case"' describes Trump in
        someone else's words, 'Clinton leads among those who are "very liberal"' quotes a poll's label. Measured
        on PolNeAR train+dev: 30 of the 33 fragments it gives a speaker inside an annotated attribution name that
        attribution's source (fragment speaker accuracy on train 0.765 -> 0.784); a looser rule (any subject
        before the mark) gave 94 of 154.
        """
        start = self._clause_start(start, mark_at)
        subject = self._subject_of(start, mark_at)
        if subject:
            mention_at = subject[1]
            mention_end = self._mention_ends[mention_at]
        else:
            opening = _OPENING_PRONOUN.match(self.masked, start, mark_at)
            if not opening:
                return None
            mention_at, mention_end = opening.start(1), opening.end(1)
        verb = _FINITE_VERB_AFTER_SUBJECT.match(self.masked, mention_end, mark_at)
        if verb is None or verb.group("verb") in _NOT_REPORTING_VERBS:
            return None
        if len(self.masked[verb.end() : mark_at].split()) > 25:
            return None
        if not names_between and find_name_mentions(self.masked, verb.end(), mark_at):
            return None
        return Cue(verb.group("verb"), self.text[mention_at:mention_end], mention_at, verb.start("verb"))

    def _cues_between(self, lower: int, upper: int) -> list[re.Match]:
        """``find_cues`` over the masked text, read once per range: the words between two quotations are the first's
        closing clause and the second's introduction. A fresh list each time, which the caller may reorder."""
        found = self._cue_lists.get((lower, upper))
        if found is None:
            found = self._cue_lists[(lower, upper)] = find_cues(self.masked, lower, upper)
        return list(found)

    def _only_attribution_between(self, previous: Piece, piece: Piece) -> bool:
        """Whether only the attribution stands between two pieces: "X," he said, "Y." or "X," he said. "Y." """
        start = previous.after_close
        between = self.masked[start : piece.open_at].strip()
        if not between or len(between.split()) > 60:
            return False
        if not between.endswith((",", ":", ".", "—", "–")) and not _ENDS_ON_SPEECH_VERB.search(between):
            # '“…,” Trump said “Bush and even Obama …”': a missing comma after the verb still only attributes.
            return False
        if len(self._cues_between(start, piece.open_at)) > 1 or _MOVES_ON.search(between):
            # "X," Trump said, adding later, "Y.": a second cue makes a second quotation, and so does speech the
            # writer sums up in between ('"X," Sanders said, going on to contrast the plans. "Y."').
            return False
        sentence_starts = self.sentence_starts[piece.paragraph]
        first = bisect.bisect_right(sentence_starts, start)
        last = bisect.bisect_left(sentence_starts, piece.open_at - 1)
        return not any(self.masked[start:s].strip() for s in sentence_starts[first:last])

    def _attribute(self, cue: Cue, clause: str, position: int, sentence_start: int) -> _Attribution:
        claim = (
            _CLAIMED_THAT.search(self.masked, max(sentence_start, cue.mention_at - 24), cue.mention_at)
            if cue.mention
            and not cue.inverted
            and sentence_start < cue.mention_at
            and self.masked.endswith("that ", 0, cue.mention_at)
            else None
        )
        inside = (
            _CLAIM_BEFORE_SUBJECT.match(cue.mention)
            if cue.mention and not cue.inverted and not claim and any(w in cue.mention for w in _CLAIM_WORDS)
            else None
        )
        if inside and is_valid_speaker_phrase(inside.group("claimant")):
            # 'Social media posts falsely claim Zelensky said: “…”': the claimant's claim, as with "claim that".
            verb_at = cue.mention_at + inside.start("verb")
            return self._attribute(
                Cue(inside.group("verb"), inside.group("claimant"), cue.mention_at, verb_at), clause, position,
                sentence_start,
            )
        if claim:
            claimant = find_cue(self.masked, sentence_start, claim.end("verb"), prefer="last")
            if claimant is not None and claimant.mention and claimant.verb_at == claim.start("verb"):
                # 'A video circulating on social media claims that Zelensky told citizens to “prepare to die”': the
                # words are the claimant's claim, not yet anyone's saying; a fact-check names the claim to refute it.
                return self._attribute(claimant, clause, position, sentence_start)
        negation = None if cue.inverted else _NEGATED_CUE.search(self.masked, max(0, cue.verb_at - 40), cue.verb_at)
        if negation is None and cue.cue in ("denied", "denies", "deny"):
            # "The Kremlin denied saying that Kyiv would “cease to exist”": the denial is the verb found.
            negation = _DENIED_SAYING.match(self.masked, cue.verb_at + len(cue.cue))
        if negation:
            _, sentence_end = self._sentence_at(cue.verb_at)
            after_verb = max(negation.end(), cue.verb_at + 1)
            if find_cues(self.masked, after_verb, sentence_end):
                # "Schumer wouldn't say how …, saying only that “…”": a later verb of the sentence reports the words.
                negation = None
        if negation:
            # "No, Zelensky did not say Ukrainians should 'prepare to die'", "the Kremlin denied saying": the words
            # are not theirs; a fact-check names whom it clears, and crediting them would spread the claim.
            mention = cue.mention
            if mention and not cue.participle:
                mention = _NEGATION_AT_END.sub("", mention).strip() or None
            negating = " ".join(negation.group(0).split())
            label = f"{cue.cue} {negating}" if negation.start() > cue.verb_at else f"{negating} {cue.cue}"
            return _Attribution(None, mention, label, found=True, cue_at=cue.verb_at)
        mention = cue.mention
        if cue.participle:
            speaker, mention, phrase_kind = self._participle_speaker(sentence_start, cue.verb_at)
        elif mention:
            speaker, phrase_kind = self.resolve(mention, cue.mention_at)
            if phrase_kind == "pronoun" and cue.cue in _REPLY_CUES:
                # '“Are you ready?” the reporter asked Peskov. “We are always ready,” he replied': whoever was asked.
                speaker = self._asked_before(cue.mention_at, mention) or speaker
        else:
            speaker, phrase_kind = None, "none"
        if speaker and (
            phrase_kind == "body"
            or (
                phrase_kind not in ("person", "pronoun")
                # "International Committee of the Red Cross": the head before "of" names what it is.
                and speaker.split(" of ", 1)[0].rsplit(" ", 1)[-1].lower() in ORG_WORDS
                # "Guardian said" may be Mayor Don Guardian; "the Guardian said" and "Russia's defence ministry" not.
                and (" " in speaker or (mention or "").lower().startswith("the "))
            )
            # "Xinhua, the official Chinese news agency, wrote": an outlet, unless someone in the article bears its
            # name (Michael Bloomberg).
            or (
                phrase_kind != "pronoun"
                and canonical_outlet(speaker) is not None
                and not self.registry.is_known_surname(speaker.split()[-1])
            )
        ):
            # "the appeal", "the ministry": a later "he" or "she" never means them ("the president" resolved to
            # Obama, or "one woman", still may).
            self._impersonal_speakers.add(speaker)
        source, credited_person = find_credited_source(clause)
        according_to_body = (
            _ACCORDING_TO_BODY.search(clause)
            if source is None and speaker and phrase_kind in ("person", "pronoun", "group") and credited_person
            else None
        )
        if according_to_body:
            # '“We are ready to talk,” Putin said, according to the Kremlin': the body's readout carried his words
            # (the body itself, not "according to a White House pool report").
            source = _strip_determiner(according_to_body.group("body"))
        # The body's clause follows the sentence's last comma.
        last_comma = clause.rfind(",") if source is None and speaker and phrase_kind in ("person", "pronoun") else -1
        body_said = _BODY_SAID_AFTER.match(clause, last_comma) if last_comma >= 0 else None
        if body_said:
            # '“…,” Shoigu said at a meeting of the board, the ministry said in a statement': the body whose statement
            # carried his words, as the article named it.
            phrase = body_said.group("body")
            named, named_kind = self.resolve(phrase, position)
            source = named if named_kind == "organisation" and named else _strip_determiner(phrase)
        reporter = None
        if source is None and speaker and phrase_kind in ("person", "pronoun") and cue.reporter and not cue.inverted:
            reporter = self._reporter_of(cue)
            if reporter and reporter[1] == "body":
                # "The Kremlin said Putin told Scholz: “…”": his words, the body's readout.
                source, reporter = reporter[0], None
        relayed_by = None
        body = quoted_body(clause)
        quoted_person = None if body else quoted_speaker(clause)
        if body and phrase_kind in ("person", "pronoun") and speaker:
            # "…," Peskov said, quoting the letters: the letters' authors speak, Peskov reads; with no author named
            # near, the letters themselves, never Peskov, whose words these are not.
            relayed_by, speaker = speaker, self._authors_near(cue.mention_at) or body
        elif quoted_person and speaker and phrase_kind in ("person", "pronoun"):
            # "…," Peskov told reporters, quoting the president: the president's words, which Peskov relays.
            original, original_kind = self.resolve(quoted_person, position)
            if original and original != speaker and original_kind in ("person", "organisation"):
                relayed_by, speaker = speaker, original
        elif cue.cue.startswith(("quoted as", "cited as")) and speaker:
            # "Peskov quoted President Vladimir Putin as saying": Putin's words, relayed by Peskov (an outlet before
            # the verb is the credited source instead).
            subject = noun_phrase_before(self.masked, sentence_start, cue.verb_at)
            if subject and not names_outlet(subject[0]):
                relay, relay_kind = self.resolve(subject[0], subject[1])
                described = relay_kind == "other" and subject[0].split()[-1].lower() in _DESCRIPTION_HEADS
                if relay and relay != speaker and (relay_kind in ("person", "pronoun") or described):
                    # "the official quoted Zelensky as saying": someone described, not named, relays too.
                    relayed_by = relay
                elif source is None and RELAYING_BODY.fullmatch(subject[0]):
                    # "the Kremlin quoted Putin as saying": the body's readout carried his words.
                    source = relay if relay_kind == "organisation" and relay else _strip_determiner(subject[0])
        elif phrase_kind == "body":
            relay_phrase = credited_person or _according_to_intro(clause)
            if relay_phrase and is_valid_speaker_phrase(relay_phrase):
                relayed_by, _ = self.resolve(relay_phrase, position)
            relayed_by = relayed_by or self.relays.get(speaker or "")
            if relayed_by == speaker:
                # "According to the statement, …": the statement is no relay of itself.
                relayed_by = None
        if relayed_by is None and reporter and reporter[0] != speaker:
            # "Peskov said Putin told Scholz: “…”": Putin's words, as Peskov relays them.
            relayed_by = reporter[0]
        if (
            relayed_by is None
            and source is None
            and speaker
            and phrase_kind in ("person", "pronoun", "other")
            and "according" in clause
            and not cue.inverted
        ):
            relayed_by = self._according_to_relay(clause, speaker, position)
        if relayed_by and speaker:
            self.relays[speaker] = relayed_by
        if source:
            if speaker:
                self._record_source(position, speaker, source)
            if relayed_by:
                self._record_source(position, relayed_by, source)
        else:
            source = self._source_for(speaker, position) or self._source_for(relayed_by, position)
            if source is None and speaker and cue.cue in _WRITING_CUES:
                source = self._platform_acted_on(speaker, position)
                if source and _WRITTEN_ELSEWHERE.search(clause):
                    source = None
            if source is None and mention and phrase_kind != "person":
                source = self._group_member_source(mention, position)
            if source is None and mention and "channel" in mention:
                # "The Rybar Telegram channel said", "pro-Russian Telegram channels reported": a channel speaks on its
                # platform.
                platform = _PLATFORM_CHANNEL.search(mention)
                source = platform.group(1) if platform else None
        if mention and cue.mention_at >= 0 and not cue.participle:
            # The phrase was read in the masked text; report it as the article writes it.
            mention = self.text[cue.mention_at : cue.mention_at + len(mention)]
        return _Attribution(speaker, mention, cue.cue, relayed_by, source, found=True, cue_at=cue.verb_at)

    def _headline_names(self, mentions: list[NameMention]) -> list[NameMention]:
        """Full names a headline gives for surnames the body uses alone.

        "Hillary Clinton Goes After Donald Trump As The New Mitt Romney" over a body that only says "Clinton": a
        known first name right before a body surname completes it (a title-case run is too long to parse as
        names, and "Clinton" alone would pass for a man's first name).
        """
        lone = {m.name for m in mentions if " " not in m.name} - {
            m.name.split()[-1] for m in mentions if " " in m.name
        }
        found = []
        for paragraph in self.paragraphs:
            if paragraph.index not in self.titles or paragraph.index in self.boilerplate:
                continue
            for pair in _NAME_PAIR.finditer(self.text, paragraph.start, paragraph.end):
                first, surname = pair.group(2), pair.group(3)
                if surname in lone and first_name_gender(first) is not None:
                    name = f"{first} {surname}"
                    end = pair.start() + len(pair.group(1))
                    found.append(NameMention(pair.start(), end, pair.group(1), name, False, False))
        return found

    def _headline_verb_speaker(
        self, intro: str, lower: int, after_lower: int, paragraph_end: int
    ) -> _Attribution | None:
        """The speaker a headline names around a title-case speech verb: before the quotation ('Hillary Clinton
        Speaks ‘Directly To White People’', 'Obama Says … Will Tell of ‘Suffering and Delight’') or after it
        ('Guns Are ‘The Ultimate Public Health Crisis,’ Howard Dean Tells Democratic Convention')."""
        verb = _HEADLINE_CUE.search(intro)
        if verb is not None:
            speaker = self._full_name_in(lower, lower + verb.start())
            if speaker:
                return _Attribution(speaker, speaker, verb.group(0).lower(), found=False)
        after = _HEADLINE_CUE_AFTER.match(self.text, after_lower, paragraph_end)
        if after is not None:
            speaker = self._full_name_in(after.start("name"), after.end("name"))
            if speaker:
                verb_text = self.text[after.end("name") : after.end()].strip().lower()
                return _Attribution(speaker, speaker, verb_text, found=False)
        return self._headline_role_after(after_lower, paragraph_end)

    def _headline_role_after(self, after_lower: int, paragraph_end: int) -> _Attribution | None:
        """The person a role after a headline's quotation names ("'The city is under fire', says governor", "… –
        Kharkiv governor"): the one the body gives that role, after the headline."""
        role_after = _HEADLINE_ROLE_AFTER.fullmatch(self.masked, after_lower, paragraph_end)
        if role_after is None:
            return None
        speaker, phrase_kind = self.resolve(role_after.group("role"), role_after.start("role"))
        if phrase_kind != "person" or not speaker:
            return None
        return _Attribution(speaker, role_after.group("role"), role_after.group("verb"), found=False)

    def _labelled_speaker(self, start: int, end: int) -> str | None:
        """The speaker a label before a colon names ("Kasich: …", "Politifact: …"); none for "BREAKING:"."""
        topic = _LABEL_TOPIC.search(self.text, start, end)
        if topic:
            # "Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: ‘…’", "CNN President On
            # Trump: ‘…’": the speaker comes before "on", the subject after it, and must be someone the body names
            # ("Focus on Jobs:" names nobody).
            return self._full_name_in(start, topic.start())
        words = self.text[start:end].strip(" :").split()
        if any(w.lower() in _HEADLINE_LABELS for w in words):
            return None
        named = self._full_name_in(start, end)
        if named is None and words and (
            (len(words) >= 2 and words[-1].islower()) or words[-1].lower() in TITLE_WORDS
        ):
            # "DPR leader: «…»" over a body naming "The head of the Donetsk People's Republic, Denis Pushilin";
            # "Governor: ‘…’" over "Kharkiv regional governor Oleh Synehubov".
            role = words[-1].lower()
            named = self._person_in_role(role, words[:-1]) or self.registry.person_with_title(role, tuple(words[:-1]))
        if named is None and len(words) == 2 and words[0].endswith(("'s", "’s")) and words[1][:1].isupper():
            # "Russia's Lavrov: West has 'declared total war'": the country is no part of the name.
            named = words[1]
        return named or _headline_label(words)

    def _full_name_in(self, start: int, end: int) -> str | None:
        """The body's full name written earliest in ``text[start:end]`` (a headline's speaker)."""
        segment = self.text[start:end]
        found = [(segment.find(name), name) for name in self._names_written_in(segment)]
        if not found:
            # "Kasich: ‘…’": a surname the body completes, or gives with a title only ("Mr. Obama").
            found = [
                (m.start(), m.group(0))
                for m in _WORD.finditer(segment)
                if self.registry.is_known_surname(m.group(0)) or self.registry.titles.get(m.group(0))
            ]
        if not found:
            return None
        position, name = min(found)
        return self.registry.canonical(name, start + position)

    @cached_property
    def _distinct_full_names(self) -> frozenset[str]:
        return frozenset(name for _, name in self.registry.full_names)

    @cached_property
    def _longest_full_name(self) -> int:
        """How many words the longest of the body's full names has."""
        return max((name.count(" ") + 1 for name in self._distinct_full_names), default=0)

    def _names_written_in(self, segment: str) -> set[str]:
        """The body's full names that ``segment`` holds: its runs of words looked up, so that a long article's
        thousands of names are not each searched for in every headline."""
        names = self._distinct_full_names
        longest = self._longest_full_name
        found = set()
        words = [(m.start(), m.end()) for m in re.finditer(r"[\w.'’-]+", segment)]
        for i, (first_start, _) in enumerate(words):
            for _, last_end in words[i : i + longest]:
                run = segment[first_start:last_end]
                for candidate in (run, run.rstrip("."), POSSESSIVE_ENDING.sub("", run)):
                    if candidate in names:
                        found.add(candidate)
        return found

    def _participle_speaker(self, sentence_start: int, verb_at: int) -> tuple[str | None, str | None, str]:
        """Who speaks through a participle: the person right before it ("footage of Hillary Clinton asking,
        …"), else the sentence's subject, a name or a pronoun ("He then defended the remark, saying, …")."""
        if _OPENING_PREPOSITION.fullmatch(self.masked, sentence_start, verb_at):
            # 'After saying her foot was “so swollen I could barely get my shoe on,” she was …': the participle
            # opens the sentence; the main clause's subject after the comma speaks.
            subject = self._main_clause_subject(verb_at)
            if subject:
                return subject
        if sentence_start > 0 and not self.masked[sentence_start:verb_at].strip():
            # 'Maher stated of the email scandal that the report “wasn’t good.” Adding, “…”': a participle opening
            # its sentence goes on with the speaker of the sentence before.
            previous_start = self._sentence_start_before(sentence_start - 1)
            index = bisect.bisect_left(self._speaker_event_positions, sentence_start)
            if index and self.speaker_events[index - 1][0] >= previous_start:
                return self.speaker_events[index - 1][1], None, "person"
        before = self.masked[max(sentence_start, verb_at - 80) : verb_at]
        thing = _WITH_THING_ING.search(before)
        if thing:
            # 'tried to tie Bradley to Walker, with one of her ads asking, “Is Rebecca Bradley …?”': the ad speaks,
            # not a person named earlier in the sentence.
            phrase = thing.group("phrase")
            speaker, phrase_kind = self.resolve(phrase, verb_at - len(before) + thing.start("phrase"))
            return speaker, phrase, phrase_kind
        if before.endswith(" ") and not before.rstrip().endswith((",", ";", ":")):
            names = find_name_mentions(self.text, verb_at - len(before), verb_at)
            if names and names[-1].end >= verb_at - 1 and is_person_name(names[-1], self.registry):
                name = self.registry.canonical(names[-1].name, names[-1].start, names[-1].title_words)
                return name, self.text[names[-1].start : names[-1].end], "person"
        opening = _OPENING_PRONOUN.match(self.masked, sentence_start, verb_at) or _SUBORDINATE_THEN_PRONOUN.match(
            self.masked, sentence_start, verb_at
        )
        if opening:
            pronoun = opening.group(1)
            speaker, phrase_kind = self.resolve(pronoun, opening.start(1))
            return speaker, pronoun, phrase_kind
        main = find_cue(self.masked, sentence_start, verb_at, prefer="first")
        if (
            main is not None
            and main.mention
            and not main.participle
            and not main.inverted
            # "… tried to downplay Ryan's comments, saying": a noun before the participle's comma is no verb.
            and main.cue not in NOUN_LIKE_FORMS
        ):
            # 'Even a top GOP strategist said Clinton will have to choose, saying, “…”': the participle goes with
            # the sentence's reporting verb and its subject, not with a name inside the reported clause.
            speaker, phrase_kind = self.resolve(main.mention, main.mention_at)
            if speaker and phrase_kind in ("person", "pronoun"):
                return speaker, main.mention, phrase_kind
        # "The billionaire businessman began by talking about the drug crisis, saying …", "In three interviews,
        # the justice sounded off on Trump, saying …", "The spokesman refused to answer questions on who Cameron
        # would like to see win but said …, adding": a description as the sentence's subject, before any name
        # the rest of its sentence holds.
        clause_start = self._clause_start(sentence_start, verb_at)
        described = _DESCRIBED_SUBJECT.match(self.masked, clause_start, verb_at)
        if described and (
            described.group("head").lower() in _DESCRIPTION_HEADS
            # "Hillary Clinton’s right-hand woman rallied supporters, saying", "Ryan’s campaign shrugged off …,
            # telling reporters": someone's aide or campaign.
            or (described.group("owner") and described.group("head").lower() in _ENTOURAGE_HEADS)
        ):
            phrase = described.group("phrase")
            speaker, phrase_kind = self.resolve(phrase, described.start("phrase"))
            return speaker, phrase, phrase_kind
        collective = _COLLECTIVE_SUBJECT.match(self.masked, clause_start, verb_at)
        if collective:
            # "In August, several environmental groups granted Mr. Clarke an extension, saying …": people in the
            # plural as the sentence's subject, before any name the rest of it holds.
            phrase = collective.group("phrase")
            speaker, phrase_kind = self.resolve(phrase, collective.start("phrase"))
            return speaker or _strip_determiner(phrase), phrase, phrase_kind
        subject = self._subject_of(sentence_start, verb_at)
        if subject:
            mention_end = self._mention_ends.get(subject[1])
            return subject[0], self.text[subject[1] : mention_end] if mention_end else subject[0], "person"
        absolute = _WITH_SUBJECT_ING.search(self.masked, sentence_start, verb_at)
        if absolute:
            # 'Republicans were quick to chime in, with Donald Trump tweeting that … and asking, “…?”': after
            # "with", a person doing something is the subject of the participles that follow.
            person = self._person_right_before(absolute.start("name"), absolute.end("name"))
            if person is not None:
                name = self.registry.canonical(person.name, person.start, person.title_words)
                return name, self.text[person.start : person.end], "person"
        return None, None, "none"

    def _main_clause_subject(self, verb_at: int) -> tuple[str | None, str | None, str] | None:
        """The subject opening the main clause after an opening participial phrase: a pronoun or a person's name
        right after the first comma (or closing quotation mark) that follows ``verb_at``."""
        _, sentence_end = self._sentence_at(verb_at)
        # The first break followed by a word: an opening straight mark before the masked quotation is none.
        boundary = next(
            (
                b
                for b in _CLAUSE_BREAK.finditer(self.masked, verb_at, sentence_end)
                if self.masked[b.end() : b.end() + 1].isalpha()
            ),
            None,
        )
        if boundary is None:
            return None
        pronoun = _CLAUSE_PRONOUN.match(self.masked, boundary.end(), sentence_end)
        if pronoun:
            speaker, phrase_kind = self.resolve(pronoun.group(1), pronoun.start(1))
            return speaker, pronoun.group(1), phrase_kind
        subject = self._subject_of(boundary.end(), sentence_end)
        if subject and not self.masked[boundary.end() : subject[1]].strip():
            mention_end = self._mention_ends.get(subject[1])
            return subject[0], self.text[subject[1] : mention_end] if mention_end else subject[0], "person"
        return None

    def _organisation_before(self, position: int) -> str | None:
        """The body "it" refers to: the latest organisation named outside quotations in its sentence or the one
        before ("the Business Council of British Columbia opposed an increase. ''…,'' it recommended"; "Trump's
        campaign put out a statement. In cases of abortion, it said, “…”")."""
        sentence_start = self._sentence_start_before(position)
        lower = self._sentence_start_before(max(0, sentence_start - 1)) if sentence_start > 0 else 0
        found = None
        for match in _ORGANISATION.finditer(self.masked, lower, position):
            found = match
        if found is None:
            return None
        return _strip_determiner(found.group(0)).strip()

    def _sentence_end_after(self, piece: Piece, after_lower: int) -> int:
        """The end of the sentence a piece closes in (at least ``after_lower``, just past the piece)."""
        _, sentence_end = self._sentence(piece.paragraph, max(piece.open_at, after_lower - 1))
        return max(after_lower, sentence_end)

    def _closing_inverted_cue(self, after_lower: int, sentence_end: int) -> tuple[Cue | None, int]:
        """The cue after the first ", <inverted verb>" between a piece's end and its sentence's end, and how many of
        the writer's words come before that comma ('“…” about the decision, said RoseAnn DeMoro')."""
        inverted = _COMMA_INVERTED_VERB.search(self.masked, after_lower, sentence_end)
        if inverted is None:
            return None, 0
        cue = find_cue(self.masked, inverted.end(), sentence_end, prefer="first")
        return cue, len(self.masked[after_lower : inverted.start()].split())

    def _asked_before(self, position: int, pronoun: str) -> str | None:
        """The person the sentence before ``position`` (or its own) says was asked ("the reporter asked Peskov"), when
        the pronoun may mean them."""
        sentence_start, _ = self._sentence_at(position)
        lower = self._sentence_start_before(sentence_start - 1) if sentence_start > 0 else 0
        found = None
        for asked in _ASKED_SOMEONE.finditer(self.masked, max(lower, position - 400), position):
            found = asked
        if found is None:
            return None
        if found.group("object"):
            # "a reporter asked him": whom "him" means, read before the sentence that puts the question (its own
            # subject, the one asking, is not "him").
            asked_in, _ = self._sentence_at(found.start("object"))
            person = self._antecedent(asked_in, "he" if found.group("object") == "him" else "she")
            return person if person and pronoun_gender(pronoun.lower()) in (None, self._gender(person)) else None
        mentions = find_name_mentions(self.masked, found.start("name"), found.end("name"))
        if not mentions or mentions[0].start != found.start("name"):
            return None
        person = self.registry.canonical(mentions[0].name, mentions[0].start, mentions[0].title_words)
        wanted = pronoun_gender(pronoun.lower())
        return person if wanted is None or self._gender(person) in (None, wanted) else None

    def _platform_acted_on(self, speaker: str, position: int) -> str | None:
        """The platform where the writer last had ``speaker`` act, in the paragraph of ``position`` or the one
        before: 'Zakharova mocked the visit on Telegram. “…,” she wrote' (only for words the speaker wrote: what
        someone did on a platform is no credit for what they said)."""
        start = self._paragraphs_back(position, 1)
        if start is None:
            return None
        if self._platform_names is None:
            # Found once per article, the platform's name first (a literal the pattern engine skips to), then the
            # "on" before it: scanning the paragraph again for each quotation made long paragraphs quadratic.
            self._platform_names = [
                venue
                for venue in _PLATFORM_NAME.finditer(self.masked)
                if _ON_BEFORE_PLATFORM.search(self.masked, max(0, venue.start() - 12), venue.start())
                and not self._inside_piece(venue.start())
            ]
            self._platform_name_starts = [venue.start() for venue in self._platform_names]
        first = bisect.bisect_left(self._platform_name_starts, start)
        last = bisect.bisect_left(self._platform_name_starts, position)
        # The last few only: the writer's latest sentences before the words.
        for venue in reversed(self._platform_names[max(first, last - 3) : last]):
            sentence_start, _ = self._sentence_at(venue.start())
            subject = bisect.bisect_left(self._antecedent_positions, sentence_start)
            if subject < len(self.antecedents) and self.antecedents[subject][0] < venue.start():
                if self.antecedents[subject][1] == speaker:
                    return OUTLETS.get(venue.group("src").lower(), venue.group("src"))
                return None
        return None

    def _according_to_relay(self, clause: str, speaker: str, position: int) -> str | None:
        """Who recounts the words a person said, by "…, according to" after the cue: '“The fight is here,” the
        president said, according to the official' is Zelensky's saying as an official tells it (an outlet, a body
        or a document there is the credited source, read before this)."""
        according = _ACCORDING_TO_RELAY.search(clause)
        if according is None or not is_valid_speaker_phrase(according.group("phrase")):
            return None
        phrase = according.group("phrase")
        words = phrase.split()
        if len(words) > 1 and words[0].lower() == "the" and words[1][:1].isupper():
            # "according to the Philippine Star": a paper or a body the outlet list does not know, no one's account.
            return None
        if len(words) > 1 and all(word[:1].isupper() for word in words) and first_name_gender(words[0]) is None:
            # "according to Vermont Edition": a name with no first name is a programme's or a body's.
            return None
        relay, relay_kind = self.resolve(phrase, position)
        described = relay_kind == "other" and phrase.split()[-1].lower() in _DESCRIPTION_HEADS
        if relay and relay != speaker and (relay_kind in ("person", "pronoun") or described):
            return relay
        return None

    def _reporter_of(self, cue: Cue) -> tuple[str, str] | None:
        """Who reports the clause the cue's subject opens ("The Elysee said Macron told", "Peskov said on Friday that
        Putin told"), and whether it is a body (an outlet or an office) or a person."""
        assert cue.reporter is not None
        body = _reporting_body(cue.reporter)
        if body:
            return body, "body"
        person, kind = self.resolve(cue.reporter, cue.reporter_at)
        return (person, "person") if person and kind in ("person", "pronoun") else None

    def _group_member_source(self, mention: str, position: int) -> str | None:
        """The source a group told, for one of its members: 'Two sources familiar with the talks told Reuters …
        “…,” one of the sources said' is Reuters' too (the group in this paragraph or the one before)."""
        member = _GROUP_MEMBER.fullmatch(mention)
        if member is None:
            return None
        noun = member.group("noun")
        lower = self._paragraphs_back(position, 1)
        if lower is None:
            return None
        # The group named last, among the latest few credits: a long paragraph of credits is not walked back.
        recent = [event for event in self.source_events[-8:] if lower <= event[0] < position][-4:]
        for _, who, source in reversed(recent):
            if not who:
                continue
            words = who.lower().split()
            # A group of people, counted or named by a plural: never one person, nor a name ending in s (Caltrans).
            if words[0] not in _GROUP_QUANTIFIERS and not any(w in _GROUP_NOUNS for w in words[:3]):
                continue
            if noun is None or noun + "s" in words or (noun == "person" and "people" in words):
                return source
        return None

    def _latest_speaker_in_office(self, word: str, position: int) -> str | None:
        """The latest speaker, in this paragraph or the one before, when the article gave them no title and the news
        knows their office by ``word`` (``IMPLIED_OFFICES``: Peskov, "the spokesman")."""
        lower = self._paragraphs_back(position, 1)
        index = bisect.bisect_left(self._speaker_event_positions, position)
        if lower is None or not index or self.speaker_events[index - 1][0] < lower:
            return None
        speaker = self.speaker_events[index - 1][1]
        return speaker if self.registry.holds_implied_office(speaker, word) else None

    def _paragraphs_back(self, position: int, count: int) -> int | None:
        """Where the paragraph ``count`` paragraphs before the one holding ``position`` starts (None between
        paragraphs)."""
        paragraph = self._paragraph_at(position)
        return None if paragraph is None else self.paragraphs[max(0, paragraph.index - count)].start

    def _outlet_before(self, position: int) -> str | None:
        """The news outlet "the newspaper" or "the network" refers to: the latest one named outside quotations
        in its paragraph or the two before ("the New York Daily News suggested … According to the newspaper")."""
        lower = self._paragraphs_back(position, 2)
        if lower is None:
            return None
        found = None
        for match in _OUTLET_RUN.finditer(self.masked, lower, position):
            name = canonical_outlet(match.group(0))
            run = match.group(0).rstrip(".")
            if name is None and run.split()[-1] in _OUTLET_HEADS:
                name = _strip_determiner(run)
            if name:
                found = name
        return found

    def _author_of_writing_before(self, position: int) -> str | None:
        """The person the article last named as the author of a book or another writing ("Mariano wrote a memoir",
        "Mariano's book", "a memoir by Connie Mariano") within its paragraph or the three before."""
        lower = self._paragraphs_back(position, 3)
        if lower is None:
            return None
        found = None
        for match in _WRITING_AUTHOR.finditer(self.masked, lower, position):
            group = "name" if match.group("name") else "by"
            mention = self._person_right_before(match.start(group), match.end(group))
            if mention is not None:
                found = self.registry.canonical(mention.name, mention.start, mention.title_words)
        return found

    def _sentence_start_before(self, position: int) -> int:
        index = max(0, bisect.bisect_right(self._paragraph_starts, position) - 1)
        paragraph = self.paragraphs[index]
        return self._sentence(index, max(paragraph.start, min(position, paragraph.end - 1)))[0]

    def _announced(self, piece: Piece) -> _Attribution | None:
        """'Trump was quick to add that the deal does not include the wall.' then '“Building it? Not
        negotiable.”': a paragraph that is only a quotation, after a narrative paragraph whose last sentence
        reports a person speaking, is that person's."""
        paragraph = self.paragraphs[piece.paragraph]
        if piece.after_close is None:
            return None
        if piece.open_at != paragraph.start:
            # '… Lawrence B. Cummings, called him a master at bolting together impossible transactions. "He showed
            # again and again an ability to put together deals."': the same within a paragraph, sentence by sentence.
            before = self._sentence_before_quoted_sentence(piece)
            if before is None:
                return None
            announce_start, announce_end = before
        else:
            if piece.paragraph == 0 or self.masked[piece.after_close : paragraph.end].strip(" .,;:!?\"”’'"):
                return None
            before = self.paragraphs[piece.paragraph - 1]
            if before.index in self.boilerplate or before.index in self.titles or self._has_piece(before):
                return None
            announce_start = self._sentence(before.index, max(before.start, before.end - 2))[0]
            announce_end = before.end
        # "Donald Trump's first tweet Sunday morning was a fairly measured comment." then "“Really bad shooting in
        # Orlando.”": the writing the sentence names speaks for its author.
        cue = find_cue(self.masked, announce_start, announce_end, prefer="first") or self._possessive_cue(
            announce_start, announce_end, _POSSESSIVE_SPEECH_OR_WRITING
        )
        if cue is None or cue.participle or not cue.mention:
            # "The DNC issued a statement apologizing to Sanders for the emails." then the statement's words: the
            # body (or person) that issued it speaks them.
            issued = _ISSUED_STATEMENT.search(self.masked, announce_start, announce_end)
            issuer = noun_phrase_before(self.masked, announce_start, issued.start()) if issued else None
            if issued is None or issuer is None or not is_valid_speaker_phrase(issuer[0]):
                return None
            speaker, _ = self.resolve(issuer[0], issuer[1])
            label = " ".join(issued.group(0).split())
            return _Attribution(speaker or _strip_determiner(issuer[0]), issuer[0], label, found=False)
        speaker, kind = self.resolve(cue.mention, cue.mention_at)
        if kind not in ("person", "pronoun") or not speaker:
            return None
        return _Attribution(speaker, cue.mention, cue.cue, found=False)

    def _sentence_before_quoted_sentence(self, piece: Piece) -> tuple[int, int] | None:
        """Where the sentence before a closed piece that is a whole sentence of its paragraph, not its first, starts
        and ends; None when the piece shares its sentence with the writer's words or another piece stands before."""
        start, end = self._sentence(piece.paragraph, piece.open_at)
        if self.masked[start : piece.open_at].strip() or self.masked[piece.after_close : end].strip(" .,;:!?\"”’'"):
            return None
        previous_start, _ = self._sentence(piece.paragraph, start - 1)
        if previous_start >= start or self._has_piece_between(previous_start, start):
            return None
        return previous_start, start

    def _acting_subject(self, piece: Piece) -> _Attribution | None:
        """'Betsy Ebeling shook her head. “Tom’s much better about it than I am.”': a sentence quoted whole, with no
        cue, right after a sentence of its paragraph that opens on a person doing something, is that person's."""
        if piece.after_close is None or piece.open_at == self.paragraphs[piece.paragraph].start:
            return None
        before = self._sentence_before_quoted_sentence(piece)
        if before is None:
            return None
        previous_start, start = before
        clause_start = self._clause_start(previous_start, start)
        first = bisect.bisect_left(self._antecedent_positions, clause_start)
        if first < len(self.antecedents) and self.antecedents[first][0] < start:
            at, person = self.antecedents[first]
            if self.masked[clause_start:at].strip() or _PASSIVE_AFTER_SUBJECT.match(
                self.masked, self._mention_ends.get(at, at)
            ):
                return None
            mention = self.masked[at : self._mention_ends.get(at, at)]
            return _Attribution(person, mention, None, found=False)
        return None

    def _has_piece(self, paragraph: Paragraph) -> bool:
        return self._has_piece_between(paragraph.start, paragraph.end)

    def _has_piece_between(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._piece_opens, start)
        return index < len(self._piece_opens) and self._piece_opens[index] < end

    def _continuation(self, index: int, earlier: list[_Attribution]) -> _Attribution:
        """A cue-less full quotation right after an attributed one carries on the same speaker."""
        piece = self.pieces[index]
        previous_piece = self.pieces[index - 1]
        last = earlier[-1]
        if not last.speaker or previous_piece.paragraph < piece.paragraph - 1:
            return _Attribution()
        if previous_piece.paragraph in self.boilerplate:
            return _Attribution()
        _, attribution_end = self._sentence(previous_piece.paragraph, self._piece_end(previous_piece))
        # '“…,” he began. … Brafman, however, could not have been more delighted. His face …, as if to say,
        # “…?”': a sentence after the attribution that opens on someone else as its subject takes the floor
        # ("But the oversized Trump face …" does not), in the quotation's paragraph as in the one before.
        first = bisect.bisect_left(self._antecedent_positions, attribution_end)
        last_at = bisect.bisect_left(self._antecedent_positions, piece.open_at, first)
        own_sentence_start, _ = self._sentence(piece.paragraph, piece.open_at)
        for at, person in self.antecedents[first:last_at]:
            sentence_start, _ = self._sentence_at(at)
            # 'When Trump finally wrapped up — “…!”': the quotation's own sentence names its subject.
            opens = (
                sentence_start == own_sentence_start
                or not self.masked[self._clause_start(sentence_start, at) : at].strip()
            )
            if opens and person not in (last.speaker, last.relayed_by):
                return _Attribution()
        return replace(last, mention=None, cue=None, found=False)


# Speech verbs in a title-case headline ("Obama Says …", "Hillary Clinton Speaks ‘…’").
_HEADLINE_CUE = re.compile(
    r"\b(?:Says|Said|Tells|Told|Speaks|Calls|Calling|Warns|Slams|Urges|Vows|Claims|Asks|Declares|Admits|Insists|"
    r"Blasts|Accuses|Praises|Promises|Tweets|Writes|Saying|Telling)\b"
)
# A headline's speaker and verb after its quotation: "Guns Are ‘The Ultimate …,’ Howard Dean Tells Convention".
_HEADLINE_CUE_AFTER = re.compile(
    r"[\s,.’'”\"]*(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s+" + _HEADLINE_CUE.pattern
)
# "'The city is under fire', says governor", "… – Kharkiv governor": a role after the headline's quotation.
_HEADLINE_ROLE_AFTER = re.compile(
    r"[\s,.’'”\"]*(?P<verb>says|said|[—–-])\s+(?P<role>(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w'’-]*\s+)?[a-z]+)[\s.]*"
)
_HEADLINE_LABELS = frozenset(
    "watch breaking exclusive update analysis opinion editorial report video live poll review photos latest "
    "correction corrections clarification note editor's editor’s disclosure related source sources credit".split()
)


# A headline label's topic: 'Gillibrand on Hillary …:', 'CNN President On Trump:'.
_LABEL_TOPIC = re.compile(r"\s[Oo]n\s")


def _headline_label(words: list[str]) -> str | None:
    """The speaker a headline names before its colon when the body does not name them in full ("Politifact: …"):
    one to three capitalised words, not all capitals ("BREAKING:"). Section labels are the caller's to rule out."""
    if 1 <= len(words) <= 3 and all(w[0].isupper() and not w.isupper() for w in words):
        return " ".join(words)
    return None


# A turn of a transcript quoted whole: the speaker's name in capitals and a colon ("PENCE: Well, look, …").
_TRANSCRIPT_LABEL = re.compile(r"(?P<label>[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,2}):\s+(?=\S)")
_NOT_TRANSCRIPT_LABELS = frozenset(
    "UPDATE UPDATED BREAKING WATCH NOTE EDITOR’S NOTE EDITOR'S NOTE CORRECTION VIDEO PHOTO PHOTOS READ MORE RELATED "
    "WARNING ALERT EXCLUSIVE ANALYSIS OPINION LIVE TRANSCRIPT SOURCE SOURCES AP AFP TASS RIA UPI".split()
)
# A line that opens on a speaker's label: "Sanders: …", "Hacker Guccifer: …".
_SPEAKER_LABEL = re.compile(
    r"\s*(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}"
    # "DPR leader: «…»", "Kremlin spokesman: “…”": a role the body gives someone.
    r"(?:\s+(?:leader|head|chief|spokesman|spokeswoman|spokesperson|president|minister|governor|mayor|commander|"
    r"envoy|ambassador|adviser|aide))?):\s"
)
# Between two pieces, an attribution whose comma is missing: '“…,” Trump said “…”'.
_MOVES_ON = re.compile(r"\b(?:going|went|moving|moved) on to\b|\bturning to\b")
_ENDS_ON_SPEECH_VERB = re.compile(r"\b(?:said|says|added|adds|asked|asks|wrote|writes|continued|told \w+)$")
# A role set off before a person's name after a quotation: '“…,” another friend, Mariam Emara told CNN'.
_ROLE_BEFORE_NAME = re.compile(
    r"[\s,]*(?:another|a|an|the|his|her|their|one)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s*"
)
# A description up to "and" right after a quotation: the first half of "the Florida senator and Republican
# presidential candidate said".
_DESCRIPTION_AND = re.compile(r"[\s,]*(?P<head>(?:the|a|an)\s+[^,;()\"“”.]{1,60}?)\s+and\s+")
# A name up to "and" right after a quotation: '“…,” Trump and Leahy wrote'.
_NAME_AND = re.compile(r"[\s,]*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+and\s+")


_CONTRACTION = re.compile(r"\w['’](?:s|re|ll|ve|d|m|t)\b")


def _is_title_case(words: list[str]) -> bool:
    """Whether quoted words are a title in title case: three to twelve words, every word of four letters or more
    capitalised, no sentence break inside ("This Kind of War", "Tales From the Crypt")."""
    if not 3 <= len(words) <= 12:
        return False
    long_words = 0
    for word in words:
        word = word.strip("“”\"'‘’,:;()")
        if len(word) >= 4 and word[:1].isalpha():
            if not word[0].isupper():
                return False  # the usual case, settled at the first lower-case word
            long_words += 1
    if long_words < 2 or any(word.endswith((".", "?", "!")) for word in words[:-1]):
        return False
    # "Yes we can – Stop TTIP!", "That’s Jeb Bush and Marco Rubio.": said, however capitalised.
    return not words[-1].endswith(("?", "!")) and not any(_CONTRACTION.search(word) for word in words)


def _names_full_person(phrase: str) -> bool:
    return any(" " in m.name for m in find_name_mentions(phrase))


_GERUND_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*\s+[a-z]{2,}ing\s+$")
# Describing words before a name, no preposition among them ("the mother of Obama" names the mother).
_DESCRIBED_NAME_LEAD = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:(?!(?:of|at|for|from|with|in|by|on|to|and|or)\s)[a-z][\w’'-]*\s+){1,4}"
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|at|for|from|with|in|by|on|to)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$", re.I
)
# Overlapping pairs of capitalised words: "After Donald Trump" gives "After Donald" and "Donald Trump".
_NAME_PAIR = re.compile(r"\b(?=(([A-Z][a-z]+)\s+([A-Z][\w'’-]+)))")
# Places and landmarks are organisation words for telling names apart, but never a body that speaks as "it": "what it
# called" after "… of North Korea's test" is the Security Council's (a text, "Quran verse 71 where it states", is).
_PLACE_OR_THING_WORDS = frozenset(
    """
    street avenue square city county province region oblast district airport islands island monument mall memorial
    museum park river mountain mountains ocean sea bay valley coast lake gulf strait canal bridge tower palace cathedral
    stadium arena hall plaza library legacy summit award prize east west north south middle room building grounds
    fairgrounds highway road boulevard
    """.split()
)
_ORG_HEADS = sorted(
    {w.capitalize() for w in ORG_WORDS - _PLACE_OR_THING_WORDS if w.isalpha() and len(w) > 3}, key=len, reverse=True
)
# An organisation's name: capitalised words ending on an organisation word ("the Business Council of British
# Columbia", "the staff association"), or a possessive before one ("Trump's campaign").
# Writings whose author speaks through them, and the ways an article names that author.
_WRITINGS = frozenset("book memoir memoirs biography autobiography column op-ed essay".split())
_WRITING_NOUN = r"(?:book|memoir|memoirs|biography|autobiography|column|op-ed|essay)"
_WRITING_AUTHOR = re.compile(
    rf"\b(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}})(?:['’]s(?: new| latest)? {_WRITING_NOUN}\b"
    rf"| (?:wrote|published|writes|released)(?: a| an| the| his| her)(?: new| latest)? {_WRITING_NOUN}\b)"
    rf"|\b{_WRITING_NOUN} by (?P<by>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}})"
)
# Definite descriptions of a news outlet, and the words that end an outlet's name ("the New York Daily News").
_OUTLET_DESCRIPTIONS = frozenset(
    "newspaper paper news outlet outlet network magazine news agency agency wire service website site broadcaster "
    "channel daily tabloid publication news site news network".split(" ")
) | {"news outlet", "news agency", "wire service", "news site", "news network"}
_OUTLET_HEADS = frozenset(
    "Times Post News Journal Herald Tribune Gazette Register Sentinel Magazine Caller Beast Examiner Observer "
    "Telegraph Guardian Chronicle Inquirer Monitor Independent Express Review Star Globe Bulletin Dispatch "
    "Reuters Politico Breitbart Newsweek Axios Vox Salon Slate BuzzFeed HuffPost".split()
)
_OUTLET_RUN = re.compile(r"\b(?:[Tt]he )?[A-Z](?:[\w&'’-]|\.(?=\w))*\.?(?: [A-Z](?:[\w&'’-]|\.(?=\w))*\.?){0,4}")

_ORGANISATION = re.compile(
    r"\b(?:[Tt]he\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}(?:" + "|".join(_ORG_HEADS) + r")\b"
    r"(?:\s+of(?:\s+[A-Z][\w.&'’-]*){1,3})?"
    # "Trump's campaign", "Russia's defence ministry".
    r"|\b[A-Z][\w.'’-]*['’]s\s+(?:[a-z]+\s+){0,2}(?:campaign|office|team|foundation|company|administration|government|"
    r"ministry|army|military|navy|embassy|presidency)\b"
    # "the staff association", "The city council", "the regional administration".
    r"|\b[Tt]he\s+(?:[a-z]+\s+){0,2}?(?:association|committee|council|campaign|company|agency|group|union|party|"
    r"ministry|administration|embassy|regiment|brigade)\b"
    # a text that speaks: "The report … it points out"
    r"|\b[Tt]he\s+(?:report|letter|statement|study|memo|editorial|complaint|lawsuit|filing|document|ad|post|article|paper|"
    r"column|op-ed|book|survey|video)\b"
)
# Bodies a bare "the ministry" refers back to, named first with their country or field: "Russia's defence ministry",
# "the Ukrainian General Staff", "the State Department".
_BODY_HEADS = frozenset(
    "ministry agency department committee council commission army navy embassy government administration "
    "presidency command staff military police prosecutor's office service court".split()
)
_NAMED_BODY = re.compile(
    r"\b(?:[Tt]he\s+)?(?!The\b)[A-Z][\w.&-]*(?:['’]s)?\s+(?:(?!(?:the|a|an|of|and)\b)[A-Za-z][\w-]*\s+){0,2}?"
    r"(?P<head>(?i:"
    + "|".join(sorted((re.escape(h) for h in _BODY_HEADS), key=len, reverse=True))
    + r"))\b"
    # "Britain's Ministry of Defence": what it is the body of, when named.
    + r"(?:\s+of(?:\s+(?:the\s+)?[A-Z][\w'’-]*){1,3})?"
)
_BODY_OF = re.compile(r"\b[Tt]he\s+(?P<head>[A-Z][a-z]+)\s+of(?:\s+(?:of\s+)?(?:the\s+)?[A-Z][\w'’-]*){1,5}")
_BODY_REACH = 3
_AGE_EPITHET = re.compile(r"the \d{1,3}-year-old(?: [a-z]+)?")
# Bodies an appositive describes after their name: "Energoatom, Ukraine's state nuclear company,".
_DESCRIBED_BODY_HEADS = frozenset(
    "company operator firm utility broadcaster network newspaper agency organisation organization watchdog "
    "regulator group charity monitor".split()
)
_BODY_APPOSITIVE = re.compile(
    r"\b(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}),\s+(?:(?:a|an|the)\s+)?(?:[\w.’'-]+\s+){0,4}?"
    r"(?P<head>" + "|".join(sorted(_DESCRIBED_BODY_HEADS)) + r"),"
)
_INDEFINITE_DETERMINERS = frozenset(("a", "an", "one", "another", "some"))
# A name that ends its phrase on someone else's role ("A Warren adviser", "a Trump campaign aide"): the
# role's holder speaks, not the person named.
_NOUN_AFTER_NAME = re.compile(r"\s+[a-z][\w-]*[\s,.;:]*")
_SERVES_ROLE_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,2}\s+(?:adviser|advisor|aide|spokesman|spokeswoman|spokesperson|official|"
    r"staffer|lawyer|attorney|strategist|consultant|pollster|supporter|surrogate|ally|donor|doctor|physician|wife|"
    r"husband|son|daughter|brother|sister|mother|father|staff|chief|woman|man|friend|confidant|confidante|associate|"
    r"assistant|manager|secretary|biographer)s?\s*"
)
# "according to the Kremlin" ending its phrase: a body credited for what someone in the sentence said.
_ACCORDING_TO_BODY = re.compile(
    rf"\b(?i:according\s+to)\s+(?:the\s+)?(?P<body>{RELAYING_BODY.pattern})\s*(?:[,.;:)]|$)"
)
_HEAD_OF_STATE = re.compile(
    r"(?i:the)\s+(?:(?P<place>[A-Z][\w'’-]*)\s+)?head\s+of\s+(?:the\s+)?(?P<office>state|government)"
)
# "Dan Gross, the president of the Brady Campaign," is no candidate for a bare "the president" (a head of state).
_HEAD_OF_STATE_WORDS = frozenset({"president", "leader", "prime", "chancellor", "premier", "king", "queen"})
_ROLE_SET_OFF_BEFORE_NAME = re.compile(
    r"(?:\b[Tt]he|[A-Z][\w.'’-]*['’]s)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<role>[a-z]+)"
    r"(?:\s+(?:to|of|for|at|in)\s+[^,;:.\"“”]{1,50})?,\s+$"
)
# A role phrase set off beside a name: ", head of the presidential office," after it; "chief of staff, " before it,
# after an article or someone's possessive.
_SET_OFF_PHRASE_AFTER = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?P<phrase>[a-z][^,;:.()\"“”]{2,79}?)\s*,")
_SET_OFF_PHRASE_BEFORE = re.compile(
    r"(?:\b[Tt]he|[A-Z][\w.'’-]*['’]s)\s+(?P<phrase>[a-z][^,;:.()\"“”]{2,79}?),\s+$"
)
# An appositive after a name giving a role: ", an adviser to", ", the ombudsman of", ", a senior commander,".
_ROLE_IN_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}?(?P<role>[a-z][\w-]*)"
    r"(?=\s*[,;.]|\s+(?:of|to|for|at|in|with|who|on|from)\b)"
)
_BULLETS = frozenset("•●▪■◦‣*-")
_REPLY_CUES = frozenset({"replied", "replies", "answered", "answers", "responded", "responds", "retorted"})
# "the reporter asked Peskov", "asked Zelensky whether": the one a question was put to.
_ASKED_SOMEONE = re.compile(
    r"\basked\s+(?:(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})|(?P<object>him|her)\b)"
)
# One of a group named before: "one of the sources", "one of them", "one official", "a source".
_GROUP_MEMBER = re.compile(
    r"(?i:one|a|an)(?:\s+of\s+(?:the|them|those|these))?(?:\s+(?P<noun>[a-z]+?)s?)?"
)
_GROUP_QUANTIFIERS = frozenset("two three four five six several some many both few".split())
_GROUP_NOUNS = frozenset(
    "sources officials people diplomats residents witnesses analysts experts aides insiders lawmakers soldiers "
    "commanders negotiators".split()
)
# A body's own verb closing the sentence after the speaker's: "…, the ministry said in a statement."
_BODY_SAID_AFTER = re.compile(
    rf",\s+(?P<body>{RELAYING_BODY.pattern})\s+(?:said|reported|wrote)(?:\s+(?:in|on)\s+[^,;:\"“”]{{1,40}})?\s*[.;]?\s*$"
)
# Right after a quotation, a description and a relative clause without commas before the verb: "a separatist
# commander who gave his name as Alexei told".
_DESCRIPTION_WHO = re.compile(
    r"[\s,'’”\"]*(?P<np>(?:a|an|the|one|another)\s+[^,;:.!?\"“”]{1,60}?)\s+who\s+[^,;:.!?\"“”]{1,80}?\s+"
)
# "who gave only his first name, Oleksandr", "who gave his name as Alexei", "who asked to be identified only by her
# first name, Olena": a speaker the writer describes and knows by one name only.
_GIVEN_NAME_AFTER = re.compile(
    r"who\s+(?:gave|offered|would\s+(?:only\s+)?give|identified\s+(?:himself|herself)|"
    r"(?:asked|wished|wanted|agreed|preferred|requested)\s+to\s+be\s+(?:identified|named))"
    r"\s+(?:only\s+)?(?:by\s+)?(?:(?:his|her|their)\s+)?(?:(?:first|last|given|family)\s+)?(?:name\b\s*)?"
    r"(?:only\s+)?(?:as\s+|,\s*)(?P<name>[A-Z][\w'’-]+)(?=[\s,;:.!?])(?!\s+[A-Z])"
)
# What may stand between a reporting verb and the subject of the clause it reports: a time, then "that".
# A wire story's dateline opening its first paragraphs: "WASHINGTON (AP) —", "KYIV, Nov 21 (Reuters) -", "DONETSK,
# February 18. /TASS/.".
_DATELINE = re.compile(
    r"(?P<place>[A-Z]{3,}[A-Z .'’-]*)(?:,\s+[A-Z][\w.'’ -]{1,40}?)?\s*(?:\([\w ]{2,20}\)\s*)?(?:--|[—–-])\s+"
    # The story's first sentence follows; "NATO - the alliance - said" sets off an aside.
    r"(?=[A-Z0-9“\"‘'«])"
    r"|(?P<tass_place>[A-Z]{3,}[A-Z .'’-]*),\s+[\w ]{3,25}\.\s*/[A-Z]+/\.\s+"
)
_REPORTED_CLAUSE_OPENING = re.compile(
    r"(?:\s+(?:(?:on|in|at|late|early|this|last)\b(?:\s+[\w'’-]+){1,2}?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?"
    r"(?:\s+that)?\s+"
)
_POSSESSIVE_LOWER_WORDS = re.compile(r"['’]s(?:\s+[a-z][\w-]*)*\s+(?P<head>[a-z][\w-]*)\s*")
_ROLE_GAP = re.compile(r"\s+((?:[a-z][\w-]*\s+){1,2})$")


def _reporting_body(phrase: str) -> str | None:
    """The outlet, office or described media a reporting phrase names ("RIA Novosti", "the Kremlin", "Macron's
    office", "Russian state media"), or None for anyone else."""
    bare = _strip_determiner(phrase)
    return canonical_outlet(phrase) or (bare if RELAYING_BODY.fullmatch(bare) else None) or described_media(phrase)


def _replaced(text: str, edits: list[tuple[int, int, str]]) -> str:
    """``text`` with each ``(start, end, replacement)`` applied; the ranges do not overlap."""
    parts = []
    position = 0
    for start, end, replacement in sorted(edits):
        parts += (text[position:start], replacement)
        position = end
    parts.append(text[position:])
    return "".join(parts)


_PLATFORM_CHANNEL = re.compile(r"\b(Telegram|YouTube|VKontakte|TikTok)\s+channels?\b")
_POSTED_WORDS = re.compile(r"\b(?:Twitter|X|Telegram|Facebook|Instagram|tweet(?:ed|s)?|posted|wrote|post)\b")
_HEADLINE_QUOTES_COMPARED = 20


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` (the slice taken once, not per word)."""
    return any(word in text for word in words)


def _comparable(text: str) -> str:
    """Quoted words lower-cased, without punctuation, spaced singly: a headline's "'Hell on earth'" is found in
    "It was hell on earth"."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _first_name_with_age(text: str, mention: NameMention) -> bool:
    """'Natalia, 52, fled Mariupol', 'Olena, a 45-year-old resident,': someone the article names by a first name
    alone, with an age, as it does the people it meets; "she" may then mean her."""
    return (
        " " not in mention.name
        and _AGE_APPOSITIVE.match(text, mention.end) is not None
        and first_name_gender(mention.name) is not None
    )


def _first_name_given(text: str, mention: NameMention) -> bool:
    """'a local woman named Tetiana said', 'a soldier called Oleksandr': someone the writer describes, then gives
    a first name alone."""
    return (
        " " not in mention.name
        and text.endswith(_NAMED_BEFORE, 0, mention.start)
        and _DESCRIBED_THEN_NAMED.search(text, max(0, mention.start - 60), mention.start) is not None
        and first_name_gender(mention.name) is not None
    )


_NAMED_BEFORE = (" named ", " called ", " identified as ", " identified only as ")
# A person described, then named: "a local woman named", not "Trump called".
_DESCRIBED_THEN_NAMED = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){1,3}(?:named|called|identified(?:\s+only)?\s+as)\s+$"
)
_AGE_APPOSITIVE = re.compile(r",\s+(?:an?\s+)?\d{1,3}(?:-year-old\b|,)")


def _latest_first(streams: list[list]) -> Iterator[tuple[int, str]]:
    """The events of several text-ordered lists, latest first, each list read back from its given index; of equal
    offsets the earlier list's first. (A plain loop over the few heads: ``heapq.merge`` with a key cost more than the
    handful of events a pronoun reads.)"""
    while True:
        best = None
        best_at = -1
        for stream in streams:
            events, index = stream
            if index >= 0 and events[index][0] > best_at:
                best, best_at = stream, events[index][0]
        if best is None:
            return
        yield best[0][best[1]]
        best[1] -= 1


def _modifier_mentions(text: str, mentions: list[NameMention]) -> set[int]:
    """Starts of names that only modify a role before another name: "Clinton" in "Clinton communication
    director Jennifer Palmieri" is whom the director serves, not the sentence's subject."""
    found = set()
    for mention, following in zip(mentions, mentions[1:], strict=False):
        gap = _ROLE_GAP.match(text[mention.end : following.start] + " ")
        if gap and gap.end() == following.start - mention.end + 1:
            words = gap.group(1).split()
            # "Clinton criticized officer Betty Shelby" has a verb in the gap: Clinton is the subject.
            verb_like = words[0].endswith("ed") or words[0] in SPEECH_VERBS
            if not verb_like and (words[-1] in TITLE_WORDS or words[-1] in KIN_WORDS):
                found.add(mention.start)
    return found


def _lower_same_length(text: str) -> str:
    """Lower-case without moving offsets: a few characters ("İ") lower-case to two code points."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _strip_determiner(phrase: str) -> str:
    # Whitespace is collapsed: a phrase read from the masked text has blanks where a quoted title stood.
    return re.sub(r"^(?:the|a|an)\s+", "", " ".join(phrase.split()), flags=re.IGNORECASE)


# Words said to another audience than an outlet's: a new occasion, which ends the speaker's last credit.
_NEW_OCCASION = re.compile(
    r"\b(?:told|addressed|addressing|speaking\s+to|spoke\s+to)\s+(?:(?:the|a|an|his|her|their)\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+){0,3}(?:[a-z-]+\s+)?(?:parliament|lawmakers|legislators|deputies|senators|congress|rally|"
    r"crowd|supporters|students|diplomats|summit|forum|assembly|council|audience|troops|soldiers|nation)\b"
    # A letter: "Trump wrote to Roffman", "in a letter to the UN".
    r"|\bwrote\s+to\s+(?:[A-Z]|the\b|his\b|her\b)|\b[Ii]n\s+a\s+letter\b"
)
_NEW_OCCASION_WORDS = ("told", "address", "spok", "speaking", "wrote to", "letter")
_NO_SOURCE = ""
# ", according to" after a cue, and whom it names: "said, according to the official, who …".
_ACCORDING_TO_RELAY = re.compile(r",\s+according\s+to\s+(?P<phrase>[^,.;:!?\"“”()]{2,80}?)\s*(?:[,.;:)]|$)")
_ACCORDING_INTRO = re.compile(r"according\s+to\s+([^,]+),", re.IGNORECASE)


def _according_to_intro(clause: str) -> str | None:
    match = _ACCORDING_INTRO.search(clause)
    return match.group(1).strip() if match else None


# A subject's finite verb: after an optional party label ("Susan Collins (R-Maine)"), place ("Ben Cardin of
# Maryland"), aside between commas ("Mike Huckabee, for his part, is labeling") and adverbs; a progressive or
# perfect form (a passive, "was ousted", is no one's saying), a regular past or third-person present form, or a few
# irregular verbs of thought, writing and making a point.
_FINITE_VERB_AFTER_SUBJECT = re.compile(
    r"(?:\s*\([^()]{1,30}\)+)?(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?(?:,[^,]{1,80},)?"
    r"\s+(?:(?:also|then|later|again|even|still|now|just|never|[a-z]+ly)\s+)*"
    r"(?P<verb>(?:is|are|was|were)\s+[a-z]+ing|(?:has|have|had)\s+[a-z]+ed|[a-z]+(?:ed|s)|thought|wrote|spoke|made)\b"
    # A plural noun listed after a name is no verb: "Latin American artists, writers, actors … published".
    r"(?!,)"
)
# Words of that shape that report nothing: copulas and auxiliaries (the quotation describes the subject), words that
# only look like verbs, and verbs of standings and shows ("Clinton leads by 21 points among …", "edits 'Eat The
# Press'").
_NOT_REPORTING_VERBS = frozenset(
    "is was has does its his this thus us plus yes less unless as across towards whereas perhaps always sometimes "
    "besides leads edits hosts earned".split()
)


# Longer "sentences" (pasted tables, lists without full stops) are cut at spaces into pieces of at most this many
# characters.
_LONGEST_SENTENCE = 2000


# A headline in capitals before a quotation: two words or more, some maybe quoted ("HOW ‘MAKING THEM SMALLER’ YIELDS
# …", whose quoted words are blanked in the masked text, their marks left).
_CAPS_LABEL = re.compile(r"\s*(?:(?:[‘'“\"]?[A-Z0-9][A-Z0-9’'‘”\":,.&$%/-]*|[‘’'“”\"]+)\s+){2,}")
# The outlet credited in brackets after a quotation: '” [WaPo.]', '.” [Mother Jones.]'.
_BRACKET_CREDIT = re.compile(r"[”\"’']*[.?!]?[”\"’']*\s*\[(?P<outlet>[A-Z][^\]\n]{0,40}?)\.?\]")


_QUOTED_AS_SAYING = re.compile(
    r"[\s,'’”\"]*(?P<name>[A-Za-z][^,.;:!?\"“”]{0,80}?)\s+(?:was|were|is|has\s+been)\s+(?P<verb>quoted|cited)\s+"
    r"(?:by\s+[^,.;:!?]{1,60}?\s+)?as\s+(?P<participle>saying|telling)\b"
)


# A post on a platform credits the quotations of the next few paragraphs, not a speech quoted further on ("Trump
# posted a message on Twitter …" then, pages later, "said Tuesday that Rubio was “a total lightweight”"); an outlet
# or an interview usually carries the whole article.
_POST_REACH = 5
_WRITING_CUES = frozenset({"wrote", "writes", "posted", "posts"})
# "In a letter to Putin, he wrote": words written somewhere other than where the writer last had the speaker act.
_WRITTEN_ELSEWHERE = re.compile(
    r"\b(?i:in|into)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}"
    r"(?:letter|article|column|op-ed|essay|statement|book|memo|email|e-mail|note|report|newsletter|blog)"
)
_PLATFORM_NAME = re.compile(rf"(?P<src>{'|'.join(PLATFORM_NAMES)})\b(?![-’'])")
_ON_BEFORE_PLATFORM = re.compile(r"\bon\s+(?:(?:his|her|their|its)\s+)?$")
_AUDIENCES = frozenset({"reporters", "press conference"})
# A sentence opening on a group of authors ("The leaders of the self-declared … republics").
_GROUP_SUBJECT = re.compile(r"\s*(?P<phrase>(?:[Tt]he\s+)?(?:" + "|".join(sorted(GROUP_NOUNS)) + r")\s+of\s+the)\b")


# "a statement from the Ukrainian presidency", "a statement issued by the Defense Ministry".
# The statement's issuer is the subject before these: "Zelensky's office said in a statement", "… issued a statement".
_ISSUED_STATEMENT = re.compile(
    r"\b(?:said|says)\s+in\s+a\s+(?:[\w-]+\s+)?statement\b|\b(?:issued|released|put\s+out|published)\s+a\s+"
    r"(?:[\w-]+\s+)?statement\b"
)
_STATEMENT_FROM = re.compile(
    r"\bstatement\s+(?:from|by|issued\s+by|released\s+by)\s+(?P<issuer>(?:the\s+)?[A-Za-z][^,.;:()\"“”]{1,60}?)"
    r"(?=\s*[,.;:]|\s+(?:said|says|read|reads|that|on|in|last|this|earlier)\b)"
    # "a statement posted on the Kremlin website": the site's owner issued it.
    r"|\bstatement\s+(?:posted|published)\s+on\s+(?:the\s+)?(?P<site>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"(?:['’]s)?\s+(?:website|site|web\s+site|page)\b"
)


def _harmonise_groups(quotes: list[Quote]) -> list[Quote]:
    """Pieces of one quotation share one speaker when one piece names the body and its relay.

    "According to Peskov, the appeal read: '…' / '…,' Peskov added": Peskov keeps reading the appeal.
    """
    by_group: dict[int, list[int]] = {}
    for i, quote in enumerate(quotes):
        by_group.setdefault(quote.group, []).append(i)
    result = list(quotes)
    for members in by_group.values():
        attributed = [quotes[i] for i in members if quotes[i].speaker]
        if attributed:
            # A quotation over several paragraphs is attributed once, often only at its end.
            lead = attributed[0]
            for i in members:
                if not quotes[i].speaker:
                    result[i] = replace(
                        quotes[i],
                        speaker=lead.speaker,
                        speaker_mention=lead.speaker_mention,
                        cue=lead.cue,
                        relayed_by=lead.relayed_by,
                        credited_source=lead.credited_source,
                    )
        relayed = [quotes[i] for i in members if quotes[i].relayed_by]
        if not relayed:
            continue
        lead = relayed[0]
        for i in members:
            if quotes[i].speaker == lead.relayed_by:
                result[i] = replace(result[i], speaker=lead.speaker, relayed_by=lead.relayed_by)
    return result
