"""Organisations, places and sources on unseen text (round 20): invented sentences in the styles of wires,
broadcasters, regional papers and non-European English outlets, one shape per rule that made (or would make) a
false organisation or place."""

from __future__ import annotations

from tests.support.extraction import doc_of


def _orgs(text: str, language: str) -> set[str]:
    return {o.name for o in doc_of(text, language).organizations}


def test_capitals_after_an_indefinite_article_name_a_thing() -> None:
    # "an IED attack", „ein SUV“: a body is one of its kind; a member noun after it still names the body
    assert "QED" not in _orgs("The army said a QED device exploded near the market on Tuesday.", "en")
    assert "ZRV" not in _orgs("Ein ZRV war am Montag auf der A4 verunglückt, teilte die Polizei mit.", "de")
    assert "ZPF" in _orgs("A ZPF councillor was arrested in Harare on Monday.", "en")


def test_capitals_after_a_number_are_a_unit() -> None:
    assert "KVA" not in _orgs("The 500 KVA generator was delivered to the hospital, the governor said.", "en")


def test_bare_capitals_named_as_a_location_are_no_body() -> None:
    # a Land's or a province's short name after a bare "in"; a body takes its article („in der SPD“)
    assert "BRB" not in _orgs("Die Polizei in BRB ermittelt gegen einen 34-Jährigen.", "de")
    assert not {"UP", "HP"} & _orgs("The party won in UP and lost in HP, the commission said.", "en")
    # ... and the body known to the lexicon stays one after a bare "in" when a noun follows: "in NATO custody"
    assert "NATO" in _orgs("The man remains in NATO custody in Kosovo, his lawyer said.", "en")


def test_listed_abbreviations_of_things_and_events_are_no_body() -> None:
    assert "HIMARS" not in _orgs("Ukraine fired HIMARS rockets at the bridge overnight, officials said.", "en")
    assert "WM" not in _orgs("Die WM in Katar war umstritten, sagte der Verbandschef am Dienstag.", "de")


def test_state_news_agencies_by_their_short_names_are_sources() -> None:
    # CONVENTIONS §4: outlets and news agencies go to sources only
    doc = doc_of("The emir met the delegation in Doha, WAM said, while KUNA reported that talks would resume, "
                 "according to a statement carried by SPA.", "en")
    assert not {"WAM", "KUNA", "SPA"} & {o.name for o in doc.organizations}
    assert {"WAM", "KUNA", "SPA"} <= {s.name for s in doc.sources}


def test_a_quoted_name_is_a_body_only_with_a_body_word_or_a_classifier() -> None:
    assert "Golden Dome" not in _orgs('The president unveiled the "Golden Dome" missile shield on Tuesday.', "en")
    assert "Sea Falcon" not in _orgs('The crew of the "Sea Falcon" was detained by the coast guard.', "en")
    assert "Sondervermögen" not in _orgs("Die Regierung will das „Sondervermögen“ bis 2030 ausgeben.", "de")
    assert "Koalition der Entschlossenen" in _orgs("Die „Koalition der Entschlossenen“ traf sich in Paris.", "de")
    assert "Rat der Weisen" in _orgs("Der „Rat der Weisen“ legte am Montag seinen Bericht vor.", "de")


def test_a_ship_after_a_classifier_noun_is_no_company() -> None:
    assert not any(name.startswith("USS") for name in
                   _orgs("The aircraft carrier USS Harold Lane arrived in the Mediterranean on Monday.", "en"))


def test_a_legal_form_before_a_persons_name_is_a_title() -> None:
    # "AG" is the attorney general's title in American English, no company's legal form
    assert not any(name.endswith("AG") for name in
                   _orgs("Washington State AG Nick Brown said on Monday he would sue the administration.", "en"))


def test_a_town_in_a_clubs_name_is_no_place_and_union_no_party_bloc() -> None:
    doc = doc_of("Der FC Bayern gewann am Samstag, Union Berlin verlor gegen Dynamo Kiew.", "de")
    assert not {"Bayern", "Berlin", "Kiew"} & {p.name for p in doc.places}
    assert "Union" not in {o.name for o in doc.organizations}


