"""Places known by the shape of their phrase (rivers with an article, adjective venues, two-word names with a
prefix, islands, crossings, parks).

Every sentence is invented; each test fails without the rule it names.
"""

from __future__ import annotations

from support.extraction import doc_of

from lagebild.extract.doc import Doc
from lagebild.extract.placeshapes import adjective_venues, prefixed_places, rivers


def _doc(text: str, language: str) -> Doc:
    return doc_of(text, language, "2026-03-04")


def _places(doc: Doc) -> list[str]:
    return [p.name for p in doc.places]


def test_a_river_with_its_article_is_a_place_in_both_languages() -> None:
    assert [n for _s, _e, n in rivers("Die Schiffe stauen sich an der Weser und am Rhein.", "de")] == \
        ["Weser", "Rhein"]
    assert [n for _s, _e, n in rivers("Barges queued along the Danube near the border.", "en")] == ["Danube"]


def test_a_bare_river_word_without_article_is_not_a_place() -> None:
    # the conjunction at a sentence's start and a word standing alone stay what they are
    assert rivers("Oder sie warten bis zum Herbst.", "de") == []
    assert rivers("Seine Partei lehnt den Vorschlag ab.", "de") == []


def test_river_reaches_the_places_of_an_article() -> None:
    doc = _doc("Die Minister besuchten am Montag einen Deich an der Elbe. Dort hatte es im Sommer geregnet.", "de")
    assert "Elbe" in _places(doc)


def test_adjective_venue_is_shown_in_the_nominative() -> None:
    found = [n for _s, _e, n in adjective_venues("Der Gast wurde im Inneren Burghof und danach im Roten Rathaus "
                                                   "empfangen, später traf man sich des Abends im Goslarer Schloss.")]
    assert found == ["Innerer Burghof", "Rotes Rathaus", "Goslarer Schloss"]


def test_adjective_venue_in_the_genitive_loses_its_ending() -> None:
    assert [n for _s, _e, n in adjective_venues("Sie verließ die Bar des Bayerischen Hofs.")] == ["Bayerischer Hof"]


def test_two_word_place_with_a_prefix_is_whole() -> None:
    assert [n for _s, _e, n in prefixed_places("Hilfskonvois fahren nach El Obeid und in Bad Kreuzen.")] == \
        ["El Obeid", "Bad Kreuzen"]
    doc = _doc("Die Helfer erreichten am Dienstag nach langer Fahrt El Obeid nicht, sie blieben in Al Qadarif.", "de")
    assert "Al Qadarif" in _places(doc) and "Al" not in _places(doc)


def test_island_crossing_and_park_name_places() -> None:
    doc = _doc("Die Soldaten landeten auf der Insel Korvena. Der Konvoi passierte den Grenzübergang Velimar. "
               "Die Ministerin besuchte den Nationalpark Wachtried.", "de")
    places = _places(doc)
    assert "Korvena" in places and "Velimar" in places and "Nationalpark Wachtried" in places


def test_a_lake_hyphened_to_its_name_is_a_place() -> None:
    doc = _doc("Am Samstag trafen sich die Delegationen in einem Hotel am Varna-See.", "de")
    assert "Varna-See" in _places(doc)


def test_palace_named_by_its_genitive_is_a_place() -> None:
    doc = _doc("Der Präsident empfing die Gäste im Palast der Republik. The talks moved to the Palace of Nations.",
               "de")
    assert "Palast der Republik" in _places(doc)


def test_a_compass_word_before_a_known_place_names_its_part() -> None:
    assert "South Kordofan" in _places(_doc("Fighting flared again in South Kordofan on Monday, officials said.",
                                            "en"))
    assert "Nord-Darfur" in _places(_doc("Die Kämpfe in Nord-Darfur halten an, sagte ein Sprecher.", "de"))


def test_a_state_named_with_a_compass_word_is_no_part_of_a_place() -> None:
    doc = _doc("Officials from North Macedonia met in Skopje on Monday.", "en")
    assert "North Macedonia" not in _places(doc)


def test_a_dam_or_bridge_names_a_place_whole() -> None:
    doc = _doc("Engineers inspected the Kerava Dam on Monday, officials said.", "en")
    assert "Kerava Dam" in _places(doc)


def test_names_coordinated_with_a_free_place_are_places_too() -> None:
    assert _places(_doc("Die Ministerin besuchte Betriebe in Varnsdorf und Trebnitz am Montag.", "de")) == \
        ["Varnsdorf", "Trebnitz"]
    assert _places(_doc("Clashes were reported in Tetovo, Gostivar and Kičevo over the weekend.", "en")) == \
        ["Tetovo", "Gostivar", "Kičevo"]


def test_a_comma_without_a_closing_and_starts_no_list_and_a_demonym_no_place() -> None:
    assert _places(_doc("Wer in Varnsdorf lebt, Geld verdient und Steuern zahlt, bleibt.", "de")) == ["Varnsdorf"]
    assert _places(_doc("Fighting continued in Kherson, Ukrainian officials said.", "en")) == ["Kherson"]


def test_a_site_named_by_its_kind_is_a_place() -> None:
    assert _places(_doc("Es ging um das Wasserkraftwerk Bajina Bašta und den Luftwaffenstützpunkt Incirlik.", "de")) \
        == ["Bajina Bašta", "Incirlik"]
    assert _places(_doc("Inspectors returned to the Zaporizhzhia nuclear power plant on Monday.", "en")) == \
        ["Zaporizhzhia"]
    assert _places(_doc("Troops moved along the Mereb River near the border.", "en")) == ["Mereb River"]


def test_a_compass_word_after_a_site_noun_is_no_place() -> None:
    assert _places(_doc("Das Kraftwerk Nord wurde am Montag abgeschaltet.", "de")) == []


def test_a_person_placed_by_in_after_a_place_is_no_conjunct_place() -> None:
    doc = _doc("Talks were held in Quito. (Reporting by Ana Roe in Lima and Jeff Dorn in Cusco; Editing by Al Poe)",
               "en")
    assert "Jeff Dorn" not in _places(doc)


def test_a_demonym_or_a_cut_off_longer_name_after_in_is_no_place() -> None:
    assert _places(_doc("More than 700 sailors remain in Russian captivity, officials said.", "en")) == []
    assert _places(_doc("The State announced $50 million in Coastal Defence Financing for the navy.", "en")) == []
    assert _places(_doc("Talks in Tetovo ended on Monday without a deal.", "en")) == ["Tetovo"]


def test_a_parliament_named_as_the_venue_of_its_debate_is_place_and_body() -> None:
    doc = _doc("Die Abgeordnete Lena Kurz sagte am Donnerstag im Bundestag, der Plan sei falsch.", "de")
    assert "Bundestag" in _places(doc) and "Bundestag" in [o.name for o in doc.organizations]


def test_a_feature_inside_a_treaty_or_initiative_name_is_no_place() -> None:
    assert _places(_doc("Kootenay River treaty talks: negotiators meet next week in Ottawa.", "en")) == \
        ["Ottawa"]
