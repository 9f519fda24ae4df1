"""The day of a telling (one stage helper of ``events``): when a date belongs to the verb of saying
or announcing that reports something, not to what is reported.

A weekday attached to the reporting verb ("told reporters on Thursday that his government would
…", „Am Donnerstag kündigte Merz Gespräche an“, „hatte am Donnerstag gesagt, man werde …“) dates
the telling: a past statement or announcement.  The future tense of the reported content never
makes the telling a planned event, and an event word inside the content takes none of its date.
"""

from __future__ import annotations

import re

from lagebild.extract.datefind import DateMention, lang_data
from lagebild.extract.doc import Doc
from lagebild.extract.eventdraft import Trigger, clause_of, split_clauses
from lagebild.extract.tense import irregular_past, weak_past

_WORD = re.compile(r"[\wÄÖÜäöüß'’-]+")
# Words a subject between a date and its verb may have ("On Thursday, Prime Minister Anna Berg said").
_MAX_SUBJECT_WORDS = 5


def telling_verb(text: str, mention: DateMention, language: str) -> tuple[int, int] | None:
    """Where the past verb of saying stands that a later date in its clause belongs to ("told reporters
    in Brussels on Friday that …", "said in an interview on Friday that …"), if any."""
    lo = clause_of(mention.start, split_clauses(text))[0]
    found = list(re.finditer(r"[\wäöüß]+", text[lo:mention.start]))
    data = lang_data(language)
    said = [i for i, m in enumerate(found) if m.group(0).lower() in data.SPEECH_PAST | data.SPEAKING_PARTICIPLES]
    # "said he would speak with X on Thursday", "said that talks would resume on Friday": a date after
    # the reported content has begun is the content's
    if not said or {m.group(0).lower() for m in found[said[-1] + 1:]} & data.CONTENT_AFTER_SAYING:
        return None
    verb = found[said[-1]]
    return lo + verb.start(), lo + verb.end()


def tells_to_someone(text: str, verb: tuple[int, int], language: str) -> bool:
    """A verb of telling whose object is the audience ("told reporters", "told a news conference"), or
    one followed by its occasion ("said in an interview"): what stands between it and the date is the
    telling's own circumstance, not reported content."""
    data = lang_data(language)
    if text[verb[0]:verb[1]].lower() in data.TELLING_TO:
        return True
    after = re.match(r"\s*([\wäöüß]+)", text[verb[1]:])
    return after is not None and after.group(1).lower() in data.OCCASION_PREPOSITIONS


def telling_after(text: str, mention: DateMention, trigger: Trigger | None, triggers: list[Trigger],
                  language: str) -> Trigger | None:
    """The past verb of saying or announcing right after a date, before the event word chosen for it
    („Am Donnerstag kündigte Merz Gespräche an“, "On Thursday, Anna Berg said her government would hold
    talks", „hatte am Donnerstag gesagt, man werde … verhandeln“): the date is that verb's.  With no event
    word at all (``trigger`` None), a perfect verb group of saying around the date does the same."""
    if trigger is not None and trigger.start < mention.end:
        return None
    clauses = split_clauses(text)
    lo, hi = clause_of(mention.start, clauses)
    if len(_WORD.findall(text[lo:mention.start] + text[mention.end:hi])) <= 1:
        hi = clause_of(hi, clauses)[1] or hi  # "On Thursday, Anna Berg said …": the clause goes on
    data = lang_data(language)
    # (with no event word at all, only a perfect verb group of saying closing the clause dates a telling:
    # „Sie hatte am Montag in Berlin erklärt, der Landesverband entscheide selbst“)
    for verb in _WORD.finditer(text, mention.end, min(hi, trigger.start) if trigger is not None else hi):
        between = _WORD.findall(text[mention.end:verb.start()])
        if len(between) > _MAX_SUBJECT_WORDS or {w.lower() for w in between} & data.CONTENT_AFTER_SAYING:
            return None
        word = verb.group(0)
        told = next((t for t in triggers if t.start == verb.start() and t.source != "noun"
                     and t.kind in ("statement", "announcement")), None)
        if told is None and word.lower() in data.REPORTED_CUES:  # „Am Montag teilte das Amt mit, …“
            told = Trigger(verb.start(), verb.end(), "statement", "verb")
        if told is not None and trigger is not None and _past(word, language):
            return Trigger(verb.start(), verb.end(), told.kind, "verb")
        participle = data.SPEECH_PARTICIPLES.get(word.lower())
        if participle is not None and set(w.lower() for w in _WORD.findall(text[lo:mention.start])) \
                & data.PERFECT_AUXILIARIES:
            return Trigger(verb.start(), verb.end(), participle, "verb")  # „hatte am Donnerstag gesagt“
    return None


