"""A government office named bare is the home state's: the dateline's, or the outlet's own.

"OTTAWA (Reuters) - … Trade Minister X said", "Foreign Minister X will travel to Honiara" in an Australian
paper: a report names foreign office holders with their state ("Fijian Prime Minister X"), its own state's
bare.  Each is a guess (the caller marks the person ``review: guessed``), taken only when nothing before the
person in their sentence names another state and the office is one a state holds at home (no ambassador,
envoy or negotiator, who serve the state that sent them).
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from babel import localedata

from lagebild.article import Article
from lagebild.extract.contextcountry import adjective_of_a_thing, attributes_what_precedes, is_office
from lagebild.extract.countries import LANG, countries_in, country_of_word
from lagebild.extract.countryhints import dateline_state
from lagebild.extract.doc import Doc
from lagebild.extract.lang import domestic, outlethomes, places
from lagebild.extract.lang.states import HEADS_OF_STATE
from lagebild.extract.personcandidate import Candidate
from lagebild.extract.placenames import city_states


def dateline_home(doc: Doc, cand: Candidate, leading: str | None) -> str | None:
    """"OTTAWA (Reuters) - … Prime Minister X said": a bare government office in a report datelined in the
    state the article names most is that state's — a guess, and only when nothing before the person in
    their sentence names another state (other than as an adjective of a thing: "Bolivian duties")."""
    home = dateline_state(doc)
    return _bare_office_home(doc, cand, home) if home and home == leading else None


def outlet_home(doc: Doc, cand: Candidate, named: set[str], leading: str | None = None) -> str | None:
    """"Foreign Minister X will travel to …" in an Australian paper: a bare government office is the outlet's
    own state's (the locale given with the article, else the outlet's address or name, else the locale its spelling
    suggests) — a guess, only when the article names that state, is not datelined in another one, and the
    person's sentence tells no visit ("X arrived in Canberra") and names no other state before them.  A paper
    introduces foreign office holders with their state ("Fijian Prime Minister X")."""
    # (a locale given with the article wins; one guessed from its spelling does not: Kenyan papers write British)
    region = (None if doc.article.locale else outlet_state(doc)) or (doc.locale or "").partition("-")[2].upper()
    if not region or region not in named or dateline_state(doc) not in (None, region) \
            or re.search(LANG[doc.language].ARRIVAL, cand.sentence.text) \
            or _not_the_outlets(cand.role or "", region, leading):
        return None
    return _bare_office_home(doc, cand, region)


def _not_the_outlets(role: str, region: str, leading: str | None) -> bool:
    """A title a paper of ``region`` does not give its own state's holders bare: another state's head of state
    ("President X" in a British paper, "King X" in a Kenyan one), a body's secretary-general.  Its own head's title
    it gives bare ("President X" in a paper of Botswana), but so it does a foreign head's in a report about that
    state: only in a report about its own state (the one the article names most) is the head its own."""
    found = _NOT_THE_OUTLETS.search(role.casefold())
    if not found:
        return False
    title = found.group(0).strip(" -")
    if title in _PRESIDENTS:
        return region in HEADS_OF_STATE or leading != region
    return title not in HEADS_OF_STATE.get(region, frozenset()) or leading != region


def outlet_state(doc: Doc) -> str | None:
    """The outlet's own state as its address or name tells it: the country-code domain of its URL
    ("….com.ua", "….co.ke"), else the one state its name holds a place of ("The Lagos Courier", "Ledger (Kyiv)")."""
    return _outlet_state(doc.article.url or "", doc.article.outlet or "", doc.language)


def outlet_locale(article: Article, language: str) -> str | None:
    """The locale of an article that gives none, from its outlet's address or name: „Tiroler Rundschau“ writes
    for Austria (de-AT), "The Lagos Courier" for Nigeria (en-NG), whatever its spelling suggests."""
    state = _outlet_state(article.url or "", article.outlet or "", language)
    # (only a locale whose dates and numbers Babel can write: "de-IT" for South Tyrol, not "de-TZ")
    return f"{language}-{state}" if state and localedata.exists(f"{language}_{state}") else None


@lru_cache(maxsize=256)
def _outlet_state(url: str, outlet: str, language: str) -> str | None:
    tld = (urlsplit(url).hostname or "").rpartition(".")[2]
    if len(tld) == 2 and tld.isalpha() and tld not in _GENERIC_TLDS:
        return "GB" if tld == "uk" else tld.upper()
    gazetteer = {**outlethomes.REGIONS, **places.REGIONS, **city_states(language)}
    words = re.findall(r"[\w'-]+", outlet)
    states = {gazetteer[name] for name in (" ".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words)))
              if name in gazetteer}
    states |= {code for _, _, code in countries_in(outlet, language)}
    # the parts of a compound („Westfalen-Echo“, „Aare-Zeitung“) and a genitive („Staatskanzlei des Saarlandes“)
    parts = [part for word in words for part in word.split("-") if part]
    states |= {code for part in parts for code in (gazetteer.get(part) or gazetteer.get(re.sub(r"e?s$", "", part)),)
               if code}
    states |= {code for word in parts for code in (_adjective_home(word, gazetteer, language),) if code}
    return states.pop() if len(states) == 1 else None


# A compass or position word at the start of a regional adjective: „Nordhessische“, „Norddeutsche“, „Oberlausitzer“.
_COMPASS = re.compile(r"^(?:Nordwest|Nordost|Südwest|Südost|Nord|Süd|Ost|West|Ober|Nieder|Mittel|Zentral|Inner)"
                      r"(?=[a-zäöü])")


def _adjective_home(word: str, gazetteer: dict[str, str], language: str) -> str | None:
    """The state of a place's adjective in an outlet's name: „Aargauer“ (Aargau), „Tiroler“, „Südtiroler“,
    „Nordhessische“ (hessisch), „Norddeutsche“, „Zentralschweizer“."""
    if word in outlethomes.ADJECTIVES:
        return outlethomes.ADJECTIVES[word]
    bare = _COMPASS.sub("", word)
    lower = bare.lower()
    land = domestic.LAND_ADJECTIVES.get(word.lower()) or domestic.LAND_ADJECTIVES.get(lower) \
        or domestic.LAND_ADJECTIVES.get(re.sub(r"(?:e|en|er|es|em)$", "", lower))
    if land:
        return land
    if bare.endswith("er") and len(bare) > 5:
        base = bare[:-2]
        return gazetteer.get(base) or gazetteer.get(base.capitalize()) or country_of_word(base.capitalize(), language)
    if bare[:1].islower() and bare != word:
        return country_of_word(bare, language)  # „Norddeutsche Allgemeine“
    return None


def _bare_office_home(doc: Doc, cand: Candidate, home: str) -> str | None:
    """``home`` for a government office named bare, unless a state before the person in their sentence is theirs."""
    if not cand.role or not cand.role.split() or not is_office(cand.role, doc.language) \
            or cand.role.casefold().split()[-1] in _POSTED_ABROAD \
            or seated_elsewhere(cand.role, home, doc.language, regions=True):
        return None
    text = cand.sentence.text[:cand.position]
    where = _WHERE_BEFORE.search(text)
    if where and not _lies_in(where.group(1), home, doc.language):
        return None  # „… nach Zgorzelec, wo Bürgermeister X sie erwartete“: the office of a place not the home's
    if attributes_what_precedes(doc, cand):
        return home  # "OTTAWA — Canada and Mexico will table …, Trade Minister X said": X's words, not X's side
    others = {code for start, end, code in countries_in(text, doc.language)
              if code != home and not adjective_of_a_thing(text, start, end, doc.language)}
    return None if others else home


_SEAT = re.compile(r"(?<![\w-])in\s+([A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?)")
# A region's office: „Präsident der Region Grand Est“, "governor of the region of X", "X province governor".
_REGION_SEAT = re.compile(r"(?<![\w-])(?:der\s+Region|der\s+Provinz|of\s+the\s+region\s+of)\s+"
                          r"([A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?)|([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s+(?:region|province)\b")
# A place named right before the person's clause of "where": "… to Zgorzelec, where Mayor X waited".
_WHERE_BEFORE = re.compile(r"(?<![\w-])(?:in|nach|to|at)\s+([A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?),\s+(?:wo|where)\b"
                           r"[^.;:,]*$")


def seated_elsewhere(role: str, home: str, language: str, regions: bool = False) -> bool:
    """„Chef der Führung in Tiraspol“, "mayor in Zgorzelec": an office the role seats in a place that is not known
    to lie in the ``home`` state (an unknown place included: a breakaway region's seat is no state's office to
    guess).  With ``regions`` also the office of a region („Präsident der Region Grand Est“): no bare office of the
    paper's home (a province's office in the state the context names is that state's: „Parteisekretär der Provinz
    Zhejiang“ in a report from China)."""
    seats = _SEAT.findall(role) + [first or second for first, second in _REGION_SEAT.findall(role)] * regions
    return any(not _lies_in(place, home, language) for place in seats)


def _lies_in(place: str, home: str, language: str) -> bool:
    gazetteer = city_states(language)
    return (gazetteer.get(place) or places.REGIONS.get(place)) == home or country_of_word(place, language) == home


# Offices held abroad or between states: their holders serve whichever state sent them, not the host.
_POSTED_ABROAD = frozenset({"ambassador", "envoy", "botschafter", "botschafterin", "gesandter", "gesandte",
                            "mediator", "vermittler", "vermittlerin", "negotiator", "verhandler", "chefverhandler",
                            "unterhändler", "chefunterhändler", "chefunterhändlerin", "verhandlungsführer"})
# Titles a paper does not give its own state's holders bare: a head of state ("President X" in a British or
# German paper is another state's; the outlet's own is „Bundespräsident“ or known by name), a body's
# secretary-general (an international body's or a party's, "Forum Secretary General X").
_NOT_THE_OUTLETS = re.compile(r"(?:^|[\s-])(?:president|(?:staats)?präsident(?:in)?|king|könig(?:in)?|queen|emir"
                              r"|sultan|secretary[\s-]general|generalsekretär(?:in)?)$")
_PRESIDENTS = frozenset({"president", "präsident", "präsidentin", "staatspräsident", "staatspräsidentin"})
# Country codes sold as generic names ("….io", "….tv", "….fm") and the EU's: no state's outlet.
_GENERIC_TLDS = frozenset({"eu", "io", "co", "tv", "fm", "me", "ai", "ly", "am", "to", "cc", "ws", "gg"})
