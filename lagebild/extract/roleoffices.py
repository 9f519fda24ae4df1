"""The state an office belongs to, read from the role's own words (no context, no guess).

"Texas Governor" and „Ministerpräsident von Bayern“ (a region's office), "mayor of Kyiv" (a city's),
"director of the Office of Management and Budget" (a national body's), "Senate Minority Leader" (a body
several states have: the lexicon's state, which ``personcountry`` keeps only when the article names it),
and "African Union envoy" (an international body's office: no state).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lagebild.extract.countries import LANG
from lagebild.extract.lang import en, places


def region_office(role: str) -> str | None:
    """'Texas Governor', 'Governor of California', „Ministerpräsident von Bayern“: the country of a
    federal state or region the role names (not one the office is sent to: "envoy to Texas")."""
    if re.search(r"\b(?:to|nach|für|for|in)\s+(?:the\s+)?\S+\s*$", role):
        return None
    return next((code for pattern, code in _word_patterns("regions") if pattern.search(role)), None)


@lru_cache(maxsize=4)
def _word_patterns(lexicon: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each name of a lexicon as a whole-word pattern, compiled once and kept in lexicon order (compiling
    them on every call cost more than all other work of the stage)."""
    table = {"regions": {**places.US_STATES, **places.REGIONS}, "national_bodies": en.NATIONAL_BODIES,
             "shared_bodies": {body: en.NATIONAL_BODIES[body] for body in en.SHARED_BODIES}}[lexicon]
    return tuple((re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])"), code) for name, code in table.items())


# An international body that holds the office (before the role noun or its owner after it), not the
# body an ambassador is sent to ("ambassador to the African Union" keeps the ambassador's state).
_BODIES = (r"(?:African\s+Union|Afrikanischen\s+Union|Afrikanische\s+Union|Arab\s+League|Arabischen\s+Liga"
           r"|United\s+Nations|Vereinten\s+Nationen|AU|Ecowas|ECOWAS|IGAD|SADC|Commonwealth)")
INTERNATIONAL_OWNER = re.compile(
    rf"^(?:the\s+)?{_BODIES}(?:['’]s)?\s|^{_BODIES}-|\b(?:of\s+the|der|des)\s+{_BODIES}\b")


def city_office(role: str, language: str) -> str | None:
    """'Bürgermeister von Kiew', 'mayor of Kyiv', 'Gouverneur von Tokio': a city's office is its country's."""
    match = re.search(r"\b(?:von|der\s+Stadt|of)\s+([A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?)\s*$", role)
    return LANG[language].CITIES.get(match.group(1)) if match else None


def shared_body(role: str) -> str | None:
    """'Senate Minority Leader': a body whose name several states' bodies have, and the lexicon's state."""
    return next((code for pattern, code in _word_patterns("shared_bodies") if pattern.search(role)), None)


def body_country(role: str) -> str | None:
    """'director of the Office of Management and Budget': a state's own institution inside the role."""
    return next((code for pattern, code in _word_patterns("national_bodies") if pattern.search(role)), None)
