"""Whose state a domestic office serves, from the office's own words and what the text names with it.

"Taoiseach" is Ireland's and „Landeshauptmann“ Austria's in any article; "Premier of Queensland",
"Kerala Chief Minister" and „der hessische Ministerpräsident“ name a unit of one state; "Fine Gael TD"
and "ODM leader" name a party of one state.  Offices that two states share by name („Bundesrat“,
„Nationalrat“) or that one state's usage dominates ("Cabinet Secretary") need the article's evidence,
which ``personcountry`` supplies.  Pure functions; the tables are data in ``lang/domestic.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lagebild.briefing.model import ReviewState
from lagebild.extract.countries import countries_in
from lagebild.extract.lang import domestic, en, places
from lagebild.extract.partystates import AMBIGUOUS_PARTIES
from lagebild.extract.patterns import bounded, compiled, standalone


@dataclass(frozen=True)
class OfficeState:
    code: str
    review: ReviewState


# An office of one state's words whose state the article leaves open (it names both candidates).
OFFICE_UNDECIDED = OfficeState("", "guessed")


def office_state(role: str | None, before: str, article: str, language: str, office: bool = True,
                 italian_outlet: bool = False) -> OfficeState | None:
    """The state a role serves by its own words: a sub-national unit, a Land adjective, a one-state office
    or a party at its start.  ``before`` is the text right before the role's mention (for „der Tiroler
    Landeshauptmann“, whose adjective the role leaves out); ``article`` the whole text (for parties whose
    name another state's party shares, and for South Tyrol's offices).  A unit or a Land adjective
    counts only before an ``office`` (not "der Genfer Völkerrechtler", "a Kerala-based analyst").  A German-language
    ``italian_outlet`` (de-IT: South Tyrol's papers) counts as naming South Tyrol."""
    role = role or ""
    if language == "de":
        return (_land_adjective(role, before) if office else None) or _one_state_office_de(role, article,
                                                                                           italian_outlet)
    return (_unit(role) if office else None) or _one_state_office_en(role, article) or _party_en(role, article)


def two_state_office(role: str | None) -> tuple[str, ...]:
    """„Bundesrat“, „Nationalrätin“: the states (most likely first) whose office has these words, or ()."""
    # each title of a role that lists several: „Bundesrätin, Vorsteherin des EDA“
    for part in re.split(r"[,;]", (role or "").casefold()):
        words = part.split()
        if words and words[-1] in domestic.TWO_STATE_OFFICES_DE:
            return domestic.TWO_STATE_OFFICES_DE[words[-1]]
    return ()


def likely_office(role: str | None) -> str | None:
    """"Cabinet Secretary for Interior", "Chief Minister": the state news mostly means (a guess that holds
    only when the article names that state)."""
    lower = (role or "").casefold()
    return next((code for office, code in domestic.LIKELY_OFFICES_EN.items()
                 if standalone(office).search(lower)), None)


def unit_length(words: list[str]) -> int:
    """How many of ``words`` (at the start) name a sub-national unit, with its "County"/"State" noun:
    "Mombasa County", "Queensland", "Tamil Nadu"; 0 if none.  Reads "Premier of Queensland X"."""
    for size in (3, 2, 1):
        name = " ".join(words[:size])
        if len(words) >= size and (name in _UNITS or name in places.REGIONS or name in places.US_STATES):
            extra = 1 if len(words) > size and words[size] in ("County", "State", "Province", "Territory") else 0
            return size + extra
    return 0


_UNITS = {**domestic.SUBNATIONAL, **domestic.PREMIER_ONLY}
# Portfolio words after "Minister for" / "Cabinet Secretary for": "for Interior and National Administration".
PORTFOLIO_WORDS: frozenset[str] = frozenset("""
Interior National Administration Foreign Affairs Finance Treasury Health Education Defence Defense Trade
Industry Energy Petroleum Mining Agriculture Livestock Transport Roads Infrastructure Environment Climate
Change Water Sanitation Lands Housing Urban Development Tourism Wildlife Labour Labor Social Protection
Justice Home Information Communications Digital Economy Public Service Youth Sports Gender Culture
Heritage Investments Cooperatives Planning Security Internal Diaspora Immigration Revenue Budget
Resources Employment Industrial Relations Indigenous Australians Women Veterans Children Disability
External Parliamentary Consumer Food Rural Science Technology Railways Law Fisheries Coal Steel Civil
Aviation Shipping Textiles Power Telecommunications Tribal Skills Arts Sport Enterprise Innovation
Police Economic Commerce Mines Minerals Works Local Government Regional Cooperation International Trade
Petroleum Gas Natural Solidarity Humanitarian Disaster Management Emergency Communication Media Family
Welfare Ocean Marine Maritime Forestry Irrigation Electricity Higher Vocational Training Pensions Lands
""".split())


def portfolio_length(words: list[str]) -> int:
    """How many of ``words`` (at the start) are a portfolio: "Interior and National Administration"."""
    n = 0
    while n < len(words) and (words[n] in PORTFOLIO_WORDS
                              or (words[n] in ("and", "&") and n > 0 and n + 1 < len(words)
                                  and words[n + 1] in PORTFOLIO_WORDS)):
        n += 1
    return n


def _unit(role: str) -> OfficeState | None:
    for name, code in {**domestic.SUBNATIONAL, **domestic.UNIT_ADJECTIVES}.items():
        if standalone(name).search(role):
            return OfficeState(code, "extracted")
    for name, code in domestic.PREMIER_ONLY.items():
        # "Premier of Victoria", "Senator for Victoria": the unit after the office, or with "Premier"
        after = compiled(rf"\b(?:of|for)\s+{re.escape(name)}(?![\w-])").search(role)
        if after or (re.search(r"\bpremier\b", role.casefold()) and bounded(name).search(role)):
            return OfficeState(code, "extracted")
    return None


def _one_state_office_en(role: str, article: str) -> OfficeState | None:
    lower = role.casefold()
    for office, code in domestic.ONE_STATE_OFFICES_EN.items():
        if standalone(office).search(lower if office != "td" else role.replace("TD", "td")):
            return OfficeState(code, "extracted")
    for pattern, states in domestic.SHARED_NAME_OFFICES_EN.items():
        if compiled(pattern).match(lower):
            if any(_names_state(article, other) for other in states[1:]):
                return None
            return OfficeState(states[0], "guessed")
    return None


def _party_en(role: str, article: str) -> OfficeState | None:
    """A party at the role's start ("Fine Gael TD", "ODM leader", "Labor senator")."""
    for party, code in domestic.PARTIES_EN.items():
        if role.startswith(party + " "):
            return OfficeState(code, "extracted")
    first = role.split(" ", 1)[0]
    if (" " in role and first in en.PARTIES and first not in AMBIGUOUS_PARTIES
            and first not in domestic.SHARED_NAME_PARTIES):
        return OfficeState(en.PARTIES[first], "extracted")  # "X, an ANC lawmaker,": a party of one state
    for party, states in domestic.SHARED_NAME_PARTIES.items():
        if role.startswith(party + " "):
            others = states[1:]
            if any(_names_state(article, other) for other in others):
                return None  # "Labor leader" in an article about Israel: Israel's Labor, perhaps
            return OfficeState(states[0], "guessed")
    return None


def _names_state(article: str, code: str) -> bool:
    return any(found == code for _s, _e, found in countries_in(article, "en"))


_LAND_INSTITUTION = re.compile(r"\b(?:der|des|im)\s+([a-zäöüß-]+(?:e|en|er))\s+(?:Landes|Staats)?(?:regierung|kanzlei|"
                               r"parlaments?|landtags?|ministeriums?|polizei)\b", re.IGNORECASE)


def _land_adjective(role: str, before: str) -> OfficeState | None:
    """„der hessische Ministerpräsident“, „Der Tiroler Landeshauptmann“, „Zürcher Regierungsrat“."""
    words = re.findall(r"[\wäöüÄÖÜß-]+", before)[-2:] + re.findall(r"[\wäöüÄÖÜß-]+", role)[:2]
    # „Sprecherin der bayerischen Landesregierung“: the Land's own government named in the complement
    words += [m.group(1) for m in _LAND_INSTITUTION.finditer(role)]
    for word in words:
        stem = re.sub(r"(?:e|en|er|es|em)$", "", word.casefold()) if word[:1].islower() else word.casefold()
        code = domestic.LAND_ADJECTIVES.get(stem) or domestic.LAND_ADJECTIVES.get(word.casefold())
        if code:
            return OfficeState(code, "extracted")
    return None


def _one_state_office_de(role: str, article: str, italian_outlet: bool = False) -> OfficeState | None:
    lower = role.casefold()
    for stem, code in domestic.ONE_STATE_ADJECTIVES_DE.items():
        if compiled(rf"(?<![\w-]){stem}\w*").search(lower):  # „Vorsteherin des Eidgenössischen Departements“
            return OfficeState(code, "extracted")
    for office, code in domestic.ONE_STATE_OFFICES_DE.items():
        if _office_words(office).search(lower):
            if code == "AT" and (italian_outlet or any(land in article for land in domestic.NOT_AUSTRIAN_LANDS)):
                # South Tyrol has a Landeshauptmann and Landesräte too: Italy's, as a guess, unless
                # the article names Austria as well (then nothing decides)
                austria = any(found == "AT" for _s, _e, found in countries_in(article, "de"))
                return OFFICE_UNDECIDED if austria else OfficeState("IT", "guessed")
            return OfficeState(code, "extracted")
    return None


@lru_cache(maxsize=64)
def _office_words(office: str) -> re.Pattern[str]:
    # the office as a word or the last part of a compound („Vize-Landeshauptmann“, „ÖVP-Klubobmann“),
    # also before „-Stellvertreter“
    return re.compile(rf"(?:^|[\s-]|vize|ex-?){re.escape(office)}(?:$|[\s,;]|-stellvertreter)")


@lru_cache(maxsize=1)
def label_words() -> frozenset[str]:
    """Capitalised words of party names and sub-national units that may stand before a role noun in an
    apposition: "X, the Fine Gael Minister for Finance,", "X, the ODM leader,", "X, the Labor Treasurer,"."""
    from lagebild.extract.lang import de, en
    names = (*en.PARTIES, *de.PARTIES, *domestic.PARTIES_EN, *domestic.SHARED_NAME_PARTIES, *en.PARTY_MEMBERS,
             *domestic.SUBNATIONAL, *domestic.UNIT_ADJECTIVES, *places.REGIONS, *places.US_STATES)
    return frozenset(word for name in names for word in name.split()
                     if word[:1].isupper() and word not in _GENERIC_NAME_WORDS)


# Ordinary words inside party and unit names ("People Power Party", "New South Wales"): alone they say
# nothing, and before a role noun they may be anything ("the Power Minister", "the Star reporter").
_GENERIC_NAME_WORDS = frozenset("""
Party People Power National Democratic United New West North South East Western Northern Southern Eastern
Law Justice Civic Platform Movement Coalition Union Five Star Servant Brothers Dream Workers' Constitutional
Liberal Congress Indian Pakistan Sweden Finns Georgian Australian Capital Territory County State Island
Prince Edward Development Front Alliance Democrats Conservatives Greens Republicans Freedom Free
""".split())

