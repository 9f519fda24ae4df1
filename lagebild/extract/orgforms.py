"""Organisations known by their form, not by a lexicon: a name a common noun introduces, a company's legal form.

"the watchdog group Taxpayers for Common Sense", "state nuclear company Rosatom", "the Akbayan party",
„die Regulierungsbehörde E-Control“, „der Fahrgastverband Pro Bahn“, "Austrian Power Grid AG".  The
classifier nouns and legal forms are data in ``lang/de.py`` and ``lang/en.py``.  Pure functions over
text; the entities stage decides which matches are free and collects them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lagebild.extract import mentions
from lagebild.extract.countries import LANG
from lagebild.extract.lang import bodies, de, en

_CONNECT = frozenset("für der des und von zur zum of for and the on in de du la".split())
_NAME_WORD = r"[A-ZÄÖÜ][\w&.'’-]*"
_EN_CLASSIFIERS = "|".join(sorted(map(re.escape, en.ORG_CLASSIFIERS), key=len, reverse=True))
_EN_CLASSIFIED = re.compile(
    r"(?<![\w-])(?:{cls})\s+(?P<name>{w}(?:\s+(?:(?:for|of|and|the|on|de)\s+)*{w})*)".replace(
        "{cls}", _EN_CLASSIFIERS).replace("{w}", _NAME_WORD))
# "the Akbayan party", "of the Least Developed Countries bloc": the name before a classifier noun
_EN_PARTY_AFTER = re.compile(r"(?<![\w-])(?:the|The)\s+(?:(?P<name>[A-Z][\w-]+)\s+party"
                             r"|(?P<long>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){1,3})\s+"
                             r"(?:party|bloc|militia|movement|alliance|coalition|group))\b")
# "IBEC, the employers' group, said": an acronym that an apposition names as a body (its head noun last).
_EN_APPOSED = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][A-Z&]{1,7}),\s+(?:the|a|an)\s+(?:(?!of\b)[\w'’-]+\s+){0,3}?(?:{cls})"
    r"(?=\s*[,.;)]|\s+(?:that|which|representing|based|whose)\b)".replace("{cls}", _EN_CLASSIFIERS))
_DE_CLASSIFIED = re.compile(
    r"(?P<det>\b(?i:der|die|das|des|dem|den|einer|eine|eines|einem)\s+(?:[a-zäöü]+\s+){0,2})?"
    r"(?<![\w-])(?P<cls>(?:[A-ZÄÖÜ][a-zäöüß]*-?)??(?i:{cls}))(?:e?s)?\s+(?P<name>{w}(?:\s+(?:(?:für|ohne|der|of|for|and|de)\s+)*{w}){0,4})"
    .replace("{cls}", "|".join(de.ORG_CLASSIFIERS)).replace("{w}", _NAME_WORD))
_DE_NOUN_LIKE = re.compile(r"(?:en|er|e|ung|heit|keit|schaft|tion|nis|tum|ismus|ität|s)$")
_TIME_WORDS = frozenset("Anfang Mitte Ende Jänner Feber".split())


def company_orgs(text: str, language: str) -> list[tuple[int, int, str]]:
    """'Austrian Power Grid AG', 'Acme Holdings Ltd': capitalised words closed by a legal form; the bare
    form ("AG") is never a name of its own."""
    forms = "|".join(sorted(map(re.escape, LANG[language].LEGAL_FORMS), key=len, reverse=True))
    result = []
    legal = rf"(?<![\w-])((?:{_NAME_WORD}\s+){{1,4}}(?:&\s+Co\.\s+)?(?:{forms}))(?![\w])"
    for match in re.finditer(legal, text):
        words = match.group(1).split()
        while words and (words[0] in de.NAME_STOPWORDS or words[0] in en.NAME_STOPWORDS
                         or words[0].casefold() in de.DETERMINERS):
            words.pop(0)  # "Die Austrian Power Grid AG": the article is no part of the name
        if len(words) >= 2:
            name = " ".join(words)
            result.append((match.end(1) - len(name), match.end(1), name))
    return result


def classified_orgs(text: str, language: str, is_place: Callable[[str], bool]) -> list[tuple[int, int, str, bool]]:
    """(start, end, name, sure) of names a common noun introduces: "the watchdog group Taxpayers for Common
    Sense", "state nuclear company Rosatom", "the Akbayan party", „die Regulierungsbehörde E-Control“.

    German capitalises every noun, so there a single word after the noun counts only when it does not look
    like one (no German noun ending), and then only as a guess; a place or country is never the name.
    """
    result: list[tuple[int, int, str, bool]] = []
    stop = (en.NAME_STOPWORDS | de.NAME_STOPWORDS | _TIME_WORDS) - en.NAME_ADJECTIVES
    regexes = (_EN_CLASSIFIED, _EN_PARTY_AFTER, _EN_APPOSED) if language == "en" else (_DE_CLASSIFIED,)
    for regex in regexes:
        for match in regex.finditer(text):
            group = "name" if match.group("name") else "long"  # "the Sahel alliance": one word names a party only
            words = match.group(group).split()
            while words and (words[-1] in _CONNECT or words[-1].rstrip(".,") != words[-1]):
                if words[-1] in _CONNECT:
                    words.pop()
                else:
                    words[-1] = words[-1].rstrip(".,")
            words = [re.sub(r"['’]s$", "", w) for w in words if w]  # "the company Acme's rival": Acme
            if any(mentions.is_role_noun(w, "en") or mentions.is_role_noun(w, language) for w in words):
                continue  # "the company Chief Executive Jane Roe": a title and a person, no name of a body
            if not words or words[0] in stop or words[0] == "The" or is_place(" ".join(words)) or is_place(words[0]):
                continue
            if words[0] in bodies.SHIP_PREFIXES:
                continue  # "the aircraft carrier USS Gerald R. Ford": a ship, no company ("carrier") or body
            name = " ".join(words)
            if len(words) == 1 and (name in en.NAME_ADJECTIVES or name in en.CREED_ADJECTIVES or name.endswith("ist")):
                continue  # "the Western bloc", "the Islamist militia": an adjective, no name
            if language == "de" and (match.group("cls").casefold() in de.NAME_FORMING_CLASSIFIERS or (
                    "-" in match.group("cls") and match.group("cls").split("-")[-1].casefold()
                    in de.NAME_FORMING_CLASSIFIERS)):
                continue  # „der Verband Deutscher Reeder“, „der Gülen-Bewegung“: the noun is part of a name
            if language == "de" and match.group("cls").casefold() in de.TOPIC_GROUPS:
                continue  # „die Arbeitsgruppe Verkehr“: a group named by its remit, no body's name after it
            distinct = any(re.search(r"\w-?[A-Z0-9]", w) or (w.isupper() and len(w) >= 2) for w in words)
            if language == "de" and not distinct:
                follows = text[match.start(group) + len(name):]
                if len(words) == 1 and (_DE_NOUN_LIKE.search(name) or not match.group("det")
                                        or not re.match(r"\s*(?:[,.;:(]|[a-zäöü]|$)", follows)):
                    continue  # „die Partei Stimmen“, „die Behörde Entwarnung“: common nouns
                if len(words) > 1 and any(_DE_NOUN_LIKE.search(w) and not w.isascii() for w in words):
                    continue
            sure = distinct or len(words) > 1 or language == "en"
            result.append((match.start(group), match.start(group) + len(name), name, sure))
    return result
