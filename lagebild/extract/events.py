"""Stage: events, the meetings, calls, talks, speeches, statements, announcements and
visits an article reports, past and planned, dated or not.

Reads: Doc.reference_date, Doc.headline, Doc.sentences, Doc.persons, Doc.organizations,
Doc.countries, Doc.places.  Writes: Doc.events.

A date expression outside quotations and stamps, together with the event word nearest
to it ("Treffen … am 3. Jänner", "met in Busan on Oct. 30"), makes a dated event.
A sentence without a date that reports an event of its own makes an undated one
(``undated``); one that goes on about an event told before adds its names to it
(``eventattach``).  The headline's event joins the body's or stands alone.
Mentions with the same date and kind are one event; a statement made on the day of a
meeting belongs to the meeting.
"""

from __future__ import annotations

import re
from datetime import date

from lagebild.extract.datefind import lang_data
from lagebild.extract.dates import reference_day
from lagebild.extract.doc import Doc, Sentence, timeline_entry
from lagebild.extract.draftmerge import merge_drafts
from lagebild.extract.eventagain import fold_lead_into_dated, without_main_retold
from lagebild.extract.eventattach import anaphor_kind, attach, reports_on
from lagebild.extract.eventcancel import tells_called_off
from lagebild.extract.eventcontext import joins_an_event, own_statement
from lagebild.extract.eventdoubt import tells_no_occurrence
from lagebild.extract.eventdraft import (
    Draft,
)
from lagebild.extract.eventfinish import fold_into_chronology, fold_month_into_day, snap_approximate, to_event
from lagebild.extract.eventgroups import parties_of_the_group
from lagebild.extract.eventheadings import heading_dates, heading_day, headings_tense
from lagebild.extract.eventheadline import headline_statement, lead_statement
from lagebild.extract.eventlater import later_act
from lagebild.extract.eventmentions import known_years_of
from lagebild.extract.eventsameday import fold_same_day, fold_wordless_same_day
from lagebild.extract.eventspan import fold_end_into_start, fold_within_span
from lagebild.extract.eventspeakers import add_speakers
from lagebild.extract.eventyears import new_year_named, year_named_events
from lagebild.extract.sentenceevents import drafts_for_sentence
from lagebild.extract.undated import earlier_in_passing, label_line, place_undated
from lagebild.extract.undatedsame import alike, fold_announced, fold_into_dated
from lagebild.extract.undatedwords import names_new_event


def run(doc: Doc) -> None:
    ref = reference_day(doc)
    guessed_ref = doc.reference_date is not None and doc.reference_date.review == "guessed"
    events: list[Draft] = []
    main: Draft | None = None  # the article's lead event: what undated participants belong to
    last: Draft | None = None  # the event told last: what an undated sentence goes on about
    last_dated: Draft | None = None  # the dated event told last: what "am Nachmittag" refers to
    trip: Draft | None = None  # the trip told last, from whose first day "am zweiten Tag" counts
    known_years = known_years_of(doc, ref)
    in_passing: list[Draft] = []  # "the 2021 election": earlier events named with their year
    under_heading: list[Draft] = []  # undated events told under a heading that is only a date ("Monday")
    headed = heading_dates(doc) if ref is not None and not guessed_ref else {}
    standfirst = _standfirst_blocks(doc)
    for sentence in doc.sentences:
        in_passing.extend(year_named_events(doc, sentence, ref))
        found = drafts_for_sentence(doc, sentence, ref, guessed_ref, last_dated, known_years, trip)
        dated_here = [d for d in found if d.date]
        if found:
            for draft in found:
                events = merge_drafts([*events, draft])
            later = later_act(doc, sentence, found[0].status)  # "… in March 2025 and later sentenced": undated
            if later is not None:
                events.append(later)
            reported = found[-1].reported
            if reported is not None and last is not None and last.told_block == sentence.block:
                # „Erwartet werden Vertreter von acht Staaten, darunter Polen, wie die Regierung am Dienstag
                # mitteilte“: the report is an event of its own; what it reports goes on about the one before
                reports_on(doc, sentence, reported, last)
            elif found[-1].date and not (found[-1].points_back and last is not None
                                         and last.told_block == sentence.block):
                # („…, setzen sich am Montag an einen Tisch. Das teilte X am Mittwoch mit. Y werde Z
                # empfangen“: the last sentence still goes on about the meeting, not the report)
                last = next((e for e in events if e.date == found[-1].date and e.kind in (
                    found[-1].kind, "meeting", "talks", "call")), found[-1])
                last.told_block = sentence.block  # where it was last told: what continues it
                # the day a later "am Nachmittag", "on the same day" goes on from: not a month ("in a strike
                # in November") nor an event only counted from ("arrived on Dec. 29, a day after X")
                told_day = next((d for d in reversed(found) if d.date and len(d.date) == 10 and not d.counted_from),
                                None)
                if told_day is not None:
                    last_dated = next((e for e in events if e.date == told_day.date and e.kind in (
                        told_day.kind, "meeting", "talks", "call")), told_day)
            if trip is None:  # the days of a trip count from the trip first told
                trip = next((d for d in found if d.travel and d.date and len(d.date) == 10), None)
            if main is None and dated_here and dated_here[0].status == "past" and ref and _near(
                    dated_here[0].date, ref):
                main = next((e for e in events if e.date == dated_here[0].date), None)
            continue
        if label_line(doc, sentence):
            continue  # „Themen: Reise des Kanzlers nach X, Sudan-Gespräche“: a label, no occurrence told
        # („Im Herbst scheiterte eine Verhandlungsrunde der Delegationen in Genf“: an indefinite event noun
        # names a new event even where the sentence also points back to people told of)
        if sentence.block not in standfirst and (
                anaphor_kind(sentence.text, doc.language) is None or names_new_event(doc, sentence)) and (
                not joins_an_event(sentence.text, doc.language) or names_new_event(doc, sentence)):
            going_on = last if last is not None and last.date and last.told_block == sentence.block else None
            told = place_undated(doc, sentence, events, going_on=going_on)
            if told is not None:  # an event without a date, or one told again
                if told.date is None and told.sentence == sentence.index and sentence.block in headed:
                    under_heading.append(told)
                last = told
                last.told_block = sentence.block
                continue
        if tells_called_off(sentence.text, doc.language) or tells_no_occurrence(sentence.text, doc.language):
            continue  # "The meeting between X and Y was canceled", "X has met Y six times": no event told
        events.extend(earlier_in_passing(doc, sentence, events))  # "… since it took over the presidency"
        attach(doc, sentence, last, main, events)
    tense = headings_tense([d.status for d in under_heading])
    for draft in under_heading:
        if ref is not None and draft.date is None and not draft.status_from_context:
            draft.date = heading_day(headed[draft.block], ref, tense, draft.status)
    if any(d.date for d in under_heading):
        events = merge_drafts(events)  # now dated, one may be the day's event told under another heading
    events.extend(new_year_named(in_passing, events))
    if main is not None:
        add_speakers(doc, main, own_statement)
    events = _with_headline(doc, events, ref, guessed_ref, known_years)
    events = fold_lead_into_dated(fold_announced(fold_into_dated(events), doc.language), doc.language)
    events = without_main_retold(events, main, doc.language)
    events = fold_within_span(fold_wordless_same_day(fold_same_day(events, doc.language)), doc.language)
    events = fold_end_into_start(events, doc.language)
    events = parties_of_the_group(events, doc.language)
    events = fold_month_into_day(snap_approximate(events), {p.name: p.country for p in doc.persons if p.country})
    chronology = {s.index for s in doc.sentences if timeline_entry(s.text, doc.language)}
    if chronology:
        events = fold_into_chronology(events, chronology, {p.name for p in doc.persons})
    doc.events = [to_event(d) for d in events]


