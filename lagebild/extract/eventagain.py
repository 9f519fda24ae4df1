"""An event noun with a definite determiner, told after an event of its sort: that event again.

"Eröffnet wurde die Runde von X", "An der zweiten Runde nahmen … teil", "Im Mittelpunkt des
dreitägigen Besuchs stehen …", "speaking after the final session": a definite noun phrase (the
determiner, up to two modifiers, the event noun) points back to an event the reader already
knows (CONVENTIONS §7.5: the same occurrence told twice is one event).  When the article has told
an event of that sort before, the undated mention is that event — whoever else the sentence names
(the one who opened it, who took part) — and never a new undated event.

Of the sort means: a meeting, talks, a call or a speech of a like kind; for any other event
(a visit, a signing) the noun's stem must stand in the earlier event's own sentence ("die
Unterzeichnung" after "unterzeichneten"), since "other" alone is too wide a sort.
"""

from __future__ import annotations

import re

from lagebild.extract.datefind import lang_data
from lagebild.extract.eventdoubt import told_as_earlier
from lagebild.extract.eventdraft import STRONG, Draft, Trigger
from lagebild.extract.lang import doubt

_WORDS = re.compile(r"[\wÄÖÜäöüß'’-]+")
# How many modifiers may stand between the determiner and the noun ("der zweiten Runde",
# "the final session", "des dreitägigen Besuchs").
_MODIFIERS = 2
# Kinds that a definite noun of a like kind points back to.
_TALKING = frozenset({"meeting", "talks"})
# Determiners that are also conjunctions ("said that talks …"): no determiner there.
_CONJUNCTIONS = frozenset({"that"})
# Modifiers that point to another occurrence than the one told ("the last conference", „der vorige
# Gipfel“): no pointing back.
_ANOTHER_TIME = frozenset({"letzte", "letzten", "letzter", "vorige", "vorigen", "voriger", "vorherige",
                           "vorherigen", "frühere", "früheren", "früherer", "last", "previous", "earlier", "former"})
# Of those, the ones that name the occurrence just before ("the last conference", „beim letzten Gipfel“):
# when the article has told a past event of that sort, it is that one.
_THE_ONE_BEFORE = frozenset({"letzte", "letzten", "letzter", "vorige", "vorigen", "voriger", "vorherige",
                             "vorherigen", "last", "previous"})
# The shortest stem of an "other" noun compared with the earlier event's sentence.
_STEM = 5


def _definite_phrase(text: str, trigger: Trigger, language: str) -> bool:
    """The event noun stands after a definite determiner and at most two lower-case modifiers."""
    if "-" in text[trigger.start:trigger.end]:
        return False  # "der letzte EU-Gipfel": a named sort of event, not one pointed back to
    before = _WORDS.findall(text[max(0, trigger.start - 60):trigger.start])
    definite = lang_data(language).DEFINITE - _CONJUNCTIONS
    for back, word in enumerate(reversed(before)):
        if word.lower() in definite:
            return True
        if back >= _MODIFIERS or not word[:1].islower() or "-" in word or word.lower() in _ANOTHER_TIME:
            return False
    return False


def _stem(noun: str) -> str:
    head = noun.lower().rsplit("-", 1)[-1]
    return head[:max(_STEM, len(head) - 4)]


def _of_its_sort(event: Draft, kind: str, noun: str, language: str) -> bool:
    if kind in _TALKING or event.kind in _TALKING:
        return kind in _TALKING and event.kind in _TALKING
    if kind != "other":
        return event.kind == kind
    stem = _stem(noun)
    return len(stem) >= _STEM and stem in event.evidence.lower()


def told_again(text: str, trigger: Trigger, draft: Draft, events: list[Draft], language: str) -> Draft | None:
    """The event told before that a definite event noun of an undated sentence points back to."""
    if trigger.source != STRONG or draft.sentence < 0:
        return None
    noun = text[trigger.start:trigger.end]
    if _the_one_before(text, trigger, language):
        # "The DUP, which boycotted the last conference, …" after "its first session since March": that session
        return next((e for e in reversed(events) if e.sentence < draft.sentence and e.status == "past"
                     and _of_its_sort(e, draft.kind, noun, language)), None)
    if not _definite_phrase(text, trigger, language):
        return None
    return next((e for e in reversed(events)
                 if e.sentence < draft.sentence and _of_its_sort(e, draft.kind, noun, language)), None)


def _the_one_before(text: str, trigger: Trigger, language: str) -> bool:
    """A definite event noun right after a word for the occurrence before („der letzten Sitzung“, "the
    last conference", "its previous session")."""
    before = [w.lower() for w in _WORDS.findall(text[max(0, trigger.start - 40):trigger.start])][-2:]
    definite = lang_data(language).DEFINITE - _CONJUNCTIONS
    return len(before) == 2 and before[0] in definite and before[1] in _THE_ONE_BEFORE


