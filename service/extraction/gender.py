"""Grammatical gender of a person's name, to match "he" and "she" to the right antecedent.

First names are looked up in gender-guesser's table (about 40,000 names from many countries, shipped with
the package, no network); titles and role words ("Mrs.", "spokeswoman") decide where the first name does
not.
"""

from __future__ import annotations

import functools

MALE = "male"
FEMALE = "female"

_MALE_WORDS = frozenset(
    "mr mr. sir lord king prince spokesman congressman chairman councilman assemblyman widower father husband "
    "son brother grandfather nephew uncle man boyfriend businessman actor".split()
)
_FEMALE_WORDS = frozenset(
    "mrs mrs. ms ms. miss dame lady queen princess spokeswoman congresswoman chairwoman councilwoman "
    "assemblywoman widow mother wife daughter sister grandmother niece aunt woman girlfriend businesswoman "
    "actress".split()
)


@functools.cache
def _detector():
    import gender_guesser.detector as detector  # imported lazily: loading its table takes a third of a second

    return detector.Detector(case_sensitive=False)


def load_name_table() -> None:
    """Load gender-guesser's name table now rather than at the first pronoun an article needs resolved.

    A server calls it before forking its workers, which then share the loaded table instead of each
    spending a third of a second on its first request.
    """
    _detector()


# First names of people often in the news that the table lacks or gets wrong ("Rand" is female there); "andy" is
# the table's word for a name given to both.
_FIRST_NAMES = {
    **dict.fromkeys("mitt rand reince beto rahm newt jeb kasich mick vlad lindsey".split(), MALE),
    **dict.fromkeys("kellyanne tulsi omarosa huma sheryl".split(), FEMALE),
    # Male in the table's Dutch and German, as often female in American news (Jan Brewer, Jan Schakowsky).
    "jan": "andy",
    # Female in the table's French, male in English (Laurence H. Tribe, Laurence Meyer).
    "laurence": "andy",
}


@functools.lru_cache(maxsize=16384)
def _first_name_verdict(first_name: str) -> str:
    """gender-guesser's verdict: male, female, mostly_male, mostly_female, andy (both) or unknown (no name)."""
    known = _FIRST_NAMES.get(first_name.lower())
    return known if known is not None else _detector().get_gender(first_name)


def is_known_first_name(word: str) -> bool:
    """Whether the name table knows ``word`` as a first name at all (of either gender or both)."""
    return _first_name_verdict(word) != "unknown"


def first_name_gender(first_name: str) -> str | None:
    """MALE, FEMALE or None (unknown or used for both) for a first name."""
    verdict = _first_name_verdict(first_name)
    # "mostly_…" names (Bernie, Terry, Chris) are given to both often enough that ruling a person out on
    # them costs more than it saves: they stay compatible with either pronoun.
    if verdict == "male":
        return MALE
    if verdict == "female":
        return FEMALE
    return None


def person_gender(name: str, title_words: tuple[str, ...] | set[str] = ()) -> str | None:
    """The gender a name and its titles indicate, or None when they do not say."""
    lowered = {word.lower() for word in title_words}
    if lowered & _FEMALE_WORDS:
        return FEMALE
    if lowered & _MALE_WORDS:
        return MALE
    words = name.split()
    # "Crooked Hillary Clinton": a nickname or epithet before the first name; the surname is never asked.
    for word in words[:-1] or words:
        verdict = _first_name_verdict(word)
        if verdict in ("male", "female"):
            return verdict
        if verdict != "unknown":
            # "Billie Jean King": a first name used for both settles nothing, and the middle name ("Jean",
            # male in French) must not decide for it.
            return None
    return None


def pronoun_gender(pronoun: str) -> str | None:
    """The gender a pronoun refers to: "he" → MALE, "she" → FEMALE."""
    return {"he": MALE, "him": MALE, "his": MALE, "she": FEMALE, "her": FEMALE}.get(pronoun.lower())
