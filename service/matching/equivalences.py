"""Equivalent spellings used by matching: transliterations and British/American spellings.

This module is data. Each group lists spellings of one word; the first member is the canonical form that
normalisation maps every member to. Members are written already normalised (lower case, no accents, no
apostrophes or hyphens). To extend the table without editing this file, build a new one::

    table = DEFAULT_TABLE.extended([("mykolaiv", "nikolaev", "nikolayev")])

and pass ``Normalizer(table)`` to the matching functions. Changing the table changes normalised forms, so
quotes indexed under the old table must be re-indexed (see ``service.ingest.reindex``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

# Place names and personal names with competing Latin transliterations (mostly Russian vs Ukrainian
# romanisation). Only names whose variants never collide with an ordinary English word are listed.
TRANSLITERATIONS: tuple[tuple[str, ...], ...] = (
    ("kyiv", "kiev", "kyyiv", "kiew"),
    ("kyivan", "kievan"),
    ("luhansk", "lugansk"),
    ("donbas", "donbass"),
    ("kharkiv", "kharkov"),
    ("odesa", "odessa"),
    ("mykolaiv", "nikolaev", "nikolayev", "mykolayiv"),
    ("zaporizhzhia", "zaporizhia", "zaporozhye", "zaporozhie", "zaporizhzhya"),
    ("dnipro", "dnepr", "dnieper"),
    ("dnipropetrovsk", "dnepropetrovsk"),
    ("lviv", "lvov", "lwow"),
    ("rivne", "rovno"),
    ("chernihiv", "chernigov"),
    ("zhytomyr", "zhitomir"),
    ("vinnytsia", "vinnitsa", "vinnytsya"),
    ("luhanska", "luganska"),
    ("lysychansk", "lisichansk"),
    ("sievierodonetsk", "severodonetsk", "syeverodonetsk", "sieverodonetsk"),
    ("sloviansk", "slavyansk", "slovyansk", "slaviansk"),
    ("chornobyl", "chernobyl"),
    ("bakhmut", "artemivsk", "artyomovsk", "artemovsk"),
    ("horlivka", "gorlovka"),
    ("makiivka", "makeyevka", "makeevka"),
    ("avdiivka", "avdeyevka", "avdeevka"),
    ("vuhledar", "ugledar"),
    ("izium", "izyum"),
    ("kupiansk", "kupyansk"),
    ("berdiansk", "berdyansk"),
    ("crimea", "krym"),
    ("dpr", "dnr"),
    ("lpr", "lnr"),
    ("zelensky", "zelenskyy", "zelenskiy", "zelenskyi", "zelenski", "selenskyj"),
    ("yanukovych", "yanukovich", "janukowitsch"),
    ("tymoshenko", "timoshenko"),
    ("pasechnik", "pasichnyk", "pasechnyk"),
    ("shoigu", "shoygu", "shoigou"),
    ("prigozhin", "prigojine", "prigoschin"),
    ("navalny", "navalnyy", "navalnyi", "nawalny"),
    ("gorbachev", "gorbachov", "gorbatschow"),
    ("khrushchev", "khrushchov", "chruschtschow"),
    ("yeltsin", "eltsin", "jelzin"),
    ("kadyrov", "kadirov"),
    ("solovyov", "soloviev", "solovyev"),
    ("dmitry", "dmitri", "dmitriy", "dmytro"),
    ("sergei", "sergey", "serhiy", "sergej"),
    ("alexei", "alexey", "aleksei", "aleksey", "oleksii", "oleksiy"),
    ("yuri", "yury", "yuriy", "yurii"),
    ("andrei", "andrey", "andriy", "andrii"),
    ("nikolai", "nikolay", "mykola"),
    ("aleksandr", "alexandr", "oleksandr"),
    ("yevgeny", "evgeny", "yevgeniy", "evgeniy", "yevhen"),
    ("tatiana", "tatyana", "tetiana", "tetyana"),
    ("natalia", "natalya", "nataliya"),
    ("denis", "denys"),
    ("mikhail", "mykhailo", "michail"),
    ("maria", "mariya", "mariia"),
)

# British spellings that are plain one-for-one variants of an American spelling. Only unambiguous pairs
# are listed: "tyre/tire", "storey/story", "cheque/check", "metre/meter" have a second meaning.
BRITISH_AMERICAN: tuple[tuple[str, ...], ...] = (
    ("defense", "defence"),
    ("defenses", "defences"),
    ("defenseless", "defenceless"),
    ("offense", "offence"),
    ("offenses", "offences"),
    ("pretense", "pretence"),
    ("license", "licence"),
    ("licenses", "licences"),
    ("center", "centre"),
    ("centers", "centres"),
    ("centered", "centred"),
    ("theater", "theatre"),
    ("theaters", "theatres"),
    ("fiber", "fibre"),
    ("liter", "litre"),
    ("liters", "litres"),
    ("kilometer", "kilometre"),
    ("kilometers", "kilometres"),
    ("millimeter", "millimetre"),
    ("millimeters", "millimetres"),
    ("caliber", "calibre"),
    ("somber", "sombre"),
    ("maneuver", "manoeuvre"),
    ("maneuvers", "manoeuvres"),
    ("program", "programme"),
    ("programs", "programmes"),
    ("catalog", "catalogue"),
    ("dialog", "dialogue"),
    ("analog", "analogue"),
    ("gray", "grey"),
    ("judgment", "judgement"),
    ("judgments", "judgements"),
    ("acknowledgment", "acknowledgement"),
    ("aging", "ageing"),
    ("enroll", "enrol"),
    ("fulfill", "fulfil"),
    ("fulfillment", "fulfilment"),
    ("installment", "instalment"),
    ("skeptical", "sceptical"),
    ("skeptic", "sceptic"),
    ("skepticism", "scepticism"),
    ("aluminum", "aluminium"),
    ("mold", "mould"),
    ("plow", "plough"),
    ("toward", "towards"),
    ("among", "amongst"),
    ("while", "whilst"),
    ("learned", "learnt"),
    ("spelled", "spelt"),
    ("burned", "burnt"),
    ("dreamed", "dreamt"),
    ("practice", "practise"),
    ("practiced", "practised"),
    ("practicing", "practising"),
    ("paralyze", "paralyse"),
    ("paralyzed", "paralysed"),
    ("analyze", "analyse"),
    ("analyzed", "analysed"),
    ("analyzes", "analyses"),
    ("analyzing", "analysing"),
    ("airplane", "aeroplane"),
    ("pediatric", "paediatric"),
    ("encyclopedia", "encyclopaedia"),
    ("esthetic", "aesthetic"),
    ("maneuvering", "manoeuvring"),
    ("cozy", "cosy"),
    ("jewelry", "jewellery"),
    ("mustache", "moustache"),
    ("cooperation", "co-operation"),
    ("coordinate", "co-ordinate"),
    ("coordination", "co-ordination"),
)

# Words whose British form ends in -our (colour, favour ...). Inflections are generated below.
_OUR_STEMS = (
    "arbo",
    "ardo",
    "armo",
    "behavio",
    "cando",
    "clamo",
    "colo",
    "demeano",
    "endeavo",
    "favo",
    "flavo",
    "fervo",
    "harbo",
    "hono",
    "humo",
    "labo",
    "neighbo",
    "odo",
    "parlo",
    "rigo",
    "rumo",
    "savo",
    "splendo",
    "tumo",
    "valo",
    "vapo",
    "vigo",
)
_OUR_SUFFIXES = ("r", "rs", "red", "ring", "rable", "rably", "rful", "rite", "rites", "rhood", "rless")

# Verbs with an -ise/-ize alternation. Verbs that are -ise in both spellings (advise, revise, surprise,
# compromise, exercise, promise ...) are deliberately absent.
_IZE_STEMS = (
    "apolog",
    "author",
    "capital",
    "categor",
    "central",
    "character",
    "civil",
    "colon",
    "critic",
    "democrat",
    "demilitar",
    "destabil",
    "emphas",
    "energ",
    "final",
    "global",
    "harmon",
    "hospital",
    "human",
    "ideal",
    "immobil",
    "immun",
    "industrial",
    "internal",
    "jeopard",
    "legal",
    "legitim",
    "liberal",
    "marginal",
    "maxim",
    "memor",
    "militar",
    "minim",
    "mobil",
    "modern",
    "monopol",
    "national",
    "neutral",
    "normal",
    "optim",
    "organ",
    "penal",
    "polar",
    "popular",
    "priorit",
    "privat",
    "radical",
    "real",
    "recogn",
    "reorgan",
    "revolution",
    "sanit",
    "scrutin",
    "sensit",
    "special",
    "stabil",
    "standard",
    "subsid",
    "summar",
    "symbol",
    "sympath",
    "synchron",
    "terror",
    "theor",
    "util",
    "vandal",
    "victim",
    "visual",
    "weapon",
    "western",
)
_IZE_SUFFIXES = ("e", "ed", "es", "ing", "er", "ers", "ation", "ations")

# -ll- in British inflections of verbs stressed on the first syllable (travelled, cancelled ...).
_LL_STEMS = (
    "travel",
    "cancel",
    "model",
    "label",
    "fuel",
    "counsel",
    "signal",
    "total",
    "level",
    "channel",
    "marshal",
    "shovel",
    "tunnel",
    "equal",
    "dial",
    "duel",
    "jewel",
    "quarrel",
    "rival",
    "funnel",
    "enamel",
    "libel",
    "pencil",
    "unravel",
)


def _generated_groups() -> Iterator[tuple[str, ...]]:
    for stem in _OUR_STEMS:
        for suffix in _OUR_SUFFIXES:
            yield (stem + suffix, stem + "u" + suffix)
    for stem in _IZE_STEMS:
        for suffix in _IZE_SUFFIXES:
            yield (stem + "iz" + suffix, stem + "is" + suffix)
    for stem in _LL_STEMS:
        for suffix in ("ed", "ing", "er", "ers"):
            yield (stem + suffix, stem + stem[-1] + suffix)


def default_groups() -> list[tuple[str, ...]]:
    """Every group of the built-in table, transliterations first."""
    return [*TRANSLITERATIONS, *BRITISH_AMERICAN, *_generated_groups()]


class EquivalenceTable(Mapping[str, str]):
    """Maps a normalised word to the canonical spelling of its group; immutable.

    Members are normalised with ``clean`` (the same function the tokenizer applies to each word) so a
    group can be written with hyphens or capitals. A word may belong to one group only.
    """

    def __init__(self, groups: Iterable[Iterable[str]] = (), *, clean=None) -> None:
        from service.matching.normalize import base_form

        clean = clean or base_form
        mapping: dict[str, str] = {}
        for group in groups:
            members = [clean(word) for word in group]
            members = [m for m in dict.fromkeys(members) if m]
            if len(members) < 2:
                continue
            canonical = members[0]
            for member in members:
                previous = mapping.get(member)
                if previous is not None and previous != canonical:
                    raise ValueError(f"{member!r} is in two groups ({previous!r} and {canonical!r})")
                mapping[member] = canonical
        self._map = mapping

    def canonical(self, word: str) -> str:
        """The canonical spelling of ``word`` (itself when it is in no group)."""
        return self._map.get(word, word)

    def extended(self, groups: Iterable[Iterable[str]]) -> EquivalenceTable:
        """A new table with ``groups`` added; a group may name a canonical form already in the table."""
        merged: dict[str, list[str]] = {}
        for member, canonical in self._map.items():
            merged.setdefault(canonical, [canonical]).append(member)
        extra = []
        for group in groups:
            group = list(group)
            known = next((self._map[g] for g in group if g in self._map), None)
            if known is not None:
                merged[known].extend(group)
            else:
                extra.append(group)
        return EquivalenceTable([*merged.values(), *extra])

    def __getitem__(self, word: str) -> str:
        return self._map[word]

    def __iter__(self) -> Iterator[str]:
        return iter(self._map)

    def __len__(self) -> int:
        return len(self._map)
