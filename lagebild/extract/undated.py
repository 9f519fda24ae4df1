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

Which event words count is ``undatedwords``'s job; whether a mention is an event already told,
and which undated mentions fold into a dated one, is ``undatedsame``'s.

Status follows the verb group (``tense_at``): future cues ("soll", "wird", "is set
to") make it planned; otherwise it happened (present tense without a time marker is
past, §7).  The words and cues are data per language (``lang/*_time.py``).
"""

from __future__ import annotations

import re
from itertools import pairwise

from lagebild.extract.actingcountries import without_time_phrase_outsiders
from lagebild.extract.clauseparse import without_other_clauses
from lagebild.extract.datefind import lang_data
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.eventagain import told_again
from lagebild.extract.eventdoubt import at_that_time, at_the_event, restates_event, told_as_earlier
from lagebild.extract.eventdraft import (
    STRONG,
    Draft,
    Trigger,
    clause_of,
    participants_in,
    place_in,
    split_clauses,
    summary_of,
)
from lagebild.extract.eventoccasion import occasion_day, side_meeting
from lagebild.extract.eventparts import persons_in
from lagebild.extract.eventreports import reported_only, told_in_reported_speech
from lagebild.extract.headlineitems import headline_item
from lagebild.extract.lang import participants
from lagebild.extract.referrers import without_referrer, without_setting
from lagebild.extract.undatedsame import lead_told, told_before
from lagebild.extract.undatedstatus import tells_its_time, undated_status
from lagebild.extract.undatedwords import _WORDS, usable_triggers, words_of


def earlier_in_passing(doc: Doc, sentence: Sentence, events: list[Draft],
                       triggers: list[Trigger] | None = None) -> list[Draft]:
    """Further events of a sentence told in passing after "since"/„seit“ ("… meetings it has hosted
    since it took over the presidency"; CONVENTIONS §7: occurrences mentioned in passing count): each
    its own past event, guessed, unless told before.  Not an arrival or a departure (§7.3), not where
    someone spoke ("Das teilte X seit … mit"), nor a definite or owned noun ("since the summit", „seit
    seinem Besuch“): that points back to an event already told far more often than it names a new one.
    "after"/„nach“ are left out: "after talks with X" is mostly the event just told."""
    data = lang_data(doc.language)
    found: list[Draft] = []
    for trigger in usable_triggers(doc, sentence) if triggers is None else triggers:
        word = sentence.text[trigger.start:trigger.end].lower()
        lo, hi = clause_of(trigger.start, split_clauses(sentence.text))
        if word.endswith(data.DEPARTURE_NOUNS) or set(words_of(sentence.text[lo:hi])) & data.REPORTED_CUES:
            continue  # ("Das teilte X nach Beratungen mit": where or when someone spoke)
        lead = [m.start() for m in _WORDS.finditer(sentence.text, max(0, trigger.start - 48), trigger.start)
                if m.group(0).lower() in data.PASSING_PREPOSITIONS]
        if not lead or len(words_of(sentence.text[lead[-1]:trigger.start])) > 4:
            continue
        before = words_of(sentence.text[max(0, trigger.start - 30):trigger.start])[-2:]
        if trigger.source == STRONG and set(before) & (data.ANAPHORIC_DETERMINERS | data.POSSESSIVES):
            continue  # "since the summit", „seit seinem Besuch“: the event told, as a time reference
        draft = undated_draft(doc, sentence, trigger, "past")
        draft.status, draft.guessed = "past", True
        # Its people are those of its own phrase, from the preposition on, not the sentence's news.
        draft.participants = []
        draft.add(participants_in(doc, sentence.text[lead[-1]:hi], sentence.index))
        draft.summary = summary_of(sentence.text, lead[-1], trigger.end)
        if told_before(doc, sentence.text, trigger, draft, [*events, *found]) is None:
            found.append(draft)
    return found


# What may close a told sentence after its final stop: quotation marks and brackets.
_CLOSERS = "\"'“”»«’)]"


def label_line(doc: Doc, sentence: Sentence) -> bool:
    """A paragraph of one line without a final stop that the splitter did not take for a sub-heading
    (it ends on a quotation mark, „Umzug wegen „giftiger Dämpfe““, or runs longer than one: "Themen: Reise
    des Kanzlers nach X, Sudan-Gespräche in Y"): a label over the text or a list of topics, which names
    what the text goes on to tell but tells no occurrence itself (like a sub-heading, it gives no undated
    event).  Not a line closing on a colon (it leads into what follows)."""
    if any(s.block == sentence.block and s.index != sentence.index for s in doc.sentences[
            max(0, sentence.index - 1):sentence.index + 2]):
        return False  # (a paragraph of several sentences is told text)
    if sentence.text.lstrip()[:1] in "-–—•*·▪":
        return False  # a list's item: told text in a list's form
    end = sentence.text.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(end) and end[-1] not in ".!?…:;" and not sentence.text.rstrip().endswith(("...", "…"))


def _told_in_passing(text: str, trigger: Trigger, language: str) -> bool:
    """A headline's event word after a preposition of the earlier ("Kurz erstmals nach Wahlsieg in
    Brüssel", "after election win"): an event before the news, told in passing, not the news itself."""
    lead = words_of(text[max(0, trigger.start - 20):trigger.start])[-2:]
    return bool(set(lead) & lang_data(language).EARLIER_PREPOSITIONS)


def undated_draft(doc: Doc, sentence: Sentence, trigger: Trigger, context: str | None = None) -> Draft:
    text = sentence.text
    draft = Draft(
        date=None, kind=trigger.kind, kind_source=trigger.source,
        status=undated_status(text, trigger, doc.language, context),
        summary=summary_of(text, trigger.start, trigger.end), evidence=text, sentence=sentence.index,
        block=sentence.block, guessed=trigger.source != STRONG, place=place_in(doc, text),
        word=text[trigger.start:trigger.end] if trigger.source == STRONG else "",
    )
    draft.status_from_context = not tells_its_time(text, trigger, doc.language)
    hearsay = told_in_reported_speech(text, trigger, doc.language)
    # "X sagte, um 16 Uhr werde eine Medienkonferenz stattfinden": X reports it, a guess who takes part.
    told = reported_only(text, trigger, doc.language) if hearsay else text
    # "…, who had spoken with X", „– in welchem X vertreten ist –“: an aside about someone else names no
    # party (clauseparse; the main clause stays: an undated event word in an aside is often its purpose)
    told = without_other_clauses(told, text, doc.language, (trigger.start,), main_too=False)
    if trigger.source == STRONG and not trigger.travel and trigger.kind not in ("statement", "announcement"):
        told = without_referrer(told, text, trigger.start, doc.language)  # "X welcomed the talks"
    told = without_setting(doc, told, doc.language, trigger)  # „eröffnen X und Y in der Kammer“: the house is where
    told = without_time_phrase_outsiders(doc, told, text, trigger.start)  # „Vor dem Gipfel streiten X und Y“
    draft.add(participants_in(doc, told, sentence.index))
    draft.speakers = [p.name for p in persons_in(doc, text)]
    if not draft.participants or hearsay:
        draft.guessed = True
    return draft


def place_undated(doc: Doc, sentence: Sentence, events: list[Draft], headline: bool = False,
                  going_on: Draft | None = None) -> Draft | None:
    """The event an undated sentence tells: one already told (given the sentence's people), or a new
    undated one appended to ``events``; None when the sentence names no event, or when it only goes
    on with ``going_on`` (the dated event its paragraph tells) in a verb ("traf er dort …")."""
    triggers = usable_triggers(doc, sentence, headline)
    if not headline:
        # "sagte X nach den Beratungen", "Das teilte Costa nach Beratungen mit": an event named in the
        # clause of a verb of saying is where or when someone spoke; the reported content ("…, it said")
        # is told as news and counts.
        reported = lang_data(doc.language).REPORTED_CUES
        triggers = [t for t in triggers if not set(words_of(sentence.text[slice(
            *clause_of(t.start, split_clauses(sentence.text)))])) & reported]
    if not triggers:
        return None
    # "X is expected to meet Y on the sidelines of the Lima round": a meeting of its own, on the occasion's day
    own, occasion = ([], []) if headline else side_meeting(sentence.text, triggers, doc.language)
    if own:
        triggers = own
    trigger = triggers[0]
    if going_on is not None and trigger.source != STRONG and not told_as_earlier(sentence.text, doc.language) \
            and undated_status(
            sentence.text, trigger, doc.language, going_on.status) == going_on.status:
        return None  # (but "He will meet X" after calls told in the past is a meeting still to come)
    before = [e for e in events if e.sentence < sentence.index]  # the itinerary told so far
    draft = undated_draft(doc, sentence, trigger, before[-1].status if before else None)
    earlier = told_before(doc, sentence.text, trigger, draft, events)
    if earlier is None and before and restates_event(sentence.text, trigger, doc.language):
        return before[-1]  # „Es war das erste Treffen der beiden“, "Criticism of the visit came from X"
    if earlier is None and not headline and before and before[-1].date and before[-1].status == "past" \
            and before[-1].sentence == sentence.index - 1 and before[-1].block == sentence.block \
            and at_that_time(sentence.text, doc.language):
        return before[-1]  # „Zuletzt trafen sie sich im Juni 2025. Damals unterzeichneten sie …“: at that event
    if earlier is None and not headline and before and before[-1].date \
            and 0 < sentence.index - before[-1].sentence <= 2 and before[-1].status == draft.status \
            and set(draft.participants) <= set(before[-1].participants) \
            and at_the_event(sentence.text, doc.language):
        # „X traf am Montag Y. Dabei unterzeichneten X und Y ein Abkommen“ (also in a new paragraph): done at the
        # event just told (CONVENTIONS §7.3), by nobody it lacks: no event of its own, nobody moves to it
        return before[-1]
    if earlier is None and headline and not _told_in_passing(sentence.text, trigger, doc.language):
        earlier = lead_told(draft, events, sentence.text[trigger.start:trigger.end])
    if earlier is None and headline and not draft.participants and events and len(words_of(sentence.text)) <= 3:
        # "Besuch", "Reform vote": a short headline that names nobody is a label over the body's news
        earlier = min(events, key=lambda e: e.sentence)
    passing = [] if headline else earlier_in_passing(doc, sentence, events, triggers[1:])
    again = None if earlier is not None or headline else told_again(sentence.text, trigger, draft, events, doc.language)
    if again is not None:  # "Eröffnet wurde die Runde von X": the round told before, X not necessarily in it
        events.extend(passing)
        return again
    if earlier is not None:
        events.extend(passing)
        if earlier.status_from_context and tells_its_time(sentence.text, trigger, doc.language):
            earlier.status, earlier.status_from_context = draft.status, False  # the body says what the label left open
        people = {p.name for p in doc.persons}
        if headline and _next_occurrence(doc, draft, earlier):
            return earlier  # "Pacific leaders end Tonga summit" over "Next year's summit is set for Palau"
        if earlier.kind not in ("statement", "announcement") or draft.kind == earlier.kind:
            # (an announcement told on by what it announces keeps its teller only)
            item = participants_in(doc, _item_of(sentence.text, trigger, doc.language), sentence.index) \
                if headline else draft.participants  # (whom another item of the headline names takes no part)
            earlier.add([n for n in draft.participants if (n in people or headline) and n in item])
        return earlier
    if headline:
        events.insert(0, draft)
        return draft
    if occasion:
        draft.date = occasion_day(sentence.text, occasion, events, doc.language)
    events.append(draft)
    events.extend(passing)
    last = draft
    for extra in _coordinated(doc, sentence, trigger, triggers, last.status):
        if told_before(doc, sentence.text, extra[0], extra[1], events) is None:
            events.append(extra[1])
            last = extra[1]
    return last


def _item_of(text: str, trigger: Trigger, language: str) -> str:
    """The item of a headline that tells the trigger's event ("… talks set for Kingston as CARICOM summit
    opens": the talks' item); the whole headline when it tells one piece of news."""
    lo, hi = headline_item(text, trigger.start, language)
    return text if (lo, hi) == (0, len(text)) else text[lo:hi]


def _next_occurrence(doc: Doc, headline: Draft, event: Draft) -> bool:
    """The headline tells as done an event whose next occurrence the body tells as still to come ("leaders
    end Tonga summit" and "Next year's summit is set to take place in Palau"): whom the headline names
    takes no part in that one.  (Not the same event told in two tenses: the body names it as another.)"""
    future = participants.FUTURE_TOLD.get(doc.language)
    again = participants.NEXT_OCCURRENCE.get(doc.language)
    return headline.status == "past" and event.status == "planned" and future is not None and again is not None \
        and re.search(future, event.evidence) is not None and re.search(again, event.evidence) is not None


# Coordinated verb phrases: "… die Verbotene Stadt besichtigen und die Mercedes-Benz-Group besuchen".
_COORDINATION = re.compile(r"\s(?:und|and|sowie|zudem|außerdem)\s|;\s")


def _coordinated(doc: Doc, sentence: Sentence, first: Trigger, triggers: list[Trigger],
                 status: str) -> list[tuple[Trigger, Draft]]:
    """Further events of one sentence: a verb in a coordinated part of its own names a second
    occurrence (§7: two occurrences in one sentence are two), its people those of that part and of
    the sentence's head (the shared subject)."""
    text = sentence.text
    cuts = [0] + [m.end() for m in _COORDINATION.finditer(text)] + [len(text)]
    parts = list(pairwise(cuts))
    home = next((p for p in parts if p[0] <= first.start < p[1]), parts[0])
    head = text[:min(t.start for t in triggers)]
    found: list[tuple[Trigger, Draft]] = []
    for lo, hi in parts:
        if (lo, hi) == home or lo < home[1]:
            continue
        own = [t for t in triggers if lo <= t.start < hi and t.source != STRONG]
        if not own:
            continue
        trigger = own[0]
        draft = undated_draft(doc, sentence, trigger, status)
        piece = text[lo:hi].strip(" ,;.")
        draft.summary = piece[:1].upper() + piece[1:]
        draft.participants = []
        draft.add(participants_in(doc, head + " " + text[lo:hi], sentence.index))
        found.append((trigger, draft))
    return found
