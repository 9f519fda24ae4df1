"""Which event words of an undated sentence name an event of their own (one job of ``undated``).

Not events of their own (CONVENTIONS §7): statements and announcements (only when dated, or in
the headline: the main news); what is negated ("kein Treffen", "did not meet"), only asked for,
offered, hoped for or weighed ("drängt auf ein Treffen", "calls for talks"), conditional or
habitual ("wenn", "regular meetings"); words inside quotations and stamps.  Also the shape of an
event noun's own phrase: definite ("das Gespräch", "des dreitägigen Besuchs") or indefinite
("eine Sitzung"), which says whether it points back to an event told or names a new one.
"""

from __future__ import annotations

import re

from lagebild.extract.datefind import find_dates, inside, lang_data, quote_spans
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.eventcancel import event_cancelled
from lagebild.extract.eventdoubt import (
    asked_about,
    counterfactual,
    denial_before,
    judged_only,
    modifies_a_noun,
    not_done,
    only_if,
    outside_assertion,
    repeated,
    said_in_first_person,
)
from lagebild.extract.eventdraft import (
    STRONG,
    Trigger,
    clause_of,
    find_triggers,
    has_preposition,
    participants_in,
    split_clauses,
)
from lagebild.extract.lang import doubt
from lagebild.extract.personrefs import persons_in
from lagebild.extract.stamps import stamp_spans

_WORDS = re.compile(r"[\wÄÖÜäöüß'’-]+")


def words_of(text: str) -> list[str]:
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
    if word.lower() in data.MEETING_VERBS_NEED_PARTNER and not set(words_of(text[lo:hi])) & data.MEETING_PARTNER_CUES \
            and not re.match(r"\s+[A-ZÄÖÜ]", text[trigger.end:]) \
            and not persons_in(doc, text[lo:hi]) and not participants_in(doc, text[lo:hi], _index_of(doc, text)):
        return False  # „Die Zölle würden kleinere Modelle treffen“: nobody met, a thing hit
    if said_in_first_person(text, trigger.start, doc.language):
        return False  # „wie ich vergangene Woche im Ausschuss gesagt habe“: the text's own voice
    if _writers_talk(doc, text):
        return False  # „Darüber haben wir mit X gesprochen“: the interview itself, no news event
    if _counted_over_a_stretch(text[lo:hi], doc.language):
        return False  # "Attacks killed 46 soldiers in February alone": acts counted, no one occurrence
    if re.search(data.DURATIONS, text[lo:hi]):
        return False  # "verhandelten während neun Monaten": a process, not one occurrence
    clause = words_of(text[lo:hi]) + words_of(text[max(0, trigger.start - 60):trigger.start])
    if re.search(data.PROCESS_SINCE, text[lo:hi]) and not set(clause) & data.FIRST_SINCE:
        return False  # "verhandelt seit 2019 mit …": a process, not one occurrence
    if re.search(data.PAST_PLAN, text[lo:hi], re.I):
        return False  # "The talks had been set for Saturday": a plan given up, no occurrence told
    if trigger.source != STRONG and set(words_of(text[lo:hi])) & data.REPORTED_PLAN_VERBS:
        return False  # „Österreich werde der Verlängerung zustimmen“: hearsay of an intention, no event told
    if set(words_of(text[lo:hi])) & doubt.HYPOTHETICAL_MODALS.get(doc.language, frozenset()) and set(
            words_of(text)) & doubt.CONDITIONS.get(doc.language, frozenset()):
        return False  # „würde Kalns treffen, wenn er sie einlädt“: only if; no event told
    if set(clause) & data.INTENT_CUES:
        return False  # "drängt auf ein Treffen", "betont die Notwendigkeit, Verhandlungen …"
    if outside_assertion(text, trigger.start, doc.language):
        return False  # "whoever met him knows", „hat nie behauptet, dass ein Treffen …“: none told
    if only_if(text, trigger, doc.language):
        return False  # "Should talks between X and Y fail, …", "If talks resume, …": only if
    if not_done(text, trigger, doc.language):
        return False  # "registered to vote", "refused to meet X", „das Recht auf Wahlen“: none told
    if modifies_a_noun(text, trigger, doc.language):
        return False  # "China attended as a dialogue partner", "the election campaign": a thing, no occurrence
    if judged_only(text, trigger, doc.language):
        return False  # "A meeting between X and Y is unlikely", "Any talks must include Ukraine": only weighed
    if counterfactual(text, trigger.start, doc.language):
        return False  # „Eigentlich sollte der Vertrag längst unterzeichnet sein“: it has not happened
    if asked_about(text, trigger.start, doc.language) or repeated(text, trigger.start, doc.language) or (
            trigger.kind not in ("statement", "announcement") and denial_before(text, trigger, doc.language)):
        return False  # "Ob es ein Treffen gibt, ist offen", "has met Xi six times", "denies call": none told
    before = words_of(text[max(lo, trigger.start - 80):trigger.start])[-8:]
    after = words_of(text[trigger.end:hi])[:4]
    if trigger.source == STRONG and word.lower().endswith(doubt.GENERIC_PLURAL_ACTS.get(doc.language, ())) \
            and not set(before[-3:]) & (data.DEFINITE - data.POSSESSIVES):
        return False  # "bei russischen Angriffen zerstört", "evidence of attacks planned": acts in general
    if _many_or_earlier(before, doc.language) or (trigger.source != STRONG and any(
            t.source == STRONG and t.start < hi and _many_or_earlier(
                words_of(text[max(0, t.start - 80):t.start])[-8:], doc.language) for t in find_triggers(
                text, doc.language))):
        return False  # "at previous summits", „von zahlreichen Gipfeln“, "such visits": no one occurrence (nor
        # the verb of its clause: "met him at previous summits")
    if event_cancelled(text, trigger.start, doc.language):
        return False  # "the meeting was called off", "Das Treffen wurde abgesagt"
    if set(before) & data.NEGATIONS:
        return False  # "kein Treffen", "no meeting", "ohne Gespräche", "has not announced the talks"
    if doc.language == "de" and trigger.source != STRONG and before and before[-1] in data.DEFINITE | data.ARTICLES \
            and re.match(r"\s+[A-ZÄÖÜ]", text[trigger.end:]):
        return False  # "das unterzeichnete Dokument": a participle used as an adjective
    if doc.language == "en" and trigger.source != STRONG and before and before[-1] in data.DEFINITE | data.ARTICLES \
            and word.lower().endswith("ed"):
        return False  # "a convicted spy", "the signed accord": a participle used as an adjective
    if trigger.source != STRONG and set(after) & data.NEGATIONS:
        return False  # "traf ihn nicht", "did not meet"
    if trigger.source == STRONG and set(words_of(text[trigger.end:hi])) & data.NEGATIONS_AFTER:
        return False  # "Ein Treffen gab es nicht", "the meeting did not take place"
    return not (doc.language == "en" and trigger.source == STRONG and re.match(
        r"\s+(?:on|for|it|him|her|them)\b", text[trigger.end:]))  # "call on", "call for"


