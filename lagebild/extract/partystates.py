"""States by party and by what the whole article names: the party → state, the article's dominant state.

A party's state is certain when only one state has it (CDU, ÖVP, SVP); the Greens, FDP and Linke go by
the parties of one state the article names beside them, the member's sentence, the locale or the state
the article is about.  ``country_counts`` counts each state's mentions (names, adjectives, capitals,
national bodies and unambiguous parties) once per article.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from lagebild.extract.countries import countries_in
from lagebild.extract.doc import Doc
from lagebild.extract.lang import bodies, de, domestic, en
from lagebild.extract.patterns import compiled, standalone
from lagebild.extract.personcandidate import Candidate

LOCALE_COUNTRY = {"de-AT": "AT", "de-CH": "CH", "de-DE": "DE", "en-GB": "GB", "en-US": "US"}


def party_in_complement(role: str) -> str | None:
    """The state of a party the role names in its complement: „Vorsitzender der SVP“, "leader of the ODM"
    (not a party name that is also a word or that several states share)."""
    match = _COMPLEMENT_PARTY.search(role)
    if not match:
        group = _COMPLEMENT_GROUP.search(role)  # „Sprecher der Unionsfraktion“, „Chefin der SPD-Fraktion“
        party = re.sub(r"(?<=[a-z])s$", "", group.group(1)) if group else ""
        if not party or party in de.SHARED_PARTIES:
            return None
        return domestic.GROUP_PARTIES_DE.get(party) or de.PARTIES.get(party)
    party = match.group(1)
    return de.PARTIES.get(party) or en.PARTIES.get(party) or domestic.PARTIES_EN.get(party)


# Party names that are ordinary words too, or several states' parties: no state by themselves.
AMBIGUOUS_NAMES = frozenset({"Mitte", "Republikaner", "Demokraten", "Republicans", "Democrats", "Renaissance", "Labour",
                             "Conservatives", "Piraten", "SP", "Vox", "Podemos", "Jubilee", "Wiper"})
_COMPLEMENT_PARTY = re.compile(
    r"\b(?:der|des|of\s+the|of)\s+(" + "|".join(re.escape(p) for p in sorted(
        {*de.PARTIES, *en.PARTIES, *domestic.PARTIES_EN}, key=len, reverse=True)
        if p not in de.SHARED_PARTIES and p not in AMBIGUOUS_NAMES)
    + r")(?![\w-])")


def party_named_after(text: str, pos: int) -> str | None:
    """"Antoinette Fevrier of the United Workers Party": the state of a one-state party right after a name."""
    space = re.match(r"\s+", text[pos:])
    match = _COMPLEMENT_PARTY.match(text, pos + space.end()) if space else None
    if not match or not match.group(0).startswith("of"):
        return None
    return en.PARTIES.get(match.group(1)) or domestic.PARTIES_EN.get(match.group(1))


_NAMED_PARTY = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(p) for p in sorted({*en.PARTIES, *domestic.PARTIES_EN}, key=len, reverse=True)
                               if p not in AMBIGUOUS_NAMES) + r")(?![\w-])")


_COMPLEMENT_GROUP = re.compile(r"\b(?:der|des)\s+([A-ZÄÖÜ][\wäöüß]*?)-?(?:[Bb]undestags|[Ll]andtags)?[Ff]raktion\b")


def party_country(party: str, doc: Doc, sentence: str = "") -> str | None:
    """The country of a party.  A party that several German-speaking countries have (the Greens) goes
    by the parties of one country the article names beside it (ÖVP and SPÖ: AT), else by the one of
    them the member's own sentence names („kritisierte in Wien“), else by the locale, else by the one of
    them the article is about (Germany when it names neither Austria nor Switzerland), else by none: a
    guessed country shown as certain is worse than none."""
    if party in de.SHARED_PARTIES:
        states = domestic.SHARED_PARTY_STATES.get(party, tuple(_SHARED_PARTY_STATES))
        if len(states) == 1:
            return states[0]  # „Mitte-Präsidentin“: only Switzerland has that party
        code = _shared_party_country(party, doc, sentence)
        return code if code in states else None
    return de.PARTIES.get(party) or en.PARTIES.get(party) or domestic.PARTIES_EN.get(party)


def _shared_party_country(party: str, doc: Doc, sentence: str) -> str | None:
    """The shared party's state by the article: see ``party_country``."""
    company = _own_party_countries(doc.text)
    if len(company) == 1:
        return next(iter(company))
    own = set(federal_codes(sentence, doc.language)) if sentence else set()
    if len(own) == 1:
        return own.pop()
    if doc.locale:
        return LOCALE_COUNTRY.get(doc.locale)
    dominant = dominant_country(doc)  # „in Wien“, „der Nationalrat in Bern“: the article's state
    if dominant is None:
        # nothing says otherwise: the Greens, FDP, Linke of most German-language news — unless the
        # article names Austria or Switzerland too, where the same names are other parties
        # (by name or adjective: a city such as Genf hosts what is not Swiss politics)
        named = {code for _s, _e, code in countries_in(doc.text, doc.language)}
        return None if {"AT", "CH"} & named else "DE"
    return dominant if dominant in _SHARED_PARTY_STATES else None


