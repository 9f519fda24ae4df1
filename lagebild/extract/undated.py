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
from itertools import pairwise

from lagebild.extract.datefind import inside, lang_data, quote_spans
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.eventagain import told_again
from lagebild.extract.eventcancel import event_cancelled
from lagebild.extract.eventdoubt import asked_about, denial_before, repeated, restates_event, told_as_earlier
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
    verb_stem,
)
from lagebild.extract.eventparts import persons_in
from lagebild.extract.eventreports import reported_only, told_in_reported_speech
from lagebild.extract.stamps import stamp_spans
from lagebild.extract.undatedstatus import tells_its_time, undated_status

_WORDS = re.compile(r"[\wÄÖÜäöüß'’-]+")
# Kinds that may stand for one another when the text points back ("die Gespräche" for a meeting).
_ALIKE = frozenset({"meeting", "talks"})
# Present-tense auxiliaries: past only with a participle ("hat … getroffen"), which tells it anyway.
# How far back (in sentences) an event told stays what a bare mention without names goes on about.
_NEAR_SENTENCES = 2
# The body's lead: the sentences that tell the headline's news (the dateline sentence and the next).
_LEAD_SENTENCES = 2


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
    if re.search(data.DURATIONS, text[lo:hi]):
        return False  # "verhandelten während neun Monaten": a process, not one occurrence
    clause = _words(text[lo:hi]) + _words(text[max(0, trigger.start - 60):trigger.start])
    if re.search(data.PROCESS_SINCE, text[lo:hi]) and not set(clause) & data.FIRST_SINCE:
        return False  # "verhandelt seit 2019 mit …": a process, not one occurrence
    if re.search(data.PAST_PLAN, text[lo:hi], re.I):
        return False  # "The talks had been set for Saturday": a plan given up, no occurrence told
    if set(clause) & data.INTENT_CUES:
        return False  # "drängt auf ein Treffen", "betont die Notwendigkeit, Verhandlungen …"
    if asked_about(text, trigger.start, doc.language) or repeated(text, trigger.start, doc.language) or (
            trigger.kind not in ("statement", "announcement") and denial_before(text, trigger, doc.language)):
        return False  # "Ob es ein Treffen gibt, ist offen", "has met Xi six times", "denies call": none told
    before = _words(text[max(lo, trigger.start - 80):trigger.start])[-8:]
    after = _words(text[trigger.end:hi])[:4]
    if event_cancelled(text, trigger.start, doc.language):
        return False  # "the meeting was called off", "Das Treffen wurde abgesagt"
    if set(before) & data.NEGATIONS:
        return False  # "kein Treffen", "no meeting", "ohne Gespräche", "has not announced the talks"
    if doc.language == "de" and trigger.source != STRONG and before and before[-1] in data.DEFINITE | data.ARTICLES \
            and re.match(r"\s+[A-ZÄÖÜ]", text[trigger.end:]):
        return False  # "das unterzeichnete Dokument": a participle used as an adjective
    if trigger.source != STRONG and set(after) & data.NEGATIONS:
        return False  # "traf ihn nicht", "did not meet"
    if trigger.source == STRONG and set(_words(text[trigger.end:hi])) & data.NEGATIONS_AFTER:
        return False  # "Ein Treffen gab es nicht", "the meeting did not take place"
    return not (doc.language == "en" and trigger.source == STRONG and re.match(
        r"\s+(?:on|for|it|him|her|them)\b", text[trigger.end:]))  # "call on", "call for"


def _definite_bare(text: str, trigger: Trigger, language: str) -> bool:
    """'das Gespräch', 'the talks', 'dem Treffen': a plain event noun after a definite article."""
    word = text[trigger.start:trigger.end]
    if "-" in word:
        return False
    before = _words(text[max(0, trigger.start - 20):trigger.start])
    return bool(before) and before[-1] in lang_data(language).DEFINITE


def _definite_described(text: str, trigger: Trigger, language: str) -> bool:
    """'des dreitägigen Besuchs', 'the two-day visit': a definite event noun whose adjectives only
    describe it; not one they set apart as another occurrence („die nächste Runde“, "the first meeting")."""
    data = lang_data(language)
    words = re.findall(r"[\wÄÖÜäöüß-]+|[^\w\s]", text[max(0, trigger.start - 60):trigger.start])
    for n in (1, 2):  # one or two adjectives between the determiner and the noun
        if len(words) <= n or words[-n - 1].lower() not in data.DEFINITE:
            continue
        adjectives = words[-n:]
        if all(a[:1].islower() and a[:1].isalpha() for a in adjectives):
            return not any(a.lower().startswith(data.OTHER_OCCURRENCE_STEMS) for a in adjectives)
    return False


