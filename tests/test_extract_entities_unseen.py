"""Organisations, places, roles, sources and speakers on invented wire-style text no lexicon was tuned to.

Every sentence here is made up (the people are fictional); each test names one general
rule: an organisation known by its form (an acronym spelled out before its brackets, a
common noun introducing a name, a legal form, a ministry named by its remit), a place
known by its context, a role standing before a name, a speaker after an abbreviated
title — and the false hits each rule must not produce.
"""

from __future__ import annotations

from support.extraction import doc_of

from lagebild.extract.doc import Doc


def _doc(text: str, language: str) -> Doc:
    return doc_of(text, language, "2026-03-04")


def _orgs(doc: Doc) -> list[str]:
    return [o.name for o in doc.organizations]


def _places(doc: Doc) -> list[str]:
    return [p.name for p in doc.places]


def test_acronym_spelled_out_is_that_body_not_the_agency_and_loses_its_article() -> None:
    doc = _doc("MANILA — The Armed Forces of the Philippines (AFP) said two sailors were hurt near the reef. "
               "Navy spokesman Carlo Reyes said the crew was safe.", "en")
    assert "Armed Forces of the Philippines" in _orgs(doc)
    assert [s.name for s in doc.sources] == []


def test_agency_in_a_dateline_stays_a_source() -> None:
    doc = _doc("PARIS (AFP) - The Organization for Security and Co-operation in Europe (OSCE) said on Tuesday "
               "that its monitors had left the town.", "en")
    assert [s.name for s in doc.sources] == ["AFP"]
    # a hyphenated word gives one letter or two, "in" may give none: one organisation, not a torso
    assert _orgs(doc) == ["Organization for Security and Co-operation in Europe"]


def test_adjective_of_place_starts_an_organisation_name() -> None:
    doc = _doc("Officials of the European Bank for Reconstruction and Development met the mayor.", "en")
    assert "European Bank for Reconstruction and Development" in _orgs(doc)


def test_german_body_with_genitive_complement_and_adjectives_before_its_head() -> None:
    doc = _doc("Bern – Die Konferenz der Bergregionen (KdB) und Vertreter der Europäischen Lawinenagentur (ELA) "
               "trafen sich in Chur. Das Hilfsprogramm der Vereinten Nationen (HPV) warnte vor Engpässen.", "de")
    orgs = _orgs(doc)
    assert "Konferenz der Bergregionen" in orgs
    assert "Europäische Lawinenagentur" in orgs
    assert "Hilfsprogramm der Vereinten Nationen" in orgs
    assert "Lawinenagentur" not in orgs


def test_classifier_noun_introduces_a_name_and_its_words_are_no_person() -> None:
    doc = _doc('The council approved the budget, while the watchdog group Citizens for Fair Budgets called it '
               '"a giveaway." Opposition lawmaker Dana Whitfield of the Bayani party voted against it. '
               "The state shipping company Marolex said it would bid.", "en")
    orgs = _orgs(doc)
    assert "Citizens for Fair Budgets" in orgs
    assert "Bayani" in orgs
    assert "Marolex" in orgs
    assert [p.name for p in doc.persons] == ["Dana Whitfield"]
    quote = doc.quotes[0]
    assert quote.speaker != "Fair Budgets"


def test_classifier_noun_without_a_name_gives_nothing() -> None:
    doc = _doc("The group Monday called for protests. The party Chairman Tom Akers spoke in Leeds. "
               "The company Chief Executive Ruth Vale left.", "en")
    assert "Monday" not in _orgs(doc)
    assert "Chairman" not in " ".join(_orgs(doc))
    assert not any("Vale" in name for name in _orgs(doc))


