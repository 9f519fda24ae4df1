"""Which date expressions date an event of their own (one stage helper of ``events``).

Not the end of a span ("bis Samstag" after the day it began), a deadline ("through March 13"), a
dateline ("TOKYO, March 9 (Reuters) -") or a level ("stood at 58% in January"); and the tense a
past verb right before a date gives it ("announced Monday").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from types import ModuleType

from lagebild.extract.datefind import DateMention, find_dates, lang_data, quote_spans
from lagebild.extract.dates import resolve
from lagebild.extract.eventdraft import Trigger, clause_of, find_triggers, split_clauses, summary_of
from lagebild.extract.eventtelling import telling_verb
from lagebild.extract.lang import doubt
from lagebild.extract.tense import DETERMINER_BEFORE, irregular_past, weak_past


def ends_span(text: str, mention: DateMention, language: str) -> bool:
    """The date follows a word of an end ("bis Samstag", "until Friday"): after a date of its own,
    when the event told lasts till then."""
    data = lang_data(language)
    words = re.findall(r"[\wäöüß'’-]+", text[:mention.start].lower())
    lead = [w for w in words[-3:] if w not in data.DATE_LEAD_WORDS and w not in ("zum", "zur")]
    return bool(lead) and (lead[-1] in data.DEADLINE_WORDS or (
        lead[-1] == "to" and bool(set(words) & data.LASTING_VERBS)))  # "which runs to Wednesday"


_PRESENT_AUXILIARIES = frozenset({"ist", "sind", "hat", "haben", "is", "are", "has", "have"})
_SUBJECT_PRONOUNS = frozenset({"er", "sie", "es", "wir", "man", "he", "she", "they", "we", "it"})
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "will", "would", "to",
                          "ist", "sind", "war", "waren", "wird", "werden", "soll", "sollen", "sei"})


def past_verb_before(text: str, mention: DateMention, language: str) -> bool:
    """The date follows a past verb form right away ("announced Monday", "said on Friday",
    „telefonierte am Montag“), also with its subject after it („Schrieb er am Freitag“, "said Merz on
    Friday"); not a participle of a plan ("is expected Monday") nor a present auxiliary („ist am Freitag
    geplant“), and never across a comma („sagte, um 16 Uhr werde …“)."""
    # (a part of the day may stand between: „kündigte am späten Dienstagabend an“, "said late on Monday")
    found = re.search(r"(?:([\wÄÖÜäöüß'’-]+)\s+)?(?:([\wÄÖÜäöüß'’-]+)\s+)?([\wÄÖÜäöüß'’-]+)\s+"
                      r"(?:(?:on|am)\s+(?:(?:späten|frühen)\s+)?|(?:late|early)\s+(?:on\s+)?)?$",
                      text[:mention.start])
    if found is None:
        return False
    third, second, last = (found[1] or ""), (found[2] or ""), found[3]
    if _is_past(last, language):
        return second.lower() not in _AUXILIARIES
    subject = last.lower() in _SUBJECT_PRONOUNS or last[:1].isupper()
    if language == "de" and second.lower().endswith("en") and DETERMINER_BEFORE.search(
            text, max(0, found.start(2) - 60), found.start(2)):
        # „des von der EU vermittelten Dialogs Ende Februar“: a declined participle after its article, before
        # its noun, not a verb before its subject
        subject = False
    return subject and bool(second) and _is_past(second, language) and third.lower() not in _AUXILIARIES


def _is_past(word: str, language: str) -> bool:
    low = word.lower()
    if low in _AUXILIARIES or low in _PRESENT_AUXILIARIES:
        return False
    data = lang_data(language)
    return (low in data.PAST_CUES or low in data.SPEECH_PAST or weak_past(word, language)
            or irregular_past(word, language))

def not_an_event_date(text: str, mention: DateMention, language: str) -> bool:
    """A deadline ("through March 13", "bis zum 13. März", "funded past Friday", "Frist bis …") or a
    span that counts a stretch rather than pointing to a day ("the second shutdown in four months")."""
    data = lang_data(language)
    clause = clause_of(mention.start, split_clauses(text))
    before = text[clause[0]:mention.start].lower()
    words = re.findall(r"[\wäöüß'’-]+", before)
    head = mention.text.lower().split()[0] if mention.text.split() else ""
    if head == "past" and (not words or words[-1] not in ("this", "the")):
        return True  # "funded past Friday" (but "this past Friday" is last Friday)
    if head in data.DEADLINE_WORDS and mention.kind == "month":
        return True  # "until March", "bis Ende März"
    lead = [w for w in words[-3:] if w not in data.DATE_LEAD_WORDS and w not in ("zum", "zur")]
    if lead and (lead[-1] in data.DEADLINE_WORDS or (lead[-1] == "to" and set(words) & data.LASTING_VERBS)):
        # Also "die Tagung dauert noch bis Samstag", "which runs to Friday": the last day of an event,
        # never its date (an event is dated by its first day, CONVENTIONS §7).
        return True
    if any(w in data.DEADLINE_NOUNS for w in words[-4:]):
        return True
    since = (head in data.SINCE_WORDS and words[-5:]) or (lead and lead[-1] in data.SINCE_WORDS and words[-6:-1])
    if since and set(since) & data.FIRST_SINCE and not any(
            w in data.EVENT_NOUNS for w in since[next(i for i, w in enumerate(since) if w in data.FIRST_SINCE):]):
        # "has called a rally for Saturday, her first since October" (but "its first session since January"
        # names the session of January in passing)
        return True
    if re.search(data.PERIOD_COUNTED[0], text[max(0, mention.start - 12):mention.start], re.IGNORECASE) or re.match(
            data.PERIOD_COUNTED[1], text[mention.end:]):
        return True  # "killed 46 soldiers in February alone", „allein im Februar“: a count over a stretch
    # ("Since January, three cables …": a fronted phrase counts in the clause it opens)
    counted = clause if text[clause[0]:clause[1]].strip(" ,") != text[mention.start:mention.end].strip(" ,") else (
        clause[0], clause_of(min(len(text) - 1, clause[1] + 1), split_clauses(text))[1])
    if (head in data.SINCE_WORDS or (lead and lead[-1] in data.SINCE_WORDS)) and _counts_acts(
            text[counted[0]:counted[1]], mention, counted[0], data):
        return True  # „Seit Januar seien drei Kabel beschädigt worden“: acts counted since then, none dated
    if re.search(data.COUNTERFACTUAL, before) or (language == "de" and re.search(
            data.COUNTERFACTUAL, text[clause[0]:clause[1]].lower())):
        return True  # "a shutdown that could have come Friday night": it did not happen
    return mention.kind == "span" and mention.offset > 0 and any(w in data.ORDINALS for w in words[-5:])


def _counts_acts(clause: str, mention: DateMention, offset: int, data: ModuleType) -> bool:
    """The clause of a date after "since"/„seit“ counts what happened since ("three cables", „46 Angriffe“):
    repeated acts (CONVENTIONS §7.4), not one occurrence on that date."""
    lo, hi = mention.start - offset, mention.end - offset
    rest = clause[:max(0, lo)] + " " * (hi - lo) + clause[hi:]
    words = re.findall(r"[\wäöüß]+", rest.lower())
    return any(w in data.NUMBER_WORDS or (w.isdigit() and not re.fullmatch(r"(?:19|20)\d\d", w)) for w in words)


_DATELINE = re.compile(r"\s*(?:[a-zäöü]{2,6}\.\s+)?[A-ZÄÖÜ][^,.;:!?]{0,40},\s*")


def is_dateline(text: str, mention: DateMention, index: int) -> bool:
    """'lbr. DEN HAAG, 8. Januar.', 'TOKYO, March 9 (Reuters) -': a place and the day of filing."""
    return index <= 1 and mention.kind == "date" and bool(_DATELINE.fullmatch(text[:mention.start]))


def states_a_level(text: str, mention: DateMention, language: str) -> bool:
    """A clause that tells a level or an estimate ("stood at", "war … ausgegangen"), not an event."""
    clause = clause_of(mention.start, split_clauses(text))
    words = set(re.findall(r"[\wäöüß]+", text[clause[0]:clause[1]].lower()))
    return bool(words & lang_data(language).STATE_VERBS)

# A number that counts or measures ("1.700 Anträge", "3 percent", "2,4 Prozent"), not a year, a clock time
# or a vote tally's date; digits inside the date expressions are blanked before this is searched.
_MEASURE = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d.,']*(?!\s*(?:Uhr|h\b|a\.m\.|p\.m\.|GMT|:\d))")

# How many words either side of a date a figure must stand within to be the date's level or count.
_NEAR_WORDS = 8
_PERCENT = re.compile(r"(?i)%|\b(?:prozent|percent|per\s+cent|prozentpunkte|percentage\s+points?)\b")


def tells_a_process(text: str, mention: DateMention, language: str) -> bool:
    """The date's clause (without an event word) tells a process going on or stalling, or a deployment under
    way ("Fighting continued on Monday", "The initiative stalled in November", "Observers began
    deploying on Saturday", „Die Kämpfe gingen am Montag weiter“): no one occurrence (CONVENTIONS §7.4)."""
    pattern = doubt.PROCESS_VERBS.get(language)
    if pattern is None:
        return False
    lo, hi = clause_of(mention.start, split_clauses(text))
    return re.search(pattern, text[lo:hi].lower()) is not None


def measures_a_figure(text: str, mention: DateMention, language: str) -> bool:
    """A sentence without an event word that tells a number right by its date ("Die Inflation stieg im
    Februar auf 2,4 Prozent", "Shares fell 3 percent on Monday", "In January, 1,700 applications were
    filed"): a level or a count, not one occurrence.  Only the date's clause counts (a leading "In
    January," goes on into the next), and in it the words near the date (``_NEAR_WORDS``); quotations
    are what was said, not told."""
    blank = {i for m in find_dates(text, language) for i in range(m.start, m.end)} | {
        i for lo, hi in quote_spans(text) for i in range(lo, hi)}
    plain = "".join(" " if i in blank else c for i, c in enumerate(text))
    clauses = split_clauses(text)
    lo, hi = clause_of(mention.start, clauses)
    if len(plain[lo:hi].split()) <= 2 and hi <= len(text):  # "In January, …", "Launched on 15 April, …"
        hi = clause_of(hi, clauses)[1]
    before = plain[lo:mention.start].split()[-_NEAR_WORDS:]
    after = plain[mention.end:min(hi, len(text))].split()[:_NEAR_WORDS]
    near = " ".join([*before, *after])
    if _PERCENT.search(near):
        return True
    # A bare number is a level or a count only with a verb of change or a passive count ("stieg auf 1.700",
    # "1,700 applications were filed"); "killed 12 people on Monday", "freed 20 hostages on Saturday" or
    # "voted 68-32 on Tuesday" tell one occurrence.
    words = set(re.findall(r"[\wäöüß]+", plain[lo:min(hi, len(text))].lower()))
    return bool(_MEASURE.search(near)) and bool(words & lang_data(language).LEVEL_VERBS)


def other_event_scope(mention: DateMention, text: str, language: str) -> int | None:
    """Where the phrase starts whose date this is when it is not the main verb's event.

    "talks … since the four-day conflict in May", "nach dem Gipfel am Montag": the date
    dates what follows the preposition.  "seit vergangenem Mittwoch", "since Monday"
    (the date right after it) still date the main event: it began then.
    """
    if mention.other_event:
        return mention.end  # "a fortnight after two jets flew": the date is the later phrase's
    data = lang_data(language)
    clause = clause_of(mention.start, split_clauses(text))
    before = text[clause[0]:mention.start]
    preps = "|".join(re.escape(p) for p in sorted(data.OTHER_EVENT_PREPOSITIONS, key=len, reverse=True))
    found = list(re.finditer(rf"(?i)\b(?:{preps})\b", before))
    if not found:
        return None
    last = found[-1]
    between = re.findall(r"[\wÄÖÜäöüß'’-]+", before[last.end():])
    if not [w for w in between if w.lower() not in data.DATE_LEAD_WORDS]:
        return None  # "seit vergangenem Mittwoch": the date itself follows
    return clause[0] + last.start()


def targets_a_day(text: str, mention: DateMention, language: str) -> bool:
    """A weekday right after a preposition of a target ("called a rally for Saturday", „das für Donnerstag
    angesetzte Treffen“): the day is ahead of the telling, whatever the tense of its verb."""
    preps = getattr(lang_data(language), "DAY_TARGET_PREPOSITIONS", ())
    return mention.kind == "weekday" and bool(preps) and re.search(
        rf"(?i)\b(?:{'|'.join(preps)})\s+$", text[:mention.start]) is not None


def told_in_the_present(text: str, mention: DateMention) -> bool:
    """The date's clause has a present auxiliary ("Ouma has called a rally for Saturday", „das für
    Donnerstag angesetzt ist“): a perfect tells what holds now, not a day gone by (a simple past, "was
    set for Monday", may)."""
    lo, hi = clause_of(mention.start, split_clauses(text))
    return bool(set(re.findall(r"[\wäöüß]+", text[lo:hi].lower())) & _PRESENT_AUXILIARIES)


# Prepositions of what came before ("nach dem Treffen am Donnerstag", "since the talks on Monday").
_AFTER = frozenset({"seit", "nach", "since", "after", "following"})


def after_an_event(text: str, mention: DateMention, language: str) -> bool:
    """The date dates an event named after a preposition of what came before ("Doch auch nach dem Treffen
    der Außenminister am Donnerstag liegt das Dokument in der Schublade"): told from a present clause,
    that event lies in the past."""
    if mention.kind != "weekday" or mention.other_event:
        return False  # (a weekday only: a month read back from a present clause may be last year's)
    scope = other_event_scope(mention, text, language)
    if scope is None:
        return False
    word = re.match(r"[\wäöüß]+", text[scope:].lower())
    # the date must be that event's: its one event word ("nach der Sitzung eine neue Runde am Montag" dates
    # the round, which the present verb tells)
    return word is not None and word.group(0) in _AFTER and len(
        [t for t in find_triggers(text[scope:mention.start], language) if t.source == "noun"]) == 1


def scoped_summary(text: str, mention: DateMention, scope: int) -> str:
    """'since the four-day conflict in May': the phrase that names the dated event."""
    if mention.other_event:
        end = clause_of(scope, split_clauses(text))[1]
        piece = text[scope:end]
    else:
        piece = text[scope:mention.end]
    piece = piece.strip(" ,;:–—.")
    if len(piece.split()) < 5:  # "Launched on 15 April" says too little of what happened
        return summary_of(text, min(scope, mention.start), max(scope, mention.end))
    return piece[:1].upper() + piece[1:]


def with_known_year(mention: DateMention, ref: date | None, tense: int, known: dict[int, int]) -> DateMention:
    """'a ceasefire on May 10' after 'the conflict in May last year': the May the article already
    placed, when the nearest May would lie months back anyway."""
    if ref is None or mention.kind != "date" or mention.year or not mention.month or tense > 0:
        return mention
    year = known.get(mention.month)
    if year is None or year >= ref.year:
        return mention
    default = resolve(mention, ref, tense)
    if default is None or (ref - date.fromisoformat(default)).days < 90:
        return mention
    return replace(mention, year=year)


def expected_in_clause(text: str, mention: DateMention, trigger: Trigger, language: str) -> bool:
    clause = clause_of(mention.start, split_clauses(text))
    if not clause[0] <= trigger.start < clause[1]:
        return False
    words = set(re.findall(r"[\wäöüß]+", text[clause[0]:clause[1]].lower()))
    return bool(words & lang_data(language).EXPECT_CUES)


# A relative clause right after the occasion of a side meeting ("…, which ends on Friday", „…, der am
# Freitag endet“): its date is the occasion's, not the side meeting's.
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:which|that|der|die|das|welcher|welche|welches)\b[^,;:]*$", re.IGNORECASE)