def _own_party_countries(text: str) -> set[str]:
    """Countries of the parties named in ``text`` that only one country has (CDU, ÖVP, SVP)."""
    return {code for name, code in de.PARTIES.items() if code in _SHARED_PARTY_STATES
            and name not in de.SHARED_PARTIES and compiled(rf"(?<![\w-]){re.escape(name)}(?![\w])").search(text)}


_SHARED_PARTY_STATES = frozenset({"DE", "AT", "CH"})


def party_after(doc: Doc, cand: Candidate) -> str | None:
    """'Geert Wilders, dessen PVV ...', 'X, whose Labour party ...': the party named right after the person."""
    text = cand.sentence.text[cand.position:]
    match = re.search(r",\s+(?:dessen|deren|whose)\s+(?:Partei\s+|party,?\s+)?([\w.-]+(?:\s[\w-]+)?)", text[:160])
    if not match:
        return None
    for party in (match.group(1), match.group(1).split()[0]):
        code = party_country(party, doc)
        if code:
            return code
    return None


def party_of_its(doc: Doc, cand: Candidate) -> str | None:
    """"the opposition party SPLM-IO is represented by its deputy chairman, X": "its" before the role goes
    back to the last one-state party its clause names."""
    before = cand.sentence.text[:cand.position]
    # ("its deputy chairman, X", "its National Publicity Secretary, X": the role, then the name)
    if doc.language != "en" or not re.search(r"\bits\s+(?:[\w-]+\s+){0,3}(?:[\w-]+,\s+)?$", before):
        return None
    clause = re.split(r"[;:]|,\s+(?:while|whereas|but)\s", before)[-1]
    named = [m.group(1) for m in _NAMED_PARTY.finditer(clause)]
    index = cand.sentence.index
    if not named and index and not _NAMED_PARTY.search(cand.sentence.text) \
            and doc.sentences[index - 1].block == cand.sentence.block:
        # "The ADC rejected the deal. In a statement by its publicity secretary, X, …": the sentence before
        named = [m.group(1) for m in _NAMED_PARTY.finditer(doc.sentences[index - 1].text)]
    return (en.PARTIES.get(named[-1]) or domestic.PARTIES_EN.get(named[-1])) if named else None


def party_before(doc: Doc, cand: Candidate) -> str | None:
    """'die Tisza-Partei von Péter Magyar', 'der Fidesz von Ministerpräsident X', 'the Likud party of X'."""
    before = cand.sentence.text[max(0, cand.position - 60):cand.position]
    match = re.search(r"([\w.'’-]+?)(?:-Partei|\s+[Pp]art(?:ei|y))?\s+(?:von|of)\s+$", before)
    return party_country(match.group(1), doc) if match else None