# The body's lead: the first sentences (a byline or a dateline may come first).
_LEAD = 3


def _group_goes_on(evidence: str, language: str) -> bool:
    """Whether the dated sentence's first clause has a group pronoun for its subject ("On Friday
    they adopted …", „Am Freitag verabschiedeten sie …“): it goes on about those the lead named."""
    first = re.split(r"[;:„“\"]", evidence, maxsplit=1)[0]
    return re.search(lang_data(language).GROUP_PRONOUN_SUBJECT, first) is not None


def fold_lead_into_dated(events: list[Draft], language: str) -> list[Draft]:
    """The lead's undated event that the very next sentence dates ("Die EU hat die ersten Kapitel
    … eröffnet. Bei einer Regierungskonferenz … unterzeichneten … heute …"): the news first told,
    then told with its day, is one event (CONVENTIONS §7.5) — of the same status, with someone in
    common (or the dated sentence's subject a
    pronoun for the lead's group: „Zwei Tage lang haben die Außenminister … beraten. Am Freitag
    verabschiedeten sie …“), and not a statement (which counts only dated or as the main news of its own).  Not when
    the dated sentence tells its act as earlier („Am Montag hatte er bereits X getroffen“)."""
    earlier = re.compile(doubt.BEFORE_THE_NEWS.get(language, r"(?!)"))
    kept: list[Draft] = []
    for event in events:
        target = None
        if event.date is None and 0 <= event.sentence < _LEAD and event.kind not in ("statement", "announcement"):
            target = next((d for d in events if d.date and d.sentence == event.sentence + 1
                           and d.status == event.status and (set(d.participants) & set(event.participants) or (
                               event.participants and _group_goes_on(d.evidence, language)))
                           and not earlier.search(d.evidence) and not told_as_earlier(d.evidence, language)), None)
        if target is None:
            kept.append(event)
        else:
            target.add([n for n in event.participants if n not in target.participants])
    return kept



# An event noun that names another occurrence than the one told: "a new round", „eine weitere Sitzung“,
# "the next meeting", „die erste Runde“ (an article, or an adjective of order, right before the noun).
_ANOTHER = re.compile(r"(?i)\b(?:ein|eine|einer|einem|einen|eines|a|an|another|new|neue\w*|weitere\w*|next|nächste\w*"
                      r"|first|erste\w*|second|zweite\w*|third|dritte\w*|last|letzte\w*|previous|vorige\w*)"
                      r"\s+(?:[\w-]+\s+){0,2}$")


# A year in the sentence sets its event apart as another occurrence („vom Gipfel von 2015“, "the 2019 election").
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def without_main_retold(events: list[Draft], main: Draft | None, language: str) -> list[Draft]:
    """Undated meetings or talks of an article that tells a meeting or talks that have taken place with
    their day — its main news, or one told before them („Vertreter beider Seiten haben sich bei Gesprächen
    in Wien geeinigt“ beside the round dated on Tuesday; „Für die Armee verhandelt General X“ after
    „Verhandelt wird seit dem 8. Februar“): that event told again without its day (CONVENTIONS §7.5),
    withheld — nobody moved to it.  Not one told as before the news („hatte bereits“, "had met",
    "zuletzt"), nor one an event noun names as another occurrence ("a new round", „die nächste Sitzung“) or
    a year sets apart („vom Gipfel von 2015“)."""
    earlier = re.compile(doubt.BEFORE_THE_NEWS.get(language, r"(?!)"))

    def the_news(event: Draft) -> bool:  # (not "Am Montag hatte X bereits Y getroffen": an act before the news)
        return not earlier.search(event.evidence) and not told_as_earlier(event.evidence, language)

    main_told = main is not None and main in events and main.kind in _TALKING and main.status == "past" \
        and bool(main.date) and the_news(main)
    # (else the first dated meeting or talks that took place: what an undated one told after it goes on about)
    first = min((e.sentence for e in events if e.date and e.kind in _TALKING and e.status == "past"
                 and e.sentence >= 0 and the_news(e)), default=None)
    if not main_told and first is None:
        return events
    kept: list[Draft] = []
    for event in events:
        if event is not main and event.date is None and event.kind in _TALKING and event.status == "past" \
                and event.sentence >= 0 and (main_told or (first is not None and event.sentence > first)) \
                and the_news(event) and not _names_another(event) and not _YEAR.search(event.evidence):
            continue
        kept.append(event)
    return kept


def _names_another(event: Draft) -> bool:
    if not event.word:
        return False
    at = event.evidence.find(event.word)
    return at >= 0 and _ANOTHER.search(event.evidence[max(0, at - 60):at]) is not None
