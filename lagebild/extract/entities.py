"""Stage: organisations, countries and places named in the article.

Reads: Doc.sentences, Doc.persons (a place or organisation is never part of a
person's name), Doc.language.  Writes: Doc.organizations, Doc.countries,
Doc.places.  Lexicons live in ``lang/de.py`` and ``lang/en.py``; country names
come from Babel's territory names.  Organisations get their nominative base
form ("des Europäischen Rates" -> "Europäischer Rat"); outlets are left to the
sources stage.
"""

from __future__ import annotations

import re

from babel import Locale

from lagebild.extract import mentions, quotes, sources
from lagebild.extract.countries import LANG, countries_in, country_names, country_of_word
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.lang import de, places
from lagebild.extract.orgnames import (
    ORG_STOP,
    PARTY_KEYS,
    SHORT_FORMS,
    SHOUTING,
    TIME_AFTER,
    acronym_orgs,
    body_orgs,
    compound_orgs,
    generic_orgs,
    is_acronym,
    org_regex,
)
from lagebild.extract.placenames import cities, city_regex, dateline, free_places, literal, marked_places
from lagebild.model import Country, Organization, Place, fact_id

__all__ = ["LANG", "countries_in", "country_names", "country_of_word", "run"]
_REGIONS = places.REGIONS


class _Collector:
    """Facts of one kind, deduplicated by a normalised key, in order of first mention."""

    def __init__(self) -> None:
        self.items: dict[str, tuple[str, Sentence]] = {}

    def add(self, key: str, name: str, sentence: Sentence) -> None:
        norm = re.sub(r"\W+", " ", key.casefold()).strip()
        if norm and norm not in self.items:
            self.items[norm] = (name, sentence)
        elif (norm and len(name) > len(self.items[norm][0]) and is_acronym(self.items[norm][0])
              and self.items[norm][0] not in SHORT_FORMS):
            self.items[norm] = (name, self.items[norm][1])  # "UN" first, "United Nations" later: the full name


def _person_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in mentions.name_mentions(doc, text)]


