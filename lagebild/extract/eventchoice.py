"""Which event word a date belongs to, and the status of the event it dates (one stage helper of
``events``)."""

from __future__ import annotations

import re
from datetime import date

from lagebild.extract.datefind import DateMention, lang_data
from lagebild.extract.eventdates import other_event_scope
from lagebild.extract.eventdraft import STRONG, Trigger, clause_of, split_clauses
from lagebild.extract.lang import doubt


def choose_trigger(mention: DateMention, triggers: list[Trigger], text: str,
                   language: str = "de") -> Trigger | None:
    """The event word a date belongs to: nouns first, then verbs; same clause first, then nearest."""
    scope = other_event_scope(mention, text, language)
    if scope is not None and mention.other_event:
        clause_end = clause_of(scope, split_clauses(text))[1]
        triggers = [t for t in triggers if scope <= t.start < clause_end]
    elif scope is not None:  # the phrase between the preposition and its date names the event
        triggers = [t for t in triggers if scope <= t.start < mention.start]
    if not triggers:
        return None
    clauses = split_clauses(text)
    home = clause_of(mention.start, clauses)
    triggers = _without_occasion(triggers, text, home, language)
    triggers = [t for t in triggers if not _time_reference(t, mention, text, language)]
    if not triggers:
        return None

    def rank(t: Trigger) -> tuple[int, int, int]:
        same = home[0] <= t.start < home[1]
        distance = mention.start - t.end if t.end <= mention.start else t.start - mention.end
        if t.source == STRONG:
            # "the call" after the date refers back to an event; it names none for this date.
            weight = 2 if (t.definite and t.start > mention.start) else 0
        elif t.end <= mention.start and re.fullmatch(r"\s*(?:am|on)?\s*", text[t.end:mention.start]):
            weight = -1  # "said Sunday", "sagte am Sonntag", "will be signed Saturday": the verb's own date
        else:
            weight = 0 if t.travel else 1
            weight += 1 if t.kind == "statement" else 0  # "sagte … am Mittwoch": only when nothing better
        return (0 if same else 1, weight, abs(distance))

    return min(triggers, key=rank)


_MEETING_VERB_KINDS = ("meeting", "talks", "call")
_WORD = re.compile(r"[\wÄÖÜäöüß'’-]+")


def _time_reference(trigger: Trigger, mention: DateMention, text: str, language: str) -> bool:
    """An event noun after "after"/„nach“, "before"/„vor“, "since"/„seit“ (or „nachdem“, „bevor“) that stand
    AFTER the date: "Oil prices jumped on Monday after the talks collapsed", „Sie kehrte am Montag nach den
    Gesprächen mit X zurück“.  The noun only says when the date's act took place; its own event took place at
    another time (this date would be a wrong date for it).  At most three words (determiners, adjectives)
    between the word and the noun."""
    if trigger.source != STRONG or trigger.start < mention.end:
        return False
    cue = doubt.TIME_REFERENCE_WORDS.get(language, frozenset())
    words = [w.group(0).lower() for w in _WORD.finditer(text, mention.end, trigger.start)]
    return any(w in cue for w in words[-4:]) and len(words) - max(
        i for i, w in enumerate(words) if w in cue) - 1 <= 3


def _without_occasion(triggers: list[Trigger], text: str, home: tuple[int, int], language: str) -> list[Trigger]:
    """„Am Rande der Gespräche traf Imboden am Mittwochabend X“, "met X on Tuesday on the sidelines of the
    summit": the event noun of the occasion only sets the scene; the verb of meeting in the date's clause
    names the event the date belongs to (a meeting of its own, CONVENTIONS §7)."""
    occasions = [(m.start(), m.end()) for pattern in lang_data(language).OCCASION_PATTERNS
                 for m in re.finditer(pattern, text) if m.start() < home[1] and m.end() > home[0]]
    if not occasions:
        return triggers
    inside = [t for t in triggers if any(lo <= t.start < hi for lo, hi in occasions)]
    verbs = [t for t in triggers if t not in inside and t.source != STRONG and t.kind in _MEETING_VERB_KINDS
             and home[0] <= t.start < home[1]]
    return [t for t in triggers if t not in inside] if inside and verbs else triggers


def event_status(iso: str | None, ref: date | None, tense: int, language: str, hint: int = 0) -> str:
    if iso and ref:
        ref_iso = ref.isoformat()[: len(iso)]
        if iso < ref_iso:
            return "past"
        if iso > ref_iso:
            return "planned"
    if hint:  # "earlier this month", "later this month"
        return "planned" if hint > 0 else "past"
    if tense > 0:
        return "planned"
    if tense < 0:
        return "past"
    # German present tense with a date speaks of what is coming ("Am Freitag empfängt der Kanzler").
    return "planned" if language == "de" else "past"