# Party names that are also ordinary words, or that several countries share: they say
# nothing about which country an article is about.
AMBIGUOUS_PARTIES: frozenset[str] = frozenset({
    "Mitte", "Republikaner", "Demokraten", "Republicans", "Democrats", "Grüne", "Grünen", "Greens", "Linke", "Linken",
    "Renaissance", "Labour", "Conservatives", "Piraten", "SP", "FDP",
})


def dominant_country(doc: Doc, counts: Counter[str] | None = None) -> str | None:
    """The country a domestic-politics article is about: most of its country, capital, body and party mentions.

    (Never counts a shared party: ``party_country`` asks this function about those.)
    """
    counts = country_counts(doc) if counts is None else counts
    if not counts:
        return None
    (code, top), total = counts.most_common(1)[0], sum(counts.values())
    # (three mentions at least: two, "Polish President X … in Warsaw", make no article about Poland)
    return code if top >= 3 and top >= 0.6 * total else None


_PARTIES_BY_LANGUAGE = {True: {**en.PARTIES, **de.PARTIES}, False: {**de.PARTIES, **en.PARTIES}}


@lru_cache(maxsize=4)
def _count_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The party, city and national-body alternations ``country_counts`` looks for, built once per language
    (not once per article: each is an alternation of hundreds of names)."""
    parties = _PARTIES_BY_LANGUAGE[language == "de"]
    party_regex = compiled(r"(?<![\w-])(" + "|".join(re.escape(p) for p in sorted(parties, key=len, reverse=True)
                                                      if p not in AMBIGUOUS_PARTIES
                                                      and p not in de.SHARED_PARTIES) + r")(?![\w])")
    cities = de.CITIES if language == "de" else en.CITIES
    city_regex = compiled(r"(?<![\w-])(" + "|".join(re.escape(c) for c in sorted(cities, key=len, reverse=True))
                          + r")(?![\w-])")
    body_regex = compiled(r"(?<![\w-])(" + "|".join(re.escape(b) for b in sorted(bodies.NATIONAL_BODIES, key=len,
                                                                               reverse=True)) + r")(?![\w])")
    return party_regex, city_regex, body_regex


def country_counts(doc: Doc) -> Counter[str]:
    """How often the article names each state: by name or adjective, a city, a national body or a party.

    The headline counts twice (it says what the article is about); a city or a national body named
    stands for its country; a party only when its name is unambiguous.
    """
    counts: Counter[str] = Counter()
    party_regex, city_regex, body_regex = _count_patterns(doc.language)
    cities = de.CITIES if doc.language == "de" else en.CITIES
    texts = [(doc.headline, 2)] if doc.headline else []
    texts += [(sentence.text, 1) for sentence in doc.sentences]
    for text, weight in texts:
        for match in body_regex.finditer(text):
            counts[bodies.NATIONAL_BODIES[match.group(1)]] += weight
        for _s, _e, code in countries_in(text, doc.language):
            counts[code] += weight
        for match in city_regex.finditer(text):
            counts[cities[match.group(1)]] += weight
        for match in party_regex.finditer(text):
            party = party_country(match.group(1), doc)
            if party:
                counts[party] += weight
    return counts


def federal_codes(text: str, language: str) -> list[str]:
    codes = [code for _s, _e, code in countries_in(text, language)]
    codes += [code for city, code in de.CITIES.items() if standalone(city).search(text)]
    # („Vorsitzende des Ausschusses im Bundestag“: Germany's parliament)
    codes += ["DE"] * len(_BUNDESTAG.findall(text))
    return [code for code in codes if code in ("DE", "AT", "CH")]


_BUNDESTAG = re.compile(r"(?<![\w-])Bundestag")
