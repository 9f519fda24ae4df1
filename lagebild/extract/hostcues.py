"""The host of a visit, from verbs of receiving: the office holder who receives, welcomes or meets a guest.

"… where he was received by Vice President X", "in the presence of President X and his guest", "President X
welcomes her Congolese counterpart", „hatte in Minsk mit Machthaber X gesprochen“: X serves the state the
visit takes place in — the one city the cue or the person's sentence names, else the report's dateline,
else, in a report about two states, the one that is not the guest's.  A guess (the caller marks it); never the
guest's own state.
"""

from __future__ import annotations

import re

from lagebild.extract import mentions
from lagebild.extract.countries import countries_in, country_of_word
from lagebild.extract.countryhints import dateline_state
from lagebild.extract.doc import Doc
from lagebild.extract.partystates import country_counts
from lagebild.extract.personcandidate import Candidate

_TITLE_EN = r"(?:the\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w-]*\s+){0,3}$"
_TITLE_DE = r"(?:dem\s+|der\s+|den\s+)?(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][\w-]*\s+){0,2}$"
_PLACE_EN = r"(?P<place>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)"
_PLACE_DE = r"(?P<place>[A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?)"

# The cue right before the host's title and name.
_RECEIVED_BY = {
    "en": re.compile(r"\b(?:was|were|is|are|being|been)\s+(?:\w+ly\s+)?(?:received|welcomed|greeted|hosted)\s+"
                     r"by\s+" + _TITLE_EN
                     + r"|\bin\s+the\s+presence\s+of\s+" + _TITLE_EN
                     + r"|\b(?:met|meets|meet|spoke|talked|talks|meeting)\b[^.;]{0,40}?\bin\s+" + _PLACE_EN
                     + r"\s+with\s+" + _TITLE_EN),
    "de": re.compile(r"\bin\s+" + _PLACE_DE + r"\s+mit\s+" + _TITLE_DE),
}
# What must follow the host's name for the German "in <city> mit X": the verb of meeting, at the clause's end.
_MET_AFTER = {"de": re.compile(r"^\s+(?:gesprochen|getroffen|verhandelt|beraten|zusammengetroffen|"
                               r"zusammengekommen|telefoniert)\b")}
# The host as the subject: "President X welcomes her Congolese counterpart", „X empfing seinen polnischen Amtskollegen“.
_WELCOMES = {
    "en": re.compile(r"^,?\s+(?:\w+ly\s+)?(?:welcomes|welcomed|receives|received|hosts|hosted|greets|greeted)\s+"
                     r"(?:his|her|their)\s+(?P<guest>[A-Z][\w-]+)\s+counterparts?\b"),
    "de": re.compile(r"^,?\s+(?:empfing|empfängt|begrüßte|begrüßt)\s+(?:am\s+\w+\s+)?(?:seinen|seine|ihren|ihre)\s+"
                     r"(?P<guest>[a-zäöüß]+)\s+Amtskolleg"),
}
# The host as the subject, any guest, the scene a city of the sentence: „X hat am Dienstag den Präsidenten …, Y, in
# der Staatskanzlei in Saarbrücken empfangen“, "X received the visiting minister in Accra".
_RECEIVES_IN = {
    "en": re.compile(r"^,?\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?(?:welcomed|welcomes|received|receives|hosted|hosts)\b"),
    "de": re.compile(r"^,?\s+(?:(?:hat|hatte)\b[^.;:„“]{0,160}?\bempfangen|empfing|empfängt)\b"),
}
# "in Accra", "at the Jubilee House in Accra": a city the sentence puts the scene in.
_IN_PLACE = {"en": re.compile(r"\bin\s+" + _PLACE_EN), "de": re.compile(r"\bin\s+" + _PLACE_DE)}


def received_host(doc: Doc, cand: Candidate, found: dict[str, Candidate]) -> str | None:
    """The state of the office holder who receives a guest (see the module's docstring)."""
    from lagebild.extract.contextcountry import city_state

    language = "de" if doc.language == "de" else "en"
    text = cand.sentence.text
    at = text.find(cand.name, cand.position)
    if at < 0:
        return None
    before, after = text[:cand.position], text[at + len(cand.name):]
    cue = _RECEIVED_BY[language].search(before)
    if cue and language in _MET_AFTER and not _MET_AFTER[language].match(after):
        cue = None
    welcomes = _WELCOMES[language].match(after)
    if not cue and not welcomes:
        return _receives_in(doc, text, after, found, cand)
    guests = {visitor.country for visitor in found.values()
              if visitor is not cand and visitor.country and mentions.surname_of(visitor.name) in text}
    if welcomes:
        guest = country_of_word(welcomes.group("guest"), doc.language)
        guests = {guest} if guest else guests
    place = cue.groupdict().get("place") if cue else None
    cities = {city_state(place, doc.language)} if place else {
        city_state(m.group("place"), doc.language) for m in _IN_PLACE[language].finditer(text)}
    cities.discard(None)
    if len(cities) > 1:
        return None
    host = cities.pop() if cities else dateline_state(doc) or _headline_city(doc, language) or _other_side(doc, guests)
    return host if host and host not in guests and not _other_state_named(doc, text, host, guests) else None


def _receives_in(doc: Doc, text: str, after: str, found: dict[str, Candidate], cand: Candidate) -> str | None:
    """„X hat Y in Saarbrücken empfangen“: the state of the one known city the host's sentence names (never a
    guest's state, none when the sentence names another state)."""
    from lagebild.extract.contextcountry import city_state

    language = "de" if doc.language == "de" else "en"
    if not _RECEIVES_IN[language].match(after):
        return None
    cities = {state for m in _IN_PLACE[language].finditer(text)
              if (state := city_state(m.group("place"), doc.language))}
    if len(cities) != 1:
        return None
    host = cities.pop()
    guests = {visitor.country for visitor in found.values()
              if visitor is not cand and visitor.country and mentions.surname_of(visitor.name) in text}
    return host if host not in guests and not _other_state_named(doc, text, host, guests) else None


def _headline_city(doc: Doc, language: str) -> str | None:
    """"SADC leaders meet in Pretoria as …": the one city the headline puts the report in."""
    from lagebild.extract.contextcountry import city_state

    states = {city_state(m.group("place"), doc.language) for m in _IN_PLACE[language].finditer(doc.headline or "")}
    states.discard(None)
    return states.pop() if len(states) == 1 else None


def _other_side(doc: Doc, guests: set[str]) -> str | None:
    """A report about two states (they lead its mentions together and tie or nearly): the one not the guest's."""
    top = country_counts(doc).most_common(3)
    if len(guests) != 1 or len(top) < 2 or (len(top) == 3 and top[2][1] * 2 > top[1][1]):
        return None
    pair = {top[0][0], top[1][0]}
    return next(iter(pair - guests)) if guests < pair else None


def _other_state_named(doc: Doc, text: str, host: str, guests: set[str]) -> bool:
    """The sentence names a third state (neither host nor guest): whose host the person is, it does not say."""
    return any(code not in guests and code != host for _s, _e, code in countries_in(text, doc.language))
