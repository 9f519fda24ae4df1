"""A second act that a dated sentence tells after "and later" ("arrested in Minsk in March 2025 and later
sentenced to eight years", „im März festgenommen und später zu acht Jahren Haft verurteilt“): an event
of its own, undated, since the sentence's date is the first act's (CONVENTIONS §7: no date expression,
null).  Only a verdict or an event verb counts as that act (one stage helper of ``events``)."""

from __future__ import annotations

import re

from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.eventdraft import STRONG, Draft, find_triggers
from lagebild.extract.eventmentions import date_mentions
from lagebild.extract.lang import verdicts
from lagebild.extract.mentions import persons_in


def later_act(doc: Doc, sentence: Sentence, status: str) -> Draft | None:
    """The undated act told after "and later" in a dated sentence, with the persons named before it
    (the subject the two acts share); None when there is none or when it has a date of its own."""
    joint = verdicts.LATER_JOINS.get(doc.language)
    if joint is None or status != "past":
        return None
    text = sentence.text
    later = re.search(joint, text)
    if later is None:
        return None
    end = re.search(r"[,;:(]|\s[–—]\s", text[later.end():])
    hi = later.end() + end.start() if end else len(text)
    if any(later.end() <= m.start < hi for m in date_mentions(sentence, doc.language)):
        return None  # "and later sentenced last October": dated on its own
    piece = text[later.end():hi]
    act = re.search(verdicts.VERDICTS[doc.language], piece, re.IGNORECASE)
    if act is None and not any(t.source != STRONG and t.kind not in ("statement", "announcement")
                               for t in find_triggers(piece, doc.language)):
        return None
    people = [p.name for p in persons_in(doc, text[:later.start()])]
    if not people:
        return None  # whose act it is stays open
    summary = f"{people[-1]} {piece.strip(' .')}"
    draft = Draft(date=None, kind="other", kind_source="verb", status="past", summary=summary, evidence=text,
                  sentence=sentence.index, block=sentence.block, guessed=True)
    draft.add(people[-1:])
    return draft
