"""A dated clause without an event word that tells a process going on or stalling, or a deployment or a
delivery, tells no one occurrence (CONVENTIONS §7.4).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from support.extraction import events_of


@pytest.mark.parametrize(("text", "language"), [
    ("Fighting continued on Monday in the east of the country.", "en"),
    ("A team of observers began deploying to the border area on Monday.", "en"),
    ("The regional peace initiative stalled in March over the sharing of posts.", "en"),
    ("Die Kämpfe gingen am Montag im Osten des Landes weiter.", "de"),
    ("Im März wurden zusätzliche Soldaten an der Grenze stationiert.", "de"),
])
def test_a_process_or_deployment_with_a_date_is_no_event(text: str, language: str) -> None:
    assert events_of(text, language) == []


@pytest.mark.parametrize(("text", "language"), [
    ("The two delegations continued their talks in Geneva on Monday.", "en"),
    ("Fighters seized the town of Kalva on Monday.", "en"),
])
def test_an_occurrence_with_a_date_stays(text: str, language: str) -> None:
    assert [e for e in events_of(text, language) if e.date]
