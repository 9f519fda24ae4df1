"""Clues around a candidate organisation name in one sentence: the longer name a one-word body closes, and
the shapes that make capitals no body's acronym (a person's initials, a code's label, a transcript's speaker,
an armed group's acronym by the noun after it).

Pure functions and patterns over text, used by the entities stage.
"""

from __future__ import annotations

import re

from lagebild.extract import mentions
from lagebild.extract.countries import country_of_word
from lagebild.extract.datefind import lang_data
from lagebild.extract.lang import de, en
from lagebild.extract.orgnames import COMPOUND_HEADS
from lagebild.extract.placenames import cities

# Capitalised words right before a one-word lexicon body: "National Democratic Congress", "Social Democrats".
LONGER_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z]+\s){1,3}$")
# Words that open the run without naming anything ("The", "On Tuesday Congress voted") and words that only
# qualify the body ("House Democrats", "Senate Republicans", "Federal Parliament").
_RUN_OPENERS = frozenset("The A An This That Its Their His Her Monday Tuesday Wednesday Thursday Friday Saturday "
                         "Sunday January February March April May June July August September October November "
                         "December Yesterday Today Meanwhile Last Next".split())
_QUALIFYING_WORDS = frozenset("State Federal National".split())
_CHAMBER_WORDS = frozenset("House Senate Congressional Parliamentary".split())


def longer_name(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, name) of the longer name a one-word lexicon body closes, or None when the words before it
    only qualify it: a state ("US Congress", "Kenyan Parliament"), a chamber, a time word, a sentence opener."""
    words = list(re.finditer(r"[A-Z][a-z]+", text[max(0, start - 60):start]))
    run: list[str] = []
    run_start = start
    offset = max(0, start - 60)
    for word in reversed(words):
        if text[offset + word.end():run_start].strip():
            break
        run.insert(0, word.group(0))
        run_start = offset + word.start()
    while run and run[0] in _RUN_OPENERS:
        run_start += len(run[0]) + 1
        run.pop(0)
    if not run or all(w in _QUALIFYING_WORDS for w in run) or any(
            country_of_word(w, "en") is not None or w in _RUN_OPENERS or w in _CHAMBER_WORDS for w in run):
        return None
    if len(run) == 1 and (run_start == 0 or re.search(r"[.!?:;\n\"“„]\s*$", text[:run_start])):
        return None  # "Yesterday Parliament voted": one capitalised word opening the sentence
    return run_start, end, " ".join([*run, text[start:end]])


# An acronym before a noun of an armed group or its people: „die RSF-Miliz“, „die RSF-Delegation“, "the M23 rebels"
ARMED_ACRONYM = {
    "de": re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{1,5})-(?:Miliz|Milizen|Rebellen|Kämpfer|Delegation|Führung)(?![\w-])"),
    "en": re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{1,5})\s+(?:rebels|militia|militias|fighters|militants)\b"),
}
# „VDA-Präsidentin Claudia Roe“: an acronym glued to the title of the one who leads or speaks for it names that body
# (CONVENTIONS §4: „CSU-Chef“ -> CSU); a state's short name („US-Präsident“) is left to the countries
LEADER_ACRONYM = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{1,5})-(?:Präsident|Chef|Vorsitzende|Sprecher|Generalsekretär"
                            r"|Geschäftsführer|Hauptgeschäftsführer|Direktor)(?:in|innen|en|s|r|n)?(?![\w-])")
# Two or more words in capitals before a comma or colon: "DEV ANAND, BYLINE:", "MARY ROE:" — a speaker's name
SHOUTED_NAME = re.compile(r"(?<![\w-])(?:[A-Z]{2,} )+[A-Z]{2,}(?=[,:])")
# "NUKU'ALOFA": capitals joined by an apostrophe are one word; „SRS'in Muster:“, „BM'in“: an office's abbreviation
# with the German feminine ending is a person's title, no body
APOSTROPHE_CAPS = re.compile(r"['’](?:[A-Z]|in(?:nen)?(?![\w-]))")
# "RFK Jr.", "TJ Harwell said": two letters before a surname (not before a body's head or a title) are initials
_JUNIOR = re.compile(r"\s+Jr\.")
_SURNAME_AFTER = re.compile(r"\s([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])")


def initials(text: str, match: re.Match[str], person_spans: list[tuple[int, int]], language: str) -> bool:
    """A person's initials before the name ("JD Vance", "RFK Jr."), not a body's acronym."""
    if any(start == match.end() + 1 for start, _end in person_spans) or _JUNIOR.match(text, match.end()):
        return True
    surname = _SURNAME_AFTER.match(text, match.end())
    if len(match.group(1)) != 2 or surname is None:
        return False
    word = surname.group(1)
    return not (word in en.ORG_HEADS or word in de.ORG_HEADS or mentions.is_role_noun(word, language)
                or country_of_word(word, language) is not None or word in cities(language))


def labelled(text: str, start: int, language: str) -> bool:
    """A word that labels the code after it ("Flight MH17", „Flug LH 400“, "Resolution"): no body's acronym."""
    previous = re.search(r"([\w.]+)\s+$", text[:start])
    return bool(previous and previous.group(1).lower() in lang_data(language).NAME_PREFIXES)
