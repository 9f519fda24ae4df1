"""An undated side meeting dated through its occasion (one helper of ``undated``).

"X is expected to meet Y on the sidelines of the Lima round", „Am Rande des Gipfels sprach X mit Y“:
the occasion's noun only sets the scene, the verb of meeting names an event of its own
(CONVENTIONS §7), and its day is the occasion's — when the article dates that occasion
("through another dated event", §7 date).  The occasion is the one dated event of its sort (the
same noun, or a meeting or talks for a like noun) whose place or summary holds the occasion's
name ("Lima round" → the round in Lima); without a name, the one dated event of that sort.
Where two days could be meant the side meeting keeps no date (a wrong day is worse than none).
The occasion phrases are data per language (``lang/*_time.py``: ``OCCASION_PATTERNS``).
"""

from __future__ import annotations

import re

from lagebild.extract.datefind import lang_data
from lagebild.extract.eventdraft import STRONG, Draft, Trigger, same_word

_GATHERINGS = frozenset({"meeting", "talks"})
_MEETING_VERB_KINDS = frozenset({"meeting", "talks", "call"})
_NAME = re.compile(r"\b[A-ZÄÖÜ][\wÄÖÜäöüß'’.-]+")


def occasion_spans(text: str, language: str) -> list[tuple[int, int]]:
    patterns = lang_data(language).OCCASION_PATTERNS
    return [(m.start(), m.end()) for pattern in patterns for m in re.finditer(pattern, text)]


def side_meeting(text: str, triggers: list[Trigger], language: str) -> tuple[list[Trigger], list[Trigger]]:
    """The triggers of a side meeting's own verb and those of its occasion; ([], []) when the sentence
    tells none (no occasion phrase, or no verb of meeting outside it)."""
    spans = occasion_spans(text, language)
    inside = [t for t in triggers if any(lo <= t.start < hi for lo, hi in spans)]
    own = [t for t in triggers if t not in inside and t.source != STRONG and t.kind in _MEETING_VERB_KINDS]
    return (own, inside) if inside and own else ([], [])


def occasion_day(text: str, inside: list[Trigger], events: list[Draft], language: str) -> str | None:
    """The date of the dated event the occasion phrase names, if exactly one day fits."""
    spans = occasion_spans(text, language)
    days: set[str] = set()
    for trigger in inside:
        noun = text[trigger.start:trigger.end]
        lo, hi = next(s for s in spans if s[0] <= trigger.start < s[1])
        names = {m.group(0).strip(".") for m in _NAME.finditer(text, lo, hi)} - {noun}
        names = {n for n in names if n.lower() not in lang_data(language).DEFINITE and n.lower() != "am"}
        for event in events:
            if not event.date or not (same_word(event.word, noun) or (
                    trigger.kind in _GATHERINGS and event.kind in _GATHERINGS)):
                continue
            if names and not any(n == event.place or n in event.summary for n in names):
                continue
            days.add(event.date)
    return days.pop() if len(days) == 1 else None
