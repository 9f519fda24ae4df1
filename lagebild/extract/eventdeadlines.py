"""A deadline that falls on a day is an event of that day (one stage helper of ``events``).

CONVENTIONS §7 counts every one-time occurrence the article reports as going to happen; a deadline
running out or a pause expiring on a named day is one ("the Aug. 1 deadline", "the pause will expire
by Aug. 6", „die Frist am Freitag“).  A date that only bounds something else ("talks through March
13", "must agree by Friday") stays no event: only a deadline noun right at the date, or a verb of
expiring right before it, makes one.  What the article does not say in so many words — that the
deadline is an occurrence at all — makes such an event ``review: guessed``.  The words are data per
language (``DEADLINE_NOUNS``, ``EXPIRY_VERBS`` in ``lang/*_time.py``).
"""

from __future__ import annotations

import re

from lagebild.extract.datefind import DateMention, lang_data
from lagebild.extract.eventdraft import clause_of, split_clauses

_WORD = re.compile(r"[\wÄÖÜäöüß]+")


def deadline_word(text: str, mention: DateMention, language: str) -> tuple[int, int] | None:
    """Where the deadline noun or expiry verb that the date belongs to stands, or None.

    The noun may follow the date within two words ("the Aug. 1 deadline", "Friday's deadline") or
    precede it within three ("a deadline of Aug. 1", „die Frist am Freitag“); the verb of expiring
    precedes it within three words ("will expire by Aug. 6", „ausläuft am Freitag“)."""
    data = lang_data(language)
    after = list(_WORD.finditer(text, mention.end, min(len(text), mention.end + 30)))[:2]
    for m in after:
        if m.group(0).lower() in data.DEADLINE_NOUNS:
            return m.start(), m.end()
        if not re.fullmatch(r"s|\w+", m.group(0)) or re.search(r"[,;:.]", text[mention.end:m.start()]):
            break
    before = list(_WORD.finditer(text, max(0, mention.start - 40), mention.start))[-3:]
    if before and re.search(r"[,;:.]", text[before[0].end():mention.start]):
        before = [m for m in before if not re.search(r"[,;:.]", text[m.end():mention.start])]
    for m in reversed(before):
        word = m.group(0).lower()
        if word in data.DEADLINE_NOUNS or word in data.EXPIRY_VERBS:
            return m.start(), m.end()
    return None


def deadline_clause(text: str, mention: DateMention, language: str) -> bool:
    """A dated clause without an event word that speaks of a deadline or of something running out
    („Die Frist für eine Einigung endet am 1. August“, „Der Vertrag läuft im Dezember aus“): about a
    deadline, so at most a guessed event."""
    lo, hi = clause_of(mention.start, split_clauses(text))
    words = [m.group(0).lower() for m in _WORD.finditer(text, lo, hi)]
    data = lang_data(language)
    if set(words) & (data.DEADLINE_NOUNS | data.EXPIRY_VERBS):
        return True
    # a split verb of running out: „läuft … aus“, „lief … ab“
    return language == "de" and bool(set(words) & {"läuft", "laufen", "lief", "liefen"}) and bool(
        words and words[-1] in ("aus", "ab"))