# German articles fused with a preposition: a determiner as much as „dem“ („beim früheren Treffen“).
_FUSED = frozenset({"beim", "im", "zum", "zur", "vom", "am", "ins"})


def _many_or_earlier(before: list[str], language: str) -> bool:
    """The event noun is told as many ("many summits", „zahlreiche Gipfel“), or as earlier ones or ones of a
    sort without a determiner ("at previous summits", „bei früheren Treffen“, "such visits"): acts in general,
    no one occurrence.  Not "the most recent previous meeting", "the first such meeting", „bei einem früheren
    Treffen“: a determiner or an ordinal before the adjective singles one out.  ``before``: the lower-cased
    words before the noun; the adjective stands among the last two."""
    data = lang_data(language)
    many = doubt.MANY_OCCURRENCES.get(language, frozenset())
    earlier = doubt.EARLIER_OCCURRENCES.get(language, frozenset())
    singled = data.DEFINITE | data.ARTICLES | data.POSSESSIVES | _FUSED | doubt.SINGLING_OUT.get(language, frozenset())
    for i in range(max(0, len(before) - 2), len(before)):
        if before[i] in many:
            return True
        if before[i] in earlier and not set(before[max(0, i - 3):i]) & singled:
            return True
    return False


def _writers_talk(doc: Doc, text: str) -> bool:
    """The sentence tells, in the first person outside quotations, the writer's own conversation (its
    undated event words are that conversation's: „…, Vorsitzende des Wirtschaftsausschusses“); not in a
    paragraph of an interview's answers, which opens on the speaker's label („Lohse: Wir haben …“)."""
    found = re.search(lang_data(doc.language).WRITERS_TALK, text, re.IGNORECASE if doc.language == "de" else 0)
    if found is None or inside(found.start(), quote_spans(text)):
        return False
    sentence = next((s for s in doc.sentences if s.text == text), None)
    opening = next((s for s in doc.sentences if sentence is not None and s.block == sentence.block), None)
    return opening is not None and not re.match(r"[\wÄÖÜäöüß.’'-]+(?:\s+[\wÄÖÜäöüß.’'-]+)?\s*:", opening.text)


def _counted_over_a_stretch(clause: str, language: str) -> bool:
    before, after = lang_data(language).PERIOD_COUNTED
    if not re.search(r"(?i)\b(?:alone|allein)\b", clause):
        return False  # (most clauses: no need to find their dates)
    return any(re.search(before, clause[max(0, d.start - 12):d.start], re.IGNORECASE) or re.match(after, clause[d.end:])
               for d in find_dates(clause, language))


def _index_of(doc: Doc, text: str) -> int:
    return next((s.index for s in doc.sentences if s.text == text), -1)


def definite_bare(text: str, trigger: Trigger, language: str) -> bool:
    """'das Gespräch', 'the talks', 'dem Treffen': a plain event noun after a definite article."""
    word = text[trigger.start:trigger.end]
    if "-" in word:
        return False
    before = words_of(text[max(0, trigger.start - 20):trigger.start])
    return bool(before) and before[-1] in lang_data(language).DEFINITE


def definite_described(text: str, trigger: Trigger, language: str) -> bool:
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
    return any(t.source == STRONG and not definite_bare(sentence.text, t, doc.language) and indefinite(
        sentence.text, t) for t in usable_triggers(doc, sentence))


def indefinite(text: str, trigger: Trigger) -> bool:
    """The event noun comes with an indefinite article ("a vote", „eine Sitzung“): a new one."""
    return bool(re.search(r"(?i)\b(?:ein|eine|einer|einem|einen|eines|a|an)\s+(?:\w+\s+){0,2}$",
                          text[max(0, trigger.start - 40):trigger.start]))
