"""Events, round 17 (issue #13): classes seen across the tuning sets.

Every sentence here is invented for the test; each test is one class.
"""

from __future__ import annotations

import pytest

from tests.support.extraction import events_of

# A Saturday in June.
PUBLISHED = "2027-06-12"


# --- the lead's undated meeting and the next sentence that dates it through a pronoun: one event ------

@pytest.mark.parametrize(("text", "language"), [
    ("Nordseerat in Emden\n\nEmden. Drei Tage lang haben die Umweltminister des Nordseerats in der Stadt über "
     "den Schutz der Wattflächen beraten. Am Freitag unterzeichneten sie die „Emder Charta“: Die Staaten wollen "
     "Schutzgebiete ausweiten.", "de"),
    ("Ministers in Emden\n\nEMDEN — For three days the defence ministers of NATO held talks in the city on the "
     "protection of undersea cables. On Friday, they signed the Emden Charter to watch the cables together.", "en"),
])
def test_a_pronoun_subject_dates_the_leads_meeting(text: str, language: str) -> None:
    events = events_of(text, language, PUBLISHED)
    assert [e.date for e in events] == ["2027-06-11"]
    assert {"Nordseerat", "NATO"} & set(events[0].participants)


# --- a side meeting told without a day takes the day of its named occasion ---------------------------

def test_a_side_meeting_is_dated_by_its_named_occasion() -> None:
    text = ("Chile, Peru to meet in Lima\n\nSANTIAGO: Chile and Peru will hold a fourth round of talks on fishing "
            "rights in Lima on June 24, the ministry said on Thursday, two days after the third round ended in "
            "Quito.\n\nForeign Minister Carla Ibáñez Soto is expected to meet Ecuador's deputy foreign minister, "
            "Jorge Valdivieso, on the sidelines of the Lima round.")
    side = [e for e in events_of(text, "en", PUBLISHED) if "Jorge Valdivieso" in e.participants]
    assert [(e.date, e.status) for e in side] == [("2027-06-24", "planned")]


def test_a_side_meeting_of_an_occasion_that_is_not_one_day_keeps_no_date() -> None:
    text = ("Talks\n\nSANTIAGO: Chile and Peru held talks in Quito on Monday and will hold more talks in Lima on "
            "June 24.\n\nForeign Minister Carla Ibáñez Soto is expected to meet Ecuador's deputy foreign minister, "
            "Jorge Valdivieso, on the sidelines of the talks.")
    side = [e for e in events_of(text, "en", PUBLISHED) if "Jorge Valdivieso" in e.participants]
    assert all(e.date is None for e in side)


def test_another_pair_does_not_take_the_leads_group() -> None:
    text = ("Wahl in Slowenien\n\nBei der Präsidentenwahl in Slowenien zeichnet sich ein klarer Sieg von Marko Zupan "
            "ab.\n\nDie beiden Herausforderer gestanden am Freitag ihre Niederlage ein.")
    dated = [e for e in events_of(text, "de", PUBLISHED) if e.date]
    assert all("Marko Zupan" not in e.participants for e in dated)
