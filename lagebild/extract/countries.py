"""Countries named in text: ISO codes for country names, demonyms and compounds, per language.

Country names come from Babel's territory names plus each language's aliases
(``lang/de.py``, ``lang/en.py``); German names are matched in any case
("Russlands", "in den Niederlanden").  Pure functions, used by every stage
that needs to know which state a word stands for.
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType

import pycountry
from babel import Locale

from lagebild.extract.lang import de, en, names
from lagebild.extract.patterns import compiled

LANG: dict[str, ModuleType] = {"de": de, "en": en}
# Babel names that are not states, or that mostly mean something else in news text.
_SKIP_CODES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "JE", "AQ", "BV", "HM", "UM", "GS", "TF", "IO"})
# Names that mean something else more often than the state in one language (none at present: states whose
# names are also given or family names are told apart by their neighbours, see _names_a_person).
_SKIP_BY_LANGUAGE: dict[str, frozenset[str]] = {}
_GIVEN = de.GIVEN_NAMES | en.GIVEN_NAMES | names.GIVEN_NAMES
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-ZÄÖÜ][\w'’-]*) $")
_GIVEN_NAME_REACH = 40  # characters looked back for a given name: no longer one exists
_WORD_AFTER = re.compile(r" ([A-ZÄÖÜ][\w'’-]*)")
_GEN_EN = r"(?:['’]s?)?"


@lru_cache(maxsize=4)
def country_names(language: str) -> dict[str, str]:
    """Country name (as written in this language) -> ISO alpha-2."""
    names: dict[str, str] = {}
    for code, name in Locale(language).territories.items():
        skipped = code in _SKIP_CODES or code in _SKIP_BY_LANGUAGE.get(language, frozenset())
        if len(code) == 2 and not skipped and (pycountry.countries.get(alpha_2=code) or code == "XK"):
            for variant in _written_variants(name, language):
                names.setdefault(variant, code)
    names.update(LANG[language].COUNTRY_ALIASES)
    return names


# How news text writes what Babel abbreviates: 'St. Lucia' is also 'St Lucia' and 'Saint Lucia'
# ('Sankt' in German), 'Trinidad & Tobago' also 'Trinidad and Tobago'.
_SAINT = {"en": "Saint", "de": "Sankt"}
_AND = {"en": "and", "de": "und"}


def _written_variants(name: str, language: str) -> list[str]:
    variants = [name]
    if "&" in name:
        variants.append(name.replace("&", _AND.get(language, "and")))
    for written in list(variants):
        if written.startswith("St. "):
            rest = written[len("St. "):]
            variants += [f"St {rest}", f"{_SAINT.get(language, 'Saint')} {rest}"]
    return variants


def inflected(name: str) -> str:
    """A pattern for a German name in any case: 'Vereinigte Arabische Emirate' -> '...Emiraten'."""
    words = []
    parts = name.split()
    for index, word in enumerate(parts):
        adjective = re.search(r"(isch|lich|ig|al|t)e[rs]?$", word) or (
            index < len(parts) - 1 and re.search(r"[a-zäöüß]e[rs]?$", word))  # "Weißes Haus" -> "dem Weißen Haus"
        if adjective and word[0].isupper():
            words.append(re.escape(re.sub(r"e[rs]?$", "", word)) + "e[nmrs]?")
        else:
            words.append(re.escape(word) + "(?:s|es|n|en)?")
    return r"\s+".join(words)


@lru_cache(maxsize=4)
def _country_regex(language: str) -> re.Pattern[str]:
    names = sorted(country_names(language), key=len, reverse=True)
    if language == "de":
        # "in den Niederlanden": a plural name ending in -e takes -n in the dative
        body = "|".join(inflected(n) if " " in n
                        else re.escape(n) + ("(?:s|es|n)?" if n.endswith("e") else "(?:s|es)?") for n in names)
        stems = "|".join(re.escape(s) for s in sorted(de.DEMONYMS, key=len, reverse=True))
        demonym = rf"(?i:{stems})(?:e|en|er|es|em)?"
        return re.compile(rf"(?<![\w-])(?:(?P<name>{body})|(?P<adj>{demonym}))(?![\w])")
    body = "|".join(re.escape(n) for n in names)
    adjectives = "|".join(re.escape(a) for a in sorted(en.DEMONYMS, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:(?P<name>{body}){_GEN_EN}|(?P<adj>{adjectives}))(?![\w])")


def plural_demonyms(text: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, code) for an English demonym's plural: "Estonians vote", "Israelis" name the country's people, as
    the adjective does (CONVENTIONS §5).  Only for the countries list: a people is no hint of a person's state."""
    if language != "en":
        return []
    return [(m.start(), m.end(), en.DEMONYMS[m.group(1)]) for m in _plural_regex().finditer(text)]