def _told_before(doc: Doc, text: str, trigger: Trigger, draft: Draft, events: list[Draft]) -> Draft | None:
    """The event already told that this mention is, if any."""
    word = text[trigger.start:trigger.end]
    for event in reversed(events):
        if trigger.source == STRONG and event.word and same_word(event.word, word) and not (
                _indefinite(text, trigger) and draft.participants):
            return event  # ("The Senate passed it with a vote of 81-14" after the House's vote: another one)
    if trigger.source == STRONG and _definite_bare(text, trigger, doc.language):
        shared = [e for e in reversed(events) if alike(e.kind, draft.kind) and (
            set(e.participants) & set(draft.participants) or not draft.participants)]
        if shared:
            return shared[0]
    people = {p.name for p in doc.persons}
    mine = [n for n in draft.participants if n in people]
    if trigger.source == STRONG and mine and set(_words(text[max(0, trigger.start - 30):trigger.start])[-2:]) \
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
    if not draft.participants and draft.sentence >= 0:
        # "The COP30 summit began in Belém" after "the conference opened Monday", "The vote was 61-38"
        # after "the Senate approved the bill": an event word that brings nobody new, right after an
        # event of its sort (or, as a definite noun, of any sort), goes on about that event.
        near = [e for e in reversed(events) if 0 <= draft.sentence - e.sentence <= _NEAR_SENTENCES]
        same = next((e for e in near if alike(e.kind, draft.kind) and draft.kind != "other"
                     and e.status == draft.status), None)  # "other" (a visit, a vote) is too wide a sort
        if same is not None:
            return same
        if near and trigger.source == STRONG and (_definite_bare(text, trigger, doc.language) or _definite_described(
                text, trigger, doc.language)):
            return near[0]
    return None


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
        if word.endswith(data.DEPARTURE_NOUNS) or set(_words(sentence.text[lo:hi])) & data.REPORTED_CUES:
            continue  # ("Das teilte X nach Beratungen mit": where or when someone spoke)
        lead = [m.start() for m in _WORDS.finditer(sentence.text, max(0, trigger.start - 48), trigger.start)
                if m.group(0).lower() in data.PASSING_PREPOSITIONS]
        if not lead or len(_words(sentence.text[lead[-1]:trigger.start])) > 4:
            continue
        before = _words(sentence.text[max(0, trigger.start - 30):trigger.start])[-2:]
        if trigger.source == STRONG and set(before) & (data.ANAPHORIC_DETERMINERS | data.POSSESSIVES):
            continue  # "since the summit", „seit seinem Besuch“: the event told, as a time reference
        draft = undated_draft(doc, sentence, trigger, "past")
        draft.status, draft.guessed = "past", True
        # Its people are those of its own phrase, from the preposition on, not the sentence's news.
        draft.participants = []
        draft.add(participants_in(doc, sentence.text[lead[-1]:hi], sentence.index))
        draft.summary = summary_of(sentence.text, lead[-1], trigger.end)
        if _told_before(doc, sentence.text, trigger, draft, [*events, *found]) is None:
            found.append(draft)
    return found


def _told_in_passing(text: str, trigger: Trigger, language: str) -> bool:
    """A headline's event word after a preposition of the earlier ("Kurz erstmals nach Wahlsieg in
    Brüssel", "after election win"): an event before the news, told in passing, not the news itself."""
    lead = _words(text[max(0, trigger.start - 20):trigger.start])[-2:]
    return bool(set(lead) & lang_data(language).EARLIER_PREPOSITIONS)


def _lead_told(draft: Draft, events: list[Draft], verb: str = "") -> Draft | None:
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
    draft.add(participants_in(doc, reported_only(text, trigger, doc.language) if hearsay else text, sentence.index))
    draft.speakers = [p.name for p in persons_in(doc, text)]
    if not draft.participants or hearsay:
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
    return any(t.source == STRONG and not _definite_bare(sentence.text, t, doc.language) and _indefinite(
        sentence.text, t) for t in usable_triggers(doc, sentence))


def _indefinite(text: str, trigger: Trigger) -> bool:
    """The event noun comes with an indefinite article ("a vote", „eine Sitzung“): a new one."""
    return bool(re.search(r"(?i)\b(?:ein|eine|einer|einem|einen|eines|a|an)\s+(?:\w+\s+){0,2}$",
                          text[max(0, trigger.start - 40):trigger.start]))


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
        triggers = [t for t in triggers if not set(_words(sentence.text[slice(
            *clause_of(t.start, split_clauses(sentence.text)))])) & reported]
    if not triggers:
        return None
    trigger = triggers[0]
    if going_on is not None and trigger.source != STRONG and not told_as_earlier(sentence.text, doc.language) \
            and undated_status(
            sentence.text, trigger, doc.language, going_on.status) == going_on.status:
        return None  # (but "He will meet X" after calls told in the past is a meeting still to come)
    before = [e for e in events if e.sentence < sentence.index]  # the itinerary told so far
    draft = undated_draft(doc, sentence, trigger, before[-1].status if before else None)
    earlier = _told_before(doc, sentence.text, trigger, draft, events)
    if earlier is None and before and restates_event(sentence.text, trigger, doc.language):
        return before[-1]  # „Es war das erste Treffen der beiden“, "Criticism of the visit came from X"
    if earlier is None and headline and not _told_in_passing(sentence.text, trigger, doc.language):
        earlier = _lead_told(draft, events, sentence.text[trigger.start:trigger.end])
    if earlier is None and headline and not draft.participants and events and len(_words(sentence.text)) <= 3:
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
        if earlier.kind not in ("statement", "announcement") or draft.kind == earlier.kind:
            # (an announcement told on by what it announces keeps its teller only)
            earlier.add([n for n in draft.participants if n in people or headline])
        return earlier
    if headline:
        events.insert(0, draft)
        return draft
    events.append(draft)
    events.extend(passing)
    last = draft
    for extra in _coordinated(doc, sentence, trigger, triggers, last.status):
        if _told_before(doc, sentence.text, extra[0], extra[1], events) is None:
            events.append(extra[1])
            last = extra[1]
    return last


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