CAPS_APOSTROPHE = re.compile(r"[A-Z]['’]")


# A bare acronym named as a location: „in NRW“, "Police in KZN said", "in UP and MP" — a Land's or a province's
# short name. German writes a body with its article („in der SPD“); English too, except when the capitals are
# an attribute of a noun ("in ICE custody"), so there the acronym must close the phrase.
_BARE_IN = re.compile(r"(?<![\w-])[Ii]n\s+$")
_CLOSES = {"de": re.compile(r"(?:\s*[,.;:!?)]|\s*$|\s+(?:und|oder|[a-zäöüß]))"),
           "en": re.compile(r"(?:\s*[,.;:!?)]|\s*$|\s+(?:and|or|said|says|on|last|this|since|after|before|where"
                            r"|when|until|during)\b)")}
_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d[\d.,]*\s+$")
_WORD_BEFORE = re.compile(r"(?<![\w-])([\w]+)\s+$")
_WORD_AFTER = re.compile(r"\s+([\w-]+)")


def common_acronym(text: str, start: int, end: int, language: str) -> bool:
    """Capitals that name a thing, a unit, a title or a place, not a body: "an IED attack", „ein SUV“ (an
    indefinite article: a body is one of its kind), "500 MW" (a number before a unit), „in NRW“ (a location),
    and the abbreviations the language data lists ("HIMARS", „die WM“)."""
    data = de if language == "de" else en
    word = text[start:end]
    if word in en.ACRONYM_NOUNS or word in data.ACRONYM_NOUNS:
        return True
    if _NUMBER_BEFORE.search(text, 0, start):
        return True  # "a 500 MW plant", "40 IED"
    before = _WORD_BEFORE.search(text, 0, start)
    if before and before.group(1) in data.INDEFINITE_ARTICLES:
        after = _WORD_AFTER.match(text, end)
        # "an ANC councillor", "a PKK fighter": a member of the body, which the acronym names
        return not (after and (after.group(1) in data.MEMBER_NOUNS or mentions.is_role_noun(after.group(1), language)))
    return bool(_BARE_IN.search(text, 0, start) and _CLOSES.get(language, _CLOSES["en"]).match(text, end))


# Head words of a body's name and nouns that classify a name as a body's: a quoted name counts with one of them
_BODY_WORDS = tuple(sorted({w.casefold() for w in (*de.ORG_HEADS, *en.ORG_HEADS, *de.ORG_CLASSIFIERS,
                                                     *en.ORG_CLASSIFIERS, *COMPOUND_HEADS, "board")}))
_LAST_WORD = re.compile(r"([\w-]+)\s*[„“\"»«‘]?\s*$")


def quoted_body(text: str, start: int, name: str) -> bool:
    """A name in quotation marks names a body only by a body's head word in it („Koalition der Willigen“,
    „Friedensrats“, the “Board of Peace”) or a noun before it that classifies it (the group “Squad”, die Gruppe
    „Letzte Generation“); otherwise the marks set off a plan, a law, a fund, a ship, an operation or a slogan
    ("the “Golden Dome” missile shield", „die „Eventin““, „das „Sondervermögen““)."""
    if any(re.sub(r"e?s$", "", word.casefold()).endswith(_BODY_WORDS) or word.casefold().endswith(_BODY_WORDS)
           for word in name.split()):
        return True
    before = _LAST_WORD.search(text, 0, start)
    return bool(before and before.group(1).casefold().endswith(_BODY_WORDS))
