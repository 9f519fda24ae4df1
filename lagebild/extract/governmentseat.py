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