@lru_cache(maxsize=1)
def _plural_regex() -> re.Pattern[str]:
    adjectives = "|".join(re.escape(a) for a in sorted(en.DEMONYMS, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({adjectives})(?<=[a-z])s(?![\w])")


def _code_of(match: re.Match[str], language: str) -> str | None:
    names = country_names(language)
    if match.group("adj"):
        word = match.group("adj")
        if language == "en":
            return en.DEMONYMS.get(word)
        # (lower(), not casefold(): „weißrussische“ keeps its ß, as the stems are written)
        stem = re.sub(r"(e|en|er|es|em)$", "", word.lower())
        return de.DEMONYMS.get(stem) or de.DEMONYMS.get(word.lower())
    found = match.group("name")
    if found in names:
        return names[found]
    flat = re.sub(r"\s+", " ", found)
    for name, code in names.items():  # an inflected form: "Russlands", "Vereinigten Arabischen Emiraten"
        if compiled(inflected(name) if language == "de" else re.escape(name)).fullmatch(flat):
            return code
    return None


def family_name_after(previous_word: str) -> bool:
    """A state's name right after a given name is a family name: "Rep. Jim Jordan"."""
    return previous_word in _GIVEN


def given_name_before(name: str, follower: str, language: str) -> bool:
    """A state's name that is also a given name, before a family name: "Chad Miller", "Israel Katz" (not
    "Israel Police", "Jordan Valley")."""
    lexicon = LANG[language]
    if name not in lexicon.GIVEN_NAME_COUNTRIES or not follower:
        return False
    from lagebild.extract.personnames import is_name_token  # the persons' reader uses this module in turn

    org_heads = en.ORG_HEADS if language == "en" else ()
    return (is_name_token(follower, language) and follower not in lexicon.STATE_NAME_FOLLOWERS
            and follower not in org_heads)


def _names_a_person(text: str, match: re.Match[str], language: str) -> bool:
    name = match.group("name")
    if not name:
        return False
    # a window, not the text from its start: this runs for every country named in an article
    before = _WORD_BEFORE.search(text, max(0, match.start() - _GIVEN_NAME_REACH), match.start())
    if before and family_name_after(before.group(1)):
        return True
    after = _WORD_AFTER.match(text, match.end())
    return bool(after) and given_name_before(name, after.group(1) if after else "", language)


def countries_in(text: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, code) for every country named or given as an adjective (not as part of a person's name)."""
    result = []
    for match in _country_regex(language).finditer(text):
        if _names_a_person(text, match, language):
            continue
        code = _code_of(match, language)
        if code == "US" and re.search(r"(?:South|North|Latin|Central)[ -]$", text[:match.start()]):
            continue  # "South American products": a continent, not the US
        if code and _NO_STATE_AFTER.match(text, match.end()):
            continue  # "US$22 million": a currency's prefix; "at Jamaica House": a building's name
        if code and _in_place_name(text, match, language):
            continue  # "the Indian Ocean", "British Columbia", "New Mexico", "Atlanta, Georgia": a place's name
        if code:
            result.append((match.start(), match.end(), code))
    return result


# After a country's name: "$" makes it a currency's prefix ("US$22 million") and so does "dollars" after "US" ("1.4
# billion US dollars"), " House" a building's name ("talks at Jamaica House", unless "House of" names a chamber);
# none references the state (CONVENTIONS §5, §6).
_NO_STATE_AFTER = re.compile(r"\$|\s+House(?!\s+of\b)(?![\w-])|(?<=US)\s+dollars?\b")


def _in_place_name(text: str, match: re.Match[str], language: str) -> bool:
    """A state's word inside a geographical name references no state (CONVENTIONS §5): "the Indian Ocean",
    "British Columbia", "the Niger Delta", "New Mexico"; "Georgia" beside words of US state politics ("Georgia
    Gov. Jane Roe", "a Georgia Republican") is the US state."""
    lexicon = LANG[language]
    if compiled(lexicon.STATE_IN_PLACE_AFTER).match(text, match.end()) or compiled(
            lexicon.STATE_IN_PLACE_BEFORE).search(text[max(0, match.start() - 8):match.start()]):
        return True
    return match.group(0) in lexicon.US_STATE_NAMES and compiled(lexicon.US_STATE_CUES).search(text) is not None


def hyphen_chained(text: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, code) for the later members of a hyphen compound of countries: "US-Russian talks",
    „russisch-ukrainische Verhandlungen“, "Japan-South Korea summit" name both states, but the second
    word stands after a hyphen, where a single country word is no match (the first, "US-", is one).
    So does "EU-India", "ASEAN-China": a body's acronym starts a compound of sides as a state does."""
    found = countries_in(text, language)
    ends = {end for _start, end, _code in found}
    ends |= {m.end() for m in re.finditer(r"(?<![\w-])[A-Z]{2,5}(?=-)", text)}  # a body's acronym: "EU-India summit"
    chained: list[tuple[int, int, str]] = []
    for match in _chained_regex(language).finditer(text):
        if match.start() - 1 not in ends:
            continue  # "Anti-Israel", "pro-russisch": the word before the hyphen is no country
        code = _code_of(match, language)
        if code:
            chained.append((match.start(), match.end(), code))
            ends.add(match.end())
    return chained


@lru_cache(maxsize=4)
def _chained_regex(language: str) -> re.Pattern[str]:
    """The country pattern, matching only right after a hyphen."""
    return re.compile(_country_regex(language).pattern.replace(r"(?<![\w-])", r"(?<=[\w.]-)", 1))


def country_of_word(word: str, language: str) -> str | None:
    """The country a single word stands for: 'ukrainische', 'Israels', 'Britain’s', 'US-'."""
    word = word.rstrip("-")
    found = countries_in(word, language)
    if found and found[0][0] == 0 and found[0][1] >= len(re.sub(r"['’]s?$", "", word)):
        return found[0][2]
    return None
