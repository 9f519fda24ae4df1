"""Events the article reports without a date expression, and the headline's event.

A sentence without a date that names a meeting, talks, a call, a speech, a visit, a
vote or the like ("Scholz hat Gespräche mit Tinubu geführt", "Zudem traf er
Vertreter der HDP", "the APEC summit in Lima") reports an event with ``date: None``
(CONVENTIONS §7).  Not events of their own:

- statements and announcements (only when dated, or in the headline: the main news);
- what is negated ("kein Treffen", "did not meet"), only asked for, offered, hoped
  for or weighed ("drängt auf ein Treffen", "calls for talks"), conditional or
  habitual ("wenn", "regular meetings");
- an event told again: the same noun ("des EU-Gipfels" after "der EU-Gipfel"), a
  definite bare noun ("das Gespräch", "the talks") for an event of that sort already
  told, or the same kind of event among people already tied to one.

Status follows the verb group (``tense_at``): future cues ("soll", "wird", "is set
to") make it planned; otherwise it happened (present tense without a time marker is
past, §7).  The words and cues are data per language (``lang/*_time.py``).
"""

from __future__ import annotations

import re

from lagebild.extract.datefind import inside, lang_data, quote_spans, weak_past
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.eventdraft import (
    STRONG,
    Draft,
    Trigger,
    clause_of,
    find_triggers,
    has_preposition,
    participants_in,
    place_in,
    same_word,
    split_clauses,
    summary_of,
)
from lagebild.extract.eventparts import persons_in
from lagebild.extract.stamps import stamp_spans

_WORDS = re.compile(r"[\wÄÖÜäöüß'’-]+")
# Kinds that may stand for one another when the text points back ("die Gespräche" for a meeting).
_ALIKE = frozenset({"meeting", "talks"})
# English words before a noun that make it a verb or leave it no event ("to visit", "will address").
_EN_NOT_NOUN = frozenset({"to", "will", "would", "can", "could", "may", "might", "must", "should", "shall",
                          "they", "we", "i", "you", "not", "also", "did", "does", "do"})


def alike(a: str, b: str) -> bool:
    return a == b or (a in _ALIKE and b in _ALIKE)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORDS.findall(text)]


def _usable(doc: Doc, text: str, trigger: Trigger, headline: bool) -> bool:
    """Whether a trigger names an event of its own that took or takes place."""
    data = lang_data(doc.language)
    word = text[trigger.start:trigger.end]
    if trigger.kind not in data.UNDATED_KINDS and not headline:
        return False  # a statement: an event only when dated or the main news
    if any(m.start() <= trigger.start < m.end() for rx in data.IDIOMS for m in re.finditer(rx, text)):
        return False  # "ist die Rede von", "calls for"
    if trigger.source != STRONG and word.lower() in data.UNDATED_VERB_SKIP:
        return False
    if word.lower() in data.VERBS_WITH and not has_preposition(text, trigger.start, trigger.end, data.VERBS_WITH):
        return False  # "spoke to reporters", "sprach von einem Signal"
    lo, hi = clause_of(trigger.start, split_clauses(text))
    clause = _words(text[lo:hi])
    if set(clause) & data.INTENT_CUES:
        return False
    before = _words(text[max(lo, trigger.start - 80):trigger.start])[-8:]
    after = _words(text[trigger.end:hi])[:4]
    if set(before) & data.NEGATIONS:
        return False  # "kein Treffen", "no meeting", "ohne Gespräche", "has not announced the talks"
    if doc.language == "de" and trigger.source != STRONG and before and before[-1] in data.DEFINITE | data.ARTICLES \
            and re.match(r"\s+[A-ZÄÖÜ]", text[trigger.end:]):
        return False  # "das unterzeichnete Dokument": a participle used as an adjective
    if trigger.source != STRONG and set(after) & data.NEGATIONS:
        return False  # "traf ihn nicht", "did not meet"
    if doc.language == "en" and trigger.source == STRONG and before and before[-1] in _EN_NOT_NOUN:
        return False  # "to visit", "will address"
    return not (doc.language == "en" and trigger.source == STRONG and re.match(
        r"\s+(?:on|for|it|him|her|them)\b", text[trigger.end:]))  # "call on", "call for"


