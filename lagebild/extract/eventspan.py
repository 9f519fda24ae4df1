"""Events that last several days: the last day of a span, and what is said within it.

"The summit, which runs from Monday to Wednesday", „Die Gespräche hatten am Donnerstag begonnen und
dauern bis Samstag“, "a three-day summit", „ein zweitägiges Treffen“: the event is dated by its
first day (CONVENTIONS §7) and lasts to the last.  A statement or declaration dated on a later day
of that span, by people of the event or by nobody named apart, is made at it (§7: part of another
event, not separate) — "the summit ended on Wednesday with a joint declaration".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from lagebild.extract.datefind import DateMention, find_dates, lang_data
from lagebild.extract.dates import resolve
from lagebild.extract.eventdraft import Draft
from lagebild.extract.undatedsame import alike

_RANGE = re.compile(r"\s*(?:and|und|bis|to|through|until|–|-)\s*(?:zum\s+|the\s+)?")
_WORDS = re.compile(r"[\wäöüß'’-]+")
# A bare day number that ends a range after a full date ("from March 7 to 9"): no month or year of its own.
_BARE_END = re.compile(r"\s*(?:to|through|until|–|-)\s*(?P<day>\d{1,2})"
                       r"(?=\s*(?:[,;:)]|\.?\s*$)|\s+(?:with|in|at|and|for|under|when|while|but|as|after|before)\b)")
# How many days after a meeting told by its beginning a statement of its sentence is still said at it.
_OPENING_DAYS = 3
# Kinds of what is said on a later day of the event, and so part of it.
_SAID = frozenset({"statement", "announcement"})


def _is_end(text: str, start: DateMention, end: DateMention, language: str) -> bool:
    if end.start <= start.end or end.kind not in ("date", "weekday"):
        return False
    if end.kind == start.kind and _RANGE.fullmatch(text[start.end:end.start]):
        return True  # "from Monday to Wednesday", "vom 3. bis 5. Mai"
    data = lang_data(language)
    words = [w.lower() for w in _WORDS.findall(text[:end.start])]
    lead = [w for w in words[-3:] if w not in data.DATE_LEAD_WORDS and w not in ("zum", "zur")]
    return bool(lead) and lead[-1] in (*data.DEADLINE_WORDS, "to") and bool(set(words) & data.LASTING_VERBS)


def last_day(text: str, mention: DateMention, first: str | None, ref: date | None, tense: int,
             language: str) -> str | None:
    """The last day of the event dated by ``mention`` on ``first`` (ISO day), when the sentence
    tells one: the end of a range after it, or a length in days before the event word."""
    if first is None or len(first) != 10:
        return None
    start = date.fromisoformat(first)
    for end in find_dates(text, language):
        if not _is_end(text, mention, end, language):
            continue
        if end.kind == "weekday" and end.weekday is not None:
            return (start + timedelta(days=(end.weekday - start.weekday()) % 7)).isoformat()
        day = resolve(end, ref, 1) if ref is not None else None
        return day if day and len(day) == 10 and day >= first else None
    bare = _BARE_END.match(text, mention.end) if mention.kind == "date" else None
    if bare and start.day < int(bare["day"]) <= 31:  # "held from March 7 to 9": the end's month is the start's
        try:
            return start.replace(day=int(bare["day"])).isoformat()
        except ValueError:
            return None
    found = re.search(lang_data(language).MULTI_DAY, text)
    if found:
        days = lang_data(language).NUMBER_WORDS.get(found["n"].lower()) if not found["n"].isdigit() else found["n"]
        if days and 1 < int(days) <= 14:
            return (start + timedelta(days=int(days) - 1)).isoformat()
    return None


def fold_within_span(events: list[Draft], language: str = "") -> list[Draft]:
    """A statement, announcement or meeting dated on a later day of a meeting or talks that lasts
    several days, sharing someone with it or naming no one of its own, is said or done at that meeting
    ("the leaders adopted a declaration on Wednesday" at a summit running to Wednesday).  So is a
    statement dated up to _OPENING_DAYS after a meeting that its sentence tells by its beginning („Die
    Konferenz soll am Donnerstag beginnen, die Abschlusserklärung ist für Freitag geplant“)."""
    opening = lang_data(language).OPENING_VERBS if language else frozenset()
    kept: list[Draft] = []
    for at, event in enumerate(events):
        target = None
        if (event.kind in _SAID or alike(event.kind, "meeting")) and event.date and len(event.date) == 10:
            day = event.date
            target = next((k for k in kept if k.date and alike(k.kind, "meeting") and (
                (k.until and k.date < day <= k.until) or (event.kind in _SAID and _opened_before(k, event, opening)))
                and (set(k.participants) & set(event.participants) or not event.participants)), None)
            if target is None and not event.participants:
                # "two days after the third round ended" told before "the talks, held from March 7 to 9": the
                # span's last day, of a meeting told later, that names no one of its own
                target = next((k for k in events[at + 1:] if k.date and k.until and alike(k.kind, "meeting")
                               and k.date < day <= k.until), None)
        if target is None:
            kept.append(event)
        else:
            target.add(event.participants)
    return kept


def _opened_before(meeting: Draft, said: Draft, opening: frozenset[str]) -> bool:
    """The meeting is told by its beginning in the statement's own sentence, a day or a few before it."""
    if meeting.until or meeting.sentence != said.sentence or not meeting.date or len(meeting.date) != 10 \
            or not said.date:
        return False
    days = (date.fromisoformat(said.date) - date.fromisoformat(meeting.date)).days
    return 0 < days <= _OPENING_DAYS and bool(set(_WORDS.findall(meeting.evidence.lower())) & opening)


def fold_end_into_start(events: list[Draft], language: str) -> list[Draft]:
    """A meeting or talks told by its end ("ended a round of talks on Saturday", "wrapped up their
    summit on Wednesday") and the same told by its beginning up to a week before ("The round, which
    began on Thursday"): one event, dated by its first day (CONVENTIONS §7).  The beginning must be of
    the same people, or told of as known ("The round …", „Die Konferenz …“)."""
    data = lang_data(language)
    folded: set[int] = set()
    for end in events:
        if not (end.date and len(end.date) == 10 and alike(end.kind, "meeting")
                and set(_WORDS.findall(end.evidence.lower())) & data.END_VERBS):
            continue
        last = date.fromisoformat(end.date)
        start = next((s for s in events if s is not end and id(s) not in folded and s.date and len(s.date) == 10
                      and alike(s.kind, "meeting") and 0 < (last - date.fromisoformat(s.date)).days <= 7
                      and set(_WORDS.findall(s.evidence.lower())) & data.START_VERBS
                      and (set(s.participants) & set(end.participants) or not s.participants
                           or not end.participants or _told_as_known(s.evidence, language))), None)
        if start is not None:
            if set(start.participants) & set(end.participants) or not start.participants:
                start.add(end.participants)  # (told only as known, the end's names may be another's)
            start.until = start.until or end.date
            folded.add(id(end))
    return [e for e in events if id(e) not in folded]


def _told_as_known(text: str, language: str) -> bool:
    first = _WORDS.findall(text[:40].lower())[:1]
    return bool(first) and first[0] in lang_data(language).DEFINITE
