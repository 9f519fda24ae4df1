"""The state an office belongs to, read from the role's own words (no context, no guess).

"Texas Governor" and „Ministerpräsident von Bayern“ (a region's office), "mayor of Kyiv" (a city's),
"director of the Office of Management and Budget" (a national body's), "Senate Minority Leader" (a body
several states have: the lexicon's state, which ``personcountry`` keeps only when the article names it),
and "African Union envoy" (an international body's office: no state).
"""

from __future__ import annotations

import re

from lagebild.extract.countries import LANG
from lagebild.extract.lang import en, places
from lagebild.extract.patterns import standalone


def region_office(role: str) -> str | None:
    """'Texas Governor', 'Governor of California', „Ministerpräsident von Bayern“: the country of a
    federal state or region the role names (not one the office is sent to: "envoy to Texas")."""
    if re.search(r"\b(?:to|nach|für|for|in)\s+(?:the\s+)?\S+\s*$", role):
        return None
    return next((code for name, code in {**places.US_STATES, **places.REGIONS}.items()
                 if standalone(name).search(role)), None) or _state_named_like_a_city(role)


# US states named like a city (left out of the gazetteer's states): their governor's title says which.
_STATE_GOVERNOR = re.compile(r"^(?:New\s+York|Washington)\s+(?:Gov\.|Governor|[Ll]ieutenant\s+[Gg]overnor)$|"
                             r"^(?:[Ll]ieutenant\s+)?[Gg]overnor\s+of\s+(?:New\s+York|Washington)(?:\s+State)?$")


def _state_named_like_a_city(role: str) -> str | None:
    """'New York Governor', 'Governor of Washington State': the US (not a city's office)."""
    return "US" if _STATE_GOVERNOR.search(role.strip()) else None


# An international body that holds the office (before the role noun or its owner after it), not the
# body an ambassador is sent to ("ambassador to the African Union" keeps the ambassador's state).
_BODIES = (r"(?:African\s+Union|Afrikanischen\s+Union|Afrikanische\s+Union|Arab\s+League|Arabischen\s+Liga"
           r"|United\s+Nations|Vereinten\s+Nationen|AU|Ecowas|ECOWAS|IGAD|SADC|Commonwealth"
           r"|CARICOM|Caricom|Caribbean\s+Community|ASEAN|Asean|Pacific\s+Islands\s+Forum|Gulf\s+Cooperation\s+Council"
           r"|East\s+African\s+Community|Organi[sz]ation\s+of\s+American\s+States)")
INTERNATIONAL_OWNER = re.compile(
    rf"^(?:the\s+)?{_BODIES}(?:['’]s)?\s|^{_BODIES}-|\b(?:of\s+the|der|des)\s+{_BODIES}\b")


# The office an international body holds now, said before a former state office: "the African Union's envoy
# for the talks, former Kenyan foreign minister X", „der Gesandte der UN, der frühere kenianische Minister X“;
# after the name: "X, a former speaker of Ghana's parliament who led a Commonwealth observer team".
_NOW_INTERNATIONAL_BEFORE = re.compile(
    rf"(?:^|\b(?:the|der|die)\s+)(?:{_BODIES}(?:['’]s)?\s+[^,.;]*|[^,.;]*\b(?:of\s+the|der|des)\s+{_BODIES}[^,.;]*)"
    r",\s*(?:the\s+|der\s+|die\s+)?(?:former|ehemalige[rn]?|frühere[rn]?)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_NOW_INTERNATIONAL_AFTER = re.compile(
    rf"^(?:an?\s+)?former\s+[^,;]*\bwho\s+(?:leads|led|heads|headed|chairs|chaired)\s+(?:an?|the)\s+{_BODIES}\b")


def now_international(before: str, apposition: str | None) -> bool:
    """A person who held a state's office once and holds an international body's now acts for no state."""
    return bool(_NOW_INTERNATIONAL_BEFORE.search(before)
                or (apposition and _NOW_INTERNATIONAL_AFTER.search(apposition)))


def city_office(role: str, language: str) -> str | None:
    """'Bürgermeister von Kiew', 'mayor of Kyiv', 'Gouverneur von Tokio': a city's office is its country's."""
    match = re.search(r"\b(?:von|der\s+Stadt|of)\s+([A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?)\s*$", role)
    return LANG[language].CITIES.get(match.group(1)) if match else None


def shared_body(role: str) -> str | None:
    """'Senate Minority Leader': a body whose name several states' bodies have, and the lexicon's state."""
    return next((en.NATIONAL_BODIES[body] for body in en.SHARED_BODIES
                 if standalone(body).search(role)), None)


def body_country(role: str) -> str | None:
    """'director of the Office of Management and Budget': a state's own institution inside the role."""
    return next((code for body, code in en.NATIONAL_BODIES.items()
                 if standalone(body).search(role)), None)


# The head of a region or city named by the unit's own name: "Kharkiv Governor", "Belgorod regional governor",
# "governor of the Kharkiv region", "head of the Odesa regional military administration", „Gouverneur der
# Region Charkiw“, „Bürgermeister von Odessa“ (the city or region of the gazetteer gives the state).
_PLACE = r"(?P<place>[A-ZÄÖÜ][\w'’-]+(?:\s[A-ZÄÖÜ][\w'’-]+)?)"
_UNIT_EN = r"(?:[Oo]blast|[Rr]egion(?:al)?|[Pp]rovinc(?:e|ial)|[Cc]ity|[Ss]tate)"
_LOCAL_OFFICE = {
    "en": (re.compile(rf"^{_PLACE}\s+(?:{_UNIT_EN}\s+)?(?:[Gg]overnor|Gov\.|[Mm]ayor)$"),
           re.compile(rf"^(?:[\w-]+\s+)?(?:[Gg]overnor|[Mm]ayor)\s+of\s+(?:the\s+)?{_PLACE}(?:\s+{_UNIT_EN})?$"),
           re.compile(rf"^head\s+of\s+the\s+{_PLACE}\s+(?:{_UNIT_EN}\s+)?(?:military\s+)?administration$")),
    "de": (re.compile(rf"^(?:Gouverneur|Bürgermeister|Verwaltungschef|Militärgouverneur)(?:in)?\s+(?:der\s+"
                      rf"(?:Region|Oblast|Provinz|Stadt)\s+|des\s+Gebiete?s\s+|von\s+|im\s+Gebiet\s+){_PLACE}$"),),
}


def local_office(role: str | None, language: str) -> str | None:
    """The state of the region or city whose governor or mayor the role names (see ``_LOCAL_OFFICE``)."""
    from lagebild.extract.contextcountry import city_state  # (contextcountry reads this module's neighbours)

    lang = "de" if language == "de" else "en"
    for part in (role or "").split(","):
        match = next((m for m in (p.match(part.strip()) for p in _LOCAL_OFFICE[lang]) if m), None)
        if match:
            place = match.group("place")
            return city_state(place, language) or places.REGIONS.get(place)
    return None

