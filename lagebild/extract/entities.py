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
from functools import lru_cache
from types import ModuleType

import pycountry
from babel import Locale

from lagebild.extract import mentions, quotes, sources
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.lang import de, en, places
from lagebild.model import Country, Organization, Place, fact_id

LANG: dict[str, ModuleType] = {"de": de, "en": en}
# Babel names that are not states, or that mostly mean something else in news text.
_SKIP_CODES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "JE", "TD", "AQ", "BV", "HM", "UM", "GS", "TF", "IO"})
_GEN_EN = r"(?:['’]s?)?"
_REGIONS = places.REGIONS


@lru_cache(maxsize=4)
def country_names(language: str) -> dict[str, str]:
    """Country name (as written in this language) -> ISO alpha-2."""
    names: dict[str, str] = {}
    for code, name in Locale(language).territories.items():
        if len(code) == 2 and code not in _SKIP_CODES and (pycountry.countries.get(alpha_2=code) or code == "XK"):
            names[name] = code
    names.update(LANG[language].COUNTRY_ALIASES)
    return names


def _inflected(name: str) -> str:
    """A pattern for a German name in any case: 'Vereinigte Arabische Emirate' -> '...Emiraten'."""
    words = []
    for word in name.split():
        if re.search(r"(isch|lich|ig|al|t)e[rs]?$", word) and word[0].isupper():
            words.append(re.escape(re.sub(r"e[rs]?$", "", word)) + "e[nmrs]?")
        else:
            words.append(re.escape(word) + "(?:s|es|n|en)?")
    return r"\s+".join(words)


