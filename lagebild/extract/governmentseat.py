"""Guesses of a person's state from the government their sentence or paragraph names.

"…, wie das Präsidialamt in Ankara mitteilte", "according to the government in Freetown": a government
body at its seat in the person's own sentence speaks for the state of that city — the office holder the
sentence is about serves it, unless another state is named beside it.  "South Sudan's government and the
opposition returned to the talks. … The government delegation is led by Minister X": the government's
delegation is that of the one state whose government the article named before.  Each is a guess: the
caller marks the person ``review: guessed``.
"""

from __future__ import annotations

import re

from lagebild.extract.contextcountry import city_state
from lagebild.extract.countries import countries_in
from lagebild.extract.doc import Doc
from lagebild.extract.personcandidate import Candidate

_SEAT = {
    "de": re.compile(r"\b(?:Regierung|Präsidialamt|Präsidentenamt|Präsidentenpalast|Außenministerium|Aussenministerium"
                     r"|Staatsführung|Regierungssprecher(?:in)?)\s+in\s+(?P<city>[A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?)"),
    "en": re.compile(r"\b(?:government|presidency|presidential\s+(?:office|palace)|foreign\s+ministry"
                     r"|authorities)\s+in\s+(?P<city>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)"),
}


def seat_state(doc: Doc, cand: Candidate, found: dict[str, Candidate]) -> str | None:
    """The state of a government body at its seat that the person's sentence names, when the sentence names
    no other state than those of the other persons in it."""
    text = cand.sentence.text
    lang = "de" if doc.language == "de" else "en"
    seats = {city_state(m.group("city"), doc.language) for m in _SEAT[lang].finditer(text)}
    seats.discard(None)
    if len(seats) != 1:
        return None
    code = seats.pop()
    taken = {c.country for c in found.values() if c.sentence is cand.sentence and c is not cand}
    named = {found_code for _s, _e, found_code in countries_in(text, doc.language)}
    if code in taken or not named <= {code} | taken:
        return None
    return code


_GOVERNMENT_DELEGATION = {"de": re.compile(r"\bRegierungsdelegation\b"),
                          "en": re.compile(r"\bgovernment(?:'s|’s)?\s+delegation\b")}
# "South Sudan's government", "the Sudanese government", „die sudanesische Regierung“, „Regierung Kenias“
_STATE_GOVERNMENT = {
    "de": re.compile(r"(?P<state>[\wäöüÄÖÜß-]+)\s+Regierung\b|\bRegierung\s+(?P<genitive>[A-ZÄÖÜ][\w-]+s)\b"),
    "en": re.compile(r"(?P<state>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?(?:'s|’s)?)\s+government\b"),
}


def government_delegation_state(doc: Doc, cand: Candidate) -> str | None:
    """The state of "the government delegation" the person leads or belongs to: the one state whose government
    the article names up to the person's sentence."""
    lang = "de" if doc.language == "de" else "en"
    text = cand.sentence.text
    near = text[max(0, cand.position - 60):cand.position + 60]
    if not _GOVERNMENT_DELEGATION[lang].search(near):
        return None
    states: set[str] = set()
    for sentence in doc.sentences[:cand.sentence.index + 1]:
        for match in _STATE_GOVERNMENT[lang].finditer(sentence.text):
            word = match.group("state") or match.group("genitive") if lang == "de" else match.group("state")
            found = countries_in(word or "", doc.language)
            if found:
                states.add(found[-1][2])
    return states.pop() if len(states) == 1 else None


# The head of "the army" named bare: „Armeechef X“, "army chief X", "the chief of the armed forces, X".
_ARMY_HEAD = {
    "de": re.compile(r"^(?:Armee|Militär|Generalstabs|Heeres)chef(?:in)?$|^(?:Chef|Oberbefehlshaber)(?:in)?\s+der\s+"
                     r"(?:Armee|Streitkräfte)$"),
    "en": re.compile(r"^(?:[Aa]rmy|[Mm]ilitary)\s+(?:chief|commander|head)$|^(?:[Cc]hief|[Hh]ead|[Cc]ommander)\s+of\s+"
                     r"the\s+(?:army|armed\s+forces|military)$"),
}
# Military ranks named bare, and "the army" right before the name („Für die Armee verhandelt General X“).
_RANK = {
    "de": re.compile(r"^(?:General(?:leutnant|major|oberst)?|Feldmarschall|Oberst|Admiral)$"),
    "en": re.compile(r"^(?:(?:Lt\.?\s+|Lieutenant\s+|Major\s+|Brig\.?\s+)?Gen(?:eral|\.)|Field\s+Marshal|Colonel|"
                     r"Admiral)$"),
}
_FOR_THE_ARMY = {
    "de": re.compile(r"\b(?:[Ff]ür|[Vv]on)\s+(?:der|die)\s+Armee\b[^.;]{0,30}$"),
    "en": re.compile(r"\b(?:[Ff]or|[Ff]rom)\s+the\s+(?:army|military|armed\s+forces)\b[^.;]{0,30}$"),
}
# A state's army as the article names it: „die sudanesische Armee“, „die Streitkräfte Sudans“, "Sudan's army".
_STATE_ARMY = {
    "de": re.compile(r"(?P<state>[\wäöüÄÖÜß-]+)\s+(?:Armee|Streitkräften?|Militärs?)\b"
                     r"|\b(?:Armee|Streitkräfte)\s+(?P<genitive>[A-ZÄÖÜ][\w-]+s)\b"),
    "en": re.compile(r"(?P<state>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?(?:'s|’s)?)\s+(?:army|military|armed\s+forces|"
                     r"Armed\s+Forces|Army)\b"),
}


def army_state(doc: Doc, cand: Candidate) -> str | None:
    """The state of "the army" whose head the person is (a bare „Armeechef“, "army chief"): the one state whose
    army the article names up to the person's sentence (a guess; none when it names two armies)."""
    lang = "de" if doc.language == "de" else "en"
    if not cand.role:
        return None
    role = cand.role.split(",")[0].strip()
    # „Für die Armee verhandelt General X“, "for the army, General X": a bare rank the sentence puts in "the army"
    at = cand.sentence.text.find(cand.name, cand.position)
    ranked = (_RANK[lang].match(role) is not None and at >= 0
              and _FOR_THE_ARMY[lang].search(cand.sentence.text[max(0, at - 60):at]) is not None)
    if not _ARMY_HEAD[lang].match(role) and not ranked:
        return None
    states: set[str] = set()
    for sentence in doc.sentences[:cand.sentence.index + 1]:
        for match in _STATE_ARMY[lang].finditer(sentence.text):
            word = match.group("state") or (match.group("genitive") if lang == "de" else None)
            found = countries_in(word or "", doc.language)
            if found and found[-1][1] >= len(re.sub(r"['’]s$", "", word or "")):  # (the state ends the words)
                states.add(found[-1][2])
    return states.pop() if len(states) == 1 else None

