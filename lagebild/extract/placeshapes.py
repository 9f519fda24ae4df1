"""Places known by the shape of the phrase that names them, not by a gazetteer of towns.

Pure functions over one sentence's text, each returning ``(start, end, name)`` spans:

- rivers, named with their article or a preposition of location („an der Donau“, "along the Danube"):
  a short list per language, since a bare river name is also a word („Oder“) or a surname;
- venues named by an adjective and a building noun („im Schweriner Schloss“, „des Bayerischen Hofs“),
  shown in the nominative ("Bayerischer Hof");
- places whose name starts with an article or a title word that the one-word rules cut off
  („nach El Fascher“, "in Al Hudaydah", „in Bad Ischl“).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from lagebild.extract.lang import places

# A river is named with its article or after a preposition of location; a sentence-initial „Oder“ is the
# conjunction, and "Elbe" after a first name a surname.
_RIVER_BEFORE = re.compile(
    r"(?:\b(?:der|die|den|dem|des|an|am|zur|zum|über|entlang|jenseits|diesseits|und|sowie|the|of|on|along|across"
    r"|and|near|into|over|beyond|up|down)|,)\s+$")


@lru_cache(maxsize=4)
def _river_regex(language: str) -> re.Pattern[str]:
    names = sorted(places.RIVERS_DE if language == "de" else places.RIVERS_EN, key=len, reverse=True)
    body = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w-])(?P<name>{body})(?![\w-])")


def rivers(text: str, language: str) -> list[tuple[int, int, str]]:
    """„an der Donau“, "along the Rhine": rivers named as locations."""
    return [(m.start(), m.end(), m.group("name")) for m in _river_regex(language).finditer(text)
            if _RIVER_BEFORE.search(text, 0, m.start())]


# „im Schweriner Schloss“, „vor dem Roten Rathaus“, „des Bayerischen Hofs“: an adjective before a building noun
# after an article or a preposition (the nouns' genders give the nominative ending)
_MASCULINE = ("Hof", "Burghof", "Palast", "Dom", "Saal", "Garten", "Park", "Bahnhof", "Hafen", "Platz", "Markt")
_NEUTER = ("Schloss", "Rathaus", "Palais", "Tor", "Kloster", "Stadion", "Theater", "Museum", "Münster")
_ADJECTIVE_VENUE = re.compile(
    r"\b(?:im|am|ins|vom|zum|beim|dem|des|das|der|den|vor\s+dem|in\s+dem)\s+"
    r"(?P<adj>[A-ZÄÖÜ][a-zäöüß]+(?:er|en|es|em|e))\s+"
    r"(?P<noun>" + "|".join(_MASCULINE + _NEUTER) + r")(?P<gen>e?s)?(?![\w-])")


def adjective_venues(text: str) -> list[tuple[int, int, str]]:
    """„im Inneren Burghof“ -> "Innerer Burghof"; „im Schweriner Schloss“ -> "Schweriner Schloss"."""
    result = []
    for match in _ADJECTIVE_VENUE.finditer(text):
        adjective, noun = match.group("adj"), match.group("noun")
        if adjective.endswith("er") and not adjective.endswith(("eren", "erer")):
            shown = adjective  # "Schweriner", "Brandenburger": a town's adjective does not inflect
        else:
            stem = re.sub(r"(?:en|em|es|er|e)$", "", adjective)
            shown = stem + ("er" if noun in _MASCULINE else "es")
        result.append((match.start("adj"), match.end("noun"), f"{shown} {noun}"))
    return result


# „nach El Fascher“, "in Al Hudaydah", „in Bad Ischl“, "to Port Moresby": a place name of two words whose first
# is an article or a title word
_PREFIXED = re.compile(
    r"(?<![\w])(?:in|nach|aus|bei|von|to|from|near|outside|at)\s+"
    r"(?P<name>(?:El|Al|Ad|Ar|As|Bad|Sankt|San|Santa|Puerto|Port|Porto)\s+[A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?)"
    r"(?![\w-])")


def prefixed_places(text: str) -> list[tuple[int, int, str]]:
    return [(m.start("name"), m.end("name"), m.group("name")) for m in _PREFIXED.finditer(text)]


# „Nord-Darfur“, „Ost-Jerusalem“, "South Kordofan", "East Jerusalem": a compass word before a place the
# gazetteer knows names a part of it (a state's own name such as "North Macedonia" stays the state's)
_COMPASS_DE = re.compile(r"(?<![\w-])(?P<name>(?:Nord|Süd|Ost|West|Zentral)-(?P<rest>[A-ZÄÖÜ][^\W\d_]+))(?![\w-])")
_COMPASS_EN = re.compile(r"(?<![\w-])(?P<name>(?:North|South|East|West|Central|Upper|Lower)\s+"
                         r"(?P<rest>[A-Z][^\W\d_]+))(?![\w-])")


def compass_parts(text: str, language: str, known: Callable[[str], bool],
                  is_state: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    regex = _COMPASS_DE if language == "de" else _COMPASS_EN
    return [(m.start("name"), m.end("name"), m.group("name")) for m in regex.finditer(text)
            if known(m.group("rest")) and not is_state(m.group("name"))
            and not (language == "en" and _NAME_GOES_ON.match(text, m.end("name")))]


# "West Texas Intermediate", "North Carolina State University": a capitalised word after the part of a place
# continues another name (a weekday or a month does not: "in East Jerusalem Monday")
_NAME_GOES_ON = re.compile(r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
                           r"|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]")


# "in the Sahel", „im Südkaukasus“: a region of no single state, named as a location
_NAMED_REGION = re.compile(r"(?<![\w-])(?:in|im|In|Im|across|throughout)\s+(?:the\s+|der\s+|dem\s+|den\s+)?(?P<name>"
                           + "|".join(sorted(map(re.escape, places.NAMED_REGIONS), key=len, reverse=True))
                           + r")(?![\w-])")
# "at State House", "at the Presidential Villa", "at Kamukunji Grounds", "on Government Avenue", "at Joint Base
# Andrews": a venue by its last word (or a base by its kind), after a preposition of location
_VENUE_AFTER_AT = re.compile(
    r"(?<![\w-])(?:at|in|inside|outside|near|on|from|to)\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’-]+\s+){1,3}"
    r"(?:House|Villa|Grounds|Lodge|Avenue|Capitol)|(?:Joint|Air\s+Force|Air|Naval|Army)\s+Base\s+[A-Z][\w-]+)(?![\w-])")
# Words before "House" that make it a chamber or a party's group, no building ("the Republican House majority")
_NOT_VENUE_WORDS = frozenset({"Republican", "Democratic", "Democrat", "Lower", "Upper", "Federal", "US", "U.S.",
                              "The", "Speaker"})
# "the Kano–Maradi and Cotonou–Niamey routes": the towns a route joins
_ROUTE = re.compile(r"(?<![\w-])(?P<pairs>[A-Z][a-z]+[–-][A-Z][a-z]+(?:(?:,\s+|\s+and\s+)[A-Z][a-z]+[–-][A-Z][a-z]+)*)"
                    r"\s+(?:routes?|corridors?|road|highway|railway|rail\s+link|railway\s+line|pipeline)\b")
# "at the Seme and Illela border posts": border posts named by their towns
_BORDER_POSTS = re.compile(r"(?<![\w-])(?P<names>[A-Z][a-z]+(?:(?:,\s+|\s+and\s+)[A-Z][a-z]+)*)\s+border\s+"
                           r"(?:posts?|crossings|points?|towns?)\b")


def named_regions(text: str) -> list[tuple[int, int, str]]:
    return [(m.start("name"), m.end("name"), m.group("name")) for m in _NAMED_REGION.finditer(text)]


# „Tagungsort war das Ozeaneum“, "The venue is the Grand Palace": a name that a venue noun is said to be
_VENUE_PREDICATE = re.compile(
    r"(?<![\w-])(?:Tagungsort|Veranstaltungsort|Austragungsort|Verhandlungsort|[Vv]enue)\s+(?:war|ist|wird|sei|was|is"
    r"|will\s+be)\s+(?:das|der|die|the)?\s*(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday"
    r"|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Ende|Anfang|Mitte)\b)"
    r"(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+){0,3})")


def venue_predicates(text: str) -> list[tuple[int, int, str]]:
    """„Tagungsort war das Ozeaneum am Hafen“ -> "Ozeaneum": the place a meeting's venue noun names."""
    return [(m.start("name"), m.end("name"), m.group("name")) for m in _VENUE_PREDICATE.finditer(text)]


def venues_at(text: str) -> list[tuple[int, int, str]]:
    """"talks at State House", "signed at the Jubilee House": English venues named by their last word."""
    return [(m.start("name"), m.end("name"), m.group("name")) for m in _VENUE_AFTER_AT.finditer(text)
            if m.group("name").split()[0] not in _NOT_VENUE_WORDS]


def route_towns(text: str, is_state: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """"the Kano–Maradi route", "the Seme and Illela border posts": towns a route joins or a border post names."""
    result = []
    for match in _ROUTE.finditer(text):
        for town in re.finditer(r"[A-Z][a-z]+", match.group("pairs")):
            if not is_state(town.group(0)):
                result.append((match.start("pairs") + town.start(), match.start("pairs") + town.end(), town.group(0)))
    for match in _BORDER_POSTS.finditer(text):
        towns = list(re.finditer(r"[A-Z][a-z]+", match.group("names")))
        if len(towns) > 1 or match.group(0).split()[-1] != "crossing":
            for town in towns:
                if not is_state(town.group(0)) and town.group(0) not in ("The", "At", "And"):
                    result.append((match.start("names") + town.start(), match.start("names") + town.end(),
                                   town.group(0)))
    return result
