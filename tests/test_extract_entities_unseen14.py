"""Organisations, places and figures on unseen text, second round (issue #13): a compass word before a state's
long name, a statistics office named by its state, a parliament without an article as a venue, the same count
told twice in other words.  Every sentence is invented; each test fails without the rule it names."""

from __future__ import annotations

from tests.support.extraction import doc_of


def _places(text: str, language: str) -> list[str]:
    return [p.name for p in doc_of(text, language).places]


def _orgs(text: str, language: str) -> list[str]:
    return [o.name for o in doc_of(text, language).organizations]


def _figures(text: str, language: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in doc_of(text, language).figures]


def test_compass_word_before_a_states_long_name_keeps_the_whole_name() -> None:
    places = _places("Aid convoys reached villages in northern Democratic Republic of Congo on Friday.", "en")
    assert "northern Democratic Republic of Congo" in places
    assert "northern Democratic" not in places and "northern Congo" not in places
    # two names side by side stay apart: the part ends at the first known one
    assert "southern Syria Turkey" not in _places("In southern Syria Turkey has no troops.", "en")


def test_statistics_office_named_by_its_state_is_a_body() -> None:
    assert "Statistics Norway" in _orgs("Prices rose 3 percent in March, according to Statistics Norway.", "en")
    assert "Statistik Austria" in _orgs("Laut Statistik Austria sank die Zahl der Anträge.", "de")
    assert not [o for o in _orgs("Statistics Show Record Exports", "en") if o.startswith("Statistics")]


def test_parliament_without_an_article_after_at_is_a_venue_and_the_body() -> None:
    doc = doc_of("The premier met the visiting minister at Parliament on Tuesday.", "en")
    assert "Parliament" in [p.name for p in doc.places]
    assert "Parliament" in [o.name for o in doc.organizations]
    assert "Parliament" not in _places("The Opposition Caucus in Parliament welcomed the deal.", "en")


def test_same_count_told_again_in_other_words_is_one_figure() -> None:
    text = ("Lisbon chairs the 9-member group this year. "
            "The leaders of the 9 member states will meet again in June.")
    assert [value for value, _unit in _figures(text, "en")].count(9) == 1
    assert len([v for v, _u in _figures("Nine soldiers were hurt. Nine aircraft were lost.", "en") if v == 9]) == 2


def test_short_form_of_a_compass_region_after_its_long_form_is_the_same_place() -> None:
    text = ("Fighting flared in northern Democratic Republic of Congo on Friday. "
            "Thousands fled their homes in northern Congo, aid groups said.")
    places = _places(text, "en")
    assert "northern Democratic Republic of Congo" in places and "northern Congo" not in places


def test_caucus_is_the_head_of_a_bodys_name() -> None:
    assert "Majority Caucus" in _orgs("The Majority Caucus in the Senate rejected the motion on Friday.", "en")
    assert not [o for o in _orgs("The party caucus met late on Friday.", "en") if "aucus" in o]


def test_a_chamber_members_title_names_the_chamber() -> None:
    assert "Nationalrat" in _orgs("GLP-Nationalrat Urs Beispiel sprach von einem Fehlentscheid.", "de")
    assert "Ständerat" in _orgs("Die Ständerätin Lea Muster (FDP) lehnte den Antrag ab.", "de")
    assert "Bundesrat" not in _orgs("Bundesrat Hans Beispiel reiste am Montag nach Rom.", "de")
