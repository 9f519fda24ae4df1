"""Events a sentence names but does not tell as happening (one stage helper of ``events`` and
``undated``).

CONVENTIONS §7: what is only asked about, demanded or proposed, habitual or repeated is no
event; nor is what only happens if something else does.  Each test here takes a position in
a sentence (a date or an event word) and says whether it lies in such a stretch:

- a question, direct ("Werden Sie sich mit ihm treffen?") or indirect („Ob das Treffen am
  Freitag stattfindet, ist offen“, "It is unclear when the talks will resume");
- a day named as a habit („tagt jeden Dienstag“, "meets every Monday");
- the date of an event that is only demanded („Die SPD fordert ein Treffen am Freitag“,
  "calls for talks on Friday");
- a conditional clause that tells no event of its own words („Sollte es am Donnerstag keine
  Einigung geben“, "If Congress votes on Friday");
- a state told with a copula and no event word, or a day named as an anniversary („Die
  Regierung ist seit März 2025 im Amt“, "Friday marks the 80th anniversary of …");
- a count of repetitions, undated ("has met Xi six times since 2017", „traf ihn mehrfach“);
- a date that bounds a stretch of time: where a state begins („müssten ab April Programme gestoppt
  werden“), an upper bound ("within 30 days") or an open end („über den 6. Januar hinaus“).

``looks_forward`` says when a past verb of looking forward makes the date still to come.
The words are data per language in ``lang/doubt.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lagebild.extract.datefind import DateMention, inside, lang_data, quote_spans
from lagebild.extract.eventdraft import STRONG, Trigger, clause_of, find_triggers, split_clauses
from lagebild.extract.lang import doubt
from lagebild.extract.tense import irregular_past, weak_past

_WORD = re.compile(r"[\wÄÖÜäöüß'’-]+")


@lru_cache(maxsize=4)
def _scopes(language: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in doubt.QUESTION_SCOPES.get(language, ()))


def _question(text: str) -> bool:
    """A direct question: the sentence ends in a question mark (a closing quotation mark aside)."""
    return text.rstrip().rstrip("\"'“”«»‘’").endswith("?")


def asked_about(text: str, pos: int, language: str) -> bool:
    """Whether ``pos`` lies in a direct or indirect question of ``text``."""
    if _question(text):
        return True
    return any(m.start() <= pos < m.end() for rx in _scopes(language) for m in rx.finditer(text))


def habitual_day(text: str, mention: DateMention, language: str) -> bool:
    """„jeden Dienstag“, "every Monday": a day named as a habit dates no one occurrence."""
    pattern = doubt.HABITUAL_BEFORE_DATE.get(language)
    if pattern is None:
        return False
    if re.search(pattern, text[max(0, mention.start - 16):mention.start], re.IGNORECASE):
        return True
    return language == "en" and bool(re.fullmatch(r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days",
                                                  mention.text.strip()))


def demanded_date(text: str, mention: DateMention, trigger: Trigger | None, language: str) -> bool:
    """Whether the date is that of an event only demanded or proposed: the date follows the event
    noun a verb of demanding governs, with nothing but the noun phrase between („fordert ein
    Treffen des Koalitionsausschusses am Freitag“)."""
    if trigger is None or trigger.source != STRONG or trigger.end > mention.start:
        return False
    if re.search(r"[,;:]|\s[–—]\s", text[trigger.end:mention.start]) or len(
            _WORD.findall(text[trigger.end:mention.start])) > 6:
        return False
    lo = clause_of(trigger.start, split_clauses(text))[0]
    before = [w.lower() for w in _WORD.findall(text[lo:trigger.start])][-6:]
    verbs = doubt.DEMAND_VERBS.get(language, frozenset())
    if not set(before) & verbs:
        return False
    # "called on Friday for talks": a date between the verb and the noun is the demand's own
    last_verb = max(i for i, w in enumerate(before) if w in verbs)
    return not any(re.search(r"\d", w) for w in before[last_verb:])


def conditional(text: str, mention: DateMention, trigger: Trigger | None, language: str) -> bool:
    """Whether the date lies in a clause that opens with a conditional word and tells no event of
    its own noun („Sollte es am Donnerstag keine Einigung geben“, "If the Senate votes on Friday")."""
    openers = doubt.CONDITIONAL_OPENERS.get(language, frozenset())
    lo, hi = clause_of(mention.start, split_clauses(text))
    words = [w.lower() for w in _WORD.findall(text[lo:hi])]
    if not words or words[0] not in openers:
        return False
    if trigger is not None and not lo <= trigger.start < hi:
        return False  # the date's event is told in another clause
    if trigger is None or trigger.source != STRONG:
        return True  # "If Congress votes on Friday": the verb only happens if
    return bool(set(words) & lang_data(language).NEGATIONS)  # "Sollte es … keine Einigung geben"


def only_possible(text: str, mention: DateMention, trigger: Trigger | None, language: str) -> bool:
    """Whether the date lies in a clause whose verb only speaks of a possibility and that has no event
    noun of its own („Bewegung könnte es am Freitag geben“, "A breakthrough could come on Friday"); not
    a sentence that names its event by a pronoun („Damit ist der Weg frei für die Entscheidung. Diese
    könnte noch Freitag erfolgen“: the decision, planned)."""
    first = _WORD.findall(text)[:1]
    if first and first[0].lower() in lang_data(language).POINTING_BACK:
        return False
    lo, hi = clause_of(mention.start, split_clauses(text))
    if trigger is not None and trigger.source == STRONG and lo <= trigger.start < hi and not re.search(
            doubt.EXISTENTIAL.get(language, r"(?!)"), text[lo:hi]):
        return False  # „Das Treffen könnte am Freitag stattfinden“: a meeting, planned
    # A content clause opened without a comma belongs to the verb before it: "warned on Monday that
    # Russia could attack" dates the warning, and only what was warned of is a possibility.
    openers = doubt.CONTENT_OPENERS.get(language, frozenset())
    for word in _WORD.finditer(text, lo, hi):
        if word.group(0).lower() in openers:
            if word.start() < mention.start:
                lo = word.start()
            else:
                hi = word.start()
                break
    return bool({w.lower() for w in _WORD.findall(text[lo:hi])} & doubt.POSSIBILITY_VERBS.get(language, frozenset()))


def counterfactual(text: str, pos: int, language: str) -> bool:
    """The clause of ``pos`` tells what should have happened and has not („Eigentlich sollte der Vertrag
    längst unterzeichnet sein“, "the treaty should have been signed in March"): no occurrence told."""
    pattern = doubt.COUNTERFACTUAL.get(language)
    if pattern is None:
        return False
    lo, hi = clause_of(pos, split_clauses(text))
    if re.search(pattern, text[lo:hi], re.IGNORECASE):
        return True
    wished = doubt.WISHED.get(language)  # „Ich hätte mir gewünscht, dass er … reist“: only wished
    return wished is not None and re.search(wished, text[:pos], re.IGNORECASE) is not None


def said_in_first_person(text: str, pos: int, language: str) -> bool:
    """The clause of ``pos`` tells, outside quotation marks, what the text's own voice said ("as I told the
    committee last week", „wie ich vergangene Woche im Ausschuss gesagt habe“): an interview's answer or the
    writer's own words recalled; neither the saying nor an event word beside it is news told."""
    pattern = doubt.FIRST_PERSON_SAYING.get(language)
    if pattern is None:
        return False
    lo, hi = clause_of(pos, split_clauses(text))
    spans = quote_spans(text)
    return any(not inside(lo + m.start(), spans) for m in re.finditer(
        pattern, text[lo:hi], re.IGNORECASE if language == "de" else 0))