@lru_cache(maxsize=4)
def _country_regex(language: str) -> re.Pattern[str]:
    names = sorted(country_names(language), key=len, reverse=True)
    if language == "de":
        # "in den Niederlanden": a plural name ending in -e takes -n in the dative
        body = "|".join(_inflected(n) if " " in n
                        else re.escape(n) + ("(?:s|es|n)?" if n.endswith("e") else "(?:s|es)?") for n in names)
        stems = "|".join(re.escape(s) for s in sorted(de.DEMONYMS, key=len, reverse=True))
        demonym = rf"(?i:{stems})(?:e|en|er|es|em)?"
        return re.compile(rf"(?<![\w-])(?:(?P<name>{body})|(?P<adj>{demonym}))(?![\w])")
    body = "|".join(re.escape(n) for n in names)
    adjectives = "|".join(re.escape(a) for a in sorted(en.DEMONYMS, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:(?P<name>{body}){_GEN_EN}|(?P<adj>{adjectives}))(?![\w])")


def _code_of(match: re.Match[str], language: str) -> str | None:
    names = country_names(language)
    if match.group("adj"):
        word = match.group("adj")
        if language == "en":
            return en.DEMONYMS.get(word)
        stem = re.sub(r"(e|en|er|es|em)$", "", word.casefold())
        return de.DEMONYMS.get(stem) or de.DEMONYMS.get(word.casefold())
    found = match.group("name")
    if found in names:
        return names[found]
    flat = re.sub(r"\s+", " ", found)
    for name, code in names.items():  # an inflected form: "Russlands", "Vereinigten Arabischen Emiraten"
        if re.fullmatch(_inflected(name) if language == "de" else re.escape(name), flat):
            return code
    return None


def countries_in(text: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, code) for every country named or given as an adjective."""
    result = []
    for match in _country_regex(language).finditer(text):
        code = _code_of(match, language)
        if code:
            result.append((match.start(), match.end(), code))
    return result


def country_of_word(word: str, language: str) -> str | None:
    """The country a single word stands for: 'ukrainische', 'Israels', 'Britain’s', 'US-'."""
    word = word.rstrip("-")
    found = countries_in(word, language)
    if found and found[0][0] == 0 and found[0][1] >= len(re.sub(r"['’]s?$", "", word)):
        return found[0][2]
    return None


@lru_cache(maxsize=4)
def _city_regex(language: str) -> re.Pattern[str]:
    lang = LANG[language]
    gazetteer = places.DE_ONLY if language == "de" else places.EN_ONLY
    names = sorted({*lang.CITIES, *lang.VENUES, *places.SHARED, *gazetteer, *places.REGIONS}, key=len, reverse=True)
    body = "|".join(re.escape(n) for n in names).replace("ß", "(?:ß|ss)")  # Swiss spelling: "Weissen Haus"
    suffixes = "|".join(re.escape(s) for s in lang.VENUE_SUFFIXES) if language == "de" else "(?!)"
    return re.compile(
        rf"(?<![\w-])(?:(?P<city>{body})(?:s(?![\w]))?|(?P<venue>[A-ZÄÖÜ][\w]+(?:{suffixes})))(?![\w-])"
        r"|(?P<french>(?:Maison|Palais|Château|Hôtel|Villa|Palazzo)\s+(?:de\s+la|de|du|des)\s+[A-Z][\w-]+)"
    )


@lru_cache(maxsize=4)
def _cities(language: str) -> frozenset[str]:
    gazetteer = places.DE_ONLY if language == "de" else places.EN_ONLY
    return frozenset({*LANG[language].CITIES, *places.SHARED, *gazetteer})


_ORG_STOP = frozenset("GDP BIP CEO AI KI TV PM MP LNG EV USD EUR CHF GBP OK UTC GMT CET MEZ PR US UK USA II III IV "
                      "ID SMS PDF NGO NGOs UNO MEP MEPs MdB MdEP CFO COO CTO".split())
_SHOUTING = re.compile(r"(?<![\w-])[A-ZÄÖÜ]{2,}['’]?[A-Z]*(?:[ ,]+[A-ZÄÖÜ]{2,}['’]?[A-Z]*)+[?!]?(?![\w-])")
# Role compounds whose first part is an organisation: "Bundesbank-Präsident", "Bundestagspräsidentin".
_ROLE_SUFFIX = re.compile(r"-?(?:[Pp]räsident|[Cc]hef|[Ss]precher|[Vv]orsitzende|[Dd]irektor|[Ll]eiter"
                          r"|[Gg]eneralsekretär)"
                          r"(?:in|innen|en|s)?$")
_GENERIC_ORG_WORDS = frozenset("Foreign Finance Defence Defense Interior Justice Health Ministry Department Office "
                               "Trade Commerce Treasury Home State Economy Education Press".split())
_CONNECT = frozenset("für der des und von zur zum of for and the on de du la".split())


# Organisations always shown by their short form, whatever the text writes ("European Union" -> "EU").
_SHORT_FORMS = frozenset({"EU"})


def _is_acronym(form: str) -> bool:
    return form.isupper() or (not form.islower() and " " not in form and len(form) <= 6)


def _org_lexicon(language: str) -> list[tuple[str, str, str]]:
    """(pattern, canonical, name) triples, longest pattern first.

    The name is the form to show: the full name where the text gives it ("United Nations", "U.N."),
    else the canonical one; the canonical form keeps "UN" and "United Nations" one organisation.
    """
    lang = LANG[language]
    triples: list[tuple[str, str, str]] = []
    for canonical, variants in lang.ORGANIZATIONS.items():
        for form in (canonical, *variants):
            pattern = re.escape(form) if _is_acronym(form) or language == "en" else _inflected(form)
            pattern = pattern.replace("ß", "(?:ß|ss)")
            shown = form if (_is_acronym(canonical) and not _is_acronym(form) and language == "en"
                             and canonical not in _SHORT_FORMS) else canonical
            triples.append((pattern, canonical, form if "." in form else shown))
    for party in lang.PARTIES:
        triples.append((re.escape(party), party, party))
    return sorted(triples, key=lambda p: len(p[0]), reverse=True)


@lru_cache(maxsize=4)
def _org_regex(language: str) -> tuple[re.Pattern[str], tuple[tuple[str, str], ...]]:
    triples = _org_lexicon(language)
    body = "|".join(f"(?P<o{i}>{p})" for i, (p, _c, _n) in enumerate(triples))
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])"), tuple((c, n) for _p, c, n in triples)


def _nominative(phrase: str) -> str:
    """German organisation name in the nominative: 'Eidgenössischen Departements für ...' -> '... Departement ...'."""
    words = phrase.split()
    head_index = next((i for i, w in enumerate(words) if re.sub(r"e?s$", "", w) in de.ORG_HEADS
                       or w in de.ORG_HEADS), None)
    if head_index is None:
        return phrase
    head = words[head_index]
    base = head if head in de.ORG_HEADS else re.sub(r"e?s$", "", head)
    gender = de.ORG_HEADS[base]
    words[head_index] = base
    ending = {"m": "er", "f": "e", "n": "es"}[gender]
    for i in range(head_index):
        if re.search(r"(isch|lich|ig|al|t|är)(e|en|er|es|em)$", words[i]) and words[i][0].isupper():
            words[i] = re.sub(r"(e|en|er|es|em)$", "", words[i]) + ending
    return " ".join(words)


_TOKEN = re.compile(r"[\w][\w'’.-]*|[(),]")
_ORG_COMPOUND_HEADS = ("programm", "organisation", "fonds", "behörde", "agentur", "bank", "gericht", "kommission",
                       "institut", "zentrum", "amt", "ministerium", "verband", "stiftung", "dienst", "rat", "kammer",
                       "hilfswerk", "büro", "kommando", "parlament", "gerichtshof", "versammlung", "gesellschaft",
                       "bund", "gewerkschaft", "vereinigung", "ausschuss", "konferenz", "verein", "kasse", "partei")


def _compound_orgs(text: str, language: str, org_regex: re.Pattern[str],
                   canon: tuple[tuple[str, str], ...]) -> list[tuple[int, int, str]]:
    """'Bundesbank-Präsident' -> Bundesbank, 'Landwirtschaftskammer-Präsident' -> Landwirtschaftskammer."""
    if language != "de":
        return []
    result = []
    for match in re.finditer(r"(?<![\w-])[A-ZÄÖÜ][\wäöüß-]+", text):
        word = match.group(0)
        suffix = _ROLE_SUFFIX.search(word)
        if not suffix or suffix.start() < 3:
            continue
        head = word[:suffix.start()]
        known = org_regex.fullmatch(head)
        if known and known.lastgroup:
            result.append((match.start(), match.start() + len(head), canon[int(known.lastgroup[1:])][1]))
        elif word[suffix.start()] == "-" and head.casefold().endswith(_ORG_COMPOUND_HEADS) and len(head) > 6:
            result.append((match.start(), match.start() + len(head), head))
    return result


def _compound_gender(word: str) -> str:
    """Grammatical gender of a compound organisation name by its last part ('Gewerkschaftsbund' -> 'm')."""
    lower = word.casefold()
    for head, gender in sorted(de.ORG_HEADS.items(), key=lambda h: len(h[0]), reverse=True):
        if lower.endswith(head.casefold()):
            return gender
    return "f" if lower.endswith(("schaft", "ung", "kammer", "kasse", "ion")) else "m"


def _acronym_orgs(text: str, language: str) -> list[tuple[int, str, str]]:
    """'Genfer Zentrum für Sicherheitspolitik (GCSP)' -> (start, long name, acronym)."""
    result = []
    heads = tuple(de.ORG_HEADS) + en.ORG_HEADS
    for match in re.finditer(r"\(([A-ZÄÖÜ][A-Za-zÄÖÜ]{1,7})\)", text):
        before = [m for m in _TOKEN.finditer(text[: match.start()])][-9:]
        words: list[re.Match[str]] = []
        for token in reversed(before):
            word = token.group(0)
            if word[0].isupper() or word in _CONNECT or (words and word.islower() and words[-1].group(0)[0].isupper()
                                                        and len(words) > 0 and word.endswith("e")):
                words.append(token)
                continue
            break
        words.reverse()
        while words and (words[0].group(0) in _CONNECT or words[0].group(0).casefold() in de.DETERMINERS
                         or mentions.is_role_noun(words[0].group(0), language)):
            words.pop(0)
        country_tail = None
        if len(words) >= 2 and words[-1].group(0) in country_names(language):
            country_tail = words.pop()  # "Wirtschaftskammer Österreich (WKÖ)": the country is part of the name
        phrase = " ".join(w.group(0) for w in words)
        compound = bool(words) and re.sub(r"e?s$", "", words[-1].group(0).casefold()).endswith(_ORG_COMPOUND_HEADS) \
            and language == "de" and words[-1].group(0)[:1].isupper()
        if compound and not any(re.sub(r"e?s$", "", w.group(0)) in heads for w in words):
            word = words[-1].group(0)  # "des Welternährungsprogramms (WFP)" -> Welternährungsprogramm
            stem = word[:-2] if word.endswith("es") and word[:-2].casefold().endswith(_ORG_COMPOUND_HEADS) else \
                word[:-1] if word.endswith("s") and word[:-1].casefold().endswith(_ORG_COMPOUND_HEADS) else word
            # "der Deutschen Krankenhausgesellschaft (DKG)": capitalised adjectives belong to the name
            adjectives = [w for w in words[:-1] if re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es|em)", w.group(0))]
            if adjectives and len(adjectives) == len(words) - 1:
                ending = {"m": "er", "f": "e", "n": "es"}[_compound_gender(stem)]
                name = " ".join([*(re.sub(r"(e|en|er|es|em)$", "", w.group(0)) + ending for w in adjectives), stem])
                result.append((adjectives[0].start(), name, match.group(1)))
                continue
            result.append((words[-1].start(), f"{stem} {country_tail.group(0)}" if country_tail else stem,
                           match.group(1)))
            continue
        if words and any(re.sub(r"e?s$", "", w.group(0)) in heads or w.group(0) in heads for w in words):
            name = _nominative(phrase) if language == "de" else phrase
            name = f"{name} {country_tail.group(0)}" if country_tail else name
            result.append((words[0].start(), name, match.group(1)))
    return result


_EN_GENERIC = re.compile(
    r"(?<![\w-])((?:[A-Z][\w-]+\s+)*(?:{heads})(?:\s+(?:of|for|on|and)(?:\s+the)?\s+[A-Z][\w-]+"
    r"(?:\s+(?:and\s+)?[A-Z][\w-]+)*)?)(?![\w-])".replace("{heads}", "|".join(en.ORG_HEADS))
)
_DE_GENERIC = re.compile(
    r"(?<![\w-])((?:Stiftung|Institut|Zentrum|Akademie|Gesellschaft|Universität|Hochschule)\s+(?:für\s+)?[A-ZÄÖÜ][\w-]+"
    r"(?:\s+(?:und|für)\s+[A-ZÄÖÜ][\w-]+)*)"
)


def _generic_orgs(text: str, language: str) -> list[tuple[int, str]]:
    found = []
    for match in _EN_GENERIC.finditer(text):
        words = match.group(1).split()
        while words and words[0] in ("The", "the", *en.NAME_STOPWORDS):
            words.pop(0)
        if len(words) < 2 or all(w in _GENERIC_ORG_WORDS for w in words):
            continue
        if language == "de" and not all(w.isascii() for w in words):
            continue
        found.append((match.start(1) + match.group(1).find(words[0]), " ".join(words)))
    if language == "de":
        found += [(m.start(1), m.group(1)) for m in _DE_GENERIC.finditer(text)]
    return found


# German bodies named by a compound ("der Vermittlungsausschuss", "des Fiskalrats") or by a capitalised
# adjective before an organisation noun inside a sentence ("dessen Aussenpolitische Kommission").
_BODY_COMPOUND = re.compile(
    r"\b(?:der|die|das|den|dem|des|Der|Die|Das|Den|Dem|Des|dessen|deren|Dessen|Deren)\s+"
    r"([A-ZÄÖÜ][a-zäöüß]{3,}(?:ausschuss|rat|gerichtshof)(?:es|s)?)(?![\w-])")
_BODY_ADJECTIVE = re.compile(
    r"(?<=[a-zäöü,] )([A-ZÄÖÜ][a-zäöüß-]+(?:isch|lich|al|ig)(?:e|en|er|es|em)\s+"
    r"(?:Kommission|Ausschuss|Ausschusses|Rat|Rates|Rats|Gerichtshof|Gerichtshofs|Konferenz|Versammlung))(?![\w-])")
_NOT_BODIES = re.compile(r"(?:parat|verrat|heirat|vorrat|zierat|unrat|referat|koalitionsausschuss)(?:es|s)?$")
_TIME_AFTER = re.compile(r"\s+(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|"
                         r"November|Dezember|\d|des\b|der\b|nächste|kommende|vergangene|letzte)")
_PARTY_KEYS = {"Grünen": "Grüne", "Linken": "Linke"}


def _body_orgs(text: str, language: str) -> list[tuple[int, int, str]]:
    if language != "de":
        return []
    result = []
    for match in _BODY_COMPOUND.finditer(text):
        word = match.group(1)
        if _NOT_BODIES.search(word.casefold()) or mentions.is_role_noun(word, language):
            continue
        base = re.sub(r"(?<=ausschuss)es$|(?<=rat)e?s$|(?<=gericht)e?s$|(?<=gerichtshof)e?s$", "", word)
        result.append((match.start(1), match.end(1), base))
    for match in _BODY_ADJECTIVE.finditer(text):
        result.append((match.start(1), match.end(1), _nominative(match.group(1))))
    return result


class _Collector:
    """Facts of one kind, deduplicated by a normalised key, in order of first mention."""

    def __init__(self) -> None:
        self.items: dict[str, tuple[str, Sentence]] = {}

    def add(self, key: str, name: str, sentence: Sentence) -> None:
        norm = re.sub(r"\W+", " ", key.casefold()).strip()
        if norm and norm not in self.items:
            self.items[norm] = (name, sentence)
        elif (norm and len(name) > len(self.items[norm][0]) and _is_acronym(self.items[norm][0])
              and self.items[norm][0] not in _SHORT_FORMS):
            self.items[norm] = (name, self.items[norm][1])  # "UN" first, "United Nations" later: the full name


def _person_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in mentions.name_mentions(doc, text)]


def run(doc: Doc) -> None:
    language = doc.language if doc.language in LANG else "de"
    lang = LANG[language]
    orgs, places = _Collector(), _Collector()
    country_seen: dict[str, Sentence] = {}
    org_regex, canon = _org_regex(language)
    outlet_words = set(sources.outlet_names())
    acronyms: set[str] = set()
    venues = {*lang.VENUES, *lang.CITIES}
    # A dateline is the article's first place (after a headline that the segmenter took for a sentence).
    first = next((s for s in doc.sentences[:2] if _dateline(s.text)), None)
    city_state: str | None = None  # "Luxemburg (Reuters) –": the city, so a bare "Luxemburg" is no country
    if first is not None:
        dateline = _dateline(first.text)
        if dateline:
            places.add(dateline, dateline, first)
            city_state = dateline if dateline in country_names(language) else None
    for sentence in doc.sentences:
        text = sentence.text
        taken = _person_spans(doc, text) + [(s, e) for s, e, _n in sources.outlets_in(text, language)]

        # "DEN HAAG, 8. Januar", "WHO'S IN CHARGE?": capitals that shout a dateline or a heading
        # ("CDU, CSU und SPD" is a list of acronyms, no shouting: it has no two capital words side by side)
        taken += [(m.start(), m.end()) for m in _SHOUTING.finditer(text)
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
        for start, name, acronym in _acronym_orgs(text, language):
            orgs.add(acronym if acronym in canon else name, name, sentence)
            acronyms.add(acronym)  # a later bare "EDA" is the same organisation
            taken.append((start, text.index(")", start) + 1))
        org_ends: list[int] = []
        for match in org_regex.finditer(text):
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
                if name in de.TIME_NOUN_PARTIES and _TIME_AFTER.match(text[match.end():]):
                    continue  # "Mitte Jänner": a time, not the party
                orgs.add(_PARTY_KEYS.get(key, key), name, sentence)
                org_ends.append(match.end())
        for start, end, name in _compound_orgs(text, language, org_regex, canon):
            if free(start, end):
                orgs.add(name, name, sentence)
        for start, end, name in _body_orgs(text, language):
            if free(start, end):
                orgs.add(name, name, sentence)
                taken.append((start, end))
        for start, name in _generic_orgs(text, language):
            if free(start, start + len(name)) and name not in outlet_words and name not in venues:
                orgs.add(name, name, sentence)
                taken.append((start, start + len(name)))
        for match in _city_regex(language).finditer(text):
            name = match.group("city") or match.group("venue") or match.group("french")
            if name and free(match.start(), match.end()):
                taken.append((match.start(), match.end()))
                after = text[match.end():].split()
                if match.group(0).endswith("s") and after and mentions.is_role_noun(after[0], language):
                    continue  # "Oberösterreichs Landeshauptmann": the office's land, no place of the news
                if (match.group("city") and name not in _REGIONS
                        and not _literal(text, match.start(), match.end())):
                    continue  # "Moscow said": a government; a place only where named as one
                places.add(name, name, sentence)
        for match in re.finditer(r"(?<![\w-])([A-Z][A-Z0-9ÄÖÜ]{1,5})(?![\w-])", text):
            word = match.group(1)
            if (free(match.start(), match.end()) and word not in _ORG_STOP and word not in outlet_words
                    and word not in acronyms
                    and not re.fullmatch(r"[IVX]+", word) and word not in country_names(language)
                    and not re.fullmatch(r"COP\d*", word)
                    and not (match.start() < 3 and len(word) >= 3 and re.match(r"\s*[,—–-]", text[match.end():]))):
                city = re.match(r"\s([A-ZÄÖÜ][\w-]+)", text[match.end():])
                if city and city.group(1) in _cities(language):
                    acronyms.add(word)  # a later bare "ETH" is the same one
                    word = f"{word} {city.group(1)}"  # "ETH Zürich", "TU München": the city is part of the name
                orgs.add(word, word, sentence)
        for start, end, name in _marked_places(text):
            if free(start, end):
                places.add(name, name, sentence)
                taken.append((start, end))
        for start, end, name in _free_places(text, language):
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


_LITERAL_BEFORE = re.compile(
    r"(?:\b(?:in|im|nach|aus|bei|von|vor|über|durch|at|to|from|near|via|outside|inside|around|across|of|"
    r"In|Im|Nach|Aus|Bei|At|From|Near)\s+(?:the\s+|der\s+|dem\s+|den\s+)?(?:[a-zäöüA-Z-]+\s+)?)$"
)


def _literal(text: str, start: int, end: int) -> bool:
    """A city named as a place ('in Islamabad', 'talks in Genf'), not as its government ('Moscow said')."""
    before = text[:start]
    if re.search(r"(?:\b(?:in|im|nach|aus|bei|at|to|from|near|around|über|between|zwischen|outside|inside|into|"
                 r"across|within|In|Im|At|From|Outside|Inside)\s+(?:the\s+|der\s+|dem\s+|den\s+)?)$", before):
        return True
    if re.search(r"(?:Hauptstadt|Hafenstadt|Stadt|capital|city|town|port)\s+$", before):
        return True  # "in der georgischen Hauptstadt Tiflis"
    if re.search(r"\b(?:in|nach|aus|to|from|between|zwischen)\s+[A-ZÄÖÜ][\w-]+(?:,\s+[A-ZÄÖÜ][\w-]+)*"
                 r"\s+(?:und|and|sowie)\s+(?:[A-Z][\w ]+?['’]s\s+)?$", before):
        return True  # "nach Pristina und Belgrad", "between Sanaa, Marib and Saudi Arabia's Abha"
    if re.search(r"\b(?:in|nach|aus|to|from|between|zwischen)\s+[A-ZÄÖÜ][\w-]+(?:,\s+[A-ZÄÖÜ][\w-]+)*,\s+$", before):
        return True  # "between Sanaa, Marib ..."
    possessive = re.search(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+$", before)
    if possessive and country_of_word(possessive.group(1), "en"):
        return True  # "Saudi Arabia's Abha": a city of a country, named as a place
    if re.match(r"\s+(?:would|will|to)?\s*(?:host|hosts|hosted)\b", text[end:]):
        return True  # "Berlin would host a meeting": the place of an event
    if re.search(r"(?:\b(?:of|von|der|dem|des)\s+)$", before) or (start == 0 and re.match(r"\s*[,(—–-]", text[end:])):
        return True
    return bool(re.search(r"\b(?:in|im|at|to|nach)\s+(?:the\s+|der\s+|dem\s+)?[\w-]+\s+$", before)) \
        or bool(re.match(r"\s*,\s*[A-Z][a-z]+\b", text[end:]))


def _role_before_name(doc: Doc, text: str, end: int) -> bool:
    """'Bundesrat Ignazio Cassis': an organisation word used as a person's title."""
    rest = text[end:].lstrip()
    return any(rest.startswith(p.name) for p in doc.persons)


_DATELINE = re.compile(r"^([A-ZÄÖÜ][\wÄÖÜäöüß.' -]{1,30}?)(?:,\s*[A-Z][a-z]{2,4}\.?\s*\d{1,2})?\s*"
                       r"(?:\([^)]{1,30}\))?\s*[–—-]\s")


def _dateline(text: str) -> str | None:
    match = _DATELINE.match(text)
    if not match:
        return None
    name = match.group(1).strip()
    if len(name.split()) > 3:
        return None
    return name.title() if name.isupper() else name


_FREE_DE = re.compile(r"(?<![\w])(?:in|nach|aus)\s+((?:Nord|Süd|Ost|West)[a-zäöü]+"
                      r"|[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][\w]+)?)(?![\w-])(?!\s+(?:der|des)\b)")
_FREE_EN = re.compile(r"(?<![\w])(?:[Ii]n|to|from|at)\s+((?:The\s+)?[A-Z][^\W\d_A-Z]+(?:\s+[A-Z][^\W\d_A-Z]+)?)"
                      r"(?![\w-])")
# Places that their own words mark: features ("Genfersee", "Barents Sea", "Korean peninsula"), a city or
# region named as such ("der Hauptstadt Asunción", "home region of Nara"), venues ("Villa Moynier",
# "Haus der Industrie", "Schwarzenbergplatz"), a border crossing and "northern Norway".
_MARKED_PLACES = re.compile(
    r"(?<![\w-])(?P<feature>[A-ZÄÖÜ][\wäöüß]+(?:see|meer|gebirge|insel|halbinsel|riff|kanal|bucht|wüste)"
    r"|(?:the\s+)?[A-Z][\w-]+\s+(?:Sea|Ocean|[Pp]eninsula|[Bb]asin|Strait|Gulf|Mountains|Valley|Islands?|Shoal|Reef|"
    r"Atoll|Bay|Canal|Channel|Lake|Desert|Archipelago))"
    r"(?![\w-])"
    r"|(?<![\w-])(?:Hauptstadt|Hafenstadt|Stadt|Region|Provinz|Exklave|Enklave|[Cc]apital|[Cc]ity|[Tt]own|[Rr]egion|"
    r"[Pp]rovince|village|Ortschaft|Dorf)(?:\s+of)?\s+"
    r"(?P<named>(?:Al-|al-|El-)?[A-ZÄÖÜ][^\W\d_]+(?:[- ][A-ZÄÖÜ][^\W\d_]+)?)"
    r"|(?P<venue>(?:Villa|Schloss|Palais|Palazzo|Palacio|Haus der|Haus des)\s+[A-ZÄÖÜ][^\W\d_]+"
    r"|[A-ZÄÖÜ][\wäöüß]+(?:platz|straße|strasse|gasse|palast|kaserne)(?![\w-]))"
    r"|(?:the\s+)?(?P<crossing>[A-Z][\w]+(?:-[A-Z]\w+)?)\s+border\s+crossing"
    r"|(?<![\w-])(?P<seat>[A-Z][\w-]+)(?=,\s+(?:dem|der|the)\s+(?:Amtssitz|Sitz|Residenz|official residence|seat)\b)"
    r"|(?<![\w-])(?P<compass>(?:northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western)"
    r"\s+[A-Z][^\W\d_]+)"
)


def _marked_places(text: str) -> list[tuple[int, int, str]]:
    result = []
    for match in _MARKED_PLACES.finditer(text):
        group = next(g for g in ("feature", "named", "venue", "crossing", "seat", "compass") if match.group(g))
        name = re.sub(r"^the\s+", "", match.group(group))
        if group == "compass" and not (name.split()[-1] in country_names("en") or name.split()[-1] in en.CITIES):
            continue
        result.append((match.start(group), match.end(group), name))
    return result
_COMPASS = re.compile(r"(?<![\w-])((?:Nord|Süd|Ost|West)(?:[a-zäöü]+))(?![\w-])")
_AFTER_DEMONYM = re.compile(r"(?<![\w])(?:im|in|nach|aus|bei)\s+(?:dem\s+)?(?P<adj>[a-zäöü-]+isch(?:en|e)?)\s+"
                            r"(?P<name>[A-ZÄÖÜ][a-zäöüčćšžđ]+)(?![\w-])")
_NOUN_SUFFIX = re.compile(r"(ung|heit|keit|schaft|tion|tät|ismus|nis|tum|ment|enz|anz|ik|ur|ei|chen|lage|gabe|sicht)$")


def _free_places(text: str, language: str) -> list[tuple[int, int, str]]:
    """Places after 'in/nach/aus' (German) or 'in/to/at' (English) that no lexicon knows."""
    lang = LANG[language]
    result = []
    regex = _FREE_DE if language == "de" else _FREE_EN
    for match in regex.finditer(text):
        name = match.group(1)
        first = name.split()[-1]
        if (name in lang.NOT_PLACES or first in lang.NOT_PLACES or name in country_names(language)
                or name in lang.NAME_STOPWORDS or name.split()[0] in lang.NAME_STOPWORDS):
            continue
        if language == "de" and (_NOUN_SUFFIX.search(name) or re.search(r"(e|en|ern)$", name)):
            continue  # "in Drittstaaten", "aus Sicherheitsgründen": plural nouns, not places
        if language == "de" and name.startswith(("Nord", "Süd", "Ost", "West")):
            rest = re.sub(r"^(Nord|Süd|Ost|West)", "", name).capitalize()
            if rest not in country_names(language) and rest not in lang.CITIES:
                continue
        if language == "en" and match.group(0).split()[0] in ("to", "from", "at") and name not in lang.CITIES:
            continue
        if mentions.is_role_noun(first, language) or first in LANG[language].ORGANIZATIONS:
            continue
        result.append((match.start(1), match.end(1), name))
    if language == "de":
        for match in _COMPASS.finditer(text):  # "Nordkosovo", "Ostukraine"
            rest = match.group(1)[4 if match.group(1).startswith(("Nord", "West")) else 3:].capitalize()
            if rest in country_names(language) or rest in lang.CITIES:
                result.append((match.start(1), match.end(1), match.group(1)))
        for match in _AFTER_DEMONYM.finditer(text):  # "im nordmazedonischen Ohrid"
            name = match.group("name")
            if (entities_demonym(match.group("adj")) and len(name) <= 9 and name not in lang.NOT_PLACES
                    and not re.search(r"(e|en|er|ung|krieg|staat)$", name)
                    and not mentions.is_role_noun(name, language)):
                result.append((match.start("name"), match.end("name"), name))
    return result


def entities_demonym(word: str) -> bool:
    return country_of_word(word, "de") is not None and word[:1].islower()
