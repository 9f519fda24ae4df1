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

from lagebild.extract.contextcountry import adjective_of_a_thing, attributes_what_precedes, is_office
from lagebild.extract.countries import LANG, countries_in, country_of_word
from lagebild.extract.countryhints import dateline_state
from lagebild.extract.doc import Doc
from lagebild.extract.personcandidate import Candidate
from lagebild.extract.placenames import city_states


def dateline_home(doc: Doc, cand: Candidate, leading: str | None) -> str | None:
    """"OTTAWA (Reuters) - … Prime Minister X said": a bare government office in a report datelined in the
    state the article names most is that state's — a guess, and only when nothing before the person in
    their sentence names another state (other than as an adjective of a thing: "Bolivian duties")."""
    home = dateline_state(doc)
    return _bare_office_home(doc, cand, home) if home and home == leading else None


def outlet_home(doc: Doc, cand: Candidate, named: set[str]) -> str | None:
    """"Foreign Minister X will travel to …" in an Australian paper: a bare government office is the outlet's
    own state's (the locale given with the article, else the outlet's address or name, else the locale its spelling
    suggests) — a guess, only when the article names that state, is not datelined in another one, and the
    person's sentence tells no visit ("X arrived in Canberra") and names no other state before them.  A paper
    introduces foreign office holders with their state ("Fijian Prime Minister X")."""
    # (a locale given with the article wins; one guessed from its spelling does not: Kenyan papers write British)
    region = (None if doc.article.locale else outlet_state(doc)) or (doc.locale or "").partition("-")[2].upper()
    if not region or region not in named or dateline_state(doc) not in (None, region) \
            or re.search(LANG[doc.language].ARRIVAL, cand.sentence.text) \
            or _NOT_THE_OUTLETS.search((cand.role or "").casefold()):
        return None
    return _bare_office_home(doc, cand, region)


def outlet_state(doc: Doc) -> str | None:
    """The outlet's own state as its address or name tells it: the country-code domain of its URL
    ("….com.ua", "….co.ke"), else the one state its name holds a place of ("The Lagos Courier", "Ledger (Kyiv)")."""
    return _outlet_state(doc.article.url or "", doc.article.outlet or "", doc.language)


@lru_cache(maxsize=256)
def _outlet_state(url: str, outlet: str, language: str) -> str | None:
    tld = (urlsplit(url).hostname or "").rpartition(".")[2]
    if len(tld) == 2 and tld.isalpha() and tld not in _GENERIC_TLDS:
        return "GB" if tld == "uk" else tld.upper()
    gazetteer = city_states(language)
    words = re.findall(r"[\w'-]+", outlet)
    states = {gazetteer[name] for name in (" ".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words)))
              if name in gazetteer}
    states |= {code for _, _, code in countries_in(outlet, language)}
    return states.pop() if len(states) == 1 else None


def _bare_office_home(doc: Doc, cand: Candidate, home: str) -> str | None:
    """``home`` for a government office named bare, unless a state before the person in their sentence is theirs."""
    if not cand.role or not cand.role.split() or not is_office(cand.role, doc.language) \
            or cand.role.casefold().split()[-1] in _POSTED_ABROAD or seated_elsewhere(cand.role, home, doc.language):
        return None
    text = cand.sentence.text[:cand.position]
    if attributes_what_precedes(doc, cand):
        return home  # "OTTAWA — Canada and Mexico will table …, Trade Minister X said": X's words, not X's side
    others = {code for start, end, code in countries_in(text, doc.language)
              if code != home and not adjective_of_a_thing(text, start, end, doc.language)}
    return None if others else home


_SEAT = re.compile(r"(?<![\w-])in\s+([A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?)")


def seated_elsewhere(role: str, home: str, language: str) -> bool:
    """„Chef der Führung in Tiraspol“, "mayor in Zgorzelec": an office the role seats in a place that is not known
    to lie in the ``home`` state (an unknown place included: a breakaway region's seat is no state's office to
    guess)."""
    gazetteer = city_states(language)
    return any(gazetteer.get(place) != home and country_of_word(place, language) != home
               for place in _SEAT.findall(role))


# Offices held abroad or between states: their holders serve whichever state sent them, not the host.
_POSTED_ABROAD = frozenset({"ambassador", "envoy", "botschafter", "botschafterin", "gesandter", "gesandte",
                            "mediator", "vermittler", "vermittlerin", "negotiator", "verhandler", "chefverhandler",
                            "unterhändler", "chefunterhändler", "chefunterhändlerin", "verhandlungsführer"})
# Titles a paper does not give its own state's holders bare: a head of state ("President X" in a British or
# German paper is another state's; the outlet's own is „Bundespräsident“ or known by name), a body's
# secretary-general (an international body's or a party's, "Forum Secretary General X").
_NOT_THE_OUTLETS = re.compile(r"(?:^|[\s-])(?:president|(?:staats)?präsident(?:in)?|king|könig(?:in)?|queen|emir"
                              r"|sultan|secretary[\s-]general|generalsekretär(?:in)?)$")
# Country codes sold as generic names ("….io", "….tv", "….fm") and the EU's: no state's outlet.
_GENERIC_TLDS = frozenset({"eu", "io", "co", "tv", "fm", "me", "ai", "ly", "am", "to", "cc", "ws", "gg"})