def repeated(text: str, pos: int, language: str) -> bool:
    """A count of repetitions in the verb phrase of ``pos`` ("has met Xi six times since 2017"; not
    „hatte sich mehrfach geäußert und im November Sanktionen verhängt“: the second verb phrase is one
    act).  Only for an undated event: a date names one occurrence of a repeated act."""
    pattern = doubt.REPEATED.get(language)
    if pattern is None:
        return False
    lo, hi = clause_of(pos, split_clauses(text))
    for joint in re.finditer(r"\s(?:und|and|sowie|but|aber)\s", text[:hi]):
        if joint.start() < lo:
            continue
        if joint.end() <= pos:
            lo = joint.end()
        else:
            hi = joint.start()
            break
    quotes = quote_spans(text)
    return any(not inside(m.start(), quotes) for m in re.finditer(pattern, text[lo:hi], re.IGNORECASE))


def _verb_like(word: str, language: str) -> bool:
    """A word that may be the clause's own verb besides a copula (a past form, a participle)."""
    low = word.lower()
    data = lang_data(language)
    if low in data.PAST_CUES or low in data.SPEECH_PAST or low in data.FUTURE_CUES or low in data.EVENT_VERBS:
        return True
    if weak_past(word, language) or irregular_past(word, language):
        return True
    if language == "de":
        return word[:1].islower() and bool(re.fullmatch(r"\w*ge\w{2,}(?:t|en)", low))  # „gestiegen“
    return low.endswith(("ed", "ing")) and len(low) > 4  # "soured", "resigned", "after insisting"


