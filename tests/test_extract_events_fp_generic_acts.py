"""Plural acts of force without a definite determiner, undated, are acts in general, no occurrence
(issue #13, CONVENTIONS §7.4: repeated or habitual acts are no events; ``undatedwords._usable``).

Every sentence here is invented for the test.  „bei seinen Angriffen … eingesetzt“, "evidence of attacks
planned from Afghan soil": no one attack is told.  „Die Angriffe auf das Kraftwerk“ (definite) names
attacks the reader is to know: still an event.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import events_of


@pytest.mark.parametrize(("text", "language"), [
    ("Rat listet Firmen\n\nDer Rat hat heute Sanktionen gegen drei Firmen verhängt, die Drohnen an Russland "
     "liefern. Diese Drohnen werden von Russland bei seinen Angriffen auf die Stromversorgung der Ukraine "
     "eingesetzt.", "de"),
    ("Talks in Doha\n\nPakistan and Afghanistan held talks in Doha on Monday. Pakistan had presented evidence of "
     "attacks planned from Afghan soil, a spokesperson said.", "en"),
])
def test_plural_acts_in_general_are_no_undated_event(text: str, language: str) -> None:
    assert [e.date for e in events_of(text, language) if e.date is None] == []


def test_definite_plural_attacks_stay_an_event() -> None:
    events = events_of("Angriff auf Kiew\n\nDie Angriffe auf das Kraftwerk in Kiew haben die Stromversorgung "
                       "unterbrochen.", "de")
    assert [e.date for e in events] == [None]
