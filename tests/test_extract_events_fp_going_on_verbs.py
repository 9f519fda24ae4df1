"""German event verbs with the particle "weiter" (issue #13, ``de_event_words.GOING_ON_PREFIXES``).

Every sentence here is invented for the test.
"""

from __future__ import annotations

from tests.support.extraction import events_of

# A Wednesday: "am Freitag" ahead is 2026-03-20, "am Montag" behind is 2026-03-16.
PUBLISHED = "2026-03-18"


# -- "weiterverhandeln": an event verb with a particle of going on (``de_event_words.GOING_ON_PREFIXES``); the
# round told again later is that event, not an undated one

def test_talks_told_again_after_a_verb_of_going_on_are_one_event() -> None:
    events = events_of("Verhandlungen in Genf\n\nDie Waffenruhe hat gehalten. Am Montag sollen die Unterhändler "
                       "in Genf weiterverhandeln.\n\nDas Außenministerium hat die nächste Verhandlungsrunde "
                       "bestätigt. Für Norland verhandelt erneut Ministerin Anna Berger.", "de")
    assert [(e.date, e.status, e.kind) for e in events] == [("2026-03-23", "planned", "talks")]
