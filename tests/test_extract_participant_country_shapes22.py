"""Country participants withheld on the shape of the country word (issue #13, session 22).

Every sentence here is invented.  Each group is one class of wrong country participant.
"""

from __future__ import annotations

import pytest
from support.extraction import events_of

# --- a nationality adjective on one unnamed person in the singular: the person acts, not the state ---


@pytest.mark.parametrize(("text", "absent"), [
    ("Der armenische Regierungschef hatte das Angebot am Montag, dem 16. März 2026, in einer Rede begrüßt.", "AM"),
    ("Am Montag, dem 16. März 2026, empfing Meier den armenischen Außenminister in Bern.", "AM"),
    ("Der georgische Unterhändler traf am Montag, dem 16. März 2026, in Genf ein.", "GE"),
])
def test_an_adjective_on_one_person_is_no_country_participant(text: str, absent: str) -> None:
    found = [e for e in events_of(text, "de") if absent in e.participants]
    assert not found, found


@pytest.mark.parametrize(("text", "present"), [
    ("Die armenischen Minister trafen am Montag, dem 16. März 2026, in Genf ein.", "AM"),
    ("Am Montag, dem 16. März 2026, traf die armenische Regierung in Genf Vertreter der Schweiz.", "AM"),
])
def test_an_adjective_on_a_team_or_government_stays(text: str, present: str) -> None:
    assert any(present in e.participants for e in events_of(text, "de"))