def dates_the_occasion(text: str, mention: DateMention, language: str) -> bool:
    """"met Tusk on Thursday on the sidelines of the EU summit, which ends on Friday": the second date
    belongs to the summit, the occasion of the meeting, and makes no second side meeting."""
    for pattern in lang_data(language).OCCASION_PATTERNS:
        for occasion in re.finditer(pattern, text):
            if occasion.end() <= mention.start and _RELATIVE_AFTER.match(text[occasion.end():mention.start]):
                return True
    return False


def ends_a_dated_event(text: str, mention: DateMention, language: str) -> bool:
    """The date follows a verb of ending ("ended on Wednesday", „endeten am Mittwoch“, up to two words
    between): after a date of its own in the sentence, the last day of the event told, not a second
    event (an event is dated by its first day)."""
    before = re.findall(r"[\wäöüß]+", text[:mention.start].lower())[-3:]
    return bool(set(before) & lang_data(language).END_VERBS)


def superseded_plan(text: str, mention: DateMention, language: str) -> bool:
    """The date lies inside the words of a first plan ("der ursprünglich für Mai geplante Gipfel",
    "originally scheduled for May"): after another date in the sentence, the plan that changed."""
    return any(m.start() <= mention.start < m.end() or (m.end() <= mention.start and re.fullmatch(
        r"\s*(?:(?!(?:but|aber|and|und|now|nun|jetzt)\b)[\wäöüß-]+\s+){0,4}", text[m.end():mention.start].lower()))
        for m in re.finditer(lang_data(language).ORIGINAL_PLAN, text.lower()))


