"""Telling the article from what a scraper picked up around it.

Reader comments, newsletter and donation appeals, "Check Also" sidebars, author boxes, photo captions and
credits carry quotation marks too, and none of them is the article's reporting. Two kinds of signal:
a *tail marker* ("Leave a Reply", "Sign up for our free weekly newsletter", "Check Also") ends the
article, so it and every paragraph after it are boilerplate; a *paragraph marker* (a bullet comment,
a caption ending in a photo credit) flags one paragraph only.
"""

from __future__ import annotations

import re

from .text import Paragraph

_TAIL_MARKERS = re.compile(
    r"^(?:leave a reply|leave a comment|\d+ comments?$|comments?$|check also$|related(?: articles| posts| stories)?:?$|"
    r"read more$|sign up for (?:our|the)\b|subscribe to (?:our|the)\b|a message from\b|dear readers?,?$|"
    r"share this:?$|like this:?$|about the author$|about [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}$|"
    r"author: [A-Z]|you might also like|recommended for you|more from\b|most read$|trending now$|"
    r"support (?:our|independent) journalism|fill in your details below|you are commenting using)",
    re.IGNORECASE,
)
# Wire services' closing lines: "Follow AP's coverage of the war at https://…", "Associated Press writer … in Lviv
# contributed to this report." Tried only on paragraphs holding "coverage" or "contributed".
_WIRE_CLOSING = re.compile(
    r"^(?:follow [\w’'. ]{1,40} coverage\b|[\w ]{1,40} writers? [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} "
    r"(?:in [A-Z]\w+ )?contributed\b)",
    re.IGNORECASE,
)
_PARAGRAPH_MARKERS = re.compile(
    r"^(?:support [A-Z][\w ]{0,40}!$|liked by \d+ (?:people|person)|reply$|"
    r"log in to reply|posted (?:by|in)\b|tags?:|filed under\b|photo:|image:|credit:|follow (?:us|him|her) on\b|"
    # A link to another story inside the article: "Read more: Putin recognises breakaway regions".
    r"read (?:more|also)\s*:|also read\s*:|see also\s*:|related\s*:\s*\S|watch\s*:|video\s*:|listen\s*:)",
    re.IGNORECASE,
)
# A bulleted paragraph is a reader's comment when a comment's furniture follows it ("Liked by 4 people", "Reply");
# otherwise it is the article's own list ("• “We will not give up,” Zelensky said.", a live blog's key points).
_BULLET = re.compile(r"^[•●▪■◦‣*]\s")
_COMMENT_FURNITURE = re.compile(
    r"^(?:liked by \d+ (?:people|person)|\d+ (?:likes?|replies)\b|reply$|log in to reply)", re.IGNORECASE
)
_COMMENT_REACH = 2
# A caption ends with a photographer's credit: "Nikolai Trishin / TASS", "ARIS MESSINIS/GETTY IMAGES".
_CREDIT_TAIL = re.compile(
    r"(?:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} / [A-Z][\w.'’&-]+(?: [A-Z][\w.'’&-]+){0,3}|"
    r"[A-Z]{2,}(?: [A-Z]{2,})+ ?/ ?[A-Z]{2,}(?: [A-Z]{2,})*|(?i:\((?:photo|image)[^)]*\)|getty images|"
    r"reuters/[\w ]+|ap photo[\w /]*))\.?$"
)
# Looked for in the lower-cased tail: the same test as (?i:getty|photo), without a pattern tried at every position.
_CREDIT_WORDS = ("getty", "photo")
_CAPTION_POSITION = re.compile(r"\(([LRC]|left|right|center|centre)\)", re.IGNORECASE)


def _has_caption_positions(text: str) -> bool:
    """Whether a paragraph places people in a photo ("Pushilin (L) and Pasechnik"): any position but "(R)", which
    alone is far more often a party ("New Jersey Gov. Chris Christie (R), a staunch Trump ally, …")."""
    positions = [match.group(1).lower() for match in _CAPTION_POSITION.finditer(text)]
    return any(position != "r" for position in positions)


def is_caption(paragraph: Paragraph) -> bool:
    """Whether a paragraph is a photo caption or credit line rather than reporting."""
    text = paragraph.text
    if "(" in text and len(text) < 300 and _has_caption_positions(text):
        return True
    tail = text[-60:]
    if "/" not in tail and "(" not in tail:
        lowered = tail.lower()
        if not any(word in lowered for word in _CREDIT_WORDS):
            return False
    return bool(_CREDIT_TAIL.search(tail)) and ('"' not in text and "“" not in text or len(text) < 200)


# A newsletter promotion is sometimes set inside the article ("Sign up for our daily newsletter", then the story goes
# on): the reporting resumes at the first paragraph of some length that says nothing of newsletters or the reader.
_PROMOTION = re.compile(r"^(?:sign up (?:for|to)|subscribe to) (?:our|the)\b", re.IGNORECASE)
_PROMOTION_WORDS = re.compile(
    r"\b(?:newsletters?|subscri\w*|sign(?:ed)? up|inbox|e-?mails?|donat\w*|our|ours|us|you|your|yours)\b",
    re.IGNORECASE,
)
_RESUMING_WORDS = 12
_QUOTED_PASSAGE = re.compile(r"[“\"«][^”\"»]*[”\"»]")
_SPEECH_VERB = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes)\b")


def _resumes_reporting(paragraph: Paragraph) -> bool:
    """Whether a paragraph after a newsletter promotion is the article again: the writer's words in it (outside
    quotation marks, where anyone may say "our") address no reader, and it is long enough to be reporting or
    attributes a quotation."""
    own_words = _QUOTED_PASSAGE.sub(" ", paragraph.text)
    if _PROMOTION_WORDS.search(own_words):
        return False
    return len(paragraph.text.split()) >= _RESUMING_WORDS or (
        own_words != paragraph.text and _SPEECH_VERB.search(own_words) is not None
    )


def boilerplate_paragraphs(paragraphs: list[Paragraph]) -> set[int]:
    """Indexes of the paragraphs that are not part of the article's reporting."""
    flagged: set[int] = set()
    tail_from: int | None = None
    promotion = False
    for paragraph in paragraphs:
        if tail_from is not None and promotion and _resumes_reporting(paragraph):
            tail_from, promotion = None, False
        if tail_from is None and paragraph.index > 0:
            promotion = _PROMOTION.match(paragraph.text) is not None
            if (
                promotion
                or _TAIL_MARKERS.match(paragraph.text)
                or (
                    ("contributed" in paragraph.text or "coverage" in paragraph.text)
                    and _WIRE_CLOSING.match(paragraph.text)
                )
            ):
                tail_from = paragraph.index
        if tail_from is not None:
            flagged.add(paragraph.index)
        elif _PARAGRAPH_MARKERS.match(paragraph.text) or is_caption(paragraph):
            flagged.add(paragraph.index)
        elif _BULLET.match(paragraph.text) and any(
            _COMMENT_FURNITURE.match(after.text)
            for after in paragraphs[paragraph.index + 1 : paragraph.index + 1 + _COMMENT_REACH]
        ):
            flagged.add(paragraph.index)
    return flagged
