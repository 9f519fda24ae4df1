"""Whether an undated mention is an event already told (one job of ``undated``): the same noun
("des EU-Gipfels" after "der EU-Gipfel"), a definite noun ("das Gespräch", "the talks") for an
event of that sort already told, the same kind of event among people already tied to one, or
the body's event a headline reports; and the undated mentions that fold into a dated event.
"""

from __future__ import annotations

import re

from lagebild.extract.datefind import lang_data
from lagebild.extract.doc import Doc
from lagebild.extract.eventdraft import STRONG, Draft, Trigger, same_word, verb_stem
from lagebild.extract.lang import doubt
from lagebild.extract.undatedwords import _WORDS, definite_bare, definite_described, indefinite, words_of

# Kinds that may stand for one another when the text points back ("die Gespräche" for a meeting).
_ALIKE = frozenset({"meeting", "talks"})
# What a trip announced by name may be told as with its date: the travel itself, or a meeting or talks on it.
_TRIP_PARTS = frozenset({"meeting", "talks"})
# How far back (in sentences) an event told stays what a bare mention without names goes on about.
_NEAR_SENTENCES = 2
# The body's lead: the sentences that tell the headline's news (the dateline sentence and the next).
_LEAD_SENTENCES = 2


# A passive auxiliary before the verb in its clause ("were signed", „wurden im Palast unterzeichnet“).
_PASSIVE = re.compile(r"(?i)\b(?:was|were|wurde|wurden)\b")


def clause_start(text: str, pos: int) -> int:
    """Where the comma clause of ``pos`` begins."""
    return max((m.end() for m in re.finditer(r"[,;:]\s", text[:pos])), default=0)


def alike(a: str, b: str) -> bool:
    return a == b or (a in _ALIKE and b in _ALIKE)


def told_before(doc: Doc, text: str, trigger: Trigger, draft: Draft, events: list[Draft]) -> Draft | None:
    """The event already told that this mention is, if any."""
    word = text[trigger.start:trigger.end]
    for event in reversed(events):
        if trigger.source == STRONG and event.word and same_word(event.word, word) and not (
                indefinite(text, trigger) and draft.participants):
            return event  # ("The Senate passed it with a vote of 81-14" after the House's vote: another one)
    if trigger.source == STRONG and definite_bare(text, trigger, doc.language):
        shared = [e for e in reversed(events) if alike(e.kind, draft.kind) and (
            set(e.participants) & set(draft.participants) or not draft.participants)]
        if shared:
            return shared[0]
    people = {p.name for p in doc.persons}
    mine = [n for n in draft.participants if n in people]
    if trigger.source == STRONG and mine and set(words_of(text[max(0, trigger.start - 30):trigger.start])[-2:]) \
            & lang_data(doc.language).POSSESSIVES:
        # "Lula slammed … in his opening address" after the opening he spoke at: an event owned by a
        # person told of before is that person's event of that sort already told (a speech: the
        # meeting it was given at).  Not a departure, a victory or another sort of event.
        # "seine Brüssel-Reise": the trip told as that person's meetings there (not "seine Abreise")
        trip = word.lower().endswith(lang_data(doc.language).TRIP_NOUNS) and not word.lower().endswith(
            lang_data(doc.language).DEPARTURE_NOUNS)
        owned = next((e for e in reversed(events) if set(mine) & set(e.participants) and (
            alike(e.kind, draft.kind) or (draft.kind == "speech" and e.kind in _ALIKE) or trip)), None)
        if owned is not None:
            return owned
    for event in reversed(events):
        if alike(event.kind, draft.kind) and len(mine) >= 2 and set(draft.participants) <= set(event.participants):
            return event
    if trigger.source != STRONG and draft.sentence >= 0 and _PASSIVE.search(
            text[clause_start(text, trigger.start):trigger.start]):
        # "Ghana and Brazil on Monday signed five agreements. The agreements were signed at the Jubilee
        # House …": the act told again in the passive, by its verb, is the act just told (§7.5)
        stem = verb_stem(text[trigger.start:trigger.end])
        again = next((e for e in reversed(events) if 0 < draft.sentence - e.sentence <= _NEAR_SENTENCES
                      and any(verb_stem(w) == stem for w in _WORDS.findall(e.evidence.lower()))), None)
        if again is not None:
            return again
    if not draft.participants and draft.sentence >= 0:
        # "The COP30 summit began in Belém" after "the conference opened Monday", "The vote was 61-38"
        # after "the Senate approved the bill": an event word that brings nobody new, right after an
        # event of its sort (or, as a definite noun, of any sort), goes on about that event.
        near = [e for e in reversed(events) if 0 <= draft.sentence - e.sentence <= _NEAR_SENTENCES]
        same = next((e for e in near if alike(e.kind, draft.kind) and draft.kind != "other"
                     and e.status == draft.status), None)  # "other" (a visit, a vote) is too wide a sort
        if same is not None:
            return same
        if near and trigger.source == STRONG and (definite_bare(text, trigger, doc.language) or definite_described(
                text, trigger, doc.language)):
            return near[0]
    return None


