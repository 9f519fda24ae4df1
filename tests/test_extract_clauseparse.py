"""The clause reading of a sentence (``clauseparse``) and what the participant joiners take from it:
a name in a clause about someone else (a relative, subordinate or participial clause that neither
holds the event nor lends it a subject) is no party of the event (issue #13).  Every sentence is
invented."""

from __future__ import annotations

from support.extraction import doc_of

from lagebild.briefing.model import Event
from lagebild.extract.clauseparse import outside_parties, parse


def _kinds(text: str, language: str) -> list[tuple[str, bool, list[str]]]:
    return [(c.kind, c.own_subject, [text[lo:hi].strip(" ,") for lo, hi in c.spans]) for c in parse(text, language)]


def test_a_list_after_a_comma_goes_on_with_its_clause() -> None:
    text = "Merz, Macron und Starmer trafen sich am Montag in Paris."
    assert [k for k, _own, _s in _kinds(text, "de")] == ["main"]
    text = "Leaders of Ghana, Togo and Benin met on Monday, including President Ama Osei."
    assert [k for k, _own, _s in _kinds(text, "en")] == ["main"]


def test_a_german_relative_clause_runs_to_its_verb_across_a_list() -> None:
    text = ("Das Forum, in dem neben den Parteien die OSZE, Norwegen und Chile als Vermittler vertreten waren, "
            "ruht seit Februar.")
    kinds = _kinds(text, "de")
    assert kinds[1][0] == "relative" and "Norwegen" in " ".join(kinds[1][2])
    assert "ruht seit Februar." in kinds[0][2]


def test_an_english_relative_clause_keeps_its_list_and_ends_before_the_main_verb() -> None:
    text = "The envoy, who met Pell, Rossi and Weber, said on Monday he would return."
    kinds = _kinds(text, "en")
    assert kinds[0][2] == ["The envoy", "said on Monday he would return."]
    assert kinds[1][:2] == ("relative", False) and kinds[1][2] == ["who met Pell", "Rossi and Weber"]


def test_what_a_german_relative_clause_asks_for_goes_on_with_it() -> None:
    text = "Der Rat berät am Montag einen Antrag von Anna Berger, die verlangt, dass die Regierung Bericht erstattet."
    kinds = _kinds(text, "de")
    assert kinds[0][2] == ["Der Rat berät am Montag einen Antrag von Anna Berger"]
    assert kinds[1][0] == "relative" and kinds[1][2][-1].startswith("dass die Regierung")


def test_a_subjectless_clause_shares_the_subject_before_it() -> None:
    text = "Norway and Chile ended the talks on Saturday, but agreed to meet again in January."
    kinds = _kinds(text, "en")
    assert kinds[1][:2] == ("coordinated", False)
    outside = outside_parties(text, "en", (text.index("January"), text.index("meet")))
    assert not outside  # the subject of the first clause lends itself to the second


def test_a_prepositional_phrase_is_no_subordinate_clause() -> None:
    text = "Die Ministerin traf am Montag, während des Gipfels, ihren Amtskollegen."
    assert [k for k, _own, _s in _kinds(text, "de")] == ["main"]
    text = "The minister met her counterpart on Monday, after talks with the union."
    assert [k for k, _own, _s in _kinds(text, "en")] == ["main"]


def _doc(text: str, language: str, published: str = "2026-03-18"):
    return doc_of(text, language, published)


def dated(text: str, language: str, day: str) -> Event:
    found = [e for e in _doc(text, language).events if e.date == day]
    assert found, f"no event on {day} in {text!r}"
    return found[0]


def test_names_in_a_relative_clause_about_a_forum_are_no_parties_of_its_pause_de() -> None:
    text = ("Das Gesprächsformat, in dem neben den Parteien die OSZE, Norwegen und Chile als Vermittler "
            "vertreten waren, ruht seit dem Streit im März 2025.")
    event = dated(text, "de", "2025-03")
    assert not {"OSZE", "NO", "CL"} & set(event.participants)


def test_the_object_of_a_participial_clause_is_no_party_en() -> None:
    text = ("The Green Party held on to power after Thursday's election, leaving the prime minister, "
            "Mr Tomas Berglund, with a majority of one seat.")
    event = dated(text, "en", "2026-03-12")
    assert "Tomas Berglund" not in event.participants


def test_an_attribute_of_the_event_noun_keeps_its_agents_en() -> None:
    text = ("The ministers' meeting was preceded on Tuesday by a session of the contact group, co-chaired by "
            "Defence Secretary John Healey.")
    event = dated(text, "en", "2026-03-17")
    assert "John Healey" in event.participants


def test_the_main_clause_names_no_party_of_an_event_told_only_in_an_aside_de() -> None:
    text = ("Die Minister beauftragten die Weltbank lediglich, bis zur nächsten Tagung des Rates am 25. Juni "
            "einen Bericht vorzulegen.")
    event = dated(text, "de", "2026-06-25")
    assert "Weltbank" not in event.participants


def test_a_subordinate_clause_without_a_comma_names_no_party_en() -> None:
    text = ("An earlier informal meeting in Oslo in July broke up without agreement after Norwegian negotiators "
            "insisted on a new map.")
    event = dated(text, "en", "2025-07")
    assert "NO" not in event.participants


def test_a_condition_opened_by_its_verb_names_no_party_de() -> None:
    text = "Das Handelsministerium in Peking drohte am Freitag mit Gegenmaßnahmen, sollte die EU die Zölle beschließen."
    event = dated(text, "de", "2026-03-13")
    assert "EU" not in event.participants


def test_the_event_a_day_before_keeps_the_names_of_its_clause_en() -> None:
    text = ("India and Indonesia signed six agreements on Wednesday, a day after Vice President Budi Hartono "
            "attended the parade as chief guest.")
    event = dated(text, "en", "2026-03-17")
    assert "Budi Hartono" in event.participants


def test_a_pronoun_takes_up_the_names_of_the_clauses_before_it_en() -> None:
    text = ("President Lena Dahl stressed unity, appearing with Vice President Piet Vos in her office before they "
            "began talks on Thursday afternoon.")
    event = dated(text, "en", "2026-03-12")
    assert "Piet Vos" in event.participants


def test_an_undated_event_takes_no_names_from_an_aside_about_someone_else_de() -> None:
    text = ("Premierministerin Lena Dahl wird Präsident Luc Martin in Oslo treffen, der zuvor mit Kanzler "
            "Piet Vos telefoniert hatte.")
    events = [e for e in _doc(text, "de").events if e.date is None and "Lena Dahl" in e.participants]
    assert events and "Piet Vos" not in events[0].participants
