"""The events one sentence reports: the date expressions outside quotations and stamps,
each with the event word nearest to it, become dated drafts; statements, deadlines,
spans, coordinated meetings and reports of other events are told apart here.  The
stage (``events``) walks the sentences and joins what this returns.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from lagebild.extract.actingcountries import without_time_phrase_outsiders
from lagebild.extract.capitalactors import capitals_acting_in
from lagebild.extract.clausecues import without_told_event
from lagebild.extract.clauseparse import without_other_clauses
from lagebild.extract.datefind import DateMention, inside, lang_data
from lagebild.extract.dates import resolve, year_is_unsure
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.draftmerge import merge_drafts
from lagebild.extract.eventattach import visitors
from lagebild.extract.eventcancel import called_off_on, date_called_off, postponed_to
from lagebild.extract.eventchoice import choose_trigger, event_status
from lagebild.extract.eventclauses import (
    coordinated_meeting,
    in_subordinate_clause,
    others_in_clause,
    own_clauses,
    subordinate_scope,
    times_the_verb,
    without_coordinated_meeting,
    without_purpose,
)
from lagebild.extract.eventcontext import from_antecedent
from lagebild.extract.eventcoordinated import split_coordinated
from lagebild.extract.eventdates import (
    after_an_event,
    arranged_for_later,
    expected_in_clause,
    in_arranged_infinitive,
    is_dateline,
    measures_a_figure,
    not_an_event_date,
    other_event_scope,
    past_verb_before,
    said_before,
    scoped_summary,
    states_a_level,
    targets_a_day,
    tells_a_process,
    told_in_the_present,
    with_known_year,
)
from lagebild.extract.eventdeadlines import deadline_clause, deadline_word
from lagebild.extract.eventdoubt import denial_before, looks_forward, not_told_as_happening, said_in_first_person
from lagebild.extract.eventdraft import (
    DATED,
    STRONG,
    Draft,
    Trigger,
    clause_of,
    event_words,
    find_triggers,
    masked,
    participants_in,
    place_in,
    split_clauses,
    summary_of,
)
from lagebild.extract.eventmentions import date_mentions
from lagebild.extract.eventparts import actors_in, persons_in
from lagebild.extract.eventreports import (
    report_clause,
    reported_only,
    told_in_reported_speech,
    trailing_report,
    without_content,
    without_relative_clauses,
)
from lagebild.extract.eventspan import last_day
from lagebild.extract.eventtelling import (
    telling_after,
    telling_right_after,
    telling_verb,
    tells_to_someone,
    told_an_outlet,
    told_at_day_part,
)
from lagebild.extract.eventunnamed import (
    declined_comment,
    released_statistics,
    reported_by_media,
    unnamed_remark,
)
from lagebild.extract.groupsides import group_sides
from lagebild.extract.referrers import within_body_meeting, without_recaller, without_referrer, without_setting
from lagebild.extract.sharedsubject import pronoun_in_clause, shared_subject
from lagebild.extract.tense import tense_at

# „Foto: Jens Muster“, "Photo: Jane Roe/AP", "(Picture: GCIS)": the credit of the picture a caption describes.
_PHOTO_CREDIT = re.compile(r"(?:^|\(|\.\s)(?:Foto|Fotos|Photo|Photos|Picture|Pictures|Bild|Image)\s*:\s*\S")


def _photo_caption(doc: Doc, sentence: Sentence) -> bool:
    """The sentence, or the one after it in its paragraph, carries a photo credit: a caption."""
    if _PHOTO_CREDIT.search(sentence.text):
        return True
    after = doc.sentences[sentence.index + 1] if sentence.index + 1 < len(doc.sentences) else None
    return after is not None and after.index == sentence.index + 1 and after.block == sentence.block and bool(
        _PHOTO_CREDIT.match(after.text))


def _plan_changed_after(doc: Doc, sentence: Sentence, mention: DateMention) -> bool:
    """A first plan („ursprünglich“, "originally") in the date's clause, and the next sentence of the
    paragraph gives the plan now: the date is one the event no longer has."""
    data = lang_data(doc.language)
    lo, hi = clause_of(mention.start, split_clauses(sentence.text))
    if not re.search(data.ORIGINAL_PLAN, sentence.text[lo:hi].lower()):
        return False
    after = doc.sentences[sentence.index + 1] if sentence.index + 1 < len(doc.sentences) else None
    return after is not None and after.block == sentence.block and bool(re.search(data.PLAN_NOW, after.text.lower()))


def _day_before_writing(text: str, mention: DateMention, tense: int, ref: date | None, guessed_ref: bool,
                        multi: bool, language: str) -> bool:
    """„am Vortag“, "the previous day" (one step back, no count) told in the past with no day told
    before it to count from: counted from the day of writing (a known one) — when it is the sentence's
    only date and counts from no occasion it names („am Vortag des Gipfels“)."""
    return (ref is not None and not guessed_ref and tense < 0 and mention.offset < 0 and not multi
            and lang_data(language).DAY_STEPS.get(mention.text.lower(), 0) < 0
            and not re.match(r"\s+(?:des|der|eines|einer|seines|seiner|ihres|ihrer|von|vor|of|before)\b",
                             text[mention.end:], re.IGNORECASE))


def drafts_for_sentence(doc: Doc, sentence: Sentence, ref: date | None, guessed_ref: bool,
                         previous: Draft | None, known_years: dict[int, int] | None = None,
                         trip: Draft | None = None) -> list[Draft]:
    text = sentence.text
    mentions = date_mentions(sentence, doc.language)
    triggers = find_triggers(text, doc.language)
    data = lang_data(doc.language)
    drafts: list[Draft] = []
    # (a dateline's day is when the report was filed: it splits no clauses off the lead's subject)
    dated = [m for m in mentions if m.kind in DATED and not is_dateline(text, m, sentence.index)]
    multi = len(dated) > 1
    for mention in mentions:
        if is_dateline(text, mention, sentence.index):
            continue  # "DEN HAAG, 8. Januar.": when the report was filed, not an event
        if mention.kind in DATED and reported_by_media(text, mention, doc.language):
            continue  # "…, state media reported on Thursday": when an outlet reported it, not an event
        if mention.kind in DATED and released_statistics(text, mention, doc.language) and not any(
                t.source == STRONG for t in triggers):
            continue  # "inflation rose, data showed on Tuesday": figures released that day, no event
        off = called_off_on(text, mention.start, mention.end, doc.language) if mention.kind in DATED else None
        if off is None and date_called_off(text, mention.start, doc.language):
            continue  # "had been due to sign on Wednesday, but …": the plan that changed, no event then
        if mention.kind in DATED and _plan_changed_after(doc, sentence, mention):
            continue  # „wollten sich ursprünglich am 2. Juni treffen. Das Treffen ist nun für Juli geplant.“
        tense = 1 if postponed_to(text, mention.start, doc.language) else tense_at(text, mention.start, doc.language)
        if targets_a_day(text, mention, doc.language) and (tense >= 0 or told_in_the_present(text, mention)):
            tense = 1  # "has called a rally for Saturday": the rally is still to come
        elif tense >= 0 and past_verb_before(text, mention, doc.language):
            tense = -1  # "announced Monday that Lai would visit": the date is the past verb's own
        elif tense == 0 and mention.kind in DATED and after_an_event(text, mention, doc.language):
            tense = -1  # „liegt auch nach dem Treffen am Donnerstag in der Schublade“: that meeting is past
        elif tense == 0 and mention.kind in DATED and _photo_caption(doc, sentence):
            tense = -1  # „Die Minister am Freitag vor dem Museum. Foto: X“: a picture shows what has happened
        trigger = choose_trigger(mention, triggers, text, doc.language)
        if off is not None:  # "was called off on Monday": the calling off, a past announcement
            trigger, tense = Trigger(off[0], off[1], "announcement", "verb"), -1
        denial = denial_before(text, trigger, doc.language) if trigger is not None else None
        if denial is not None:  # "denied reports that X and Y had spoken": the denial, not the call
            trigger = Trigger(denial[0], denial[1], "statement", "verb")
        unanchored = False
        rough_day: date | None = None  # "less than three weeks after X": about when X was, from the event told
        said_apart = False  # a saying dated only by its time of day, told with its own occasion
        later_in_day = False  # dated by a time of day after an event of that day told before
        deadline = deadline_word(text, mention, doc.language) if mention.kind in DATED else None
        if deadline is not None:  # "the Aug. 1 deadline", "will expire by Aug. 6": the deadline itself
            trigger = Trigger(deadline[0], deadline[1], "other", "verb")
        # „Die Frist endet am 1. August“, „Der Vertrag läuft im Dezember aus“: about a deadline, guessed
        expiring = trigger is None and mention.kind in DATED and deadline_clause(text, mention, doc.language)
        if (expiring or deadline is not None) and tense == 0:
            tense = 1  # a deadline told in the present tense ("expires in December") is still to come
        arranged = tense <= 0 and (arranged_for_later(text, mention, trigger, doc.language) or (
            mention.kind in DATED and in_arranged_infinitive(text, mention, doc.language)))
        if arranged and mention.kind == "month" and not multi:
            # "agreed to meet again in November" (told in March, the agreeing undated: of late): a month
            # arranged for is still to come (not "agreed in January to meet in February": then is that past)
            tense = 1
        elif arranged and tense < 0:
            tense = 0  # "agreed to hold a summit on June 5", „vereinbarten, sich am Freitag zu treffen“
        telling = telling_verb(text, mention, doc.language) if mention.kind in DATED else None
        if telling is not None and trigger is None:
            # "— Mexico's economy minister X, speaking in Monterrey on Sunday": a quote's attribution, said
            trigger, tense = Trigger(telling[0], telling[1], "statement", "verb"), -1
        if telling is not None and trigger is not None and (
                (trigger.kind == "statement" and trigger.end <= mention.start)
                or trigger.start >= mention.end or tells_to_someone(text, telling, doc.language)):
            # "told reporters on Thursday that his government would hold talks next week", "told a news
            # conference on Friday that …": the date is the telling's, past, whatever the content's tense
            tense = -1
            if trigger.start >= mention.end:  # the talks are the content's, told without this date
                trigger = Trigger(telling[0], telling[1], "statement", "verb")
        told_after = telling_after(text, mention, trigger, triggers, doc.language) if mention.kind in DATED else None
        if told_after is not None:  # „Am Donnerstag kündigte Merz Gespräche an“: the announcing's day, past
            trigger, tense = told_after, -1
        elif mention.kind in DATED and telling_right_after(text, mention, doc.language):
            tense = -1  # „In einer Fernsehansprache am Sonntag kündigte X … an“: the announcing's day
        if not_told_as_happening(text, mention, trigger, doc.language):
            continue  # asked about, only demanded, habitual, conditional or repeated: no event told
        if looks_forward(text, mention, doc.language):
            tense = 1  # "looked forward to meeting in July": still to come
        report = report_clause(text, mention.start, doc.language) if mention.kind in DATED else None
        if report is None and mention.kind in DATED:  # "X will meet Y, her office confirmed on Thursday"
            report = trailing_report(text, mention.start, trigger, doc.language)
        if report is not None:  # "…, wie das Außenamt am Mittwoch mitteilte": the date is the report's
            trigger = Trigger(report[2], report[3], "announcement", "verb")  # apart from any meeting that day
        if (trigger is None or trigger.kind in ("statement", "announcement")) and mention.kind in DATED \
                and declined_comment(text, mention, doc.language):
            continue  # "declined to comment on Tuesday", „wollte sich am Dienstag nicht äußern“: nothing said
        if (trigger is None or trigger.source != STRONG) and states_a_level(text, mention, doc.language):
            continue  # "Im Januar war er von 3,1 Prozent ausgegangen", "stood at 58%": a level, no event
        if trigger is None and report is None and mention.kind in DATED and measures_a_figure(
                text, mention, doc.language):
            continue  # "Die Inflation stieg im Februar auf 2,4 Prozent", "shares fell 3% on Monday"
        if trigger is None and report is None and mention.kind in DATED and tells_a_process(
                text, mention, doc.language):
            continue  # "Fighting continued on Monday", "observers began deploying on Saturday": no occurrence
        if mention.kind in DATED and said_in_first_person(text, mention.start, doc.language):
            continue  # "as I told the committee last week": the text's own voice, no news event
        mention = with_known_year(mention, ref, tense, known_years or {})
        if mention.kind == "tripday":
            # "am zweiten Tag seiner Reise": counted from the first day of the trip told.
            if trip is None or not trip.date or len(trip.date) != 10:
                continue
            iso: str | None = (date.fromisoformat(trip.date) + timedelta(days=mention.offset)).isoformat()
        elif mention.kind == "sameday":
            # "Am Nachmittag stand ein Gespräch … an": the day of the event just told; before any
            # event is told, a time of day without a day is the day of writing (§7).
            # A verb of meeting or calling does too ("Am Nachmittag traf X mit Y zusammen"); a verb of saying
            # needs an event noun (what is said at a day part is mostly said at the event told).
            said_apart = trigger is not None and trigger.kind == "statement" and told_at_day_part(
                text, mention, doc.language)
            if not said_apart and (trigger is None or (trigger.source != STRONG and (
                    trigger.kind in ("statement", "announcement") or not times_the_verb(text, mention, trigger)))):
                continue
            # „reist am Freitag nach Hamburg, wo sie am Abend eine Rede hält“: the day told just before in
            # this sentence, not the event of an earlier one
            day_of = next((d for d in reversed(drafts) if d.date and len(d.date) == 10), previous)
            if day_of is not None and day_of.date and not (
                    tense < 0 and ref is not None and not guessed_ref and day_of.date > ref.isoformat()):
                iso = day_of.date  # (a past "am Nachmittag" is no day of a meeting still to come)
                later_in_day = True
            elif (day_of is None or day_of.date) and ref is not None and not guessed_ref:
                iso = ref.isoformat()
            else:
                continue
        elif mention.kind == "later":
            # "einen Tag später reiste er weiter": the day of the event told just before, moved on
            anchor = next((d for d in reversed(drafts) if d.date and len(d.date) == 10), previous)
            day = date.fromisoformat(anchor.date) + timedelta(days=mention.offset) if (
                anchor is not None and anchor.date and len(anchor.date) == 10) else None
            if (day is None or (tense < 0 and ref is not None and day > ref)) and _day_before_writing(
                    text, mention, tense, ref, guessed_ref, multi, doc.language) and ref is not None:
                # „hatten am Vortag telefoniert“ with no day told before it (only a month, or nothing), or
                # after an event still to come (a past act is not counted from a later one): the day
                # before the report's
                day = ref + timedelta(days=mention.offset)
            if day is None or (tense < 0 and ref is not None and day > ref):
                continue  # not datable from here
            iso = day.strftime("%Y-%m") if mention.approx else day.isoformat()
        elif mention.kind in DATED and deadline is None and not_an_event_date(text, mention, doc.language):
            continue  # "through March 13", "bis zum 13. März", "the second shutdown in four months"
        elif mention.kind == "span" and mention.other_event and not mention.approx and any(
                m.start >= mention.end and m.kind in ("date", "weekday", "relday") for m in dated):
            continue  # "comes a day before the summit opens on Wednesday": the summit's own day dates it
        elif mention.kind == "span" and mention.other_event and mention.approx and any(
                d.date and len(d.date) == 10 for d in drafts):
            # "will resume talks on Jan. 15, less than three weeks after X": X about three weeks before the
            # talks told in this sentence (not before the day of writing); the month only, and the day
            # it would be to meet the same event the article dates exactly
            anchor_day = next(d.date for d in reversed(drafts) if d.date and len(d.date) == 10)
            rough_day = date.fromisoformat(anchor_day) + timedelta(days=mention.offset)
            iso = rough_day.strftime("%Y-%m")
        elif mention.kind == "span" and mention.other_event and not mention.approx:
            # "The meeting came two days after X": X's day, counted from the event just told — in this
            # sentence first ("reiste am Dienstag nach Riga, einen Tag nach seinem Treffen mit Y").
            anchor = next((d for d in reversed(drafts) if d.date and len(d.date) == 10), previous)
            if anchor is not None and anchor.date and len(anchor.date) == 10:
                iso = (date.fromisoformat(anchor.date) + timedelta(days=mention.offset)).isoformat()
            elif ref is not None:
                iso = resolve(replace(mention, approx=True), ref, tense)
                unanchored = True  # about when only: the same event dated exactly later takes it
            else:
                continue
        elif mention.kind in DATED:
            iso = resolve(mention, ref, tense) if ref else (
                f"{mention.year:04d}-{mention.month:02d}-{mention.day:02d}"
                if mention.kind == "date" and mention.year and mention.month and mention.day else None)
            if iso is None:
                continue  # no reference date to resolve against: not datable
        elif mention.kind == "vague":
            # Undatable ("im Frühjahr", "later this year"): only an event expected in the same clause.
            if trigger is None or not expected_in_clause(text, mention, trigger, doc.language):
                continue
            iso = None
        else:
            continue
        if trigger is None and mention.kind in ("relday",):
            continue
        kind = trigger.kind if trigger else "other"
        source = trigger.source if trigger else "none"
        scope = other_event_scope(mention, text, doc.language) if mention.kind in DATED else None
        if multi:
            lo, hi = own_clauses(text, mention, dated, trigger)
            span = text[lo:hi]
        else:
            lo, hi, span = 0, len(text), text
        # (of the date's own clauses: "Nächste Woche reist der Außenminister nach X, auch ein Treffen mit
        # Y ist geplant" tells a trip and a meeting)
        words = set(re.findall(r"[\wäöüß]+", span.lower()))
        if source != STRONG and kind in ("statement", "other", "meeting") and words & set(data.MEETING_SUBJECTS) \
                and not (trigger is not None and trigger.travel):  # "reist der Außenminister": a trip
            kind = "meeting"  # "Die Staats- und Regierungschefs haben sich … geeinigt"
        explicit = mention.kind == "date" and mention.year is not None
        hint = mention.direction if mention.kind in ("thismonth", "relday") else (
            (1 if mention.offset > 0 else -1) if mention.kind == "span" else 0)
        draft = Draft(
            date=iso, kind=kind, kind_source=source, status=event_status(iso, ref, tense, doc.language, hint),
            summary=scoped_summary(text, mention, scope) if scope is not None else summary_of(
                text, lo if multi else min(mention.start, trigger.start if trigger else 0),
                hi if multi else max(mention.end, trigger.end if trigger else 0)),
            evidence=text, sentence=sentence.index, block=sentence.block,
            guessed=(guessed_ref and not explicit) or (ref is not None and year_is_unsure(mention, ref, tense))
            or in_subordinate_clause(text, mention, trigger, doc.language) or deadline is not None or expiring,
            place=place_in(doc, span),
            word=text[trigger.start:trigger.end] if trigger is not None and trigger.source == STRONG else "",
            travel=trigger is not None and (trigger.travel or text[trigger.start:trigger.end].lower().endswith(
                lang_data(doc.language).TRIP_NOUNS)),
        )
        if mention.kind in ("date", "weekday"):
            draft.until = last_day(text, mention, iso, ref, tense, doc.language)
        if mention.kind == "sameday" and previous is not None and previous.date == iso and not said_apart \
                and not re.search(r"\d", mention.text) and not (
                    draft.kind == "other" and not draft.travel and previous.kind in ("meeting", "talks", "call")):
            # (a clock time, "um 16 Uhr", says nothing of who: it is only a time of that day; an act of another
            # sort after a call or meeting, „in der Nacht … Drohnenangriffe“, is not its parties' act)
            draft.add(visitors(doc, previous, span))  # the afternoon talk is the same visitor's
        if report is not None:  # who reports, not whom the report is about (no source masking here)
            draft.add(actors_in(doc, text[report[0]:report[1]], sentence.index, event_words(doc.language)))
            draft.reported = text[:report[0]] + " " * (report[1] - report[0]) + text[report[1]:]
        else:
            told = without_content(text, mention, trigger, doc.language)
            told = without_relative_clauses(told, (mention.start, trigger.start) if trigger else (mention.start,),
                                            doc.language)
            # „…, die am 15. Februar tagt“: the body's sitting, not the business of whoever names the body
            told = within_body_meeting(doc, told, text, mention.start, trigger.start if trigger else None,
                                       doc.language)
            # "will visit Japan for a summit with X": X is met there, not on the trip
            told = without_purpose(told, doc.language) if draft.travel else told
            told = without_coordinated_meeting(told, trigger, triggers)
            if multi:  # "spoke to Lutnick on Monday and Greer on Tuesday": each date its own
                eventful = [m for m in dated if not not_an_event_date(text, m, doc.language)]
                others = others_in_clause(text, mention, eventful, trigger)
                told = "".join(" " if inside(i, others) and not c.isspace() else c for i, c in enumerate(told))
            sub = subordinate_scope(text, mention, trigger, data.TEMPORAL_SUBORDINATORS)
            if sub is not None:  # "… before the Board meets on 2 March": the Board's meeting only
                told = "".join(c if sub[0] <= i < sub[1] or c.isspace() else " " for i, c in enumerate(told))
            if trigger is not None and trigger.source == STRONG and told_in_reported_speech(
                    text, trigger, doc.language):
                # "X sagte, um 16 Uhr werde eine Medienkonferenz stattfinden": X only reports it
                told = reported_only(told, trigger, doc.language)
                draft.guessed = True  # known only from hearsay
            if kind == "statement" or said_before(text, mention, doc.language):
                # "told reporters on Monday about his call with X": the day is the telling's, X the call's
                told = without_told_event(told, doc.language, event_words(doc.language))
            # "…, who had spoken with X", „…, nachdem X …“: a clause about someone else names no party
            told = without_other_clauses(told, text, doc.language,  # ("a day after X met Y": the mention's end)
                                         (mention.start, mention.end - 1, *([trigger.start] if trigger else [])))
            if trigger is not None and trigger.source == STRONG and not draft.travel and \
                    trigger.kind not in ("statement", "announcement"):
                # "X referred to the vote", „X hat einen Sondergipfel angekündigt“: X only tells of it
                told = without_referrer(told, text, trigger.start, doc.language, mention.start)
            elif trigger is None:  # "recalling the clashes in May 2025": the date is a recalled thing's
                told = without_recaller(told, text, mention.start, doc.language)
            told = without_setting(doc, told, doc.language, trigger)  # "X, speaking in the Dáil": the house is where
            had = set(draft.participants)
            if trigger is not None:  # „Vor dem Gipfel streiten X und Y“: the act around the phrase is another's
                told = without_time_phrase_outsiders(doc, told, text, trigger.start)
            draft.add(participants_in(doc, told[lo:hi] if multi else told, sentence.index))
            # "X said on Tuesday she had spoken with Y on Monday", "X said afterward that he would travel to
            # Beijing in April": she/he is X, also when the verb of saying with X is blanked as the telling
            taken = pronoun_in_clause(doc, text, told, lo, hi, said_only=not multi)
            if taken is not None:
                lead, alone = taken
                if alone is not None and alone.name != lead.name and alone.name not in had:
                    draft.participants = [n for n in draft.participants if n != alone.name]
                draft.add([lead.name])
            # „Peking leitete am Montag Ermittlungen ein“: the capital's state acts
            where = [mention.start, *([trigger.start] if trigger else [])]
            draft.add(capitals_acting_in(masked(told, doc.language), where, doc.language))
            if len(draft.participants) < 2:  # "Die Delegationen sollen sich … treffen": the sides just named
                draft.add(group_sides(doc, sentence, told[lo:hi] if multi else told))
            if multi and trigger is not None and trigger.start < lo and draft.participants:
                # "X trifft am Montag A, am Mittwoch B": the subject before the verb meets on both days
                draft.add([p.name for p in persons_in(doc, told[:trigger.start])])
            subject = shared_subject(text, lo, triggers, doc.language) if multi else None
            if subject is not None:  # "…, but agreed to meet again in January": the lead's subject meets
                draft.add(participants_in(doc, told[subject[0]:subject[1]], sentence.index))
        draft.speakers = [p.name for p in persons_in(doc, span)]
        if said_apart:
            # "sagte Sørensen am Abend vor den Medien" after his talks: a remark of one who took part in the
            # day's event is part of it (§7.3); only a named speaker who did not is a statement of its own
            if not draft.speakers or (previous is not None and set(draft.speakers) & set(previous.participants)):
                continue
            draft.guessed = draft.guessed or ref is None or iso != ref.isoformat()
            draft.said_apart = True
        elif kind == "statement" and draft.speakers and told_an_outlet(doc, text):
            draft.said_apart = True  # "X told Sky News on Wednesday": joins only an event X took part in
        if sentence.index >= 0 and unnamed_remark(text, mention, trigger, kind, bool(draft.speakers),
                                                  bool(draft.participants), doc.language):
            continue  # "a senior official said on Tuesday": the news passed on, no event of its own
        if trigger is None:
            from_antecedent(doc, sentence, draft)
        draft.counted_from = mention.kind == "span" and mention.other_event
        draft.later_in_day = later_in_day
        if rough_day is not None:
            draft.approx_day = rough_day
        elif mention.kind == "span" and (mention.approx or unanchored) and ref is not None:
            draft.approx_day = ref + timedelta(days=mention.offset)
        drafts.append(draft)
        second = coordinated_meeting(text, trigger, triggers) if not multi and report is None else None
        if second is not None and trigger is not None:  # "nimmt teil und wird dort auch X treffen"
            drafts.append(split_coordinated(doc, sentence, draft, trigger, second[0], second[1], {
                t: event_status(iso, ref, t, doc.language, hint) for t in (-1, 0, 1)}))
    return merge_drafts(drafts)