def tells_a_state(text: str, mention: DateMention, trigger: Trigger | None, language: str) -> bool:
    """A dated clause with no event word whose only verb is a copula („Die Regierung ist seit März 2025
    im Amt“, "In February, the mood in the coalition was bleak"), or a day named as an anniversary
    ("Friday marks the 80th anniversary of …"; not "a conference on Thursday marks the anniversary")."""
    clauses = split_clauses(text)
    lo, hi = clause_of(mention.start, clauses)
    if len(_WORD.findall(text[lo:mention.start] + text[mention.end:hi])) <= 2:
        hi = clause_of(hi, clauses)[1] or hi  # "In February, the mood was bleak": the clause goes on
    anniversary = doubt.ANNIVERSARY.get(language)
    if anniversary is not None and (trigger is None or trigger.source != STRONG or not lo <= trigger.start < hi) \
            and re.search(anniversary, text[lo:hi]):
        return True
    if re.search(doubt.ANNIVERSARY_VERB[language], text[lo:hi]):
        return True  # „Am 24. Februar jährt sich der Angriff“: the attack's day is another year's
    if trigger is None and in_force(text, mention, language):
        return True
    if trigger is not None:
        return False
    words = [m.group(0) for m in _WORD.finditer(text, lo, hi) if not mention.start <= m.start() < mention.end]
    copulas = doubt.COPULAS.get(language, frozenset())
    return any(w.lower() in copulas for w in words) and not any(
        _verb_like(w, language) for w in words if w.lower() not in copulas)


def in_force(text: str, mention: DateMention, language: str) -> bool:
    """A clause about rules that apply or take effect („Die Zölle gelten ab dem 1. April“, "The law
    takes effect on July 1", "in place since March 4"), or one that counts a state from a day on („Seit
    Montag herrscht …“), without a ceasefire (whose start is an event): no occurrence told."""
    lo, hi = clause_of(mention.start, split_clauses(text))
    clause = text[lo:hi]
    if re.search(doubt.CEASEFIRE_WORDS[language], clause):
        return False
    if re.search(doubt.IN_FORCE[language], clause):
        return True
    # right before the date: „seit dem 1. Januar“, "since March 4" (not „seit dem Grenzkrieg im Juni“)
    before = [w.lower() for w in _WORD.findall(text[lo:mention.start]) if w.lower() not in ("dem", "the")][-1:]
    return bool(set(before) & doubt.SINCE_WORDS[language])


_SPAN_LEAD = frozenset({"dem", "den", "the", "anfang", "mitte", "ende", "early", "mid", "late"})


def bounds_a_span(text: str, mention: DateMention, trigger: Trigger | None, language: str) -> bool:
    """Whether the date is a bound of a stretch of time, not the day of an occurrence: the start of a
    state („Unternehmen ab Februar dem Zollrecht zu unterstellen“: no event noun in the date's clause;
    "talks will be held from February 15" and "runs from Monday to Wednesday" give an event's first day),
    an upper bound ("within 30 days", „binnen 30 Tagen“) or an open end („eine Verlängerung über den 6. Januar
    hinaus“, "beyond Jan. 6")."""
    before = [w.lower() for w in _WORD.findall(text[max(0, mention.start - 30):mention.start])]
    while before and before[-1] in _SPAN_LEAD:
        before.pop()
    # (the date finder may take the preposition into the date: "ab Februar")
    lead = [w.lower() for w in _WORD.findall(mention.text)[:1]] or before[-1:]
    starts = doubt.SPAN_START_BEFORE.get(language, frozenset())
    lo, hi = clause_of(mention.start, split_clauses(text))
    ranged = re.match(r"\s*(?:to|until|till|through|bis|[–-])\s", text[mention.end:]) is not None or re.search(
        r"\d(?:st|nd|rd|th|\.)?\s*(?:to|and|bis|[–-])\s*(?:the\s+)?\d", mention.text) is not None  # "from 8 to 10 May"
    if (set(lead) & starts or set(before[-1:]) & starts) and not ranged and not (
            trigger is not None and trigger.source == STRONG and lo <= trigger.start < hi):
        return True
    if mention.kind == "span" and set(lead) & doubt.SPAN_WITHIN.get(language, frozenset()):
        return True  # "agreed to exchange data within 30 days": by when at the latest, not when
    beyond = doubt.SPAN_BEYOND.get(language)
    if beyond is None or not re.search(beyond[0], text[max(0, mention.start - 20):mention.start], re.IGNORECASE):
        return False
    return not beyond[1] or re.match(beyond[1], text[mention.end:]) is not None


