"""Whether an event told without a date is past or still to come (one helper of ``undated``).

The verb group of the event word's clause decides: plan cues ("soll … stattfinden", "wird … treffen",
"is set to") make it planned, past forms past; a line without either (a subheading, "Umzug wegen
giftiger Dämpfe") takes what the event told before it is, else past (CONVENTIONS §7).  The cues are
data per language (``lang/*_time.py``).
"""

from __future__ import annotations

import re

from lagebild.extract.datefind import lang_data
from lagebild.extract.eventcancel import date_called_off
from lagebild.extract.eventdraft import STRONG, Trigger, clause_of, split_clauses
from lagebild.extract.tense import irregular_past, weak_past

_WORDS = re.compile(r"[\wÄÖÜäöüß'’-]+")
_PRESENT_AUXILIARIES = frozenset({"ist", "sind", "hat", "haben", "is", "are", "has", "have"})


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORDS.findall(text)]


def undated_status(text: str, trigger: Trigger, language: str, context: str | None) -> str:
    """Planned when the verb group of the trigger's clause speaks of a plan ("soll … stattfinden",
    "wird … treffen", "is set to"); past when it speaks of the past; otherwise what the event told
    just before in the paragraph is (an itinerary goes on in the present tense), else past (§7)."""
    data = lang_data(language)
    # An aside between dashes or in brackets ("- anders als erwartet -") says nothing of the event's time.
    text = re.sub(r"\s[-–—]\s[^-–—]{1,60}?\s[-–—]\s|\([^)]{1,60}\)", lambda m: " " * len(m.group(0)), text)
    lo, hi = clause_of(trigger.start, split_clauses(text))
    if date_called_off(text, trigger.start, language) or re.search(data.POSTPONED, text[lo:hi].lower()):
        return "planned"  # "sollte eigentlich … stattfinden, wurde aber verschoben": it is still to come
    if re.search(data.ORIGINAL_PLAN, text.lower()) and re.search(data.POSTPONED, text.lower()):
        return "planned"  # "A summit, previously planned for May 6, has been postponed": the plan told in an
        # aside of its own, the postponing in the main clause (not "previously" as a past act)
    lead = _words(text[max(lo, trigger.start - 30):trigger.start])[-3:]
    if set(lead) & data.EARLIER_PREPOSITIONS and trigger.source == STRONG:
        return "past"  # "nach seinem Wahlsieg", "since the strikes" (not „will nach Lindaburg reisen“)
    if language == "en" and trigger.source != STRONG and lead and lead[-1] == "to":
        return "planned"  # "Lee to visit Japan", "agreed to meet": an infinitive is still to come
    for start, end in ((lo, hi), (0, len(text))):  # the clause first, then the sentence
        cues: list[tuple[int, int]] = []  # (distance from the event word, +1 plan / -1 past)
        for m in _WORDS.finditer(text, start, end):
            word = m.group(0).lower()
            distance = trigger.start - m.end() if m.end() <= trigger.start else m.start() - trigger.end
            if word in data.PLAN_CUES or (language == "en" and word in data.EVENT_VERBS and re.search(
                    r"\bto\s+$", text[max(0, m.start() - 4):m.start()])):
                cues.append((distance, 1))  # "will", "geplant"; "Lee to visit Japan for a summit"
            elif word in _PRESENT_AUXILIARIES:
                cues.append((distance + 1000, -1))  # "ist … vorgesehen": past only with nothing else
            elif word.endswith("en") and word not in data.PAST_CUES and not irregular_past(m.group(0), language) \
                    and set(_words(text[start:m.start()])) & data.INFINITIVE_GOVERNORS \
                    and not re.match(r"\s+(?:haben|sein|worden)\b", text[m.end():]):
                continue  # „wird dort eine Rede halten“: the infinitive a modal governs, not a past plural
                # (but „soll sich mit X getroffen haben“ is hearsay of the past)
            elif (word in data.PAST_CUES or word in data.SPEECH_PAST or weak_past(m.group(0), language)
                  or irregular_past(m.group(0), language)):
                cues.append((distance, -1))
        if cues:
            return "planned" if min(cues)[1] > 0 else "past"
    return context or "past"


def tells_its_time(text: str, trigger: Trigger, language: str) -> bool:
    """Whether the sentence itself says if the event is past or to come (a verb, a plan word), rather
    than a verbless line ("Umzug wegen giftiger Dämpfe") whose status is only the context's."""
    return undated_status(text, trigger, language, "unknown") != "unknown"
