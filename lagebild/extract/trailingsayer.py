"""Who closes a sentence with a clause of saying ("…, Governor X reported.", „…, sagte Berger.“) only
tells the event the clause before reports: CONVENTIONS §7 leaves out whoever only announced or
reported an event.  The clause is kept when it carries a date of its own ("…, X said on Monday":
then the telling is the dated event) or when what comes before it has neither a date nor an event
word (a quotation, an opinion: then the saying is the event and its speaker takes part).
"""

from __future__ import annotations

import re

from lagebild.extract.lang import participants


def without_trailing_sayer(text: str, language: str) -> str:
    """``text`` with a closing clause of saying blanked (same length) when the clause before it has a
    date or an event word and the clause itself has no date."""
    pattern = participants.TRAILING_SAYER.get(language)
    found = re.search(pattern, text) if pattern else None
    if found is None or found.start() == 0:
        return text
    from lagebild.extract.datefind import find_dates
    from lagebild.extract.eventdraft import find_triggers  # (eventdraft imports eventparts, which imports this)
    head = text[:found.start()]
    dates = find_dates(head, language)
    undated = "".join(" " if any(d.start <= i < d.end for d in dates) else c for i, c in enumerate(head))
    if len(re.findall(r"[\wÄÖÜäöüß]+", undated)) < 3:
        return text  # "On Thursday, X said …": a fronted time, no clause of its own before the comma
    if find_dates(found.group(0), language) or not (dates or find_triggers(head, language)):
        return text
    return text[:found.start()] + re.sub(r"\S", " ", found.group(0))
