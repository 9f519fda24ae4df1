"""Hints about whose state a person acts for: the setting of a domestic report, roles of no state.

Pure functions over the article; ``personcountry`` decides.  A domestic report (the dateline's city in
the outlet's own country) lends its state to bare domestic offices; heads of companies, unions,
associations, churches, universities and charities act for no state (CONVENTIONS §3); a country word
that qualifies another office ("X met Uganda's envoy") is that office's, not X's.  Word lists are data
in ``lang/de.py`` and ``lang/en.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from lagebild.extract.doc import Doc
from lagebild.extract.lang import de, domestic, en
from lagebild.extract.placenames import city_states, dateline


class Named(Protocol):
    name: str


def home_news(doc: Doc) -> str | None:
    """The state of a domestic report: the dateline's city lies in the outlet's own country.

    ("CANBERRA –" in an Australian outlet, „Wien (APA) –“ in an Austrian one.)  A foreign leader is
    introduced with their country ("New Zealand Prime Minister X"); an office named bare in such a
    report ("Treasurer X", "Deputy President X") is the home state's — still only a guess.
    """
    region = (doc.locale or "").partition("-")[2].upper()
    if not region:
        return None
    gazetteer = city_states(doc.language)
    for sentence in doc.sentences[:2]:
        city = dateline(sentence.text, doc.language)
        if city:
            return region if _state_of(city, gazetteer) == region else None
    return None


def dateline_state(doc: Doc) -> str | None:
    """The state of the dateline's city ("OTTAWA, Dec 1 (Reuters) -", "KUALA LUMPUR:"), whatever the outlet —
    none for a city that hosts other states' talks ("GENEVA –": the report is seldom about Switzerland)."""
    gazetteer = city_states(doc.language)
    for sentence in doc.sentences[:2]:
        city = dateline(sentence.text, doc.language)
        if city:
            return None if city in domestic.INTERNATIONAL_VENUES else _state_of(city, gazetteer)
    return None


def _state_of(city: str, gazetteer: dict[str, str]) -> str | None:
    """A dateline city's state; "ISLAMABAD:" (a colon dateline keeps its capitals) is Islamabad."""
    return gazetteer.get(city) or gazetteer.get(city.title())


def non_state_role(role: str, language: str) -> bool:
    """A role of a company, union, association, church, university or charity: no state's office."""
    if language == "de":
        return (any(part in role for part in de.NON_STATE_ROLE_PARTS)
                and not any(part in role for part in de.STATE_ROLE_PARTS))
    return bool(_EN_NON_STATE.search(role)) and not _EN_MINISTER.search(role)


_EN_NON_STATE = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, en.NON_STATE_ROLE_WORDS)) + r")(?![\w-])")
# "Commerce and Industry Minister", "Minister of Higher Education and Universities": a minister is a state's office
_EN_MINISTER = re.compile(r"(?i)\bminist(?:er|ry)\b")


def domestic_role(role: str | None, language: str) -> bool:
    """Roles of domestic politics ("Opposition Leader", "Senator", „Abgeordnete“)."""
    lower = (role or "").casefold()
    if language == "de":
        return any(h in lower for h in de.POLITICAL_HEADS)
    return any(re.search(rf"\b{re.escape(h)}\b", lower) for h in (*en.POLITICAL_HEADS, *en.DOMESTIC_OFFICES))


def qualifies_another_office(text: str, end: int, cand: Named, language: str) -> bool:
    """A country word ending at ``end`` that an office noun follows ("Uganda's envoy", „ugandischen
    Gesandten“) whose holder is not ``cand`` (no name of theirs right after the office)."""
    match = _office_after(language).match(text, end)
    if not match:
        return False
    return not text[match.end():match.end() + len(cand.name) + 4].lstrip(" ,").startswith(cand.name.split()[0])


@lru_cache(maxsize=2)
def _office_after(language: str) -> re.Pattern[str]:
    # (German heads declined: „Gesandten“, „Botschafters“ — the stem before a final "-er" suffices)
    heads = tuple(h[:-2] if h.endswith("er") else h for h in de.ROLE_HEADS) if language == "de" else en.ROLE_HEADS
    lead = r"\w*(?:['’]s)?\s+(?:[\w-]+\s+)?" if language == "en" else r"\w*\s+(?:[\w-]+\s+)?[\w-]*"
    return re.compile(lead + "(?:" + "|".join(map(re.escape, heads)) + r")\w*", re.IGNORECASE)
