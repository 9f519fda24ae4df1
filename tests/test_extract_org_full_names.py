"""Which name of a body is shown (CONVENTIONS §4), for every body of the lexicon alike (invented sentences).

With a full name and an acronym the full name, once; a body the text names only by its short form keeps
it.  Event participants show the same form as the organizations, and an acronym inside a compound
(„EU-Gipfel“, "EU-China talks") names the body whichever of its forms is shown.
"""

from __future__ import annotations

import pytest
from support.extraction import doc_of


def _orgs(text: str, language: str) -> list[str]:
    return [o.name for o in doc_of(text, language).organizations]


@pytest.mark.parametrize(("language", "text", "shown"), [
    ("de", "Die EU und Norwegen beraten. Ein Sprecher der Europäischen Union sagte, man sei offen.",
     "Europäische Union"),
    ("en", "The European Union and Norway met. The EU said talks would go on.", "European Union"),
    ("de", "Die UNO kündigte Hilfe an. Die Vereinten Nationen haben 193 Mitglieder.", "Vereinte Nationen"),
    ("en", "The AU announced aid. The African Union has 55 members.", "African Union"),
    ("en", "ECOWAS leaders met. The Economic Community of West African States has 12 members.",
     "Economic Community of West African States"),
])
def test_a_body_written_in_full_is_shown_by_its_full_name_once(language: str, text: str, shown: str) -> None:
    assert _orgs(text, language) == [shown]


@pytest.mark.parametrize(("language", "text", "shown"), [
    ("de", "Die EU und Norwegen beraten. Der EU-Gipfel soll im Mai folgen.", "EU"),
    ("en", "The EU and Norway met. EU ministers said talks would go on.", "EU"),
    ("en", "NATO announced new drills. NATO has 32 members.", "NATO"),
])
def test_a_body_written_only_short_keeps_its_short_form(language: str, text: str, shown: str) -> None:
    assert _orgs(text, language) == [shown]


@pytest.mark.parametrize(("language", "text", "day"), [
    ("de", "Gipfel\n\nBrüssel – Die Europäische Union ist besorgt. Der EU-Gipfel tagte am Montag in Brüssel.",
     "2026-03-16"),
    ("en", "Trade\n\nOSLO – The European Union is worried about steel. EU-China talks will resume on Friday in "
           "Oslo.", "2026-03-20"),
])
def test_participants_show_the_organizations_form_also_where_a_compound_names_the_body(
        language: str, text: str, day: str) -> None:
    doc = doc_of(text, language)
    shown = [o.name for o in doc.organizations]
    assert shown == ["Europäische Union" if language == "de" else "European Union"]
    events = [e for e in doc.events if e.date == day]
    assert events, f"no event on {day}"
    assert shown[0] in events[0].participants
    assert not {"EU"} & set(events[0].participants)


def test_the_un_inside_a_council_compound_is_still_not_the_un() -> None:
    doc = doc_of("Die Vereinten Nationen sind besorgt. Der UN-Sicherheitsrat tagte am Montag in New York.", "de")
    monday = [e for e in doc.events if e.date == "2026-03-16"]
    assert monday and "Vereinte Nationen" not in monday[0].participants


@pytest.mark.parametrize(("language", "text", "shown"), [
    ("en", "The Organization for Security and Co-operation in Europe sent observers. The OSCE said the vote was calm.",
     "Organization for Security and Co-operation in Europe"),
    ("de", "Die OSZE entsandte Beobachter. Die Organisation für Sicherheit und Zusammenarbeit in Europa sprach "
           "von einer ruhigen Wahl.", "Organisation für Sicherheit und Zusammenarbeit in Europa"),
    ("en", "The Association of Southeast Asian Nations met. ASEAN said the code was near.",
     "Association of Southeast Asian Nations"),
])
def test_a_body_known_by_its_acronym_written_in_full_without_brackets_is_one_entry(
        language: str, text: str, shown: str) -> None:
    assert _orgs(text, language) == [shown]


@pytest.mark.parametrize(("language", "text", "shown"), [
    ("en", "Sahel\n\nNIAMEY – The Alliance of Sahel States (AES) was founded in 2023. The AES held a summit in Niamey "
           "on Monday.", "Alliance of Sahel States"),
    ("en", "Code\n\nVIENTIANE – The Association of Southeast Asian Nations (ASEAN) is worried. ASEAN held a summit in "
           "Vientiane on Monday.", "Association of Southeast Asian Nations"),
])
def test_the_acronym_a_text_defines_names_the_body_as_a_participant(language: str, text: str, shown: str) -> None:
    doc = doc_of(text, language)
    assert [o.name for o in doc.organizations] == [shown]
    monday = [e for e in doc.events if e.date == "2026-03-16"]
    assert monday and shown in monday[0].participants


@pytest.mark.parametrize(("language", "text", "shown"), [
    ("de", "Die Europäische Union ist besorgt. „Wir bleiben hart“, teilte die EU am Montag mit.", "Europäische Union"),
    ("en", "The United Nations is worried. \"We stay firm,\" the UN said on Monday.", "United Nations"),
])
def test_a_body_speaking_by_its_acronym_is_the_body_shown_in_full(language: str, text: str, shown: str) -> None:
    assert [q.speaker for q in doc_of(text, language).quotes] == [shown]
