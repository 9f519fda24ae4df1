"""A second event told in a coordinated verb phrase of the same sentence (one stage helper of
``events``).

"Kurz nimmt heute an den Beratungen der EVP teil und wird dort auch Juncker und Tusk treffen",
"The minister attends the conference on Monday and will also meet President X there": the
participation and the meeting are two occurrences (CONVENTIONS §7), on the day the sentence gives.
The subject (the persons named before the first event word) takes part in both; who is named in
the coordinated phrase only in the second.
"""

from __future__ import annotations

from dataclasses import replace

from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.eventdraft import Draft, Trigger, participants_in, place_in, summary_of
from lagebild.extract.eventparts import persons_in
from lagebild.extract.tense import tense_at


def split_coordinated(doc: Doc, sentence: Sentence, draft: Draft, trigger: Trigger, cut: int,
                      second: Trigger, status_of: dict[int, str]) -> Draft:
    """The second event (the first, ``draft``, keeps the part before ``cut``): same date, the kind of
    ``second``, the status its own verb group gives (``status_of`` maps a tense to a status for the
    draft's date), and as participants the subject and the names after ``cut``."""
    text = sentence.text
    subject = [p.name for p in persons_in(doc, text[:trigger.start])]
    named = [p.name for p in persons_in(doc, text[cut:])]
    draft.speakers = [p.name for p in persons_in(doc, text[:cut])]
    other = replace(draft, kind=second.kind, kind_source=second.source,
                    status=status_of.get(tense_at(text, second.start, doc.language), draft.status),
                    summary=summary_of(text, 0, len(text)), participants=[], speakers=named,
                    place=place_in(doc, text[cut:]) or draft.place, word="", travel=False)
    other.add(subject)
    other.add(participants_in(doc, text[cut:], sentence.index))
    return other
