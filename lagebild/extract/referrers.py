"""Names that stand in a clause about an event without taking part in it, for the participant
joiners (``sentenceevents``, ``undated``):

- the subject of a verb of referring, announcing or judging whose object names the event ("X referred to
  the vote in the assembly", „X hat einen Sondergipfel angekündigt“, "welcomed the talks"): X only tells
  or judges it (CONVENTIONS §participants); not when the event is the subject's own ("his meeting",
  "the meeting with Y") or a trip;
- a house or body named as the setting of what a person or another body does there ("speaking in the
  Dáil", „eröffnen X und Y in der Wirtschaftskammer“, "met X at Parliament"): the place, not a party.

Both read the clause the event's word stands in (``clauseparse``); data in ``lang/participants.py``.
"""

from __future__ import annotations

import re

from lagebild.extract.clauseparse import parse
from lagebild.extract.doc import Doc
from lagebild.extract.eventdraft import STRONG, Trigger, find_triggers
from lagebild.extract.lang import participants
from lagebild.extract.orgmatch import organizations_in
from lagebild.extract.personrefs import persons_in

_WORD = re.compile(r"[\wÄÖÜäöüß'’-]+")


def _blank(text: str, lo: int, hi: int, keep: frozenset[str] = frozenset()) -> str:
    """``text`` with ``lo``..``hi`` blanked (same length), but for the words in ``keep`` (the verb:
    "condemned the attacks on X" still tells a judging, whose target is no party either)."""
    piece = text[lo:hi]
    kept = [(m.start(), m.end()) for m in _WORD.finditer(piece) if m.group(0).lower() in keep]
    chars = [c if c.isspace() or any(a <= i < b for a, b in kept) else " " for i, c in enumerate(piece)]
    return text[:lo] + "".join(chars) + text[hi:]


def without_referrer(told: str, text: str, start: int, language: str, dated_at: int | None = None) -> str:
    """``told`` with the subject of a verb of referring or judging blanked (same length) when the
    object of that verb is the event word at ``start`` and the event's date (at ``dated_at``) stands
    in that object, not before it („verwies am Dienstag auf die Abstimmung“: the referring's day, its
    speaker the party)."""
    verbs = participants.REFERRING_VERBS.get(language)
    if not verbs:
        return told
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1  # (the word the event's word ends: „Sondergipfel“)
    clause = next((c for c in parse(text, language) if c.holds(start)), None)
    if clause is None:
        return told
    span = next((lo, hi) for lo, hi in clause.spans if lo <= start < hi)
    word = _WORD.match(text, start)
    word_end = word.end() if word is not None else start
    if re.match(participants.OWN_EVENT_AFTER[language], text[word_end:span[1]]) or \
            re.search(participants.OWN_EVENT[language], text[span[0]:start]):
        return told  # "his meeting", "the meeting with Y": the subject's own event
    before = text[clause.start:start]
    if language == "en":
        found = [m for m in _WORD.finditer(before) if m.group(0) in verbs]
        if not found or not re.match(participants.REFERRED_OBJECT["en"], before[found[-1].end():]) or (
                dated_at is not None and dated_at < clause.start + found[-1].end()):
            return told
        return _blank(told, clause.start, clause.start + found[-1].end(), verbs)
    # German: the verb anywhere in the clause (second place, or a participle or prefix at its end)
    words = {w.lower() for lo, hi in clause.spans for w in _WORD.findall(text[lo:hi])}
    obj = re.search(participants.REFERRED_OBJECT.get(language, r"(?!)"), text[span[0]:start])
    if not words & verbs or obj is None or (dated_at is not None and dated_at < span[0] + obj.start()):
        return told
    return _blank(told, clause.start, span[0] + obj.start(), verbs)


# What follows a verb of referring when its object names a thing: "recalling the clashes", "pointed to a
# collision", „erinnerte an die Zusammenstöße“ (not a date or an adverb: „verwies am Dienstag auf …“).
_OBJECT_START = re.compile(r"(?i)^\s+(?:to\s+|an\s+|auf\s+)?(?:the|a|an|die|den|das|dem|der|ein|eine|einen)\s+")


