"""Where a stretch of text names a country or place the entities stage found, and whether as a
location ("in der Ukraine", "nach Polen") or otherwise.  German names are inflected
("Russlands", "französischen" for FR): countries match by inflected name and adjective
(data from ``lang/de.py`` and ``lang/en.py``, owned by the entities stage).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lagebild.extract.doc import Doc
from lagebild.extract.orgmatch import lang_module, name_rx


def country_patterns(doc: Doc) -> list[tuple[str, re.Pattern[str]]]:
    """(code, pattern) for each country the entities stage found: its name, aliases and adjective."""
    return [pair for country in doc.countries
            if (pair := _country_pattern(country.code, country.name, doc.language)) is not None]


# Remembered per country: the patterns were built (and, past the `re` module's small cache, compiled)
# again for every sentence that asked.
@lru_cache(maxsize=1024)
def _country_pattern(code: str, name: str, language: str) -> tuple[str, re.Pattern[str]] | None:
    data = lang_module(language)
    demonyms: dict[str, str] = dict(getattr(data, "DEMONYMS", {}) or {})
    aliases: dict[str, str] = dict(getattr(data, "COUNTRY_ALIASES", {}) or {})
    names = [name] + [a for a, c in aliases.items() if c == code]
    names = [n for n in names if n]
    # The name as inflected, not its stem: "Chi…" would take "chinakritischen" and "Chile" for China.
    endings = _NAME_ENDINGS.get(language, _NAME_ENDINGS["en"])
    alternatives = [r"(?<![\w-])" + _inflected_name(n, endings) + r"(?![\w])" for n in names]
    stems = [d for d, c in demonyms.items() if c == code]
    if language == "de":
        alternatives += [rf"(?<![\w-]){re.escape(s)}\w*" for s in stems]
    else:
        alternatives += [rf"(?<![\w-]){re.escape(s)}(?:['’]s)?\b" for s in stems]
    if not alternatives:
        return None
    return code, re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


# A list of places after one preposition: "in Irland und China", "in Mali, Niger and Chad".
_PLACE_LIST = r"(?:[A-ZÄÖÜ][\wÄÖÜäöüß'’-]*(?:\s+[A-ZÄÖÜ][\wÄÖÜäöüß'’-]*)?(?:\s*,\s*|\s+(?:und|and|sowie|or|oder)\s+))*"
LOCATIVE = {
    # "aus Großbritannien", "from Britain": where participants come from, not where the event is.
    # The object of a visit is its destination too ("will visit Japan", "besucht China"): a place.
    # A border, island or city "zu"/"of" a country names a place too ("im Grenzgebiet zu Südkorea").
    "de": re.compile(r"\b(?:(?:in|im|nach|bei|vor)\s+|(?:besucht|besuchte|besuchen|bereist|bereiste)\s+"
                     r"(?:(?:am|heute|morgen|kommende\w*|nächste\w*|\w+tag\w*|Woche)\s+){0,3}"
                     r"|\w*grenz\w*\s+(?:zu|mit)\s+)"
                     rf"(?:der\s+|die\s+|den\s+|dem\s+)?{_PLACE_LIST}$", re.IGNORECASE),
    "en": re.compile(r"\b(?:in|to|at|visit|visits|visited|visiting|tour|tours|toured"
                     r"|(?:border|island|city|capital|province|region)\s+(?:with|of))\s+"
                     rf"(?:the\s+)?{_PLACE_LIST}$", re.IGNORECASE),
}


def countries_in(doc: Doc, text: str) -> tuple[list[str], list[str]]:
    """(codes named as actors, country names named as locations: 'in der Ukraine', 'nach Polen')."""
    actors: list[str] = []
    locations: list[str] = []
    locative = LOCATIVE.get(doc.language, LOCATIVE["en"])
    for code, rx in country_patterns(doc):
        for m in rx.finditer(text):
            if m.group(0)[:1].isupper() and locative.search(text[:m.start()]):
                name = next((c.name for c in doc.countries if c.code == code), m.group(0))
                if name not in locations:
                    locations.append(name)
            elif code not in actors:
                actors.append(code)
    return actors, locations


def places_in(doc: Doc, text: str) -> list[str]:
    """Places from the entities stage that ``text`` names, venues before cities (more precise)."""
    found: list[tuple[int, int, str]] = []
    for place in doc.places:
        if not place.name:
            continue
        m = name_rx(place.name, True).search(text)
        if m:
            locative = LOCATIVE.get(doc.language, LOCATIVE["en"]).search(text[:m.start()])
            found.append((0 if locative else 1, m.start(), place.name))
    return [name for _rank, _pos, name in sorted(found)]


def is_country_name(doc: Doc, code: str, surface: str) -> bool:
    """'Turkey', 'Russlands', 'Britain's' name the country; 'Turkish', 'russischen' are adjectives."""
    data = lang_module(doc.language)
    aliases: dict[str, str] = dict(getattr(data, "COUNTRY_ALIASES", {}) or {})
    names = [c.name for c in doc.countries if c.code == code and c.name] + [a for a, c in aliases.items() if c == code]
    endings = _NAME_ENDINGS.get(doc.language, _NAME_ENDINGS["en"])
    return any(re.fullmatch(_inflected_name(n, endings), surface, re.IGNORECASE) for n in names)


# What a country's name may add when it is inflected: "Russlands", "der Vereinigten Staaten", "Britain's".
# Longer endings make an adjective ("chinesischen", "Schweizer", "Japanese", "Philippine" is shorter
# than "Philippines" and so no name either), which the stem pattern of a name also matches.
_NAME_ENDINGS = {"de": r"(?:s|es|n|en|['’])?", "en": r"(?:['’]s?)?"}


def _inflected_name(name: str, endings: str) -> str:
    return r"[\s-]+".join(re.escape(word) + endings for word in name.split())
