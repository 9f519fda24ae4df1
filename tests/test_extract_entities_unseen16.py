"""Organisations, places, sources and countries on unseen text (round 16): invented sentences for each rule."""

from __future__ import annotations

from tests.support.extraction import doc_of


def test_photo_caption_paragraph_gives_no_facts() -> None:
    # CONVENTIONS §1: photo captions and credits are no article text
    text = ("Ministertreffen in Lübeck: Einigung auf Fischereiquoten\n\n"
            "Lübeck. Die Fischereiminister der Anrainer haben sich am Dienstag in Lübeck auf neue Quoten geeinigt.\n\n"
            "Ministerin Karla Brenner (l.) mit der dänischen Kollegin Mette Holm am Holstentor. Foto: Uwe Sand\n\n"
            "Die Einigung gilt ab Januar.\n\n"
            "Weitere Bilder: Protest am Koberg, Ankunft der Delegationen. Fotos: Uwe Sand (2), dpa (1)")
    doc = doc_of(text, "de")
    assert "DK" not in [c.code for c in doc.countries]
    assert not {"Holstentor", "Koberg"} & {p.name for p in doc.places}
    assert "dpa" not in [s.name for s in doc.sources]
    assert "Mette Holm" not in [p.name for p in doc.persons]
    assert "Lübeck" in [p.name for p in doc.places]


def test_bracketed_picture_credit_keeps_its_gallery_text() -> None:
    text = ("Leaders meet in Lusaka\n\n"
            "President Ana Mbeki welcomes her guests at State House in Lusaka on Monday. (Picture: Reuters/Jo Roe)")
    assert "Lusaka" in [p.name for p in doc_of(text, "en").places]


def test_currency_prefix_and_building_name_add_no_country() -> None:
    text = ("KINGSTON — Leaders met at Barbados House on Monday. The bloc has pledged US$40 million to the mission, "
            "with Turkiye as co-sponsor.")
    codes = [c.code for c in doc_of(text, "en").countries]
    assert "US" not in codes and "BB" not in codes
    assert "TR" in codes


def test_quoted_declaration_is_no_organization() -> None:
    text = "Rostock. Am Freitag verabschiedeten die Minister die „Warnemünder Erklärung“ zum Schutz der Ostsee."
    assert "Warnemünder Erklärung" not in [o.name for o in doc_of(text, "de").organizations]


def test_acronym_spelled_with_the_country_closing_the_name() -> None:
    text = "PESHAWAR — Attacks claimed by the banned Lashkar-i-Watan Pakistan (LWP) rose in May. LWP fighters fled."
    names = [o.name for o in doc_of(text, "en").organizations]
    assert "Lashkar-i-Watan Pakistan" in names and "LWP" not in names


def test_meeting_of_a_body_defined_by_the_body_acronym_gives_the_body() -> None:
    text = ("NASSAU — Talks come a day before the Conference of Heads of Government of the Caribbean Community "
            "(CARICOM) opens in Nassau on Wednesday.")
    names = [o.name for o in doc_of(text, "en").organizations]
    assert "Caribbean Community" in names
    assert not any(n.startswith("Conference") for n in names)


def test_pakistan_state_agency_cited_is_a_source_not_a_body() -> None:
    doc = doc_of("LAHORE — The Wagah crossing reopened to trade on Friday, the state-run APP reported.", "en")
    assert "APP" in [s.name for s in doc.sources]
    assert "APP" not in [o.name for o in doc.organizations]
    assert "APP" not in [s.name for s in doc_of("LAHORE — She launched the APP for farmers in May.", "en").sources]


def test_left_party_in_the_genitive_is_the_party() -> None:
    doc = doc_of("Berlin. Der Landesvorstand der Linken hat am Mittwoch einen Sonderparteitag beschlossen.", "de")
    assert {"Linke", "Linken"} & {o.name for o in doc.organizations}


def test_acronym_glued_to_a_leader_title_is_the_body() -> None:
    doc = doc_of("Berlin. „Jeder Monat kostet uns Aufträge“, sagte BDZ-Präsidentin Carla Roth am Montag. "
                 "US-Präsident Tom Hale schwieg.", "de")
    names = [o.name for o in doc.organizations]
    assert "BDZ" in names and "US" not in names


def test_je_nach_names_no_place() -> None:
    doc = doc_of("Hamburg. Die Förderung fällt je nach Modell unterschiedlich hoch aus.", "de")
    assert "Modell" not in [p.name for p in doc.places]


def test_body_compound_after_a_fused_article() -> None:
    doc = doc_of("Wien. Der Minister berichtete am Dienstag im Finanzausschuss des Bundesrats über das Budget.", "de")
    assert "Finanzausschuss" in [o.name for o in doc.organizations]