def _definite_bare(text: str, trigger: Trigger, language: str) -> bool:
    """'das Gespräch', 'the talks', 'dem Treffen': a plain event noun after a definite article."""
    word = text[trigger.start:trigger.end]
    if "-" in word:
        return False
    before = _words(text[max(0, trigger.start - 20):trigger.start])
    return bool(before) and before[-1] in lang_data(language).DEFINITE


def _told_before(doc: Doc, text: str, trigger: Trigger, draft: Draft, events: list[Draft]) -> Draft | None:
    """The event already told that this mention is, if any."""
    word = text[trigger.start:trigger.end]
    for event in reversed(events):
        if trigger.source == STRONG and event.word and same_word(event.word, word):
            return event
    if trigger.source == STRONG and _definite_bare(text, trigger, doc.language):
        shared = [e for e in reversed(events) if alike(e.kind, draft.kind) and (
            set(e.participants) & set(draft.participants) or not draft.participants)]
        if shared:
            return shared[0]
    people = {p.name for p in doc.persons}
    mine = [n for n in draft.participants if n in people]
    for event in reversed(events):
        if alike(event.kind, draft.kind) and mine and len(event.participants) >= 2 and set(
                draft.participants) <= set(event.participants):
            return event
    return None


def undated_status(text: str, trigger: Trigger, language: str, context: str | None) -> str:
    """Planned when the verb group of the trigger's clause speaks of a plan ("soll … stattfinden",
    "wird … treffen", "is set to"); past when it speaks of the past; otherwise what the event told
    just before in the paragraph is (an itinerary goes on in the present tense), else past (§7)."""
    data = lang_data(language)
    lo, hi = clause_of(trigger.start, split_clauses(text))
    lead = _words(text[max(lo, trigger.start - 30):trigger.start])[-3:]
    if set(lead) & data.EARLIER_PREPOSITIONS:
        return "past"  # "nach seinem Wahlsieg", "since the strikes"
    if language == "en" and trigger.source != STRONG and lead and lead[-1] == "to":
        return "planned"  # "Lee to visit Japan", "agreed to meet": an infinitive is still to come
    for start, end in ((lo, hi), (0, len(text))):  # the clause first, then the sentence
        cues: list[tuple[int, int]] = []  # (distance from the event word, +1 plan / -1 past)
        for m in _WORDS.finditer(text, start, end):
            word = m.group(0).lower()
            distance = trigger.start - m.end() if m.end() <= trigger.start else m.start() - trigger.end
            if word in data.PLAN_CUES:
                cues.append((distance, 1))
            elif word in data.PAST_CUES or word in data.SPEECH_PAST or weak_past(m.group(0), language):
                cues.append((distance, -1))
        if cues:
            return "planned" if min(cues)[1] > 0 else "past"
    return context or "past"


def _lead_told(draft: Draft, events: list[Draft]) -> Draft | None:
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
    both = [e for e in events if e.kind not in ("statement", "announcement")
            and len(set(e.participants) & set(draft.participants)) >= 2]
    if both:
        return both[0]  # "Kurz von Macron empfangen" over "ist mit Macron zusammengetroffen"
    return alike_events[0] if alike_events and not draft.participants else None


def _noun_key(word: str) -> str:
    """The head of a compound event noun: 'EU-Gipfels' -> 'gipfel'."""
    head = word.lower().rsplit("-", 1)[-1]
    return re.sub(r"(?:es|s|en|n)$", "", head) if len(head) > 5 else head


