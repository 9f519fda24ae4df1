"""What sentences around a dated event add to it: a sentence that only points back ("Diese könnte
noch Freitag erfolgen") takes what and who from the one before; a cue of taking part adds people to
the event told; a verb of saying dated on its own is a statement of its own (one stage helper of
``events``)."""

from __future__ import annotations

import re

from lagebild.extract.datefind import lang_data
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.eventchoice import choose_trigger
from lagebild.extract.eventdates import is_dateline
from lagebild.extract.eventdraft import DATED, STRONG, Draft, find_triggers, participants_in, summary_of, takes_part
from lagebild.extract.eventmentions import date_mentions


def joins_an_event(text: str, language: str) -> bool:
    """A cue of taking part: „Auch X nimmt an dem Gipfel teil“ adds X to the summit told before.  A
    sentence with a verb of meeting of its own ("will attend events and X will separately meet Y")
    takes the looser cues of ``PARTICIPATION_PATTERNS`` for no more than its own event."""
    if takes_part(text, language):
        return True
    verbs = [t for t in find_triggers(text, language) if t.source != STRONG and t.kind in ("meeting", "talks", "call")]
    return not verbs and takes_part(text, language, patterns=True)


def from_antecedent(doc: Doc, sentence: Sentence, draft: Draft) -> None:
    """"Diese könnte noch Freitag erfolgen", "This is due on Monday": a sentence that names its event
    only by a pronoun takes what and who from the sentence before it in the paragraph."""
    words = re.findall(r"[\wÄÖÜäöüß]+", sentence.text)
    if not words or words[0].lower() not in lang_data(doc.language).POINTING_BACK or sentence.index < 1:
        return
    before = doc.sentences[sentence.index - 1]
    if before.block != sentence.block:
        return
    both = f"{before.text} {sentence.text}"
    draft.summary = summary_of(both, 0, len(both))
    draft.points_back = bool({w.lower() for w in words} & lang_data(doc.language).REPORTED_CUES)
    # ("Das teilte die Kommission am Freitag mit": who reports it, not who meets; a teller the text
    # does not name as a party leaves the report with no one, not with the sides of what it reports)
    if not draft.participants and not draft.points_back:
        draft.add(participants_in(doc, before.text, before.index))


def own_statement(doc: Doc, sentence: Sentence) -> bool:
    """A speech verb dated on its own ("said on Wednesday"): a statement, not words from the event."""
    triggers = find_triggers(sentence.text, doc.language)
    for mention in date_mentions(sentence, doc.language):
        if mention.kind not in DATED or is_dateline(sentence.text, mention, sentence.index):
            continue
        trigger = choose_trigger(mention, triggers, sentence.text, doc.language)
        if trigger is None or trigger.kind == "statement":
            return True
    return False
