"""A meeting done by a group pronoun takes the parties of the event told just before (one stage
helper of ``events``).

"India and Indonesia held talks on Thursday. The two sides will meet again on December 3": the
second meeting's parties are the first's ("pronouns back to the last named group", issue #13).  Only
a meeting, talks or call with no parties of its own that the text tells as a continuation ("again",
„erneut“), and only from an event of two parties or more at most two sentences before.  The group
words and the continuation cues are data in ``lang/*_time.py`` (``GROUP_SUBJECT``, ``CONTINUATION``).
"""

from __future__ import annotations

import re

from lagebild.extract.datefind import lang_data
from lagebild.extract.eventdraft import Draft

_GATHERINGS = ("meeting", "talks", "call")


def _by_group(draft: Draft, language: str) -> bool:
    """Whether a group pronoun or phrase does the event (before its event word)."""
    at = draft.evidence.find(draft.word) if draft.word else -1
    before = draft.evidence[:at] if at >= 0 else draft.evidence
    return re.search(lang_data(language).GROUP_SUBJECT, before) is not None


def parties_of_the_group(events: list[Draft], language: str) -> list[Draft]:
    for index, draft in enumerate(events):
        if draft.participants or draft.kind not in _GATHERINGS or not _by_group(draft, language):
            continue
        if not re.search(lang_data(language).CONTINUATION, draft.evidence):
            continue  # "they" alone may be anyone; "they will meet again" are the ones who met
        earlier = [e for e in events[:index] if 0 < draft.sentence - e.sentence <= 2 and len(e.participants) >= 2]
        if earlier:
            draft.add(max(earlier, key=lambda e: e.sentence).participants)
    return events