def arranged_for_later(text: str, mention: DateMention, trigger: Trigger | None, language: str) -> bool:
    """"agreed to hold a summit on June 5", „vereinbarten einen Gipfel am 5. Juni“: an event noun right
    before its date, arranged by a verb before it in its clause — the verb's tense is the arranging's,
    not the event's (the date's nearness decides)."""
    if trigger is None or trigger.source != "noun" or not trigger.end <= mention.start:
        return False
    # (its topic and place may stand between: "a special meeting on policing in Apia in March")
    if not re.fullmatch(r"\s*(?:(?!(?:that|which|who|welche[rs]?)\b)[\wäöüß-]+\s+){0,4}?(?:am|on|for|für|im|in|at)?\s*",
                        text[trigger.end:mention.start]):
        return False
    lo = clause_of(trigger.start, split_clauses(text))[0]
    if _FRAME_BEFORE.search(text, max(lo, trigger.start - 40), trigger.start):
        return False  # "had agreed to the date during a phone call on Saturday": the call is when it was agreed
    before = set(re.findall(r"[\wäöüß]+", text[lo:trigger.start].lower()))
    return bool(before & lang_data(language).ARRANGE_VERBS)


# A preposition of the occasion an act took place at ("during a call", „bei einem Treffen“, „während des
# Gipfels“) or after ("agreed on a fund after their meeting on Monday", "following talks in Doha on
# Tuesday", „vereinbarten nach ihrem Treffen am Montag“: the meeting came before the agreeing, it was not
# arranged by it), before the event noun and its article and adjectives.
_FRAME_BEFORE = re.compile(r"(?i)\b(?:during|bei|beim|während|after|following|nach)\s+"
                           r"(?:(?:a|an|the|their|his|her|its|ein|eine|einem|einer"
                           r"|eines|dem|der|des|ihrem|ihres|seinem|seines)\s+)?(?:[\w-]+\s+){0,2}?$")