def lead_told(draft: Draft, events: list[Draft], verb: str = "") -> Draft | None:
    """The body's event that a headline reports: of the same sort, sharing someone with it, or the
    first of its sort when the headline names nobody."""
    alike_events = [e for e in events if alike(e.kind, draft.kind)]
    shared = [e for e in alike_events if set(e.participants) & set(draft.participants)]
    if shared:
        return shared[0]
    key = _noun_key(draft.word)
    named = [e for e in alike_events if key and (key in e.word.lower() or _noun_key(e.word) in draft.word.lower())]
    if named:
        return named[0]  # "EU-Gipfel" over "Gipfeltreffen"
    if draft.kind_source != STRONG and len(verb) > 3:
        stem = verb_stem(verb)
        told = [e for e in alike_events if any(verb_stem(w) == stem for w in _WORDS.findall(e.evidence.lower()))]
        if told:
            return told[0]  # "Kommission veröffentlicht Verträge" over "hat … die Verträge veröffentlicht",
            # "unterzeichnen Grenzvertrag" over "haben … einen Grenzvertrag unterzeichnet"
    both = [e for e in events if e.kind not in ("statement", "announcement")
            and len(set(e.participants) & set(draft.participants)) >= 2]
    if both:
        return both[0]  # "Kurz von Macron empfangen" over "ist mit Macron zusammengetroffen"
    lead = [e for e in events if 0 <= e.sentence < _LEAD_SENTENCES]
    if len(verb) > 3:
        stem = verb_stem(verb)
        told = [e for e in lead if set(e.participants) & set(draft.participants)
                and any(verb_stem(w) == stem for w in _WORDS.findall(e.evidence.lower()))]
        if told:
            return told[0]  # "Senate rejects bill" over "The Senate on Tuesday rejected a bill" (of any kind)
    placed = [e for e in lead if alike(e.kind, draft.kind) and draft.place and e.place == draft.place]
    if placed:
        return placed[0]  # "EU, Japan leaders meet in Tokyo" over "X met Y in Tokyo on Wednesday"
    return alike_events[0] if alike_events and not draft.participants else None


def _noun_key(word: str) -> str:
    """The head of a compound event noun: 'EU-Gipfels' -> 'gipfel'."""
    head = word.lower().rsplit("-", 1)[-1]
    return re.sub(r"(?:es|s|en|n)$", "", head) if len(head) > 5 else head


def _same_time(undated: Draft, dated: Draft) -> bool:
    """Whether an undated mention may be the dated event: told with the same status, or told as still
    to come in a lead line before the body says it has happened ("summit, set to open" in the
    standfirst, then "the summit has opened … on Saturday")."""
    if undated.status == dated.status:
        return True
    return undated.status == "planned" and dated.status == "past" and undated.sentence < dated.sentence


def fold_into_dated(events: list[Draft]) -> list[Draft]:
    """An undated event told before or beside the dated one it is ("the summit" in a lead line, then
    "will hold the summit … on Jan 13"): the same noun, status and someone in common fold it in."""
    kept: list[Draft] = []
    for event in events:
        target = None
        if event.date is None:
            target = next((d for d in events if d.date and alike(d.kind, event.kind) and _same_time(event, d)
                           and event.word and d.word and same_word(event.word, d.word)
                           and set(event.participants) & set(d.participants)), None)
        if target is None:
            kept.append(event)
        else:
            target.add([n for n in event.participants if n not in target.participants])
    return kept


def _announced(event: Draft, language: str) -> bool:
    """The undated event is named by a definite or owned noun that a verb of announcing or confirming in
    its clause takes as its object („Ich darf Ihnen die Reise des Kanzlers ankündigen“, "announced the
    visit"): not one set apart as another occurrence („die nächste Reise“, "another visit")."""
    stems = doubt.ANNOUNCING_STEMS.get(language)
    at = event.evidence.find(event.word) if event.word else -1
    if stems is None or at < 0:
        return False
    data = lang_data(language)
    lo = clause_start(event.evidence, at)
    hi = next((m.start() for m in re.finditer(r"[,;:]\s", event.evidence) if m.start() > at), len(event.evidence))
    before = words_of(event.evidence[lo:at])[-3:]
    determiners = [i for i, w in enumerate(before) if w in data.DEFINITE | data.POSSESSIVES]
    if not determiners:
        return False
    attributes = before[determiners[-1] + 1:]  # („nach der angekündigten Folgekonferenz“: an attribute, no verb)
    if any(w.startswith(data.OTHER_OCCURRENCE_STEMS) for w in attributes):
        return False
    clause = words_of(event.evidence[lo:at])[:-len(attributes) or None] + words_of(event.evidence[at:hi])
    return any(w.startswith(stems) for w in clause)


def fold_announced(events: list[Draft], language: str) -> list[Draft]:
    """An undated event whose sentence only announces it by name („Ich darf Ihnen die Reise des Kanzlers
    ankündigen“) while the article dates an event of that sort still to come or told after it (the trip
    „am Sonntag nach Riad“): the same occurrence, told with its date elsewhere (CONVENTIONS §7.5).  The
    undated mention is withheld and nobody moves to the dated event (its people are a subset of that
    event's)."""
    data = lang_data(language)
    kept: list[Draft] = []
    for event in events:
        if event.date is None and event.kind_source == STRONG and _announced(event, language):
            trip = event.word.lower().endswith(data.TRIP_NOUNS)
            target = next((d for d in events if d.date and (d.status == "planned" or d.sentence > event.sentence)
                           and ((trip and (d.travel or d.kind in _TRIP_PARTS))
                                or (alike(d.kind, event.kind) and event.kind != "other"))
                           and set(event.participants) <= set(d.participants)), None)
            if target is not None:
                continue
        kept.append(event)
    return kept
