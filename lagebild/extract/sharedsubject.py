"""Who a subjectless clause of a sentence with several dates shares: "Egypt and Sudan ended the talks on
Saturday, but agreed to meet again in January" — January's meeting is Egypt's and Sudan's too, though
its own clause names nobody (CONVENTIONS §7: two occurrences in one sentence are two events, each
with its parties)."""

from __future__ import annotations

import re

from lagebild.extract.eventdraft import Trigger
from lagebild.extract.lang import participants


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