def test_german_classifier_noun_introduces_a_name_but_not_a_common_noun() -> None:
    doc = _doc("Wien – Die Regulierungsbehörde E-Netz (E-Netz) prüft den Fall. Die paramilitärische Miliz "
               "Northern Shield Forces (NSF) zog ab. Der Fahrgastverband Pro Schiene kritisierte beide Seiten. "
               "Die Regierung warf der Gülen-Bewegung Schutz vor. Die Partei Stimmen verloren hatte, "
               "sagte nichts.", "de")
    orgs = _orgs(doc)
    assert "E-Netz" in orgs
    assert "Northern Shield Forces" in orgs
    assert "Miliz Northern Shield Forces" not in orgs
    assert "Pro Schiene" in orgs
    assert "Schutz" not in orgs and "Stimmen" not in orgs
    assert not any("Fahrgastverband" in p.name for p in doc.persons)


def test_legal_form_closes_a_company_name_and_is_no_name_alone() -> None:
    doc = _doc("Linz – Die Alpine Netz Holding AG soll bis Juni einen Plan vorlegen.", "de")
    assert "Alpine Netz Holding AG" in _orgs(doc)
    assert "AG" not in _orgs(doc)


def test_ministry_named_by_its_remit() -> None:
    doc = _doc("Eine Sprecherin des Bundesministeriums für Wasser und Forsten sagte, man prüfe den Bericht.", "de")
    assert "Bundesministerium für Wasser und Forsten" in _orgs(doc)


def test_known_body_that_starts_a_committee_name_leaves_the_committee_its_name() -> None:
    doc = _doc("The Senate Fisheries Committee voted 9-4 on Tuesday to advance the bill.", "en")
    orgs = _orgs(doc)
    assert "Senate Fisheries Committee" in orgs
    assert "Senate" in orgs  # like a compound: the body the committee belongs to (CONVENTIONS §4)


def test_speaker_after_an_abbreviated_title() -> None:
    doc = _doc('"This bill keeps our harbours open," said Sen. Marla Quentin, who chairs the panel.', "en")
    assert doc.quotes and doc.quotes[0].speaker == "Marla Quentin"


def test_role_before_a_name_with_a_complement_and_an_acronym() -> None:
    doc = _doc("VIENNA — The head of the International Seabed Council (ISC), Tomas Ekdahl, warned on Tuesday "
               "of delays. A spokesman for the Kremlin, Ilya Dorokhov, said talks were possible. "
               "Energy minister Olena Kravets wrote that the grid held.", "en")
    roles = {p.name: p.role for p in doc.persons}
    assert roles["Tomas Ekdahl"] == "head of the International Seabed Council (ISC)"
    assert roles["Ilya Dorokhov"] == "spokesman for the Kremlin"
    assert roles["Olena Kravets"] == "Energy minister"


def test_places_by_context_near_a_town_and_multiword_features() -> None:
    doc = _doc("Patrols will watch the coast near Dunkirk. A coast guard vessel fired water cannon near "
               "Second Thomas Shoal in the South China Sea.", "en")
    places = _places(doc)
    assert "Dunkirk" in places
    assert "Second Thomas Shoal" in places
    assert "South China Sea" in places
    assert "China Sea" not in places


def test_two_word_city_after_in() -> None:
    doc = _doc("„Die Lage ist ernst“, sagte der Gesandte Omar Haddad in Addis Abeba.", "de")
    assert "Addis Abeba" in _places(doc)


def test_agency_and_its_full_name_are_one_source() -> None:
    doc = _doc('DOHA (AP) — Talks resumed on Monday. "We are close," an official told The Associated Press.', "en")
    assert [s.name for s in doc.sources] == ["AP"]
    doc = _doc("Frankfurt (dpa) – Die Gespräche gehen weiter, wie die Deutsche Presse-Agentur erfuhr.", "de")
    assert [s.name for s in doc.sources] == ["dpa"]


def test_name_before_a_post_positioned_classifier() -> None:
    doc = _doc("Diplomat Ana Kovac of the Small Island States bloc said the text was weak. "
               "Ties with the Sahel alliance were cut. The Islamist militia said nothing. "
               "Leader Tom Brandt of the Veridia party spoke last.", "en")
    orgs = _orgs(doc)
    assert "Small Island States" in orgs
    assert "Veridia" in orgs
    assert "Sahel" not in orgs and "Islamist" not in orgs