def in_arranged_infinitive(text: str, mention: DateMention, language: str) -> bool:
    """The date stands in an infinitive clause that a verb of agreeing or deciding governs („Sie
    vereinbarten, sich am Freitag in Genf zu treffen“, "have agreed to send their ministers to Geneva
    on Friday"): the date is the infinitive's, still to come when agreed, not the agreeing's."""
    data = lang_data(language)
    clauses = split_clauses(text)
    lo, hi = clause_of(mention.start, clauses)
    if language == "de":
        # the date's clause ends in a zu-infinitive („zu treffen“, „fortzusetzen“), the clause before it
        # holds the verb that arranged it
        if lo == 0 or not re.search(r"(?:\bzu\s+[a-zäöüß]{3,}|\b[a-zäöüß]{2,}zu[a-zäöüß]{2,}n)\W*$",
                                    text[lo:min(hi, len(text))].rstrip()):
            return False
        before = clause_of(lo - 1, clauses)
        return bool(set(re.findall(r"[\wäöüß]+", text[before[0]:lo].lower())) & data.ARRANGE_VERBS)
    # "agreed to send …": the verb and its "to" before the date in its clause, no finite verb between (not
    # "agreed to the date during a call on Saturday": "to" before a noun's article is no infinitive)
    verbs = "|".join(sorted(data.ARRANGE_VERBS))
    return re.search(rf"(?i)\b(?:{verbs})\s+to\s+(?!(?:the|a|an|this|that|its|their|his|her)\b)[a-z]+\b"
                     rf"(?:(?!\b(?:that|and|but|which|who)\b)[^,;:])*$",
                     text[lo:mention.start]) is not None


def said_before(text: str, mention: DateMention, language: str) -> bool:
    """A past verb of saying stands before the date in its clause ("told reporters in Brussels on
    Friday that …", "said in an interview on Friday that …"): the date is the saying's, in the past,
    whatever the tense of what was said after it."""
    return telling_verb(text, mention, language) is not None