def outside_assertion(text: str, pos: int, language: str) -> bool:
    """Whether ``pos`` lies where the sentence asserts no occurrence: in a free relative clause of anyone
    („und wer in dieser Woche nach Den Haag geschaut hat, ahnt …“, "whoever met him knows") or in what a
    negated verb of saying reports („Washington hat nie behauptet, dass am Anfang ein Ministertreffen
    steht“, "has never said that talks would …")."""
    clauses = split_clauses(text)
    lo, _hi = clause_of(pos, clauses)
    words = [w.lower() for w in _WORD.findall(text[lo:pos + 1])]
    if words and words[0] in doubt.CLAUSE_LINKS.get(language, frozenset()):
        words = words[1:]
    generic = doubt.GENERIC_OPENERS.get(language, frozenset())
    if words and (words[0] in generic or " ".join(words[:2]) in generic):
        return True
    claim = doubt.NEGATED_CLAIM.get(language)
    openers = doubt.CONTENT_OPENERS.get(language, frozenset())
    opener = next((m for m in reversed(list(_WORD.finditer(text, lo, pos))) if m.group(0).lower() in openers), None)
    if claim is None or opener is None:
        return False
    # („…, dass …“ opens a comma clause of its own: the claim ends the clause before; "never said that …" not)
    head = clause_of(lo - 1, clauses)[0] if lo > 0 and not text[lo:opener.start()].strip() else lo
    return re.search(claim, text[head:opener.start()]) is not None


def not_told_as_happening(text: str, mention: DateMention, trigger: Trigger | None, language: str) -> bool:
    """A dated mention whose event the sentence does not tell as happening (see the module doc)."""
    at = trigger.start if trigger is not None else mention.start
    if mention.kind == "vague":  # „Ich hoffe, dass wir im Herbst abstimmen können“: only hoped for
        lo, hi = clause_of(mention.start, split_clauses(text))
        lo = min(lo, clause_of(at, split_clauses(text))[0])
        if {w.lower() for w in _WORD.findall(text[lo:hi])} & lang_data(language).INTENT_CUES:
            return True
    return (asked_about(text, mention.start, language) or asked_about(text, at, language)
            or habitual_day(text, mention, language) or demanded_date(text, mention, trigger, language)
            or conditional(text, mention, trigger, language) or only_possible(text, mention, trigger, language)
            or tells_a_state(text, mention, trigger, language) or counterfactual(text, at, language)
            or bounds_a_span(text, mention, trigger, language) or outside_assertion(text, mention.start, language)
            or (trigger is not None and outside_assertion(text, trigger.start, language)))


def tells_no_occurrence(text: str, language: str) -> bool:
    """Whether every event word of an undated sentence lies in a question or a repeated act: the
    sentence then adds no one to an event told before ("Macron has met Xi six times since 2017"
    after his trip)."""
    triggers = find_triggers(text, language)
    return bool(triggers) and all(asked_about(text, t.start, language) or repeated(text, t.start, language)
                                  for t in triggers)


def restates_event(text: str, trigger: Trigger, language: str) -> bool:
    """Whether an undated event noun only goes on about the event just told („Es war das erste Treffen
    der beiden seit …“, "Criticism of the visit came from …"): no new event, and whoever reacts to
    it takes no part."""
    if trigger.source != STRONG:
        return False
    before = text[:trigger.start]
    return any(re.search(p, before) for p in doubt.RESTATING_BEFORE.get(language, ()))


def at_that_time(text: str, language: str) -> bool:
    """The sentence opens on the time of the event just told („Damals …“, "At the time, …")."""
    pattern = doubt.AT_THAT_TIME.get(language)
    return pattern is not None and re.match(pattern, text) is not None


def at_the_event(text: str, language: str) -> bool:
    """The sentence opens on the event just told as its occasion („Dabei …“, „Bei dem Treffen …“, "During
    the visit, …") and places its act at no earlier time („Dabei hatten sie sich zuletzt …“)."""
    pattern = doubt.AT_THE_EVENT.get(language)
    return pattern is not None and re.match(pattern, text) is not None and not told_as_earlier(text, language)


