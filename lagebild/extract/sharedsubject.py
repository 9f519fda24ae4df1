"""Who a subjectless clause of a sentence with several dates shares: "Egypt and Sudan ended the talks on
Saturday, but agreed to meet again in January" — January's meeting is Egypt's and Sudan's too, though
its own clause names nobody (CONVENTIONS §7: two occurrences in one sentence are two events, each
with its parties)."""

from __future__ import annotations

import re

from lagebild.briefing.model import Person
from lagebild.extract.datefind import lang_data
from lagebild.extract.doc import Doc
from lagebild.extract.eventdraft import Trigger
from lagebild.extract.lang import participants
from lagebild.extract.mentions import name_mentions
from lagebild.extract.subjects import fitting, previous_subject


def shared_subject(text: str, clause_start: int, triggers: list[Trigger], language: str) -> tuple[int, int] | None:
    """The stretch before the sentence's first event word when the clause at ``clause_start`` is joined
    by a conjunction and goes straight on with its verb; None when it has a subject of its own, or when
    the sentence names no event word before it (then the subject is not known)."""
    pattern = participants.SUBJECTLESS_CLAUSE.get(language)
    if not pattern or clause_start <= 0 or not re.match(pattern, text[clause_start:]):
        return None
    first = min((t.start for t in triggers if t.start < clause_start), default=None)
    if first is None or first == 0:
        return None
    return 0, first


_PRONOUN = re.compile(r"\b(er|sie|he|she)\b")


def pronoun_in_clause(doc: Doc, text: str, told: str, clause_start: int, clause_end: int,
                      said_only: bool = False) -> tuple[Person, Person | None] | None:
    """"Fortin said on Tuesday she had spoken by phone with X on Monday": the pronoun of a later clause
    of a sentence with several dates (``told``: the sentence with what is not this date's blanked) takes up
    a person named before it in the same sentence (its first fitting one, the subject), not the subject of
    the sentence before.  ``said_only``: only a pronoun after a verb of saying whose subject names that
    person ("Trump said afterward that he would travel to Beijing": he is Trump even when the nearest
    sentence before names two men).  Returns that person and whom
    the clause alone takes the pronoun for (to be dropped unless the clause names them), or None."""
    found = _PRONOUN.search(told, clause_start, clause_end)
    if found is None:
        return None
    pronoun = found.group(1).lower()
    if pronoun == "sie" and doc.language != "de":
        return None
    # (only a speaker before the verb of saying: "announced that Lai would visit, meaning he would fly"
    # tells what was said, whose names are no speaker)
    speech = lang_data(doc.language).SPEECH_PAST | lang_data(doc.language).REPORT_VERBS
    said = next((m.start() for m in re.finditer(r"[\wäöüß]+", text[:found.start()]) if m.group(0).lower() in speech),
                found.start())
    if said_only and said == found.start():
        return None
    fitting_before = fitting(doc, [m.person for m in name_mentions(doc, text[:said])], pronoun)
    if not fitting_before:
        return None
    own = {m.person.name for m in name_mentions(doc, told[clause_start:clause_end])}
    sentence = next((s for s in doc.sentences if s.text == text), None)
    alone = previous_subject(doc, sentence, pronoun) if sentence is not None else None
    return fitting_before[0], (alone if alone is not None and alone.name not in own else None)