def test_state_title_abbreviation_and_compass_word_start_no_name() -> None:
    doc = _doc("Oregon Gov. Lana Fischer declared an emergency. Northern Oregon Power said it had cut power "
               "to 8,000 homes.", "en")
    persons = {p.name: p.role for p in doc.persons}
    assert persons.get("Lana Fischer")
    assert not any("Power" in name for name in persons)


def test_person_known_by_a_relative_who() -> None:
    doc = _doc("Marguerite Okafor, who chairs the budget committee, said the plan was unfair.", "en")
    assert [p.name for p in doc.persons] == ["Marguerite Okafor"]


def test_cantonal_office_before_a_name() -> None:
    doc = _doc("Der Walliser Staatsrat Jean-Luc Favre dankte den Einsatzkräften.", "de")
    assert [(p.name, p.role) for p in doc.persons] == [("Jean-Luc Favre", "Staatsrat")]


def test_places_named_by_an_administrative_noun_a_crossing_or_a_building() -> None:
    doc = _doc("Betroffen sind die Gemeinde Oberwald und der Landkreis Lindau.", "de")
    assert {"Oberwald", "Lindau"} <= set(_places(doc))
    doc = _doc("Fire crews battled the blaze in Ventura County and in Nevada. Aid trucks waited at the Kerem Shalom "
               "crossing while negotiators met at the Grand Meridian hotel.", "en")
    places = _places(doc)
    assert {"Ventura County", "Nevada", "Kerem Shalom", "Grand Meridian hotel"} <= set(places)


def test_us_state_in_a_title_is_no_place() -> None:
    doc = _doc("Texas Gov. Miles Harlan said the border would stay open.", "en")
    assert "Texas" not in _places(doc)


def test_name_after_at_is_an_institution_not_a_person() -> None:
    doc = _doc("Analysts at Harbor Metrics said exports could fall. The capital Tallinn was calm.", "en")
    assert [p.name for p in doc.persons] == []
    assert "Metrics" not in _places(doc)
    assert "Tallinn" in _places(doc)


def test_group_name_words_start_no_person() -> None:
    doc = _doc("Pro Flucht sprach von einem „Tiefpunkt“.", "de")
    assert [p.name for p in doc.persons] == []


def test_lake_and_mount_name_places_and_adverbs_leave_the_role() -> None:
    doc = _doc("Delegates met on the shores of Lake Orvena. The laureate Amara Diallo, now Senegal's interim "
               "leader, also attended.", "en")
    assert "Lake Orvena" in _places(doc)
    role = {p.name: p.role for p in doc.persons}["Amara Diallo"] or ""
    assert role.endswith("Senegal's interim leader") and "now" not in role.split()


def test_city_adjective_and_a_name_after_in_der_are_no_person() -> None:
    doc = _doc("Am Rande eines Empfangs in der Linzer Burg sagte Kessler, sie sei zuversichtlich. "
               "„Wir sind bereit“, betonte sie.", "de")
    assert not any("Burg" in p.name for p in doc.persons)
    assert all(q.speaker != "Linzer Burg" for q in doc.quotes)


def test_chamber_named_by_its_compound_and_idioms_are_no_places() -> None:
    doc = _doc("Die Ärztekammer unterstützt die Forderung. Eine Einigung ist nicht in Sicht.", "de")
    assert "Ärztekammer" in _orgs(doc)
    assert _places(doc) == []


def test_local_offices_before_a_name() -> None:
    doc = _doc("Her colleague, Alderman Rick Dunleavy, said the plan lacked detail.", "en")
    assert [(p.name, p.role) for p in doc.persons] == [("Rick Dunleavy", "Alderman")]


def test_word_quoted_after_a_naming_verb_is_a_quote_not_an_organisation() -> None:
    doc = _doc("Die Vorsitzende der Linken, Ines Marwitz, nannte das „Luftschloss“.", "de")
    assert "Luftschloss" not in _orgs(doc)
    assert [(q.speaker, q.text) for q in doc.quotes] == [("Ines Marwitz", "Luftschloss")]