def judged_only(text: str, trigger: Trigger, language: str) -> bool:
    """An event noun after „jegliche“/"any" (any occurrence at all: "Any talks must include Ukraine"), or
    after an indefinite article or bare at its clause's start as the subject of a judgement of how likely it
    is, what it is worth or would be („Ein Treffen zwischen X und Y gilt als unwahrscheinlich“, "Talks are the
    only way forward", "A summit would be a breakthrough"), or the indefinite complement of a noun of
    possibility, proposal, hope or condition („die Möglichkeit eines Treffens“, "hopes for talks"): weighed,
    no occurrence told (CONVENTIONS §7.4: a meeting only proposed or named as a topic)."""
    if trigger.source != STRONG:
        return False
    before = [w.lower() for w in _WORD.findall(text[max(0, trigger.start - 40):trigger.start])][-2:]
    if set(before) & doubt.ANY_OCCURRENCE.get(language, frozenset()):
        return True
    weighed = doubt.WEIGHED_BEFORE.get(language)
    if weighed is not None and re.search(weighed, text[max(0, trigger.start - 80):trigger.start]):
        return True  # „die Möglichkeit eines Treffens“, "hopes for talks": only weighed or hoped for
    pattern = doubt.JUDGED_AFTER.get(language)
    lo, hi = clause_of(trigger.start, split_clauses(text))
    # (a subject: after an indefinite article, or the clause's first word: "Talks are the only way")
    if pattern is None or not (set(before) & lang_data(language).ARTICLES or not text[lo:trigger.start].strip(
            " \"'„“”«»‘’–—-(")):
        return False
    return re.search(pattern, text[trigger.end:hi]) is not None


def modifies_a_noun(text: str, trigger: Trigger, language: str) -> bool:
    """An English event noun that only modifies the noun right after it ("China attended as a dialogue
    partner", "the election campaign", "the vote count"): no occurrence told."""
    heads = doubt.MODIFIED_HEADS.get(language)
    if heads is None or trigger.source != STRONG:
        return False
    after = re.match(r"\s+([a-z]+)\b", text[trigger.end:])
    return after is not None and after.group(1) in heads


def not_done(text: str, trigger: Trigger, language: str) -> bool:
    """An event word governed as a right, a capacity, a refusal or an attempt ("registered to vote",
    "refused to meet X", "tried to meet X", „das Recht auf Wahlen“): no occurrence told."""
    pattern = doubt.NOT_DONE_BEFORE.get(language)
    return pattern is not None and re.search(pattern, text[max(0, trigger.start - 60):trigger.start]) is not None


def only_if(text: str, trigger: Trigger, language: str) -> bool:
    """The event word's clause opens on a condition ("Should talks between X and Y fail, …", "If talks
    resume, …", „Sollten die Gespräche scheitern, …“): what happens only if it does, none told."""
    openers = doubt.CONDITIONAL_OPENERS.get(language, frozenset())
    lo, _hi = clause_of(trigger.start, split_clauses(text))
    first = _WORD.match(text[lo:].lstrip(" \"'„“”«»‘’–—-("))
    return first is not None and first.group(0).lower() in openers


def told_as_earlier(text: str, language: str) -> bool:
    """The sentence places its act at an earlier time ("zuletzt", "damals", "last", "previously")."""
    pattern = doubt.EARLIER_TIME.get(language)
    return pattern is not None and re.search(pattern, text) is not None


def denial_before(text: str, trigger: Trigger, language: str) -> tuple[int, int] | None:
    """The verb of denying that governs the event word, if any ("The Kremlin on Wednesday denied reports
    that Putin and Trump had spoken": what is dated is the denial, a statement, not the call)."""
    verbs = doubt.DENIAL_VERBS.get(language, frozenset())
    found = [m for m in _WORD.finditer(text, 0, trigger.start) if m.group(0).lower() in verbs]
    if not found or re.search(r"[;:]|\s[–—]\s", text[found[-1].end():trigger.start]):
        return None
    return found[-1].start(), found[-1].end()


def looks_forward(text: str, mention: DateMention, language: str) -> bool:
    """"looked forward to meeting in July", „freute sich auf das Treffen im Juli“: still to come."""
    pattern = doubt.ANTICIPATION.get(language)
    if pattern is None:
        return False
    lo = clause_of(mention.start, split_clauses(text))[0]
    return re.search(pattern, text[lo:mention.start], re.IGNORECASE) is not None