def undated_draft(doc: Doc, sentence: Sentence, trigger: Trigger, context: str | None = None) -> Draft:
    text = sentence.text
    draft = Draft(
        date=None, kind=trigger.kind, kind_source=trigger.source,
        status=undated_status(text, trigger, doc.language, context),
        summary=summary_of(text, trigger.start, trigger.end), evidence=text, sentence=sentence.index,
        block=sentence.block, guessed=trigger.source != STRONG, place=place_in(doc, text),
        word=text[trigger.start:trigger.end] if trigger.source == STRONG else "",
    )
    draft.add(participants_in(doc, text, sentence.index))
    draft.speakers = [p.name for p in persons_in(doc, text)]
    if not draft.participants:
        draft.guessed = True
    return draft


def _open_quote(text: str) -> list[tuple[int, int]]:
    """A quotation mark opened and not closed in the sentence (the sentence splitter cut a quote of
    several sentences): the rest of the sentence is quoted."""
    spans = quote_spans(text)
    for m in re.finditer(r"[„“«»\"]", text):
        if not inside(m.start(), spans) and not any(e == m.end() for _s, e in spans):
            return [(m.start(), len(text))]
    return []


def usable_triggers(doc: Doc, sentence: Sentence, headline: bool = False) -> list[Trigger]:
    """The sentence's event words that name an event of their own, nouns first."""
    text = sentence.text
    skip = quote_spans(text) + stamp_spans(text, doc.language) + _open_quote(text)
    found = [t for t in find_triggers(text, doc.language)
             if not inside(t.start, skip) and _usable(doc, text, t, headline)]
    return sorted(found, key=lambda t: (t.source != STRONG, t.start))


def names_new_event(doc: Doc, sentence: Sentence) -> bool:
    """The sentence names an event with an indefinite noun ("an einer Sitzung teilnehmen"): a new
    one, even where it also says who takes part."""
    return any(t.source == STRONG and not _definite_bare(sentence.text, t, doc.language) and re.search(
        r"(?i)\b(?:ein|eine|einer|einem|einen|eines|a|an)\s+(?:\w+\s+){0,2}$",
        sentence.text[max(0, t.start - 40):t.start]) for t in usable_triggers(doc, sentence))


def place_undated(doc: Doc, sentence: Sentence, events: list[Draft], headline: bool = False,
                  going_on: Draft | None = None) -> Draft | None:
    """The event an undated sentence tells: one already told (given the sentence's people), or a new
    undated one appended to ``events``; None when the sentence names no event, or when it only goes
    on with ``going_on`` (the dated event its paragraph tells) in a verb ("traf er dort …")."""
    if not headline and set(_words(sentence.text)) & lang_data(doc.language).REPORTED_CUES:
        return None  # "sagte, um 16 Uhr werde …", "it said the talks …": what someone talks about
    triggers = usable_triggers(doc, sentence, headline)
    if not triggers:
        return None
    trigger = triggers[0]
    if going_on is not None and trigger.source != STRONG:
        return None
    before = [e for e in events if e.sentence < sentence.index]  # the itinerary told so far
    draft = undated_draft(doc, sentence, trigger, before[-1].status if before else None)
    earlier = _told_before(doc, sentence.text, trigger, draft, events)
    if earlier is None and headline:
        earlier = _lead_told(draft, events)
    if earlier is not None:
        people = {p.name for p in doc.persons}
        earlier.add([n for n in draft.participants if n in people or headline])
        return earlier
    if headline:
        events.insert(0, draft)
    else:
        events.append(draft)
    return draft


def fold_into_dated(events: list[Draft]) -> list[Draft]:
    """An undated event told before or beside the dated one it is ("the summit" in a lead line, then
    "will hold the summit … on Jan 13"): the same noun, status and someone in common fold it in."""
    kept: list[Draft] = []
    for event in events:
        target = None
        if event.date is None:
            target = next((d for d in events if d.date and alike(d.kind, event.kind) and d.status == event.status
                           and event.word and d.word and same_word(event.word, d.word)
                           and set(event.participants) & set(d.participants)), None)
        if target is None:
            kept.append(event)
        else:
            target.add([n for n in event.participants if n not in target.participants])
    return kept