def test_parliamentary_group_by_name_and_broadcaster_by_declined_name() -> None:
    doc = _doc("Der Chef der Unionsfraktion, Karl Amsel, widersprach im Bayerischen Rundfunk. "
               "Die Bundestagsfraktion der Grünen schwieg.", "de")
    assert "Unionsfraktion" in _orgs(doc)
    assert "Bundestagsfraktion" not in _orgs(doc)
    assert [s.name for s in doc.sources] == ["Bayerischer Rundfunk"]


def test_topic_before_an_expert_keeps_the_apposition() -> None:
    doc = _doc('Nora Lindqvist, a Baltic expert at the Institute for Northern Affairs, said the vote showed '
               '"remarkable unity."', "en")
    assert [p.name for p in doc.persons] == ["Nora Lindqvist"]
    assert doc.quotes[0].speaker == "Nora Lindqvist"


def test_acronym_led_compound_and_adjectival_role_are_no_part_of_a_name() -> None:
    doc = _doc("IGB-Vorstandsmitglied Jana Roth sprach von einem „Angriff auf die Beschäftigten“. "
               "Der Wirtschaftsweise Tobias Kern widersprach.", "de")
    assert {p.name for p in doc.persons} == {"Jana Roth", "Tobias Kern"}
    assert _places(doc) == []  # „Angriff“ ends like a reef („Riff“) but names none


def test_programme_glued_to_its_broadcaster_is_a_source_not_a_quote() -> None:
    doc = _doc("Die Reform sei notwendig, sagte die Ministerin Lea Sommer im ZDF-„Morgenmagazin“.", "de")
    assert [s.name for s in doc.sources] == ["ZDF-Morgenmagazin"]
    assert doc.quotes == []
    assert "Morgenmagazin" not in _orgs(doc)


def test_lower_case_modifiers_stay_in_an_english_role() -> None:
    doc = _doc('"We are not there yet," EU foreign policy chief Mara Ilves told reporters.', "en")
    assert [(p.name, p.role) for p in doc.persons] == [("Mara Ilves", "EU foreign policy chief")]


def test_places_by_port_region_sea_compound_and_direction() -> None:
    doc = _doc("A drone struck a depot in the Russian port of Tuapsk and an airfield on the Sea of Azov. "
               "Blasts were heard in the Varvinsk region.", "en")
    assert {"Tuapsk", "Sea of Azov", "Varvinsk"} <= set(_places(doc))
    doc = _doc("Das Epizentrum lag nahe der Kleinstadt Sındırgı. Auch die Ägäis-Metropole Izmir bebte. "
               "Nördlich von Bursa und im Raum Çanakkale gab es Nachbeben.", "de")
    assert {"Sındırgı", "Izmir", "Bursa", "Çanakkale"} <= set(_places(doc))


def test_region_noun_after_a_demonym_or_a_region_of_the_world_names_no_place() -> None:
    doc = _doc("Officials in the Russian region said the Middle East region was calm. Ships patrol the "
               "Indo-Pacific region. Fighting spread in the Kurdish region. Crowds gathered near Christmas "
               "markets.", "en")
    assert _places(doc) == []


def test_call_sign_and_leading_preposition_make_no_organisation() -> None:
    doc = _doc("Aboard Air Force One, the president spoke to reporters. Roads in St. Elizabeth parish were blocked. "
               "Nobel laureate Imre Varga called for debt relief.", "en")
    assert not any("Air Force" in name for name in _orgs(doc))
    assert "St. Elizabeth" in _places(doc)
    assert [(p.name, p.role) for p in doc.persons] == [("Imre Varga", "Nobel laureate")]


def test_truncated_coordination_is_one_role() -> None:
    doc = _doc("Auch der ungarische Außen- und Handelsminister Gábor Fekete nahm teil.", "de")
    assert [(p.name, p.role) for p in doc.persons] == [("Gábor Fekete", "Außen- und Handelsminister")]
