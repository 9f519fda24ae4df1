"""The outlet's own state, and the bare offices of its home politics.

National news names its own government's officials without their state ("Foreign Minister X",
"the Minister for Agriculture, X", "Governor Y") and qualifies every foreign one ("Philippine Foreign
Secretary X", „der ukrainische Außenminister“).  So a bare state office in an English-language outlet of
a known state is most likely that state's — a guess (``review: guessed``), and only where nothing in the
article points elsewhere: the article names the home state twice, the person's sentence names no other
state acting (a name, "the Russian government", "Moscow said"; not "Russian drones", "in Istanbul"), its
dateline (if any) lies at home, the person heads or belongs to no visiting delegation and is no envoy.

The home state comes from the article's own metadata: the country domain of its address ("….ie",
"….com.au"), the region of its language tag unless that only marks a spelling ("en-IE", "en-KE"; not
"en-GB", "en-US", which agencies and outlets everywhere use), or the city the outlet names for itself
("The Daily Sentinel (Nairobi)").  Pure functions over the article.
"""

from __future__ import annotations

import re
from collections import Counter

from lagebild.extract.contextcountry import adjective_of_a_thing, is_office
from lagebild.extract.countries import countries_in
from lagebild.extract.countryhints import dateline_state, non_state_role
from lagebild.extract.doc import Doc
from lagebild.extract.lang import en, places
from lagebild.extract.personcandidate import Candidate
from lagebild.extract.placenames import city_regex, literal

# Country domains used as generic ones (".io", ".tv", ".co", ".me"…): they say nothing of a home state.
_GENERIC_DOMAINS = frozenset({"io", "tv", "co", "me", "ai", "fm", "ly", "cc", "ws", "to", "gg", "la", "am", "eu",
                              "nu", "tk", "ms", "sh", "st", "vc", "so"})
# Language tags whose region marks a spelling, not a home: written by outlets and agencies everywhere.
_SPELLING_REGIONS = frozenset({"GB", "US"})
# Offices of a state's own institutions that are no government office elsewhere in the rules ("Parliament's
# human rights commissioner", "the ombudsman", "the prosecutor general"): at home, the home state's.
_HOME_OFFICE = re.compile(r"(?i)\b(?:commissioner|ombudsman|ombudsperson|prosecutor|attorney[\s-]general|"
                          r"auditor[\s-]general)\b")
# Offices held abroad or between states: their holders serve whichever state sent them.
_NOT_HOME = re.compile(r"(?i)\b(?:ambassador|envoy|mediator|negotiator|consul|high\s+commissioner|delegation|"
                       r"delegate|representative\s+to|special\s+representative)\b")


def outlet_home(doc: Doc) -> str | None:
    """The outlet's own state by its address, language tag or self-named city; None if none says."""
    url = doc.article.url or ""
    host = re.match(r"(?i)^[a-z]+://([^/:?#]+)", url)
    if host:
        last = host.group(1).rsplit(".", 1)[-1].casefold()
        if len(last) == 2 and last.isalpha() and last not in _GENERIC_DOMAINS:
            return "GB" if last == "uk" else last.upper()
    region = (doc.locale or "").partition("-")[2].upper()
    if len(region) == 2 and region not in _SPELLING_REGIONS:
        return region
    seat = re.search(r"\(([A-Z][\w .'-]+?)(?:,[^)]*)?\)", doc.article.outlet or "")
    if seat:
        gazetteer = {**places.SHARED, **places.EN_ONLY, **en.CITIES}
        return gazetteer.get(seat.group(1).strip())
    return None


def _other_state_acts(text: str, home: str) -> bool:
    """The sentence names a state other than ``home`` by its name, a state noun's adjective („the Russian
    government“) or a capital standing for its government ("Moscow said") — not only as an adjective of a
    thing ("Russian drones") or as a location ("in Istanbul")."""
    if any(code != home and not adjective_of_a_thing(text, start, end, "en")
           for start, end, code in countries_in(text, "en")):
        return True
    return any(en.CITIES.get(m.group(0)) not in (None, home) and not literal(text, m.start(), m.end())
               for m in city_regex("en").finditer(text) if m.group(0) in places.CAPITALS)


def home_office(doc: Doc, cand: Candidate, counts: Counter[str], home: str | None) -> str | None:
    """The outlet's state for a bare state office of an English-language article about home politics."""
    if doc.language != "en" or not home or not cand.role or counts.get(home, 0) < 2:
        return None  # (named once, the home state is a side remark of a report about others)
    role = cand.role
    if not (is_office(role, doc.language) or _HOME_OFFICE.search(role)) or countries_in(role, doc.language) \
            or _NOT_HOME.search(role) or non_state_role(role.casefold(), doc.language):
        return None
    dateline = dateline_state(doc)
    if dateline and dateline != home:
        return None  # "JOHANNESBURG (AP) —" in an Indian outlet: the bare offices are the dateline's
    if _other_state_acts(cand.sentence.text, home):
        return None  # "Foreign Ministry spokeswoman X said Moscow …": the sentence is about another state
    near = cand.sentence.text[max(0, cand.position - 80):cand.position + 80]
    if _NOT_HOME.search(near) or re.search(en.ARRIVAL, near):
        return None  # "the government delegation is led by Minister X", "X arrived in Dublin"
    return home
