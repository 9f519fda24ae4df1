"""Earlier events named by an event noun with the year in its own noun phrase (one stage helper of ``events``).

"down from 13 seats at the 2021 election", "to abide by the 2016 arbitral ruling", „seit der Wahl
2019“, "the summit of 2015": the year inside the noun phrase singles out one occurrence, so the noun
does not point back to an event already told (as a bare "the election" would) but names an earlier
one in passing (CONVENTIONS §7: occurrences mentioned in passing count).  A year alone does not
date it (§7 date: ``null``); it lies before publication, so it happened (``past``).  A year of the
publication or later is left alone: "the 2027 election" may be still to come.  Its people are only
those of its own phrase, and it stays ``guessed``, like the other events told in passing.
"""

from __future__ import annotations

import re
from datetime import date

from lagebild.extract.datefind import inside, quote_spans
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.eventdraft import STRONG, Draft, Trigger, find_triggers, participants_in
from lagebild.extract.stamps import stamp_spans

_YEAR = r"(?:1[89]|20)\d\d"
# Before the noun: a determiner or a possessive, the year, then at most two modifiers
# ("the 2016 arbitral tribunal ruling", "Germany's 2021 federal election").
_BEFORE = {
    "en": re.compile(rf"(?i)\b(?:the|[A-Z][\w.-]*['’]s)\s+(?P<year>{_YEAR})\s+(?:[\w-]+\s+){{0,2}}$"),
}
# After the noun: the year right after it, or with "of"/„von“/„aus dem Jahr“ ("the summit of 2015",
# „der Wahl 2021“, „dem Gipfel von 2019“); not a year that opens a clause of its own (",").
_AFTER = {
    "en": re.compile(rf"(?i)^\s+of\s+(?P<year>{_YEAR})\b(?![.,]?\d)"),
    "de": re.compile(rf"(?i)^\s+(?:von\s+|aus\s+dem\s+Jahr\s+|des\s+Jahres\s+)?(?P<year>{_YEAR})\b(?![.,]?\d)"),
}
# A determiner the noun phrase may open with (German: the noun before its year needs an article).
_DE_ARTICLE = re.compile(r"(?i)\b(?:der|die|das|des|dem|den|seit|nach|vor)\s+(?:[\wÄÖÜäöüß-]+\s+){0,2}$")


def _year_of(text: str, trigger: Trigger, language: str) -> tuple[int, int, int] | None:
    """The year in the trigger noun's own phrase, and where that phrase begins and ends."""
    before = _BEFORE.get(language)
    head = text[max(0, trigger.start - 60):trigger.start]
    if before is not None and (m := before.search(head)):
        return int(m.group("year")), trigger.start - len(head) + m.start(), trigger.end
    after = _AFTER.get(language)
    if after is not None and (m := after.match(text[trigger.end:])):
        if language == "de" and not _DE_ARTICLE.search(text[max(0, trigger.start - 40):trigger.start]):
            return None  # „Wahl 2021“ as a headline fragment or a list item: not a phrase of the sentence
        return int(m.group("year")), trigger.start, trigger.end + m.end()
    return None


def year_named_events(doc: Doc, sentence: Sentence, ref: date | None) -> list[Draft]:
    """The earlier events a sentence names with the year in their own noun phrase."""
    if ref is None:
        return []
    text = sentence.text
    skip = quote_spans(text) + stamp_spans(text, doc.language)
    found: list[Draft] = []
    for trigger in find_triggers(text, doc.language):
        if trigger.source != STRONG or inside(trigger.start, skip):
            continue
        named = _year_of(text, trigger, doc.language)
        if named is None or named[0] >= ref.year:
            continue
        _, start, end = named
        word = text[trigger.start:trigger.end]
        draft = Draft(date=None, kind=trigger.kind, kind_source=trigger.source, status="past",
                      summary=text[start:end].strip(), evidence=text, sentence=sentence.index,
                      block=sentence.block, guessed=True, place=None, word=word)
        draft.add(participants_in(doc, text[start:end], sentence.index))
        if not any(d.word.lower() == word.lower() for d in found):
            found.append(draft)
    return found


def new_year_named(candidates: list[Draft], events: list[Draft]) -> list[Draft]:
    """The candidates not already among ``events``: not the same noun of the same sentence (an event
    the sentence was found to tell anyway), nor the same noun with the same year told before."""
    kept: list[Draft] = []
    for draft in candidates:
        if any(e.sentence == draft.sentence and e.word.lower() == draft.word.lower() for e in events):
            continue
        if any(e.word.lower() == draft.word.lower() and e.summary == draft.summary for e in [*events, *kept]):
            continue
        kept.append(draft)
    return kept
