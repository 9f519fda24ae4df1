"""The headline's statement as the article's main news (one stage helper of ``events``).

"Merz warnt vor Handelskrieg", "Starmer says UK will send troops": a headline that reports a
statement makes that statement the main news, and the main news is an event whether or not the
text dates it (CONVENTIONS §7.1–2).  When no event told is the headline's, an undated statement
of the headline's subject is added, evidenced by the first body sentence that names that subject
with a verb of saying (else the headline, and the event is a guess).  The verbs are data per
language (``HEADLINE_SPEECH_VERBS``).
"""

from __future__ import annotations

import re

from lagebild.extract.datefind import inside, lang_data, quote_spans
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.eventdraft import Draft, participants_in, place_in, verb_stem

# How many body sentences may stand before the one that tells the headline's statement.
_LEAD_SENTENCES = 3


def _speech_verb(headline: str, language: str) -> int | None:
    """Where the headline's verb of saying starts (outside quotations), or None."""
    quotes = quote_spans(headline)
    verbs = lang_data(language).HEADLINE_SPEECH_VERBS
    for m in re.finditer(r"[\wÄÖÜäöüß]+", headline):
        if m.group(0) in verbs and not inside(m.start(), quotes):
            return m.start()
    return None


def _names_subject(name: str, text: str) -> bool:
    """The sentence names the subject: its name, or its last word ("Merz" for "Friedrich Merz")."""
    return bool(re.search(rf"\b{re.escape(name.split()[-1])}", text))


def headline_statement(doc: Doc, headline: str, events: list[Draft]) -> Draft | None:
    """The undated statement the headline reports, when no event told is the headline's own."""
    verb = _speech_verb(headline, doc.language)
    if verb is None:
        return None
    subject = participants_in(doc, headline[:verb], -1)
    if not subject or any(set(subject) & set(e.participants) and e.kind in ("statement", "announcement")
                          for e in events):
        return None  # nobody named, or the subject's statement is told already (the headline tells it again)
    stem = verb_stem(re.match(r"[\wÄÖÜäöüß]+", headline[verb:]).group(0))  # type: ignore[union-attr]
    if any(set(subject) & set(e.participants) and 0 <= e.sentence < _LEAD_SENTENCES and any(
            verb_stem(w) == stem for w in re.findall(r"[\wäöüß]+", e.evidence.lower())) for e in events):
        return None  # "Senate rejects bill" over "The Senate on Tuesday rejected a bill": the lead's event
    body = [s for s in doc.sentences if s.text != headline][:_LEAD_SENTENCES]
    data = lang_data(doc.language)
    saying = data.REPORTED_CUES | data.HEADLINE_SPEECH_VERBS
    told: Sentence | None = next((s for s in body if any(_names_subject(n, s.text) for n in subject)
                                  and set(re.findall(r"[\wäöüß]+", s.text.lower())) & saying), None)
    if told is not None and any(e.sentence == told.index for e in events):
        return None  # the sentence that tells the statement made an event already (dated: "urged … Monday")
    evidence = told.text if told is not None else headline
    draft = Draft(date=None, kind="statement", kind_source="verb", status="past", summary=headline.strip(),
                  evidence=evidence, sentence=told.index if told is not None else -1,
                  block=told.block if told is not None else 0, guessed=told is None,
                  place=place_in(doc, evidence))
    draft.add(subject)
    return draft


def lead_statement(doc: Doc, events: list[Draft]) -> Draft | None:
    """The lead's statement of the headline's person („Umweltminister X kündigt … an“ over „Bundesumwelt-
    minister X hält den Entwurf für nicht zustimmungsfähig“): the first body sentence tells the main news,
    so a stance or saying it reports of a person the headline names is an event, undated when the text
    gives no day (CONVENTIONS §7.1–2) — unless that person's statement is told already."""
    if not doc.headline:
        return None
    lead = next((s for s in doc.sentences if s.text != doc.headline and s.text.strip()), None)
    if lead is None or any(e.sentence == lead.index for e in events) or quote_spans(lead.text):
        return None
    data = lang_data(doc.language)
    words = [m for m in re.finditer(r"[\wÄÖÜäöüß]+", lead.text)]
    verb = next((m for m in words if m.group(0).lower() in data.LEAD_STANCE_VERBS), None)
    if verb is None:
        return None
    persons = {person.name for person in doc.persons}
    subject = [p for p in participants_in(doc, lead.text[:verb.start()], lead.index)
               if p in persons and _names_subject(p, doc.headline)]
    if not subject or any(set(subject) & set(e.participants) and e.kind in ("statement", "announcement")
                          for e in events):
        return None
    draft = Draft(date=None, kind="statement", kind_source="verb", status="past", summary=lead.text.strip(),
                  evidence=lead.text, sentence=lead.index, block=lead.block, guessed=False,
                  place=place_in(doc, lead.text))
    draft.add(subject)
    return draft