def test_seats_and_houses_named_by_their_own_names() -> None:
    doc = doc_of("CEBU — Malacañang said on Monday it backed the talks. The Dewan Rakyat sits again in May. "
                 "Speaking outside Number 10, the visitor was upbeat.", "en")
    names = [o.name for o in doc.organizations]
    assert "Malacañang" in names and "Dewan Rakyat" in names
    assert "Number 10" in [p.name for p in doc.places]


def test_ground_named_park_is_a_place() -> None:
    doc = doc_of("BRIDGETOWN — Both teams will meet at Kensington Oval Park after the talks on Friday.", "en")
    assert "Kensington Oval Park" in [p.name for p in doc.places]


def test_commission_title_in_lower_case_names_the_commission() -> None:
    doc = doc_of("DUBLIN — The minister will brief the Commission vice-president responsible for trade, Anna Roe, "
                 "on EU plans.", "en")
    assert "European Commission" in [o.name for o in doc.organizations]


def test_dateline_with_the_country_after_the_city() -> None:
    doc = doc_of("Talks resume\n\nLIMA, Peru — Lima and Quito will resume border talks on Monday in Tumbes.", "en")
    assert "Lima" in [p.name for p in doc.places]


def test_plural_demonym_names_the_country_and_us_dollars_do_not() -> None:
    doc = doc_of("RIGA — Latvians vote on Sunday. Trade stood at 2.1 billion US dollars last year.", "en")
    codes = [c.code for c in doc.countries]
    assert "LV" in codes and "US" not in codes


def test_capitals_a_visitor_went_to_are_places() -> None:
    doc = doc_of("LONDON — Moscow said nothing. The envoy, Greg Hale, visited Moscow and Kyiv last week.", "en")
    assert {"Moscow", "Kyiv"} <= {p.name for p in doc.places}


def test_luxembourg_as_a_location_is_the_city_and_singapore_always_the_state() -> None:
    lux = doc_of("Brüssel. Die Agrarminister beraten am Montag in Luxemburg über Quoten.", "de")
    assert "LU" not in [c.code for c in lux.countries] and "Luxemburg" in [p.name for p in lux.places]
    sg = doc_of("SINGAPORE – Ministers met on Friday, as Singapore holds the rotating chair this year.", "en")
    assert "SG" in [c.code for c in sg.countries]


def test_nordic_parties_and_irish_police_are_known_bodies() -> None:
    de_doc = doc_of("Kopenhagen. Die Regierungschefin verhandelt mit der liberalen Venstre über den Haushalt.", "de")
    assert "Venstre" in [o.name for o in de_doc.organizations]
    en_doc = doc_of("CORK — Gardaí have closed the bridge until Sunday.", "en")
    assert "Gardaí" in [o.name for o in en_doc.organizations]


def test_seats_known_by_their_own_names_are_venues() -> None:
    assert "Catshuis" in [p.name for p in doc_of("Den Haag. Die Parteichefs treffen sich am Montag im Catshuis.",
                                                  "de").places]
    assert "Beehive" in [p.name for p in doc_of("WELLINGTON — The ministers met in the Beehive on Friday.",
                                                 "en").places]


def test_minster_named_by_its_town_adjective_is_a_venue() -> None:
    doc = doc_of("Berlin. Der Gedenkgottesdienst findet am Sonntag im Ulmer Münster statt.", "de")
    assert "Ulmer Münster" in [p.name for p in doc.places]


def test_working_group_named_by_its_remit_gives_no_body() -> None:
    doc = doc_of("Berlin. Das für Dienstag geplante Treffen der Arbeitsgruppe Klima fällt aus.", "de")
    assert "Klima" not in [o.name for o in doc.organizations]


def test_state_run_outlet_carrying_a_report_is_a_source() -> None:
    doc = doc_of("RIYADH — The talks ended without agreement on Sunday, the state-run SNA reported.", "en")
    assert "SNA" in [s.name for s in doc.sources] and "SNA" not in [o.name for o in doc.organizations]


def test_name_a_venue_noun_is_said_to_be_is_a_place() -> None:
    doc = doc_of("Rostock. Die Minister berieten zwei Tage lang. Tagungsort war das Meeresmuseum am Hafen.", "de")
    assert "Meeresmuseum" in [p.name for p in doc.places]


def test_chamber_committee_named_by_its_remit_in_lower_case() -> None:
    doc = doc_of("MANILA — Sen. Ana Cruz, who chairs the Senate energy committee, urged a review on Monday.", "en")
    names = [o.name for o in doc.organizations]
    assert "Senate energy committee" in names and "Senate" not in names
    assert "Senate" in [o.name for o in doc_of("MANILA — The Senate and the committee agreed on Monday.", "en")
                        .organizations]