def run(doc: Doc) -> None:
    language = doc.language if doc.language in LANG else "de"
    lang = LANG[language]
    orgs, places = _Collector(), _Collector()
    country_seen: dict[str, Sentence] = {}
    lexicon_regex, canon = org_regex(language)
    outlet_words = set(sources.outlet_names())
    acronyms: set[str] = set()
    venues = {*lang.VENUES, *lang.CITIES}
    # A dateline is the article's first place (after a headline that the segmenter took for a sentence).
    first = next((s for s in doc.sentences[:2] if dateline(s.text)), None)
    city_state: str | None = None  # "Luxemburg (Reuters) –": the city, so a bare "Luxemburg" is no country
    if first is not None:
        line_city = dateline(first.text)
        if line_city:
            places.add(line_city, line_city, first)
            city_state = line_city if line_city in country_names(language) else None
    for sentence in doc.sentences:
        text = sentence.text
        taken = _person_spans(doc, text) + [(s, e) for s, e, _n in sources.outlets_in(text, language)]

        # "DEN HAAG, 8. Januar", "WHO'S IN CHARGE?": capitals that shout a dateline or a heading
        # ("CDU, CSU und SPD" is a list of acronyms, no shouting: it has no two capital words side by side)
        taken += [(m.start(), m.end()) for m in SHOUTING.finditer(text)
                  if re.search(r"[A-ZÄÖÜ'’] [A-ZÄÖÜ]", m.group(0))]

        def free(start: int, end: int, taken: list[tuple[int, int]] = taken) -> bool:
            return all(end <= s or start >= e for s, e in taken)

        for start, end, code in countries_in(text, language):
            if free(start, end) and text[start:end] != city_state:
                country_seen.setdefault(code, sentence)
        for start, name in quotes.quoted_names(text):
            if sources.is_outlet_name(name) or (language == "de" and name.casefold().endswith(de.NOT_ORG_ENDINGS)):
                taken.append((start, start + len(name) + 2))  # „Rheinischen Post“, «Kompass-Initiative»
                continue
            if name not in outlet_words and free(start, start + len(name)):
                orgs.add(name, name, sentence)
                taken.append((start, start + len(name) + 2))
        for start, name, acronym in acronym_orgs(text, language):
            orgs.add(acronym if acronym in canon else name, name, sentence)
            acronyms.add(acronym)  # a later bare "EDA" is the same organisation
            taken.append((start, text.index(")", start) + 1))
        org_ends: list[int] = []
        for match in lexicon_regex.finditer(text):
            if match.lastgroup and free(match.start(), match.end()):
                key, name = canon[int(match.lastgroup[1:])]
                taken.append((match.start(), match.end()))
                if re.search(r"\($", text[: match.start()]) and any(
                        re.fullmatch(r"\s*\(", text[end:match.start()]) for end in org_ends):
                    continue  # "Pakistan Tehreek-e-Insaf (PTI)": the acronym of the name before it
                if _role_before_name(doc, text, match.end()):
                    continue
                if " " not in name and any(other.endswith(" " + name) for other, _s in orgs.items.values()):
                    continue  # "Parliament's vote" after "European Parliament": the same one
                if name in de.TIME_NOUN_PARTIES and TIME_AFTER.match(text[match.end():]):
                    continue  # "Mitte Jänner": a time, not the party
                orgs.add(PARTY_KEYS.get(key, key), name, sentence)
                org_ends.append(match.end())
        for start, end, name in compound_orgs(text, language, lexicon_regex, canon):
            if free(start, end):
                orgs.add(name, name, sentence)
        for start, end, name in body_orgs(text, language):
            if free(start, end):
                orgs.add(name, name, sentence)
                taken.append((start, end))
        for start, name in generic_orgs(text, language):
            if free(start, start + len(name)) and name not in outlet_words and name not in venues:
                orgs.add(name, name, sentence)
                taken.append((start, start + len(name)))
        for match in city_regex(language).finditer(text):
            name = match.group("city") or match.group("venue") or match.group("french")
            if name and free(match.start(), match.end()):
                taken.append((match.start(), match.end()))
                after = text[match.end():].split()
                if match.group(0).endswith("s") and after and mentions.is_role_noun(after[0], language):
                    continue  # "Oberösterreichs Landeshauptmann": the office's land, no place of the news
                if (match.group("city") and name not in _REGIONS
                        and not literal(text, match.start(), match.end())):
                    continue  # "Moscow said": a government; a place only where named as one
                places.add(name, name, sentence)
        for match in re.finditer(r"(?<![\w-])([A-Z][A-Z0-9ÄÖÜ]{1,5})(?![\w-])", text):
            word = match.group(1)
            if (free(match.start(), match.end()) and word not in ORG_STOP and word not in outlet_words
                    and word not in acronyms
                    and not re.fullmatch(r"[IVX]+", word) and word not in country_names(language)
                    and not re.fullmatch(r"COP\d*", word)
                    and not (match.start() < 3 and len(word) >= 3 and re.match(r"\s*[,—–-]", text[match.end():]))):
                city = re.match(r"\s([A-ZÄÖÜ][\w-]+)", text[match.end():])
                if city and city.group(1) in cities(language):
                    acronyms.add(word)  # a later bare "ETH" is the same one
                    word = f"{word} {city.group(1)}"  # "ETH Zürich", "TU München": the city is part of the name
                orgs.add(word, word, sentence)
        for start, end, name in marked_places(text):
            if free(start, end):
                places.add(name, name, sentence)
                taken.append((start, end))
        for start, end, name in free_places(text, language):
            if free(start, end):
                places.add(name, name, sentence)
    for section in doc.sections:  # "Deutsche Position": a subheading names a country too
        if section.heading and doc.sentences:
            for _start, _end, code in countries_in(section.heading, language):
                if code not in country_seen:
                    country_seen[code] = Sentence(-1, section.heading, -1, -1)
    doc.organizations = [Organization(id=fact_id("org", key), evidence=s.text, name=name)
                         for key, (name, s) in orgs.items.items()]
    doc.places = [Place(id=fact_id("place", key), evidence=s.text, name=name)
                  for key, (name, s) in places.items.items()]
    names = {code: name for name, code in reversed(list(country_names(language).items()))}
    babel = Locale(language).territories
    doc.countries = [Country(id=fact_id("country", code), evidence=s.text, code=code,
                             name=str(babel.get(code, names.get(code, code))))
                     for code, s in country_seen.items()]


def _role_before_name(doc: Doc, text: str, end: int) -> bool:
    """'Bundesrat Ignazio Cassis': an organisation word used as a person's title."""
    rest = text[end:].lstrip()
    return any(rest.startswith(p.name) for p in doc.persons)
