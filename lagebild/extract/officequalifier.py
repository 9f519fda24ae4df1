"""A country or body named only to qualify a named person's office ("der kanadische
Premierminister Mark Carney", "King Abdullah II of Jordan"): the person takes part, not the name."""

from __future__ import annotations

import re

from lagebild.extract import mentions
from lagebild.extract.doc import Doc
from lagebild.extract.mentions import name_mentions


def person_follows(doc: Doc, text: str, end: int) -> bool:
    """'kanadischen Premierminister Mark Carney', 'Britain's Defence Secretary John Healey':
    the country or body only qualifies the named person's office."""
    for m in name_mentions(doc, text):
        between = text[end:m.start]
        # (an office whose title holds "of": "U.S. Secretary of State X", "Minister of Foreign Affairs")
        title = _OFFICE_OF.fullmatch(between) is not None and _role_words(doc, between)
        # (a longer office before its holder when it holds a role noun: "Angola's mediator, former foreign
        # minister X", "the State Department's special envoy for hostage affairs, X")
        words = len(re.findall(r"\S+", between))
        # (the owner of the office: "Angola's mediator, X"; the name matched with or without its "'s")
        owner = re.match(r"['’]s\s", between) is not None or re.search(r"['’]s$", text[:end]) is not None
        cut = _CUT_OWNED if owner else _CUT
        if m.start >= end and (title or ((words <= 4 or (owner and words <= 7 and _role_words(doc, between)))
                                         and not cut.search(between) and (
                "," not in between or _role_words(doc, between)))):
            return True  # (also an apposition: "the EU's trade chief, Maroš Šefčovič")
    return False


# What parts a country or body from a person named after it: another clause, a list, another's office
# (an owned office may hold a comma before the holder's other title: "Angola's mediator, former minister X").
_CUT = re.compile(r"[;:]|,(?!\s*$)|\b(?:und|and|mit|with|sowie|of|von|der|des)\b")
_CUT_OWNED = re.compile(r"[;:]|,(?!\s*$)(?!\s+(?:[a-z][\w-]*\s+)+$)|\b(?:und|and|mit|with|sowie|of|von|der|des)\b")
# Capitalized words of an office around "of"/"for" and nothing else: " Secretary of State ",
# " Minister for Foreign Affairs ", " Secretary of Homeland Security ".
# (two such parts and the apposition's comma: " Minister of State for Foreign Affairs, ")
_OFFICE_OF = re.compile(r"\s+(?:[A-Z][\w.-]*\s+){1,3}(?:(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*,?\s+){1,3}){1,2}")


def title_of(doc: Doc, text: str, start: int) -> bool:
    """'King Abdullah II of Jordan', „König Abdullah II. von Jordanien“: the country only says whose
    king the named person is; the person takes part."""
    if not re.search(r"\s(?:of|von)\s+(?:the\s+)?$", text[max(0, start - 12):start]):
        return False
    if any(0 <= start - m.end <= 10 for m in name_mentions(doc, text[:start])):
        return True
    return _office_after_name(doc, text, start) or _office_before_name(doc, text, start)


# The office of a named person in apposition, closing with the state it is held in: "X, Minister of
# Foreign Affairs of the State of Eritrea", "Y, President of the UAE", „Z, Präsident von Ghana“.
_APPOSED_OFFICE = re.compile(
    r",\s+((?:[\w.'’-]+\s+){1,7}?)(?:of|von)\s+(?:the\s+)?"
    r"(?:(?:Federal|Democratic|Islamic|Arab|People['’]s|United|Socialist|Republic|State|Kingdom|Sultanate"
    r"|Emirate|Commonwealth|Bundesrepublik|Republik|Königreich|Staat|Emirat)\s+(?:of\s+(?:the\s+)?)?)*$")


def _office_after_name(doc: Doc, text: str, start: int) -> bool:
    """"X, Minister of Foreign Affairs of the State of Eritrea", "Y, President of the UAE": the state
    closes the office of the person named right before it."""
    before = text[max(0, start - 120):start]
    m = _APPOSED_OFFICE.search(before)
    if m is None or re.search(r"\b(?:and|und|sowie|with|mit|who|der|die|which)\b|[;:()]", m.group(1)):
        return False
    if not _role_words(doc, m.group(1)):
        return False
    offset = start - len(before) + m.start()
    return any(0 <= offset - n.end <= 1 for n in name_mentions(doc, text[:offset + 1]))


def _office_before_name(doc: Doc, text: str, start: int) -> bool:
    """„mit dem Emir von Katar, Scheich X“, "the President of Ghana, John Mahama": the office's holder
    is named right after it."""
    office = re.search(r"([\wÄÖÜäöüß-]+)\s+(?:of|von)\s+(?:the\s+)?$", text[max(0, start - 40):start])
    if office is None or not _role_words(doc, office.group(1)):
        return False
    word = re.match(r"[\wÄÖÜäöüß.'’-]+", text[start:])
    end = start + (word.end() if word else 0)
    gap = re.match(r",\s+(?:(?:Scheich|Sheikh|Emir|König|King|Prinz|Prince|Dr\.|Mr\.|Ms\.)\s+)?", text[end:end + 40])
    return gap is not None and any(n.start == gap.end() for n in name_mentions(doc, text[end:end + 80]))


def _role_words(doc: Doc, between: str) -> bool:
    """Whether the words before an apposition's comma hold a role noun ("trade chief,", „Außenminister,“)."""
    return any(mentions.is_role_noun(w, doc.language) for w in re.findall(r"[\wÄÖÜäöüß-]+", between))
