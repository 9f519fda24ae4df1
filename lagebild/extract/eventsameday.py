"""A meeting told again on the same day under another word ("went to the White House Thursday to
discuss …", then "before they began talks on Thursday afternoon"): one occurrence, not two (one
stage helper of ``events``)."""

from __future__ import annotations

import re

from lagebild.extract.datefind import lang_data
from lagebild.extract.eventdraft import Draft
from lagebild.extract.undatedsame import alike

_MEETING = frozenset({"meeting", "talks"})
_WORDS = re.compile(r"[\wÄÖÜäöüß'’-]+")


def _points_back(draft: Draft, language: str) -> bool:
    """Whether the event word is done by a pronoun for people already told of ("they began talks")."""
    if not draft.word:
        return False
    at = draft.evidence.find(draft.word)
    if at < 0:
        return False
    before = [w.lower() for w in _WORDS.findall(draft.evidence[max(0, at - 40):at])][-3:]
    return bool(set(before) & lang_data(language).GROUP_PRONOUNS)


def fold_same_day(events: list[Draft], language: str) -> list[Draft]:
    """A dated meeting or talks told in the sentence right after one of that sort on the same day,
    sharing someone with it and done by a pronoun pointing back, is that event; its people join it."""
    kept: list[Draft] = []
    for event in events:
        target = None
        if event.date and len(event.date) == 10 and _points_back(event, language):
            target = next((k for k in reversed(kept) if k.date == event.date and alike(k.kind, event.kind)
                           and 0 < event.sentence - k.sentence <= 1
                           and set(k.participants) & set(event.participants)), None)
        if target is None:
            kept.append(event)
        else:
            target.add(event.participants)
    return kept


def fold_wordless_same_day(events: list[Draft]) -> list[Draft]:
    """A dated mention without an event word of its own ("X welcomes Y on the steps on Saturday morning",
    „Beitrag auf X von Y, 6. April 2027“), all of whose people take part in an event of that day told
    before it, is that event told again (CONVENTIONS §7.3, §7.5): withheld, nobody moved.  So is a verb
    of meeting with nobody named („Wir haben uns auf den 28. Jänner geeinigt“) after a meeting or talks
    of that day (not one dated by a later time of that day: „Am Abend trafen sie sich erneut“)."""
    kept: list[Draft] = []
    for event in events:
        target = None
        if event.date and len(event.date) == 10 and not event.travel:
            people = set(event.participants)
            if event.kind_source == "none" and people:
                target = next((k for k in kept if k.date == event.date and k.sentence < event.sentence
                               and k.kind != "other" and k.status == event.status
                               and people <= set(k.participants)), None)
            elif event.kind_source == "verb" and not people and event.kind in _MEETING and not event.later_in_day:
                target = next((k for k in kept if k.date == event.date and k.sentence < event.sentence
                               and alike(k.kind, event.kind) and k.status == event.status), None)
        if target is None:
            kept.append(event)
    return kept