# A standfirst is the article's opening paragraph: its first sentences.
_OPENING_SENTENCES = 4


def _standfirst_blocks(doc: Doc) -> set[int]:
    """The opening paragraph closed by a format label („Ein Überblick.“, „Die wichtigsten Fragen und
    Antworten“, "Here is what we know so far."): it sums up the body, so an undated event it names is one
    the body tells (and dates) again, and no event of its own."""
    patterns = lang_data(doc.language).FORMAT_LABEL_PATTERNS
    # (the label closes its paragraph: „Ein Gespräch mit X ist geplant. …“ opening one is news, no label)
    sentences = doc.sentences
    closing = {s.index for i, s in enumerate(sentences)
               if i + 1 == len(sentences) or sentences[i + 1].block != s.block}
    return {s.block for s in doc.sentences if 0 <= s.index < _OPENING_SENTENCES and s.index in closing
            and any(re.match(p, s.text.strip()) for p in patterns)}


def _with_headline(doc: Doc, events: list[Draft], ref: date | None, guessed_ref: bool,
                   known_years: dict[int, int]) -> list[Draft]:
    """The headline's event (the main news, CONVENTIONS §7): the same as an event the body tells,
    or one of its own ("Lawrow trifft Rubio am Dienstag in Saudi-Arabien")."""
    if not doc.headline:
        return events
    headline = Sentence(-1, doc.headline, 0, -1)
    dated = [d for d in drafts_for_sentence(doc, headline, ref, guessed_ref, None, known_years) if d.date]
    for draft in dated:
        same = next((e for e in events if e.date and (e.date.startswith(draft.date or "-") or (
            draft.date or "").startswith(e.date)) and (alike(e.kind, draft.kind) or e.kind == draft.kind)
            and (set(e.participants) & set(draft.participants) or not draft.participants)), None)
        if same is not None:  # "Merz reist kommende Woche nach China" over the body's trip
            same.add(draft.participants)
        else:
            events = merge_drafts([*events, draft])
    if not dated and place_undated(doc, headline, events, headline=True) is None:
        said = headline_statement(doc, doc.headline, events)  # "Merz warnt vor Handelskrieg": the main news
        if said is not None:
            events.insert(0, said)
    said = lead_statement(doc, events)  # the lead's stance of the headline's person: the main news too
    if said is not None:
        events.insert(0, said)
    return events


def _near(iso: str | None, ref: date) -> bool:
    if not iso or len(iso) < 10:
        return False
    return abs((date.fromisoformat(iso) - ref).days) <= 7
