"""Places and countries as real news gives them: colon datelines, capitals for governments, venues, federal titles.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from support.extraction import doc_of

from lagebild.extract.doc import Doc


def _doc(text: str, language: str, locale: str | None = None) -> Doc:
    return doc_of(text, language, published=None, locale=locale)


def _places(text: str, language: str) -> list[str]:
    return [p.name for p in _doc(text, language).places]


def test_a_broadcaster_dateline_with_a_colon_is_a_place() -> None:
    assert _places("Ober-Ammerfeld: Zur Stunde beraten die Minister über den Haushalt.", "de") == ["Ober-Ammerfeld"]
    assert _places("Lissabon: Die Regierung hat am Montag den Haushalt vorgelegt.", "de") == ["Lissabon"]
    assert _places("Kritik: Die Opposition hält den Haushalt für unseriös.", "de") == []


def test_capitals_named_together_or_as_diplomatic_partners_are_governments() -> None:
    assert _places("Seither herrscht zwischen Washington und Teheran Funkstille.", "de") == []
    assert _places("Few countries recognise Taipei rather than Beijing, and Rome is a critic of Beijing.", "en") == []
    assert _places("The delegation flew from Rome to Beijing on Monday.", "en") == ["Rome", "Beijing"]


def test_the_headline_names_places_too() -> None:
    doc = _doc("Staatsbesuch in Lissabon: Kanzler empfangen\n\nDer Kanzler wurde am Montag mit Ehren empfangen.",
               "de")
    assert [p.name for p in doc.places] == ["Lissabon"]


def test_venues_are_places_even_after_a_city() -> None:
    text = "Zum Auftakt besucht er den Bahnhof Lissabon Oriente. Danach will er die Verbotene Stadt besichtigen."
    assert _places(text, "de") == ["Bahnhof Lissabon Oriente", "Verbotene Stadt"]


def test_a_parliament_is_a_place_where_something_happens_there_and_a_body_when_it_acts() -> None:
    doc = _doc("Die Kanzlerin spricht heute im Bundestag. Danach berät der Bundestag über das Gesetz.", "de")
    assert [p.name for p in doc.places] == ["Bundestag"]
    assert [o.name for o in doc.organizations] == ["Bundestag"]


def test_a_country_as_a_location_is_no_place_but_a_city_state_is() -> None:
    assert _places("The summit was held in Niamey, the capital of Niger.", "en") == ["Niamey"]
    assert _places("Das erste Treffen fand 2018 in Singapur statt.", "de") == ["Singapur"]


def test_plural_nouns_after_in_are_no_places() -> None:
    assert _places("Seltene Erden stecken etwa in Handys, und Geld fließt in Gaspipelines.", "de") == []


def test_federal_titles_and_national_bodies_reference_their_state() -> None:
    doc = _doc("Bundesumweltminister Karl Stein hält den Entwurf für schwach.", "de", "de-DE")
    assert [c.code for c in doc.countries] == ["DE"]
    austrian = _doc("Bundeskanzler Max Huber (ÖVP) reist heute nach Brüssel.", "de", "de-AT")
    assert [c.code for c in austrian.countries] == ["AT"]
    assert [c.code for c in _doc("Congress passed the bill late on Thursday.", "en").countries] == ["US"]


def test_a_dateline_with_its_country_and_a_continent_adjective() -> None:
    doc = _doc("LIMA, Peru (AP) — Talks will resume. Farmers fear cheaper South American imports.", "en")
    assert [p.name for p in doc.places] == ["Lima"]
    assert [c.code for c in doc.countries] == ["PE"]


def test_an_inflected_venue_body_acting() -> None:
    doc = _doc("Als Grund nannte das Weiße Haus das schlechte Wetter.", "de")
    assert [o.name for o in doc.organizations] == ["Weißes Haus"]


def test_a_city_that_shares_its_country_s_name_is_a_place() -> None:
    assert _places("Ministers meet in Luxembourg later this month.", "en") == ["Luxembourg"]
