"""Bodies recognised wherever they act, not only in quotation marks (issue #13).

Invented sentences: unions, NGOs, central banks, companies, groups with members that act and seats
of government used for their government are organizations; an NGO's name is no person.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of


def orgs_and_persons(text: str, language: str) -> tuple[list[str], list[str]]:
    doc = doc_of(text, language)
    return [o.name for o in doc.organizations], [p.name for p in doc.persons]


@pytest.mark.parametrize(("text", "language", "org"), [
    ("Die Menschenrechtsorganisation Amnesty International sprach von Folter.", "de", "Amnesty International"),
    ("Rights group Human Rights Watch reported abuses in the camps.", "en", "Human Rights Watch"),
    ("Die Gewerkschaft IG Metall rief für Donnerstag zum Streik auf.", "de", "IG Metall"),
    ("Laut Bundesbank schrumpft die Wirtschaft.", "de", "Bundesbank"),
    ("Die Koalition der Willigen berät am Montag über Garantien.", "de", "Koalition der Willigen"),
    ("Downing Street confirmed the meeting on Friday.", "en", "Downing Street"),
    ("The Vatican offered to mediate between the two sides.", "en", "Vatican"),
    ("Carmaker Volkswagen warned of job losses.", "en", "Volkswagen"),
])
def test_a_known_body_is_an_organization(text: str, language: str, org: str) -> None:
    orgs, persons = orgs_and_persons(text, language)
    assert org in orgs
    assert org not in persons


def test_the_name_of_a_meeting_is_no_organization() -> None:
    orgs, _persons = orgs_and_persons("The Munich Security Conference opens on Friday with many guests.", "en")
    assert "Munich Security Conference" not in orgs