def test_a_building_named_after_a_body_is_no_body_acting() -> None:
    assert not _orgs("The injured were taken to the Ruiru Memorial University Hospital on Sunday.", "en")
    assert not _orgs("Protesters gathered outside the High Court Building in Lahore on Monday.", "en")
    # a think tank's "Center" and a chamber stay bodies
    assert {"Lindqvist Center", "Ruritanian Economic Chamber"} <= _orgs(
        "The Ruritanian Economic Chamber and the Lindqvist Center welcomed the plan.", "en")


def test_a_provinces_compass_word_keeps_the_feature_word_in_its_name() -> None:
    # "Eastern Cape" is a province: "Cape Provincial Legislature" is no cape
    doc = doc_of("The Eastern Cape Provincial Legislature passed the budget on Tuesday.", "en")
    assert not any(p.name.startswith("Cape") for p in doc.places)


def test_a_seat_of_government_before_which_people_gather_is_a_place() -> None:
    # CONVENTIONS §6: a venue used as a location is a place, not an actor
    doc = doc_of("Rund 300 Menschen protestierten am Samstag vor dem Kanzleramt gegen die Reform.", "de")
    assert "Kanzleramt" in {p.name for p in doc.places} and "Kanzleramt" not in {o.name for o in doc.organizations}
    doc = doc_of("Protesters gathered near the White House on Sunday, police said.", "en")
    assert "White House" in {p.name for p in doc.places}
    assert "White House" not in {o.name for o in doc.organizations}
    # what one warns of is no location
    assert "Kreml" in _orgs("Die Opposition warnte vor dem Kreml und seinen Plänen.", "de")


def test_a_capitalised_adjective_and_its_noun_after_fuer_complete_the_name() -> None:
    assert "Zentrum für Digitale Souveränität" in _orgs(
        "Das Zentrum für Digitale Souveränität legte am Montag eine Studie vor.", "de")


def test_a_body_named_like_another_states_references_no_country_of_its_own() -> None:
    # "Congress" is the US one only when nothing says whose it is (CONVENTIONS §5: a body references its state)
    def codes(text: str) -> set[str]:
        return {c.code for c in doc_of(text, "en").countries}
    assert "US" not in codes("MANILA - The Philippine Congress approved the budget on Monday, the speaker said.")
    assert "US" not in codes("Peru's Congress voted on Thursday to remove the minister, lawmakers said.")
    assert "US" not in codes("The Congress party lost heavily in the state election, its leader said.")
    assert "US" in codes("Congress passed the bill late on Friday, lawmakers said.")


def test_capitals_that_carry_a_statement_or_quote_someone_are_an_outlet() -> None:
    doc = doc_of("ZNA quoted the foreign minister as saying that the talks would resume, in a statement carried by "
                 "QRT on Monday.", "en")
    assert not {"ZNA", "QRT"} & {o.name for o in doc.organizations}
    assert {"ZNA", "QRT"} <= {s.name for s in doc.sources}
    doc = doc_of("ZNA zitierte den iranischen Außenminister am Abend mit den Worten, man sei bereit.", "de")
    assert "ZNA" in {s.name for s in doc.sources}


def test_a_language_a_faith_or_a_platform_after_in_is_no_place() -> None:
    doc = doc_of("He said in Swahili that the vote was rigged, then repeated it in English for the cameras in Mombasa."
                 " In Islam, the month of fasting ends with Eid. The clip went viral in Telegram channels.", "en")
    assert {p.name for p in doc.places} == {"Mombasa"}


def test_a_venue_named_after_a_royal_or_a_leader_is_no_person() -> None:
    # a false person with a false role ("King") before: CONVENTIONS §3 names natural persons only
    doc = doc_of("The plane landed at King Faisal International Airport on Tuesday, and the delegates were taken to "
                 "Queen Amina Hospital. Crowds gathered on Oliver Tambo Boulevard.", "en")
    assert not doc.persons
    # a person whose surname follows is still one
    assert [p.name for p in doc_of("Senator Frank Church and President Jane Roe met on Monday.", "en").persons] == [
        "Frank Church", "Jane Roe"]


def test_the_pti_with_an_article_is_pakistans_party_not_the_indian_agency() -> None:
    doc = doc_of("ISLAMABAD - The PTI and the PML-N resumed talks on Monday, the party's chairman said.", "en")
    assert "PTI" in {o.name for o in doc.organizations} and "PTI" not in {s.name for s in doc.sources}
    # the agency is cited without the article
    assert "PTI" in {s.name for s in doc_of("The minister told PTI that the visit was postponed.", "en").sources}