def without_recaller(told: str, text: str, date_start: int, language: str) -> str:
    """``told`` with the subject of a verb of referring blanked (same length) when the date at
    ``date_start`` stands in that verb's object and no event word tells the event: "she warned,
    recalling the clashes in Tripoli in May 2025", "X pointed to the collision … on Nov 17" — the
    clashes and the collision are dated, the one who recalls them took no part."""
    verbs = participants.RECALLING_VERBS.get(language)
    if not verbs:
        return told
    clause = next((c for c in parse(text, language) if c.holds(date_start)), None)
    lo = clause.start if clause is not None else 0
    found = [m for m in _WORD.finditer(text, lo, date_start) if m.group(0).lower() in verbs]
    if not found:
        return told
    verb = found[-1]
    between = text[verb.end():date_start]
    if not _OBJECT_START.match(between) or re.search(r"[,;:]", between) or \
            re.search(participants.OWN_EVENT[language], between[:40]):
        return told
    start = max(text.rfind(c, 0, verb.start()) for c in ".;!?") + 1
    return _blank(told, start, verb.end(), verbs)


# A relative clause whose pronoun is its subject, right after the comma: „…, die am 15. Februar tagt“,
# "…, which meets on Monday" (not „…, in der …“, „…, deren …“).
_SUBJECT_RELATIVE = {"de": r",\s+(?:der|die|das|welche[rs]?)\s", "en": r",\s+(?:which|that)\s"}


def within_body_meeting(doc: Doc, told: str, text: str, date_start: int, trigger_start: int | None,
                        language: str) -> str:
    """``told`` with what stands before a body's name blanked (same length) when the date (and the event
    word) stand in a relative clause about that body: „Er will das Thema in der Kommission zur Sprache
    bringen, die am 15. Februar tagt“ — the commission's sitting; he only means to raise something there."""
    from lagebild.extract.datefind import lang_data
    from lagebild.extract.orgmatch import name_rx
    opener = _SUBJECT_RELATIVE.get(language)
    if opener is None:
        return told
    for m in re.finditer(lang_data(language).RELATIVE_CLAUSE, text):
        if not (m.start() <= date_start < m.end()) or (trigger_start is not None and not
                                                         m.start() <= trigger_start < m.end()):
            continue
        if not re.match(opener, text[m.start():]):
            return told
        clause_start = max(text.rfind(c, 0, m.start()) for c in ".;:!?") + 1
        spots = [h.start() for org in organizations_in(doc, text[clause_start:m.start()])
                 for h in name_rx(org, not org.isupper()).finditer(text, clause_start, m.start())
                 if m.start() - h.end() <= 40 and "," not in text[h.end():m.start()]]
        if not spots:
            return told
        return _blank(told, clause_start, min(spots))
    return told


def without_setting(doc: Doc, told: str, language: str, trigger: Trigger | None = None) -> str:
    """``told`` with a house or body named after a preposition of place blanked (same length) when
    a named person still stands in what is left (who acts there).  Not for an address given to the
    house (a noun of speech in the clause: „gibt im Bundestag eine Regierungserklärung ab“: the house
    is its audience) nor when the event's word is in the house's name („im Auswärtigen Ausschuss“: its
    sitting)."""
    pattern = participants.SETTING_BEFORE.get(language)
    if not pattern:
        return told
    at = trigger.start if trigger is not None else -1
    spans = [(m.start(), m.end()) for m in re.finditer(pattern, told)
             if not m.start() <= at < m.end() and organizations_in(doc, m.group("name"))]
    if not spans or any(t.source == STRONG and t.kind == "speech" for t in find_triggers(told, language)):
        return told
    left = told
    for lo, hi in spans:
        left = _blank(left, lo, hi)
    # (who acts there: a person; in a house named as a building, also a party or body of its own: „Die
    # Grünen laden zu einer Pressekonferenz im Abgeordnetenhaus ein“, not „ein Antrag der FPÖ im Nationalrat“)
    building = participants.BUILDING.get(language)
    housed = building is not None and all(re.search(building, told[lo:hi]) for lo, hi in spans)
    return left if persons_in(doc, left) or (housed and organizations_in(doc, left)) else told
