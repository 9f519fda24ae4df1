"""Events called off: a date or an event word that names what no longer happens then.

"The ministers had been due to sign a memorandum on Wednesday, but the signing was postponed",
"Ursprünglich hatte der Besuch im Januar stattfinden sollen", "Das Treffen am Freitag wurde
abgesagt": the day told is the plan that changed, not the day of an event (CONVENTIONS §7: an
event is what happens, happened or is going to happen).  The new date of a postponed event
("auf Freitag verschoben", "postponed to next week") still dates it.  The cues are data per
language (``lang/*_time.py``: CALLED_OFF, CANCELLED, ORIGINAL_PLAN, CONTRAST).
"""

from __future__ import annotations

import re

from lagebild.extract.datefind import lang_data
from lagebild.extract.eventdraft import clause_of, split_clauses

_WORDS = re.compile(r"[\wÄÖÜäöüß'’-]+")


def _new_date(text: str, clause_start: int, pos: int, language: str) -> bool:
    """The date at ``pos`` follows a preposition of the new date ("auf Freitag", "to next week")."""
    data = lang_data(language)
    words = [w.lower() for w in _WORDS.findall(text[clause_start:pos])]
    lead = [w for w in words[-4:] if w not in data.DATE_LEAD_WORDS]
    return bool(lead) and lead[-1] in data.NEW_DATE_PREPOSITIONS


def _said_off(text: str, lo: int, hi: int, pattern: str, language: str) -> bool:
    """The clause ``lo:hi`` says it, or a later clause of the sentence turns against it ("…, but the
    meeting was called off", "…, er wurde aber verschoben")."""
    data = lang_data(language)
    low = text.lower()
    if re.search(pattern, low[lo:hi]):
        return True
    return bool(re.search(rf"(?:{data.CONTRAST})[^.;]*?(?:{pattern})", low[hi:]))


def date_called_off(text: str, pos: int, language: str) -> bool:
    """Whether the date expression at ``pos`` is the day of an event that was called off, postponed
    from it or only first planned for it."""
    data = lang_data(language)
    lo, hi = clause_of(pos, split_clauses(text))
    if _new_date(text, lo, pos, language):
        return False  # "auf Freitag verschoben": the day it now takes place
    if re.search(data.ORIGINAL_PLAN, text[lo:hi].lower()) and re.search(data.CALLED_OFF, text.lower()):
        return True  # "originally planned for Monday, was canceled" (but "Ursprünglich sollte sie am
        # Montag reisen" alone still plans the trip for Monday)
    if _said_off(text, lo, hi, data.CALLED_OFF, language):
        return True
    # „Ein Treffen, das für Donnerstag angesetzt war, findet nicht statt“: a date in a relative clause
    # belongs to its noun, whose main clause goes on after it
    if re.match(data.RELATIVE_CLAUSE, text[max(0, lo - 2):hi]) and hi < len(text):
        return bool(re.search(data.CALLED_OFF, text[hi:clause_of(hi, split_clauses(text))[1]].lower()))
    return False


def event_cancelled(text: str, pos: int, language: str) -> bool:
    """Whether the event word at ``pos`` names an event that was cancelled outright (a postponed one
    still takes place, later)."""
    data = lang_data(language)
    if not re.search(data.CANCELLED, text.lower()):
        return False  # (most sentences: no need to look at their clauses)
    # "Ein Treffen, um das sie gebeten hatte, kam nicht zustande": the main clause goes on after a
    # relative clause (blanked, so that positions stay)
    main = re.sub(rf"(?:{data.RELATIVE_CLAUSE}),?", lambda m: " " * len(m.group(0)), text)
    clauses = split_clauses(main)
    lo, hi = clause_of(pos, clauses)
    if _said_off(main, lo, hi, data.CANCELLED, language):
        return True
    # "A visit by the minister, Abdul Karimi, did not take place": after an apposition the predicate of
    # the event noun's clause opens a clause of its own
    # (an apposition's name may still stand before it where a relative clause after it was blanked)
    return any(re.match(rf"\s*(?:[A-ZÄÖÜ][\w.'’-]*\s+)*(?i:(?:{_AUXILIARY}\s+)?(?:{data.CANCELLED}))", main[c_lo:c_hi])
               for c_lo, c_hi in clauses if c_lo >= hi)


_AUXILIARY = r"(?:was|were|has|have|had|been|is|are|wurde|wurden|ist|sind|war|waren|hat|haben|hatte|hatten)"


def tells_called_off(text: str, language: str) -> bool:
    """The sentence tells of a plan that changed ("was canceled", "wurde verschoben"): the names in it
    are no news about the event told before it."""
    return bool(re.search(lang_data(language).CALLED_OFF, text.lower()))


def postponed_to(text: str, pos: int, language: str) -> bool:
    """The date at ``pos`` is the new date of a postponed event ("wurde auf Freitag verschoben",
    "was postponed to Friday"): still to come, whatever the tense of the verb that moved it."""
    lo, _hi = clause_of(pos, split_clauses(text))
    return _new_date(text, lo, pos, language) and tells_called_off(text, language)


def called_off_on(text: str, start: int, end: int, language: str) -> tuple[int, int] | None:
    """The date at ``start:end`` is the day of the calling off itself ("was called off on Monday", „Am
    Montag sagte das Ministerium den Termin ab“, „wurde am Montag abgesagt“): the span of the verb that
    calls the event off — a dated act (CONVENTIONS §7), unlike the day of the plan that changed („das
    Treffen am Montag wurde abgesagt“, "the meeting on Monday was called off").  None otherwise."""
    data = lang_data(language)
    lo, hi = clause_of(start, split_clauses(text))
    if _new_date(text, lo, start, language):
        return None  # "auf Freitag verschoben": the new date
    low = text.lower()
    for m in re.finditer(data.CALLED_OFF_VERB, low[lo:hi]):
        verb = (lo + m.start(), lo + m.end())
        if verb[1] <= start and re.fullmatch(data.CALLED_OFF_THEN, low[verb[1]:start]):
            return verb  # "was called off on Monday"
        if verb[0] >= end and any(re.fullmatch(before, low[lo:start]) and re.fullmatch(after, low[end:verb[0]])
                                  for before, after in data.CALLED_OFF_FRAMES):
            return verb  # „Am Montag sagte das Ministerium den Termin ab“, „wurde am Montag abgesagt“
    return None
