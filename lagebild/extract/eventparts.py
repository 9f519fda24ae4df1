"""Who and where, for the events stage: the persons, organizations, countries and
places a stretch of text names, using what the earlier stages found.

Names in German are inflected ("des Europäischen Rates" for "Europäischer
Rat", "französischen" for FR), so organization and place names match by word
stem and countries also by their adjective (data from ``lang/de.py`` and
``lang/en.py``, owned by the entities stage).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lagebild.extract.doc import Doc
from lagebild.extract.mentions import name_mentions, resolve_person, role_mentions
from lagebild.extract.mentions import persons_in as named_persons
from lagebild.model import Person


def _stem_pattern(name: str) -> str:
    """'Europäischer Rat' -> a pattern that also matches 'Europäischen Rates'."""
    parts = []
    for word in name.split():
        keep = word if len(word) <= 4 else word[: len(word) - 2]
        parts.append(re.escape(keep) + r"[\wäöüß]*")
    return r"(?<![\w-])" + r"[\s-]+".join(parts) + r"(?![\w])"


@lru_cache(maxsize=2048)
def _name_rx(name: str, ignore_case: bool) -> re.Pattern[str]:
    return re.compile(_stem_pattern(name), re.IGNORECASE if ignore_case else 0)


def persons_in(doc: Doc, text: str) -> list[Person]:
    """Persons named in ``text`` (full name, surname, genitive), by the persons stage's matcher."""
    return named_persons(doc, text)


def referred_persons(doc: Doc, text: str, sentence_index: int) -> list[Person]:
    """Persons a text refers to without their name: "der Kanzler", "er", "the minister"."""
    found: list[Person] = []
    named = name_mentions(doc, text)
    for start, end, _noun in role_mentions(doc, text):
        if any(0 <= m.start - end <= 3 for m in named):
            continue  # "der kanadische Premierminister Mark Carney": the name follows
        person = resolve_person(doc, text[start:end], sentence_index)
        if person is not None and person not in found:
            found.append(person)
    for m in re.finditer(r"\b(er|sie|Er|he|she|He|She)\b", text):
        if m.group(1) == "sie" and doc.language == "de":
            continue  # mostly plural or formal
        person = resolve_person(doc, m.group(1), sentence_index)
        if person is not None and person not in found:
            found.append(person)
    return found


def organizations_in(doc: Doc, text: str) -> list[str]:
    """Organizations named in ``text``, also by acronym ("IAEA") or short form ("die Kommission")."""
    found = []
    for org in doc.organizations:
        if not org.name:
            continue
        # Short upper-case names (EU, NATO, SPD) must match as written; long names by stem.
        if _name_rx(org.name, not org.name.isupper()).search(text) or any(
                re.search(p, text) for p in _short_forms(org.name)):
            found.append(org.name)
    return found


@lru_cache(maxsize=1024)
def _short_forms(name: str) -> tuple[str, ...]:
    forms: list[str] = []
    capitals = [w for w in name.split() if w[:1].isupper()]
    if len(capitals) >= 3:
        forms.append(rf"\b{''.join(w[0] for w in capitals)}\b")
    if "-" in name and " " not in name:
        tail = name.rsplit("-", 1)[1]
        if len(tail) >= 6:
            forms.append(rf"\b(?:[Dd]ie|der|den|des|dem|[Tt]he)\s+{re.escape(tail)}\w*")
    return tuple(forms)


def _lang_module(language: str) -> object | None:
    try:
        from lagebild.extract.lang import de, en
    except ImportError:
        return None
    return de if language == "de" else en


def _country_patterns(doc: Doc) -> list[tuple[str, re.Pattern[str]]]:
    """(code, pattern) for each country the entities stage found: its name, aliases and adjective."""
    data = _lang_module(doc.language)
    demonyms: dict[str, str] = dict(getattr(data, "DEMONYMS", {}) or {})
    aliases: dict[str, str] = dict(getattr(data, "COUNTRY_ALIASES", {}) or {})
    result: list[tuple[str, re.Pattern[str]]] = []
    for country in doc.countries:
        names = [country.name] + [a for a, c in aliases.items() if c == country.code]
        names = [n for n in names if n]
        alternatives = [_stem_pattern(n) for n in names]
        stems = [d for d, c in demonyms.items() if c == country.code]
        if doc.language == "de":
            alternatives += [rf"(?<![\w-]){re.escape(s)}\w*" for s in stems]
        else:
            alternatives += [rf"(?<![\w-]){re.escape(s)}(?:['’]s)?\b" for s in stems]
        if alternatives:
            result.append((country.code, re.compile("|".join(f"(?:{a})" for a in alternatives),
                                                     re.IGNORECASE)))
    return result


_LOCATIVE = {
    # "aus Großbritannien", "from Britain": where participants come from, not where the event is.
    "de": re.compile(r"\b(?:in|im|nach|bei|vor)\s+(?:der\s+|die\s+|den\s+|dem\s+)?$", re.IGNORECASE),
    "en": re.compile(r"\b(?:in|to|at)\s+(?:the\s+)?$", re.IGNORECASE),
}


def countries_in(doc: Doc, text: str) -> tuple[list[str], list[str]]:
    """(codes named as actors, country names named as locations: 'in der Ukraine', 'nach Polen')."""
    actors: list[str] = []
    locations: list[str] = []
    locative = _LOCATIVE.get(doc.language, _LOCATIVE["en"])
    for code, rx in _country_patterns(doc):
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
        m = _name_rx(place.name, True).search(text)
        if m:
            locative = _LOCATIVE.get(doc.language, _LOCATIVE["en"]).search(text[:m.start()])
            found.append((0 if locative else 1, m.start(), place.name))
    return [name for _rank, _pos, name in sorted(found)]
