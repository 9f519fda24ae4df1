"""German bodies named by capitalised adjectives and one compound noun before their acronym, whose letters
come from inside the compound: „die Eidgenössische Finanzkontrolle (EFK)“, „der Deutschen Flugsicherung
(DFS)“.  The acronym does not spell the words one by one, so the spelled-name rule of ``orgnames`` leaves the
name out and keeps only the bare acronym; here the name is read from its shape.  Pure functions over text.
"""

from __future__ import annotations

import re

from lagebild.extract.orgnames import compound_gender
from lagebild.extract.personnames import is_given

# One or two capitalised adjectives (declined), a capitalised noun of six letters or more, the acronym in brackets.
_SHAPE = re.compile(r"(?<![\w-])(?P<adjectives>(?:[A-ZÄÖÜ][a-zäöüß]+(?:sch|lich|ig|al|ös|iv|ell|är)"
                    r"(?:e|en|er|es|em)\s+){1,2})(?P<noun>[A-ZÄÖÜ][a-zäöüß]{5,})\s+\((?P<acronym>[A-ZÄÖÜ][A-Za-zÄÖÜ]{1,6})\)")


def _spelled_inside(phrase: str, acronym: str) -> bool:
    """Every letter of the acronym, in order, somewhere in the name; the first one opens a word of it."""
    letters = acronym.casefold()
    words = phrase.split()
    if letters[0] not in {w[0].casefold() for w in words}:
        return False
    position = phrase.casefold().find(letters[0])
    for letter in letters[1:]:
        position = phrase.casefold().find(letter, position + 1)
        if position < 0:
            return False
    return True


def _gender(noun: str) -> str:
    """„Finanzkontrolle“, „Flugsicherung“, „Finanzmarktaufsicht“: endings of feminine nouns first."""
    if noun.endswith(("e", "ung", "heit", "keit", "schaft", "ion", "sicht", "tät", "ei", "ur", "ik", "wacht", "macht",
                          "kraft", "fahrt", "wehr")):
        return "f"
    return compound_gender(noun)


def adjective_acronym_orgs(text: str, language: str) -> list[tuple[int, int, str, str]]:
    """(start, end of the closing bracket, name in the nominative, acronym) for „der Eidgenössischen
    Finanzkontrolle (EFK)“ -> Eidgenössische Finanzkontrolle."""
    if language != "de":
        return []
    result = []
    for match in _SHAPE.finditer(text):
        adjectives = match.group("adjectives").split()
        noun, acronym = match.group("noun"), match.group("acronym")
        if is_given(adjectives[0]) or not _spelled_inside(" ".join([*adjectives, noun]), acronym):
            continue
        ending = {"m": "er", "f": "e", "n": "es"}[_gender(noun)]
        name = " ".join([*(re.sub(r"(?:e|en|er|es|em)$", "", a) + ending for a in adjectives), noun])
        result.append((match.start(), match.end(), name, acronym))
    return result