def told_at_day_part(text: str, mention: DateMention, language: str) -> bool:
    """A past verb of saying dated only by a time of day and told with its own occasion ("sagte am
    Abend im Staatsfernsehen", „sagte am Nachmittag vor Journalisten in Moskau“): the telling is
    dated on its own (CONVENTIONS §7) unless that occasion is an event told ("nach dem Treffen")."""
    if telling_verb(text, mention, language) is None:
        return False
    data = lang_data(language)
    after = re.match(r"\s*([\wäöüß]+)", text[mention.end:])
    if after is None or after.group(1).lower() not in data.OCCASION_PREPOSITIONS:
        return False
    lo, hi = clause_of(mention.start, split_clauses(text))
    return not re.search(data.AT_EVENT, text[lo:min(hi, len(text))], re.IGNORECASE)


def telling_right_after(text: str, mention: DateMention, language: str) -> bool:
    """A past verb of saying or announcing right after the date („In einer Fernsehansprache am Sonntag
    kündigte X Wahlen an“): the date is that verb's too, in the past, whatever the announced content."""
    verb = re.match(r"\s*([\wÄÖÜäöüß]+)", text[mention.end:])
    if verb is None:
        return False
    word = verb.group(1)
    data = lang_data(language)
    return (word.lower() in data.SPEECH_PAST or word.lower() in data.REPORTED_CUES
            or word.lower() in data.ANNOUNCING_PAST) and _past(word, language)


def _past(word: str, language: str) -> bool:
    data = lang_data(language)
    low = word.lower()
    return (low in data.SPEECH_PAST or low in data.PAST_CUES or low in data.ANNOUNCING_PAST
            or weak_past(word, language) or irregular_past(word, language))


# The words that make an outlet the one told ("told Sky News", "speaking to the BBC", „sagte der ‚Zeit‘“,
# „im Interview mit dem ORF“); up to three words (its kind: "the state news agency") may stand between.
_TO_OUTLET = {
    "en": r"\b(?:told|telling|tells|speaking\s+to|spoke\s+to|(?:an\s+)?interview\s+with)\s+(?:the\s+)?"
          r"(?:[\w-]+\s+){0,3}$",
    "de": r"\b(?:sagte|sagt|erklärte|erklärt|gegenüber|Interview\s+mit|Gespräch\s+mit)\s+(?:der|dem|den|des)?\s*"
          r"[„\"»]?(?:[\w-]+\s+){0,3}[„\"»]?$",
}


def told_an_outlet(doc: Doc, text: str) -> bool:
    """The sentence tells what someone told an outlet the article cites ("X told Sky News on Wednesday
    night", "Speaking to the BBC last night, X said"): an interview given apart, not a remark made at
    the day's meeting (§7.1, §7.3)."""
    pattern = _TO_OUTLET.get(doc.language)
    if pattern is None:
        return False
    for source in doc.sources:
        at = text.find(source.name)
        if at > 0 and re.search(pattern, text[max(0, at - 60):at], re.IGNORECASE):
            return True
    return False
